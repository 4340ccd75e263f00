/* test-filter.c: the view filter hides cables by signal family and by problem,
 * says how many it hides, and Show All brings them back */
#include "config.h"

#include "wp-canvas-private.h"
#include "wp-ui-test-util.h"
#include "wp-window-private.h"

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

static WpPlan *
plan_of (Fixture *fixture)
{
  return wp_document_get_plan (wp_window_get_document (fixture->window));
}

/* Cables with an error or a warning that is not waived, from the validator. */
static guint
count_problem_cables (Fixture *fixture)
{
  WpDocument *document = wp_window_get_document (fixture->window);
  g_autoptr(GPtrArray) problems = wp_validator_get_problems (wp_document_get_validator (document));
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);

      if (problem->waived || problem->severity == WP_SEVERITY_INFO)
        continue;
      for (guint c = 0; c < problem->cables->len; c++)
        g_hash_table_add (ids, g_ptr_array_index (problem->cables, c));
    }
  return g_hash_table_size (ids);
}

static void
test_filter_kind (Fixture       *fixture,
                  gconstpointer  data)
{
  WpWindow *window = fixture->window;
  guint n_cables = wp_plan_get_n_cables (plan_of (fixture));
  guint hidden;

  g_assert_cmpuint (wp_canvas_get_n_hidden_cables (window->canvas), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (window->filter_revealer));

  /* Hiding the analog mic and line cables: the club gig has them and others too. */
  gtk_check_button_set_active (window->filter_checks[WP_FILTER_ANALOG], FALSE);
  hidden = wp_canvas_get_n_hidden_cables (window->canvas);
  g_assert_cmpuint (hidden, >, 0);
  g_assert_cmpuint (hidden, <, n_cables);
  g_assert_true (gtk_revealer_get_reveal_child (window->filter_revealer));
  {
    g_autofree char *number = g_strdup_printf ("%u", hidden);

    g_assert_nonnull (strstr (gtk_label_get_text (window->filter_label), number));
  }

  /* Hiding the speaker cables as well hides more. */
  gtk_check_button_set_active (window->filter_checks[WP_FILTER_SPEAKER], FALSE);
  g_assert_cmpuint (wp_canvas_get_n_hidden_cables (window->canvas), >, hidden);

  /* Show All. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filter", NULL));
  g_assert_cmpuint (wp_canvas_get_n_hidden_cables (window->canvas), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (window->filter_revealer));
  g_assert_true (gtk_check_button_get_active (window->filter_checks[WP_FILTER_ANALOG]));
  g_assert_false (wp_view_filter_is_active (wp_canvas_get_filter (window->canvas)));
}

static void
test_filter_problems (Fixture       *fixture,
                      gconstpointer  data)
{
  WpWindow *window = fixture->window;
  guint n_cables = wp_plan_get_n_cables (plan_of (fixture));
  guint problem_cables = count_problem_cables (fixture);
  WpDocument *document = wp_window_get_document (window);

  gtk_check_button_set_active (window->filter_checks[WP_N_FILTER_GROUPS], TRUE);
  g_assert_cmpuint (wp_canvas_get_n_hidden_cables (window->canvas), ==, n_cables - problem_cables);
  g_assert_true (gtk_revealer_get_reveal_child (window->filter_revealer));

  /* The filter is a view option: the plan is untouched. */
  g_assert_false (wp_history_get_can_undo (wp_document_get_history (document)));
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, n_cables);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/filter/kind", test_filter_kind);
  ADD ("/filter/problems", test_filter_problems);
#undef ADD

  return g_test_run ();
}
