/* wp-catalogue-panel.h: the sidebar to find devices and add them to the plan */
#pragma once

#include <gtk/gtk.h>

#include "wp-catalogue.h"

G_BEGIN_DECLS

#define WP_TYPE_CATALOGUE_PANEL (wp_catalogue_panel_get_type ())

G_DECLARE_FINAL_TYPE (WpCataloguePanel, wp_catalogue_panel, WP, CATALOGUE_PANEL, GtkWidget)

GtkWidget   *wp_catalogue_panel_new           (void);
WpCatalogue *wp_catalogue_panel_get_catalogue (WpCataloguePanel *self);
void         wp_catalogue_panel_set_catalogue (WpCataloguePanel *self,
                                               WpCatalogue      *catalogue);
gboolean     wp_catalogue_panel_is_filling    (WpCataloguePanel *self);
void         wp_catalogue_panel_focus_search  (WpCataloguePanel *self);

G_END_DECLS
