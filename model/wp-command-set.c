/* wp-command-set.c: the steps of a WpCommand that set a value
 *
 * Such a step holds the value it sets (after) and, once applied, the value it
 * replaced (before), each a WpValue in which only the members its kind uses are set.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-command-private.h"

void
wp_value_clear (WpValue *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (value->text); i++)
    g_clear_pointer (&value->text[i], g_free);
  g_clear_pointer (&value->port, wp_port_free);
  g_clear_pointer (&value->extra, json_object_put);
  memset (value, 0, sizeof *value);
}

gboolean
wp_value_equal (const WpValue *a,
                const WpValue *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (a->number); i++)
    if (a->number[i] != b->number[i] && !(isnan (a->number[i]) && isnan (b->number[i])))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (a->text); i++)
    if (g_strcmp0 (a->text[i], b->text[i]) != 0)
      return FALSE;
  return a->index == b->index
         && wp_port_equal (a->port, b->port)
         && json_object_equal (a->extra, b->extra);
}

void
wp_command_move_device (WpCommand *command,
                        WpDevice  *device,
                        double     x,
                        double     y)
{
  WpStep *step;

  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (isfinite (x) && isfinite (y));

  step = wp_command_add_step (command, WP_STEP_POSITION, device);
  step->after.number[0] = x;
  step->after.number[1] = y;
}

void
wp_command_set_device_text (WpCommand  *command,
                            WpDevice   *device,
                            const char *name,
                            const char *notes)
{
  WpStep *step;

  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_DEVICE (device));

  step = wp_command_add_step (command, WP_STEP_DEVICE_TEXT, device);
  step->after.text[0] = g_strdup (name);
  step->after.text[1] = g_strdup (notes);
}

void
wp_command_set_device_zone (WpCommand  *command,
                            WpDevice   *device,
                            const char *zone_id)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_DEVICE (device));

  wp_command_add_step (command, WP_STEP_DEVICE_ZONE, device)->after.text[0] = g_strdup (zone_id);
}

void
wp_command_replace_port (WpCommand    *command,
                         WpDevice     *device,
                         guint         index,
                         const WpPort *port)
{
  WpStep *step;

  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (index < wp_device_get_n_ports (device));
  g_return_if_fail (port != NULL && port->id != NULL);

  step = wp_command_add_step (command, WP_STEP_PORT, device);
  step->field = index;
  step->after.port = wp_port_copy (port);
}

void
wp_command_set_cable_text (WpCommand  *command,
                           WpCable    *cable,
                           const char *label,
                           const char *color,
                           const char *notes)
{
  WpStep *step;

  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_CABLE (cable));

  step = wp_command_add_step (command, WP_STEP_CABLE_TEXT, cable);
  step->after.text[0] = g_strdup (label);
  step->after.text[1] = g_strdup (color);
  step->after.text[2] = g_strdup (notes);
}

/* NAN removes the length. */
void
wp_command_set_cable_length (WpCommand *command,
                             WpCable   *cable,
                             double     length_m)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (isnan (length_m) || (isfinite (length_m) && length_m >= 0));

  wp_command_add_step (command, WP_STEP_CABLE_LENGTH, cable)->after.number[0] = length_m;
}

static void
read_waiver (WpCable    *cable,
             const char *rule,
             WpValue    *value)
{
  guint index;
  const WpWaiver *waiver = wp_cable_find_waiver (cable, rule, &index);

  value->index = -1;
  if (waiver == NULL)
    return;
  value->index = (int) index;
  value->text[0] = g_strdup (waiver->note);
  if (waiver->extra != NULL)
    json_object_deep_copy (waiver->extra, &value->extra, NULL);
}

static WpStep *
add_waiver_step (WpCommand  *command,
                 WpCable    *cable,
                 const char *rule)
{
  WpStep *step = wp_command_add_step (command, WP_STEP_WAIVER, cable);

  step->rule = g_strdup (rule);
  return step;
}

/* Waiving a rule again changes its note in place, keeping its unknown keys. */
void
wp_command_waive (WpCommand  *command,
                  WpCable    *cable,
                  const char *rule,
                  const char *note)
{
  WpStep *step;

  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (rule != NULL);

  step = add_waiver_step (command, cable, rule);
  read_waiver (cable, rule, &step->after);
  if (step->after.index < 0)
    step->after.index = (int) wp_cable_get_n_waivers (cable);
  g_free (step->after.text[0]);
  step->after.text[0] = g_strdup (note);
}

void
wp_command_unwaive (WpCommand  *command,
                    WpCable    *cable,
                    const char *rule)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (rule != NULL);

  add_waiver_step (command, cable, rule)->after.index = -1;
}

void
wp_command_set_zone_bounds (WpCommand *command,
                            WpZone    *zone,
                            double     x,
                            double     y,
                            double     width,
                            double     height)
{
  WpStep *step;

  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_ZONE (zone));
  g_return_if_fail (width >= 0 && height >= 0);

  step = wp_command_add_step (command, WP_STEP_ZONE_BOUNDS, zone);
  step->after.number[0] = x;
  step->after.number[1] = y;
  step->after.number[2] = width;
  step->after.number[3] = height;
}

void
wp_command_set_zone_name (WpCommand  *command,
                          WpZone     *zone,
                          const char *name)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (WP_IS_ZONE (zone));

  wp_command_add_step (command, WP_STEP_ZONE_NAME, zone)->after.text[0] = g_strdup (name);
}

void
wp_command_set_meta (WpCommand   *command,
                     WpMetaField  field,
                     const char  *value)
{
  WpStep *step;

  g_return_if_fail (command != NULL);
  g_return_if_fail (field < WP_N_META);

  step = wp_command_add_step (command, WP_STEP_META, NULL);
  step->field = field;
  step->after.text[0] = g_strdup (value);
}

void
wp_step_read (const WpStep *step,
              WpPlan       *plan,
              WpValue      *value)
{
  switch (step->kind)
    {
    case WP_STEP_POSITION:
      value->number[0] = wp_device_get_x (step->target);
      value->number[1] = wp_device_get_y (step->target);
      break;
    case WP_STEP_DEVICE_TEXT:
      value->text[0] = g_strdup (wp_device_get_name (step->target));
      value->text[1] = g_strdup (wp_device_get_notes (step->target));
      break;
    case WP_STEP_DEVICE_ZONE:
      value->text[0] = g_strdup (wp_device_get_zone (step->target));
      break;
    case WP_STEP_PORT:
      value->port = wp_port_copy (wp_device_get_port (step->target, step->field));
      break;
    case WP_STEP_CABLE_TEXT:
      value->text[0] = g_strdup (wp_cable_get_label (step->target));
      value->text[1] = g_strdup (wp_cable_get_color (step->target));
      value->text[2] = g_strdup (wp_cable_get_notes (step->target));
      break;
    case WP_STEP_CABLE_LENGTH:
      value->number[0] = wp_cable_get_length_m (step->target);
      break;
    case WP_STEP_WAIVER:
      read_waiver (step->target, step->rule, value);
      break;
    case WP_STEP_ZONE_BOUNDS:
      wp_zone_get_bounds (step->target, &value->number[0], &value->number[1],
                          &value->number[2], &value->number[3]);
      break;
    case WP_STEP_ZONE_NAME:
      value->text[0] = g_strdup (wp_zone_get_name (step->target));
      break;
    case WP_STEP_META:
      value->text[0] = g_strdup (wp_plan_get_meta (plan, step->field));
      break;
    default:
      g_assert_not_reached ();
    }
}

void
wp_step_write (const WpStep  *step,
               WpPlan        *plan,
               const WpValue *value)
{
  switch (step->kind)
    {
    case WP_STEP_POSITION:
      wp_plan_move_device (plan, step->target, value->number[0], value->number[1]);
      break;
    case WP_STEP_DEVICE_TEXT:
      wp_plan_set_device_text (plan, step->target, value->text[0], value->text[1]);
      break;
    case WP_STEP_DEVICE_ZONE:
      wp_plan_set_device_zone (plan, step->target, value->text[0]);
      break;
    case WP_STEP_PORT:
      wp_plan_replace_port (plan, step->target, step->field, wp_port_copy (value->port));
      break;
    case WP_STEP_CABLE_TEXT:
      wp_plan_set_cable_text (plan, step->target, value->text[0], value->text[1], value->text[2]);
      break;
    case WP_STEP_CABLE_LENGTH:
      wp_plan_set_cable_length (plan, step->target, value->number[0]);
      break;
    case WP_STEP_WAIVER:
      if (value->index < 0)
        wp_plan_unwaive (plan, step->target, step->rule);
      else
        {
          WpWaiver waiver = { step->rule, value->text[0], value->extra };

          wp_plan_insert_waiver (plan, step->target, &waiver, value->index);
        }
      break;
    case WP_STEP_ZONE_BOUNDS:
      wp_plan_set_zone_bounds (plan, step->target, value->number[0], value->number[1],
                               value->number[2], value->number[3]);
      break;
    case WP_STEP_ZONE_NAME:
      wp_plan_set_zone_name (plan, step->target, value->text[0]);
      break;
    case WP_STEP_META:
      wp_plan_set_meta (plan, step->field, value->text[0]);
      break;
    default:
      g_assert_not_reached ();
    }
}

