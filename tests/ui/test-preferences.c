/* test-preferences.c: the preferences window, the severities it hides, and
 * the help on the connection rules */
#include "config.h"

#include "wp-canvas.h"
#include "wp-preferences-window.h"
#include "wp-problem-row.h"
#include "wp-rule-help-window.h"
#include "wp-settings.h"
#include "wp-sheet.h"
#include "wp-ui-test-util.h"
#include "wp-window.h"

static WpCatalogue *catalogue;

static void
reset_settings (void)
{
  GSettings *settings = wp_settings_get ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);
}

static GtkWidget *
find_named (GtkWidget  *root,
            GType       type,
            const char *name)
{
  g_autoptr(GPtrArray) all = wp_ui_test_find_all (root, type);

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (all, i)), name) == 0)
      return g_ptr_array_index (all, i);
  return NULL;
}

static char *
prefix_of (const char *family)
{
  g_autoptr(GVariant) prefixes = g_settings_get_value (wp_settings_get (), "cable-label-prefixes");
  char *prefix = NULL;

  g_variant_lookup (prefixes, family, "s", &prefix);
  return prefix;
}

/* Every control writes its key, and follows it when it changes elsewhere. */
static void
test_window_binds_settings (void)
{
  GSettings *settings = wp_settings_get ();
  WpPreferencesWindow *window = wp_preferences_window_new (NULL, settings);
  GtkWidget *mic_row;
  g_autofree char *mic = NULL;
  g_autofree char *kept = NULL;

  wp_ui_test_present (GTK_WINDOW (window));

  gtk_switch_set_active (child (window, WP_TYPE_PREFERENCES_WINDOW, "snap_switch"), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "snap-to-grid"));
  gtk_spin_button_set_value (child (window, WP_TYPE_PREFERENCES_WINDOW, "grid_spin"), 25);
  g_assert_cmpfloat (g_settings_get_double (settings, "grid-size"), ==, 25);
  gtk_spin_button_set_value (child (window, WP_TYPE_PREFERENCES_WINDOW, "length_spin"), 7.5);
  g_assert_cmpfloat (g_settings_get_double (settings, "default-cable-length"), ==, 7.5);
  gtk_switch_set_active (child (window, WP_TYPE_PREFERENCES_WINDOW, "notes_switch"), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "show-notes"));

  /* The style row and the color-scheme key, both ways. */
  adw_combo_row_set_selected (child (window, WP_TYPE_PREFERENCES_WINDOW, "style_row"), 2);
  {
    g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");

    g_assert_cmpstr (scheme, ==, "dark");
  }
  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (child (window, WP_TYPE_PREFERENCES_WINDOW, "style_row")),
                    ==, 1);

  /* A label prefix is written as typed; an empty one is refused and marked. */
  mic_row = find_named (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, "mic");
  g_assert_nonnull (mic_row);
  for (const char * const *key = wp_cable_label_keys (); *key != NULL; key++)
    g_assert_nonnull (find_named (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, *key));
  gtk_editable_set_text (GTK_EDITABLE (mic_row), "VOX");
  mic = prefix_of ("mic");
  g_assert_cmpstr (mic, ==, "VOX");
  gtk_editable_set_text (GTK_EDITABLE (mic_row), "  ");
  kept = prefix_of ("mic");
  g_assert_cmpstr (kept, ==, "VOX");
  g_assert_true (gtk_widget_has_css_class (mic_row, "error"));

  gtk_window_destroy (GTK_WINDOW (window));
  wp_ui_test_iterate ();
  reset_settings ();
}

/* Hidden warnings leave the problems list, not its summary. */
static void
test_hidden_severities (void)
{
  WpWindow *window = wp_ui_test_open_example (catalogue, "club-gig.wireplan");
  GtkWidget *panel = child (window, WP_TYPE_WINDOW, "problems_panel");
  GtkListView *list = GTK_LIST_VIEW (wp_ui_test_find_widget (panel, GTK_TYPE_LIST_VIEW));
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (list));
  GtkLabel *summary = child (window, WP_TYPE_WINDOW, "problems_label");
  guint n_all = g_list_model_get_n_items (shown);

  g_assert_cmpstr (gtk_label_get_text (summary), ==, "2 errors, 3 warnings");
  g_assert_cmpuint (n_all, >=, 5);
  g_settings_set_boolean (wp_settings_get (), "show-warnings", FALSE);
  g_settings_set_boolean (wp_settings_get (), "show-notes", FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (summary), ==, "2 errors, 3 warnings");
  g_settings_set_boolean (wp_settings_get (), "show-warnings", TRUE);
  g_settings_set_boolean (wp_settings_get (), "show-notes", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  gtk_window_destroy (GTK_WINDOW (window));
  wp_ui_test_iterate ();
  reset_settings ();
}

static WpRuleHelpWindow *
find_rule_help (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (WP_IS_RULE_HELP_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* The help window is open at @rule: its row expanded and focused. */
static void
assert_shows_rule (const char *rule)
{
  WpRuleHelpWindow *help;
  GtkWidget *row, *focus;

  wp_ui_test_iterate ();
  help = find_rule_help ();
  g_assert_nonnull (help);
  row = find_named (GTK_WIDGET (help), ADW_TYPE_EXPANDER_ROW, rule);
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  focus = gtk_window_get_focus (GTK_WINDOW (help));
  g_assert_nonnull (focus);
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));
}

/* From a problem's help button, and with F1 on a selected cable. */
static void
test_rule_help (void)
{
  WpWindow *window = wp_ui_test_open_example (catalogue, "club-gig.wireplan");
  GtkWidget *panel = child (window, WP_TYPE_WINDOW, "problems_panel");
  WpDocument *document = wp_window_get_document (window);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GVariant) target = NULL;
  const WpProblem *problem;
  WpCable *cable;
  GtkWidget *button;
  const char *rule;

  wp_ui_test_iterate ();
  rows = wp_ui_test_find_all (panel, WP_TYPE_PROBLEM_ROW);
  g_assert_cmpuint (rows->len, >, 0);
  problem = wp_problem_item_get_problem (wp_problem_row_get_item (g_ptr_array_index (rows, 0)));
  buttons = wp_ui_test_find_all (g_ptr_array_index (rows, 0), GTK_TYPE_BUTTON);
  g_assert_cmpuint (buttons->len, ==, 1);
  button = g_ptr_array_index (buttons, 0);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.rule-help");
  target = g_variant_ref (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, problem->rule);
  g_signal_emit_by_name (button, "clicked");
  assert_shows_rule (problem->rule);

  /* F1 (win.explain-rule) on a selected cable explains its first problem. */
  cable = wp_plan_find_cable (wp_document_get_plan (document), g_ptr_array_index (problem->cables, 0));
  wp_selection_select_cable (wp_document_get_selection (document), cable, WP_SELECT_REPLACE);
  rule = wp_canvas_get_rule_in_question (child (window, WP_TYPE_WINDOW, "canvas"));
  g_assert_nonnull (rule);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.explain-rule", NULL));
  assert_shows_rule (rule);

  /* The window's help goes with it. */
  gtk_window_destroy (GTK_WINDOW (window));
  wp_ui_test_iterate ();
  g_assert_null (find_rule_help ());
}

static void
test_last_folder (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/gig/plan.wireplan");
  g_autofree char *uri = NULL;

  wp_settings_remember_folder (file);
  uri = g_settings_get_string (wp_settings_get (), "last-folder");
  g_assert_cmpstr (uri, ==, "file:///tmp/gig");
  reset_settings ();
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);
  g_assert_nonnull (wp_settings_get ());
  catalogue = wp_ui_test_new_catalogue ();

  g_test_add_func ("/preferences/window", test_window_binds_settings);
  g_test_add_func ("/preferences/hidden-severities", test_hidden_severities);
  g_test_add_func ("/preferences/rule-help", test_rule_help);
  g_test_add_func ("/preferences/last-folder", test_last_folder);
  return g_test_run ();
}
