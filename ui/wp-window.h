/* wp-window.h: the window of one plan: catalogue, canvas, inspector, problems */
#pragma once

#include <adwaita.h>

#include "wp-catalogue.h"
#include "wp-document.h"
#include "wp-plan.h"

G_BEGIN_DECLS

#define WP_TYPE_WINDOW (wp_window_get_type ())

G_DECLARE_FINAL_TYPE (WpWindow, wp_window, WP, WINDOW, AdwApplicationWindow)

WpWindow   *wp_window_new          (AdwApplication *application,
                                    WpCatalogue    *catalogue);
void        wp_window_set_plan     (WpWindow       *window,
                                    WpPlan         *plan,
                                    GFile          *file);
gboolean    wp_window_open_file    (WpWindow       *window,
                                    GFile          *file);
void        wp_window_open_file_in_background (WpWindow *window,
                                               GFile    *file);
gboolean    wp_window_is_loading   (WpWindow       *window);
WpDocument *wp_window_get_document (WpWindow       *window);
gboolean    wp_window_offer_recovery (WpWindow     *window);

G_END_DECLS
