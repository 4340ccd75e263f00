/* wp-render-text.h: measuring and drawing the plan's text, the same on screen and paper
 *
 * Text is laid out in plan units without hinting, so a label measures the same at every
 * zoom and on every surface; the few layouts are made once and reused.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef enum {
  WP_TEXT_DEVICE_NAME,
  WP_TEXT_DEVICE_MODEL,
  WP_TEXT_PORT,
  WP_TEXT_CONNECTOR,
  WP_TEXT_ZONE_TITLE,
  WP_TEXT_CABLE_LABEL,
  WP_TEXT_LEGEND,
  WP_TEXT_LEGEND_TITLE,
  WP_N_TEXT_ROLES
} WpTextRole;

#define WP_TYPE_RENDER_TEXT (wp_render_text_get_type ())

G_DECLARE_FINAL_TYPE (WpRenderText, wp_render_text, WP, RENDER_TEXT, GObject)

WpRenderText *wp_render_text_new       (void);
double        wp_render_text_get_size  (WpRenderText *self,
                                        WpTextRole    role);
double        wp_render_text_measure   (WpRenderText *self,
                                        WpTextRole    role,
                                        const char   *text,
                                        double       *height);
void          wp_render_text_prepare   (WpRenderText *self,
                                        cairo_t      *cr);
double        wp_render_text_show      (WpRenderText *self,
                                        cairo_t      *cr,
                                        WpTextRole    role,
                                        const char   *text,
                                        double        x,
                                        double        y,
                                        double        xalign,
                                        double        max_width);

G_END_DECLS
