/* main.c: wireplan's entry point: a headless command, or the window */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "wp-application.h"
#include "wp-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WpApplication) application = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 1 && wp_cli_is_command (argv[1]))
    return wp_cli_run (argc - 1, argv + 1);

  application = wp_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
