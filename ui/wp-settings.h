/* wp-settings.h: the user's preferences, when their schema is installed */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GSettings  *wp_settings_get                 (void);
void        wp_settings_remember_folder     (GFile          *file);
void        wp_settings_open_last_folder    (GtkFileChooser *chooser);
GHashTable *wp_settings_get_label_prefixes  (void);

G_END_DECLS
