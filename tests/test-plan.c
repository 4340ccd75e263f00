/* test-plan.c: edits of the document and the changes they announce */
#include "config.h"

#include <math.h>

#include "wp-plan.h"
#include "wp-test-util.h"

typedef struct {
  WpChangeKind kind;
  char        *id;         /* of the zone, device or cable */
  char        *old_port;   /* WP_CHANGE_PORT_EDITED */
} Seen;

static void
seen_clear (gpointer data)
{
  Seen *seen = data;

  g_free (seen->id);
  g_free (seen->old_port);
}

static void
on_changed (WpPlan             *plan,
            const WpPlanChange *change,
            GArray             *log)
{
  Seen seen = { change->kind, NULL, NULL };

  if (change->cable != NULL)
    seen.id = g_strdup (wp_cable_get_id (change->cable));
  else if (change->device != NULL)
    seen.id = g_strdup (wp_device_get_id (change->device));
  else if (change->zone != NULL)
    seen.id = g_strdup (wp_zone_get_id (change->zone));
  if (change->old_port != NULL)
    seen.old_port = g_strdup (change->old_port->level == WP_LEVEL_MIC ? "mic" : "other");
  g_array_append_val (log, seen);
}

static void
assert_seen (GArray       *log,
             guint         index,
             WpChangeKind  kind,
             const char   *id)
{
  Seen *seen;

  g_assert_cmpuint (index, <, log->len);
  seen = &g_array_index (log, Seen, index);
  g_assert_cmpint (seen->kind, ==, kind);
  g_assert_cmpstr (seen->id, ==, id);
}

static WpDevice *
add_device (WpPlan     *plan,
            const char *id,
            const char *port_id)
{
  g_autoptr(WpDevice) device = wp_device_new (id);

  wp_device_add_port (device, wp_port_new (port_id));
  wp_plan_insert_device (plan, device, -1);
  return device;
}

static void
test_changes (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(GArray) log = g_array_new (FALSE, TRUE, sizeof (Seen));
  g_autoptr(WpCable) cable = wp_cable_new ("c1", "d1", "out", "d2", "in");
  g_autoptr(WpCable) dangling = wp_cable_new ("c2", "d1", "out", "d9", "in");
  g_autoptr(WpZone) zone = wp_zone_new ("z1", "Stage", 0, 0, 100, 100);
  WpDevice *mic, *desk;
  WpPort *port;

  g_array_set_clear_func (log, seen_clear);
  g_signal_connect (plan, "changed", G_CALLBACK (on_changed), log);

  wp_plan_set_meta (plan, WP_META_TITLE, "Gig");
  wp_plan_set_meta (plan, WP_META_TITLE, "Gig");   /* no change, no signal */
  wp_plan_insert_zone (plan, zone, -1);
  mic = add_device (plan, "d1", "out");
  desk = add_device (plan, "d2", "in");
  g_assert_true (wp_plan_insert_cable (plan, cable, -1));
  g_assert_false (wp_plan_insert_cable (plan, dangling, -1));
  wp_plan_move_device (plan, mic, 10, 20);

  port = wp_port_copy (wp_device_get_port (desk, 0));
  port->level = WP_LEVEL_LINE_PRO;
  wp_plan_replace_port (plan, desk, 0, port);
  wp_plan_set_cable_length (plan, cable, 5);
  wp_plan_insert_waiver (plan, cable, &(WpWaiver) { (char *) "level-too-low", (char *) "tested", NULL }, -1);
  wp_plan_remove_device (plan, mic);

  assert_seen (log, 0, WP_CHANGE_META, NULL);
  assert_seen (log, 1, WP_CHANGE_ZONE_ADDED, "z1");
  assert_seen (log, 2, WP_CHANGE_DEVICE_ADDED, "d1");
  assert_seen (log, 3, WP_CHANGE_DEVICE_ADDED, "d2");
  assert_seen (log, 4, WP_CHANGE_CABLE_ADDED, "c1");
  assert_seen (log, 5, WP_CHANGE_DEVICE_MOVED, "d1");
  assert_seen (log, 6, WP_CHANGE_PORT_EDITED, "d2");
  g_assert_cmpstr (g_array_index (log, Seen, 6).old_port, ==, "other");
  assert_seen (log, 7, WP_CHANGE_CABLE_EDITED, "c1");
  assert_seen (log, 8, WP_CHANGE_CABLE_EDITED, "c1");
  /* Removing a device removes its cables first, each announced. */
  assert_seen (log, 9, WP_CHANGE_CABLE_REMOVED, "c1");
  assert_seen (log, 10, WP_CHANGE_DEVICE_REMOVED, "d1");
  g_assert_cmpuint (log->len, ==, 11);

  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, 0);
  g_assert_null (wp_plan_get_cables_at (plan, "d2", "in"));
  g_assert_null (wp_plan_find_device (plan, "d1"));
  g_assert_true (wp_plan_find_device (plan, "d2") == desk);
  g_assert_cmpint (wp_device_get_port (desk, 0)->level, ==, WP_LEVEL_LINE_PRO);
}

static void
test_order_and_index (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpCable) a = wp_cable_new ("a", "d1", "p", "d2", "p");
  g_autoptr(WpCable) b = wp_cable_new ("b", "d1", "p", "d2", "p");
  g_autoptr(WpDevice) first = wp_device_new ("d0");
  guint index;

  add_device (plan, "d1", "p");
  add_device (plan, "d2", "p");
  wp_plan_insert_device (plan, first, 0);
  g_assert_cmpstr (wp_device_get_id (wp_plan_get_device (plan, 0)), ==, "d0");
  g_assert_true (wp_plan_index_of_device (plan, first, &index));
  g_assert_cmpuint (index, ==, 0);

  wp_plan_insert_cable (plan, a, -1);
  wp_plan_insert_cable (plan, b, 0);
  g_assert_true (wp_plan_get_cable (plan, 0) == b);
  g_assert_cmpuint (wp_plan_get_cables_at (plan, "d1", "p")->len, ==, 2);
  wp_plan_remove_cable (plan, b);
  g_assert_cmpuint (wp_plan_get_cables_at (plan, "d2", "p")->len, ==, 1);
  g_assert_true (wp_plan_index_of_cable (plan, a, &index));
  g_assert_cmpuint (index, ==, 0);
}

static void
test_make_id (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  add_device (plan, "d2", "p");
  first = wp_plan_make_id (plan, "d");
  g_assert_cmpstr (first, !=, "d2");
  add_device (plan, first, "p");
  second = wp_plan_make_id (plan, "d");
  g_assert_cmpstr (second, !=, first);
  g_assert_null (wp_plan_find_device (plan, second));
}

static void
test_make_ids (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) none = NULL;

  add_device (plan, "d2", "p");
  add_device (plan, "d4", "p");
  ids = wp_plan_make_ids (plan, "d", 3);
  g_assert_cmpuint (g_strv_length (ids), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_null (wp_plan_find_device (plan, ids[i]));
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (ids[i], !=, ids[j]);
    }
  none = wp_plan_make_ids (plan, "d", 0);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

/* A move to where the device is, or into the zone it is in, tells nothing: a
 * drag repeats both on every motion. */
static void
test_unchanged_edits_are_silent (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  WpDevice *device = wp_plan_get_device (plan, 0);
  g_autoptr(GArray) kinds = wp_test_record_changes (plan);
  g_autofree char *zone = g_strdup (wp_device_get_zone (device));

  wp_plan_move_device (plan, device, wp_device_get_x (device), wp_device_get_y (device));
  wp_plan_set_device_zone (plan, device, zone);
  g_assert_cmpuint (kinds->len, ==, 0);

  wp_plan_move_device (plan, device, wp_device_get_x (device) + 10, wp_device_get_y (device));
  wp_plan_set_device_zone (plan, device, NULL);
  g_assert_cmpuint (kinds->len, ==, 2);
  g_assert_cmpint (g_array_index (kinds, WpChangeKind, 0), ==, WP_CHANGE_DEVICE_MOVED);
  g_assert_cmpint (g_array_index (kinds, WpChangeKind, 1), ==, WP_CHANGE_DEVICE_EDITED);
}

static void
test_find_zone_at (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpZone) stage = wp_zone_new ("stage", "Stage", 0, 0, 100, 50);
  g_autoptr(WpZone) riser = wp_zone_new ("riser", "Riser", 80, 40, 40, 40);
  g_autoptr(WpZone) empty = wp_zone_new ("empty", NULL, 200, 200, 0, 0);

  g_assert_null (wp_plan_find_zone_at (plan, 10, 10));
  wp_plan_insert_zone (plan, stage, -1);
  wp_plan_insert_zone (plan, riser, -1);
  wp_plan_insert_zone (plan, empty, -1);

  /* The top-left edges belong to a zone, the bottom-right ones do not. */
  g_assert_true (wp_plan_find_zone_at (plan, 0, 0) == stage);
  g_assert_true (wp_plan_find_zone_at (plan, 99.5, 10) == stage);
  g_assert_null (wp_plan_find_zone_at (plan, 100, 10));
  g_assert_null (wp_plan_find_zone_at (plan, 10, 50));
  g_assert_null (wp_plan_find_zone_at (plan, -1, 10));

  /* Where zones overlap, the one drawn last, on top. */
  g_assert_true (wp_plan_find_zone_at (plan, 90, 45) == riser);
  g_assert_true (wp_plan_find_zone_at (plan, 110, 70) == riser);

  /* A zone of no size holds nothing. */
  g_assert_null (wp_plan_find_zone_at (plan, 200, 200));
}

static void
test_copies (void)
{
  g_autoptr(WpDevice) device = wp_device_new ("d1");
  g_autoptr(WpDevice) copy = NULL;
  g_autoptr(WpCable) cable = wp_cable_new ("c1", "d1", "a", "d2", "b");
  g_autoptr(WpCable) cable_copy = NULL;
  WpPort *port = wp_port_new ("a");

  port->impedance_ohm = 600;
  port->sample_rates = g_array_new (FALSE, FALSE, sizeof (guint));
  wp_device_add_port (device, port);
  wp_device_set_name (device, "Desk");
  copy = wp_device_copy (device);
  g_assert_cmpstr (wp_device_get_name (copy), ==, "Desk");
  g_assert_true (wp_port_equal (wp_device_get_port (copy, 0), port));
  g_assert_true (wp_device_get_port (copy, 0) != port);

  wp_cable_set_length_m (cable, 3);
  wp_cable_add_waiver (cable, "same-gender", "gender changer in the case", NULL);
  cable_copy = wp_cable_copy (cable);
  g_assert_cmpfloat (wp_cable_get_length_m (cable_copy), ==, 3);
  g_assert_true (wp_cable_is_waived (cable_copy, "same-gender"));
  wp_cable_set_length_m (cable_copy, NAN);
  g_assert_true (isnan (wp_cable_get_length_m (cable_copy)));
  g_assert_cmpfloat (wp_cable_get_length_m (cable), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/changes", test_changes);
  g_test_add_func ("/plan/order-and-index", test_order_and_index);
  g_test_add_func ("/plan/make-id", test_make_id);
  g_test_add_func ("/plan/make-ids", test_make_ids);
  g_test_add_func ("/plan/find-zone-at", test_find_zone_at);
  g_test_add_func ("/plan/unchanged-edits-are-silent", test_unchanged_edits_are_silent);
  g_test_add_func ("/plan/copies", test_copies);

  return g_test_run ();
}
