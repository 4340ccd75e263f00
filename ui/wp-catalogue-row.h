/* wp-catalogue-row.h: one device template in the catalogue list */
#pragma once

#include <gtk/gtk.h>

#include "wp-device-template.h"

G_BEGIN_DECLS

#define WP_TYPE_CATALOGUE_ROW (wp_catalogue_row_get_type ())

G_DECLARE_FINAL_TYPE (WpCatalogueRow, wp_catalogue_row, WP, CATALOGUE_ROW, GtkWidget)

GtkWidget        *wp_catalogue_row_new                 (void);
WpDeviceTemplate *wp_catalogue_row_get_device_template (WpCatalogueRow   *self);
void              wp_catalogue_row_set_device_template (WpCatalogueRow   *self,
                                                        WpDeviceTemplate *device_template);

G_END_DECLS
