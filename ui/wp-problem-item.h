/* wp-problem-item.h: one WpProblem as an object, for list models */
#pragma once

#include <glib-object.h>

#include "wp-problem.h"

G_BEGIN_DECLS

#define WP_TYPE_PROBLEM_ITEM (wp_problem_item_get_type ())

G_DECLARE_FINAL_TYPE (WpProblemItem, wp_problem_item, WP, PROBLEM_ITEM, GObject)

WpProblemItem   *wp_problem_item_new         (const WpProblem *problem);
GPtrArray       *wp_problem_items_new        (GPtrArray       *problems);
const WpProblem *wp_problem_item_get_problem (WpProblemItem   *self);
const char      *wp_problem_item_get_key     (WpProblemItem   *self);

G_END_DECLS
