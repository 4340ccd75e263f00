/* wp-layout.c: the geometry of a plan, kept up to date edit by edit */
#include "config.h"

#include <stdlib.h>

#include "wp-layout-private.h"

/* Buckets of about the size of a device: a query touches few, a device few. */
#define CELL_SIZE 256.0

G_DEFINE_FINAL_TYPE (WpLayout, wp_layout, G_TYPE_OBJECT)

static void on_plan_changed (WpLayout     *self,
                             WpPlanChange *change);

static void
wp_layout_dispose (GObject *object)
{
  WpLayout *self = WP_LAYOUT (object);

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->text);

  G_OBJECT_CLASS (wp_layout_parent_class)->dispose (object);
}

static void
wp_layout_finalize (GObject *object)
{
  WpLayout *self = WP_LAYOUT (object);

  g_clear_pointer (&self->geometry, g_hash_table_unref);
  g_clear_pointer (&self->ends, g_hash_table_unref);
  g_clear_pointer (&self->device_cables, g_hash_table_unref);
  g_clear_pointer (&self->order, g_hash_table_unref);
  g_clear_pointer (&self->device_index, wp_spatial_index_free);
  g_clear_pointer (&self->cable_index, wp_spatial_index_free);

  G_OBJECT_CLASS (wp_layout_parent_class)->finalize (object);
}

static void
wp_layout_class_init (WpLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wp_layout_dispose;
  object_class->finalize = wp_layout_finalize;
}

static void
wp_layout_init (WpLayout *self)
{
  self->text = wp_render_text_new ();
  self->geometry = g_hash_table_new_full (NULL, NULL, NULL,
                                          (GDestroyNotify) wp_device_geometry_free);
  self->ends = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->device_cables = g_hash_table_new_full (NULL, NULL, NULL,
                                               (GDestroyNotify) g_ptr_array_unref);
  self->order = g_hash_table_new (NULL, NULL);
  self->device_index = wp_spatial_index_new (CELL_SIZE);
  self->cable_index = wp_spatial_index_new (CELL_SIZE);
}

static void
index_device (WpLayout *self,
              WpDevice *device)
{
  cairo_rectangle_t bounds;

  wp_layout_get_device_bounds (self, device, &bounds);
  wp_spatial_index_set (self->device_index, device, &bounds);
}

static void
index_cable (WpLayout *self,
             WpCable  *cable)
{
  WpBezier curve;
  cairo_rectangle_t bounds;

  if (!wp_layout_get_cable_curve (self, cable, &curve))
    return;
  wp_bezier_get_bounds (&curve, &bounds);
  wp_spatial_index_set (self->cable_index, cable, &bounds);
}

static void
add_device (WpLayout *self,
            WpDevice *device)
{
  g_hash_table_replace (self->geometry, device, wp_layout_measure_device (self, device));
  if (!g_hash_table_contains (self->device_cables, device))
    g_hash_table_insert (self->device_cables, device, g_ptr_array_new ());
  index_device (self, device);
}

static void
remove_cable (WpLayout *self,
              WpCable  *cable)
{
  WpCableEnds *ends = g_hash_table_lookup (self->ends, cable);

  if (ends != NULL)
    {
      g_ptr_array_remove (g_hash_table_lookup (self->device_cables, ends->from_device), cable);
      g_ptr_array_remove (g_hash_table_lookup (self->device_cables, ends->to_device), cable);
      g_hash_table_remove (self->ends, cable);
    }
  wp_spatial_index_remove (self->cable_index, cable);
}

static gboolean
resolve_end (WpLayout         *self,
             const WpEndpoint *endpoint,
             WpDevice        **device,
             guint            *port)
{
  *device = wp_plan_find_device (self->plan, endpoint->device);
  return *device != NULL && g_hash_table_contains (self->geometry, *device) &&
         wp_device_find_port (*device, endpoint->port, port) != NULL;
}

static void
add_cable (WpLayout *self,
           WpCable  *cable)
{
  WpCableEnds ends;

  remove_cable (self, cable);
  if (!resolve_end (self, wp_cable_get_from (cable), &ends.from_device, &ends.from_port) ||
      !resolve_end (self, wp_cable_get_to (cable), &ends.to_device, &ends.to_port))
    return;
  g_hash_table_insert (self->ends, cable, g_memdup2 (&ends, sizeof ends));
  g_ptr_array_add (g_hash_table_lookup (self->device_cables, ends.from_device), cable);
  if (ends.to_device != ends.from_device)
    g_ptr_array_add (g_hash_table_lookup (self->device_cables, ends.to_device), cable);
  index_cable (self, cable);
}

/* After a device moved or changed size: its box and its cables' curves. */
static void
reindex_device (WpLayout *self,
                WpDevice *device,
                gboolean  resolve)
{
  g_autoptr(GPtrArray) cables = NULL;

  index_device (self, device);
  cables = g_ptr_array_copy (g_hash_table_lookup (self->device_cables, device), NULL, NULL);
  for (guint i = 0; i < cables->len; i++)
    {
      if (resolve)
        add_cable (self, g_ptr_array_index (cables, i));
      else
        index_cable (self, g_ptr_array_index (cables, i));
    }
}

static void
on_plan_changed (WpLayout     *self,
                 WpPlanChange *change)
{
  switch (change->kind)
    {
    case WP_CHANGE_DEVICE_ADDED:
      add_device (self, change->device);
      self->order_valid = FALSE;
      break;
    case WP_CHANGE_DEVICE_REMOVED:
      {
        g_autoptr(GPtrArray) cables = g_ptr_array_copy (
          g_hash_table_lookup (self->device_cables, change->device), NULL, NULL);

        for (guint i = 0; i < cables->len; i++)
          remove_cable (self, g_ptr_array_index (cables, i));
        wp_spatial_index_remove (self->device_index, change->device);
        g_hash_table_remove (self->device_cables, change->device);
        g_hash_table_remove (self->geometry, change->device);
        self->order_valid = FALSE;
      }
      break;
    case WP_CHANGE_DEVICE_MOVED:
      reindex_device (self, change->device, FALSE);
      break;
    case WP_CHANGE_DEVICE_EDITED:
    case WP_CHANGE_PORT_EDITED:
      g_hash_table_replace (self->geometry, change->device,
                            wp_layout_measure_device (self, change->device));
      reindex_device (self, change->device, TRUE);
      break;
    case WP_CHANGE_CABLE_ADDED:
      add_cable (self, change->cable);
      self->order_valid = FALSE;
      break;
    case WP_CHANGE_CABLE_REMOVED:
      remove_cable (self, change->cable);
      self->order_valid = FALSE;
      break;
    case WP_CHANGE_META:
    case WP_CHANGE_ZONE_ADDED:
    case WP_CHANGE_ZONE_REMOVED:
    case WP_CHANGE_ZONE_EDITED:
    case WP_CHANGE_CABLE_EDITED:
    default:
      break;
    }
}

/* CATALOGUE, when given, names each device's model in words. */
WpLayout *
wp_layout_new (WpPlan      *plan,
               WpCatalogue *catalogue)
{
  WpLayout *self;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalogue == NULL || WP_IS_CATALOGUE (catalogue), NULL);

  self = g_object_new (WP_TYPE_LAYOUT, NULL);
  self->plan = g_object_ref (plan);
  self->catalogue = catalogue != NULL ? g_object_ref (catalogue) : NULL;
  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    add_device (self, wp_plan_get_device (plan, i));
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    add_cable (self, wp_plan_get_cable (plan, i));
  self->changed_id = g_signal_connect_swapped (plan, "changed",
                                               G_CALLBACK (on_plan_changed), self);
  return self;
}

/* Changes the catalogue later devices' model names come from (a layout made in
 * another thread was given a copy). The devices measured keep their names. */
void
wp_layout_set_catalogue (WpLayout    *self,
                         WpCatalogue *catalogue)
{
  g_return_if_fail (WP_IS_LAYOUT (self));
  g_return_if_fail (catalogue == NULL || WP_IS_CATALOGUE (catalogue));

  g_set_object (&self->catalogue, catalogue);
}

WpPlan *
wp_layout_get_plan (WpLayout *self)
{
  g_return_val_if_fail (WP_IS_LAYOUT (self), NULL);
  return self->plan;
}

WpRenderText *
wp_layout_get_text (WpLayout *self)
{
  g_return_val_if_fail (WP_IS_LAYOUT (self), NULL);
  return self->text;
}

const WpDeviceGeometry *
wp_layout_get_device_geometry (WpLayout *self,
                               WpDevice *device)
{
  g_return_val_if_fail (WP_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);

  return g_hash_table_lookup (self->geometry, device);
}

/* The device's box, grown by the port glyphs that stick out of it. */
void
wp_layout_get_device_bounds (WpLayout          *self,
                             WpDevice          *device,
                             cairo_rectangle_t *bounds)
{
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (self, device);

  g_return_if_fail (geometry != NULL);

  bounds->x = wp_device_get_x (device) - WP_LAYOUT_PORT_RADIUS;
  bounds->y = wp_device_get_y (device);
  bounds->width = geometry->width + 2 * WP_LAYOUT_PORT_RADIUS;
  bounds->height = geometry->height + WP_LAYOUT_PORT_RADIUS;
}

void
wp_layout_get_port_anchor (WpLayout *self,
                           WpDevice *device,
                           guint     port,
                           double   *x,
                           double   *y)
{
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (self, device);

  g_return_if_fail (geometry != NULL);
  g_return_if_fail (port < geometry->n_ports);

  *x = wp_device_get_x (device) + geometry->ports[port].x;
  *y = wp_device_get_y (device) + geometry->ports[port].y;
}

/* The devices and port indices at the two ends; FALSE for a cable whose ends do not
 * resolve (which a valid plan never has). */
gboolean
wp_layout_get_cable_ends (WpLayout  *self,
                          WpCable   *cable,
                          WpDevice **from_device,
                          guint     *from_port,
                          WpDevice **to_device,
                          guint     *to_port)
{
  WpCableEnds *ends;

  g_return_val_if_fail (WP_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (WP_IS_CABLE (cable), FALSE);

  ends = g_hash_table_lookup (self->ends, cable);
  if (ends == NULL)
    return FALSE;
  if (from_device != NULL)
    *from_device = ends->from_device;
  if (from_port != NULL)
    *from_port = ends->from_port;
  if (to_device != NULL)
    *to_device = ends->to_device;
  if (to_port != NULL)
    *to_port = ends->to_port;
  return TRUE;
}

static void
port_direction (WpLayout *self,
                WpDevice *device,
                guint     port,
                double   *dx,
                double   *dy)
{
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (self, device);
  WpPortSide side = geometry->ports[port].side;

  *dx = side == WP_PORT_SIDE_LEFT ? -1 : side == WP_PORT_SIDE_RIGHT ? 1 : 0;
  *dy = side == WP_PORT_SIDE_BOTTOM ? 1 : 0;
}

/* Each end leaves its port straight out of the box edge the port sits on. */
gboolean
wp_layout_get_cable_curve (WpLayout *self,
                           WpCable  *cable,
                           WpBezier *curve)
{
  WpCableEnds *ends;
  double x0, y0, dx0, dy0, x3, y3, dx3, dy3;

  g_return_val_if_fail (WP_IS_LAYOUT (self), FALSE);

  ends = g_hash_table_lookup (self->ends, cable);
  if (ends == NULL)
    return FALSE;
  wp_layout_get_port_anchor (self, ends->from_device, ends->from_port, &x0, &y0);
  wp_layout_get_port_anchor (self, ends->to_device, ends->to_port, &x3, &y3);
  port_direction (self, ends->from_device, ends->from_port, &dx0, &dy0);
  port_direction (self, ends->to_device, ends->to_port, &dx3, &dy3);
  wp_bezier_init_anchored (curve, x0, y0, dx0, dy0, x3, y3, dx3, dy3);
  return TRUE;
}

/* A cable being drawn from a port to the free point (X, Y). */
void
wp_layout_get_ghost_curve (WpLayout *self,
                           WpDevice *device,
                           guint     port,
                           double    x,
                           double    y,
                           WpBezier *curve)
{
  double x0, y0, dx, dy;

  g_return_if_fail (WP_IS_LAYOUT (self));

  wp_layout_get_port_anchor (self, device, port, &x0, &y0);
  port_direction (self, device, port, &dx, &dy);
  wp_bezier_init_anchored (curve, x0, y0, dx, dy, x, y, -dx, -dy);
}

/* The box holding every device and zone; FALSE for an empty plan. */
gboolean
wp_layout_get_plan_bounds (WpLayout          *self,
                           cairo_rectangle_t *bounds)
{
  cairo_rectangle_t total = { 0, 0, -1, -1 };

  g_return_val_if_fail (WP_IS_LAYOUT (self), FALSE);

  for (guint i = 0; i < wp_plan_get_n_zones (self->plan); i++)
    {
      cairo_rectangle_t zone;

      wp_zone_get_bounds (wp_plan_get_zone (self->plan, i),
                          &zone.x, &zone.y, &zone.width, &zone.height);
      wp_rectangle_union (&total, &zone);
    }
  for (guint i = 0; i < wp_plan_get_n_devices (self->plan); i++)
    {
      cairo_rectangle_t device;

      wp_layout_get_device_bounds (self, wp_plan_get_device (self->plan, i), &device);
      wp_rectangle_union (&total, &device);
    }
  *bounds = total;
  return total.width >= 0;
}

guint
wp_layout_get_order (WpLayout *self,
                     gpointer  item)
{
  if (!self->order_valid)
    {
      g_hash_table_remove_all (self->order);
      for (guint i = 0; i < wp_plan_get_n_devices (self->plan); i++)
        g_hash_table_insert (self->order, wp_plan_get_device (self->plan, i),
                             GUINT_TO_POINTER (i + 1));
      for (guint i = 0; i < wp_plan_get_n_cables (self->plan); i++)
        g_hash_table_insert (self->order, wp_plan_get_cable (self->plan, i),
                             GUINT_TO_POINTER (i + 1));
      self->order_valid = TRUE;
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->order, item));
}

typedef struct {
  guint    order;
  gpointer item;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  guint order_a = ((const Ranked *) a)->order, order_b = ((const Ranked *) b)->order;

  return order_a < order_b ? -1 : order_a > order_b;
}

/* Each item's place is looked up once, not at each of the sort's comparisons: sorting
 * a view's thousands of cables was a tenth of drawing them. */
static void
sort_from (WpLayout  *self,
           GPtrArray *items,
           guint      start)
{
  guint n = items->len - start;
  g_autofree Ranked *ranked = g_new (Ranked, MAX (n, 1));

  wp_layout_get_order (self, NULL);
  for (guint i = 0; i < n; i++)
    ranked[i] = (Ranked) { wp_layout_get_order (self, items->pdata[start + i]),
                           items->pdata[start + i] };
  qsort (ranked, n, sizeof (Ranked), compare_ranked);
  for (guint i = 0; i < n; i++)
    items->pdata[start + i] = ranked[i].item;
}

static void
query_in_order (WpLayout                *self,
                WpSpatialIndex          *index,
                const cairo_rectangle_t *areas,
                guint                    n_areas,
                GPtrArray               *items)
{
  guint start = items->len;

  wp_spatial_index_query_areas (index, areas, n_areas, items);
  sort_from (self, items, start);
}

/* Sorts ITEMS, devices or cables of the plan (not both), into drawing order. */
void
wp_layout_sort (WpLayout  *self,
                GPtrArray *items)
{
  g_return_if_fail (WP_IS_LAYOUT (self));
  g_return_if_fail (items != NULL);
  sort_from (self, items, 0);
}

/* Appends the devices whose bounds meet AREA, in drawing order (bottom-most first). */
void
wp_layout_query_devices (WpLayout                *self,
                         const cairo_rectangle_t *area,
                         GPtrArray               *devices)
{
  g_return_if_fail (WP_IS_LAYOUT (self));
  query_in_order (self, self->device_index, area, 1, devices);
}

/* Appends the devices whose bounds meet any of AREAS, each once, in drawing order. */
void
wp_layout_query_devices_in (WpLayout                *self,
                            const cairo_rectangle_t *areas,
                            guint                    n_areas,
                            GPtrArray               *devices)
{
  g_return_if_fail (WP_IS_LAYOUT (self));
  query_in_order (self, self->device_index, areas, n_areas, devices);
}

/* Appends the cables whose curves' bounds meet AREA, in drawing order. */
void
wp_layout_query_cables (WpLayout                *self,
                        const cairo_rectangle_t *area,
                        GPtrArray               *cables)
{
  g_return_if_fail (WP_IS_LAYOUT (self));
  query_in_order (self, self->cable_index, area, 1, cables);
}

/* Appends the cables whose curves' bounds meet any of AREAS, each once, in drawing order. */
void
wp_layout_query_cables_in (WpLayout                *self,
                           const cairo_rectangle_t *areas,
                           guint                    n_areas,
                           GPtrArray               *cables)
{
  g_return_if_fail (WP_IS_LAYOUT (self));
  query_in_order (self, self->cable_index, areas, n_areas, cables);
}
