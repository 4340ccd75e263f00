/* wp-port-editor.h: one port of the device editor, a field per port attribute */
#pragma once

#include <adwaita.h>

#include "wp-port.h"

G_BEGIN_DECLS

#define WP_TYPE_PORT_EDITOR (wp_port_editor_get_type ())

G_DECLARE_FINAL_TYPE (WpPortEditor, wp_port_editor, WP, PORT_EDITOR, AdwExpanderRow)

GtkWidget *wp_port_editor_new       (const WpPort *port);
WpPort    *wp_port_editor_get_port  (WpPortEditor *self);
GtkWidget *wp_port_editor_get_field (WpPortEditor *self,
                                     const char   *key);

G_END_DECLS
