/* wp-plan-renderer-damage.c: where a change redraws a kept scene
 *
 * The canvas keeps the scene in pixels. When a device moves, is lifted or dropped,
 * or a cable changes state, only the areas these functions give are drawn again,
 * each clipped to itself, instead of the whole scene.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-plan-renderer-private.h"
#include "wp-spatial-index.h"

#define PIXEL_MARGIN    2.0   /* device pixels: antialiasing, lines kept a pixel wide */
#define PIECE_LENGTH  128.0   /* plan units: a cable is damaged in pieces about this long */
#define MAX_PIECES     16
#define TILE           16     /* device pixels */

static void
add_grown (GArray                  *areas,
           const cairo_rectangle_t *r,
           double                   margin)
{
  cairo_rectangle_t grown = wp_rectangle_grow (r, margin);

  g_array_append_val (areas, grown);
}

static void
add_cable (WpPlanRenderer *self,
           WpCable        *cable,
           double          scale,
           gboolean        marks,
           GArray         *areas)
{
  cairo_rectangle_t pieces[MAX_PIECES], bounds;
  double pixel = PIXEL_MARGIN / scale;
  WpBezier curve;
  guint n;

  if (!wp_layout_get_cable_curve (self->layout, cable, &curve))
    return;
  wp_bezier_get_bounds (&curve, &bounds);
  /* A label or icon may sit anywhere along the curve. */
  if (marks)
    {
      add_grown (areas, &bounds, LABEL_MARGIN + pixel);
      return;
    }
  n = CLAMP ((guint) ceil (MAX (bounds.width, bounds.height) / PIECE_LENGTH), 1, MAX_PIECES);
  wp_bezier_get_piece_bounds (&curve, n, pieces);
  for (guint i = 0; i < n; i++)
    add_grown (areas, &pieces[i], CABLE_MARGIN + pixel);
}

/* A device a view filter fades depends on the states of its cables. */
static void
add_device_alone (WpPlanRenderer *self,
                  WpDevice       *device,
                  double          scale,
                  GArray         *areas)
{
  cairo_rectangle_t bounds;

  wp_layout_get_device_bounds (self->layout, device, &bounds);
  add_grown (areas, &bounds, DEVICE_MARGIN + PIXEL_MARGIN / scale);
}

/**
 * wp_plan_renderer_add_device_damage:
 * @scale: device pixels per plan unit of the kept scene
 * @areas: (element-type cairo_rectangle_t): where to append, in plan units
 *
 * Appends where a scene drawn for the screen at @scale changes when @device
 * appears, disappears or is lifted at its current place: the device, its cables
 * (in pieces along each curve) and, when the scale shows them, the labels and
 * icons of cables near it, which are placed where no device covers them.
 */
void
wp_plan_renderer_add_device_damage (WpPlanRenderer *self,
                                    WpDevice       *device,
                                    double          scale,
                                    GArray         *areas)
{
  WpPlan *plan;
  gboolean marks;

  g_return_if_fail (WP_IS_PLAN_RENDERER (self));
  g_return_if_fail (scale > 0);
  g_return_if_fail (areas != NULL);

  plan = wp_layout_get_plan (self->layout);
  marks = wp_plan_renderer_shows_marks (self, scale);
  add_device_alone (self, device, scale, areas);
  for (guint p = 0; p < wp_device_get_n_ports (device); p++)
    {
      GPtrArray *at = wp_plan_get_cables_at (plan, wp_device_get_id (device),
                                             wp_device_get_port (device, p)->id);

      for (guint c = 0; at != NULL && c < at->len; c++)
        add_cable (self, g_ptr_array_index (at, c), scale, marks, areas);
    }
  if (marks)
    {
      g_autoptr(GPtrArray) near = g_ptr_array_new ();
      cairo_rectangle_t bounds;

      wp_layout_get_device_bounds (self->layout, device, &bounds);
      bounds = wp_rectangle_grow (&bounds, LABEL_MARGIN);
      wp_layout_query_cables (self->layout, &bounds, near);
      for (guint i = 0; i < near->len; i++)
        add_cable (self, g_ptr_array_index (near, i), scale, TRUE, areas);
    }
}

/* Appends where a scene drawn at @scale changes when @cable changes its state. */
void
wp_plan_renderer_add_cable_damage (WpPlanRenderer *self,
                                   WpCable        *cable,
                                   double          scale,
                                   GArray         *areas)
{
  WpDevice *from, *to;

  g_return_if_fail (WP_IS_PLAN_RENDERER (self));
  g_return_if_fail (scale > 0);
  g_return_if_fail (areas != NULL);

  add_cable (self, cable, scale, wp_plan_renderer_shows_marks (self, scale), areas);
  if (wp_view_filter_is_active (&self->filter)
      && wp_layout_get_cable_ends (self->layout, cable, &from, NULL, &to, NULL))
    {
      add_device_alone (self, from, scale, areas);
      add_device_alone (self, to, scale, areas);
    }
}

/* The device pixels AREAS cover, as few rectangles of whole tiles within LIMIT: many
 * small overlapping areas (the pieces of a device's cables) become a handful to clip
 * to and to look objects up in. */
static GArray *
cover_with_tiles (cairo_t                     *cr,
                  GArray                      *areas,
                  const cairo_rectangle_int_t *limit)
{
  GArray *rects = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_int_t));
  int columns = (limit->width + TILE - 1) / TILE, rows = (limit->height + TILE - 1) / TILE;
  g_autofree guint8 *covered = g_new0 (guint8, (gsize) MAX (columns * rows, 1));

  for (guint i = 0; i < areas->len; i++)
    {
      const cairo_rectangle_t *r = &g_array_index (areas, cairo_rectangle_t, i);
      double ax = r->x, ay = r->y, bx = r->x + r->width, by = r->y + r->height;
      int c0, r0, c1, r1;

      cairo_user_to_device (cr, &ax, &ay);
      cairo_user_to_device (cr, &bx, &by);
      c0 = (int) floor ((MIN (ax, bx) - limit->x) / TILE);
      c1 = (int) floor ((MAX (ax, bx) - limit->x) / TILE);
      r0 = (int) floor ((MIN (ay, by) - limit->y) / TILE);
      r1 = (int) floor ((MAX (ay, by) - limit->y) / TILE);
      for (int row = MAX (r0, 0); row <= MIN (r1, rows - 1); row++)
        for (int column = MAX (c0, 0); column <= MIN (c1, columns - 1); column++)
          covered[row * columns + column] = 1;
    }
  /* Runs of tiles along each row, each grown down while the next row has the same run. */
  for (int row = 0; row < rows; row++)
    for (int column = 0; column < columns; column++)
      {
        int end = column, bottom = row + 1;
        cairo_rectangle_int_t rect;

        if (!covered[row * columns + column])
          continue;
        while (end < columns && covered[row * columns + end])
          end++;
        while (bottom < rows
               && (column == 0 || !covered[bottom * columns + column - 1])
               && (end == columns || !covered[bottom * columns + end])
               && memchr (covered + bottom * columns + column, 0, end - column) == NULL)
          {
            memset (covered + bottom * columns + column, 0, end - column);
            bottom++;
          }
        rect = (cairo_rectangle_int_t) { limit->x + column * TILE, limit->y + row * TILE,
                                         (end - column) * TILE, (bottom - row) * TILE };
        g_array_append_val (rects, rect);
        column = end;
      }
  return rects;
}

/**
 * wp_plan_renderer_redraw:
 * @areas: (element-type cairo_rectangle_t): plan units
 * @flags: as for wp_plan_renderer_draw_scene(), with WP_SCENE_BACKGROUND
 *
 * Draws the scene again over what @cr's target holds, in @areas only (and their
 * surroundings up to whole tiles of device pixels), clipped to them, so the new
 * drawing replaces the old one exactly, and each object that meets them is drawn
 * once. @cr must only scale and translate, and be clipped to its target.
 */
void
wp_plan_renderer_redraw (WpPlanRenderer *self,
                         cairo_t        *cr,
                         GArray         *areas,
                         WpCableStates  *states,
                         WpSceneFlags    flags)
{
  g_autoptr(GArray) rects = NULL;
  g_autoptr(GArray) plan_rects = NULL;
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();
  g_autoptr(GPtrArray) devices = g_ptr_array_new ();
  cairo_rectangle_t extents = { 0, 0, -1, -1 };
  cairo_rectangle_int_t limit;
  double x0, y0, x1, y1;

  g_return_if_fail (WP_IS_PLAN_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (areas != NULL);
  g_return_if_fail (flags & WP_SCENE_BACKGROUND);

  cairo_save (cr);
  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  limit = (cairo_rectangle_int_t) { (int) floor (MIN (x0, x1)), (int) floor (MIN (y0, y1)), 0, 0 };
  limit.width = (int) ceil (MAX (x0, x1)) - limit.x;
  limit.height = (int) ceil (MAX (y0, y1)) - limit.y;
  rects = cover_with_tiles (cr, areas, &limit);
  plan_rects = g_array_sized_new (FALSE, FALSE, sizeof (cairo_rectangle_t), rects->len);

  cairo_new_path (cr);
  for (guint i = 0; i < rects->len; i++)
    {
      const cairo_rectangle_int_t *r = &g_array_index (rects, cairo_rectangle_int_t, i);
      double ax = r->x, ay = r->y, bx = r->x + r->width, by = r->y + r->height;
      cairo_rectangle_t area;

      cairo_device_to_user (cr, &ax, &ay);
      cairo_device_to_user (cr, &bx, &by);
      area = (cairo_rectangle_t) { MIN (ax, bx), MIN (ay, by), fabs (bx - ax), fabs (by - ay) };
      cairo_rectangle (cr, area.x, area.y, area.width, area.height);
      wp_rectangle_union (&extents, &area);
      g_array_append_val (plan_rects, area);
    }
  if (rects->len > 0)
    {
      cairo_clip (cr);
      wp_plan_renderer_query (self, (cairo_rectangle_t *) (gpointer) plan_rects->data,
                              plan_rects->len, wp_plan_renderer_get_scale (cr), flags,
                              cables, devices);
      wp_plan_renderer_draw_items (self, cr, &extents, cables, devices, states, flags);
    }
  cairo_restore (cr);
}
