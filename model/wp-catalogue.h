/* wp-catalogue.h: the device catalogue, a list model of WpDeviceTemplate */
#pragma once

#include <gio/gio.h>

#include "wp-device-template.h"

G_BEGIN_DECLS

#define WP_TYPE_CATALOGUE (wp_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (WpCatalogue, wp_catalogue, WP, CATALOGUE, GObject)

WpCatalogue      *wp_catalogue_new              (void);
gboolean          wp_catalogue_load_builtin     (WpCatalogue  *self,
                                                 GError      **error);
gboolean          wp_catalogue_load_file        (WpCatalogue  *self,
                                                 const char   *filename,
                                                 gboolean      user,
                                                 GError      **error);
void              wp_catalogue_load_directory   (WpCatalogue  *self,
                                                 const char   *directory,
                                                 gboolean      user,
                                                 GPtrArray    *problems);
gboolean          wp_catalogue_load_data        (WpCatalogue  *self,
                                                 const char   *text,
                                                 gsize         length,
                                                 const char   *display_name,
                                                 gboolean      user,
                                                 GError      **error);
void              wp_catalogue_add_or_replace   (WpCatalogue  *self,
                                                 WpDeviceTemplate *template);
GPtrArray        *wp_catalogue_load_default     (WpCatalogue  *self);
char             *wp_catalogue_get_user_directory (void);
WpDeviceTemplate *wp_catalogue_find             (WpCatalogue  *self,
                                                 const char   *model);
GPtrArray        *wp_catalogue_search           (WpCatalogue  *self,
                                                 const char   *query);
GStrv             wp_catalogue_list_categories  (WpCatalogue  *self);
const char       *wp_catalogue_category_name    (const char   *category);

G_END_DECLS
