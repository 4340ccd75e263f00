/* wp-plan-renderer-overlay.c: what changes with the pointer: selection, hover, verdicts,
 * the cable being drawn and the rubber band, drawn over a cached scene */
#include "config.h"

#include "wp-plan-renderer-private.h"
#include "wp-render-glyphs.h"
#include "wp-spatial-index.h"

#define OUTLINE_GAP  3.0

static void
outline_device (WpPlanRenderer *self,
                cairo_t        *cr,
                WpDevice       *device,
                const WpRgba   *color,
                double          width)
{
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (self->layout, device);

  wp_render_rounded_rectangle (cr, wp_device_get_x (device) - OUTLINE_GAP,
                               wp_device_get_y (device) - OUTLINE_GAP,
                               geometry->width + 2 * OUTLINE_GAP,
                               geometry->height + 2 * OUTLINE_GAP, 8);
  wp_render_style_set_source (cr, color);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

/* A wide translucent band along the curve: the cable's own dashes show through. */
static void
halo_cable (WpPlanRenderer *self,
            cairo_t        *cr,
            WpCable        *cable,
            const WpRgba   *color,
            double          alpha)
{
  WpRgba halo = *color;
  WpBezier curve;

  if (!wp_layout_get_cable_curve (self->layout, cable, &curve))
    return;
  halo.alpha *= alpha;
  wp_bezier_path (&curve, cr);
  wp_render_style_set_source (cr, &halo);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, 9);
  cairo_stroke (cr);
}

/* The selected objects that meet AREA, in drawing order. Looked up by id: a frame's
 * cost is that of the selection, not of every object in view. */
static void
find_selected (WpPlanRenderer          *self,
               GHashTable              *ids,
               gboolean                 cables,
               const cairo_rectangle_t *area,
               GPtrArray               *found)
{
  WpPlan *plan = wp_layout_get_plan (self->layout);
  GHashTableIter iter;
  gpointer id;

  if (ids == NULL)
    return;
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      gpointer item = cables ? (gpointer) wp_plan_find_cable (plan, id)
                             : (gpointer) wp_plan_find_device (plan, id);
      cairo_rectangle_t bounds;
      WpBezier curve;

      if (item == NULL)
        continue;
      if (cables && wp_layout_get_cable_curve (self->layout, item, &curve))
        wp_bezier_get_bounds (&curve, &bounds);
      else if (cables)
        continue;
      else
        wp_layout_get_device_bounds (self->layout, item, &bounds);
      if (wp_rectangle_intersects (&bounds, area))
        g_ptr_array_add (found, item);
    }
  wp_layout_sort (self->layout, found);
}

static void
draw_selection (WpPlanRenderer          *self,
                cairo_t                 *cr,
                const WpOverlay         *overlay,
                const cairo_rectangle_t *area,
                double                   pixel)
{
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();
  g_autoptr(GPtrArray) devices = g_ptr_array_new ();

  find_selected (self, overlay->selected_cables, TRUE, area, cables);
  for (guint i = 0; i < cables->len; i++)
    halo_cable (self, cr, g_ptr_array_index (cables, i), &self->style.selection, 0.4);
  find_selected (self, overlay->selected_devices, FALSE, area, devices);
  for (guint i = 0; i < devices->len; i++)
    outline_device (self, cr, g_ptr_array_index (devices, i), &self->style.selection, 2.5 * pixel);
}

static void
draw_hover (WpPlanRenderer *self,
            cairo_t        *cr,
            const WpHit    *hover,
            double          pixel)
{
  double x, y, w, h;

  switch (hover->kind)
    {
    case WP_HIT_PORT:
      wp_layout_get_port_anchor (self->layout, hover->device, hover->port, &x, &y);
      cairo_new_path (cr);
      cairo_arc (cr, x, y, WP_LAYOUT_PORT_RADIUS + 3.5, 0, 2 * G_PI);
      wp_render_style_set_source (cr, &self->style.hover);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
      break;
    case WP_HIT_DEVICE:
      outline_device (self, cr, hover->device, &self->style.hover, 2 * pixel);
      break;
    case WP_HIT_CABLE:
      halo_cable (self, cr, hover->cable, &self->style.hover, 0.6);
      break;
    case WP_HIT_ZONE_TITLE:
      wp_zone_get_bounds (hover->zone, &x, &y, &w, &h);
      cairo_rectangle (cr, x, y, w, MIN (h, WP_LAYOUT_ZONE_TITLE_HEIGHT));
      wp_render_style_set_source (cr, &self->style.hover);
      cairo_set_line_width (cr, 2 * pixel);
      cairo_stroke (cr);
      break;
    case WP_HIT_ZONE_EDGE:
      wp_zone_get_bounds (hover->zone, &x, &y, &w, &h);
      if (hover->edges & WP_ZONE_EDGE_LEFT)
        cairo_rectangle (cr, x, y, 0, h);
      if (hover->edges & WP_ZONE_EDGE_RIGHT)
        cairo_rectangle (cr, x + w, y, 0, h);
      if (hover->edges & WP_ZONE_EDGE_TOP)
        cairo_rectangle (cr, x, y, w, 0);
      if (hover->edges & WP_ZONE_EDGE_BOTTOM)
        cairo_rectangle (cr, x, y + h, w, 0);
      wp_render_style_set_source (cr, &self->style.selection);
      cairo_set_line_width (cr, 4 * pixel);
      cairo_stroke (cr);
      break;
    case WP_HIT_NONE:
    default:
      break;
    }
}

static void
draw_verdicts (WpPlanRenderer *self,
               cairo_t        *cr,
               WpPortVerdicts *verdicts,
               GPtrArray      *devices)
{
  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);

      const WpDeviceGeometry *geometry;

      if (!wp_port_verdicts_has_device (verdicts, device))
        continue;
      geometry = wp_layout_get_device_geometry (self->layout, device);
      for (guint p = 0; p < geometry->n_ports; p++)
        {
          WpPortSide side = geometry->ports[p].side;
          double x, y;

          wp_layout_get_port_anchor (self->layout, device, p, &x, &y);
          wp_render_verdict_mark (cr, &self->style, wp_port_verdicts_lookup (verdicts, device, p),
                                  x, y, WP_LAYOUT_PORT_RADIUS,
                                  side == WP_PORT_SIDE_LEFT ? -1 : side == WP_PORT_SIDE_RIGHT,
                                  side == WP_PORT_SIDE_BOTTOM);
        }
    }
}

static void
draw_ghost (WpPlanRenderer  *self,
            cairo_t         *cr,
            const WpOverlay *overlay)
{
  const WpPort *port = wp_device_get_port (overlay->ghost_device, overlay->ghost_port);
  WpRgba color = self->style.signal[wp_signal_kind_for_port (port)];
  WpBezier curve;

  wp_layout_get_ghost_curve (self->layout, overlay->ghost_device, overlay->ghost_port,
                             overlay->ghost_x, overlay->ghost_y, &curve);
  color.alpha = 0.85;
  wp_render_style_set_source (cr, &color);
  wp_bezier_path (&curve, cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);
  cairo_arc (cr, overlay->ghost_x, overlay->ghost_y, 3.5, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
draw_rubber_band (WpPlanRenderer          *self,
                  cairo_t                 *cr,
                  const cairo_rectangle_t *r,
                  double                   pixel)
{
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  wp_render_style_set_source (cr, &self->style.rubber_band);
  cairo_fill_preserve (cr);
  wp_render_style_set_source (cr, &self->style.selection);
  cairo_set_line_width (cr, pixel);
  cairo_stroke (cr);
}

/* Draws OVERLAY over the scene, for what meets AREA (plan units). */
void
wp_plan_renderer_draw_overlay (WpPlanRenderer          *self,
                               cairo_t                 *cr,
                               const cairo_rectangle_t *area,
                               const WpOverlay         *overlay)
{
  double pixel;

  g_return_if_fail (WP_IS_PLAN_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (area != NULL);
  g_return_if_fail (overlay != NULL);

  /* Outlines keep their width on screen whatever the zoom. */
  pixel = 1 / wp_plan_renderer_get_scale (cr);

  cairo_save (cr);
  draw_selection (self, cr, overlay, area, pixel);
  draw_hover (self, cr, &overlay->hover, pixel);
  if (overlay->verdicts != NULL)
    {
      g_autoptr(GPtrArray) devices = g_ptr_array_new ();

      wp_layout_query_devices (self->layout, area, devices);
      draw_verdicts (self, cr, overlay->verdicts, devices);
    }
  if (overlay->ghost_device != NULL)
    draw_ghost (self, cr, overlay);
  if (overlay->show_rubber_band)
    draw_rubber_band (self, cr, &overlay->rubber_band, pixel);
  cairo_restore (cr);
}
