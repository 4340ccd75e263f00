/* wp-viewport.h: zoom and pan of a view onto a plan
 *
 * View coordinates are pixels from the top-left corner of the view; plan coordinates are
 * plan units. The offset is the plan point shown at the view's top-left corner:
 *   view = (plan - offset) * zoom        plan = view / zoom + offset
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define WP_VIEWPORT_MIN_ZOOM 0.02  /* a 2,000-device plan still fits a laptop screen */
#define WP_VIEWPORT_MAX_ZOOM 4.0

#define WP_TYPE_VIEWPORT (wp_viewport_get_type ())

G_DECLARE_FINAL_TYPE (WpViewport, wp_viewport, WP, VIEWPORT, GObject)

WpViewport *wp_viewport_new              (void);
double      wp_viewport_get_zoom         (WpViewport              *self);
void        wp_viewport_set_zoom         (WpViewport              *self,
                                          double                   zoom);
double      wp_viewport_get_offset_x     (WpViewport              *self);
double      wp_viewport_get_offset_y     (WpViewport              *self);
void        wp_viewport_set_offset       (WpViewport              *self,
                                          double                   x,
                                          double                   y);
double      wp_viewport_get_width        (WpViewport              *self);
double      wp_viewport_get_height       (WpViewport              *self);
void        wp_viewport_set_size         (WpViewport              *self,
                                          double                   width,
                                          double                   height);

void        wp_viewport_to_view          (WpViewport              *self,
                                          double                   plan_x,
                                          double                   plan_y,
                                          double                  *view_x,
                                          double                  *view_y);
void        wp_viewport_to_plan          (WpViewport              *self,
                                          double                   view_x,
                                          double                   view_y,
                                          double                  *plan_x,
                                          double                  *plan_y);
void        wp_viewport_get_visible_area (WpViewport              *self,
                                          cairo_rectangle_t       *area);

void        wp_viewport_zoom_at          (WpViewport              *self,
                                          double                   zoom,
                                          double                   view_x,
                                          double                   view_y);
void        wp_viewport_zoom_to_fit      (WpViewport              *self,
                                          const cairo_rectangle_t *area,
                                          double                   margin);
void        wp_viewport_zoom_actual_size (WpViewport              *self);
void        wp_viewport_pan_by           (WpViewport              *self,
                                          double                   view_dx,
                                          double                   view_dy);
void        wp_viewport_apply            (WpViewport              *self,
                                          cairo_t                 *cr);

G_END_DECLS
