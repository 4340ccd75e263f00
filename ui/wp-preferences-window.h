/* wp-preferences-window.h: the user's preferences (GSettings) */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WP_TYPE_PREFERENCES_WINDOW (wp_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (WpPreferencesWindow, wp_preferences_window, WP, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

WpPreferencesWindow *wp_preferences_window_new (GtkWindow *parent,
                                                GSettings *settings);

G_END_DECLS
