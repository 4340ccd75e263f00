/* wp-error-dialog.h: what went wrong, in a message dialog over a window */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void wp_error_dialog_show (GtkWindow  *parent,
                           const char *heading,
                           const char *message);

G_END_DECLS
