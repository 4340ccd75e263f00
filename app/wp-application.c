/* wp-application.c: the application: windows, actions and lifetime */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-application.h"
#include "wp-preferences-window.h"
#include "wp-release-notes.h"
#include "wp-settings.h"
#include "wp-window.h"

struct _WpApplication
{
  AdwApplication  parent_instance;

  WpCatalogue    *catalogue;   /* shared by every window */
  gboolean        offered_recovery;
};

G_DEFINE_FINAL_TYPE (WpApplication, wp_application, ADW_TYPE_APPLICATION)

static WpWindow *
new_window (WpApplication *self)
{
  return wp_window_new (ADW_APPLICATION (self), self->catalogue);
}

/* Once per start: plans a crash left unsaved are offered back. */
static void
offer_recovery (WpApplication *self,
                WpWindow      *window)
{
  if (self->offered_recovery)
    return;
  self->offered_recovery = TRUE;
  wp_window_offer_recovery (window);
}

static void
wp_application_activate (GApplication *application)
{
  WpWindow *window = new_window (WP_APPLICATION (application));

  gtk_window_present (GTK_WINDOW (window));
  offer_recovery (WP_APPLICATION (application), window);
}

/* One window per plan. */
static void
wp_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      WpWindow *window = new_window (WP_APPLICATION (application));

      wp_window_open_file_in_background (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
      offer_recovery (WP_APPLICATION (application), window);
    }
}

static int
wp_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("wireplan %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

/* Closes every window, each asking about its unsaved changes; the application
 * ends with the last one. */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (user_data));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (new_window (user_data)));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *developers[] = { "The Wireplan developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application-name", _("Wireplan"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Wireplan developers"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/wireplan/wireplan",
                        "issue-url", "https://github.com/wireplan/wireplan/issues",
                        "comments", _("Plan the audio wiring of a studio or stage and catch "
                                      "wiring mistakes before the cables are run."),
                        "release-notes-version", PACKAGE_VERSION,
                        "release-notes", WP_RELEASE_NOTES,
                        /* Translators: your names, one per line, as shown in the About window. */
                        "translator-credits", _("translator-credits"),
                        "transient-for", parent,
                        "modal", parent != NULL,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* The preferences need their schema; without it (a build tree run without
 * GSETTINGS_SCHEMA_DIR) the action is disabled. */
static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       data)
{
  GtkApplication *application = GTK_APPLICATION (data);
  GSettings *settings = wp_settings_get ();

  g_return_if_fail (settings != NULL);
  gtk_window_present (GTK_WINDOW (wp_preferences_window_new (gtk_application_get_active_window (application),
                                                             settings)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "new-window", new_window_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
};

static const struct {
  const char *action;
  const char *accels[4];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.new-window", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.find-device", { "<Control>k", NULL } },
  { "win.arrange-plan", { "<Control><Shift>l", NULL } },
  { "win.arrange-selection", { "<Control><Alt>l", NULL } },
  { "win.align-left", { "<Alt>Left", NULL } },
  { "win.align-right", { "<Alt>Right", NULL } },
  { "win.align-top", { "<Alt>Up", NULL } },
  { "win.align-bottom", { "<Alt>Down", NULL } },
  { "win.show-catalogue", { "F9", NULL } },
  { "win.show-problems", { "F8", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.explain-rule", { "F1", NULL } },
};

static gboolean
color_scheme_from_setting (GValue   *value,
                           GVariant *variant,
                           gpointer  data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  g_value_set_enum (value, g_str_equal (nick, "light") ? ADW_COLOR_SCHEME_FORCE_LIGHT
                           : g_str_equal (nick, "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                           : ADW_COLOR_SCHEME_DEFAULT);
  return TRUE;
}

/* Light, dark, or as the desktop says, from the preferences. */
static void
follow_color_scheme (void)
{
  GSettings *settings = wp_settings_get ();

  if (settings != NULL)
    g_settings_bind_with_mapping (settings, "color-scheme", adw_style_manager_get_default (),
                                  "color-scheme", G_SETTINGS_BIND_GET,
                                  color_scheme_from_setting, NULL, NULL, NULL);
}

/* Broken files in the user's device folder are reported and skipped. */
static void
load_catalogue (WpApplication *self)
{
  g_autoptr(GPtrArray) errors = NULL;

  self->catalogue = wp_catalogue_new ();
  errors = wp_catalogue_load_default (self->catalogue);
  for (guint i = 0; errors != NULL && i < errors->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (errors, i));
}

static void
wp_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (wp_application_parent_class)->startup (application);

  load_catalogue (WP_APPLICATION (application));
  follow_color_scheme ();
  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (application),
                                                                            "preferences")),
                               wp_settings_get () != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);
}

static void
wp_application_dispose (GObject *object)
{
  g_clear_object (&WP_APPLICATION (object)->catalogue);

  G_OBJECT_CLASS (wp_application_parent_class)->dispose (object);
}

static void
wp_application_class_init (WpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wp_application_dispose;

  app_class->activate = wp_application_activate;
  app_class->open = wp_application_open;
  app_class->startup = wp_application_startup;
  app_class->handle_local_options = wp_application_handle_local_options;
}

static void
wp_application_init (WpApplication *self)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("Plan audio wiring. Commands: check, format, catalogue, export, diff (see “wireplan COMMAND --help”)."));
}

WpApplication *
wp_application_new (void)
{
  return g_object_new (WP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}
