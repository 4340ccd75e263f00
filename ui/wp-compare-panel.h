/* wp-compare-panel.h: the list of differences while comparing with another file */
#pragma once

#include <gtk/gtk.h>

#include "wp-diff.h"

G_BEGIN_DECLS

#define WP_TYPE_COMPARE_PANEL (wp_compare_panel_get_type ())

G_DECLARE_FINAL_TYPE (WpComparePanel, wp_compare_panel, WP, COMPARE_PANEL, GtkWidget)

GtkWidget         *wp_compare_panel_new        (void);
void               wp_compare_panel_set_changes (WpComparePanel *self,
                                                const char     *other_name,
                                                GPtrArray      *entries);
guint              wp_compare_panel_get_n_changes (WpComparePanel *self);
const WpDiffEntry *wp_compare_panel_get_change  (WpComparePanel *self,
                                                guint           index);

G_END_DECLS
