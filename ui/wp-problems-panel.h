/* wp-problems-panel.h: the live list of a plan's problems */
#pragma once

#include <gtk/gtk.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_PROBLEMS_PANEL (wp_problems_panel_get_type ())

G_DECLARE_FINAL_TYPE (WpProblemsPanel, wp_problems_panel, WP, PROBLEMS_PANEL, GtkWidget)

GtkWidget  *wp_problems_panel_new            (void);
WpDocument *wp_problems_panel_get_document   (WpProblemsPanel *self);
void        wp_problems_panel_set_document   (WpProblemsPanel *self,
                                              WpDocument      *document);
void        wp_problems_panel_set_document_with_items (WpProblemsPanel *self,
                                                       WpDocument      *document,
                                                       GPtrArray       *items,
                                                       gboolean         gradually);
gboolean    wp_problems_panel_is_filling     (WpProblemsPanel *self);
const char *wp_problems_panel_get_summary    (WpProblemsPanel *self);
guint       wp_problems_panel_get_n_errors   (WpProblemsPanel *self);
guint       wp_problems_panel_get_n_warnings (WpProblemsPanel *self);

G_END_DECLS
