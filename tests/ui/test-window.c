/* test-window.c: the editor window: its parts working together */
#include "config.h"

#include "wp-canvas-private.h"
#include "wp-catalogue-panel.h"
#include "wp-problems-panel.h"
#include "wp-settings.h"
#include "wp-ui-test-util.h"
#include "wp-window.h"

typedef struct {
  WpCatalogue *catalogue;
  WpWindow    *window;
  WpCanvas    *canvas;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->catalogue = wp_ui_test_new_catalogue ();
  fixture->window = wp_ui_test_open_example (fixture->catalogue, "club-gig.wireplan");
  fixture->canvas = WP_CANVAS (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                              WP_TYPE_WINDOW, "canvas"));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  wp_ui_test_iterate ();
  g_clear_object (&fixture->catalogue);
}

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->window), WP_TYPE_WINDOW, name);
}

static WpPlan *
plan_of (Fixture *fixture)
{
  return wp_document_get_plan (wp_window_get_document (fixture->window));
}

static void
test_title_and_summary (Fixture       *fixture,
                        gconstpointer  data)
{
  WpHistory *history = wp_document_get_history (wp_window_get_document (fixture->window));
  GtkLabel *summary = child (fixture, "problems_label");
  WpDeviceTemplate *template = wp_catalogue_find (fixture->catalogue, "generic.dynamic-vocal-mic");
  guint n_devices = wp_plan_get_n_devices (plan_of (fixture));
  cairo_rectangle_t visible;
  WpDevice *added;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Club gig: The Lanterns");
  g_assert_cmpstr (gtk_label_get_text (summary), ==, "2 errors, 3 warnings");

  /* Enter on a catalogue row: the device lands in the middle of the view. */
  g_signal_emit_by_name (child (fixture, "catalogue_panel"), "template-activated", template);
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, n_devices + 1);
  added = wp_plan_get_device (plan_of (fixture), n_devices);
  wp_viewport_get_visible_area (wp_canvas_get_viewport (fixture->canvas), &visible);
  g_assert_cmpfloat (wp_device_get_x (added), >, visible.x);
  g_assert_cmpfloat (wp_device_get_x (added), <, visible.x + visible.width);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "• Club gig: The Lanterns");

  /* The window's undo takes it out and the title is clean again; redo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, n_devices);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Club gig: The Lanterns");
  g_assert_false (wp_history_get_can_undo (history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL));
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, n_devices + 1);
}

static void
test_problem_reveals_cable (Fixture       *fixture,
                            gconstpointer  data)
{
  WpDocument *document = wp_window_get_document (fixture->window);
  WpViewport *viewport = wp_canvas_get_viewport (fixture->canvas);
  g_autoptr(GPtrArray) problems = wp_validator_get_problems (wp_document_get_validator (document));
  WpProblem *problem = g_ptr_array_index (problems, 0);
  WpCable *cable = wp_plan_find_cable (plan_of (fixture), g_ptr_array_index (problem->cables, 0));
  cairo_rectangle_t visible, bounds;
  WpBezier curve;

  /* Far away and zoomed in, the cable is out of view. */
  wp_viewport_set_zoom (viewport, 2.0);
  wp_viewport_set_offset (viewport, -5000, -5000);
  wp_selection_select_cable (wp_document_get_selection (document), cable, WP_SELECT_REPLACE);
  g_signal_emit_by_name (child (fixture, "problems_panel"), "problem-activated", problem);

  g_assert_true (wp_layout_get_cable_curve (wp_canvas_get_layout (fixture->canvas), cable, &curve));
  wp_bezier_get_bounds (&curve, &bounds);
  wp_viewport_get_visible_area (viewport, &visible);
  g_assert_cmpfloat (bounds.x, >=, visible.x);
  g_assert_cmpfloat (bounds.y, >=, visible.y);
  g_assert_cmpfloat (bounds.x + bounds.width, <=, visible.x + visible.width);
  g_assert_cmpfloat (bounds.y + bounds.height, <=, visible.y + visible.height);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->canvas)));
}

static void
test_broken_file_keeps_plan (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "broken.wireplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WpPlan *before = plan_of (fixture);

  g_assert_true (g_file_set_contents (path, "{ \"format\": \"wireplan\", ", -1, NULL));
  g_assert_false (wp_window_open_file (fixture->window, file));
  g_assert_true (plan_of (fixture) == before);

  /* The message says what is wrong and where. */
  {
    g_autoptr(GList) windows = gtk_window_list_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (GList *l = windows; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        dialog = l->data;
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "broken.wireplan:1:"));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Club gig: The Lanterns");
  wp_test_remove_tree (dir);
}

static void
test_panels_hide (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *problems = child (fixture, "problems_panel");

  g_assert_true (gtk_widget_get_visible (problems));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-problems", NULL));
  g_assert_false (gtk_widget_get_visible (problems));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-problems", NULL));
  g_assert_true (gtk_widget_get_visible (problems));
}

/* A new window opens at the size the last one was left at. */
static void
test_size_remembered (Fixture       *fixture,
                      gconstpointer  data)
{
  GSettings *settings = wp_settings_get ();
  WpWindow *second;
  int width, height;

  g_assert_nonnull (settings);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1010, 620);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1010);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 620);
  second = wp_window_new (NULL, fixture->catalogue);
  gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
  g_assert_cmpint (width, ==, 1010);
  g_assert_cmpint (height, ==, 620);
  gtk_window_destroy (GTK_WINDOW (second));
}

static void
add (const char *name,
     void      (*test) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);

  add ("/window/title-and-summary", test_title_and_summary);
  add ("/window/problem-reveals-cable", test_problem_reveals_cable);
  add ("/window/broken-file", test_broken_file_keeps_plan);
  add ("/window/panels-hide", test_panels_hide);
  add ("/window/size-remembered", test_size_remembered);
  return g_test_run ();
}
