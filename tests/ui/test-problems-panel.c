/* test-problems-panel.c: the problems list follows edits, undo and redo one
 * change at a time, in the validator's order, and activating a problem selects
 * what it is about. */
#include "config.h"

#include "wp-bench-plan.h"
#include "wp-problem-item.h"
#include "wp-problem-row.h"
#include "wp-problems-panel.h"
#include "wp-ui-test-util.h"

#define SEED 20261121
#define N_RANDOM_STEPS 1000

typedef struct {
  WpPlan          *plan;
  WpDocument      *document;
  WpHistory       *history;
  GtkWindow       *window;
  WpProblemsPanel *panel;
  GtkListView     *list;
  GtkStack        *stack;
  guint            n_summary_notifies;
  guint            n_removed;   /* items the list model took out, over all ::items-changed */
  guint            n_added;
  guint            most_removed;
  GPtrArray       *activated;  /* of WpProblem */
} Fixture;

static void
on_summary_notify (WpProblemsPanel *panel,
                   GParamSpec      *pspec,
                   Fixture         *fixture)
{
  fixture->n_summary_notifies++;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->n_removed += removed;
  fixture->n_added += added;
  fixture->most_removed = MAX (fixture->most_removed, removed);
}

static void
on_problem_activated (WpProblemsPanel *panel,
                      const WpProblem *problem,
                      Fixture         *fixture)
{
  g_ptr_array_add (fixture->activated, wp_problem_copy (problem));
}

static GListModel *
shown (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_list_view_get_model (fixture->list));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *panel = wp_problems_panel_new ();

  fixture->plan = wp_test_load_example (data != NULL ? data : "club-gig.wireplan");
  fixture->document = wp_document_new (fixture->plan);
  fixture->history = wp_document_get_history (fixture->document);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 400, 600);
  gtk_window_set_child (fixture->window, panel);
  fixture->panel = WP_PROBLEMS_PANEL (panel);
  wp_problems_panel_set_document (fixture->panel, fixture->document);
  fixture->list = GTK_LIST_VIEW (wp_ui_test_find_widget (panel, GTK_TYPE_LIST_VIEW));
  fixture->stack = GTK_STACK (wp_ui_test_find_widget (panel, GTK_TYPE_STACK));
  fixture->activated = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);
  g_signal_connect (panel, "notify::summary", G_CALLBACK (on_summary_notify), fixture);
  g_signal_connect (panel, "problem-activated", G_CALLBACK (on_problem_activated), fixture);
  g_signal_connect (shown (fixture), "items-changed", G_CALLBACK (on_items_changed), fixture);
  gtk_window_present (fixture->window);
  wp_ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  wp_ui_test_iterate ();
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->plan);
}

static const WpProblem *
shown_problem (Fixture *fixture,
               guint    position)
{
  g_autoptr(WpProblemItem) item = g_list_model_get_item (shown (fixture), position);

  g_assert_nonnull (item);
  return wp_problem_item_get_problem (item);  /* the list keeps the item */
}

/* The list is the validator's problems, in its order, and the counts are theirs. */
static void
assert_list_agrees (Fixture *fixture)
{
  g_autoptr(GPtrArray) problems = wp_validator_get_problems (wp_document_get_validator (fixture->document));
  guint counts[3] = { 0 };

  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, problems->len);
  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);

      g_assert_true (wp_problem_equal (shown_problem (fixture, i), problem));
      if (wp_problem_counts (problem))
        counts[problem->severity]++;
    }
  g_assert_cmpuint (wp_problems_panel_get_n_errors (fixture->panel), ==, counts[WP_SEVERITY_ERROR]);
  g_assert_cmpuint (wp_problems_panel_get_n_warnings (fixture->panel), ==, counts[WP_SEVERITY_WARNING]);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->stack), ==,
                   problems->len > 0 ? "list" : "empty");
}

static guint
find_shown (Fixture    *fixture,
            const char *rule,
            const char *cable_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (shown (fixture)); i++)
    {
      const WpProblem *problem = shown_problem (fixture, i);

      if (g_str_equal (problem->rule, rule) && wp_problem_has_cable (problem, cable_id))
        return i;
    }
  return G_MAXUINT;
}

static void
test_initial (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *icon;

  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "2 errors, 3 warnings");
  g_assert_cmpuint (wp_problems_panel_get_n_errors (fixture->panel), ==, 2);
  g_assert_cmpuint (wp_problems_panel_get_n_warnings (fixture->panel), ==, 3);
  g_assert_true (wp_problems_panel_get_document (fixture->panel) == fixture->document);
  assert_list_agrees (fixture);

  /* Each problem has a row, whose icon says the severity by its name too. */
  rows = wp_ui_test_find_all (GTK_WIDGET (fixture->list), WP_TYPE_PROBLEM_ROW);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstr (shown_problem (fixture, 0)->rule, ==, "phantom-missing");
  icon = wp_ui_test_find_widget (g_ptr_array_index (rows, 0), GTK_TYPE_IMAGE);
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (icon)), ==, "dialog-error-symbolic");
  g_assert_true (gtk_widget_has_css_class (icon, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (icon), ==, "Error");
}

static void
reset_changes (Fixture *fixture)
{
  fixture->n_removed = fixture->n_added = fixture->most_removed = 0;
}

/* Removing a cable and undoing it change the list and the summary at once,
 * by taking out and putting in the one item concerned. */
static void
test_remove_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  WpCable *cable = wp_plan_find_cable (fixture->plan, "c41");

  g_assert_cmpuint (find_shown (fixture, "load-below-minimum", "c41"), ==, 4);
  wp_history_remove_cables (fixture->history, &cable, 1);
  g_assert_cmpuint (find_shown (fixture, "load-below-minimum", "c41"), ==, G_MAXUINT);
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "1 error, 3 warnings");
  g_assert_cmpuint (fixture->n_summary_notifies, ==, 1);
  g_assert_cmpuint (fixture->n_removed, ==, 1);
  g_assert_cmpuint (fixture->n_added, ==, 0);
  assert_list_agrees (fixture);

  reset_changes (fixture);
  wp_history_undo (fixture->history);
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "2 errors, 3 warnings");
  g_assert_cmpuint (fixture->n_summary_notifies, ==, 2);
  g_assert_cmpuint (find_shown (fixture, "load-below-minimum", "c41"), ==, 4);
  g_assert_cmpuint (fixture->n_removed, ==, 0);
  g_assert_cmpuint (fixture->n_added, ==, 1);
  assert_list_agrees (fixture);

  /* A problem that goes in first in the document goes in at the top. */
  reset_changes (fixture);
  cable = wp_plan_find_cable (fixture->plan, "c4");
  wp_history_remove_cables (fixture->history, &cable, 1);
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "1 error, 3 warnings");
  wp_history_undo (fixture->history);
  g_assert_cmpuint (find_shown (fixture, "phantom-missing", "c4"), ==, 0);
  g_assert_cmpuint (fixture->most_removed, ==, 1);
  assert_list_agrees (fixture);
}

/* A waived problem stays listed, muted, and leaves the counts. */
static void
test_waive (Fixture       *fixture,
            gconstpointer  data)
{
  WpCable *cable = wp_plan_find_cable (fixture->plan, "c25");
  g_autoptr(GPtrArray) rows = NULL;
  guint position;
  WpProblemRow *row = NULL;

  wp_history_waive (fixture->history, cable, "speaker-on-jack", "Speaker cable with jacks, checked");
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "2 errors, 2 warnings");
  g_assert_cmpuint (wp_problems_panel_get_n_warnings (fixture->panel), ==, 2);
  position = find_shown (fixture, "speaker-on-jack", "c25");
  g_assert_cmpuint (position, ==, 1);
  g_assert_true (shown_problem (fixture, position)->waived);
  assert_list_agrees (fixture);

  wp_ui_test_iterate ();
  rows = wp_ui_test_find_all (GTK_WIDGET (fixture->list), WP_TYPE_PROBLEM_ROW);
  for (guint i = 0; i < rows->len; i++)
    if (wp_problem_row_get_item (g_ptr_array_index (rows, i)) != NULL
        && wp_problem_item_get_problem (wp_problem_row_get_item (g_ptr_array_index (rows, i)))->waived)
      row = g_ptr_array_index (rows, i);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "dim-label"));

  wp_history_undo (fixture->history);
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "2 errors, 3 warnings");
  g_assert_false (shown_problem (fixture, find_shown (fixture, "speaker-on-jack", "c25"))->waived);
  assert_list_agrees (fixture);
}

/* Edits that leave the problems as they were do not notify the summary. */
static void
test_summary_notify (Fixture       *fixture,
                     gconstpointer  data)
{
  WpDevice *device = wp_plan_get_device (fixture->plan, 0);
  double position[2] = { wp_device_get_x (device) + 40, wp_device_get_y (device) };

  wp_history_move_devices (fixture->history, &device, position, NULL, 1, 0);
  wp_history_set_meta (fixture->history, WP_META_TITLE, "Another title");
  g_assert_cmpuint (fixture->n_summary_notifies, ==, 0);
  g_assert_cmpuint (fixture->n_removed + fixture->n_added, ==, 0);
}

/* Activating a problem selects its cables and tells the window. */
static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  WpSelection *selection = wp_document_get_selection (fixture->document);
  const WpProblem *problem;

  wp_selection_select_device (selection, wp_plan_get_device (fixture->plan, 0), WP_SELECT_REPLACE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->list), "list.activate-item", "u", 0);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  problem = g_ptr_array_index (fixture->activated, 0);
  g_assert_cmpstr (problem->rule, ==, "phantom-missing");
  g_assert_cmpuint (wp_selection_get_n_devices (selection), ==, 0);
  g_assert_cmpuint (wp_selection_get_n_cables (selection), ==, 2);
  g_assert_true (wp_selection_has_cable (selection, wp_plan_find_cable (fixture->plan, "c4")));
  g_assert_true (wp_selection_has_cable (selection, wp_plan_find_cable (fixture->plan, "c15")));

  gtk_widget_activate_action (GTK_WIDGET (fixture->list), "list.activate-item", "u", 4);
  g_assert_cmpuint (fixture->activated->len, ==, 2);
  g_assert_cmpstr (((WpProblem *) g_ptr_array_index (fixture->activated, 1))->rule, ==,
                   "load-below-minimum");
  g_assert_cmpuint (wp_selection_get_n_cables (selection), ==, 3);
  g_assert_true (wp_selection_has_cable (selection, wp_plan_find_cable (fixture->plan, "c43")));
}

/* Notes get a part of their own; no problems at all show the empty state. */
static void
test_summaries (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(WpPlan) studio = wp_test_load_example ("home-studio.wireplan");
  g_autoptr(WpPlan) installed = wp_test_load_example ("installed-70v.wireplan");
  g_autoptr(WpDocument) studio_document = wp_document_new (studio);
  g_autoptr(WpDocument) installed_document = wp_document_new (installed);
  WpCable *cable;

  wp_problems_panel_set_document (fixture->panel, studio_document);
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "1 warning, 1 note");
  g_assert_cmpuint (wp_problems_panel_get_n_errors (fixture->panel), ==, 0);

  wp_problems_panel_set_document (fixture->panel, installed_document);
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "No problems");
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->stack), ==, "empty");

  wp_problems_panel_set_document (fixture->panel, NULL);
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "No problems");

  /* The first document's edits no longer reach the panel: the undo brings a
   * problem back there, none here. */
  wp_problems_panel_set_document (fixture->panel, installed_document);
  cable = wp_plan_find_cable (fixture->plan, "c41");
  wp_history_remove_cables (fixture->history, &cable, 1);
  wp_history_undo (fixture->history);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 0);
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "No problems");
}

/* Random edits, undos and redos: after each the list is the validator's, in
 * its order, though it was only ever changed item by item. */
static void
test_random_edits (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (guint step = 0; step < N_RANDOM_STEPS; step++)
    {
      guint n_cables = wp_plan_get_n_cables (fixture->plan);
      guint n_devices = wp_plan_get_n_devices (fixture->plan);
      /* Undo more often than edits remove, so the plan keeps its problems. */
      int action = g_rand_int_range (rand, 0, 10);

      if (action == 0 && n_cables > 0)
        {
          WpCable *cable = wp_plan_get_cable (fixture->plan, g_rand_int_range (rand, 0, n_cables));
          wp_history_remove_cables (fixture->history, &cable, 1);
        }
      else if ((action == 1 || action == 2) && n_cables > 0 && n_devices > 0)
        {
          WpCable *cable = wp_plan_get_cable (fixture->plan, g_rand_int_range (rand, 0, n_cables));
          WpDevice *device = wp_plan_get_device (fixture->plan, g_rand_int_range (rand, 0, n_devices));
          guint n_ports = wp_device_get_n_ports (device);

          if (n_ports > 0)
            wp_history_reconnect_cable (fixture->history, cable, g_rand_boolean (rand),
                                        wp_device_get_id (device),
                                        wp_device_get_port (device, g_rand_int_range (rand, 0, n_ports))->id);
        }
      else if (action == 3 && n_devices > 0)
        {
          WpDevice *device = wp_plan_get_device (fixture->plan, g_rand_int_range (rand, 0, n_devices));
          wp_history_remove_devices (fixture->history, &device, 1);
        }
      else if (action == 4 && g_list_model_get_n_items (shown (fixture)) > 0)
        {
          guint position = g_rand_int_range (rand, 0, g_list_model_get_n_items (shown (fixture)));
          /* A copy: the first waiver replaces the listed problem. */
          g_autoptr(WpProblem) problem = wp_problem_copy (shown_problem (fixture, position));

          for (guint i = 0; i < problem->cables->len; i++)
            wp_history_waive (fixture->history,
                              wp_plan_find_cable (fixture->plan, g_ptr_array_index (problem->cables, i)),
                              problem->rule, NULL);
        }
      else if (action <= 7)
        wp_history_undo (fixture->history);
      else
        wp_history_redo (fixture->history);
      assert_list_agrees (fixture);
    }
  while (wp_history_undo (fixture->history))
    ;
  assert_list_agrees (fixture);
  g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, "2 errors, 3 warnings");
  g_test_message ("%u items put in, %u taken out", fixture->n_added, fixture->n_removed);
  g_assert_cmpuint (fixture->n_added, >, 300);
  /* Never the whole list at once. */
  g_assert_cmpuint (fixture->most_removed, <, 5);
}

static gpointer
make_items (gpointer problems)
{
  return wp_problem_items_new (problems);
}

/* A plan read in the background brings its items, made in another thread: the
 * summary is whole at once, the list fills over a few main-loop turns, and an
 * edit meanwhile finds the whole list. */
static void
test_gradual (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(WpCatalogue) catalogue = wp_ui_test_new_catalogue ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *summary = NULL;
  guint n_problems;

  for (guint round = 0; round < 2; round++)
    {
      g_clear_object (&fixture->document);
      g_clear_object (&fixture->plan);
      fixture->plan = wp_bench_plan_new (catalogue, 200, 600, 1);
      fixture->document = wp_document_new (fixture->plan);
      fixture->history = wp_document_get_history (fixture->document);
      g_clear_pointer (&problems, g_ptr_array_unref);
      g_clear_pointer (&items, g_ptr_array_unref);
      problems = wp_validator_get_problems (wp_document_get_validator (fixture->document));
      n_problems = problems->len;
      g_assert_cmpuint (n_problems, >, 100);
      items = g_thread_join (g_thread_new ("items", make_items, problems));

      wp_problems_panel_set_document_with_items (fixture->panel, fixture->document, items, TRUE);
      g_assert_true (wp_problems_panel_get_document (fixture->panel) == fixture->document);
      g_assert_true (wp_problems_panel_is_filling (fixture->panel));
      g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), <, n_problems);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->stack), ==, "list");
      g_clear_pointer (&summary, g_free);
      summary = g_strdup (wp_problems_panel_get_summary (fixture->panel));
      if (round == 0)
        {
          gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

          while (wp_problems_panel_is_filling (fixture->panel) && g_get_monotonic_time () < end)
            g_main_context_iteration (NULL, TRUE);
          g_assert_false (wp_problems_panel_is_filling (fixture->panel));
          assert_list_agrees (fixture);
          g_assert_cmpstr (wp_problems_panel_get_summary (fixture->panel), ==, summary);
        }
      else
        {
          /* An edit before the list is full: removing a cable with problems. */
          WpProblem *problem = g_ptr_array_index (problems, 0);

          g_assert_cmpuint (problem->cables->len, >, 0);
          wp_plan_remove_cable (fixture->plan,
                                wp_plan_find_cable (fixture->plan, g_ptr_array_index (problem->cables, 0)));
          g_assert_false (wp_problems_panel_is_filling (fixture->panel));
          assert_list_agrees (fixture);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/problems-panel/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("initial", test_initial);
  ADD ("remove-and-undo", test_remove_and_undo);
  ADD ("waive", test_waive);
  ADD ("summary-notify", test_summary_notify);
  ADD ("activate", test_activate);
  ADD ("summaries", test_summaries);
  ADD ("random-edits", test_random_edits);
  ADD ("gradual", test_gradual);
#undef ADD

  return g_test_run ();
}
