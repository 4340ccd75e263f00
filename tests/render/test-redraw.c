/* test-redraw.c: redrawing only what a change damaged gives the picture a whole redraw gives */
#include "config.h"

#include "wp-plan-renderer.h"
#include "wp-test-util.h"
#include "wp-viewport.h"

#define WIDTH  900
#define HEIGHT 600
#define MAX_STRAY 8   /* pixels: the odd line's antialiasing may differ under a clip */

static const WpSceneFlags flags = WP_SCENE_BACKGROUND | WP_SCENE_GRID;

static cairo_surface_t *
surface_new (void)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
}

/* A cairo context on SURFACE showing the plan as VIEWPORT does. */
static cairo_t *
context_for (cairo_surface_t *surface,
             WpViewport      *viewport)
{
  cairo_t *cr = cairo_create (surface);

  wp_viewport_apply (viewport, cr);
  return cr;
}

static void
draw_whole (WpPlanRenderer  *renderer,
            WpViewport      *viewport,
            WpCableStates   *states,
            cairo_surface_t *surface)
{
  cairo_t *cr = context_for (surface, viewport);
  cairo_rectangle_t area;

  wp_viewport_get_visible_area (viewport, &area);
  wp_plan_renderer_draw_scene (renderer, cr, &area, states, flags);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

static void
redraw (WpPlanRenderer  *renderer,
        WpViewport      *viewport,
        WpCableStates   *states,
        GArray          *damage,
        cairo_surface_t *surface)
{
  cairo_t *cr = context_for (surface, viewport);

  wp_plan_renderer_redraw (renderer, cr, damage, states, flags);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b)
{
  return wp_test_count_differences (cairo_image_surface_get_data (a),
                                    cairo_image_surface_get_data (b), WIDTH, HEIGHT,
                                    cairo_image_surface_get_stride (a));
}

/* At fit with ZOOM 0, else at ZOOM around DEVICE. */
static WpViewport *
viewport_at (WpLayout *layout,
             WpDevice *device,
             double    zoom)
{
  WpViewport *viewport = wp_viewport_new ();
  cairo_rectangle_t bounds;
  double x, y;

  g_assert_true (wp_layout_get_plan_bounds (layout, &bounds));
  wp_viewport_set_size (viewport, WIDTH, HEIGHT);
  wp_viewport_zoom_to_fit (viewport, &bounds, 20);
  if (zoom > 0)
    {
      wp_viewport_to_view (viewport, wp_device_get_x (device), wp_device_get_y (device), &x, &y);
      wp_viewport_zoom_at (viewport, zoom, x, y);
    }
  return viewport;
}

/* A device moved: its old and new place, with its cables, redrawn into the kept
 * picture, give the picture of the plan drawn anew; at fit (no labels) and closer
 * (labels and icons, which the device may push along other cables). */
static void
test_moved_device (void)
{
  const double zooms[] = { 0, 0.6, 1.2 };

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
      g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
      g_autoptr(WpPlanRenderer) renderer = wp_plan_renderer_new (layout);
      g_autoptr(WpCableStates) states = wp_cable_states_new ();
      WpDevice *device = wp_plan_get_device (plan, 1);
      g_autoptr(WpViewport) viewport = viewport_at (layout, device, zooms[z]);
      g_autoptr(GArray) damage = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
      cairo_surface_t *kept = surface_new (), *whole = surface_new ();
      double scale = wp_viewport_get_zoom (viewport);
      guint before;

      wp_cable_states_add (states, wp_cable_get_id (wp_plan_get_cable (plan, 0)), WP_CABLE_STATE_ERROR);
      draw_whole (renderer, viewport, states, kept);
      wp_plan_renderer_add_device_damage (renderer, device, scale, damage);
      wp_plan_move_device (plan, device, wp_device_get_x (device) + 130, wp_device_get_y (device) + 70);
      draw_whole (renderer, viewport, states, whole);
      /* The move changed the picture... */
      before = count_differences (kept, whole);
      g_assert_cmpuint (before, >, 100 * MAX_STRAY);
      wp_plan_renderer_add_device_damage (renderer, device, scale, damage);
      redraw (renderer, viewport, states, damage, kept);
      /* ...and the redraw of the damage alone catches all of it. */
      g_test_message ("zoom %g: %u pixels changed, %u left after the redraw",
                      scale, before, count_differences (kept, whole));
      g_assert_cmpuint (count_differences (kept, whole), <=, MAX_STRAY);
      cairo_surface_destroy (kept);
      cairo_surface_destroy (whole);
    }
}

/* A cable's state changed: its damage redrawn gives the new picture. */
static void
test_cable_state (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  g_autoptr(WpPlanRenderer) renderer = wp_plan_renderer_new (layout);
  g_autoptr(WpCableStates) states = wp_cable_states_new ();
  g_autoptr(WpViewport) viewport = viewport_at (layout, wp_plan_get_device (plan, 1), 1);
  g_autoptr(GArray) damage = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  cairo_surface_t *kept = surface_new (), *whole = surface_new ();
  WpCable *cable = wp_plan_get_cable (plan, 2);

  draw_whole (renderer, viewport, states, kept);
  wp_cable_states_add (states, wp_cable_get_id (cable), WP_CABLE_STATE_ERROR);
  draw_whole (renderer, viewport, states, whole);
  g_assert_cmpuint (count_differences (kept, whole), >, 0);
  wp_plan_renderer_add_cable_damage (renderer, cable, wp_viewport_get_zoom (viewport), damage);
  redraw (renderer, viewport, states, damage, kept);
  g_assert_cmpuint (count_differences (kept, whole), <=, MAX_STRAY);
  cairo_surface_destroy (kept);
  cairo_surface_destroy (whole);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redraw/moved-device", test_moved_device);
  g_test_add_func ("/redraw/cable-state", test_cable_state);
  return g_test_run ();
}
