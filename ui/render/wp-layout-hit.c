/* wp-layout-hit.c: what lies under a point of the plan
 *
 * Ports win over device bodies, bodies over cables, cables over zones; among items of one
 * kind the topmost (the last drawn) wins. Devices and cables come from the spatial index,
 * so the cost depends on what is near the point, not on the size of the plan.
 */
#include "config.h"

#include <math.h>

#include "wp-layout-private.h"

static gboolean
hit_port (WpLayout  *self,
          GPtrArray *devices,
          double     x,
          double     y,
          double     tolerance,
          WpHit     *hit)
{
  for (guint i = devices->len; i-- > 0;)
    {
      WpDevice *device = g_ptr_array_index (devices, i);
      const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (self, device);
      double dx = x - wp_device_get_x (device), dy = y - wp_device_get_y (device);
      double best = WP_LAYOUT_PORT_RADIUS + tolerance;
      gboolean found = FALSE;

      /* The nearest port within reach, so that close neighbours stay separable. */
      for (guint p = 0; p < geometry->n_ports; p++)
        {
          double distance = hypot (dx - geometry->ports[p].x, dy - geometry->ports[p].y);

          if (distance <= best)
            {
              best = distance;
              hit->port = p;
              found = TRUE;
            }
        }
      if (found)
        {
          hit->kind = WP_HIT_PORT;
          hit->device = device;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
hit_device (WpLayout  *self,
            GPtrArray *devices,
            double     x,
            double     y,
            WpHit     *hit)
{
  for (guint i = devices->len; i-- > 0;)
    {
      WpDevice *device = g_ptr_array_index (devices, i);
      const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (self, device);
      double dx = x - wp_device_get_x (device), dy = y - wp_device_get_y (device);

      if (dx >= 0 && dy >= 0 && dx <= geometry->width && dy <= geometry->height)
        {
          hit->kind = WP_HIT_DEVICE;
          hit->device = device;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
hit_cable (WpLayout                *self,
           const cairo_rectangle_t *area,
           double                   x,
           double                   y,
           double                   tolerance,
           WpCableShownFunc         shown,
           gpointer                 shown_data,
           WpHit                   *hit)
{
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();

  wp_layout_query_cables (self, area, cables);
  for (guint i = cables->len; i-- > 0;)
    {
      WpCable *cable = g_ptr_array_index (cables, i);
      WpBezier curve;

      if ((shown == NULL || shown (cable, shown_data)) &&
          wp_layout_get_cable_curve (self, cable, &curve) &&
          wp_bezier_distance (&curve, x, y) <= tolerance)
        {
          hit->kind = WP_HIT_CABLE;
          hit->cable = cable;
          return TRUE;
        }
    }
  return FALSE;
}

static WpZoneEdges
zone_edges (double zx,
            double zy,
            double zw,
            double zh,
            double x,
            double y,
            double tolerance)
{
  WpZoneEdges edges = 0;

  if (x < zx - tolerance || y < zy - tolerance ||
      x > zx + zw + tolerance || y > zy + zh + tolerance)
    return 0;
  if (fabs (x - zx) <= tolerance)
    edges |= WP_ZONE_EDGE_LEFT;
  else if (fabs (x - (zx + zw)) <= tolerance)
    edges |= WP_ZONE_EDGE_RIGHT;
  if (fabs (y - zy) <= tolerance)
    edges |= WP_ZONE_EDGE_TOP;
  else if (fabs (y - (zy + zh)) <= tolerance)
    edges |= WP_ZONE_EDGE_BOTTOM;
  return edges;
}

static gboolean
hit_zone (WpLayout *self,
          double    x,
          double    y,
          double    tolerance,
          WpHit    *hit)
{
  for (guint i = wp_plan_get_n_zones (self->plan); i-- > 0;)
    {
      WpZone *zone = wp_plan_get_zone (self->plan, i);
      double zx, zy, zw, zh;
      WpZoneEdges edges;

      wp_zone_get_bounds (zone, &zx, &zy, &zw, &zh);
      edges = zone_edges (zx, zy, zw, zh, x, y, tolerance);
      if (edges != 0)
        {
          hit->kind = WP_HIT_ZONE_EDGE;
          hit->zone = zone;
          hit->edges = edges;
          return TRUE;
        }
      if (x >= zx && x <= zx + zw && y >= zy && y <= zy + MIN (zh, WP_LAYOUT_ZONE_TITLE_HEIGHT))
        {
          hit->kind = WP_HIT_ZONE_TITLE;
          hit->zone = zone;
          return TRUE;
        }
    }
  return FALSE;
}

/* Fills HIT with what lies under the plan point (X, Y); TOLERANCE, in plan units, is how
 * far from a thin thing (a port, a cable, a zone edge) still counts. FALSE on empty space. */
gboolean
wp_layout_hit (WpLayout *self,
               double    x,
               double    y,
               double    tolerance,
               WpHit    *hit)
{
  return wp_layout_hit_shown (self, x, y, tolerance, NULL, NULL, hit);
}

/* The same, passing over the cables for which @shown (when not NULL) says they are
 * not drawn: what is under a hidden cable is hit instead. */
gboolean
wp_layout_hit_shown (WpLayout         *self,
                     double            x,
                     double            y,
                     double            tolerance,
                     WpCableShownFunc  shown,
                     gpointer          shown_data,
                     WpHit            *hit)
{
  g_autoptr(GPtrArray) devices = g_ptr_array_new ();
  cairo_rectangle_t area = { x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance };

  g_return_val_if_fail (WP_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  *hit = (WpHit) { WP_HIT_NONE, NULL, 0, NULL, NULL, 0 };
  wp_layout_query_devices (self, &area, devices);
  return hit_port (self, devices, x, y, tolerance, hit) ||
         hit_device (self, devices, x, y, hit) ||
         hit_cable (self, &area, x, y, tolerance, shown, shown_data, hit) ||
         hit_zone (self, x, y, tolerance, hit);
}
