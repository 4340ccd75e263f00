/* wp-ui-test-util.c: helpers for tests that drive real widgets under Xvfb */
#include "config.h"

#include "wp-ui-test-util.h"

/* Sets up GLib's test framework, GTK and libadwaita, with the app's own resources. */
void
wp_ui_test_init (int    *argc,
                 char ***argv)
{
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
