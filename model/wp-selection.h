/* wp-selection.h: what the user has selected in one plan
 *
 * Devices and cables, or one zone on its own. The selection follows its plan:
 * objects the plan removes (by an edit or an undo) leave the selection.
 */
#pragma once

#include <glib-object.h>

#include "wp-plan.h"

G_BEGIN_DECLS

typedef enum {
  WP_SELECT_REPLACE,   /* the object alone */
  WP_SELECT_ADD,       /* the object too */
  WP_SELECT_TOGGLE,    /* in if it was out, out if it was in */
} WpSelectMode;

#define WP_TYPE_SELECTION (wp_selection_get_type ())

G_DECLARE_FINAL_TYPE (WpSelection, wp_selection, WP, SELECTION, GObject)

WpSelection *wp_selection_new            (WpPlan          *plan);
WpPlan      *wp_selection_get_plan       (WpSelection     *self);
void         wp_selection_clear          (WpSelection     *self);
void         wp_selection_select_device  (WpSelection     *self,
                                          WpDevice        *device,
                                          WpSelectMode     mode);
void         wp_selection_select_cable   (WpSelection     *self,
                                          WpCable         *cable,
                                          WpSelectMode     mode);
void         wp_selection_select_zone    (WpSelection     *self,
                                          WpZone          *zone);
void         wp_selection_select_all     (WpSelection     *self);
void         wp_selection_set            (WpSelection     *self,
                                          WpDevice * const *devices,
                                          guint            n_devices,
                                          WpCable * const  *cables,
                                          guint            n_cables,
                                          WpSelectMode     mode);
gboolean     wp_selection_is_empty       (WpSelection     *self);
gboolean     wp_selection_has_device     (WpSelection     *self,
                                          WpDevice        *device);
gboolean     wp_selection_has_cable      (WpSelection     *self,
                                          WpCable         *cable);
guint        wp_selection_get_n_devices  (WpSelection     *self);
guint        wp_selection_get_n_cables   (WpSelection     *self);
GPtrArray   *wp_selection_get_devices    (WpSelection     *self);
GPtrArray   *wp_selection_get_cables     (WpSelection     *self);
WpZone      *wp_selection_get_zone       (WpSelection     *self);
GHashTable  *wp_selection_get_device_ids (WpSelection     *self);
GHashTable  *wp_selection_get_cable_ids  (WpSelection     *self);

G_END_DECLS
