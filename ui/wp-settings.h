/* wp-settings.h: the user's preferences, when their schema is installed */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *wp_settings_get (void);

G_END_DECLS
