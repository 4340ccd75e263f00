/* wp-severity.c: how a problem's severity looks and reads, wherever it is shown
 *
 * An icon of its own shape for each severity, coloured by the error and warning
 * style classes, with its name as tooltip and accessible label, so colour is
 * never the only cue.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-settings.h"
#include "wp-severity.h"

static const struct {
  const char *icon_name;
  const char *style_class;   /* NULL: none */
} looks[] = {
  [WP_SEVERITY_INFO] = { "dialog-information-symbolic", NULL },
  [WP_SEVERITY_WARNING] = { "dialog-warning-symbolic", "warning" },
  [WP_SEVERITY_ERROR] = { "dialog-error-symbolic", "error" },
};

/* The severity's name: "Error", "Warning" or "Note". */
const char *
wp_severity_get_label (WpSeverity severity)
{
  switch (severity)
    {
    case WP_SEVERITY_ERROR:
      return C_("severity", "Error");
    case WP_SEVERITY_WARNING:
      return C_("severity", "Warning");
    case WP_SEVERITY_INFO:
    default:
      return C_("severity", "Note");
    }
}

/* Shows @severity in @image: icon, colour, tooltip and accessible label. */
void
wp_severity_show (GtkImage   *image,
                  WpSeverity  severity)
{
  g_return_if_fail (GTK_IS_IMAGE (image));
  g_return_if_fail (severity < G_N_ELEMENTS (looks));

  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    if (looks[i].style_class != NULL)
      gtk_widget_remove_css_class (GTK_WIDGET (image), looks[i].style_class);
  if (looks[severity].style_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (image), looks[severity].style_class);
  gtk_image_set_from_icon_name (image, looks[severity].icon_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (image), wp_severity_get_label (severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  wp_severity_get_label (severity), -1);
}

static gboolean shown[3] = { TRUE, TRUE, TRUE };   /* by WpSeverity */

static void
read_shown (GSettings *settings)
{
  shown[WP_SEVERITY_WARNING] = g_settings_get_boolean (settings, "show-warnings");
  shown[WP_SEVERITY_INFO] = g_settings_get_boolean (settings, "show-notes");
}

/* The preferences are read once and then followed: views ask per problem, on
 * hot paths. This handler is connected before any view's, so views see the new
 * values. */
static void
follow_shown (void)
{
  static gboolean following;
  GSettings *settings = wp_settings_get ();

  if (following || settings == NULL)
    return;
  following = TRUE;
  read_shown (settings);
  g_signal_connect (settings, "changed::show-warnings", G_CALLBACK (read_shown), NULL);
  g_signal_connect (settings, "changed::show-notes", G_CALLBACK (read_shown), NULL);
}

/* Whether the preferences show problems of @severity on the canvas and in the
 * problems list; errors always show. */
gboolean
wp_severity_is_shown (WpSeverity severity)
{
  g_return_val_if_fail (severity < G_N_ELEMENTS (shown), TRUE);

  follow_shown ();
  return shown[severity];
}

/* wp_severity_is_shown() of each severity, by WpSeverity, for another thread. */
void
wp_severity_get_shown (gboolean shown_severities[3])
{
  for (WpSeverity severity = 0; severity < G_N_ELEMENTS (shown); severity++)
    shown_severities[severity] = wp_severity_is_shown (severity);
}

/* Calls @callback with @data whenever the shown severities change, until @data
 * is finalized. */
void
wp_severity_watch_shown (GCallback callback,
                         gpointer  data)
{
  GSettings *settings = wp_settings_get ();

  if (settings == NULL)
    return;
  follow_shown ();
  g_signal_connect_object (settings, "changed::show-warnings", callback, data, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::show-notes", callback, data, G_CONNECT_SWAPPED);
}
