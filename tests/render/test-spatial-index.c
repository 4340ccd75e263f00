/* test-spatial-index.c: the layout's index answers as a brute-force search does, and as a
 * layout built afresh does, after random edits of a random plan */
#include "config.h"

#include <math.h>

#include "wp-layout.h"
#include "wp-render-test-util.h"

#define N_DEVICES 300
#define N_CABLES  700
#define WORLD_W   5000.0
#define WORLD_H   3500.0

static WpPlan *
random_plan (GRand *rand)
{
  WpPlan *plan = wp_plan_new ();
  g_autoptr(WpZone) zone = wp_zone_new ("z1", "Zone", 200, 200, 1500, 900);

  wp_plan_insert_zone (plan, zone, -1);
  for (guint i = 0; i < N_DEVICES; i++)
    {
      g_autofree char *id = g_strdup_printf ("d%u", i);

      wp_render_test_add_device (plan, id, g_rand_double_range (rand, 0, WORLD_W),
                                 g_rand_double_range (rand, 0, WORLD_H),
                                 g_rand_int_range (rand, 1, 5), g_rand_int_range (rand, 1, 5),
                                 g_rand_int_range (rand, 0, 2));
    }
  for (guint i = 0; i < N_CABLES; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i);
      g_autofree char *from = g_strdup_printf ("d%d", g_rand_int_range (rand, 0, N_DEVICES));
      g_autofree char *to = g_strdup_printf ("d%d", g_rand_int_range (rand, 0, N_DEVICES));

      wp_render_test_add_cable (plan, id, from, "out1", to, "in1");
    }
  return plan;
}

static gboolean
meets (const cairo_rectangle_t *a,
       const cairo_rectangle_t *b)
{
  return a->x <= b->x + b->width && b->x <= a->x + a->width &&
         a->y <= b->y + b->height && b->y <= a->y + a->height;
}

/* Every device and cable in plan order, kept when its box meets AREA. */
static void
brute_query (WpLayout                *layout,
             const cairo_rectangle_t *area,
             GPtrArray               *devices,
             GPtrArray               *cables)
{
  WpPlan *plan = wp_layout_get_plan (layout);

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      cairo_rectangle_t bounds;

      wp_layout_get_device_bounds (layout, wp_plan_get_device (plan, i), &bounds);
      if (meets (&bounds, area))
        g_ptr_array_add (devices, wp_plan_get_device (plan, i));
    }
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      WpBezier curve;
      cairo_rectangle_t bounds;

      g_assert_true (wp_layout_get_cable_curve (layout, wp_plan_get_cable (plan, i), &curve));
      wp_bezier_get_bounds (&curve, &bounds);
      if (meets (&bounds, area))
        g_ptr_array_add (cables, wp_plan_get_cable (plan, i));
    }
}

/* What the layout's hit test promises, by looking at everything. */
static WpHitKind
brute_hit (WpLayout *layout,
           double    x,
           double    y,
           double    tolerance,
           gpointer *item,
           guint    *port)
{
  WpPlan *plan = wp_layout_get_plan (layout);

  for (guint i = wp_plan_get_n_devices (plan); i-- > 0;)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      double best = WP_LAYOUT_PORT_RADIUS + tolerance;
      gboolean found = FALSE;

      for (guint p = 0; p < wp_device_get_n_ports (device); p++)
        {
          double px, py;

          wp_layout_get_port_anchor (layout, device, p, &px, &py);
          if (hypot (x - px, y - py) <= best)
            {
              best = hypot (x - px, y - py);
              *port = p;
              found = TRUE;
            }
        }
      if (found)
        {
          *item = device;
          return WP_HIT_PORT;
        }
    }
  for (guint i = wp_plan_get_n_devices (plan); i-- > 0;)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (layout, device);
      double dx = x - wp_device_get_x (device), dy = y - wp_device_get_y (device);

      if (dx >= 0 && dy >= 0 && dx <= geometry->width && dy <= geometry->height)
        {
          *item = device;
          return WP_HIT_DEVICE;
        }
    }
  for (guint i = wp_plan_get_n_cables (plan); i-- > 0;)
    {
      WpBezier curve;

      wp_layout_get_cable_curve (layout, wp_plan_get_cable (plan, i), &curve);
      if (wp_bezier_distance (&curve, x, y) <= tolerance)
        {
          *item = wp_plan_get_cable (plan, i);
          return WP_HIT_CABLE;
        }
    }
  return WP_HIT_NONE;
}

static void
assert_same_items (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
}

/* A query of two areas gives what meets either, each once, in drawing order. */
static void
compare_two_areas (WpLayout                *layout,
                   const cairo_rectangle_t *area,
                   GRand                   *rand)
{
  WpPlan *plan = wp_layout_get_plan (layout);
  g_autoptr(GPtrArray) devices = g_ptr_array_new ();
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();
  g_autoptr(GPtrArray) either_devices = g_ptr_array_new ();
  g_autoptr(GPtrArray) either_cables = g_ptr_array_new ();
  g_autoptr(GPtrArray) first_devices = g_ptr_array_new ();
  g_autoptr(GPtrArray) first_cables = g_ptr_array_new ();
  g_autoptr(GPtrArray) second_devices = g_ptr_array_new ();
  g_autoptr(GPtrArray) second_cables = g_ptr_array_new ();
  cairo_rectangle_t areas[2] = {
    *area,
    { area->x + g_rand_double_range (rand, -300, 300), area->y + g_rand_double_range (rand, -300, 300),
      g_rand_double_range (rand, 1, 600), g_rand_double_range (rand, 1, 600) },
  };

  wp_layout_query_devices_in (layout, areas, 2, devices);
  wp_layout_query_cables_in (layout, areas, 2, cables);
  brute_query (layout, &areas[0], first_devices, first_cables);
  brute_query (layout, &areas[1], second_devices, second_cables);
  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      gpointer device = wp_plan_get_device (plan, i);

      if (g_ptr_array_find (first_devices, device, NULL) || g_ptr_array_find (second_devices, device, NULL))
        g_ptr_array_add (either_devices, device);
    }
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      gpointer cable = wp_plan_get_cable (plan, i);

      if (g_ptr_array_find (first_cables, cable, NULL) || g_ptr_array_find (second_cables, cable, NULL))
        g_ptr_array_add (either_cables, cable);
    }
  assert_same_items (devices, either_devices);
  assert_same_items (cables, either_cables);
}

static void
compare (WpLayout *layout,
         GRand    *rand)
{
  WpPlan *plan = wp_layout_get_plan (layout);
  g_autoptr(WpLayout) fresh = wp_layout_new (plan, NULL);

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      const WpDeviceGeometry *a = wp_layout_get_device_geometry (layout, device);
      const WpDeviceGeometry *b = wp_layout_get_device_geometry (fresh, device);

      g_assert_cmpfloat (a->width, ==, b->width);
      g_assert_cmpfloat (a->height, ==, b->height);
    }

  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(GPtrArray) devices = g_ptr_array_new ();
      g_autoptr(GPtrArray) cables = g_ptr_array_new ();
      g_autoptr(GPtrArray) fresh_devices = g_ptr_array_new ();
      g_autoptr(GPtrArray) fresh_cables = g_ptr_array_new ();
      g_autoptr(GPtrArray) brute_devices = g_ptr_array_new ();
      g_autoptr(GPtrArray) brute_cables = g_ptr_array_new ();
      double size = i % 10 == 0 ? 8000 : g_rand_double_range (rand, 1, 900);
      cairo_rectangle_t area = { g_rand_double_range (rand, -500, WORLD_W),
                                 g_rand_double_range (rand, -500, WORLD_H), size, size * 0.7 };

      wp_layout_query_devices (layout, &area, devices);
      wp_layout_query_cables (layout, &area, cables);
      wp_layout_query_devices (fresh, &area, fresh_devices);
      wp_layout_query_cables (fresh, &area, fresh_cables);
      brute_query (layout, &area, brute_devices, brute_cables);
      assert_same_items (devices, brute_devices);
      assert_same_items (cables, brute_cables);
      assert_same_items (fresh_devices, brute_devices);
      assert_same_items (fresh_cables, brute_cables);
      compare_two_areas (layout, &area, rand);
    }

  for (guint i = 0; i < 400; i++)
    {
      double x = g_rand_double_range (rand, -100, WORLD_W + 300);
      double y = g_rand_double_range (rand, -100, WORLD_H + 300);
      gpointer item = NULL;
      guint port = 0;
      WpHitKind kind = brute_hit (layout, x, y, 4, &item, &port);
      WpHit hit;

      wp_layout_hit (layout, x, y, 4, &hit);
      if (hit.kind == WP_HIT_ZONE_TITLE || hit.kind == WP_HIT_ZONE_EDGE)
        hit.kind = WP_HIT_NONE;
      g_assert_cmpint (hit.kind, ==, kind);
      if (kind == WP_HIT_PORT)
        {
          g_assert_true (hit.device == item);
          g_assert_cmpuint (hit.port, ==, port);
        }
      else if (kind == WP_HIT_DEVICE)
        g_assert_true (hit.device == item);
      else if (kind == WP_HIT_CABLE)
        g_assert_true (hit.cable == item);
    }
}

static void
test_index_after_edits (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261121);
  g_autoptr(WpPlan) plan = random_plan (rand);
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  guint next_cable = N_CABLES;

  compare (layout, rand);
  for (guint round = 0; round < 6; round++)
    {
      for (guint i = 0; i < 40; i++)
        {
          WpDevice *device = wp_plan_get_device (plan, g_rand_int_range (rand, 0, N_DEVICES));

          wp_plan_move_device (plan, device,
                               wp_device_get_x (device) + g_rand_double_range (rand, -600, 600),
                               wp_device_get_y (device) + g_rand_double_range (rand, -600, 600));
        }
      for (guint i = 0; i < 10; i++)
        {
          WpCable *cable = wp_plan_get_cable (plan, g_rand_int_range (rand, 0,
                                                                     wp_plan_get_n_cables (plan)));
          g_autofree char *id = g_strdup_printf ("c%u", next_cable++);
          g_autofree char *from = g_strdup_printf ("d%d", g_rand_int_range (rand, 0, N_DEVICES));

          wp_plan_remove_cable (plan, cable);
          wp_render_test_add_cable (plan, id, from, "out1", "d0", "in1");
        }
      wp_plan_set_device_text (plan, wp_plan_get_device (plan, round), "Renamed device", NULL);
      compare (layout, rand);
    }

  /* Removing a device takes its cables out of the index too. */
  wp_plan_remove_device (plan, wp_plan_find_device (plan, "d0"));
  compare (layout, rand);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spatial-index/after-edits", test_index_after_edits);

  return g_test_run ();
}
