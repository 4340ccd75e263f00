/* wp-bezier.c: cubic curves with given end tangents, their bounds and distances */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-bezier.h"

#define MIN_REACH   30.0
#define MAX_REACH  180.0
#define BACK_REACH  60.0
#define MAX_SAG    160.0

/* A curve from (X0, Y0) leaving along the unit direction (DX0, DY0) to (X3, Y3), arriving
 * against the unit direction (DX3, DY3): a port's own outward direction at each end.
 * A horizontal cable that has to run back against its start direction sags below its
 * ends like a real one, instead of running straight through the boxes it connects. */
void
wp_bezier_init_anchored (WpBezier *curve,
                         double    x0,
                         double    y0,
                         double    dx0,
                         double    dy0,
                         double    x3,
                         double    y3,
                         double    dx3,
                         double    dy3)
{
  double reach = CLAMP (0.45 * hypot (x3 - x0, y3 - y0), MIN_REACH, MAX_REACH);
  double along = (x3 - x0) * dx0 + (y3 - y0) * dy0;
  double sag = 0;

  if (along < 0 && dy0 == 0 && dy3 == 0)
    {
      reach = MAX (reach, BACK_REACH);
      sag = MIN (0.4 * -along, MAX_SAG);
    }
  curve->x[0] = x0;
  curve->y[0] = y0;
  curve->x[1] = x0 + dx0 * reach;
  curve->y[1] = y0 + dy0 * reach + sag;
  curve->x[2] = x3 + dx3 * reach;
  curve->y[2] = y3 + dy3 * reach + sag;
  curve->x[3] = x3;
  curve->y[3] = y3;
}

void
wp_bezier_get_point (const WpBezier *curve,
                     double          t,
                     double         *x,
                     double         *y)
{
  double u = 1 - t;
  double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;

  *x = a * curve->x[0] + b * curve->x[1] + c * curve->x[2] + d * curve->x[3];
  *y = a * curve->y[0] + b * curve->y[1] + c * curve->y[2] + d * curve->y[3];
}

/* The box of the control polygon, which holds the whole curve. */
void
wp_bezier_get_bounds (const WpBezier    *curve,
                      cairo_rectangle_t *bounds)
{
  double x0 = curve->x[0], x1 = curve->x[0], y0 = curve->y[0], y1 = curve->y[0];

  for (guint i = 1; i < 4; i++)
    {
      x0 = MIN (x0, curve->x[i]);
      x1 = MAX (x1, curve->x[i]);
      y0 = MIN (y0, curve->y[i]);
      y1 = MAX (y1, curve->y[i]);
    }
  *bounds = (cairo_rectangle_t) { x0, y0, x1 - x0, y1 - y0 };
}

/* De Casteljau: the parts of CURVE before and after T. */
static void
split (const WpBezier *curve,
       double          t,
       WpBezier       *before,
       WpBezier       *after)
{
  double x[4], y[4];

  memcpy (x, curve->x, sizeof x);
  memcpy (y, curve->y, sizeof y);
  before->x[0] = x[0], before->y[0] = y[0];
  after->x[3] = x[3], after->y[3] = y[3];
  for (guint level = 1; level < 4; level++)
    {
      for (guint i = 0; i < 4 - level; i++)
        {
          x[i] += t * (x[i + 1] - x[i]);
          y[i] += t * (y[i + 1] - y[i]);
        }
      before->x[level] = x[0], before->y[level] = y[0];
      after->x[3 - level] = x[3 - level], after->y[3 - level] = y[3 - level];
    }
}

/* The bounds of N_PIECES pieces of CURVE, equal in t, into BOUNDS: together far smaller
 * than the whole curve's box when it runs diagonally. */
void
wp_bezier_get_piece_bounds (const WpBezier    *curve,
                            guint              n_pieces,
                            cairo_rectangle_t *bounds)
{
  WpBezier rest = *curve;

  for (guint i = 0; i < n_pieces; i++)
    {
      WpBezier piece, after;

      split (&rest, 1.0 / (n_pieces - i), &piece, &after);
      wp_bezier_get_bounds (&piece, &bounds[i]);
      rest = after;
    }
}

static double
segment_distance (double px,
                  double py,
                  double ax,
                  double ay,
                  double bx,
                  double by)
{
  double dx = bx - ax, dy = by - ay;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? CLAMP (((px - ax) * dx + (py - ay) * dy) / length2, 0, 1) : 0;

  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

/* The distance from (X, Y) to the curve, measured on a polyline of short chords. */
double
wp_bezier_distance (const WpBezier *curve,
                    double          x,
                    double          y)
{
  double polygon = 0;
  double best = G_MAXDOUBLE;
  double px = curve->x[0], py = curve->y[0];
  guint steps;

  for (guint i = 1; i < 4; i++)
    polygon += hypot (curve->x[i] - curve->x[i - 1], curve->y[i] - curve->y[i - 1]);
  steps = (guint) CLAMP (polygon / 12, 8, 128);

  for (guint i = 1; i <= steps; i++)
    {
      double qx, qy;

      wp_bezier_get_point (curve, (double) i / steps, &qx, &qy);
      best = MIN (best, segment_distance (x, y, px, py, qx, qy));
      px = qx;
      py = qy;
    }
  return best;
}

void
wp_bezier_path (const WpBezier *curve,
                cairo_t        *cr)
{
  cairo_move_to (cr, curve->x[0], curve->y[0]);
  cairo_curve_to (cr, curve->x[1], curve->y[1], curve->x[2], curve->y[2],
                  curve->x[3], curve->y[3]);
}
