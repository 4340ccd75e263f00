/* wp-command.c: one undoable edit of a plan
 *
 * Two sorts of step: one puts a zone, device or cable into the plan or takes it
 * out (keeping the object, so the view's references stay good across undo); the
 * other sets a value (wp-command-set.c), as a before and an after WpValue. A set
 * step reads its before when it is applied, so it is right even after earlier
 * steps of the same command changed the same thing. Merging two commands of one
 * gesture keeps the first's befores and takes the second's afters.
 */
#include "config.h"

#include <string.h>

#include "wp-command-private.h"

typedef struct {
  WpCable *cable;
  guint    index;
} Attached;

struct _WpCommand
{
  char   *label;
  guint   merge_id;
  guint   tail;    /* the first step of the last command appended: what a merge replaces */
  GArray *steps;   /* of WpStep */
};

static void
attached_clear (gpointer data)
{
  g_clear_object (&((Attached *) data)->cable);
}

static void
step_clear (gpointer data)
{
  WpStep *step = data;

  g_clear_object (&step->target);
  g_clear_pointer (&step->rule, g_free);
  g_clear_pointer (&step->attached, g_array_unref);
  wp_value_clear (&step->before);
  wp_value_clear (&step->after);
}

WpCommand *
wp_command_new (const char *label,
                guint       merge_id)
{
  WpCommand *command = g_new0 (WpCommand, 1);

  command->label = g_strdup (label);
  command->merge_id = merge_id;
  command->steps = g_array_new (FALSE, TRUE, sizeof (WpStep));
  g_array_set_clear_func (command->steps, step_clear);
  return command;
}

void
wp_command_free (WpCommand *command)
{
  if (command == NULL)
    return;
  g_free (command->label);
  g_array_unref (command->steps);
  g_free (command);
}

const char *
wp_command_get_label (WpCommand *command)
{
  g_return_val_if_fail (command != NULL, NULL);
  return command->label;
}

/* The new step stays valid until the next one is added. */
WpStep *
wp_command_add_step (WpCommand  *command,
                     WpStepKind  kind,
                     gpointer    target)
{
  WpStep step = { .kind = kind, .target = target != NULL ? g_object_ref (target) : NULL };

  g_array_append_val (command->steps, step);
  return &g_array_index (command->steps, WpStep, command->steps->len - 1);
}

static void
add_insert (WpCommand *command,
            gpointer   item,
            int        position)
{
  wp_command_add_step (command, WP_STEP_INSERT, item)->position = position;
}

void
wp_command_insert_zone (WpCommand *command,
                        WpZone    *zone,
                        int        position)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_ZONE (zone));
  add_insert (command, zone, position);
}

void
wp_command_remove_zone (WpCommand *command,
                        WpZone    *zone)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_ZONE (zone));
  wp_command_add_step (command, WP_STEP_REMOVE, zone);
}

void
wp_command_insert_device (WpCommand *command,
                          WpDevice  *device,
                          int        position)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_DEVICE (device));
  add_insert (command, device, position);
}

void
wp_command_remove_device (WpCommand *command,
                          WpDevice  *device)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_DEVICE (device));
  wp_command_add_step (command, WP_STEP_REMOVE, device);
}

void
wp_command_insert_cable (WpCommand *command,
                         WpCable   *cable,
                         int        position)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_CABLE (cable));
  add_insert (command, cable, position);
}

void
wp_command_remove_cable (WpCommand *command,
                         WpCable   *cable)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_CABLE (cable));
  wp_command_add_step (command, WP_STEP_REMOVE, cable);
}

static void
insert_item (WpPlan   *plan,
             gpointer  item,
             int       position)
{
  if (WP_IS_ZONE (item))
    wp_plan_insert_zone (plan, item, position);
  else if (WP_IS_DEVICE (item))
    wp_plan_insert_device (plan, item, position);
  else if (!wp_plan_insert_cable (plan, item, position))
    g_assert_not_reached ();
}

static void
remove_item (WpPlan   *plan,
             gpointer  item)
{
  if (WP_IS_ZONE (item))
    wp_plan_remove_zone (plan, item);
  else if (WP_IS_DEVICE (item))
    wp_plan_remove_device (plan, item);
  else
    wp_plan_remove_cable (plan, item);
}

static guint
index_of_item (WpPlan   *plan,
               gpointer  item)
{
  guint index = 0;
  gboolean found;

  if (WP_IS_ZONE (item))
    found = wp_plan_index_of_zone (plan, item, &index);
  else if (WP_IS_DEVICE (item))
    found = wp_plan_index_of_device (plan, item, &index);
  else
    found = wp_plan_index_of_cable (plan, item, &index);
  g_assert (found);
  return index;
}

/* The cables plugged into @device, in document order with their indexes. */
static GArray *
find_attached (WpPlan   *plan,
               WpDevice *device)
{
  GArray *attached = g_array_new (FALSE, FALSE, sizeof (Attached));
  const char *id = wp_device_get_id (device);

  g_array_set_clear_func (attached, attached_clear);
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      WpCable *cable = wp_plan_get_cable (plan, i);

      if (g_str_equal (wp_cable_get_from (cable)->device, id)
          || g_str_equal (wp_cable_get_to (cable)->device, id))
        {
          Attached entry = { g_object_ref (cable), i };

          g_array_append_val (attached, entry);
        }
    }
  return attached;
}

static void
take_out (WpStep *step,
          WpPlan *plan)
{
  step->position = (int) index_of_item (plan, step->target);
  g_clear_pointer (&step->attached, g_array_unref);
  if (WP_IS_DEVICE (step->target))
    step->attached = find_attached (plan, step->target);
  remove_item (plan, step->target);
}

/* Putting the cables back in rising order of their old indexes puts each one
 * at its old place. */
static void
put_back (WpStep *step,
          WpPlan *plan)
{
  insert_item (plan, step->target, step->position);
  for (guint i = 0; step->attached != NULL && i < step->attached->len; i++)
    {
      Attached *entry = &g_array_index (step->attached, Attached, i);

      insert_item (plan, entry->cable, (int) entry->index);
    }
}

static void
apply_step (WpStep *step,
            WpPlan *plan)
{
  switch (step->kind)
    {
    case WP_STEP_INSERT:
      insert_item (plan, step->target, step->position);
      break;
    case WP_STEP_REMOVE:
      take_out (step, plan);
      break;
    default:
      wp_value_clear (&step->before);
      wp_step_read (step, plan, &step->before);
      wp_step_write (step, plan, &step->after);
    }
}

static void
revert_step (WpStep *step,
             WpPlan *plan)
{
  switch (step->kind)
    {
    case WP_STEP_INSERT:
      remove_item (plan, step->target);
      break;
    case WP_STEP_REMOVE:
      put_back (step, plan);
      break;
    default:
      wp_step_write (step, plan, &step->before);
    }
}

void
wp_command_apply (WpCommand *command,
                  WpPlan    *plan)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_PLAN (plan));

  for (guint i = 0; i < command->steps->len; i++)
    apply_step (&g_array_index (command->steps, WpStep, i), plan);
}

void
wp_command_revert (WpCommand *command,
                   WpPlan    *plan)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_PLAN (plan));

  for (guint i = command->steps->len; i > 0; i--)
    revert_step (&g_array_index (command->steps, WpStep, i - 1), plan);
}

/* TRUE when the applied command left everything as it was (or has no steps). */
gboolean
wp_command_changes_nothing (WpCommand *command)
{
  g_return_val_if_fail (command != NULL, FALSE);

  for (guint i = 0; i < command->steps->len; i++)
    {
      const WpStep *step = &g_array_index (command->steps, WpStep, i);

      if (step->kind == WP_STEP_INSERT || step->kind == WP_STEP_REMOVE
          || !wp_value_equal (&step->before, &step->after))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_subject (const WpStep *a,
              const WpStep *b)
{
  return a->kind == b->kind
         && a->kind != WP_STEP_INSERT && a->kind != WP_STEP_REMOVE
         && a->target == b->target
         && a->field == b->field
         && g_strcmp0 (a->rule, b->rule) == 0;
}

/* Folds @next, applied just after @command, into it when both carry the same
 * non-zero merge id and @next sets the same things as the last command appended
 * to @command (all of it, when nothing was appended). @next is left to free. */
gboolean
wp_command_merge (WpCommand *command,
                  WpCommand *next)
{
  g_return_val_if_fail (command != NULL, FALSE);
  g_return_val_if_fail (next != NULL, FALSE);

  if (next->merge_id == 0 || next->merge_id != command->merge_id
      || next->steps->len != command->steps->len - command->tail)
    return FALSE;
  for (guint i = 0; i < next->steps->len; i++)
    if (!same_subject (&g_array_index (command->steps, WpStep, command->tail + i),
                       &g_array_index (next->steps, WpStep, i)))
      return FALSE;
  for (guint i = 0; i < next->steps->len; i++)
    {
      WpStep *step = &g_array_index (command->steps, WpStep, command->tail + i);
      WpStep *later = &g_array_index (next->steps, WpStep, i);

      wp_value_clear (&step->after);
      step->after = later->after;
      memset (&later->after, 0, sizeof later->after);
    }
  return TRUE;
}

/* Moves the (applied) steps of @command to the end of @group and frees @command.
 * A group without a label takes the first label appended. */
void
wp_command_append (WpCommand *group,
                   WpCommand *command)
{
  gsize n_steps;
  WpStep *steps;

  g_return_if_fail (group != NULL);
  g_return_if_fail (command != NULL);

  if (group->label == NULL)
    group->label = g_steal_pointer (&command->label);
  group->merge_id = command->merge_id;
  group->tail = group->steps->len;
  steps = g_array_steal (command->steps, &n_steps);
  g_array_append_vals (group->steps, steps, (guint) n_steps);
  g_free (steps);
  wp_command_free (command);
}
