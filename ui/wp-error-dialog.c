/* wp-error-dialog.c: what went wrong, in a message dialog over a window
 *
 * Saving, opening, exporting and printing report failures the same way: a
 * heading that says what could not be done, the reason (file, line, what is
 * wrong) and a Close button.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wp-error-dialog.h"

void
wp_error_dialog_show (GtkWindow  *parent,
                      const char *heading,
                      const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
