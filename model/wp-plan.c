/* wp-plan.c: the document
 *
 * The plan owns its zones, devices and cables in document order, with id indexes
 * and an index of the cables at each port, so the rules can walk nets without
 * scanning every cable.
 */
#include "config.h"

#include <math.h>

#include "wp-plan.h"
#include "wp-util.h"

struct _WpPlan
{
  GObject      parent_instance;

  char        *meta[WP_N_META];
  json_object *meta_extra;
  json_object *extra;

  GPtrArray   *zones;
  GPtrArray   *devices;
  GPtrArray   *cables;
  GHashTable  *zone_by_id;
  GHashTable  *device_by_id;
  GHashTable  *cable_by_id;
  GHashTable  *cables_at_port;   /* "device\x1fport" -> GPtrArray of WpCable (borrowed) */
  GHashTable  *device_positions; /* WpDevice -> index + 1, or NULL: see position_of() */
  GHashTable  *cable_positions;  /* WpCable -> index + 1, or NULL */
};

G_DEFINE_FINAL_TYPE (WpPlan, wp_plan, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const meta_keys[WP_N_META] = {
  "title", "venue", "author", "date", "revision", "notes",
};

static void
wp_plan_finalize (GObject *object)
{
  WpPlan *self = WP_PLAN (object);

  for (guint i = 0; i < WP_N_META; i++)
    g_clear_pointer (&self->meta[i], g_free);
  g_clear_pointer (&self->meta_extra, json_object_put);
  g_clear_pointer (&self->extra, json_object_put);
  g_clear_pointer (&self->cables_at_port, g_hash_table_unref);
  g_clear_pointer (&self->device_positions, g_hash_table_unref);
  g_clear_pointer (&self->cable_positions, g_hash_table_unref);
  g_clear_pointer (&self->zone_by_id, g_hash_table_unref);
  g_clear_pointer (&self->device_by_id, g_hash_table_unref);
  g_clear_pointer (&self->cable_by_id, g_hash_table_unref);
  g_clear_pointer (&self->cables, g_ptr_array_unref);
  g_clear_pointer (&self->devices, g_ptr_array_unref);
  g_clear_pointer (&self->zones, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_plan_parent_class)->finalize (object);
}

static void
wp_plan_class_init (WpPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_plan_finalize;

  /**
   * WpPlan::changed:
   * @change: (type gpointer): the `const WpPlanChange *` saying what changed
   *
   * Emitted after every edit, so listeners can re-check and redraw only that.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
wp_plan_init (WpPlan *self)
{
  self->zones = g_ptr_array_new_with_free_func (g_object_unref);
  self->devices = g_ptr_array_new_with_free_func (g_object_unref);
  self->cables = g_ptr_array_new_with_free_func (g_object_unref);
  self->zone_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->device_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->cable_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->cables_at_port = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) g_ptr_array_unref);
}

WpPlan *
wp_plan_new (void)
{
  return g_object_new (WP_TYPE_PLAN, NULL);
}

static void
emit (WpPlan       *self,
      WpChangeKind  kind,
      WpZone       *zone,
      WpDevice     *device,
      WpCable      *cable)
{
  WpPlanChange change = { .kind = kind, .zone = zone, .device = device, .cable = cable };

  g_signal_emit (self, signals[CHANGED], 0, &change);
}

const char *
wp_plan_meta_key (WpMetaField field)
{
  g_return_val_if_fail (field < WP_N_META, NULL);
  return meta_keys[field];
}

const char *
wp_plan_get_meta (WpPlan      *plan,
                  WpMetaField  field)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (field < WP_N_META, NULL);
  return plan->meta[field];
}

json_object *
wp_plan_get_meta_extra (WpPlan *plan)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  return plan->meta_extra;
}

json_object *
wp_plan_get_extra (WpPlan *plan)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  return plan->extra;
}

/* Unknown keys of the top level and of "meta", kept for saving. */
void
wp_plan_take_extra (WpPlan      *plan,
                    json_object *extra,
                    json_object *meta_extra)
{
  g_return_if_fail (WP_IS_PLAN (plan));

  g_clear_pointer (&plan->extra, json_object_put);
  g_clear_pointer (&plan->meta_extra, json_object_put);
  plan->extra = extra;
  plan->meta_extra = meta_extra;
}

guint
wp_plan_get_n_zones (WpPlan *plan)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), 0);
  return plan->zones->len;
}

WpZone *
wp_plan_get_zone (WpPlan *plan,
                  guint   index)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (index < plan->zones->len, NULL);
  return g_ptr_array_index (plan->zones, index);
}

WpZone *
wp_plan_find_zone (WpPlan     *plan,
                   const char *id)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  return id != NULL ? g_hash_table_lookup (plan->zone_by_id, id) : NULL;
}

/* The zone a point stands in: the one drawn last (on top) when zones overlap;
 * NULL when none. */
WpZone *
wp_plan_find_zone_at (WpPlan *plan,
                      double  x,
                      double  y)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);

  for (guint i = plan->zones->len; i-- > 0;)
    {
      WpZone *zone = g_ptr_array_index (plan->zones, i);
      double zx, zy, width, height;

      wp_zone_get_bounds (zone, &zx, &zy, &width, &height);
      if (x >= zx && x < zx + width && y >= zy && y < zy + height)
        return zone;
    }
  return NULL;
}

guint
wp_plan_get_n_devices (WpPlan *plan)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), 0);
  return plan->devices->len;
}

WpDevice *
wp_plan_get_device (WpPlan *plan,
                    guint   index)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (index < plan->devices->len, NULL);
  return g_ptr_array_index (plan->devices, index);
}

WpDevice *
wp_plan_find_device (WpPlan     *plan,
                     const char *id)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  return id != NULL ? g_hash_table_lookup (plan->device_by_id, id) : NULL;
}

guint
wp_plan_get_n_cables (WpPlan *plan)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), 0);
  return plan->cables->len;
}

WpCable *
wp_plan_get_cable (WpPlan *plan,
                   guint   index)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (index < plan->cables->len, NULL);
  return g_ptr_array_index (plan->cables, index);
}

WpCable *
wp_plan_find_cable (WpPlan     *plan,
                    const char *id)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  return id != NULL ? g_hash_table_lookup (plan->cable_by_id, id) : NULL;
}

/* Where @item stands in @array, from @positions, which is built when first asked
 * for and kept while items are only appended: the rules ask for the places of
 * thousands of cables between two edits, and a search of the array each time made
 * checking a big plan quadratic. */
static gboolean
position_of (GPtrArray   *array,
             GHashTable **positions,
             gpointer     item,
             guint       *index)
{
  gpointer found;

  if (*positions == NULL)
    {
      *positions = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < array->len; i++)
        g_hash_table_insert (*positions, g_ptr_array_index (array, i), GUINT_TO_POINTER (i + 1));
    }
  found = g_hash_table_lookup (*positions, item);
  if (found != NULL && index != NULL)
    *index = GPOINTER_TO_UINT (found) - 1;
  return found != NULL;
}

gboolean
wp_plan_index_of_cable (WpPlan  *plan,
                        WpCable *cable,
                        guint   *index)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);
  return position_of (plan->cables, &plan->cable_positions, cable, index);
}

gboolean
wp_plan_index_of_zone (WpPlan *plan,
                       WpZone *zone,
                       guint  *index)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);
  return g_ptr_array_find (plan->zones, zone, index);
}

gboolean
wp_plan_index_of_device (WpPlan   *plan,
                         WpDevice *device,
                         guint    *index)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);
  return position_of (plan->devices, &plan->device_positions, device, index);
}

static char *
port_key (const char *device_id,
          const char *port_id)
{
  return g_strconcat (device_id, "\x1f", port_id, NULL);
}

/* The cables plugged into one port, in no particular order; NULL when none. */
GPtrArray *
wp_plan_get_cables_at (WpPlan     *plan,
                       const char *device_id,
                       const char *port_id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);

  key = port_key (device_id, port_id);
  return g_hash_table_lookup (plan->cables_at_port, key);
}

/* The port an endpoint names, and its device; NULL when either is missing. */
const WpPort *
wp_plan_resolve (WpPlan           *plan,
                 const WpEndpoint *endpoint,
                 WpDevice        **device)
{
  WpDevice *found;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);

  found = wp_plan_find_device (plan, endpoint->device);
  if (device != NULL)
    *device = found;
  return found != NULL ? wp_device_find_port (found, endpoint->port, NULL) : NULL;
}

/* The first id from "@prefix@n" on that no zone, device or cable uses; @n is
 * left just past it. */
static char *
next_free_id (WpPlan     *plan,
              const char *prefix,
              guint      *n)
{
  for (;; (*n)++)
    {
      char *id = g_strdup_printf ("%s%u", prefix, *n);

      if (!g_hash_table_contains (plan->zone_by_id, id)
          && !g_hash_table_contains (plan->device_by_id, id)
          && !g_hash_table_contains (plan->cable_by_id, id))
        {
          (*n)++;
          return id;
        }
      g_free (id);
    }
}

static guint
first_id_number (WpPlan *plan)
{
  return plan->zones->len + plan->devices->len + plan->cables->len + 1;
}

/* A fresh id such as "d12" that no zone, device or cable uses. */
char *
wp_plan_make_id (WpPlan     *plan,
                 const char *prefix)
{
  guint n;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  n = first_id_number (plan);
  return next_free_id (plan, prefix, &n);
}

/* @n_ids fresh ids that also differ from each other, for objects that are added
 * together (wp_plan_make_id() gives the same id until the first one is used). */
GStrv
wp_plan_make_ids (WpPlan     *plan,
                  const char *prefix,
                  guint       n_ids)
{
  GStrv ids;
  guint n;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  n = first_id_number (plan);
  ids = g_new0 (char *, n_ids + 1);
  for (guint i = 0; i < n_ids; i++)
    ids[i] = next_free_id (plan, prefix, &n);
  return ids;
}

/* @positions (or NULL) stays right for an item appended; one inserted before others
 * moves them, so it is dropped and built again when next asked for. */
static void
insert_at (GPtrArray   *array,
           GHashTable **positions,
           gpointer     item,
           int          position)
{
  if (position < 0 || (guint) position > array->len)
    position = (int) array->len;
  if (positions != NULL && *positions != NULL && (guint) position == array->len)
    g_hash_table_insert (*positions, item, GUINT_TO_POINTER (array->len + 1));
  else if (positions != NULL)
    g_clear_pointer (positions, g_hash_table_unref);
  g_ptr_array_insert (array, position, g_object_ref (item));
}

void
wp_plan_set_meta (WpPlan      *plan,
                  WpMetaField  field,
                  const char  *value)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (field < WP_N_META);

  if (wp_set_string (&plan->meta[field], value))
    emit (plan, WP_CHANGE_META, NULL, NULL, NULL);
}

void
wp_plan_insert_zone (WpPlan *plan,
                     WpZone *zone,
                     int     position)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_ZONE (zone));
  g_return_if_fail (wp_plan_find_zone (plan, wp_zone_get_id (zone)) == NULL);

  insert_at (plan->zones, NULL, zone, position);
  g_hash_table_insert (plan->zone_by_id, (gpointer) wp_zone_get_id (zone), zone);
  emit (plan, WP_CHANGE_ZONE_ADDED, zone, NULL, NULL);
}

/* Devices that stood in the zone keep their zone id until they are moved. */
void
wp_plan_remove_zone (WpPlan *plan,
                     WpZone *zone)
{
  g_autoptr(WpZone) keep = NULL;

  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_ZONE (zone));

  keep = g_object_ref (zone);
  if (!g_ptr_array_remove (plan->zones, zone))
    g_return_if_reached ();
  g_hash_table_remove (plan->zone_by_id, wp_zone_get_id (zone));
  emit (plan, WP_CHANGE_ZONE_REMOVED, zone, NULL, NULL);
}

void
wp_plan_set_zone_bounds (WpPlan *plan,
                         WpZone *zone,
                         double  x,
                         double  y,
                         double  width,
                         double  height)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_ZONE (zone));

  wp_zone_set_bounds (zone, x, y, width, height);
  emit (plan, WP_CHANGE_ZONE_EDITED, zone, NULL, NULL);
}

void
wp_plan_set_zone_name (WpPlan     *plan,
                       WpZone     *zone,
                       const char *name)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_ZONE (zone));

  wp_zone_set_name (zone, name);
  emit (plan, WP_CHANGE_ZONE_EDITED, zone, NULL, NULL);
}

void
wp_plan_insert_device (WpPlan   *plan,
                       WpDevice *device,
                       int       position)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (wp_plan_find_device (plan, wp_device_get_id (device)) == NULL);

  insert_at (plan->devices, &plan->device_positions, device, position);
  g_hash_table_insert (plan->device_by_id, (gpointer) wp_device_get_id (device), device);
  emit (plan, WP_CHANGE_DEVICE_ADDED, NULL, device, NULL);
}

/* Removes the device's cables first, each with its own change. */
void
wp_plan_remove_device (WpPlan   *plan,
                       WpDevice *device)
{
  g_autoptr(WpDevice) keep = NULL;

  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_DEVICE (device));

  keep = g_object_ref (device);
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    {
      GPtrArray *cables;

      while ((cables = wp_plan_get_cables_at (plan, wp_device_get_id (device),
                                              wp_device_get_port (device, i)->id)) != NULL)
        wp_plan_remove_cable (plan, g_ptr_array_index (cables, 0));
    }
  if (!g_ptr_array_remove (plan->devices, device))
    g_return_if_reached ();
  g_clear_pointer (&plan->device_positions, g_hash_table_unref);
  g_hash_table_remove (plan->device_by_id, wp_device_get_id (device));
  emit (plan, WP_CHANGE_DEVICE_REMOVED, NULL, device, NULL);
}

void
wp_plan_move_device (WpPlan   *plan,
                     WpDevice *device,
                     double    x,
                     double    y)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (isfinite (x) && isfinite (y));

  /* A drag repeats the same snapped position many times: only real moves are told. */
  if (x == wp_device_get_x (device) && y == wp_device_get_y (device))
    return;
  wp_device_set_position (device, x, y);
  emit (plan, WP_CHANGE_DEVICE_MOVED, NULL, device, NULL);
}

void
wp_plan_set_device_text (WpPlan     *plan,
                         WpDevice   *device,
                         const char *name,
                         const char *notes)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_DEVICE (device));

  wp_device_set_name (device, name);
  wp_device_set_notes (device, notes);
  emit (plan, WP_CHANGE_DEVICE_EDITED, NULL, device, NULL);
}

void
wp_plan_set_device_zone (WpPlan     *plan,
                         WpDevice   *device,
                         const char *zone_id)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_DEVICE (device));

  /* Every move of a drag sets the zone again: only a real change is told. */
  if (g_strcmp0 (zone_id, wp_device_get_zone (device)) == 0)
    return;
  wp_device_set_zone (device, zone_id);
  emit (plan, WP_CHANGE_DEVICE_EDITED, NULL, device, NULL);
}

/* Takes @port. A port id may only change while no cable is plugged into it. */
void
wp_plan_replace_port (WpPlan   *plan,
                      WpDevice *device,
                      guint     index,
                      WpPort   *port)
{
  g_autoptr(WpPort) old_port = NULL;
  WpPlanChange change = { .kind = WP_CHANGE_PORT_EDITED, .device = device, .port_index = index };

  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (index < wp_device_get_n_ports (device));
  g_return_if_fail (port != NULL && port->id != NULL);

  old_port = wp_port_copy (wp_device_get_port (device, index));
  if (g_strcmp0 (old_port->id, port->id) != 0
      && wp_plan_get_cables_at (plan, wp_device_get_id (device), old_port->id) != NULL)
    {
      wp_port_free (port);
      g_return_if_reached ();
    }
  wp_device_replace_port (device, index, port);
  change.old_port = old_port;
  g_signal_emit (plan, signals[CHANGED], 0, &change);
}

static void
index_cable_end (WpPlan           *plan,
                 WpCable          *cable,
                 const WpEndpoint *end)
{
  char *key = port_key (end->device, end->port);
  GPtrArray *cables = g_hash_table_lookup (plan->cables_at_port, key);

  if (cables == NULL)
    {
      cables = g_ptr_array_new ();
      g_hash_table_insert (plan->cables_at_port, key, cables);
    }
  else
    g_free (key);
  g_ptr_array_add (cables, cable);
}

static void
unindex_cable_end (WpPlan           *plan,
                   WpCable          *cable,
                   const WpEndpoint *end)
{
  g_autofree char *key = port_key (end->device, end->port);
  GPtrArray *cables = g_hash_table_lookup (plan->cables_at_port, key);

  if (cables == NULL)
    return;
  g_ptr_array_remove_fast (cables, cable);
  if (cables->len == 0)
    g_hash_table_remove (plan->cables_at_port, key);
}

/* Refuses (returns FALSE) a cable whose ends name a missing device or port. */
gboolean
wp_plan_insert_cable (WpPlan  *plan,
                      WpCable *cable,
                      int      position)
{
  const WpEndpoint *from, *to;

  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (WP_IS_CABLE (cable), FALSE);
  g_return_val_if_fail (wp_plan_find_cable (plan, wp_cable_get_id (cable)) == NULL, FALSE);

  from = wp_cable_get_from (cable);
  to = wp_cable_get_to (cable);
  if (wp_plan_resolve (plan, from, NULL) == NULL || wp_plan_resolve (plan, to, NULL) == NULL)
    return FALSE;

  insert_at (plan->cables, &plan->cable_positions, cable, position);
  g_hash_table_insert (plan->cable_by_id, (gpointer) wp_cable_get_id (cable), cable);
  index_cable_end (plan, cable, from);
  index_cable_end (plan, cable, to);
  emit (plan, WP_CHANGE_CABLE_ADDED, NULL, NULL, cable);
  return TRUE;
}

void
wp_plan_remove_cable (WpPlan  *plan,
                      WpCable *cable)
{
  g_autoptr(WpCable) keep = NULL;

  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_CABLE (cable));

  keep = g_object_ref (cable);
  if (!g_ptr_array_remove (plan->cables, cable))
    g_return_if_reached ();
  g_clear_pointer (&plan->cable_positions, g_hash_table_unref);
  g_hash_table_remove (plan->cable_by_id, wp_cable_get_id (cable));
  unindex_cable_end (plan, cable, wp_cable_get_from (cable));
  unindex_cable_end (plan, cable, wp_cable_get_to (cable));
  emit (plan, WP_CHANGE_CABLE_REMOVED, NULL, NULL, cable);
}

void
wp_plan_set_cable_text (WpPlan     *plan,
                        WpCable    *cable,
                        const char *label,
                        const char *color,
                        const char *notes)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_CABLE (cable));

  wp_cable_set_label (cable, label);
  wp_cable_set_color (cable, color);
  wp_cable_set_notes (cable, notes);
  emit (plan, WP_CHANGE_CABLE_EDITED, NULL, NULL, cable);
}

/* NAN removes the length. */
void
wp_plan_set_cable_length (WpPlan  *plan,
                          WpCable *cable,
                          double   length_m)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_CABLE (cable));

  wp_cable_set_length_m (cable, length_m);
  emit (plan, WP_CHANGE_CABLE_EDITED, NULL, NULL, cable);
}

/* Waives a rule: puts a copy of @waiver, with its unknown keys, at @position
 * among the cable's waivers (-1 appends); an earlier waiver of the rule goes. */
void
wp_plan_insert_waiver (WpPlan         *plan,
                       WpCable        *cable,
                       const WpWaiver *waiver,
                       int             position)
{
  json_object *extra = NULL;

  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (waiver != NULL);

  if (waiver->extra != NULL)
    json_object_deep_copy (waiver->extra, &extra, NULL);
  wp_cable_insert_waiver (cable, waiver->rule, waiver->note, extra, position);
  emit (plan, WP_CHANGE_CABLE_EDITED, NULL, NULL, cable);
}

void
wp_plan_unwaive (WpPlan     *plan,
                 WpCable    *cable,
                 const char *rule)
{
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (WP_IS_CABLE (cable));

  wp_cable_remove_waiver (cable, rule);
  emit (plan, WP_CHANGE_CABLE_EDITED, NULL, NULL, cable);
}
