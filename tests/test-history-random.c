/* test-history-random.c: a few hundred random edits, drags, groups, saves, undos
 * and redos; undoing everything gives back the original text, byte for byte, and
 * redoing everything the final one */
#include "config.h"

#include <math.h>

#include "wp-history.h"
#include "wp-plan-io.h"
#include "wp-test-util.h"

#define N_EDITS 400

typedef struct {
  WpHistory *history;
  WpPlan    *plan;
  GRand     *rand;
  guint      merge_id;    /* of the drag going on */
} Fuzz;

static guint
pick (Fuzz  *fuzz,
      guint  n)
{
  return (guint) g_rand_int_range (fuzz->rand, 0, (gint32) n);
}

static double
coordinate (Fuzz *fuzz)
{
  return pick (fuzz, 4000) / 2.0;
}

static WpDevice *
any_device (Fuzz *fuzz)
{
  return wp_plan_get_device (fuzz->plan, pick (fuzz, wp_plan_get_n_devices (fuzz->plan)));
}

/* NULL when the plan has no cables (or zones) left. */
static WpCable *
any_cable (Fuzz *fuzz)
{
  guint n = wp_plan_get_n_cables (fuzz->plan);

  return n > 0 ? wp_plan_get_cable (fuzz->plan, pick (fuzz, n)) : NULL;
}

static WpZone *
any_zone (Fuzz *fuzz)
{
  guint n = wp_plan_get_n_zones (fuzz->plan);

  return n > 0 ? wp_plan_get_zone (fuzz->plan, pick (fuzz, n)) : NULL;
}

static void
any_port (Fuzz        *fuzz,
          const char **device_id,
          const char **port_id)
{
  WpDevice *device = any_device (fuzz);

  *device_id = wp_device_get_id (device);
  *port_id = wp_device_get_port (device, pick (fuzz, wp_device_get_n_ports (device)))->id;
}

static WpCable *
new_cable (Fuzz *fuzz)
{
  g_autofree char *id = wp_plan_make_id (fuzz->plan, "c");
  const char *from_device, *from_port, *to_device, *to_port;
  WpCable *cable;

  any_port (fuzz, &from_device, &from_port);
  any_port (fuzz, &to_device, &to_port);
  cable = wp_cable_new (id, from_device, from_port, to_device, to_port);
  wp_cable_set_label (cable, id);
  return cable;
}

static WpDevice *
new_device (Fuzz *fuzz)
{
  g_autofree char *id = wp_plan_make_id (fuzz->plan, "d");
  WpDevice *device = wp_device_copy (any_device (fuzz));

  wp_device_set_id (device, id);
  return device;
}

static void
drag_devices (Fuzz *fuzz)
{
  WpDevice *devices[2] = { any_device (fuzz), any_device (fuzz) };
  double positions[4];
  guint n = devices[0] == devices[1] ? 1 : 2;

  if (fuzz->merge_id == 0 || pick (fuzz, 3) == 0)
    fuzz->merge_id = wp_history_next_merge_id (fuzz->history);
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    positions[i] = coordinate (fuzz);
  wp_history_move_devices (fuzz->history, devices, positions, NULL, n, fuzz->merge_id);
}

static void
remove_two (Fuzz *fuzz)
{
  WpDevice *devices[2] = { any_device (fuzz), any_device (fuzz) };
  WpCable *cables[2] = { any_cable (fuzz), any_cable (fuzz) };

  if (wp_plan_get_n_devices (fuzz->plan) > 10)
    wp_history_remove_devices (fuzz->history, devices, devices[0] == devices[1] ? 1 : 2);
  else if (cables[0] != NULL)
    wp_history_remove_cables (fuzz->history, cables, cables[0] == cables[1] ? 1 : 2);
}

static void
paste (Fuzz *fuzz)
{
  g_autoptr(WpDevice) device = new_device (fuzz);
  g_autoptr(WpCable) cable = new_cable (fuzz);

  /* The pasted cable runs from the pasted device. */
  wp_cable_set_endpoint (cable, FALSE, wp_device_get_id (device),
                         wp_device_get_port (device, 0)->id);
  wp_history_paste (fuzz->history, &device, 1, &cable, 1);
}

static void
edit_port (Fuzz *fuzz)
{
  WpDevice *device = any_device (fuzz);
  guint index = pick (fuzz, wp_device_get_n_ports (device));
  g_autoptr(WpPort) port = wp_port_copy (wp_device_get_port (device, index));

  port->phantom_on = port->phantom_on == WP_FLAG_YES ? WP_FLAG_NO : WP_FLAG_YES;
  port->cv_tap_w = pick (fuzz, 2) ? 15 : NAN;
  wp_history_replace_port (fuzz->history, device, index, port);
}

static void
edit_zone (Fuzz   *fuzz,
           WpZone *zone)
{
  g_autofree char *name = g_strdup_printf ("Zone %u", pick (fuzz, 100));
  g_autoptr(WpZone) added = NULL;
  g_autofree char *id = NULL;

  switch (pick (fuzz, 5))
    {
    case 0:
      id = wp_plan_make_id (fuzz->plan, "z");
      added = wp_zone_new (id, name, coordinate (fuzz), coordinate (fuzz), 300, 200);
      wp_history_add_zone (fuzz->history, added, (int) pick (fuzz, 3) - 1);
      break;
    case 1:
      wp_history_remove_zone (fuzz->history, zone);
      break;
    case 2:
      wp_history_rename_zone (fuzz->history, zone, name);
      break;
    case 3:
      wp_history_resize_zone (fuzz->history, zone, coordinate (fuzz), coordinate (fuzz),
                              coordinate (fuzz), coordinate (fuzz), fuzz->merge_id);
      break;
    default:
      wp_history_move_zone (fuzz->history, zone, coordinate (fuzz), coordinate (fuzz),
                            fuzz->merge_id);
    }
}

static void
edit_cable (Fuzz    *fuzz,
            WpCable *cable)
{
  g_autofree char *text = g_strdup_printf ("X-%u", pick (fuzz, 50));
  const char *rules[] = { "phantom-missing", "level-mismatch", "length-limit" };
  const char *device_id, *port_id;

  switch (pick (fuzz, 6))
    {
    case 0:
      any_port (fuzz, &device_id, &port_id);
      wp_history_reconnect_cable (fuzz->history, cable, pick (fuzz, 2), device_id, port_id);
      break;
    case 1:
      wp_history_set_cable_text (fuzz->history, cable, text, pick (fuzz, 2) ? "red" : NULL,
                                 wp_cable_get_notes (cable));
      break;
    case 2:
      wp_history_set_cable_length (fuzz->history, cable, pick (fuzz, 4) ? pick (fuzz, 30) : NAN);
      break;
    case 3:
    case 4:
      wp_history_waive (fuzz->history, cable, rules[pick (fuzz, 3)], text);
      break;
    default:
      wp_history_unwaive (fuzz->history, cable, rules[pick (fuzz, 3)]);
    }
}

static void
random_edit (Fuzz  *fuzz,
             guint  depth)
{
  WpCable *cable = any_cable (fuzz);
  WpZone *zone = any_zone (fuzz);
  g_autoptr(WpDevice) device = NULL;
  g_autoptr(WpCable) added = NULL;
  g_autofree char *text = g_strdup_printf ("T%u", pick (fuzz, 50));

  switch (pick (fuzz, 13))
    {
    case 0:
    case 1:
      drag_devices (fuzz);
      break;
    case 2:
      device = new_device (fuzz);
      wp_history_add_device (fuzz->history, device, (int) pick (fuzz, 5) - 1);
      break;
    case 3:
      remove_two (fuzz);
      break;
    case 4:
      added = new_cable (fuzz);
      wp_history_add_cable (fuzz->history, added, (int) pick (fuzz, 5) - 1);
      break;
    case 5:
    case 6:
      if (cable != NULL)
        edit_cable (fuzz, cable);
      break;
    case 7:
      if (pick (fuzz, 2))
        wp_history_set_device_text (fuzz->history, any_device (fuzz), text, NULL);
      else
        wp_history_set_device_zone (fuzz->history, any_device (fuzz),
                                    zone != NULL && pick (fuzz, 4) ? wp_zone_get_id (zone) : NULL);
      break;
    case 8:
      edit_port (fuzz);
      break;
    case 9:
      if (zone != NULL)
        edit_zone (fuzz, zone);
      break;
    case 10:
      wp_history_set_meta (fuzz->history, pick (fuzz, WP_N_META), text);
      break;
    case 11:
      paste (fuzz);
      break;
    default:
      if (depth < 2)
        {
          wp_history_begin_group (fuzz->history, pick (fuzz, 2) ? "Group" : NULL);
          for (guint i = pick (fuzz, 4); i > 0; i--)
            random_edit (fuzz, depth + 1);
          wp_history_end_group (fuzz->history);
        }
    }
}

static void
test_random (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  g_autoptr(GPtrArray) undone = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *original = wp_plan_to_data (plan, NULL);
  g_autofree char *saved = g_strdup (original);
  g_autofree char *final = NULL;
  Fuzz fuzz = { history, plan, rand, 0 };

  for (guint i = 0; i < N_EDITS; i++)
    {
      switch (pick (&fuzz, 12))
        {
        case 0:
          for (guint n = pick (&fuzz, 4); n > 0; n--)
            wp_history_undo (history);
          break;
        case 1:
          wp_history_redo (history);
          break;
        case 2:
          wp_history_mark_saved (history);
          g_free (saved);
          saved = wp_plan_to_data (plan, NULL);
          break;
        default:
          random_edit (&fuzz, 0);
        }
      if (!wp_history_get_modified (history))
        {
          g_autofree char *now = wp_plan_to_data (plan, NULL);

          g_assert_cmpstr (now, ==, saved);
        }
    }

  while (wp_history_redo (history))
    ;
  final = wp_plan_to_data (plan, NULL);
  g_ptr_array_add (undone, g_strdup (final));
  while (wp_history_undo (history))
    g_ptr_array_add (undone, wp_plan_to_data (plan, NULL));
  g_assert_cmpuint (undone->len, >, 100);
  g_assert_cmpstr (g_ptr_array_index (undone, undone->len - 1), ==, original);

  /* Redo walks back through the same texts to the final one. */
  for (guint i = undone->len - 1; i > 0; i--)
    {
      g_autofree char *redone = NULL;

      g_assert_true (wp_history_redo (history));
      redone = wp_plan_to_data (plan, NULL);
      g_assert_cmpstr (redone, ==, g_ptr_array_index (undone, i - 1));
    }
  g_assert_false (wp_history_redo (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/history/random", test_random);
  return g_test_run ();
}
