/* test-find.c: Ctrl+F searches the plan; Enter selects and reveals the match */
#include "config.h"

#include "wp-canvas-private.h"
#include "wp-find-bar.h"
#include "wp-ui-test-util.h"
#include "wp-window.h"

typedef struct {
  WpCatalogue *catalogue;
  WpWindow    *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
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
}

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (fixture->window), WP_TYPE_WINDOW, name);
}

static WpSelection *
selection_of (Fixture *fixture)
{
  return wp_document_get_selection (wp_window_get_document (fixture->window));
}

/* Ctrl+F opens the search over the canvas with the focus in its entry. */
static void
test_find_opens (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkSearchBar *bar = child (fixture, "find_search_bar");
  GtkWidget *focus;

  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  wp_ui_test_iterate ();
  g_assert_true (gtk_search_bar_get_search_mode (bar));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, child (fixture, "find_bar")));
}

/* Devices, ports and cable labels are found; activating a match selects it. */
static void
test_find_selects (Fixture       *fixture,
                   gconstpointer  data)
{
  WpFindBar *find_bar = child (fixture, "find_bar");
  WpPlan *plan = wp_document_get_plan (wp_window_get_document (fixture->window));
  WpCable *cable = wp_plan_get_cable (plan, 0);
  g_autoptr(GPtrArray) devices = NULL;
  g_autoptr(GPtrArray) cables = NULL;
  g_autofree char *label = g_strdup (wp_cable_get_label (cable));
  guint n;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL);
  wp_find_bar_set_query (find_bar, "KICK");   /* case does not matter */
  n = wp_find_bar_get_n_results (find_bar);
  g_assert_cmpuint (n, >=, 1);
  g_assert_true (wp_find_bar_activate_result (find_bar, 0));
  devices = wp_selection_get_devices (selection_of (fixture));
  g_assert_cmpuint (devices->len, ==, 1);
  g_assert_true (g_ptr_array_index (devices, 0) == wp_plan_find_device (plan, "kick"));

  /* A cable label. */
  g_assert_nonnull (label);
  wp_find_bar_set_query (find_bar, label);
  g_assert_cmpuint (wp_find_bar_get_n_results (find_bar), >=, 1);
  g_assert_true (wp_find_bar_activate_result (find_bar, 0));
  cables = wp_selection_get_cables (selection_of (fixture));
  g_assert_cmpuint (cables->len, ==, 1);
  g_assert_cmpstr (wp_cable_get_label (g_ptr_array_index (cables, 0)), ==, label);

  /* Nothing found: nothing to activate. */
  wp_find_bar_set_query (find_bar, "no such thing anywhere");
  g_assert_cmpuint (wp_find_bar_get_n_results (find_bar), ==, 0);
  g_assert_false (wp_find_bar_activate_result (find_bar, 0));

  /* Escape (stop-search) closes the bar. */
  g_signal_emit_by_name (find_bar, "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (child (fixture, "find_search_bar")));
}

/* The matches follow the plan: a deleted device is no longer listed. */
static void
test_find_follows_plan (Fixture       *fixture,
                        gconstpointer  data)
{
  WpFindBar *find_bar = child (fixture, "find_bar");
  WpDocument *document = wp_window_get_document (fixture->window);
  WpDevice *device = wp_plan_find_device (wp_document_get_plan (document), "gtramp");
  guint before;

  wp_find_bar_set_query (find_bar, "gtramp");
  before = wp_find_bar_get_n_results (find_bar);
  g_assert_cmpuint (before, >=, 1);
  wp_history_remove_devices (wp_document_get_history (document), &device, 1);
  g_assert_cmpuint (wp_find_bar_get_n_results (find_bar), <, before);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/find/opens", test_find_opens);
  ADD ("/find/selects", test_find_selects);
  ADD ("/find/follows-plan", test_find_follows_plan);
#undef ADD

  return g_test_run ();
}
