/* test-files.c: saving, closing with unsaved changes, and recovery after a crash */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "wp-plan-io.h"
#include "wp-recovery.h"
#include "wp-ui-test-util.h"
#include "wp-window.h"

static WpCatalogue *catalogue;
static const char  *self_path;   /* this program, to run as the child that is killed */

/* A copy of an example in a fresh folder, to edit and save. */
static GFile *
copy_example (const char *name)
{
  g_autofree char *source = wp_test_fixture_path ("data", "examples", name, NULL);
  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
  return g_file_new_for_path (target);
}

static WpWindow *
open_window (GFile *file)
{
  WpWindow *window = wp_window_new (NULL, catalogue);

  g_assert_true (wp_window_open_file (window, file));
  wp_ui_test_present (GTK_WINDOW (window));
  return window;
}

/* One edit through the history: a microphone more. */
static void
add_microphone (WpWindow *window)
{
  WpDocument *document = wp_window_get_document (window);
  WpPlan *plan = wp_document_get_plan (document);
  g_autofree char *id = wp_plan_make_id (plan, "d");
  g_autoptr(WpDevice) device = wp_device_template_instantiate (
    wp_catalogue_find (catalogue, "generic.dynamic-vocal-mic"), id);

  wp_device_set_name (device, "Spare mic");
  wp_history_add_device (wp_document_get_history (document), device, -1);
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* Whether @window (maybe freed: only compared) is still a window. */
static gboolean
is_alive (gconstpointer window)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  return g_list_find (windows, window) != NULL;
}

static void
test_close_asks (void)
{
  g_autoptr(GFile) file = copy_example ("home-studio.wireplan");
  WpWindow *window = open_window (file);
  AdwMessageDialog *dialog;

  /* Nothing changed: no question. */
  g_assert_null (find_dialog ());
  add_microphone (window);
  gtk_window_close (GTK_WINDOW (window));
  wp_ui_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Home studio"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Cancel keeps the window and its changes. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wp_history_get_modified (wp_document_get_history (wp_window_get_document (window))));

  /* Discard closes it; the file is as it was. */
  gtk_window_close (GTK_WINDOW (window));
  wp_ui_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wp_ui_test_iterate ();
  g_assert_false (is_alive (window));
}

static void
test_save (void)
{
  g_autoptr(GFile) file = copy_example ("home-studio.wireplan");
  g_autofree char *path = g_file_get_path (file);
  WpWindow *window = open_window (file);
  g_autoptr(WpPlan) saved = NULL;
  guint n_devices = wp_plan_get_n_devices (wp_document_get_plan (wp_window_get_document (window)));

  add_microphone (window);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  saved = wp_plan_load (path, NULL);
  g_assert_nonnull (saved);
  g_assert_cmpuint (wp_plan_get_n_devices (saved), ==, n_devices + 1);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  /* Saved: closing asks nothing. */
  gtk_window_close (GTK_WINDOW (window));
  wp_ui_test_iterate ();
  g_assert_null (find_dialog ());
  g_assert_false (is_alive (window));
}

/* Whether @window shows a label containing @text (a toast's title, say). */
static gboolean
shows_text (WpWindow   *window,
            const char *text)
{
  g_autoptr(GPtrArray) labels = wp_ui_test_find_all (GTK_WIDGET (window), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (labels, i))
        && strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
wait_for_text (WpWindow   *window,
               const char *text)
{
  for (guint i = 0; i < 500 && !shows_text (window, text); i++)
    wp_ui_test_wait (10);
  return shows_text (window, text);
}

/* Another program saves the file: the window offers to reload it, and asks
 * before it drops changes of its own. The window's own saves offer nothing. */
static void
test_reload_offer (void)
{
  g_autoptr(GFile) file = copy_example ("home-studio.wireplan");
  g_autofree char *path = g_file_get_path (file);
  WpWindow *window = open_window (file);
  WpDocument *document = wp_window_get_document (window);
  g_autoptr(WpPlan) theirs = NULL;
  guint n_devices = wp_plan_get_n_devices (wp_document_get_plan (document));
  const char *offer = "was changed by another program";
  AdwMessageDialog *dialog;

  /* Our own save. */
  add_microphone (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wp_ui_test_wait (300);
  g_assert_false (shows_text (window, offer));
  n_devices++;

  /* Theirs: one device fewer than our saved version. */
  theirs = wp_plan_load (path, NULL);
  wp_plan_remove_device (theirs, wp_plan_get_device (theirs, 0));
  g_assert_true (wp_plan_save (theirs, path, NULL));
  g_assert_true (wait_for_text (window, offer));

  /* A change here since: reloading asks first, and Cancel keeps it. */
  add_microphone (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (wp_plan_get_n_devices (wp_document_get_plan (wp_window_get_document (window))),
                    ==, n_devices + 1);

  /* Reload for real: their version, unmodified. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  dialog = find_dialog ();
  adw_message_dialog_response (dialog, "reload");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wp_ui_test_wait_loaded (window);
  document = wp_window_get_document (window);
  g_assert_cmpuint (wp_plan_get_n_devices (wp_document_get_plan (document)), ==, n_devices - 1);
  g_assert_false (wp_history_get_modified (wp_document_get_history (document)));
  gtk_window_destroy (GTK_WINDOW (window));
  wp_ui_test_iterate ();
}

/* The child: opens the plan, edits it, waits for its recovery copy, says so and
 * waits to be killed. */
static int
run_child (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WpWindow *window = open_window (file);
  g_autoptr(GPtrArray) none = NULL;
  g_autofree char *dir = wp_recovery_get_directory ();

  add_microphone (window);
  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);

      if (folder != NULL && g_dir_read_name (folder) != NULL)
        break;
      wp_ui_test_wait (10);
    }
  g_print ("ready\n");
  for (;;)
    wp_ui_test_wait (1000);
  return 0;
}

static void
test_recovery_after_kill (void)
{
  g_autoptr(GFile) file = copy_example ("club-gig.wireplan");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) output = NULL;
  g_autofree char *line = NULL;
  g_autoptr(WpPlan) on_disk = wp_plan_load (path, NULL);
  WpWindow *window;
  AdwMessageDialog *dialog;
  WpDocument *document;

  g_subprocess_launcher_setenv (launcher, "WIREPLAN_AUTOSAVE_SECONDS", "1", TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self_path, "--child", path, NULL);
  g_assert_no_error (error);
  output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (output, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");
  g_subprocess_force_exit (child);   /* SIGKILL */
  g_assert_true (g_subprocess_wait (child, NULL, NULL));

  /* The next start offers the copy; restoring brings the edit back, unsaved. */
  window = wp_window_new (NULL, catalogue);
  wp_ui_test_present (GTK_WINDOW (window));
  g_assert_true (wp_window_offer_recovery (window));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "club-gig.wireplan"));
  adw_message_dialog_response (dialog, "restore");
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* Read in the background, with the bar. */
  wp_ui_test_wait_background_load (window);
  document = wp_window_get_document (window);
  g_assert_cmpuint (wp_plan_get_n_devices (wp_document_get_plan (document)), ==,
                    wp_plan_get_n_devices (on_disk) + 1);
  g_assert_cmpstr (wp_device_get_name (wp_plan_get_device (wp_document_get_plan (document),
                                                           wp_plan_get_n_devices (on_disk))),
                   ==, "Spare mic");
  g_assert_true (wp_history_get_modified (wp_document_get_history (document)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Club gig: The Lanterns");
  /* Offered once: the copy is the window's now. */
  g_assert_false (wp_window_offer_recovery (window));

  /* Saving makes it clean and leaves no copy behind. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_clear_pointer (&on_disk, g_object_unref);
  on_disk = wp_plan_load (path, NULL);
  g_assert_cmpuint (wp_plan_get_n_devices (on_disk), ==,
                    wp_plan_get_n_devices (wp_document_get_plan (document)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  self_path = argv[0];
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    {
      gtk_init ();
      adw_init ();
      catalogue = wp_catalogue_new ();
      wp_catalogue_load_builtin (catalogue, NULL);
      return run_child (argv[2]);
    }

  /* Own state and data folders (recovery copies, recent files), set before GLib
   * reads them; the child inherits them. The session bus stays reachable. */
  {
    g_autofree char *home = wp_test_make_temp_dir ();
    g_autofree char *state = g_build_filename (home, "state", NULL);
    g_autofree char *data = g_build_filename (home, "data", NULL);

    g_setenv ("XDG_STATE_HOME", state, TRUE);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  catalogue = wp_catalogue_new ();
  g_assert_true (wp_catalogue_load_builtin (catalogue, &error));

  g_test_add_func ("/files/close-asks", test_close_asks);
  g_test_add_func ("/files/save", test_save);
  g_test_add_func ("/files/reload-offer", test_reload_offer);
  g_test_add_func ("/files/recovery-after-kill", test_recovery_after_kill);
  return g_test_run ();
}
