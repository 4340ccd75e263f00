/* test-save.c: saving is atomic: the old file is whole whatever fails */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
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

  return g_test_run ();
}
