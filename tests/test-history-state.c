/* test-history-state.c: what the history keeps: groups, merged drags, the saved
 * mark, the redo steps, the limit, and the cables a removed device takes along */
#include "config.h"

#include "wp-history.h"
#include "wp-plan-io.h"
#include "wp-test-util.h"

/* Everything between begin and end, nested or not, is one step. */
static void
test_group (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autoptr(WpCable) added = wp_cable_new ("c99", "keys", "phones", "desk", "mic12");
  g_autofree char *before = wp_plan_to_data (plan, NULL);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  WpDevice *keys = wp_plan_find_device (plan, "keys");
  const double position[] = { 400, 320 };

  wp_history_begin_group (history, "Rewire the keys");
  wp_history_add_cable (history, added, -1);
  wp_history_begin_group (history, "inner");
  wp_history_set_cable_length (history, added, 7);
  wp_history_move_devices (history, &keys, position, NULL, 1, 0);
  wp_history_end_group (history);
  wp_history_set_device_text (history, keys, "Keys (Nord)", NULL);
  wp_history_end_group (history);
  after = wp_plan_to_data (plan, NULL);

  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Rewire the keys");
  g_assert_true (wp_history_undo (history));
  g_assert_false (wp_history_get_can_undo (history));
  undone = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (wp_history_redo (history));
  redone = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (redone, ==, after);

  /* A group that changes nothing leaves no step; one without a label takes the
   * first command's. */
  wp_history_begin_group (history, "Nothing");
  wp_history_end_group (history);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Rewire the keys");
  wp_history_begin_group (history, NULL);
  wp_history_set_meta (history, WP_META_TITLE, "Soundcheck");
  wp_history_set_meta (history, WP_META_VENUE, "Hall 2");
  wp_history_end_group (history);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Edit plan details");
  g_assert_true (wp_history_undo (history));
  g_assert_true (wp_history_undo (history));
  g_assert_false (wp_history_undo (history));
}

/* A command built from steps is one undo step too. */
static void
test_push (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  WpDevice *kick = wp_plan_find_device (plan, "kick");
  WpDevice *snare = wp_plan_find_device (plan, "snare");
  WpCable *c1 = wp_plan_find_cable (plan, "c1");
  WpCable *c2 = wp_plan_find_cable (plan, "c2");
  WpCommand *command = wp_command_new ("Swap kick and snare", 0);

  wp_command_move_device (command, kick, wp_device_get_x (snare), wp_device_get_y (snare));
  wp_command_move_device (command, snare, wp_device_get_x (kick), wp_device_get_y (kick));
  wp_command_set_cable_length (command, c1, 3);
  wp_command_remove_cable (command, c2);
  wp_command_insert_cable (command, c2, 0);
  wp_history_push (history, command);
  g_assert_cmpfloat (wp_device_get_y (kick), ==, 180);
  g_assert_cmpfloat (wp_device_get_y (snare), ==, 60);
  g_assert_cmpfloat (wp_cable_get_length_m (c1), ==, 3);
  g_assert_true (wp_plan_get_cable (plan, 0) == c2);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Swap kick and snare");

  g_assert_true (wp_history_undo (history));
  g_assert_cmpfloat (wp_device_get_y (kick), ==, 60);
  g_assert_cmpfloat (wp_device_get_y (snare), ==, 180);
  g_assert_cmpfloat (wp_cable_get_length_m (c1), ==, 8);
  g_assert_true (wp_plan_get_cable (plan, 1) == c2);
  g_assert_false (wp_history_get_can_undo (history));
}

static void
drag (WpHistory *history,
      WpDevice **devices,
      guint      n_devices,
      guint      merge_id,
      double     dx)
{
  g_autofree double *positions = g_new (double, 2 * n_devices);

  for (guint i = 0; i < n_devices; i++)
    {
      positions[2 * i] = wp_device_get_x (devices[i]) + dx;
      positions[2 * i + 1] = wp_device_get_y (devices[i]) + dx;
    }
  wp_history_move_devices (history, devices, positions, NULL, n_devices, merge_id);
}

static guint
count_undo_steps (WpHistory *history)
{
  guint n = 0;

  while (wp_history_undo (history))
    n++;
  for (guint i = 0; i < n; i++)
    wp_history_redo (history);
  return n;
}

/* The moves of one drag make one step; another drag or a save starts a new one. */
static void
test_drag_merge (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autofree char *before = wp_plan_to_data (plan, NULL);
  g_autofree char *undone = NULL;
  WpDevice *drums[] = { wp_plan_find_device (plan, "kick"), wp_plan_find_device (plan, "snare"), wp_plan_find_device (plan, "ohl") };
  guint merge_id = wp_history_next_merge_id (history);

  for (guint i = 0; i < 40; i++)
    drag (history, drums, 3, merge_id, 2.5);
  g_assert_cmpfloat (wp_device_get_x (drums[0]), ==, 180);
  g_assert_cmpuint (count_undo_steps (history), ==, 1);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Move 3 devices");

  /* Another set of devices, another drag, no merge id: separate steps. */
  drag (history, drums, 2, merge_id, 1);
  merge_id = wp_history_next_merge_id (history);
  drag (history, drums, 3, merge_id, 1);
  drag (history, drums, 3, 0, 1);
  drag (history, drums, 3, 0, 1);
  g_assert_cmpuint (count_undo_steps (history), ==, 5);

  /* A drag inside a group merges there, and the group is one step. */
  merge_id = wp_history_next_merge_id (history);
  wp_history_begin_group (history, "Move into FOH");
  for (guint i = 0; i < 10; i++)
    drag (history, drums, 3, merge_id, 10);
  for (guint i = 0; i < 3; i++)
    wp_history_set_device_zone (history, drums[i], "foh");
  wp_history_end_group (history);
  g_assert_cmpuint (count_undo_steps (history), ==, 6);

  /* A save in the middle of a drag keeps the saved state reachable. */
  merge_id = wp_history_next_merge_id (history);
  drag (history, drums, 3, merge_id, 1);
  wp_history_mark_saved (history);
  drag (history, drums, 3, merge_id, 1);
  drag (history, drums, 3, merge_id, 1);
  g_assert_cmpuint (count_undo_steps (history), ==, 8);
  g_assert_true (wp_history_undo (history));
  g_assert_false (wp_history_get_modified (history));

  /* A drag that ends where it began leaves no step. */
  merge_id = wp_history_next_merge_id (history);
  drag (history, drums, 3, merge_id, 50);
  drag (history, drums, 3, merge_id, -50);
  g_assert_false (wp_history_get_can_redo (history));
  g_assert_false (wp_history_get_modified (history));
  g_assert_cmpuint (count_undo_steps (history), ==, 7);

  while (wp_history_undo (history))
    ;
  undone = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (undone, ==, before);
}

/* Dragging a zone moves its devices, all in one step. */
static void
test_zone_drag (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autofree char *before = wp_plan_to_data (plan, NULL);
  g_autofree char *undone = NULL;
  WpZone *amps = wp_plan_find_zone (plan, "amps");
  guint merge_id = wp_history_next_merge_id (history);

  for (guint i = 1; i <= 20; i++)
    wp_history_move_zone (history, amps, 3.0 * i, 1080 + 2.0 * i, merge_id);
  g_assert_cmpfloat (wp_device_get_x (wp_plan_find_device (plan, "amp1")), ==, 160);
  g_assert_cmpfloat (wp_device_get_y (wp_plan_find_device (plan, "subr")), ==, 1460);
  g_assert_cmpuint (count_undo_steps (history), ==, 1);
  g_assert_true (wp_history_undo (history));
  undone = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (undone, ==, before);
}

/* Moves @device to (@x, @y) and into the zone there, as a drag does. */
static void
drag_to (WpHistory *history,
         WpDevice  *device,
         double     x,
         double     y,
         guint      merge_id)
{
  WpZone *zone = wp_plan_find_zone_at (wp_history_get_plan (history), x, y);
  const char *zone_id = zone != NULL ? wp_zone_get_id (zone) : NULL;
  const double position[] = { x, y };

  wp_history_move_devices (history, &device, position, &zone_id, 1, merge_id);
}

/* A device dragged from zone to zone, through none, is one step however its zone
 * changed on the way; undo puts it back where it stood and in its zone. */
static void
test_drag_across_zones (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autofree char *before = wp_plan_to_data (plan, NULL);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *back = NULL;
  WpDevice *kick = wp_plan_find_device (plan, "kick");
  guint merge_id = wp_history_next_merge_id (history);

  for (guint i = 1; i <= 20; i++)
    {
      drag_to (history, kick, 80 + 100.0 * i, 60, merge_id);
      if (i == 15)
        g_assert_null (wp_device_get_zone (kick));
    }
  g_assert_cmpstr (wp_device_get_zone (kick), ==, "foh");
  g_assert_cmpuint (count_undo_steps (history), ==, 1);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Move “Kick”");
  after = wp_plan_to_data (plan, NULL);

  g_assert_true (wp_history_undo (history));
  g_assert_cmpfloat (wp_device_get_x (kick), ==, 80);
  g_assert_cmpstr (wp_device_get_zone (kick), ==, "stage");
  undone = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (wp_history_redo (history));
  redone = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (redone, ==, after);

  /* Out of the zone and back to where it began: no step at all. */
  g_assert_true (wp_history_undo (history));
  merge_id = wp_history_next_merge_id (history);
  drag_to (history, kick, 1550, 60, merge_id);
  g_assert_null (wp_device_get_zone (kick));
  drag_to (history, kick, 80, 60, merge_id);
  g_assert_false (wp_history_get_can_undo (history));
  back = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (back, ==, before);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* "modified" follows the saved mark through undo, redo and new edits, and
 * says so only when it changes. */
static void
test_modified (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  guint notified = 0;

  g_signal_connect (history, "notify::modified", G_CALLBACK (count_notify), &notified);
  g_assert_false (wp_history_get_modified (history));
  wp_history_set_meta (history, WP_META_TITLE, "One");
  wp_history_set_meta (history, WP_META_TITLE, "Two");
  g_assert_true (wp_history_get_modified (history));
  g_assert_cmpuint (notified, ==, 1);

  wp_history_mark_saved (history);                     /* saved at "Two" */
  g_assert_false (wp_history_get_modified (history));
  g_assert_cmpuint (notified, ==, 2);
  wp_history_mark_saved (history);
  g_assert_cmpuint (notified, ==, 2);

  wp_history_undo (history);
  g_assert_true (wp_history_get_modified (history));
  wp_history_undo (history);
  g_assert_true (wp_history_get_modified (history));
  g_assert_cmpuint (notified, ==, 3);
  wp_history_redo (history);
  wp_history_redo (history);
  g_assert_false (wp_history_get_modified (history));
  g_assert_cmpuint (notified, ==, 4);

  /* A new edit after undoing past the mark loses the saved state for good. */
  wp_history_undo (history);
  wp_history_set_meta (history, WP_META_TITLE, "Three");
  g_assert_true (wp_history_get_modified (history));
  wp_history_undo (history);
  g_assert_true (wp_history_get_modified (history));
  wp_history_undo (history);
  g_assert_true (wp_history_get_modified (history));
  g_assert_cmpuint (notified, ==, 5);

  /* Nor does a no-op edit count. */
  wp_history_mark_saved (history);
  wp_history_set_meta (history, WP_META_TITLE, wp_plan_get_meta (plan, WP_META_TITLE));
  g_assert_false (wp_history_get_modified (history));
  g_assert_true (wp_history_get_can_redo (history));
}

/* A new edit after undo drops the steps that could have been redone. */
static void
test_redo_dropped (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  guint can_redo_notified = 0;
  guint label_notified = 0;

  g_signal_connect (history, "notify::can-redo", G_CALLBACK (count_notify), &can_redo_notified);
  g_signal_connect (history, "notify::undo-label", G_CALLBACK (count_notify), &label_notified);
  wp_history_set_cable_length (history, wp_plan_find_cable (plan, "c1"), 9);
  wp_history_set_cable_length (history, wp_plan_find_cable (plan, "c1"), 11);
  g_assert_cmpuint (label_notified, ==, 1);
  wp_history_set_meta (history, WP_META_DATE, "2026-12-01");
  g_assert_cmpuint (label_notified, ==, 2);
  wp_history_undo (history);
  wp_history_undo (history);
  g_assert_cmpstr (wp_history_get_redo_label (history), ==, "Change the length of cable MIC-01");
  g_assert_cmpuint (can_redo_notified, ==, 1);

  wp_history_set_meta (history, WP_META_AUTHOR, "Sam");
  g_assert_false (wp_history_get_can_redo (history));
  g_assert_null (wp_history_get_redo_label (history));
  g_assert_false (wp_history_redo (history));
  g_assert_cmpuint (can_redo_notified, ==, 2);
  g_assert_cmpfloat (wp_cable_get_length_m (wp_plan_find_cable (plan, "c1")), ==, 9);
  g_assert_cmpuint (count_undo_steps (history), ==, 2);
}

/* Undo of removing a device puts back the very cable objects at their indexes,
 * and says so through ::changed, the device first. */
static void
test_remove_restores_cables (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();
  g_autoptr(GArray) changes = NULL;
  WpDevice *removed[] = { wp_plan_find_device (plan, "snake"), wp_plan_find_device (plan, "amp2") };
  guint n_cables = wp_plan_get_n_cables (plan);

  for (guint i = 0; i < n_cables; i++)
    g_ptr_array_add (cables, wp_plan_get_cable (plan, i));
  wp_history_remove_devices (history, removed, 2);
  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, n_cables - 33);

  changes = wp_test_record_changes (plan);
  wp_history_undo (history);
  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, n_cables);
  for (guint i = 0; i < n_cables; i++)
    g_assert_true (wp_plan_get_cable (plan, i) == g_ptr_array_index (cables, i));
  g_assert_true (wp_plan_get_device (plan, 15) == removed[0]);
  g_assert_cmpuint (changes->len, ==, 2 + 33);
  g_assert_cmpint (g_array_index (changes, WpChangeKind, 0), ==, WP_CHANGE_DEVICE_ADDED);
  g_assert_cmpint (g_array_index (changes, WpChangeKind, changes->len - 1), ==, WP_CHANGE_CABLE_ADDED);

  g_array_set_size (changes, 0);
  wp_history_redo (history);
  g_assert_cmpuint (changes->len, ==, 2 + 33);
  g_assert_cmpint (g_array_index (changes, WpChangeKind, changes->len - 1), ==, WP_CHANGE_DEVICE_REMOVED);
}

/* With a limit, the oldest steps drop off, and a saved mark with them. */
static void
test_limit (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  WpCable *c1 = wp_plan_find_cable (plan, "c1");

  wp_history_set_limit (history, 3);
  wp_history_set_cable_length (history, c1, 1);
  wp_history_mark_saved (history);
  for (guint i = 2; i <= 5; i++)
    wp_history_set_cable_length (history, c1, i);
  g_assert_cmpuint (count_undo_steps (history), ==, 3);
  while (wp_history_undo (history))
    g_assert_true (wp_history_get_modified (history));
  g_assert_cmpfloat (wp_cable_get_length_m (c1), ==, 2);

  wp_history_redo (history);
  wp_history_redo (history);
  wp_history_mark_saved (history);
  wp_history_set_limit (history, 1);
  g_assert_cmpuint (count_undo_steps (history), ==, 1);
  g_assert_false (wp_history_get_modified (history));
  g_assert_true (wp_history_redo (history));
}

/* A plan restored from a recovery copy counts as modified until saved. */
static void
test_mark_unsaved (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("home-studio.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);

  g_assert_false (wp_history_get_modified (history));
  wp_history_mark_unsaved (history);
  g_assert_true (wp_history_get_modified (history));
  g_assert_false (wp_history_get_can_undo (history));
  wp_history_mark_saved (history);
  g_assert_false (wp_history_get_modified (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/group", test_group);
  g_test_add_func ("/history/push", test_push);
  g_test_add_func ("/history/drag-merge", test_drag_merge);
  g_test_add_func ("/history/zone-drag", test_zone_drag);
  g_test_add_func ("/history/drag-across-zones", test_drag_across_zones);
  g_test_add_func ("/history/modified", test_modified);
  g_test_add_func ("/history/mark-unsaved", test_mark_unsaved);
  g_test_add_func ("/history/redo-dropped", test_redo_dropped);
  g_test_add_func ("/history/remove-restores-cables", test_remove_restores_cables);
  g_test_add_func ("/history/limit", test_limit);
  return g_test_run ();
}
