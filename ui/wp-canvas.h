/* wp-canvas.h: the drawing area where a plan is edited
 *
 * Shows one document through the shared renderer and turns gestures into edits
 * through the document's history: placing devices, drawing and re-routing cables
 * (validated while drawn), selecting, moving, zones, zoom and pan, the clipboard.
 */
#pragma once

#include <gtk/gtk.h>

#include "wp-catalogue.h"
#include "wp-diff.h"
#include "wp-document.h"
#include "wp-layout.h"
#include "wp-render-marks.h"
#include "wp-view-filter.h"
#include "wp-viewport.h"

G_BEGIN_DECLS

#define WP_TYPE_CANVAS (wp_canvas_get_type ())

G_DECLARE_FINAL_TYPE (WpCanvas, wp_canvas, WP, CANVAS, GtkWidget)

GtkWidget  *wp_canvas_new                (void);
void        wp_canvas_set_catalogue      (WpCanvas         *self,
                                          WpCatalogue      *catalogue);
WpDocument *wp_canvas_get_document       (WpCanvas         *self);
void        wp_canvas_set_document       (WpCanvas         *self,
                                          WpDocument       *document);
void        wp_canvas_set_document_with_layout (WpCanvas      *self,
                                                WpDocument    *document,
                                                WpLayout      *layout,
                                                WpCableStates *states);
WpCableStates *wp_canvas_states_new      (GPtrArray        *problems,
                                          const gboolean    shown[3]);
WpViewport *wp_canvas_get_viewport       (WpCanvas         *self);
WpLayout   *wp_canvas_get_layout         (WpCanvas         *self);
gboolean    wp_canvas_get_show_legend    (WpCanvas         *self);
void        wp_canvas_set_show_legend    (WpCanvas         *self,
                                          gboolean          show_legend);
void        wp_canvas_zoom_to_fit        (WpCanvas         *self);
WpDevice   *wp_canvas_place_template     (WpCanvas         *self,
                                          WpDeviceTemplate *template,
                                          double            plan_x,
                                          double            plan_y);
WpDevice   *wp_canvas_place_template_at_centre (WpCanvas   *self,
                                          WpDeviceTemplate *template);
void        wp_canvas_reveal_selection   (WpCanvas         *self);
const char *wp_canvas_get_rule_in_question (WpCanvas       *self);
void        wp_canvas_connect            (WpCanvas         *self,
                                          const WpEndpoint *from,
                                          const WpEndpoint *to);

/* wp-canvas-compare.c */
void        wp_canvas_set_changes        (WpCanvas           *self,
                                          GPtrArray          *entries);

/* wp-canvas-filter.c */
void        wp_canvas_set_filter         (WpCanvas           *self,
                                          const WpViewFilter *filter);
const WpViewFilter *wp_canvas_get_filter (WpCanvas           *self);
guint       wp_canvas_get_n_hidden_cables (WpCanvas          *self);

G_END_DECLS
