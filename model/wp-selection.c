/* wp-selection.c: what the user has selected in one plan
 *
 * Two sets keyed by id (the renderer's overlay takes them as they are) whose
 * values hold a reference to the object, and at most one zone, which is only
 * ever selected alone.
 */
#include "config.h"

#include "wp-selection.h"

struct _WpSelection
{
  GObject     parent_instance;

  WpPlan     *plan;
  GHashTable *devices;   /* id -> WpDevice */
  GHashTable *cables;    /* id -> WpCable */
  WpZone     *zone;
};

G_DEFINE_FINAL_TYPE (WpSelection, wp_selection, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GHashTable *
new_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

static void
emit_changed (WpSelection *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Empties the selection without telling; TRUE when there was something in it. */
static gboolean
drop_all (WpSelection *self)
{
  gboolean had_any = !wp_selection_is_empty (self);

  g_hash_table_remove_all (self->devices);
  g_hash_table_remove_all (self->cables);
  g_clear_object (&self->zone);
  return had_any;
}

static void
on_plan_changed (WpPlan             *plan,
                 const WpPlanChange *change,
                 WpSelection        *self)
{
  gboolean removed = FALSE;

  switch (change->kind)
    {
    case WP_CHANGE_DEVICE_REMOVED:
      removed = g_hash_table_remove (self->devices, wp_device_get_id (change->device));
      break;
    case WP_CHANGE_CABLE_REMOVED:
      removed = g_hash_table_remove (self->cables, wp_cable_get_id (change->cable));
      break;
    case WP_CHANGE_ZONE_REMOVED:
      if (self->zone == change->zone)
        {
          g_clear_object (&self->zone);
          removed = TRUE;
        }
      break;
    default:
      break;
    }
  if (removed)
    emit_changed (self);
}

static void
wp_selection_dispose (GObject *object)
{
  WpSelection *self = WP_SELECTION (object);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed, self);
  g_clear_object (&self->plan);
  g_clear_object (&self->zone);
  if (self->devices != NULL)
    g_hash_table_remove_all (self->devices);
  if (self->cables != NULL)
    g_hash_table_remove_all (self->cables);

  G_OBJECT_CLASS (wp_selection_parent_class)->dispose (object);
}

static void
wp_selection_finalize (GObject *object)
{
  WpSelection *self = WP_SELECTION (object);

  g_clear_pointer (&self->devices, g_hash_table_unref);
  g_clear_pointer (&self->cables, g_hash_table_unref);

  G_OBJECT_CLASS (wp_selection_parent_class)->finalize (object);
}

static void
wp_selection_class_init (WpSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wp_selection_dispose;
  object_class->finalize = wp_selection_finalize;

  /**
   * WpSelection::changed:
   *
   * Emitted once per call that changed the selection, and whenever an edit of
   * the plan takes out a selected object; never when nothing changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
wp_selection_init (WpSelection *self)
{
  self->devices = new_set ();
  self->cables = new_set ();
}

WpSelection *
wp_selection_new (WpPlan *plan)
{
  WpSelection *self;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);

  self = g_object_new (WP_TYPE_SELECTION, NULL);
  self->plan = g_object_ref (plan);
  g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed), self);
  return self;
}

WpPlan *
wp_selection_get_plan (WpSelection *self)
{
  g_return_val_if_fail (WP_IS_SELECTION (self), NULL);
  return self->plan;
}

void
wp_selection_clear (WpSelection *self)
{
  g_return_if_fail (WP_IS_SELECTION (self));

  if (drop_all (self))
    emit_changed (self);
}

/* Applies @mode to one entry of @set without telling; TRUE when the set changed. */
static gboolean
select_in (GHashTable   *set,
           const char   *id,
           gpointer      object,
           WpSelectMode  mode)
{
  if (g_hash_table_contains (set, id))
    return mode == WP_SELECT_TOGGLE && g_hash_table_remove (set, id);
  g_hash_table_insert (set, g_strdup (id), g_object_ref (object));
  return TRUE;
}

static gboolean
same_set (GHashTable *a,
          GHashTable *b)
{
  GHashTableIter iter;
  gpointer id, object;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &id, &object))
    if (g_hash_table_lookup (b, id) != object)
      return FALSE;
  return TRUE;
}

/* Makes @set hold what @other holds. @set itself stays: the renderer keeps it. */
static void
copy_set (GHashTable *set,
          GHashTable *other)
{
  GHashTableIter iter;
  gpointer id, object;

  g_hash_table_remove_all (set);
  g_hash_table_iter_init (&iter, other);
  while (g_hash_table_iter_next (&iter, &id, &object))
    g_hash_table_insert (set, g_strdup (id), g_object_ref (object));
}

/* Makes the selection exactly these objects without telling; TRUE when that
 * changed it. Built aside first, since the lists may name an object twice. */
static gboolean
replace_with (WpSelection      *self,
              WpDevice * const *devices,
              guint             n_devices,
              WpCable * const  *cables,
              guint             n_cables)
{
  g_autoptr(GHashTable) new_devices = new_set ();
  g_autoptr(GHashTable) new_cables = new_set ();

  for (guint i = 0; i < n_devices; i++)
    select_in (new_devices, wp_device_get_id (devices[i]), devices[i], WP_SELECT_ADD);
  for (guint i = 0; i < n_cables; i++)
    select_in (new_cables, wp_cable_get_id (cables[i]), cables[i], WP_SELECT_ADD);
  if (self->zone == NULL && same_set (new_devices, self->devices)
      && same_set (new_cables, self->cables))
    return FALSE;

  g_clear_object (&self->zone);
  copy_set (self->devices, new_devices);
  copy_set (self->cables, new_cables);
  return TRUE;
}

void
wp_selection_select_device (WpSelection  *self,
                            WpDevice     *device,
                            WpSelectMode  mode)
{
  g_return_if_fail (WP_IS_SELECTION (self));
  g_return_if_fail (WP_IS_DEVICE (device));

  wp_selection_set (self, &device, 1, NULL, 0, mode);
}

void
wp_selection_select_cable (WpSelection  *self,
                           WpCable      *cable,
                           WpSelectMode  mode)
{
  g_return_if_fail (WP_IS_SELECTION (self));
  g_return_if_fail (WP_IS_CABLE (cable));

  wp_selection_set (self, NULL, 0, &cable, 1, mode);
}

/* Selects @zone alone, or nothing when @zone is NULL. */
void
wp_selection_select_zone (WpSelection *self,
                          WpZone      *zone)
{
  gboolean changed;

  g_return_if_fail (WP_IS_SELECTION (self));
  g_return_if_fail (zone == NULL || WP_IS_ZONE (zone));
  g_return_if_fail (zone == NULL || wp_plan_find_zone (self->plan, wp_zone_get_id (zone)) == zone);

  if (zone == self->zone && g_hash_table_size (self->devices) == 0
      && g_hash_table_size (self->cables) == 0)
    return;
  changed = drop_all (self);
  if (zone != NULL)
    {
      self->zone = g_object_ref (zone);
      changed = TRUE;
    }
  if (changed)
    emit_changed (self);
}

void
wp_selection_select_all (WpSelection *self)
{
  guint n_devices, n_cables;
  g_autofree WpDevice **devices = NULL;
  g_autofree WpCable **cables = NULL;

  g_return_if_fail (WP_IS_SELECTION (self));

  n_devices = wp_plan_get_n_devices (self->plan);
  n_cables = wp_plan_get_n_cables (self->plan);
  devices = g_new (WpDevice *, MAX (n_devices, 1));
  cables = g_new (WpCable *, MAX (n_cables, 1));
  for (guint i = 0; i < n_devices; i++)
    devices[i] = wp_plan_get_device (self->plan, i);
  for (guint i = 0; i < n_cables; i++)
    cables[i] = wp_plan_get_cable (self->plan, i);
  wp_selection_set (self, devices, n_devices, cables, n_cables, WP_SELECT_REPLACE);
}

/* Applies @mode to each of the devices and cables, with one ::changed at most. */
void
wp_selection_set (WpSelection      *self,
                  WpDevice * const *devices,
                  guint             n_devices,
                  WpCable * const  *cables,
                  guint             n_cables,
                  WpSelectMode      mode)
{
  gboolean changed = FALSE;

  g_return_if_fail (WP_IS_SELECTION (self));
  g_return_if_fail (devices != NULL || n_devices == 0);
  g_return_if_fail (cables != NULL || n_cables == 0);
  for (guint i = 0; i < n_devices; i++)
    g_return_if_fail (wp_plan_find_device (self->plan,
                                           wp_device_get_id (devices[i])) == devices[i]);
  for (guint i = 0; i < n_cables; i++)
    g_return_if_fail (wp_plan_find_cable (self->plan, wp_cable_get_id (cables[i])) == cables[i]);

  if (mode == WP_SELECT_REPLACE)
    changed = replace_with (self, devices, n_devices, cables, n_cables);
  else
    {
      /* A zone is only ever selected alone. */
      if (self->zone != NULL)
        {
          g_clear_object (&self->zone);
          changed = TRUE;
        }
      for (guint i = 0; i < n_devices; i++)
        changed |= select_in (self->devices, wp_device_get_id (devices[i]), devices[i], mode);
      for (guint i = 0; i < n_cables; i++)
        changed |= select_in (self->cables, wp_cable_get_id (cables[i]), cables[i], mode);
    }
  if (changed)
    emit_changed (self);
}

gboolean
wp_selection_is_empty (WpSelection *self)
{
  g_return_val_if_fail (WP_IS_SELECTION (self), TRUE);

  return self->zone == NULL && g_hash_table_size (self->devices) == 0
         && g_hash_table_size (self->cables) == 0;
}

gboolean
wp_selection_has_device (WpSelection *self,
                         WpDevice    *device)
{
  g_return_val_if_fail (WP_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (WP_IS_DEVICE (device), FALSE);

  return g_hash_table_lookup (self->devices, wp_device_get_id (device)) == device;
}

gboolean
wp_selection_has_cable (WpSelection *self,
                        WpCable     *cable)
{
  g_return_val_if_fail (WP_IS_SELECTION (self), FALSE);
  g_return_val_if_fail (WP_IS_CABLE (cable), FALSE);

  return g_hash_table_lookup (self->cables, wp_cable_get_id (cable)) == cable;
}

guint
wp_selection_get_n_devices (WpSelection *self)
{
  g_return_val_if_fail (WP_IS_SELECTION (self), 0);
  return g_hash_table_size (self->devices);
}

guint
wp_selection_get_n_cables (WpSelection *self)
{
  g_return_val_if_fail (WP_IS_SELECTION (self), 0);
  return g_hash_table_size (self->cables);
}

/* Returns: (transfer container): the selected devices in plan order. Walking
 * the plan costs less than sorting by index, which is a linear search. */
GPtrArray *
wp_selection_get_devices (WpSelection *self)
{
  GPtrArray *devices;
  guint n_selected;

  g_return_val_if_fail (WP_IS_SELECTION (self), NULL);

  n_selected = g_hash_table_size (self->devices);
  devices = g_ptr_array_new_full (n_selected, g_object_unref);
  for (guint i = 0; devices->len < n_selected && i < wp_plan_get_n_devices (self->plan); i++)
    {
      WpDevice *device = wp_plan_get_device (self->plan, i);

      if (wp_selection_has_device (self, device))
        g_ptr_array_add (devices, g_object_ref (device));
    }
  return devices;
}

/* Returns: (transfer container): the selected cables in plan order. */
GPtrArray *
wp_selection_get_cables (WpSelection *self)
{
  GPtrArray *cables;
  guint n_selected;

  g_return_val_if_fail (WP_IS_SELECTION (self), NULL);

  n_selected = g_hash_table_size (self->cables);
  cables = g_ptr_array_new_full (n_selected, g_object_unref);
  for (guint i = 0; cables->len < n_selected && i < wp_plan_get_n_cables (self->plan); i++)
    {
      WpCable *cable = wp_plan_get_cable (self->plan, i);

      if (wp_selection_has_cable (self, cable))
        g_ptr_array_add (cables, g_object_ref (cable));
    }
  return cables;
}

WpZone *
wp_selection_get_zone (WpSelection *self)
{
  g_return_val_if_fail (WP_IS_SELECTION (self), NULL);
  return self->zone;
}

/* Returns: (transfer none): the set of selected device ids, for the renderer. */
GHashTable *
wp_selection_get_device_ids (WpSelection *self)
{
  g_return_val_if_fail (WP_IS_SELECTION (self), NULL);
  return self->devices;
}

GHashTable *
wp_selection_get_cable_ids (WpSelection *self)
{
  g_return_val_if_fail (WP_IS_SELECTION (self), NULL);
  return self->cables;
}
