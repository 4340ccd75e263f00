/* wp-window.c: the window of one plan
 *
 * It owns the document and hands it to its views: the catalogue places devices
 * on the canvas, the inspector edits the selection, the problems list selects
 * and reveals what it lists. The window's actions forward to the canvas, so the
 * header bar and menu reach them whatever has the focus.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-device-editor.h"
#include "wp-rule-help-window.h"
#include "wp-settings.h"
#include "wp-window-private.h"

G_DEFINE_FINAL_TYPE (WpWindow, wp_window, ADW_TYPE_APPLICATION_WINDOW)

/* The plan's title, else its file's name, else "Untitled plan". */
char *
wp_window_get_plan_name (WpWindow *self)
{
  const char *title = wp_plan_get_meta (wp_document_get_plan (self->document), WP_META_TITLE);

  if (title != NULL && title[0] != '\0')
    return g_strdup (title);
  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (_("Untitled plan"));
}

void
wp_window_update_title (WpWindow *self)
{
  gboolean modified = wp_history_get_modified (wp_document_get_history (self->document));
  g_autofree char *basename = self->file != NULL ? g_file_get_basename (self->file) : NULL;
  g_autofree char *name = wp_window_get_plan_name (self);
  g_autofree char *shown = NULL;

  /* A bullet before the name says the plan has unsaved changes, as GNOME apps do. */
  shown = modified ? g_strdup_printf ("• %s", name) : g_strdup (name);
  adw_window_title_set_title (self->title, shown);
  adw_window_title_set_subtitle (self->title, basename != NULL ? basename : "");
  gtk_window_set_title (GTK_WINDOW (self), shown);
}

static void
update_history_actions (WpWindow *self)
{
  WpHistory *history = wp_document_get_history (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", wp_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", wp_history_get_can_redo (history));
  wp_window_update_title (self);
}

static void
update_problems_button (WpWindow *self)
{
  guint n_errors = wp_problems_panel_get_n_errors (self->problems_panel);
  guint n_warnings = wp_problems_panel_get_n_warnings (self->problems_panel);

  gtk_label_set_text (self->problems_label, wp_problems_panel_get_summary (self->problems_panel));
  gtk_image_set_from_icon_name (GTK_IMAGE (self->problems_icon),
                                n_errors > 0 ? "dialog-error-symbolic"
                                : n_warnings > 0 ? "dialog-warning-symbolic"
                                : "emblem-ok-symbolic");
  gtk_widget_remove_css_class (self->problems_icon, "error");
  gtk_widget_remove_css_class (self->problems_icon, "warning");
  gtk_widget_remove_css_class (self->problems_icon, "success");
  gtk_widget_add_css_class (self->problems_icon, n_errors > 0 ? "error"
                                                 : n_warnings > 0 ? "warning" : "success");
}

static void
on_plan_changed (WpPlan             *plan,
                 const WpPlanChange *change,
                 WpWindow           *self)
{
  if (change->kind == WP_CHANGE_META)
    wp_window_update_title (self);
}

static void
on_canvas_message (WpCanvas   *canvas,
                   const char *message,
                   WpWindow   *self)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

static void
on_template_activated (WpCataloguePanel *panel,
                       WpDeviceTemplate *template,
                       WpWindow         *self)
{
  wp_canvas_place_template_at_centre (self->canvas, template);
}

static void
on_problem_activated (WpProblemsPanel *panel,
                      WpProblem       *problem,
                      WpWindow        *self)
{
  wp_canvas_reveal_selection (self->canvas);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
on_find_result_activated (WpFindBar *find_bar,
                          WpWindow  *self)
{
  wp_canvas_reveal_selection (self->canvas);
}

static void
on_find_stop (WpFindBar *find_bar,
              WpWindow  *self)
{
  gtk_search_bar_set_search_mode (self->find_search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
find_in_plan (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->find_search_bar, TRUE);
  wp_find_bar_focus (self->find_bar);
}

static void
forward_to_canvas (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);
  g_autofree char *name = g_strconcat ("canvas.", action_name + strlen ("win."), NULL);

  gtk_widget_activate_action (GTK_WIDGET (self->canvas), name, NULL);
}

static void
undo_redo (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  WpHistory *history = wp_document_get_history (WP_WINDOW (widget)->document);

  if (g_str_equal (action_name, "win.undo"))
    wp_history_undo (history);
  else
    wp_history_redo (history);
}

static void
new_device (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (wp_device_editor_new (GTK_WINDOW (self), self->catalogue, NULL)));
}

/* The selected device's ports, as an entry of the user's catalogue. */
static void
add_to_catalogue (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);
  g_autoptr(GPtrArray) devices = wp_selection_get_devices (wp_document_get_selection (self->document));

  if (devices->len != 1)
    return;
  gtk_window_present (GTK_WINDOW (wp_device_editor_new_for_device (GTK_WINDOW (self), self->catalogue,
                                                                   g_ptr_array_index (devices, 0))));
}

static void
update_selection_actions (WpWindow *self)
{
  WpSelection *selection = wp_document_get_selection (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-to-catalogue",
                                 wp_selection_get_n_devices (selection) == 1
                                 && wp_selection_get_n_cables (selection) == 0);
}

static void
find_device (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);

  gtk_widget_set_visible (GTK_WIDGET (self->catalogue_panel), TRUE);
  wp_catalogue_panel_focus_search (self->catalogue_panel);
}

/* Opens the rules' help at the rule of the action's target ("" for the list). */
static void
show_rule_help (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);

  if (self->rule_help == NULL)
    {
      self->rule_help = GTK_WINDOW (wp_rule_help_window_new (GTK_WINDOW (self)));
      g_object_add_weak_pointer (G_OBJECT (self->rule_help), (gpointer *) &self->rule_help);
    }
  gtk_window_present (self->rule_help);
  wp_rule_help_window_show_rule (WP_RULE_HELP_WINDOW (self->rule_help),
                                 g_variant_get_string (parameter, NULL));
}

/* F1: help on the rule of the cable under the pointer or selected. */
static void
explain_rule (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);
  const char *rule = wp_canvas_get_rule_in_question (self->canvas);

  gtk_widget_activate_action (widget, "win.rule-help", "s", rule != NULL ? rule : "");
}

static void
wp_window_dispose (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (wp_document_get_plan (self->document), self);
      g_signal_handlers_disconnect_by_data (wp_document_get_history (self->document), self);
      g_signal_handlers_disconnect_by_data (wp_document_get_selection (self->document), self);
    }
  wp_window_dispose_load (self);
  wp_window_dispose_files (self);
  if (self->rule_help != NULL)
    gtk_window_destroy (self->rule_help);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (wp_window_parent_class)->dispose (object);
}

static void
wp_window_class_init (WpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const forwarded[] = {
    "win.zoom-in", "win.zoom-out", "win.zoom-fit", "win.zoom-actual", "win.add-zone",
    "win.arrange-plan", "win.arrange-selection", "win.align-left", "win.align-right", "win.align-top",
    "win.align-bottom", "win.align-centres-horizontally", "win.align-centres-vertically",
    "win.distribute-horizontally", "win.distribute-vertically",
  };

  object_class->dispose = wp_window_dispose;

  g_type_ensure (WP_TYPE_CANVAS);
  g_type_ensure (WP_TYPE_CATALOGUE_PANEL);
  g_type_ensure (WP_TYPE_INSPECTOR);
  g_type_ensure (WP_TYPE_PROBLEMS_PANEL);
  g_type_ensure (WP_TYPE_FIND_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/wireplan/Wireplan/ui/wp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WpWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, load_progress);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, title);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, problems_icon);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, catalogue_panel);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, problems_panel);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, find_search_bar);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, find_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_canvas_message);
  gtk_widget_class_bind_template_callback (widget_class, on_template_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_problem_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_find_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_find_stop);
  gtk_widget_class_bind_template_callback (widget_class, update_problems_button);

  wp_window_class_init_files (widget_class);
  wp_window_class_init_filter (widget_class);
  wp_window_class_init_compare (widget_class);
  wp_window_class_init_sheet (widget_class);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_redo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_redo);
  gtk_widget_class_install_action (widget_class, "win.find-device", NULL, find_device);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_in_plan);
  gtk_widget_class_install_action (widget_class, "win.new-device", NULL, new_device);
  gtk_widget_class_install_action (widget_class, "win.add-to-catalogue", NULL, add_to_catalogue);
  gtk_widget_class_install_action (widget_class, "win.rule-help", "s", show_rule_help);
  gtk_widget_class_install_action (widget_class, "win.explain-rule", NULL, explain_rule);
  for (guint i = 0; i < G_N_ELEMENTS (forwarded); i++)
    gtk_widget_class_install_action (widget_class, forwarded[i], NULL, forward_to_canvas);
}

/* The panels' visibility as stateful window actions, for the menu and buttons. */
static void
add_visibility_action (WpWindow   *self,
                       const char *name,
                       gpointer    widget)
{
  g_autoptr(GPropertyAction) action = g_property_action_new (name, widget, "visible");

  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
}

static void
wp_window_init (WpWindow *self)
{
  g_autoptr(GPropertyAction) legend = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  wp_window_init_load (self);
  wp_window_init_files (self);
  wp_window_init_filter (self);
  /* The size the user left the last window at. */
  if (wp_settings_get () != NULL)
    {
      g_settings_bind (wp_settings_get (), "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (wp_settings_get (), "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (wp_settings_get (), "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }
  add_visibility_action (self, "show-catalogue", self->catalogue_panel);
  add_visibility_action (self, "show-inspector", self->inspector);
  add_visibility_action (self, "show-problems", self->problems_panel);
  legend = g_property_action_new ("show-legend", self->canvas, "show-legend");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (legend));
}

WpWindow *
wp_window_new (AdwApplication *application,
               WpCatalogue    *catalogue)
{
  WpWindow *self;

  g_return_val_if_fail (WP_IS_CATALOGUE (catalogue), NULL);

  self = g_object_new (WP_TYPE_WINDOW, "application", application, NULL);
  self->catalogue = g_object_ref (catalogue);
  wp_catalogue_panel_set_catalogue (self->catalogue_panel, catalogue);
  wp_canvas_set_catalogue (self->canvas, catalogue);
  wp_window_set_plan (self, NULL, NULL);
  return self;
}

WpDocument *
wp_window_get_document (WpWindow *window)
{
  g_return_val_if_fail (WP_IS_WINDOW (window), NULL);
  return window->document;
}

/* Shows @document, saved at @file (NULL when never saved); the views use what
 * @prepared made for them, when not NULL. */
static void
show_document (WpWindow     *window,
               WpDocument   *document,
               GFile        *file,
               WpLoadedPlan *prepared)
{
  WpPlan *plan = wp_document_get_plan (document);

  if (window->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (wp_document_get_plan (window->document), window);
      g_signal_handlers_disconnect_by_data (wp_document_get_history (window->document), window);
      g_signal_handlers_disconnect_by_data (wp_document_get_selection (window->document), window);
    }
  g_set_object (&window->file, file);
  g_set_object (&window->document, document);
  wp_window_end_compare (window);

  g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed), window);
  g_signal_connect_swapped (wp_document_get_history (window->document), "notify",
                            G_CALLBACK (update_history_actions), window);
  g_signal_connect_swapped (wp_document_get_selection (window->document), "changed",
                            G_CALLBACK (update_selection_actions), window);
  update_selection_actions (window);
  if (prepared != NULL)
    {
      wp_canvas_set_document_with_layout (window->canvas, document, prepared->layout,
                                          g_steal_pointer (&prepared->states));
      wp_problems_panel_set_document_with_items (window->problems_panel, document,
                                                 prepared->problem_items, prepared->gradually);
    }
  else
    {
      wp_canvas_set_document (window->canvas, window->document);
      wp_problems_panel_set_document (window->problems_panel, window->document);
    }
  wp_inspector_set_document (window->inspector, window->document);
  wp_find_bar_set_document (window->find_bar, window->document);
  wp_window_document_changed (window);
  wp_window_watch_file (window);
  update_history_actions (window);
  update_problems_button (window);
}

/* Shows @document, saved at @file (NULL when never saved). */
void
wp_window_set_document (WpWindow   *window,
                        WpDocument *document,
                        GFile      *file)
{
  show_document (window, document, file, NULL);
}

/* Shows a plan read in the background (with WP_LOAD_TO_OPEN or WP_LOAD_TO_RESTORE). */
void
wp_window_show_loaded (WpWindow     *window,
                       WpLoadedPlan *loaded,
                       GFile        *file)
{
  g_return_if_fail (loaded->document != NULL);

  show_document (window, loaded->document, file, loaded);
}

static gboolean
present_now (gpointer window)
{
  gtk_window_present (window);
  return G_SOURCE_REMOVE;
}

/* Presents @window in a later main-loop turn: realizing and measuring a new
 * window costs about as much as making it, and the two in one turn would hold
 * up the main loop twice as long. */
void
wp_window_present_soon (WpWindow *window)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, present_now, g_object_ref (window), g_object_unref);
}

/* Shows @plan (a new empty plan when NULL), saved at @file (NULL when never saved). */
void
wp_window_set_plan (WpWindow *window,
                    WpPlan   *plan,
                    GFile    *file)
{
  g_autoptr(WpPlan) empty = NULL;
  g_autoptr(WpDocument) document = NULL;

  g_return_if_fail (WP_IS_WINDOW (window));

  if (plan == NULL)
    plan = empty = wp_plan_new ();
  document = wp_document_new (plan);
  wp_window_set_document (window, document, file);
}
