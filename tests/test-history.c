/* test-history.c: undo and redo of every edit, byte for byte in the canonical text */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-history.h"
#include "wp-json.h"
#include "wp-plan-io.h"
#include "wp-test-util.h"

static WpDevice *
device (WpPlan     *plan,
        const char *id)
{
  WpDevice *found = wp_plan_find_device (plan, id);

  g_assert_nonnull (found);
  return found;
}

static WpCable *
cable (WpPlan     *plan,
       const char *id)
{
  WpCable *found = wp_plan_find_cable (plan, id);

  g_assert_nonnull (found);
  return found;
}

static WpZone *
zone (WpPlan     *plan,
      const char *id)
{
  WpZone *found = wp_plan_find_zone (plan, id);

  g_assert_nonnull (found);
  return found;
}

/* A copy of the device @id as a new device @new_id. */
static WpDevice *
copy_device (WpPlan     *plan,
             const char *id,
             const char *new_id)
{
  WpDevice *copy = wp_device_copy (device (plan, id));

  wp_device_set_id (copy, new_id);
  return copy;
}

/* Replaces port @port_id of device @id by a copy with @change made. */
static void
switch_port (WpHistory  *history,
             WpPlan     *plan,
             const char *id,
             const char *port_id,
             void      (*change) (WpPort *port))
{
  WpDevice *owner = device (plan, id);
  guint index;
  g_autoptr(WpPort) port = wp_port_copy (wp_device_find_port (owner, port_id, &index));

  change (port);
  wp_history_replace_port (history, owner, index, port);
  g_assert_true (wp_port_equal (wp_device_get_port (owner, index), port));
}

/* The edits, one per kind of command. */

static void
add_device (WpHistory *history,
            WpPlan    *plan)
{
  g_autoptr(WpDevice) copy = copy_device (plan, "vox1", "vox4");

  wp_device_set_name (copy, "Vox 4");
  wp_history_add_device (history, copy, 3);
  g_assert_true (wp_plan_get_device (plan, 3) == copy);
}

static void
remove_device (WpHistory *history,
               WpPlan    *plan)
{
  WpDevice *snake = device (plan, "snake");

  wp_history_remove_devices (history, &snake, 1);
}

static void
remove_devices (WpHistory *history,
                WpPlan    *plan)
{
  WpDevice *devices[] = { device (plan, "kick"), device (plan, "snake"), device (plan, "w2") };

  wp_history_remove_devices (history, devices, G_N_ELEMENTS (devices));
}

static void
move_device (WpHistory *history,
             WpPlan    *plan)
{
  WpDevice *kick = device (plan, "kick");
  const double position[] = { 512.5, 70 };

  wp_history_move_devices (history, &kick, position, NULL, 1, 0);
}

static void
move_devices (WpHistory *history,
              WpPlan    *plan)
{
  WpDevice *devices[] = { device (plan, "ohl"), device (plan, "ohr"), device (plan, "snare") };
  const double positions[] = { 777, 300, 777, 420, 777, 180 };

  wp_history_move_devices (history, devices, positions, NULL, 3, wp_history_next_merge_id (history));
}

static void
device_text (WpHistory *history,
             WpPlan    *plan)
{
  wp_history_set_device_text (history, device (plan, "vox1"), "Lead vocal", "Beta 58, spare on stand");
}

static void
device_zone (WpHistory *history,
             WpPlan    *plan)
{
  wp_history_set_device_zone (history, device (plan, "kick"), "foh");
}

static void
phantom_on (WpPort *port)
{
  port->phantom_on = WP_FLAG_YES;
}

static void
pad_on (WpPort *port)
{
  port->pad_on = WP_FLAG_YES;
}

static void
bridged (WpPort *port)
{
  port->bridged = WP_FLAG_YES;
}

static void
cv_tap (WpPort *port)
{
  port->cv_tap_w = 7.5;
}

static void
port_phantom (WpHistory *history,
              WpPlan    *plan)
{
  switch_port (history, plan, "desk", "mic1", phantom_on);
}

static void
port_pad (WpHistory *history,
          WpPlan    *plan)
{
  switch_port (history, plan, "bassdi", "in", pad_on);
}

static void
port_bridged (WpHistory *history,
              WpPlan    *plan)
{
  switch_port (history, plan, "amp1", "out-a", bridged);
}

static void
port_cv_tap (WpHistory *history,
             WpPlan    *plan)
{
  switch_port (history, plan, "w3", "in", cv_tap);
}

static void
add_cable (WpHistory *history,
           WpPlan    *plan)
{
  g_autoptr(WpCable) added = wp_cable_new ("c99", "keys", "phones", "desk", "mic12");

  wp_cable_set_label (added, "MIC-12");
  wp_history_add_cable (history, added, 5);
  g_assert_true (wp_plan_get_cable (plan, 5) == added);
}

static void
remove_cable (WpHistory *history,
              WpPlan    *plan)
{
  WpCable *c5 = cable (plan, "c5");

  wp_history_remove_cables (history, &c5, 1);
}

static void
remove_cables (WpHistory *history,
               WpPlan    *plan)
{
  WpCable *cables[] = { cable (plan, "c30"), cable (plan, "c2"), cable (plan, "c43") };

  wp_history_remove_cables (history, cables, G_N_ELEMENTS (cables));
}

static void
reconnect_to (WpHistory *history,
              WpPlan    *plan)
{
  wp_history_reconnect_cable (history, cable (plan, "c9"), TRUE, "snake", "in12");
  g_assert_true (wp_plan_get_cable (plan, 8) == wp_plan_find_cable (plan, "c9"));
}

static void
reconnect_from (WpHistory *history,
                WpPlan    *plan)
{
  wp_history_reconnect_cable (history, cable (plan, "c23"), FALSE, "guitar", "out");
}

static void
cable_text (WpHistory *history,
            WpPlan    *plan)
{
  wp_history_set_cable_text (history, cable (plan, "c1"), "KICK-IN", "red", "via the sub snake");
}

static void
cable_length (WpHistory *history,
              WpPlan    *plan)
{
  wp_history_set_cable_length (history, cable (plan, "c1"), 12.5);
}

static void
cable_no_length (WpHistory *history,
                 WpPlan    *plan)
{
  wp_history_set_cable_length (history, cable (plan, "c1"), NAN);
}

static void
setup_waivers (WpPlan *plan)
{
  g_autoptr(json_object) extra = json_tokener_parse ("{ \"by\": \"alex\" }");
  WpWaiver first = { (char *) "phantom-missing", (char *) "battery", extra };
  WpWaiver second = { (char *) "length-limit", (char *) "measured", NULL };

  wp_plan_insert_waiver (plan, cable (plan, "c3"), &first, -1);
  wp_plan_insert_waiver (plan, cable (plan, "c3"), &second, -1);
}

static void
waive (WpHistory *history,
       WpPlan    *plan)
{
  wp_history_waive (history, cable (plan, "c3"), "input-to-input", "a split");
  g_assert_cmpstr (wp_cable_get_waiver (cable (plan, "c3"), 2)->rule, ==, "input-to-input");
}

static void
waive_again (WpHistory *history,
             WpPlan    *plan)
{
  wp_history_waive (history, cable (plan, "c3"), "phantom-missing", "battery, checked");
  g_assert_cmpstr (wp_cable_get_waiver (cable (plan, "c3"), 0)->note, ==, "battery, checked");
}

static void
unwaive (WpHistory *history,
         WpPlan    *plan)
{
  wp_history_unwaive (history, cable (plan, "c3"), "phantom-missing");
}

static void
add_zone (WpHistory *history,
          WpPlan    *plan)
{
  g_autoptr(WpZone) monitor = wp_zone_new ("mon", "Monitor world", 1600, 1080, 800, 700);

  wp_history_add_zone (history, monitor, 1);
}

static void
remove_zone (WpHistory *history,
             WpPlan    *plan)
{
  wp_history_remove_zone (history, zone (plan, "foh"));
}

static void
rename_zone (WpHistory *history,
             WpPlan    *plan)
{
  wp_history_rename_zone (history, zone (plan, "amps"), "Amp world");
}

static void
resize_zone (WpHistory *history,
             WpPlan    *plan)
{
  wp_history_resize_zone (history, zone (plan, "foh"), 1600, 0, 950, 1200, 0);
}

static void
move_zone (WpHistory *history,
           WpPlan    *plan)
{
  wp_history_move_zone (history, zone (plan, "amps"), 20, 1134, 0);
  g_assert_cmpfloat (wp_device_get_x (device (plan, "amp3")), ==, 580);
  g_assert_cmpfloat (wp_device_get_y (device (plan, "amp3")), ==, 1214);
  g_assert_cmpfloat (wp_device_get_x (device (plan, "kick")), ==, 80);
}

static void
meta (WpHistory *history,
      WpPlan    *plan)
{
  wp_history_set_meta (history, WP_META_REVISION, "C");
}

static void
renumber (WpHistory *history,
          WpPlan    *plan)
{
  WpCable *cables[] = { cable (plan, "c23"), cable (plan, "c24"), cable (plan, "c26") };
  const char *labels[] = { "DI-01", "DI-02", "DI-03" };

  wp_history_relabel_cables (history, cables, labels, G_N_ELEMENTS (cables));
}

static void
paste (WpHistory *history,
       WpPlan    *plan)
{
  g_autoptr(WpDevice) mic = copy_device (plan, "vox3", "vox5");
  g_autoptr(WpDevice) wedge = copy_device (plan, "w3", "w4");
  g_autoptr(WpCable) link = wp_cable_new ("c50", "w3", "link", "w4", "in");
  g_autoptr(WpCable) line = wp_cable_new ("c51", "vox5", "out", "snake", "in13");
  WpDevice *devices[] = { mic, wedge };
  WpCable *cables[] = { link, line };

  wp_history_paste (history, devices, 2, cables, 2);
}

typedef struct {
  const char *name;
  const char *label;                            /* the undo label it makes */
  void      (*setup) (WpPlan *plan);            /* made before the history starts */
  void      (*edit) (WpHistory *history, WpPlan *plan);
  const char *gained;                           /* in the text after, not before */
  const char *lost;                             /* in the text before, not after */
} EditCase;

static const EditCase edit_cases[] = {
  { "add-device", "Add device “Vox 4”", NULL, add_device, "\"id\": \"vox4\"", NULL },
  { "remove-device", "Remove device “Stage box 16x4”", NULL, remove_device, NULL, "\"device\": \"snake\"" },
  { "remove-devices", "Remove 3 devices", NULL, remove_devices, NULL, "\"id\": \"w2\"" },
  { "move-device", "Move “Kick”", NULL, move_device, "\"x\": 512.5", NULL },
  { "move-devices", "Move 3 devices", NULL, move_devices, "\"x\": 777", NULL },
  { "device-text", "Edit device “Vox 1 (lead)”", NULL, device_text, "Beta 58, spare", "Vox 1 (lead)" },
  { "device-zone", "Change the zone of “Kick”", NULL, device_zone, NULL, NULL },
  { "port-phantom", "Change port “Ch 1 mic” of “FOH console”", NULL, port_phantom, NULL, NULL },
  { "port-pad", "Change port “Input” of “Bass DI”", NULL, port_pad, "\"pad_on\": true", NULL },
  { "port-bridged", "Change port “Out A” of “Amp 1: mains”", NULL, port_bridged, NULL, NULL },
  { "port-cv-tap", "Change port “In” of “Wedge 3 (keys)”", NULL, port_cv_tap, "\"cv_tap_w\": 7.5", NULL },
  { "add-cable", "Add cable MIC-12", NULL, add_cable, "\"label\": \"MIC-12\"", NULL },
  { "remove-cable", "Remove cable MIC-05", NULL, remove_cable, NULL, "\"label\": \"MIC-05\"" },
  { "remove-cables", "Remove 3 cables", NULL, remove_cables, NULL, "\"label\": \"RET-03\"" },
  { "reconnect-to", "Reconnect cable MIC-09", NULL, reconnect_to, "\"port\": \"in12\"", "\"port\": \"in9\"" },
  { "reconnect-from", "Reconnect cable INST-01", NULL, reconnect_from, NULL, NULL },
  { "cable-text", "Edit cable MIC-01", NULL, cable_text, "via the sub snake", "\"label\": \"MIC-01\"" },
  { "cable-length", "Change the length of cable MIC-01", NULL, cable_length, "12.5", NULL },
  { "cable-no-length", "Change the length of cable MIC-01", NULL, cable_no_length, NULL, NULL },
  { "waive", "Waive “input-to-input” on cable MIC-03", setup_waivers, waive, "a split", NULL },
  { "waive-again", "Waive “phantom-missing” on cable MIC-03", setup_waivers, waive_again, "battery, checked", NULL },
  { "unwaive", "Stop waiving “phantom-missing” on cable MIC-03", setup_waivers, unwaive, NULL, "\"by\": \"alex\"" },
  { "add-zone", "Add zone “Monitor world”", NULL, add_zone, "Monitor world", NULL },
  { "remove-zone", "Remove zone “FOH”", NULL, remove_zone, NULL, "\"name\": \"FOH\"" },
  { "rename-zone", "Rename zone “Amp rack”", NULL, rename_zone, "Amp world", "Amp rack" },
  { "resize-zone", "Resize zone “FOH”", NULL, resize_zone, "\"w\": 950", NULL },
  { "move-zone", "Move zone “Amp rack”", NULL, move_zone, "\"y\": 1134", NULL },
  { "meta", "Edit plan details", NULL, meta, "\"revision\": \"C\"", NULL },
  { "renumber", "Renumber 3 cables", NULL, renumber, "DI-03", "INST-03" },
  { "paste", "Paste 4 items", NULL, paste, "\"id\": \"c51\"", NULL },
};

static void
assert_contains (const char *text,
                 const char *part,
                 gboolean    expected)
{
  if (part != NULL && (strstr (text, part) != NULL) != expected)
    g_error ("“%s” %s the text", part, expected ? "is missing from" : "is still in");
}

/* Apply changes the text as the case says; undo gives back the text before, byte
 * for byte, redo the text after; each time the plan tells its listeners. */
static void
test_edit (gconstpointer data)
{
  const EditCase *row = data;
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autoptr(WpPlan) reloaded = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;

  if (row->setup != NULL)
    row->setup (plan);
  history = wp_history_new (plan);
  changes = wp_test_record_changes (plan);
  before = wp_plan_to_data (plan, NULL);
  assert_contains (before, row->gained, FALSE);
  assert_contains (before, row->lost, TRUE);

  row->edit (history, plan);
  after = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (before, !=, after);
  assert_contains (after, row->gained, TRUE);
  assert_contains (after, row->lost, FALSE);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, row->label);
  g_assert_true (wp_history_get_modified (history));
  reloaded = wp_plan_load_from_data (after, strlen (after), "after", &error);
  g_assert_no_error (error);
  again = wp_plan_to_data (reloaded, NULL);
  g_assert_cmpstr (again, ==, after);

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      g_array_set_size (changes, 0);
      g_assert_true (wp_history_undo (history));
      undone = wp_plan_to_data (plan, NULL);
      g_assert_cmpstr (undone, ==, before);
      g_assert_cmpuint (changes->len, >, 0);
      g_assert_false (wp_history_get_can_undo (history));
      g_assert_false (wp_history_get_modified (history));
      g_assert_cmpstr (wp_history_get_redo_label (history), ==, row->label);

      g_array_set_size (changes, 0);
      g_assert_true (wp_history_redo (history));
      redone = wp_plan_to_data (plan, NULL);
      g_assert_cmpstr (redone, ==, after);
      g_assert_cmpuint (changes->len, >, 0);
      g_assert_false (wp_history_get_can_redo (history));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/history/edit/", edit_cases[i].name, NULL);
      g_test_add_data_func (path, &edit_cases[i], test_edit);
    }
  return g_test_run ();
}
