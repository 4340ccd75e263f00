/* test-cli-diff.c: wireplan diff reports exactly a scripted change; format keeps
 * unrelated lines when one device moves */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "wp-json.h"
#include "wp-plan-io.h"
#include "wp-test-util.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = wp_test_make_temp_dir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  wp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
save_plan (Fixture    *fixture,
           WpPlan     *plan,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (wp_plan_save (plan, path, &error));
  g_assert_no_error (error);
  return path;
}

static const char *
get_string (json_object *object,
            const char  *key)
{
  json_object *value = NULL;

  return json_object_object_get_ex (object, key, &value) ? json_object_get_string (value) : "-";
}

/* The edits a band makes to a plan, each through the model, and what diff must say. */
static const char * const expected[] = {
  "changed meta - - revision",
  "changed device kick - x",
  "changed device vox1 - name",
  "changed port snake in1 name",
  "removed cable c3 - -",
  "added device kick2 - -",
  "added cable c99 - -",
};

static void
script_change (WpPlan *plan)
{
  WpDevice *kick = wp_plan_find_device (plan, "kick");
  WpDevice *snake = wp_plan_find_device (plan, "snake");
  WpCable *c3 = wp_plan_find_cable (plan, "c3");
  g_autoptr(WpDevice) kick2 = wp_device_copy (kick);
  g_autoptr(WpCable) c99 = wp_cable_copy (c3);
  g_autoptr(WpPort) port = NULL;
  guint index;

  g_assert_nonnull (wp_device_find_port (snake, "in1", &index));
  port = wp_port_copy (wp_device_get_port (snake, index));
  g_free (port->name);
  port->name = g_strdup ("Kick in");

  wp_plan_set_meta (plan, WP_META_REVISION, "C");
  wp_plan_move_device (plan, kick, wp_device_get_x (kick) + 40, wp_device_get_y (kick));
  wp_plan_set_device_text (plan, wp_plan_find_device (plan, "vox1"), "Lead vocal",
                           wp_device_get_notes (wp_plan_find_device (plan, "vox1")));
  wp_plan_replace_port (plan, snake, index, g_steal_pointer (&port));
  wp_plan_remove_cable (plan, c3);
  wp_device_set_id (kick2, "kick2");
  wp_plan_insert_device (plan, g_steal_pointer (&kick2), -1);
  wp_cable_set_id (c99, "c99");
  g_assert_true (wp_plan_insert_cable (plan, g_steal_pointer (&c99), -1));
}

static void
test_diff_scripted (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autofree char *old_path = save_plan (fixture, plan, "old.wireplan");
  g_autofree char *new_path = NULL;
  g_autofree char *out = NULL, *text = NULL;
  g_autoptr(json_object) report = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = NULL;
  json_object *changes;

  script_change (plan);
  new_path = save_plan (fixture, plan, "new.wireplan");

  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "diff", "--json", old_path, new_path, NULL },
                                         &out, NULL), ==, 1);
  report = json_tokener_parse (out);
  g_assert_nonnull (report);
  g_assert_false (json_object_get_boolean (json_object_object_get (report, "equal")));
  changes = json_object_object_get (report, "changes");
  for (size_t i = 0; i < json_object_array_length (changes); i++)
    {
      json_object *change = json_object_array_get_idx (changes, i);

      g_ptr_array_add (found, g_strdup_printf ("%s %s %s %s %s", get_string (change, "change"),
                                               get_string (change, "kind"), get_string (change, "id"),
                                               get_string (change, "port"), get_string (change, "field")));
    }
  for (guint i = 0; i < found->len; i++)
    g_test_message ("reported: %s", (char *) found->pdata[i]);
  g_assert_cmpuint (found->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (found, expected[i], g_str_equal, NULL));

  /* Before and after values of the move. */
  for (size_t i = 0; i < json_object_array_length (changes); i++)
    {
      json_object *change = json_object_array_get_idx (changes, i);

      if (g_strcmp0 (get_string (change, "id"), "kick") == 0)
        g_assert_cmpint (json_object_get_int (json_object_object_get (change, "after"))
                         - json_object_get_int (json_object_object_get (change, "before")), ==, 40);
    }

  /* The text form has one line per change. */
  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "diff", old_path, new_path, NULL },
                                         &text, NULL), ==, 1);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines) - 1, ==, G_N_ELEMENTS (expected));
}

static void
test_diff_status (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("home-studio.wireplan");
  g_autofree char *path = save_plan (fixture, plan, "a.wireplan");
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.wireplan", NULL);
  g_autofree char *out = NULL, *json = NULL;
  g_autoptr(json_object) report = NULL;

  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "diff", path, path, NULL }, &out, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "diff", "--json", path, path, NULL },
                                         &json, NULL), ==, 0);
  report = json_tokener_parse (json);
  g_assert_true (json_object_get_boolean (json_object_object_get (report, "equal")));
  g_assert_cmpuint (json_object_array_length (json_object_object_get (report, "changes")), ==, 0);

  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "diff", path, missing, NULL }, NULL, NULL), ==, 2);
  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "diff", missing, path, NULL }, NULL, NULL), ==, 2);
  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "diff", path, NULL }, NULL, NULL), ==, 2);
}

/* Moving one device changes its x and y lines and nothing else, so that two
 * people's edits of other devices merge in git without conflicts. */
static void
test_format_stable (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autofree char *before_path = save_plan (fixture, plan, "before.wireplan");
  g_autofree char *after_path = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_auto(GStrv) old_lines = NULL;
  g_auto(GStrv) new_lines = NULL;
  WpDevice *device = wp_plan_find_device (plan, "gtramp");
  guint n_changed = 0, id_line = 0;

  wp_plan_move_device (plan, device, wp_device_get_x (device) + 130, wp_device_get_y (device) - 20);
  after_path = save_plan (fixture, plan, "after.wireplan");
  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "format", before_path, "-o", "-", NULL },
                                         &before, NULL), ==, 0);
  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "format", after_path, "-o", "-", NULL },
                                         &after, NULL), ==, 0);
  old_lines = g_strsplit (before, "\n", -1);
  new_lines = g_strsplit (after, "\n", -1);
  g_assert_cmpuint (g_strv_length (old_lines), ==, g_strv_length (new_lines));
  for (guint i = 0; old_lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (g_strdup (new_lines[i]));

      if (strstr (old_lines[i], "\"id\": \"gtramp\"") != NULL)
        id_line = i;
      if (g_strcmp0 (old_lines[i], new_lines[i]) != 0)
        {
          n_changed++;
          g_assert_true (g_str_has_prefix (line, "\"x\": ") || g_str_has_prefix (line, "\"y\": "));
          /* In the moved device's own block, right after its id, model and name. */
          g_assert_cmpuint (id_line, >, 0);
          g_assert_cmpuint (i - id_line, <=, 4);
        }
      g_free ((char *) line);
    }
  g_assert_cmpuint (n_changed, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/diff/scripted", test_diff_scripted);
  ADD ("/cli/diff/status", test_diff_status);
  ADD ("/cli/format/stable", test_format_stable);
#undef ADD

  return g_test_run ();
}
