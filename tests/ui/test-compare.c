/* test-compare.c: Compare with… marks and lists what changed since another file */
#include "config.h"

#include "wp-canvas-private.h"
#include "wp-plan-io.h"
#include "wp-plan-renderer-private.h"
#include "wp-ui-test-util.h"
#include "wp-window-private.h"

typedef struct {
  WpCatalogue *catalogue;
  WpWindow    *window;
  char        *dir;
  GFile       *old_file;
} Fixture;

/* The old version: the kick mic stood elsewhere and cable c3 was not drawn yet. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) old = wp_test_load_example ("club-gig.wireplan");
  g_autofree char *old_path = NULL;
  WpDevice *kick = wp_plan_find_device (old, "kick");

  wp_plan_move_device (old, kick, wp_device_get_x (kick) + 50, wp_device_get_y (kick));
  wp_plan_remove_cable (old, wp_plan_find_cable (old, "c3"));
  fixture->dir = wp_test_make_temp_dir ();
  old_path = g_build_filename (fixture->dir, "old.wireplan", NULL);
  g_assert_true (wp_plan_save (old, old_path, &error));
  fixture->old_file = g_file_new_for_path (old_path);

  fixture->catalogue = wp_ui_test_new_catalogue ();
  fixture->window = wp_ui_test_open_example (fixture->catalogue, "club-gig.wireplan");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  wp_ui_test_iterate ();
  g_clear_object (&fixture->catalogue);
  g_clear_object (&fixture->old_file);
  wp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static WpPlanRenderer *
renderer_of (Fixture *fixture)
{
  return fixture->window->canvas->renderer;
}

static void
test_compare (Fixture       *fixture,
              gconstpointer  data)
{
  WpWindow *window = fixture->window;
  WpDocument *document = wp_window_get_document (window);
  g_autoptr(GPtrArray) cables = NULL;
  gboolean found_c3 = FALSE;

  g_assert_false (gtk_revealer_get_reveal_child (window->compare_revealer));
  wp_window_compare_with (window, fixture->old_file);
  /* Read in the background, with the bar; the open plan is untouched meanwhile. */
  g_assert_false (gtk_revealer_get_reveal_child (window->compare_revealer));
  wp_ui_test_wait_background_load (window);
  g_assert_true (wp_window_get_document (window) == document);
  g_assert_true (gtk_revealer_get_reveal_child (window->compare_revealer));

  /* Exactly the two differences: kick moved, c3 added. */
  g_assert_cmpuint (wp_compare_panel_get_n_changes (window->compare_panel), ==, 2);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (renderer_of (fixture)->changed_devices, "kick")),
                   ==, WP_DIFF_CHANGED);
  g_assert_true (g_hash_table_contains (renderer_of (fixture)->changed_cables, "c3"));
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (renderer_of (fixture)->changed_cables, "c3")),
                   ==, WP_DIFF_ADDED);
  g_assert_cmpuint (g_hash_table_size (renderer_of (fixture)->changed_devices), ==, 1);

  /* A row selects what it names. */
  for (guint i = 0; i < wp_compare_panel_get_n_changes (window->compare_panel); i++)
    if (g_strcmp0 (wp_compare_panel_get_change (window->compare_panel, i)->id, "c3") == 0)
      {
        g_signal_emit_by_name (window->compare_panel, "change-activated", i);
        found_c3 = TRUE;
      }
  g_assert_true (found_c3);
  cables = wp_selection_get_cables (wp_document_get_selection (document));
  g_assert_cmpuint (cables->len, ==, 1);
  g_assert_cmpstr (wp_cable_get_id (g_ptr_array_index (cables, 0)), ==, "c3");

  /* Ending the comparison clears the marks. */
  g_signal_emit_by_name (window->compare_panel, "closed");
  g_assert_false (gtk_revealer_get_reveal_child (window->compare_revealer));
  g_assert_null (renderer_of (fixture)->changed_devices);
  g_assert_null (renderer_of (fixture)->changed_cables);
  g_assert_cmpuint (wp_compare_panel_get_n_changes (window->compare_panel), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);
  g_test_add ("/compare/with-file", Fixture, NULL, fixture_set_up, test_compare, fixture_tear_down);
  return g_test_run ();
}
