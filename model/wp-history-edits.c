/* wp-history-edits.c: the editor's edits as labelled undo steps
 *
 * Each function builds one command (or one group of them), names it for the Edit
 * menu and pushes it onto the history, which applies it.
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>

#include <glib/gi18n-lib.h>

#include "wp-history.h"

static WpCommand *
new_command (guint       merge_id,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static WpCommand *
new_command (guint       merge_id,
             const char *format,
             ...)
{
  g_autofree char *label = NULL;
  va_list args;

  va_start (args, format);
  label = g_strdup_vprintf (format, args);
  va_end (args);
  return wp_command_new (label, merge_id);
}

/* How a cable is named to the user: its label, else its id. */
static const char *
cable_name (WpCable *cable)
{
  const char *label = wp_cable_get_label (cable);

  return label != NULL && label[0] != '\0' ? label : wp_cable_get_id (cable);
}

static const char *
zone_name (WpZone *zone)
{
  const char *name = wp_zone_get_name (zone);

  return name != NULL && name[0] != '\0' ? name : wp_zone_get_id (zone);
}

static gboolean
cable_can_be_added (WpPlan  *plan,
                    WpCable *cable)
{
  return wp_plan_find_cable (plan, wp_cable_get_id (cable)) == NULL
         && wp_plan_resolve (plan, wp_cable_get_from (cable), NULL) != NULL
         && wp_plan_resolve (plan, wp_cable_get_to (cable), NULL) != NULL;
}

void
wp_history_add_zone (WpHistory *history,
                     WpZone    *zone,
                     int        position)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_ZONE (zone));
  g_return_if_fail (wp_plan_find_zone (wp_history_get_plan (history), wp_zone_get_id (zone)) == NULL);

  command = new_command (0, _("Add zone “%s”"), zone_name (zone));
  wp_command_insert_zone (command, zone, position);
  wp_history_push (history, command);
}

/* The devices that stood in the zone keep its id, as wp_plan_remove_zone() says. */
void
wp_history_remove_zone (WpHistory *history,
                        WpZone    *zone)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_ZONE (zone));

  command = new_command (0, _("Remove zone “%s”"), zone_name (zone));
  wp_command_remove_zone (command, zone);
  wp_history_push (history, command);
}

void
wp_history_rename_zone (WpHistory  *history,
                        WpZone     *zone,
                        const char *name)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_ZONE (zone));

  command = new_command (0, _("Rename zone “%s”"), zone_name (zone));
  wp_command_set_zone_name (command, zone, name);
  wp_history_push (history, command);
}

/* Changes the zone's bounds; the devices in it stay where they are. Resizes of
 * one drag share a @merge_id (0: none). */
void
wp_history_resize_zone (WpHistory *history,
                        WpZone    *zone,
                        double     x,
                        double     y,
                        double     width,
                        double     height,
                        guint      merge_id)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_ZONE (zone));

  command = new_command (merge_id, _("Resize zone “%s”"), zone_name (zone));
  wp_command_set_zone_bounds (command, zone, x, y, width, height);
  wp_history_push (history, command);
}

/* Moves the zone's top left corner to (@x, @y), and the devices in it (those
 * whose zone it is) with it. Moves of one drag share a @merge_id (0: none). */
void
wp_history_move_zone (WpHistory *history,
                      WpZone    *zone,
                      double     x,
                      double     y,
                      guint      merge_id)
{
  WpPlan *plan;
  WpCommand *command;
  double old_x, old_y, width, height;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_ZONE (zone));
  g_return_if_fail (isfinite (x) && isfinite (y));

  plan = wp_history_get_plan (history);
  wp_zone_get_bounds (zone, &old_x, &old_y, &width, &height);
  command = new_command (merge_id, _("Move zone “%s”"), zone_name (zone));
  wp_command_set_zone_bounds (command, zone, x, y, width, height);
  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);

      if (g_strcmp0 (wp_device_get_zone (device), wp_zone_get_id (zone)) == 0)
        wp_command_move_device (command, device,
                                wp_device_get_x (device) + (x - old_x),
                                wp_device_get_y (device) + (y - old_y));
    }
  wp_history_push (history, command);
}

void
wp_history_add_device (WpHistory *history,
                       WpDevice  *device,
                       int        position)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (wp_plan_find_device (wp_history_get_plan (history),
                                         wp_device_get_id (device)) == NULL);

  command = new_command (0, _("Add device “%s”"), wp_device_get_display_name (device));
  wp_command_insert_device (command, device, position);
  wp_history_push (history, command);
}

/* Removes the devices with their cables; undo puts all back at their places. */
void
wp_history_remove_devices (WpHistory       *history,
                           WpDevice * const *devices,
                           guint            n_devices)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (devices != NULL || n_devices == 0);

  if (n_devices == 1)
    command = new_command (0, _("Remove device “%s”"), wp_device_get_display_name (devices[0]));
  else
    command = new_command (0, ngettext ("Remove %u device", "Remove %u devices", n_devices),
                           n_devices);
  for (guint i = 0; i < n_devices; i++)
    wp_command_remove_device (command, devices[i]);
  wp_history_push (history, command);
}

/* Moves each device to its (x, y) in @positions and, when @zone_ids is not NULL,
 * into the zone it names (NULL: none), since a device belongs to the zone it
 * stands in. The moves of one drag share a @merge_id (0: none) and make one undo
 * step. */
void
wp_history_move_devices (WpHistory         *history,
                         WpDevice * const  *devices,
                         const double      *positions,
                         const char * const *zone_ids,
                         guint              n_devices,
                         guint              merge_id)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail ((devices != NULL && positions != NULL) || n_devices == 0);

  if (n_devices == 1)
    command = new_command (merge_id, _("Move “%s”"), wp_device_get_display_name (devices[0]));
  else
    command = new_command (merge_id, ngettext ("Move %u device", "Move %u devices", n_devices),
                           n_devices);
  for (guint i = 0; i < n_devices; i++)
    {
      wp_command_move_device (command, devices[i], positions[2 * i], positions[2 * i + 1]);
      /* Always a zone step, even an unchanged one, so every move of a drag has the
       * same steps and merges into one. */
      if (zone_ids != NULL)
        wp_command_set_device_zone (command, devices[i], zone_ids[i]);
    }
  wp_history_push (history, command);
}

/* Arrange, align and distribute: one step named after the tool, even for one device. */
void
wp_history_arrange_devices (WpHistory         *history,
                            const char        *label,
                            WpDevice * const  *devices,
                            const double      *positions,
                            guint              n_devices)
{
  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (label != NULL);

  wp_history_begin_group (history, label);
  wp_history_move_devices (history, devices, positions, NULL, n_devices, 0);
  wp_history_end_group (history);
}

void
wp_history_set_device_text (WpHistory  *history,
                            WpDevice   *device,
                            const char *name,
                            const char *notes)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_DEVICE (device));

  command = new_command (0, _("Edit device “%s”"), wp_device_get_display_name (device));
  wp_command_set_device_text (command, device, name, notes);
  wp_history_push (history, command);
}

void
wp_history_set_device_zone (WpHistory  *history,
                            WpDevice   *device,
                            const char *zone_id)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_DEVICE (device));

  command = new_command (0, _("Change the zone of “%s”"), wp_device_get_display_name (device));
  wp_command_set_device_zone (command, device, zone_id);
  wp_history_push (history, command);
}

/* Replaces port @index of @device by a copy of @port, e.g. with phantom switched
 * on. Its id may only change while no cable is plugged into it. */
void
wp_history_replace_port (WpHistory    *history,
                         WpDevice     *device,
                         guint         index,
                         const WpPort *port)
{
  const WpPort *old_port;
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (index < wp_device_get_n_ports (device));
  g_return_if_fail (port != NULL && port->id != NULL);

  old_port = wp_device_get_port (device, index);
  g_return_if_fail (g_strcmp0 (old_port->id, port->id) == 0
                    || wp_plan_get_cables_at (wp_history_get_plan (history),
                                              wp_device_get_id (device), old_port->id) == NULL);

  command = new_command (0, _("Change port “%s” of “%s”"),
                         old_port->name != NULL ? old_port->name : old_port->id,
                         wp_device_get_display_name (device));
  wp_command_replace_port (command, device, index, port);
  wp_history_push (history, command);
}

/* @cable's ends must name devices and ports in the plan. */
void
wp_history_add_cable (WpHistory *history,
                      WpCable   *cable,
                      int        position)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (cable_can_be_added (wp_history_get_plan (history), cable));

  command = new_command (0, _("Add cable %s"), cable_name (cable));
  wp_command_insert_cable (command, cable, position);
  wp_history_push (history, command);
}

void
wp_history_remove_cables (WpHistory      *history,
                          WpCable * const *cables,
                          guint           n_cables)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (cables != NULL || n_cables == 0);

  if (n_cables == 1)
    command = new_command (0, _("Remove cable %s"), cable_name (cables[0]));
  else
    command = new_command (0, ngettext ("Remove %u cable", "Remove %u cables", n_cables),
                           n_cables);
  for (guint i = 0; i < n_cables; i++)
    wp_command_remove_cable (command, cables[i]);
  wp_history_push (history, command);
}

/* Plugs one end of @cable (@to: the receiving end) into another port: the cable
 * is replaced, at its place, by a copy with the same id and the new end. */
void
wp_history_reconnect_cable (WpHistory  *history,
                            WpCable    *cable,
                            gboolean    to,
                            const char *device_id,
                            const char *port_id)
{
  WpPlan *plan;
  WpDevice *target;
  g_autoptr(WpCable) copy = NULL;
  WpCommand *command;
  guint index;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_CABLE (cable));
  plan = wp_history_get_plan (history);
  target = wp_plan_find_device (plan, device_id);
  g_return_if_fail (wp_plan_index_of_cable (plan, cable, &index));
  g_return_if_fail (target != NULL && wp_device_find_port (target, port_id, NULL) != NULL);

  copy = wp_cable_copy (cable);
  wp_cable_set_endpoint (copy, to, device_id, port_id);
  command = new_command (0, _("Reconnect cable %s"), cable_name (cable));
  wp_command_remove_cable (command, cable);
  wp_command_insert_cable (command, copy, (int) index);
  wp_history_push (history, command);
}

void
wp_history_set_cable_text (WpHistory  *history,
                           WpCable    *cable,
                           const char *label,
                           const char *color,
                           const char *notes)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_CABLE (cable));

  command = new_command (0, _("Edit cable %s"), cable_name (cable));
  wp_command_set_cable_text (command, cable, label, color, notes);
  wp_history_push (history, command);
}

/* NAN removes the length. */
void
wp_history_set_cable_length (WpHistory *history,
                             WpCable   *cable,
                             double     length_m)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_CABLE (cable));

  command = new_command (0, _("Change the length of cable %s"), cable_name (cable));
  wp_command_set_cable_length (command, cable, length_m);
  wp_history_push (history, command);
}

/* Gives each cable its new label, as one step (renumbering). */
void
wp_history_relabel_cables (WpHistory          *history,
                           WpCable * const    *cables,
                           const char * const *labels,
                           guint               n_cables)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail ((cables != NULL && labels != NULL) || n_cables == 0);

  command = new_command (0, ngettext ("Renumber %u cable", "Renumber %u cables", n_cables),
                         n_cables);
  for (guint i = 0; i < n_cables; i++)
    wp_command_set_cable_text (command, cables[i], labels[i],
                               wp_cable_get_color (cables[i]), wp_cable_get_notes (cables[i]));
  wp_history_push (history, command);
}

void
wp_history_waive (WpHistory  *history,
                  WpCable    *cable,
                  const char *rule,
                  const char *note)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (rule != NULL);

  command = new_command (0, _("Waive “%s” on cable %s"), rule, cable_name (cable));
  wp_command_waive (command, cable, rule, note);
  wp_history_push (history, command);
}

void
wp_history_unwaive (WpHistory  *history,
                    WpCable    *cable,
                    const char *rule)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (rule != NULL);

  command = new_command (0, _("Stop waiving “%s” on cable %s"), rule, cable_name (cable));
  wp_command_unwaive (command, cable, rule);
  wp_history_push (history, command);
}

void
wp_history_set_meta (WpHistory   *history,
                     WpMetaField  field,
                     const char  *value)
{
  WpCommand *command;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (field < WP_N_META);

  command = wp_command_new (_("Edit plan details"), 0);
  wp_command_set_meta (command, field, value);
  wp_history_push (history, command);
}

/* Adds the devices, then the cables, which may join pasted and existing devices,
 * as one step. The ids must be new to the plan. */
void
wp_history_paste (WpHistory       *history,
                  WpDevice * const *devices,
                  guint            n_devices,
                  WpCable * const  *cables,
                  guint            n_cables)
{
  g_autofree char *label = NULL;

  g_return_if_fail (WP_IS_HISTORY (history));
  g_return_if_fail (devices != NULL || n_devices == 0);
  g_return_if_fail (cables != NULL || n_cables == 0);

  label = g_strdup_printf (ngettext ("Paste %u item", "Paste %u items", n_devices + n_cables),
                           n_devices + n_cables);
  wp_history_begin_group (history, label);
  for (guint i = 0; i < n_devices; i++)
    wp_history_add_device (history, devices[i], -1);
  for (guint i = 0; i < n_cables; i++)
    wp_history_add_cable (history, cables[i], -1);
  wp_history_end_group (history);
}
