/* test-layout.c: device geometry, cable curves, hit testing and the spatial index */
#include "config.h"

#include <math.h>

#include "wp-layout.h"
#include "wp-render-test-util.h"

static void
test_port_sides (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpLayout) layout = NULL;
  WpDevice *device = wp_render_test_add_device (plan, "mixer", 100, 50, 3, 2, 2);
  const WpDeviceGeometry *geometry;
  cairo_rectangle_t bounds;

  layout = wp_layout_new (plan, NULL);
  geometry = wp_layout_get_device_geometry (layout, device);
  g_assert_nonnull (geometry);
  g_assert_cmpuint (geometry->n_ports, ==, 7);
  g_assert_cmpfloat (geometry->width, >=, 120);
  g_assert_cmpfloat (geometry->height, >=, geometry->header_height + 3 * WP_LAYOUT_PORT_PITCH);

  for (guint i = 0; i < geometry->n_ports; i++)
    {
      const WpPort *port = wp_device_get_port (device, i);
      double x, y;

      wp_layout_get_port_anchor (layout, device, i, &x, &y);
      switch (port->direction)
        {
        case WP_DIRECTION_IN:
          g_assert_cmpint (geometry->ports[i].side, ==, WP_PORT_SIDE_LEFT);
          g_assert_cmpfloat (x, ==, 100);
          g_assert_cmpfloat (y, >, 50 + geometry->header_height);
          break;
        case WP_DIRECTION_OUT:
          g_assert_cmpint (geometry->ports[i].side, ==, WP_PORT_SIDE_RIGHT);
          g_assert_cmpfloat (x, ==, 100 + geometry->width);
          break;
        default:
          g_assert_cmpint (geometry->ports[i].side, ==, WP_PORT_SIDE_BOTTOM);
          g_assert_cmpfloat (y, ==, 50 + geometry->height);
          g_assert_cmpfloat (x, >, 100);
          g_assert_cmpfloat (x, <, 100 + geometry->width);
          break;
        }
    }
  /* Rows at a fixed pitch, inputs and outputs side by side. */
  g_assert_cmpfloat (geometry->ports[1].y - geometry->ports[0].y, ==, WP_LAYOUT_PORT_PITCH);
  g_assert_cmpfloat (geometry->ports[2].y - geometry->ports[1].y, ==, WP_LAYOUT_PORT_PITCH);
  g_assert_cmpfloat (geometry->ports[3].y, ==, geometry->ports[0].y);
  g_assert_cmpfloat (geometry->ports[6].x, >, geometry->ports[5].x);

  wp_layout_get_device_bounds (layout, device, &bounds);
  g_assert_cmpfloat (bounds.x, <, 100);
  g_assert_cmpfloat (bounds.x + bounds.width, >, 100 + geometry->width);
}

static void
test_text_widens_box (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpLayout) layout = NULL;
  WpDevice *small = wp_render_test_add_device (plan, "a", 0, 0, 1, 1, 0);
  WpDevice *wide = wp_render_test_add_device (plan, "b", 0, 300, 1, 1, 0);
  g_autoptr(WpPort) port = wp_port_copy (wp_device_get_port (wide, 0));
  double before;

  layout = wp_layout_new (plan, NULL);
  before = wp_layout_get_device_geometry (layout, wide)->width;
  g_assert_cmpfloat (before, ==, wp_layout_get_device_geometry (layout, small)->width);

  g_free (port->name);
  port->name = g_strdup ("A very long input name that needs room");
  wp_plan_replace_port (plan, wide, 0, g_steal_pointer (&port));
  g_assert_cmpfloat (wp_layout_get_device_geometry (layout, wide)->width, >, before + 50);

  wp_plan_set_device_text (plan, small, "An even longer device name for the header", NULL);
  g_assert_cmpfloat (wp_layout_get_device_geometry (layout, small)->width, >, before + 50);
}

static void
test_cable_curve (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpLayout) layout = NULL;
  WpDevice *a = wp_render_test_add_device (plan, "a", 0, 0, 0, 1, 0);
  WpDevice *b = wp_render_test_add_device (plan, "b", 400, 100, 1, 0, 0);
  WpCable *cable = wp_render_test_add_cable (plan, "c1", "a", "out1", "b", "in1");
  WpBezier curve;
  double ax, ay, bx, by;

  layout = wp_layout_new (plan, NULL);
  g_assert_true (wp_layout_get_cable_curve (layout, cable, &curve));
  wp_layout_get_port_anchor (layout, a, 0, &ax, &ay);
  wp_layout_get_port_anchor (layout, b, 0, &bx, &by);
  g_assert_cmpfloat (curve.x[0], ==, ax);
  g_assert_cmpfloat (curve.y[0], ==, ay);
  g_assert_cmpfloat (curve.x[3], ==, bx);
  g_assert_cmpfloat (curve.y[3], ==, by);
  /* Horizontal tangents: out to the right, in from the left. */
  g_assert_cmpfloat (curve.y[1], ==, ay);
  g_assert_cmpfloat (curve.x[1], >, ax);
  g_assert_cmpfloat (curve.y[2], ==, by);
  g_assert_cmpfloat (curve.x[2], <, bx);
  g_assert_cmpfloat (wp_bezier_distance (&curve, ax, ay), <, 1e-9);
}

/* Two devices, a cable between them and a zone around the first. */
static WpPlan *
make_scene (void)
{
  WpPlan *plan = wp_plan_new ();
  g_autoptr(WpZone) zone = wp_zone_new ("z1", "Stage", -50, -80, 500, 400);

  wp_plan_insert_zone (plan, zone, -1);
  wp_render_test_add_device (plan, "a", 0, 0, 1, 2, 1);
  wp_render_test_add_device (plan, "b", 700, 300, 2, 1, 0);
  wp_render_test_add_cable (plan, "c1", "a", "out1", "b", "in2");
  return plan;
}

static void
test_hit (void)
{
  g_autoptr(WpPlan) plan = make_scene ();
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  WpDevice *a = wp_plan_find_device (plan, "a");
  WpCable *cable = wp_plan_find_cable (plan, "c1");
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (layout, a);
  WpBezier curve;
  double x, y;
  WpHit hit;

  /* A port, just off its anchor. */
  wp_layout_get_port_anchor (layout, a, 1, &x, &y);
  g_assert_true (wp_layout_hit (layout, x + 2, y - 1, 3, &hit));
  g_assert_cmpint (hit.kind, ==, WP_HIT_PORT);
  g_assert_true (hit.device == a);
  g_assert_cmpuint (hit.port, ==, 1);

  /* The bottom port. */
  wp_layout_get_port_anchor (layout, a, 3, &x, &y);
  g_assert_true (wp_layout_hit (layout, x, y + 3, 3, &hit));
  g_assert_cmpint (hit.kind, ==, WP_HIT_PORT);
  g_assert_cmpuint (hit.port, ==, 3);

  /* The body. */
  g_assert_true (wp_layout_hit (layout, geometry->width / 2, 10, 3, &hit));
  g_assert_cmpint (hit.kind, ==, WP_HIT_DEVICE);
  g_assert_true (hit.device == a);

  /* The cable, near the middle of its curve. */
  g_assert_true (wp_layout_get_cable_curve (layout, cable, &curve));
  wp_bezier_get_point (&curve, 0.5, &x, &y);
  g_assert_true (wp_layout_hit (layout, x + 2, y + 2, 4, &hit));
  g_assert_cmpint (hit.kind, ==, WP_HIT_CABLE);
  g_assert_true (hit.cable == cable);
  g_assert_false (wp_layout_hit (layout, x + 40, y + 40, 4, &hit) && hit.kind == WP_HIT_CABLE);

  /* The zone: its title bar and its edges. */
  g_assert_true (wp_layout_hit (layout, 300, -70, 4, &hit));
  g_assert_cmpint (hit.kind, ==, WP_HIT_ZONE_TITLE);
  g_assert_cmpstr (wp_zone_get_id (hit.zone), ==, "z1");
  g_assert_true (wp_layout_hit (layout, 451, 100, 4, &hit));
  g_assert_cmpint (hit.kind, ==, WP_HIT_ZONE_EDGE);
  g_assert_cmpint (hit.edges, ==, WP_ZONE_EDGE_RIGHT);
  g_assert_true (wp_layout_hit (layout, -49, 319, 4, &hit));
  g_assert_cmpint (hit.edges, ==, WP_ZONE_EDGE_LEFT | WP_ZONE_EDGE_BOTTOM);

  /* Inside the zone but on nothing, and far away. */
  g_assert_false (wp_layout_hit (layout, 300, 250, 4, &hit));
  g_assert_cmpint (hit.kind, ==, WP_HIT_NONE);
  g_assert_false (wp_layout_hit (layout, 5000, 5000, 4, &hit));
}

static void
test_plan_bounds (void)
{
  g_autoptr(WpPlan) empty = wp_plan_new ();
  g_autoptr(WpLayout) empty_layout = wp_layout_new (empty, NULL);
  g_autoptr(WpPlan) plan = make_scene ();
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  WpDevice *b = wp_plan_find_device (plan, "b");
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (layout, b);
  cairo_rectangle_t bounds;

  g_assert_false (wp_layout_get_plan_bounds (empty_layout, &bounds));
  g_assert_true (wp_layout_get_plan_bounds (layout, &bounds));
  g_assert_cmpfloat (bounds.x, ==, -50);
  g_assert_cmpfloat (bounds.y, ==, -80);
  g_assert_cmpfloat (bounds.x + bounds.width, >=, 700 + geometry->width);
  g_assert_cmpfloat (bounds.y + bounds.height, >=, 300 + geometry->height);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/port-sides", test_port_sides);
  g_test_add_func ("/layout/text-widens-box", test_text_widens_box);
  g_test_add_func ("/layout/cable-curve", test_cable_curve);
  g_test_add_func ("/layout/hit", test_hit);
  g_test_add_func ("/layout/plan-bounds", test_plan_bounds);

  return g_test_run ();
}
