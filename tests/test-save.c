/* test-save.c: saving is atomic: the old file is whole whatever fails */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "wp-plan-io.h"
#include "wp-test-util.h"

#define OLD_CONTENTS "previous contents\n"

static WpPlan *
make_plan (void)
{
  WpPlan *plan = wp_plan_new ();

  wp_plan_set_meta (plan, WP_META_TITLE, "A plan larger than the limits set below");
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *id = g_strdup_printf ("d%u", i);
      g_autoptr(WpDevice) device = wp_device_new (id);
      wp_device_add_port (device, wp_port_new ("out"));
      wp_plan_insert_device (plan, device, -1);
    }
  return plan;
}

/* Only the target file is in the folder: no temporary file was left behind. */
static void
assert_untouched (const char *dir,
                  const char *path)
{
  g_autofree char *contents = NULL;
  GDir *listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, OLD_CONTENTS);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_dir_close (listing);
  g_assert_cmpuint (n, ==, 1);
}

static void
test_save_and_replace (void)
{
  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.wireplan", NULL);
  g_autoptr(WpPlan) plan = make_plan ();
  g_autoptr(WpPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = wp_plan_to_data (plan, NULL);
  g_autofree char *contents = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (path, OLD_CONTENTS, -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (wp_plan_save (plan, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  loaded = wp_plan_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wp_plan_get_n_devices (loaded), ==, 50);
  wp_test_remove_tree (dir);
}

/* Saving through a symbolic link replaces the file it points at. */
static void
test_save_through_link (void)
{
  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "real.wireplan", NULL);
  g_autofree char *link = g_build_filename (dir, "link.wireplan", NULL);
  g_autoptr(WpPlan) plan = make_plan ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, OLD_CONTENTS, -1, NULL));
  g_assert_cmpint (symlink ("real.wireplan", link), ==, 0);
  g_assert_true (wp_plan_save (plan, link, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  wp_test_remove_tree (dir);
}

static void
run_in_child (void)
{
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The folder comes from the environment so that the child sees the parent's. */
static void
child_save_must_fail (void)
{
  const char *path = g_getenv ("WIREPLAN_TEST_TARGET");
  g_autoptr(WpPlan) plan = make_plan ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (path);
  g_assert_false (wp_plan_save (plan, path, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "plan.wireplan"));
}

static void
test_read_only_directory_child (void)
{
  /* Root ignores permissions, so the child gives up root first. */
  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
  child_save_must_fail ();
}

static void
test_read_only_directory (void)
{
  if (g_test_subprocess ())
    {
      test_read_only_directory_child ();
      return;
    }

  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.wireplan", NULL);

  g_assert_true (g_file_set_contents (path, OLD_CONTENTS, -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_setenv ("WIREPLAN_TEST_TARGET", path, TRUE);
  run_in_child ();
  assert_untouched (dir, path);
  wp_test_remove_tree (dir);
}

/* A file size limit makes write() fail with EFBIG part-way, as a full disk does. */
static void
test_disk_full_child (void)
{
  struct rlimit limit = { 256, 256 };

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  child_save_must_fail ();
}

static void
test_disk_full (void)
{
  if (g_test_subprocess ())
    {
      test_disk_full_child ();
      return;
    }

  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.wireplan", NULL);

  g_assert_true (g_file_set_contents (path, OLD_CONTENTS, -1, NULL));
  g_setenv ("WIREPLAN_TEST_TARGET", path, TRUE);
  run_in_child ();
  assert_untouched (dir, path);
  wp_test_remove_tree (dir);
}

/* The contents of the file at @path: only ever the whole old or the whole new text. */
static gboolean
is_old_or_new (const char *path,
               const char *new_contents,
               gsize       new_length)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  if (length == new_length && memcmp (contents, new_contents, length) == 0)
    return FALSE;
  g_assert_cmpstr (contents, ==, OLD_CONTENTS);
  return TRUE;
}

/* Killed by the kernel in the middle of write(): the file size limit with SIGXFSZ
 * left to its default action ends the process there, as a crash would. */
static void
test_killed_in_write (void)
{
  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.wireplan", NULL);
  g_autoptr(WpPlan) plan = make_plan ();
  g_autoptr(GError) error = NULL;
  int status;
  pid_t pid;

  g_assert_true (g_file_set_contents (path, OLD_CONTENTS, -1, NULL));
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      struct rlimit limit = { 256, 256 };

      signal (SIGXFSZ, SIG_DFL);
      setrlimit (RLIMIT_FSIZE, &limit);
      wp_plan_save (plan, path, NULL);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGXFSZ);
  g_assert_true (is_old_or_new (path, "", 0));

  /* The next save replaces the file all the same. */
  g_assert_true (wp_plan_save (plan, path, &error));
  g_assert_no_error (error);
  wp_test_remove_tree (dir);
}

/* SIGKILL at many moments of a large save: the file is always the whole old or the
 * whole new text, never a mixture or a part. */
static void
test_killed_any_time (void)
{
  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.wireplan", NULL);
  gsize length = 16 * 1024 * 1024;
  g_autofree char *contents = g_malloc (length);
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  gint64 start, duration;
  guint n_old = 0, n_new = 0;

  for (gsize i = 0; i < length; i++)
    contents[i] = (char) ('a' + i % 26);

  /* How long one save takes here, to spread the kills over it. */
  start = g_get_monotonic_time ();
  g_assert_true (wp_write_file_atomically (path, contents, length, NULL));
  duration = MAX (g_get_monotonic_time () - start, 1000);

  for (guint round = 0; round < 30; round++)
    {
      pid_t pid;

      g_assert_true (g_file_set_contents (path, OLD_CONTENTS, -1, NULL));
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          wp_write_file_atomically (path, contents, length, NULL);
          pause ();
          _exit (0);
        }
      g_usleep ((gulong) g_rand_int_range (rand, 0, (gint32) MIN (duration * 3 / 2, G_MAXINT32)));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, NULL, 0), ==, pid);
      if (is_old_or_new (path, contents, length))
        n_old++;
      else
        n_new++;
    }
  g_test_message ("killed before the rename %u times, after it %u times", n_old, n_new);
  wp_test_remove_tree (dir);
}

static void
test_missing_directory (void)
{
  g_autoptr(WpPlan) plan = make_plan ();
  g_autoptr(GError) error = NULL;

  g_assert_false (wp_plan_save (plan, "/nonexistent-dir/plan.wireplan", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save/replace", test_save_and_replace);
  g_test_add_func ("/save/through-link", test_save_through_link);
  g_test_add_func ("/save/missing-directory", test_missing_directory);
  g_test_add_func ("/save/read-only-directory", test_read_only_directory);
  g_test_add_func ("/save/disk-full", test_disk_full);
  g_test_add_func ("/save/killed-in-write", test_killed_in_write);
  g_test_add_func ("/save/killed-any-time", test_killed_any_time);

  return g_test_run ();
}
