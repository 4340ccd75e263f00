/* test-clip.c: copy, paste and duplicate through the clipboard format */
#include "config.h"

#include <string.h>

#include "wp-clip.h"
#include "wp-history.h"
#include "wp-json.h"
#include "wp-plan-io.h"
#include "wp-test-util.h"

/* A mic into a stage box into a desk, in a zone, with unknown keys at every level. */
static const char plan_text[] =
  "{\"format\": \"wireplan\", \"version\": 1,\n"
  " \"zones\": [{\"id\": \"z1\", \"name\": \"Stage\","
  " \"x\": 0, \"y\": 0, \"w\": 900, \"h\": 600}],\n"
  " \"devices\": [\n"
  "  {\"id\": \"mic\", \"name\": \"Vocal\", \"x\": 100, \"y\": 80, \"zone\": \"z1\","
  " \"x-colour\": \"red\",\n"
  "   \"ports\": [{\"id\": \"out\", \"direction\": \"out\", \"x-pin\": 2}]},\n"
  "  {\"id\": \"box\", \"name\": \"Stage box\", \"x\": 300, \"y\": 50, \"zone\": \"z1\",\n"
  "   \"ports\": [{\"id\": \"in1\", \"direction\": \"in\"},"
  " {\"id\": \"out1\", \"direction\": \"out\"}]},\n"
  "  {\"id\": \"desk\", \"name\": \"Desk\", \"x\": 1200, \"y\": 400,\n"
  "   \"ports\": [{\"id\": \"in1\", \"direction\": \"in\"}]}],\n"
  " \"cables\": [\n"
  "  {\"id\": \"c1\", \"from\": {\"device\": \"mic\", \"port\": \"out\", \"x-end\": true},\n"
  "   \"to\": {\"device\": \"box\", \"port\": \"in1\"}, \"label\": \"MIC-01\", \"length_m\": 5,\n"
  "   \"waived\": [{\"rule\": \"cable-too-long\", \"note\": \"tested\", \"x-by\": \"me\"}],\n"
  "   \"x-tie\": \"blue\"},\n"
  "  {\"id\": \"c2\", \"from\": {\"device\": \"box\", \"port\": \"out1\"},\n"
  "   \"to\": {\"device\": \"desk\", \"port\": \"in1\"}, \"label\": \"LINE-01\"}]}\n";

static WpPlan *
load_plan (void)
{
  g_autoptr(GError) error = NULL;
  WpPlan *plan = wp_test_load_string (plan_text, &error);

  g_assert_no_error (error);
  return plan;
}

static WpPlan *
load_clip (const char *clip)
{
  g_autoptr(GError) error = NULL;
  WpPlan *plan = wp_plan_load_from_data (clip, strlen (clip), "clip", &error);

  g_assert_no_error (error);
  return plan;
}

/* The clip of the mic and the stage box, with both cables handed over. */
static char *
copy_mic_and_box (WpPlan *plan)
{
  WpDevice *devices[] = { wp_plan_find_device (plan, "mic"), wp_plan_find_device (plan, "box") };
  WpCable *cables[] = { wp_plan_find_cable (plan, "c1"), wp_plan_find_cable (plan, "c2") };

  return wp_clip_copy (plan, devices, G_N_ELEMENTS (devices), cables, G_N_ELEMENTS (cables));
}

static gboolean
has_key (json_object *extra,
         const char  *key)
{
  return extra != NULL && json_object_object_get_ex (extra, key, NULL);
}

static void
test_copy (void)
{
  g_autoptr(WpPlan) plan = load_plan ();
  g_autofree char *before = wp_plan_to_data (plan, NULL);
  g_autofree char *clip = copy_mic_and_box (plan);
  g_autofree char *after = wp_plan_to_data (plan, NULL);
  g_autofree char *again = NULL;
  g_autoptr(WpPlan) fragment = load_clip (clip);
  WpDevice *mic;
  WpCable *cable;

  /* The plan is untouched; the clip is a plan file in canonical form. */
  g_assert_cmpstr (after, ==, before);
  again = wp_plan_to_data (fragment, NULL);
  g_assert_cmpstr (again, ==, clip);

  /* Two devices, out of their zone, and only the cable between them. */
  g_assert_cmpuint (wp_plan_get_n_zones (fragment), ==, 0);
  g_assert_cmpuint (wp_plan_get_n_devices (fragment), ==, 2);
  g_assert_cmpuint (wp_plan_get_n_cables (fragment), ==, 1);
  mic = wp_plan_find_device (fragment, "mic");
  g_assert_nonnull (mic);
  g_assert_null (wp_device_get_zone (mic));
  g_assert_null (wp_device_get_zone (wp_plan_find_device (fragment, "box")));
  g_assert_cmpfloat (wp_device_get_x (mic), ==, 100);
  cable = wp_plan_find_cable (fragment, "c1");
  g_assert_nonnull (cable);
  g_assert_cmpstr (wp_cable_get_label (cable), ==, "MIC-01");
  g_assert_null (wp_plan_find_device (fragment, "desk"));
}

static void
test_copy_drops_loose_cables (void)
{
  g_autoptr(WpPlan) plan = load_plan ();
  WpDevice *box = wp_plan_find_device (plan, "box");
  WpCable *c2 = wp_plan_find_cable (plan, "c2");
  g_autofree char *clip = NULL;
  g_autofree char *twice = NULL;
  g_autoptr(WpPlan) fragment = NULL;
  WpDevice *devices[] = { box, box };

  /* A cable without both its devices cannot be pasted, so it is not copied. */
  clip = wp_clip_copy (plan, &box, 1, &c2, 1);
  fragment = load_clip (clip);
  g_assert_cmpuint (wp_plan_get_n_devices (fragment), ==, 1);
  g_assert_cmpuint (wp_plan_get_n_cables (fragment), ==, 0);

  /* A device named twice is copied once. */
  twice = wp_clip_copy (plan, devices, 2, NULL, 0);
  g_assert_cmpstr (twice, ==, clip);
}

/* Every id of @plan's devices and cables, each once. */
static void
assert_unique_ids (WpPlan *plan)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    g_assert_true (g_hash_table_add (seen,
                                     (gpointer) wp_device_get_id (wp_plan_get_device (plan, i))));
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    g_assert_true (g_hash_table_add (seen,
                                     (gpointer) wp_cable_get_id (wp_plan_get_cable (plan, i))));
}

/* Prepares @clip for @plan, checks what a paste must be and pastes it. */
static void
paste (WpHistory  *history,
       const char *clip,
       double      dx,
       double      dy)
{
  WpPlan *plan = wp_history_get_plan (history);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) devices = NULL;
  g_autoptr(GPtrArray) cables = NULL;
  g_autoptr(WpPlan) fragment = load_clip (clip);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_true (wp_clip_paste_prepare (plan, clip, strlen (clip), dx, dy,
                                        &devices, &cables, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (devices->len, ==, wp_plan_get_n_devices (fragment));
  g_assert_cmpuint (cables->len, ==, wp_plan_get_n_cables (fragment));

  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);
      WpDevice *original = wp_plan_get_device (fragment, i);
      const char *id = wp_device_get_id (device);

      /* Fresh among the plan's ids and the other new ones. */
      g_assert_null (wp_plan_find_device (plan, id));
      g_assert_null (wp_plan_find_cable (plan, id));
      g_assert_null (wp_plan_find_zone (plan, id));
      g_assert_true (g_hash_table_add (ids, (gpointer) id));
      g_assert_cmpfloat (wp_device_get_x (device), ==, wp_device_get_x (original) + dx);
      g_assert_cmpfloat (wp_device_get_y (device), ==, wp_device_get_y (original) + dy);
      g_assert_null (wp_device_get_zone (device));
      g_assert_cmpstr (wp_device_get_name (device), ==, wp_device_get_name (original));
    }
  for (guint i = 0; i < cables->len; i++)
    {
      WpCable *cable = g_ptr_array_index (cables, i);
      WpCable *original = wp_plan_get_cable (fragment, i);
      const char *id = wp_cable_get_id (cable);
      guint from, to;

      g_assert_null (wp_plan_find_cable (plan, id));
      g_assert_null (wp_plan_find_device (plan, id));
      g_assert_true (g_hash_table_add (ids, (gpointer) id));

      /* Plugged into the same ports of the new devices. */
      g_assert_true (wp_plan_index_of_device (fragment, wp_plan_find_device (
        fragment, wp_cable_get_from (original)->device), &from));
      g_assert_true (wp_plan_index_of_device (fragment, wp_plan_find_device (
        fragment, wp_cable_get_to (original)->device), &to));
      g_assert_cmpstr (wp_cable_get_from (cable)->device, ==,
                       wp_device_get_id (g_ptr_array_index (devices, from)));
      g_assert_cmpstr (wp_cable_get_to (cable)->device, ==,
                       wp_device_get_id (g_ptr_array_index (devices, to)));
      g_assert_cmpstr (wp_cable_get_from (cable)->port, ==, wp_cable_get_from (original)->port);
      g_assert_cmpstr (wp_cable_get_to (cable)->port, ==, wp_cable_get_to (original)->port);
    }

  wp_history_paste (history, (WpDevice * const *) devices->pdata, devices->len,
                    (WpCable * const *) cables->pdata, cables->len);
  for (guint i = 0; i < devices->len; i++)
    g_assert_true (wp_plan_find_device (plan, wp_device_get_id (g_ptr_array_index (devices, i)))
                   == g_ptr_array_index (devices, i));
  for (guint i = 0; i < cables->len; i++)
    g_assert_true (wp_plan_find_cable (plan, wp_cable_get_id (g_ptr_array_index (cables, i)))
                   == g_ptr_array_index (cables, i));
}

/* The cables of @plan labelled @label. */
static guint
count_label (WpPlan     *plan,
             const char *label)
{
  guint count = 0;

  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    count += g_strcmp0 (wp_cable_get_label (wp_plan_get_cable (plan, i)), label) == 0;
  return count;
}

static void
test_paste_twice (void)
{
  g_autoptr(WpPlan) plan = load_plan ();
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autofree char *clip = copy_mic_and_box (plan);

  /* The label is free once the original is renamed: the first paste keeps it,
   * the second may not repeat it. */
  wp_history_set_cable_text (history, wp_plan_find_cable (plan, "c1"), "MIC-99", NULL, NULL);
  paste (history, clip, 20, 30);
  g_assert_cmpuint (wp_plan_get_n_devices (plan), ==, 5);
  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, 3);
  g_assert_cmpuint (count_label (plan, "MIC-01"), ==, 1);
  paste (history, clip, 40, 60);
  g_assert_cmpuint (wp_plan_get_n_devices (plan), ==, 7);
  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, 4);
  g_assert_cmpuint (count_label (plan, "MIC-01"), ==, 1);
  g_assert_cmpuint (count_label (plan, NULL), ==, 1);
  assert_unique_ids (plan);

  /* Other fields of the second copy are all there. */
  g_assert_cmpfloat (wp_cable_get_length_m (wp_plan_get_cable (plan, 3)), ==, 5);
  g_assert_true (wp_cable_is_waived (wp_plan_get_cable (plan, 3), "cable-too-long"));
}

static void
test_paste_undo (void)
{
  g_autoptr(WpPlan) plan = load_plan ();
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autofree char *clip = copy_mic_and_box (plan);
  g_autofree char *before = wp_plan_to_data (plan, NULL);
  g_autofree char *pasted = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  paste (history, clip, 20, 20);
  pasted = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (pasted, !=, before);

  /* One step, undone and redone byte for byte. */
  g_assert_true (wp_history_undo (history));
  g_assert_false (wp_history_get_can_undo (history));
  undone = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (wp_history_redo (history));
  redone = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (redone, ==, pasted);
}

static void
test_paste_other_plan (void)
{
  g_autoptr(WpPlan) source = load_plan ();
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autoptr(WpDevice) own = wp_device_new ("d1");
  g_autofree char *clip = copy_mic_and_box (source);
  g_autofree char *text = NULL;
  g_autoptr(WpPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  WpDevice *mic;
  WpCable *cable;

  /* Another window's plan, with an id the new devices must not take. */
  wp_history_add_device (history, own, -1);
  paste (history, clip, 0, 0);
  g_assert_cmpuint (wp_plan_get_n_devices (plan), ==, 3);
  assert_unique_ids (plan);

  /* The label is new here, so it stays; unknown keys come along at every level. */
  cable = wp_plan_get_cable (plan, 0);
  g_assert_cmpstr (wp_cable_get_label (cable), ==, "MIC-01");
  g_assert_true (has_key (wp_cable_get_extra (cable), "x-tie"));
  g_assert_true (has_key (wp_cable_get_from (cable)->extra, "x-end"));
  g_assert_true (has_key (wp_cable_get_waiver (cable, 0)->extra, "x-by"));
  mic = wp_plan_get_device (plan, 1);
  g_assert_cmpstr (wp_device_get_name (mic), ==, "Vocal");
  g_assert_true (has_key (wp_device_get_extra (mic), "x-colour"));
  g_assert_true (has_key (wp_device_get_port (mic, 0)->extra, "x-pin"));

  /* And the result is a plan that saves and loads. */
  text = wp_plan_to_data (plan, NULL);
  reloaded = wp_test_load_string (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wp_plan_get_n_cables (reloaded), ==, 1);
}

static void
test_paste_refused (void)
{
  static const struct {
    const char *text;
    int         code;
    const char *words;
  } cases[] = {
    { "Vocal mic, stage left", WP_READ_ERROR_SYNTAX, "not valid JSON" },
    { "", WP_READ_ERROR_SYNTAX, "clipboard" },
    { "{\"format\": \"wireplan\", \"version\": 2, \"devices\": []}",
      WP_READ_ERROR_VERSION, "newer" },
    { "{\"format\": \"wireplan-devices\", \"version\": 1}",
      WP_READ_ERROR_FORMAT, "wireplan-devices" },
    { "{\"format\": \"wireplan\", \"version\": 1, \"devices\": [{\"id\": \"a\"}],"
      " \"cables\": [{\"id\": \"c\", \"from\": {\"device\": \"a\", \"port\": \"p\"},"
      " \"to\": {\"device\": \"b\", \"port\": \"p\"}}]}", WP_READ_ERROR_INVALID, "$.cables[0]" },
  };
  g_autoptr(WpPlan) plan = load_plan ();
  g_autofree char *before = wp_plan_to_data (plan, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      GPtrArray *devices = NULL;
      GPtrArray *cables = NULL;

      g_assert_false (wp_clip_paste_prepare (plan, cases[i].text, strlen (cases[i].text), 0, 0,
                                             &devices, &cables, &error));
      g_assert_error (error, WP_READ_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, "clipboard"));
      g_assert_nonnull (strstr (error->message, cases[i].words));
      g_assert_null (devices);
      g_assert_null (cables);
      after = wp_plan_to_data (plan, NULL);
      g_assert_cmpstr (after, ==, before);
    }
}

static void
test_origin (void)
{
  g_autoptr(WpPlan) plan = load_plan ();
  g_autofree char *clip = copy_mic_and_box (plan);
  g_autoptr(GPtrArray) devices = NULL;
  g_autoptr(GPtrArray) cables = NULL;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  double x, y;

  g_assert_true (wp_clip_paste_prepare (plan, clip, strlen (clip), 5, 7, &devices, &cables, NULL));
  wp_clip_get_origin (devices, &x, &y);
  g_assert_cmpfloat (x, ==, 105);
  g_assert_cmpfloat (y, ==, 57);
  wp_clip_get_origin (none, &x, &y);
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clip/copy", test_copy);
  g_test_add_func ("/clip/copy-drops-loose-cables", test_copy_drops_loose_cables);
  g_test_add_func ("/clip/paste-twice", test_paste_twice);
  g_test_add_func ("/clip/paste-undo", test_paste_undo);
  g_test_add_func ("/clip/paste-other-plan", test_paste_other_plan);
  g_test_add_func ("/clip/paste-refused", test_paste_refused);
  g_test_add_func ("/clip/origin", test_origin);

  return g_test_run ();
}
