/* test-recovery.c: copies of modified plans, and finding those a crash left */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wp-plan-io.h"
#include "wp-recovery.h"
#include "wp-test-util.h"

/* The id of a process that has ended. */
static int
dead_pid (void)
{
  pid_t pid = fork ();

  if (pid == 0)
    _exit (0);
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (waitpid (pid, NULL, 0), ==, pid);
  return pid;
}

/* Renames @recovery's copy (and note) as if a crashed process had written it. */
static char *
abandon (WpRecovery *recovery)
{
  g_autofree char *dir = wp_recovery_get_directory ();
  g_autofree char *stem = g_strdup_printf ("%d-1", dead_pid ());
  g_autofree char *name = g_strconcat (stem, ".wireplan", NULL);
  g_autofree char *note = g_strconcat (stem, ".json", NULL);
  const char *path = wp_recovery_get_path (recovery);
  g_autofree char *old_stem = g_strndup (path, strlen (path) - strlen (".wireplan"));
  g_autofree char *old_note = g_strconcat (old_stem, ".json", NULL);
  char *target = g_build_filename (dir, name, NULL);
  g_autofree char *note_target = g_build_filename (dir, note, NULL);

  g_assert_cmpint (g_rename (path, target), ==, 0);
  g_assert_cmpint (g_rename (old_note, note_target), ==, 0);
  return target;
}

static void
test_write_and_discard (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("home-studio.wireplan");
  g_autoptr(WpRecovery) recovery = wp_recovery_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) copy = NULL;
  g_autoptr(GPtrArray) abandoned = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  g_assert_null (wp_recovery_get_path (recovery));
  g_assert_true (wp_recovery_write (recovery, plan, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (wp_recovery_get_path (recovery), G_FILE_TEST_IS_REGULAR));
  copy = wp_plan_load (wp_recovery_get_path (recovery), &error);
  g_assert_no_error (error);
  expected = wp_plan_to_data (plan, NULL);
  actual = wp_plan_to_data (copy, NULL);
  g_assert_cmpstr (actual, ==, expected);

  /* This process is running: its own copies are not offered. */
  abandoned = wp_recovery_list_abandoned ();
  g_assert_cmpuint (abandoned->len, ==, 0);

  wp_recovery_discard (recovery);
  g_assert_null (wp_recovery_get_path (recovery));
}

static void
test_abandoned (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpRecovery) recovery = wp_recovery_new ();
  g_autoptr(WpRecovery) untitled = wp_recovery_new ();
  g_autoptr(GFile) original = g_file_new_for_path ("/plans/club-gig.wireplan");
  g_autoptr(GPtrArray) abandoned = NULL;
  g_autofree char *crashed = NULL;
  g_autofree char *crashed_untitled = NULL;
  WpRecoveryEntry *entry;

  g_assert_true (wp_recovery_write (recovery, plan, original, NULL));
  crashed = abandon (recovery);
  g_usleep (10000);
  g_assert_true (wp_recovery_write (untitled, plan, NULL, NULL));
  crashed_untitled = abandon (untitled);

  abandoned = wp_recovery_list_abandoned ();
  g_assert_cmpuint (abandoned->len, ==, 2);
  /* Newest first. */
  entry = g_ptr_array_index (abandoned, 0);
  g_assert_cmpstr (entry->path, ==, crashed_untitled);
  g_assert_null (entry->original);
  entry = g_ptr_array_index (abandoned, 1);
  g_assert_cmpstr (entry->path, ==, crashed);
  g_assert_cmpstr (entry->original, ==, "/plans/club-gig.wireplan");
  g_assert_cmpint (entry->saved_time, >, 0);

  wp_recovery_entry_remove (entry);
  g_assert_false (g_file_test (crashed, G_FILE_TEST_EXISTS));
  g_clear_pointer (&abandoned, g_ptr_array_unref);
  abandoned = wp_recovery_list_abandoned ();
  g_assert_cmpuint (abandoned->len, ==, 1);
  wp_recovery_entry_remove (g_ptr_array_index (abandoned, 0));
}

/* Writes @contents as the copy "<dead pid>-<n>.wireplan" and @note as its note
 * (NULL: none); returns the copy's path. */
static char *
plant (guint       n,
       const char *contents,
       const char *note)
{
  g_autofree char *dir = wp_recovery_get_directory ();
  g_autofree char *stem = g_strdup_printf ("%s/%d-%u", dir, dead_pid (), n);
  g_autofree char *note_path = g_strconcat (stem, ".json", NULL);
  char *path = g_strconcat (stem, ".wireplan", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  if (note != NULL)
    g_assert_true (g_file_set_contents (note_path, note, -1, NULL));
  return path;
}

static WpRecoveryEntry *
find_entry (GPtrArray  *entries,
            const char *path)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (((WpRecoveryEntry *) g_ptr_array_index (entries, i))->path, path))
      return g_ptr_array_index (entries, i);
  return NULL;
}

/* Damaged copies and notes are listed as far as they can be trusted, never crash,
 * never block, and a damaged copy fails to load with a message. */
static void
test_corrupt (void)
{
  g_autofree char *dir = wp_recovery_get_directory ();
  g_autofree char *garbage = plant (1, "{\"format\": \"wireplan\", \"vers", "\x01\xff not json");
  g_autofree char *array_note = plant (2, "", "[\"/plans/a.wireplan\", 7]");
  g_autofree char *relative = plant (3, "x", "{\"original\": \"../../etc/passwd\", \"time\": -5}");
  g_autofree char *wrong_types = plant (4, "x", "{\"original\": 7, \"time\": \"now\"}");
  g_autofree char *piped = plant (5, "x", NULL);
  g_autofree char *piped_note = g_strndup (piped, strlen (piped) - strlen ("wireplan"));
  g_autofree char *fifo_note = g_strconcat (piped_note, "json", NULL);
  g_autofree char *folder = g_strdup_printf ("%s/%d-6.wireplan", dir, dead_pid ());
  g_autoptr(GPtrArray) abandoned = NULL;
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  WpRecoveryEntry *entry;

  /* A note that is a pipe with no writer would block a plain read for ever. */
  g_assert_cmpint (mkfifo (fifo_note, 0600), ==, 0);
  /* A folder named like a copy is no copy. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  abandoned = wp_recovery_list_abandoned ();
  g_assert_cmpuint (abandoned->len, ==, 5);
  g_assert_null (find_entry (abandoned, folder));
  for (guint i = 0; i < abandoned->len; i++)
    {
      entry = g_ptr_array_index (abandoned, i);
      g_assert_null (entry->original);
      g_assert_cmpint (entry->saved_time, >, 0);
    }
  g_assert_nonnull (find_entry (abandoned, relative));
  g_assert_nonnull (find_entry (abandoned, wrong_types));

  plan = wp_plan_load (garbage, &error);
  g_assert_null (plan);
  g_assert_error (error, WP_READ_ERROR, WP_READ_ERROR_SYNTAX);
  g_clear_error (&error);
  plan = wp_plan_load (array_note, &error);
  g_assert_null (plan);
  g_assert_nonnull (error);

  for (guint i = 0; i < abandoned->len; i++)
    wp_recovery_entry_remove (g_ptr_array_index (abandoned, i));
  g_assert_false (g_file_test (fifo_note, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/recovery/write-and-discard", test_write_and_discard);
  g_test_add_func ("/recovery/abandoned", test_abandoned);
  g_test_add_func ("/recovery/corrupt", test_corrupt);
  return g_test_run ();
}
