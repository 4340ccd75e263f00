/* wp-find-bar.h: Ctrl+F over the canvas: search the plan, list the matches */
#pragma once

#include <gtk/gtk.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_FIND_BAR (wp_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (WpFindBar, wp_find_bar, WP, FIND_BAR, GtkWidget)

GtkWidget *wp_find_bar_new          (void);
void       wp_find_bar_set_document (WpFindBar  *self,
                                     WpDocument *document);
void       wp_find_bar_focus        (WpFindBar  *self);
void       wp_find_bar_set_query    (WpFindBar  *self,
                                     const char *query);
guint      wp_find_bar_get_n_results (WpFindBar *self);
gboolean   wp_find_bar_activate_result (WpFindBar *self,
                                     guint       index);

G_END_DECLS
