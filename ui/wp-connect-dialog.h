/* wp-connect-dialog.h: making a cable by choosing its two ports, without a pointer */
#pragma once

#include <adwaita.h>

#include "wp-canvas.h"

G_BEGIN_DECLS

#define WP_TYPE_CONNECT_DIALOG (wp_connect_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WpConnectDialog, wp_connect_dialog, WP, CONNECT_DIALOG, AdwWindow)

WpConnectDialog *wp_connect_dialog_new          (WpCanvas        *canvas);
void             wp_connect_dialog_select_port  (WpConnectDialog *self,
                                                 gboolean         target,
                                                 WpDevice        *device,
                                                 guint            port);
const char      *wp_connect_dialog_get_verdict  (WpConnectDialog *self);

G_END_DECLS
