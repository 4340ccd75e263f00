/* wp-history.c: the undo and redo history of a plan
 *
 * The commands sit in one list, oldest first; the first `position` of them are
 * applied, the rest can be redone. The saved mark is the position the file was
 * saved at, or -1 once no undo or redo can get back there.
 */
#include "config.h"

#include "wp-history.h"
#include "wp-util.h"

struct _WpHistory
{
  GObject     parent_instance;

  WpPlan     *plan;
  GPtrArray  *commands;      /* of WpCommand */
  guint       position;
  int         saved;
  guint       limit;         /* the most undo steps kept; 0: no limit */
  WpCommand  *group;         /* the open group, or NULL */
  guint       group_depth;
  guint       last_merge_id;

  /* What the properties said last, so they notify only on real change. */
  gboolean    can_undo;
  gboolean    can_redo;
  gboolean    modified;
  char       *undo_label;
  char       *redo_label;
};

G_DEFINE_FINAL_TYPE (WpHistory, wp_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_LIMIT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wp_history_dispose (GObject *object)
{
  WpHistory *self = WP_HISTORY (object);

  g_clear_pointer (&self->group, wp_command_free);
  if (self->commands != NULL)
    g_ptr_array_set_size (self->commands, 0);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (wp_history_parent_class)->dispose (object);
}

static void
wp_history_finalize (GObject *object)
{
  WpHistory *self = WP_HISTORY (object);

  g_clear_pointer (&self->commands, g_ptr_array_unref);
  g_clear_pointer (&self->undo_label, g_free);
  g_clear_pointer (&self->redo_label, g_free);

  G_OBJECT_CLASS (wp_history_parent_class)->finalize (object);
}

static void
wp_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WpHistory *self = WP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_LIMIT:
      g_value_set_uint (value, self->limit);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  WpHistory *self = WP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_LIMIT:
      wp_history_set_limit (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_history_class_init (WpHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = wp_history_dispose;
  object_class->finalize = wp_history_finalize;
  object_class->get_property = wp_history_get_property;
  object_class->set_property = wp_history_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, WP_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The most undo steps kept, 0 for no limit; the oldest drop off. */
  properties[PROP_LIMIT] =
    g_param_spec_uint ("limit", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, read_only);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, read_only);
  /* The translated label of the step undo would undo, e.g. "Move 3 devices". */
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, read_only);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, read_only);
  /* TRUE when the plan differs from what was last saved. */
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, read_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wp_history_init (WpHistory *self)
{
  self->commands = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_command_free);
}

WpHistory *
wp_history_new (WpPlan *plan)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  return g_object_new (WP_TYPE_HISTORY, "plan", plan, NULL);
}

WpPlan *
wp_history_get_plan (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), NULL);
  return history->plan;
}

static void
update_boolean (WpHistory *self,
                gboolean  *field,
                gboolean   value,
                guint      prop_id)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static const char *
label_at (WpHistory *self,
          guint      index)
{
  return index < self->commands->len
         ? wp_command_get_label (g_ptr_array_index (self->commands, index))
         : NULL;
}

static void
update_state (WpHistory *self)
{
  update_boolean (self, &self->can_undo, self->position > 0, PROP_CAN_UNDO);
  update_boolean (self, &self->can_redo, self->position < self->commands->len, PROP_CAN_REDO);
  if (wp_set_string (&self->undo_label, self->position > 0 ? label_at (self, self->position - 1) : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (wp_set_string (&self->redo_label, label_at (self, self->position)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  update_boolean (self, &self->modified, self->saved != (int) self->position, PROP_MODIFIED);
}

/* Drops the oldest undo steps beyond the limit. */
static void
trim (WpHistory *self)
{
  guint n;

  if (self->limit == 0 || self->position <= self->limit)
    return;
  n = self->position - self->limit;
  g_ptr_array_remove_range (self->commands, 0, n);
  self->position -= n;
  self->saved = self->saved >= (int) n ? self->saved - (int) n : -1;
}

/* Keeps an applied @command as the newest undo step, dropping the redo steps,
 * or merges it into the newest step unless that is where the file was saved. */
static void
record (WpHistory *self,
        WpCommand *command)
{
  WpCommand *newest;

  if (wp_command_changes_nothing (command))
    {
      wp_command_free (command);
      return;
    }
  g_ptr_array_set_size (self->commands, self->position);
  if (self->saved > (int) self->position)
    self->saved = -1;
  newest = self->position > 0 ? g_ptr_array_index (self->commands, self->position - 1) : NULL;
  if (newest != NULL && self->saved != (int) self->position && wp_command_merge (newest, command))
    {
      wp_command_free (command);
      /* A drag that ended where it began leaves no step. */
      if (wp_command_changes_nothing (newest))
        g_ptr_array_set_size (self->commands, --self->position);
    }
  else
    {
      g_ptr_array_add (self->commands, command);
      self->position++;
      trim (self);
    }
  update_state (self);
}

/**
 * wp_history_push:
 * @command: (transfer full): a command not yet applied
 *
 * Applies @command to the plan and keeps it as an undo step, or as part of the
 * open group. A command with the merge id of the step before it that sets the
 * same things joins that step.
 */
void
wp_history_push (WpHistory *history,
                 WpCommand *command)
{
  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (command != NULL);

  wp_command_apply (command, history->plan);
  if (history->group == NULL)
    record (history, command);
  else if (wp_command_merge (history->group, command))
    wp_command_free (command);
  else
    wp_command_append (history->group, command);
}

/* Until the matching wp_history_end_group(), everything pushed makes one undo
 * step. Groups nest; the outermost @label counts (NULL: the first command's). */
void
wp_history_begin_group (WpHistory  *history,
                        const char *label)
{
  g_return_if_fail (WP_IS_HISTORY (history));

  if (history->group_depth++ == 0)
    history->group = wp_command_new (label, 0);
}

void
wp_history_end_group (WpHistory *history)
{
  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (history->group_depth > 0);

  if (--history->group_depth == 0)
    record (history, g_steal_pointer (&history->group));
}

/* A merge id for one gesture, such as a drag, whose edits should make one step. */
guint
wp_history_next_merge_id (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), 0);
  return ++history->last_merge_id;
}

/* Not while a group is open. Returns FALSE when there is nothing to undo. */
gboolean
wp_history_undo (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (history->group == NULL, FALSE);

  if (history->position == 0)
    return FALSE;
  history->position--;
  wp_command_revert (g_ptr_array_index (history->commands, history->position), history->plan);
  update_state (history);
  return TRUE;
}

gboolean
wp_history_redo (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (history->group == NULL, FALSE);

  if (history->position == history->commands->len)
    return FALSE;
  wp_command_apply (g_ptr_array_index (history->commands, history->position), history->plan);
  history->position++;
  update_state (history);
  return TRUE;
}

gboolean
wp_history_get_can_undo (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), FALSE);
  return history->can_undo;
}

gboolean
wp_history_get_can_redo (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), FALSE);
  return history->can_redo;
}

const char *
wp_history_get_undo_label (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), NULL);
  return history->undo_label;
}

const char *
wp_history_get_redo_label (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), NULL);
  return history->redo_label;
}

/* The plan as it is now is what the file holds. */
void
wp_history_mark_saved (WpHistory *history)
{
  g_return_if_fail (WP_IS_HISTORY (history));

  history->saved = (int) history->position;
  update_state (history);
}

/* Makes the plan count as modified until it is saved: it was restored from a
 * recovery copy, so the file on disk lacks its changes. */
void
wp_history_mark_unsaved (WpHistory *history)
{
  g_return_if_fail (WP_IS_HISTORY (history));

  history->saved = -1;
  update_state (history);
}

gboolean
wp_history_get_modified (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), FALSE);
  return history->modified;
}

guint
wp_history_get_limit (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), 0);
  return history->limit;
}

void
wp_history_set_limit (WpHistory *history,
                      guint      limit)
{
  g_return_if_fail (WP_IS_HISTORY (history));

  if (history->limit == limit)
    return;
  history->limit = limit;
  trim (history);
  update_state (history);
  g_object_notify_by_pspec (G_OBJECT (history), properties[PROP_LIMIT]);
}
