/* wp-problem-row.h: one problem in the problems list */
#pragma once

#include <gtk/gtk.h>

#include "wp-problem-item.h"

G_BEGIN_DECLS

#define WP_TYPE_PROBLEM_ROW (wp_problem_row_get_type ())

G_DECLARE_FINAL_TYPE (WpProblemRow, wp_problem_row, WP, PROBLEM_ROW, GtkWidget)

GtkWidget     *wp_problem_row_new      (void);
WpProblemItem *wp_problem_row_get_item (WpProblemRow  *self);
void           wp_problem_row_set_item (WpProblemRow  *self,
                                        WpProblemItem *item);

G_END_DECLS
