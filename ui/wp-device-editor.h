/* wp-device-editor.h: a window to make or change an entry of the user's catalogue */
#pragma once

#include <adwaita.h>

#include "wp-catalogue.h"

G_BEGIN_DECLS

#define WP_TYPE_DEVICE_EDITOR (wp_device_editor_get_type ())

G_DECLARE_FINAL_TYPE (WpDeviceEditor, wp_device_editor, WP, DEVICE_EDITOR, AdwWindow)

GtkWidget *wp_device_editor_new            (GtkWindow        *parent,
                                            WpCatalogue      *catalogue,
                                            WpDeviceTemplate *template);
GtkWidget *wp_device_editor_new_for_device (GtkWindow        *parent,
                                            WpCatalogue      *catalogue,
                                            WpDevice         *device);

G_END_DECLS
