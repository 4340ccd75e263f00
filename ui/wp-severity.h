/* wp-severity.h: how a problem's severity looks and reads, wherever it is shown */
#pragma once

#include <gtk/gtk.h>

#include "wp-enums.h"

G_BEGIN_DECLS

const char *wp_severity_get_label (WpSeverity  severity);
void        wp_severity_show      (GtkImage   *image,
                                   WpSeverity  severity);
gboolean    wp_severity_is_shown  (WpSeverity  severity);
void        wp_severity_get_shown (gboolean    shown_severities[3]);
void        wp_severity_watch_shown (GCallback callback,
                                   gpointer    data);

G_END_DECLS
