/* wp-inspector.h: the side panel that shows and edits the selection of a document */
#pragma once

#include <adwaita.h>

#include "wp-document.h"

G_BEGIN_DECLS

#define WP_TYPE_INSPECTOR (wp_inspector_get_type ())

G_DECLARE_FINAL_TYPE (WpInspector, wp_inspector, WP, INSPECTOR, AdwBin)

GtkWidget  *wp_inspector_new          (void);
WpDocument *wp_inspector_get_document (WpInspector *self);
void        wp_inspector_set_document (WpInspector *self,
                                       WpDocument  *document);

char        *wp_inspector_describe_selection (guint n_devices,
                                              guint n_cables);

G_END_DECLS
