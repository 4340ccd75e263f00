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

/* The view point in the middle of @cable. */
static void
cable_middle (WpCanvas *canvas,
              WpCable  *cable,
              double   *x,
              double   *y)
{
  WpBezier curve;
  double plan_x, plan_y;

  g_assert_true (wp_layout_get_cable_curve (canvas->layout, cable, &curve));
  wp_bezier_get_point (&curve, 0.5, &plan_x, &plan_y);
  wp_viewport_to_view (canvas->viewport, plan_x, plan_y, x, y);
}

/* A hidden cable can't be pointed at, hovered or clicked: what is under it can. */
static void
test_hidden_not_hit (Fixture       *fixture,
                     gconstpointer  data)
{
  WpCanvas *canvas = fixture->window->canvas;
  WpPlan *plan = plan_of (fixture);
  g_autoptr(GPtrArray) hidden = g_ptr_array_new ();
  WpCable *target = NULL;
  double x = 0, y = 0;
  WpHit hit;

  gtk_check_button_set_active (fixture->window->filter_checks[WP_FILTER_ANALOG], FALSE);
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    if (!wp_plan_renderer_shows_cable (canvas->renderer, wp_plan_get_cable (plan, i), canvas->states))
      g_ptr_array_add (hidden, wp_plan_get_cable (plan, i));
  g_assert_cmpuint (hidden->len, >, 0);

  /* One of them whose middle, with every cable shown, is in view and on top. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.clear-filter", NULL));
  for (guint i = 0; i < hidden->len && target == NULL; i++)
    {
      cable_middle (canvas, g_ptr_array_index (hidden, i), &x, &y);
      if (wp_canvas_hit (canvas, x, y, &hit) && hit.kind == WP_HIT_CABLE
          && hit.cable == g_ptr_array_index (hidden, i))
        target = hit.cable;
    }
  g_assert_nonnull (target);

  gtk_check_button_set_active (fixture->window->filter_checks[WP_FILTER_ANALOG], FALSE);
  g_assert_false (wp_canvas_hit (canvas, x, y, &hit) && hit.kind == WP_HIT_CABLE
                  && hit.cable == target);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/filter/kind", test_filter_kind);
  ADD ("/filter/problems", test_filter_problems);
  ADD ("/filter/hidden-not-hit", test_hidden_not_hit);
#undef ADD

  return g_test_run ();
}
