/* wp-application.c: the application: windows, actions and lifetime */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-application.h"
#include "wp-window.h"

struct _WpApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (WpApplication, wp_application, ADW_TYPE_APPLICATION)

static void
wp_application_activate (GApplication *application)
{
  WpWindow *window = wp_window_new (ADW_APPLICATION (application));

  gtk_window_present (GTK_WINDOW (window));
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
      WpWindow *window = wp_window_new (ADW_APPLICATION (application));

      wp_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
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

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
};

static void
wp_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (wp_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
}

static void
wp_application_class_init (WpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

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
    _("Plan audio wiring. Commands: check, format (see “wireplan COMMAND --help”)."));
}

WpApplication *
wp_application_new (void)
{
  return g_object_new (WP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}
