/* main.c: wireplan's entry point: a headless command, or the window */
#include "config.h"

#include "wp-application.h"
#include "wp-cli.h"
#include "wp-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WpApplication) application = NULL;

  wp_i18n_init ();

  if (argc > 1 && wp_cli_is_command (argv[1]))
    return wp_cli_run (argc - 1, argv + 1);

  application = wp_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
