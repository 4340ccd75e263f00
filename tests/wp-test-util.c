/* wp-test-util.c: helpers shared by the tests */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "wp-plan-io.h"
#include "wp-test-util.h"

/* A path below the source root, e.g. ("data", "examples", "club.wireplan", NULL). */
char *
wp_test_fixture_path (const char *first,
                      ...)
{
  const char *root = g_getenv ("WIREPLAN_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (gpointer) root);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

char *
wp_test_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("wireplan-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
wp_test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  g_chmod (path, 0700);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      wp_test_remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

WpPlan *
wp_test_load_string (const char  *text,
                     GError     **error)
{
  return wp_plan_load_from_data (text, strlen (text), "test.wireplan", error);
}

/* One of the plans in data/examples, e.g. "club-gig.wireplan". */
WpPlan *
wp_test_load_example (const char *name)
{
  g_autofree char *path = wp_test_fixture_path ("data", "examples", name, NULL);
  g_autoptr(GError) error = NULL;
  WpPlan *plan = wp_plan_load (path, &error);

  g_assert_no_error (error);
  return plan;
}

static void
record_change (WpPlan             *plan,
               const WpPlanChange *change,
               GArray             *kinds)
{
  g_array_append_val (kinds, change->kind);
}

static void
release_kinds (gpointer  kinds,
               GClosure *closure)
{
  g_array_unref (kinds);
}

/* An array that gets the WpChangeKind of each change @plan tells from now on. */
GArray *
wp_test_record_changes (WpPlan *plan)
{
  GArray *kinds = g_array_new (FALSE, FALSE, sizeof (WpChangeKind));

  g_signal_connect_data (plan, "changed", G_CALLBACK (record_change), g_array_ref (kinds),
                         release_kinds, 0);
  return kinds;
}

/* Runs the built wireplan binary; returns its exit status. */
int
wp_test_run_wireplan (const char * const  *args,
                      char               **standard_output,
                      char               **standard_error)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *binary = g_getenv ("WIREPLAN");
  int status = -1;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  /* Output is always captured so that it never mixes with the test's TAP output. */
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (standard_output != NULL)
    *standard_output = g_steal_pointer (&out);
  if (standard_error != NULL)
    *standard_error = g_steal_pointer (&err);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* How many of two pictures' pixels (4 bytes each, rows STRIDE bytes apart) differ by
 * more than a few steps in a channel: drawing under a clip composites some
 * translucent colours and glyphs with other rounding, which no eye sees, while
 * anything drawn or left out differs by far more. */
guint
wp_test_count_differences (const guint8 *a,
                           const guint8 *b,
                           int           width,
                           int           height,
                           int           stride)
{
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        gboolean differs = FALSE;

        for (int c = 0; c < 4; c++)
          differs |= ABS (a[y * stride + 4 * x + c] - b[y * stride + 4 * x + c]) > 4;
        n += differs;
      }
  return n;
}
