/* wp-ui-test-util.c: helpers for tests that drive real widgets under Xvfb */
#include "config.h"

#include "wp-i18n.h"
#include "wp-ui-test-util.h"

/* Sets up GLib's test framework, GTK and libadwaita, with the app's own resources. */
void
wp_ui_test_init (int    *argc,
                 char ***argv)
{
  wp_i18n_init ();
  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();
}

/* Runs the main loop until nothing is left to do: layout, drawing, idles. */
void
wp_ui_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @milliseconds, for what waits on the frame clock. */
void
wp_ui_test_wait (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  wp_ui_test_iterate ();
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The widgets of @type in the tree under @root (itself included), depth first. */
GPtrArray *
wp_ui_test_find_all (GtkWidget *root,
                     GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);
  return found;
}

/* The first widget of @type under @root; fails the test when there is none. */
GtkWidget *
wp_ui_test_find_widget (GtkWidget *root,
                        GType      type)
{
  g_autoptr(GPtrArray) found = wp_ui_test_find_all (root, type);

  g_assert_cmpuint (found->len, >, 0);
  return g_ptr_array_index (found, 0);
}

/* The first label under @root with the style class @css_class (a row's "title" or
 * "subtitle", say); fails the test when there is none. */
GtkLabel *
wp_ui_test_find_label (GtkWidget  *root,
                       const char *css_class)
{
  g_autoptr(GPtrArray) labels = wp_ui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), css_class))
      return g_ptr_array_index (labels, i);
  g_error ("no label of class %s under %s", css_class, G_OBJECT_TYPE_NAME (root));
}

/* Shows @window and waits until it is laid out and active: GTK delivers focus
 * changes (which commit fields on leave) only to the active window. */
void
wp_ui_test_present (GtkWindow *window)
{
  gtk_window_present (window);
  for (guint i = 0; i < 400 && !(gtk_window_is_active (window)
                                 && gtk_widget_get_width (GTK_WIDGET (window)) > 0); i++)
    wp_ui_test_wait (5);
  g_assert_true (gtk_window_is_active (window));
}

/* Runs the main loop until the plans being read for @window are shown (or
 * reported); fails the test after 60 s. */
void
wp_ui_test_wait_loaded (WpWindow *window)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (wp_window_is_loading (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (wp_window_is_loading (window));
  wp_ui_test_iterate ();
}

static void
on_fraction (GtkProgressBar *bar,
             GParamSpec     *pspec,
             GArray         *fractions)
{
  double fraction = gtk_progress_bar_get_fraction (bar);

  g_array_append_val (fractions, fraction);
}

/* Checks that a plan is being read for @window in the background, its bar
 * showing, waits for it as wp_ui_test_wait_loaded() does, and checks that the
 * bar's fraction only grew, up to 1. */
void
wp_ui_test_wait_background_load (WpWindow *window)
{
  GtkWidget *bar = wp_ui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  gulong id;

  g_assert_true (wp_window_is_loading (window));
  g_assert_true (gtk_widget_get_visible (bar));
  id = g_signal_connect (bar, "notify::fraction", G_CALLBACK (on_fraction), fractions);
  wp_ui_test_wait_loaded (window);
  g_signal_handler_disconnect (bar, id);
  g_assert_false (gtk_widget_get_visible (bar));
  g_assert_cmpuint (fractions->len, >=, 2);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1);
}

/* Whether one of @widget's shortcut controllers has a binding for the key, and ran it. */
static gboolean
run_shortcuts (GtkWidget       *widget,
               guint            keyval,
               GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger)
              || gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval
              || gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != modifiers)
            continue;
          if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Presses a key on @widget as GTK delivers it: its key controllers, then the
 * key bindings of it and its ancestors, innermost first. No pointer involved. */
gboolean
wp_ui_test_press_key (GtkWidget       *widget,
                      guint            keyval,
                      GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, modifiers, &handled);
    }
  /* The parent is taken first: a binding may destroy the widget, as Escape a dialog. */
  for (GtkWidget *w = widget, *parent; w != NULL && !handled; w = parent)
    {
      parent = gtk_widget_get_parent (w);
      handled = run_shortcuts (w, keyval, modifiers);
    }
  wp_ui_test_iterate ();
  return handled;
}

/* The built-in catalogue. */
WpCatalogue *
wp_ui_test_new_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  WpCatalogue *catalogue = wp_catalogue_new ();

  g_assert_true (wp_catalogue_load_builtin (catalogue, &error));
  g_assert_no_error (error);
  return catalogue;
}

/* A window on the example plan @name ("club-gig.wireplan"), shown and active. */
WpWindow *
wp_ui_test_open_example (WpCatalogue *catalogue,
                         const char  *name)
{
  g_autofree char *path = wp_test_fixture_path ("data", "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WpWindow *window = wp_window_new (NULL, catalogue);

  g_assert_true (wp_window_open_file (window, file));
  wp_ui_test_present (GTK_WINDOW (window));
  return window;
}
