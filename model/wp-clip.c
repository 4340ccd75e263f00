/* wp-clip.c: the clipboard format: a fragment of a plan as a plan file
 *
 * Copy writes copies of the devices, out of their zones, with the cables between
 * them. Paste reads the text back with the strict reader and renames every device
 * and cable, so one clip can be pasted any number of times into any plan.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "wp-clip.h"
#include "wp-plan-io.h"

/**
 * wp_clip_copy:
 * @plan: the plan the devices and cables are in
 * @devices: the devices to copy
 * @cables: the cables to copy; a cable needs both its devices in the clip, so one
 *   whose devices are not both among @devices is dropped, and every cable between
 *   two of @devices comes along anyway: a selection can be handed over as it is
 *
 * Returns: (transfer full): the clip, in the canonical plan text; the devices keep
 * their ids and positions, and stand in no zone.
 */
char *
wp_clip_copy (WpPlan           *plan,
              WpDevice * const *devices,
              guint             n_devices,
              WpCable * const  *cables,
              guint             n_cables)
{
  g_autoptr(WpPlan) clip = NULL;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (devices != NULL || n_devices == 0, NULL);
  g_return_val_if_fail (cables != NULL || n_cables == 0, NULL);
  for (guint i = 0; i < n_devices; i++)
    g_return_val_if_fail (wp_plan_find_device (plan, wp_device_get_id (devices[i])) == devices[i],
                          NULL);
  for (guint i = 0; i < n_cables; i++)
    g_return_val_if_fail (wp_plan_find_cable (plan, wp_cable_get_id (cables[i])) == cables[i],
                          NULL);

  clip = wp_plan_new ();
  for (guint i = 0; i < n_devices; i++)
    {
      g_autoptr(WpDevice) copy = NULL;

      if (wp_plan_find_device (clip, wp_device_get_id (devices[i])) != NULL)
        continue;
      copy = wp_device_copy (devices[i]);
      /* Zones are not copied: a zone id means nothing in another plan. */
      wp_device_set_zone (copy, NULL);
      wp_plan_insert_device (clip, copy, -1);
    }
  /* In document order, as the plan has them. */
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      WpCable *cable = wp_plan_get_cable (plan, i);
      g_autoptr(WpCable) copy = NULL;

      if (wp_plan_find_device (clip, wp_cable_get_from (cable)->device) == NULL
          || wp_plan_find_device (clip, wp_cable_get_to (cable)->device) == NULL)
        continue;
      copy = wp_cable_copy (cable);
      wp_plan_insert_cable (clip, copy, -1);
    }
  return wp_plan_to_data (clip, NULL);
}

/* The labels of @plan's cables, to keep pasted cables from repeating them. */
static GHashTable *
collect_labels (WpPlan *plan)
{
  GHashTable *labels = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      const char *label = wp_cable_get_label (wp_plan_get_cable (plan, i));

      if (label != NULL && label[0] != '\0')
        g_hash_table_add (labels, (gpointer) label);
    }
  return labels;
}

/**
 * wp_clip_paste_prepare:
 * @plan: the plan to paste into; it is not changed
 * @data: the clip, as wp_clip_copy() wrote it (or any plan text)
 * @dx: added to every device's x
 * @dy: added to every device's y
 * @devices: (out) (transfer full): the new devices
 * @cables: (out) (transfer full): the new cables
 *
 * Reads a clip and makes from it devices and cables for wp_history_paste(): each
 * with a fresh id free in @plan, the cables plugged into the new devices, the
 * devices moved by (@dx, @dy) and in no zone. A cable label that @plan already
 * has is dropped, so that each label still names one cable on the schedule. The
 * clip's zones and details are not pasted; unknown keys are kept.
 *
 * Returns: FALSE, with @error saying what is wrong and where, for text the plan
 * reader refuses.
 */
gboolean
wp_clip_paste_prepare (WpPlan      *plan,
                       const char  *data,
                       gsize        length,
                       double       dx,
                       double       dy,
                       GPtrArray  **devices,
                       GPtrArray  **cables,
                       GError     **error)
{
  g_autoptr(WpPlan) clip = NULL;
  g_autoptr(GPtrArray) new_devices = NULL;
  g_autoptr(GPtrArray) new_cables = NULL;
  g_autoptr(GHashTable) renamed = NULL;
  g_autoptr(GHashTable) labels = NULL;
  g_auto(GStrv) device_ids = NULL;
  g_auto(GStrv) cable_ids = NULL;

  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (isfinite (dx) && isfinite (dy), FALSE);
  g_return_val_if_fail (devices != NULL && cables != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clip = wp_plan_load_from_data (data, length, _("clipboard"), error);
  if (clip == NULL)
    return FALSE;

  /* Out of the clip first: its id indexes would not survive the renaming. */
  new_devices = g_ptr_array_new_full (wp_plan_get_n_devices (clip), g_object_unref);
  for (guint i = 0; i < wp_plan_get_n_devices (clip); i++)
    g_ptr_array_add (new_devices, g_object_ref (wp_plan_get_device (clip, i)));
  new_cables = g_ptr_array_new_full (wp_plan_get_n_cables (clip), g_object_unref);
  for (guint i = 0; i < wp_plan_get_n_cables (clip); i++)
    g_ptr_array_add (new_cables, g_object_ref (wp_plan_get_cable (clip, i)));
  g_clear_object (&clip);

  /* Old device id -> new one (owned by device_ids). */
  renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  device_ids = wp_plan_make_ids (plan, "d", new_devices->len);
  for (guint i = 0; i < new_devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (new_devices, i);

      g_hash_table_insert (renamed, g_strdup (wp_device_get_id (device)), device_ids[i]);
      wp_device_set_id (device, device_ids[i]);
      wp_device_set_position (device, wp_device_get_x (device) + dx,
                              wp_device_get_y (device) + dy);
      wp_device_set_zone (device, NULL);
    }

  labels = collect_labels (plan);
  cable_ids = wp_plan_make_ids (plan, "c", new_cables->len);
  for (guint i = 0; i < new_cables->len; i++)
    {
      WpCable *cable = g_ptr_array_index (new_cables, i);
      const WpEndpoint *from = wp_cable_get_from (cable);
      const WpEndpoint *to = wp_cable_get_to (cable);
      const char *label = wp_cable_get_label (cable);

      wp_cable_set_id (cable, cable_ids[i]);
      /* The reader made sure both ends name devices of the clip. */
      wp_cable_set_endpoint (cable, FALSE, g_hash_table_lookup (renamed, from->device), from->port);
      wp_cable_set_endpoint (cable, TRUE, g_hash_table_lookup (renamed, to->device), to->port);
      if (label != NULL && g_hash_table_contains (labels, label))
        wp_cable_set_label (cable, NULL);
    }

  *devices = g_steal_pointer (&new_devices);
  *cables = g_steal_pointer (&new_cables);
  return TRUE;
}

/* The top-left of a fragment: the least x and the least y of @devices' positions,
 * (0, 0) when there are none. */
void
wp_clip_get_origin (GPtrArray *devices,
                    double    *x,
                    double    *y)
{
  g_return_if_fail (devices != NULL);
  g_return_if_fail (x != NULL && y != NULL);

  *x = devices->len > 0 ? INFINITY : 0;
  *y = devices->len > 0 ? INFINITY : 0;
  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);

      *x = MIN (*x, wp_device_get_x (device));
      *y = MIN (*y, wp_device_get_y (device));
    }
}
