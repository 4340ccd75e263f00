/* test-viewport.c: zoom and pan transforms, without a display */
#include "config.h"

#include <math.h>

#include "wp-viewport.h"

#define EPSILON 1e-9

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_changed (WpViewport *viewport,
               guint      *count)
{
  (*count)++;
}

static void
test_round_trip (void)
{
  g_autoptr(WpViewport) viewport = wp_viewport_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  wp_viewport_set_size (viewport, 1280, 800);
  for (guint i = 0; i < 200; i++)
    {
      double px = g_rand_double_range (rand, -5000, 5000);
      double py = g_rand_double_range (rand, -5000, 5000);
      double vx, vy, bx, by;

      wp_viewport_zoom_at (viewport, g_rand_double_range (rand, 0.05, 4),
                           g_rand_double_range (rand, 0, 1280), g_rand_double_range (rand, 0, 800));
      wp_viewport_pan_by (viewport, g_rand_double_range (rand, -300, 300),
                          g_rand_double_range (rand, -300, 300));
      wp_viewport_to_view (viewport, px, py, &vx, &vy);
      wp_viewport_to_plan (viewport, vx, vy, &bx, &by);
      g_assert_cmpfloat_with_epsilon (bx, px, 1e-6);
      g_assert_cmpfloat_with_epsilon (by, py, 1e-6);
    }
}

static void
test_zoom_at_keeps_point (void)
{
  g_autoptr(WpViewport) viewport = wp_viewport_new ();
  double before_x, before_y, after_x, after_y;

  wp_viewport_set_size (viewport, 1000, 700);
  wp_viewport_set_offset (viewport, 120, -40);
  wp_viewport_to_plan (viewport, 333, 222, &before_x, &before_y);
  wp_viewport_zoom_at (viewport, 2.5, 333, 222);
  g_assert_cmpfloat_with_epsilon (wp_viewport_get_zoom (viewport), 2.5, EPSILON);
  wp_viewport_to_plan (viewport, 333, 222, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, 1e-9);
  g_assert_cmpfloat_with_epsilon (after_y, before_y, 1e-9);

  /* Clamped, and still about the same point. */
  wp_viewport_zoom_at (viewport, 100, 333, 222);
  g_assert_cmpfloat (wp_viewport_get_zoom (viewport), ==, WP_VIEWPORT_MAX_ZOOM);
  wp_viewport_to_plan (viewport, 333, 222, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, 1e-9);
  wp_viewport_zoom_at (viewport, 0.0001, 10, 10);
  g_assert_cmpfloat (wp_viewport_get_zoom (viewport), ==, WP_VIEWPORT_MIN_ZOOM);
}

static void
test_fit_contains (void)
{
  g_autoptr(WpViewport) viewport = wp_viewport_new ();
  const cairo_rectangle_t areas[] = {
    { 0, 0, 2400, 1800 }, { -500, 300, 100, 900 }, { 10, 10, 3000, 40 }, { 5, 5, 50, 50 },
  };

  wp_viewport_set_size (viewport, 1024, 768);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      const cairo_rectangle_t *a = &areas[i];
      double x0, y0, x1, y1;

      wp_viewport_zoom_to_fit (viewport, a, 24);
      wp_viewport_to_view (viewport, a->x, a->y, &x0, &y0);
      wp_viewport_to_view (viewport, a->x + a->width, a->y + a->height, &x1, &y1);
      if (wp_viewport_get_zoom (viewport) < WP_VIEWPORT_MAX_ZOOM)
        {
          g_assert_cmpfloat (x0, >=, 24 - 1e-6);
          g_assert_cmpfloat (y0, >=, 24 - 1e-6);
          g_assert_cmpfloat (x1, <=, 1024 - 24 + 1e-6);
          g_assert_cmpfloat (y1, <=, 768 - 24 + 1e-6);
          /* It touches the margin on one axis: as large as it can be. */
          g_assert_true (fabs (x0 - 24) < 1e-6 || fabs (y0 - 24) < 1e-6);
        }
      /* Centred. */
      g_assert_cmpfloat_with_epsilon ((x0 + x1) / 2, 512, 1e-6);
      g_assert_cmpfloat_with_epsilon ((y0 + y1) / 2, 384, 1e-6);
    }
}

static void
test_actual_size (void)
{
  g_autoptr(WpViewport) viewport = wp_viewport_new ();
  cairo_rectangle_t visible;
  double cx, cy, after_x, after_y;

  wp_viewport_set_size (viewport, 800, 600);
  wp_viewport_zoom_to_fit (viewport, &(cairo_rectangle_t) { 0, 0, 8000, 6000 }, 0);
  wp_viewport_to_plan (viewport, 400, 300, &cx, &cy);
  wp_viewport_zoom_actual_size (viewport);
  g_assert_cmpfloat (wp_viewport_get_zoom (viewport), ==, 1.0);
  wp_viewport_to_plan (viewport, 400, 300, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (after_x, cx, 1e-9);
  g_assert_cmpfloat_with_epsilon (after_y, cy, 1e-9);
  wp_viewport_get_visible_area (viewport, &visible);
  g_assert_cmpfloat_with_epsilon (visible.width, 800, EPSILON);
  g_assert_cmpfloat_with_epsilon (visible.x, cx - 400, 1e-9);
}

static void
test_notify_on_change_only (void)
{
  g_autoptr(WpViewport) viewport = wp_viewport_new ();
  guint zoom_notes = 0, any_notes = 0, changes = 0;

  g_signal_connect (viewport, "notify::zoom", G_CALLBACK (count_notify), &zoom_notes);
  g_signal_connect (viewport, "notify", G_CALLBACK (count_notify), &any_notes);
  g_signal_connect (viewport, "changed", G_CALLBACK (count_changed), &changes);

  wp_viewport_set_size (viewport, 640, 480);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (any_notes, ==, 2);
  wp_viewport_set_size (viewport, 640, 480);
  g_assert_cmpuint (changes, ==, 1);

  wp_viewport_zoom_at (viewport, 2, 0, 0);  /* the point at 0, 0 keeps the offset */
  g_assert_cmpuint (zoom_notes, ==, 1);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (any_notes, ==, 3);
  g_object_set (viewport, "zoom", 2.0, NULL);
  wp_viewport_set_zoom (viewport, 2.0);
  wp_viewport_pan_by (viewport, 0, 0);
  g_assert_cmpuint (zoom_notes, ==, 1);
  g_assert_cmpuint (changes, ==, 2);

  /* Zooming about the centre moves the offset too: two properties, one ::changed. */
  wp_viewport_set_zoom (viewport, 3.0);
  g_assert_cmpuint (zoom_notes, ==, 2);
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (any_notes, ==, 6);
}

static void
test_apply (void)
{
  g_autoptr(WpViewport) viewport = wp_viewport_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  double x = 250, y = -75, vx, vy;

  wp_viewport_set_size (viewport, 900, 500);
  wp_viewport_zoom_at (viewport, 1.7, 120, 80);
  wp_viewport_pan_by (viewport, 33, -12);
  wp_viewport_apply (viewport, cr);
  wp_viewport_to_view (viewport, x, y, &vx, &vy);
  cairo_user_to_device (cr, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, vx, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, vy, 1e-9);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/viewport/round-trip", test_round_trip);
  g_test_add_func ("/viewport/zoom-at-keeps-point", test_zoom_at_keeps_point);
  g_test_add_func ("/viewport/fit-contains", test_fit_contains);
  g_test_add_func ("/viewport/actual-size", test_actual_size);
  g_test_add_func ("/viewport/notify-on-change-only", test_notify_on_change_only);
  g_test_add_func ("/viewport/apply", test_apply);

  return g_test_run ();
}
