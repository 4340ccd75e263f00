/* wp-bezier.h: the cubic curves cables are drawn as */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* p0 the start anchor, p1 and p2 the control points, p3 the end anchor. */
typedef struct {
  double x[4];
  double y[4];
} WpBezier;

void     wp_bezier_init_anchored (WpBezier                *curve,
                                  double                   x0,
                                  double                   y0,
                                  double                   dx0,
                                  double                   dy0,
                                  double                   x3,
                                  double                   y3,
                                  double                   dx3,
                                  double                   dy3);
void     wp_bezier_get_point     (const WpBezier          *curve,
                                  double                   t,
                                  double                  *x,
                                  double                  *y);
void     wp_bezier_get_bounds    (const WpBezier          *curve,
                                  cairo_rectangle_t       *bounds);
void     wp_bezier_get_piece_bounds (const WpBezier       *curve,
                                     guint                 n_pieces,
                                     cairo_rectangle_t    *bounds);
double   wp_bezier_distance      (const WpBezier          *curve,
                                  double                   x,
                                  double                   y);
void     wp_bezier_path          (const WpBezier          *curve,
                                  cairo_t                 *cr);

G_END_DECLS
