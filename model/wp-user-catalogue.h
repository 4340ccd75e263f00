/* wp-user-catalogue.h: the user's own device entries, one catalogue file each
 * in wp_catalogue_get_user_directory() (FORMAT.md §3)
 */
#pragma once

#include <gio/gio.h>

#include "wp-catalogue.h"

G_BEGIN_DECLS

#define WP_USER_CATALOGUE_ERROR (wp_user_catalogue_error_quark ())

/* Which field of the entry is wrong, for the editor to point at. */
typedef enum {
  WP_USER_CATALOGUE_ERROR_NAME,      /* no name */
  WP_USER_CATALOGUE_ERROR_MODEL,     /* no model id */
  WP_USER_CATALOGUE_ERROR_CATEGORY,  /* no category */
  WP_USER_CATALOGUE_ERROR_PORTS,     /* no ports, or a port the reader refuses */
} WpUserCatalogueError;

GQuark            wp_user_catalogue_error_quark       (void);
char             *wp_user_catalogue_model_for_name    (const char       *name);
char             *wp_user_catalogue_get_filename      (const char       *model);
char             *wp_user_catalogue_to_data           (WpDeviceTemplate *template,
                                                       gsize            *length);
WpDeviceTemplate *wp_user_catalogue_check             (WpDeviceTemplate *template,
                                                       GError          **error);
WpDeviceTemplate *wp_user_catalogue_save              (WpDeviceTemplate *template,
                                                       GError          **error);
WpDeviceTemplate *wp_user_catalogue_template_for_device (WpCatalogue    *catalogue,
                                                       WpDevice         *device);

G_END_DECLS
