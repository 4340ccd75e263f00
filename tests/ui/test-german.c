/* test-german.c: the window under LANGUAGE=de (tests/ui/meson.build sets it) */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-canvas-private.h"
#include "wp-ui-test-util.h"
#include "wp-window.h"

/* Whether a label or button somewhere in @root shows @text. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = wp_ui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_window_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  WpWindow *window;
  GtkWidget *canvas;
  g_autofree char *canvas_label = NULL;

  /* gettext itself answers in German. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Problems"), ==, "Probleme");

  g_assert_true (wp_catalogue_load_builtin (catalogue, &error));
  window = wp_window_new (NULL, catalogue);
  wp_ui_test_present (GTK_WINDOW (window));

  /* From the .ui templates and from C. */
  g_assert_true (shows_text (GTK_WIDGET (window), "Wählen Sie ein Gerät oder Kabel aus, um es zu untersuchen"));
  g_assert_true (shows_text (GTK_WIDGET (window), "Jede Verbindung erfüllt die Regeln"));
  g_assert_false (shows_text (GTK_WIDGET (window), "Select a device or cable to inspect it"));
  canvas = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), WP_TYPE_WINDOW, "canvas"));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_PROPERTY_LABEL));
  canvas_label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Planfläche");
  g_assert_null (canvas_label);

  gtk_window_destroy (GTK_WINDOW (window));
  wp_ui_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);
  g_test_add_func ("/german/window-labels", test_window_labels);
  return g_test_run ();
}
