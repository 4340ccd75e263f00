/* wp-problem-item.c: one WpProblem as an object, for list models
 *
 * The problem never changes: the validator reports a changed problem as one
 * that disappeared and one that appeared, so an item is replaced, not edited.
 */
#include "config.h"

#include "wp-problem-item.h"

struct _WpProblemItem
{
  GObject    parent_instance;

  WpProblem *problem;
  char      *key;      /* wp_problem_get_key(), kept because lists look items up by it */
};

G_DEFINE_FINAL_TYPE (WpProblemItem, wp_problem_item, G_TYPE_OBJECT)

static void
wp_problem_item_finalize (GObject *object)
{
  WpProblemItem *self = WP_PROBLEM_ITEM (object);

  g_clear_pointer (&self->problem, wp_problem_free);
  g_clear_pointer (&self->key, g_free);

  G_OBJECT_CLASS (wp_problem_item_parent_class)->finalize (object);
}

static void
wp_problem_item_class_init (WpProblemItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_problem_item_finalize;
}

static void
wp_problem_item_init (WpProblemItem *self)
{
}

/* An item holding a copy of @problem. */
WpProblemItem *
wp_problem_item_new (const WpProblem *problem)
{
  WpProblemItem *self;

  g_return_val_if_fail (problem != NULL, NULL);

  self = g_object_new (WP_TYPE_PROBLEM_ITEM, NULL);
  self->problem = wp_problem_copy (problem);
  self->key = wp_problem_get_key (problem);
  return self;
}

/* An item for each of @problems, in their order. Safe in any thread. */
GPtrArray *
wp_problem_items_new (GPtrArray *problems)
{
  GPtrArray *items;

  g_return_val_if_fail (problems != NULL, NULL);

  items = g_ptr_array_new_full (problems->len, g_object_unref);
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (items, wp_problem_item_new (g_ptr_array_index (problems, i)));
  return items;
}

const WpProblem *
wp_problem_item_get_problem (WpProblemItem *self)
{
  g_return_val_if_fail (WP_IS_PROBLEM_ITEM (self), NULL);

  return self->problem;
}

const char *
wp_problem_item_get_key (WpProblemItem *self)
{
  g_return_val_if_fail (WP_IS_PROBLEM_ITEM (self), NULL);

  return self->key;
}
