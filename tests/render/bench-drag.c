/* bench-drag.c: what a frame of a device drag costs, against drawing the whole scene
 *
 *   bench-drag PLAN.wireplan [--frames N] [--size WxH] [--device ID]
 *
 * Not a test: a developer's tool (build-aux/gen-big-plan.py writes a big plan for it).
 * It lifts a device (the one with the most cables unless --device names one), as the
 * canvas does when a drag starts, and
 * times, at zoom-to-fit and at 100 % around the device: the full scene; the scene
 * without the device (drawn once per drag, then cached); and each frame of the drag:
 * moving the device, painting the cached scene and drawing the lifted device over it.
 */
#include "config.h"

#include <stdio.h>

#include "wp-catalogue.h"
#include "wp-plan-io.h"
#include "wp-plan-renderer.h"
#include "wp-viewport.h"

typedef struct {
  WpPlanRenderer  *renderer;
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_rectangle_t area;
  int              frames;
} Bench;

static guint
count_cables (WpPlan   *plan,
              WpDevice *device)
{
  guint n = 0;

  for (guint p = 0; p < wp_device_get_n_ports (device); p++)
    {
      GPtrArray *cables = wp_plan_get_cables_at (plan, wp_device_get_id (device),
                                                 wp_device_get_port (device, p)->id);

      n += cables != NULL ? cables->len : 0;
    }
  return n;
}

static WpDevice *
busiest_device (WpPlan *plan)
{
  WpDevice *busiest = NULL;

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);

      if (busiest == NULL || count_cables (plan, device) > count_cables (plan, busiest))
        busiest = device;
    }
  return busiest;
}

static double
ms_since (gint64 start,
          int    frames)
{
  return (g_get_monotonic_time () - start) / 1000.0 / frames;
}

/* Times the full scene, the scene with DEVICE lifted, and the frames of a drag of it. */
static void
run (Bench      *bench,
     WpDevice   *device,
     GHashTable *lifted,
     const char *title)
{
  WpPlan *plan = wp_layout_get_plan (wp_plan_renderer_get_layout (bench->renderer));
  const WpSceneFlags flags = WP_SCENE_BACKGROUND | WP_SCENE_GRID;
  double x = wp_device_get_x (device), y = wp_device_get_y (device);
  double scene, without, lifted_only, frame;
  cairo_surface_t *cache;
  cairo_t *cache_cr;
  cairo_matrix_t matrix;
  gint64 start;

  start = g_get_monotonic_time ();
  for (int i = 0; i < bench->frames; i++)
    wp_plan_renderer_draw_scene (bench->renderer, bench->cr, &bench->area, NULL, flags);
  scene = ms_since (start, bench->frames);

  /* The canvas keeps the scene without the lifted device as one picture. */
  cache = cairo_surface_create_similar_image (bench->surface, CAIRO_FORMAT_ARGB32,
                                              cairo_image_surface_get_width (bench->surface),
                                              cairo_image_surface_get_height (bench->surface));
  cache_cr = cairo_create (cache);
  cairo_get_matrix (bench->cr, &matrix);
  cairo_set_matrix (cache_cr, &matrix);
  wp_plan_renderer_set_lifted (bench->renderer, lifted);
  start = g_get_monotonic_time ();
  wp_plan_renderer_draw_scene (bench->renderer, cache_cr, &bench->area, NULL, flags);
  without = ms_since (start, 1);

  start = g_get_monotonic_time ();
  for (int i = 0; i < bench->frames; i++)
    wp_plan_renderer_draw_lifted (bench->renderer, bench->cr, &bench->area, NULL);
  lifted_only = ms_since (start, bench->frames);

  start = g_get_monotonic_time ();
  for (int i = 1; i <= bench->frames; i++)
    {
      wp_plan_move_device (plan, device, x + 3 * i, y + 2 * i);
      cairo_save (bench->cr);
      cairo_identity_matrix (bench->cr);
      cairo_set_operator (bench->cr, CAIRO_OPERATOR_SOURCE);
      cairo_set_source_surface (bench->cr, cache, 0, 0);
      cairo_paint (bench->cr);
      cairo_restore (bench->cr);
      wp_plan_renderer_draw_lifted (bench->renderer, bench->cr, &bench->area, NULL);
    }
  frame = ms_since (start, bench->frames);
  cairo_surface_flush (bench->surface);
  wp_plan_move_device (plan, device, x, y);
  wp_plan_renderer_set_lifted (bench->renderer, NULL);
  cairo_destroy (cache_cr);
  cairo_surface_destroy (cache);

  printf ("%s\n", title);
  printf ("  full scene:                   %8.2f ms per frame (mean of %d)\n", scene,
          bench->frames);
  printf ("  scene without the device:     %8.2f ms, once per drag\n", without);
  printf ("  draw_lifted:                  %8.3f ms per frame (mean of %d)\n", lifted_only,
          bench->frames);
  printf ("  drag frame (move, paint the cached scene, draw_lifted): %.3f ms (mean of %d)\n",
          frame, bench->frames);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(WpCatalogue) catalogue = NULL;
  g_autoptr(WpLayout) layout = NULL;
  g_autoptr(WpPlanRenderer) renderer = NULL;
  g_autoptr(WpViewport) viewport = wp_viewport_new ();
  g_autoptr(GHashTable) lifted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *size = NULL;
  g_autofree char *device_id = NULL;
  int frames = 100, width = 1920, height = 1080;
  cairo_rectangle_t bounds;
  WpDevice *device;
  Bench bench;
  gint64 start;
  const GOptionEntry entries[] = {
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Frames to average over (100)", "N" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "The view in pixels (1920x1080)", "WxH" },
    { "device", 0, 0, G_OPTION_ARG_STRING, &device_id, "The device to lift", "ID" },
    { NULL }
  };

  context = g_option_context_new ("PLAN.wireplan");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || frames < 1
      || (size != NULL && (sscanf (size, "%dx%d", &width, &height) != 2
                           || width < 1 || height < 1)))
    {
      fprintf (stderr, "%s\n", error != NULL ? error->message : "usage: bench-drag PLAN "
                                             "[--frames N] [--size WxH] [--device ID]");
      return 2;
    }

  start = g_get_monotonic_time ();
  plan = wp_plan_load (argv[1], &error);
  if (plan == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  catalogue = wp_catalogue_new ();
  wp_catalogue_load_builtin (catalogue, NULL);
  layout = wp_layout_new (plan, catalogue);
  renderer = wp_plan_renderer_new (layout);
  printf ("load and lay out: %.0f ms (%u devices, %u cables)\n",
          (g_get_monotonic_time () - start) / 1000.0,
          wp_plan_get_n_devices (plan), wp_plan_get_n_cables (plan));
  device = device_id != NULL ? wp_plan_find_device (plan, device_id) : busiest_device (plan);
  if (device == NULL || !wp_layout_get_plan_bounds (layout, &bounds))
    {
      fprintf (stderr, "no such device\n");
      return 2;
    }
  g_hash_table_add (lifted, (gpointer) wp_device_get_id (device));
  printf ("lifted: %s, %u cables; view %d × %d px\n", wp_device_get_id (device),
          count_cables (plan, device), width, height);

  bench.renderer = renderer;
  bench.frames = frames;
  bench.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  bench.cr = cairo_create (bench.surface);
  wp_viewport_set_size (viewport, width, height);

  wp_viewport_zoom_to_fit (viewport, &bounds, 20);
  wp_viewport_apply (viewport, bench.cr);
  wp_viewport_get_visible_area (viewport, &bench.area);
  {
    g_autofree char *title = g_strdup_printf ("zoom to fit (%.0f %%):",
                                              100 * wp_viewport_get_zoom (viewport));
    run (&bench, device, lifted, title);
  }

  wp_viewport_zoom_actual_size (viewport);
  wp_viewport_set_offset (viewport, wp_device_get_x (device) - width / 2.0,
                          wp_device_get_y (device) - height / 2.0);
  cairo_identity_matrix (bench.cr);
  wp_viewport_apply (viewport, bench.cr);
  wp_viewport_get_visible_area (viewport, &bench.area);
  run (&bench, device, lifted, "100 %, around the device:");

  cairo_destroy (bench.cr);
  cairo_surface_destroy (bench.surface);
  return 0;
}
