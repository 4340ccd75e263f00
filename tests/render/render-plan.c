/* render-plan.c: renders a plan file to a PNG, to look at what the renderer draws
 *
 *   render-plan IN.wireplan OUT.png [--problems] [--mark c3=error,c5=warning,c7=waived]
 *               [--dark] [--legend] [--scale S] [--view X,Y,W,H] [--overlay] [--time N]
 *
 * Not a test: a developer's tool. --mark fakes cable states; --overlay draws a sample
 * selection, hover, port verdicts, a cable being drawn and a rubber band; --time renders
 * the scene N times and prints the mean time per frame, then times hit tests and moves.
 */
#include "config.h"

#include <stdio.h>
#include <math.h>
#include <stdlib.h>

#include "wp-catalogue.h"
#include "wp-plan-io.h"
#include "wp-plan-renderer.h"
#include "wp-rules.h"

#define MARGIN 40.0

static gboolean
parse_marks (WpCableStates *states,
             const char    *marks,
             GError       **error)
{
  g_auto(GStrv) items = g_strsplit (marks, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (items[i], "=", 2);
      static const char * const names[] = { "ok", "waived", "info", "warning", "error" };
      gboolean found = FALSE;

      for (guint s = 0; pair[1] != NULL && s < G_N_ELEMENTS (names); s++)
        if (g_str_equal (pair[1], names[s]))
          {
            wp_cable_states_add (states, pair[0], (WpCableState) s);
            found = TRUE;
          }
      if (!found)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "--mark wants CABLE=ok|waived|info|warning|error, not “%s”", items[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* A sample of everything the overlay draws, on the first devices and cables. */
static void
fill_sample_overlay (WpLayout       *layout,
                     WpOverlay      *overlay,
                     WpPortVerdicts *verdicts)
{
  WpPlan *plan = wp_layout_get_plan (layout);
  guint n = wp_plan_get_n_devices (plan);
  cairo_rectangle_t bounds;

  overlay->selected_devices = g_hash_table_new (g_str_hash, g_str_equal);
  overlay->selected_cables = g_hash_table_new (g_str_hash, g_str_equal);
  if (n > 0)
    g_hash_table_add (overlay->selected_devices,
                      (gpointer) wp_device_get_id (wp_plan_get_device (plan, 0)));
  if (wp_plan_get_n_cables (plan) > 0)
    g_hash_table_add (overlay->selected_cables,
                      (gpointer) wp_cable_get_id (wp_plan_get_cable (plan, 0)));
  if (n > 1)
    {
      overlay->hover.kind = WP_HIT_DEVICE;
      overlay->hover.device = wp_plan_get_device (plan, 1);
    }
  for (guint d = 2; d < n; d++)
    {
      WpDevice *device = wp_plan_get_device (plan, d);

      for (guint p = 0; p < wp_device_get_n_ports (device); p++)
        wp_port_verdicts_set (verdicts, device, p, 1 + (d + p) % 4);
    }
  overlay->verdicts = verdicts;
  if (n > 0 && wp_device_get_n_ports (wp_plan_get_device (plan, 0)) > 0)
    {
      double x, y;

      overlay->ghost_device = wp_plan_get_device (plan, 0);
      overlay->ghost_port = 0;
      wp_layout_get_port_anchor (layout, overlay->ghost_device, 0, &x, &y);
      overlay->ghost_x = x + 160;
      overlay->ghost_y = y + 90;
    }
  wp_layout_get_plan_bounds (layout, &bounds);
  overlay->show_rubber_band = TRUE;
  overlay->rubber_band = (cairo_rectangle_t) { bounds.x + bounds.width * 0.6, bounds.y + 20,
                                               bounds.width * 0.2, bounds.height * 0.15 };
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
  g_autoptr(WpCableStates) states = wp_cable_states_new ();
  g_autoptr(WpPortVerdicts) verdicts = wp_port_verdicts_new ();
  g_autofree char *marks = NULL;
  g_autofree char *view = NULL;
  gboolean problems = FALSE, dark = FALSE, legend = FALSE, with_overlay = FALSE;
  double scale = 1.0, legend_w = 0, legend_h = 0;
  int repeat = 0;
  cairo_rectangle_t area;
  WpOverlay overlay = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  gint64 start;
  int width, height;
  const GOptionEntry entries[] = {
    { "problems", 0, 0, G_OPTION_ARG_NONE, &problems, "Mark cables by the rules' verdicts", NULL },
    { "mark", 0, 0, G_OPTION_ARG_STRING, &marks, "Fake cable states", "ID=STATE,…" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Use the dark palette", NULL },
    { "legend", 0, 0, G_OPTION_ARG_NONE, &legend, "Draw the legend beside the plan", NULL },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, "Pixels per plan unit (1)", "S" },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view, "Render only this part of the plan", "X,Y,W,H" },
    { "overlay", 0, 0, G_OPTION_ARG_NONE, &with_overlay, "Draw a sample overlay", NULL },
    { "time", 0, 0, G_OPTION_ARG_INT, &repeat, "Render N times, print the mean time", "N" },
    { NULL }
  };

  context = g_option_context_new ("IN.wireplan OUT.png");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3 ||
      (marks != NULL && !parse_marks (states, marks, &error)))
    {
      fprintf (stderr, "%s\n", error != NULL ? error->message : "usage: render-plan IN OUT.png");
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
  if (repeat > 0)
    printf ("load and lay out: %.1f ms (%u devices, %u cables)\n",
            (g_get_monotonic_time () - start) / 1000.0,
            wp_plan_get_n_devices (plan), wp_plan_get_n_cables (plan));
  wp_plan_renderer_set_style (renderer,
                              wp_render_style_get (dark ? WP_RENDER_THEME_DARK
                                                        : WP_RENDER_THEME_LIGHT));
  if (problems)
    {
      g_autoptr(GPtrArray) found = wp_rules_check_plan (plan);

      wp_cable_states_add_problems (states, found);
    }

  if (view != NULL)
    {
      if (sscanf (view, "%lf,%lf,%lf,%lf", &area.x, &area.y, &area.width, &area.height) != 4)
        {
          fprintf (stderr, "--view wants X,Y,W,H\n");
          return 2;
        }
    }
  else if (wp_layout_get_plan_bounds (layout, &area))
    {
      area = (cairo_rectangle_t) { area.x - MARGIN, area.y - MARGIN,
                                   area.width + 2 * MARGIN, area.height + 2 * MARGIN };
    }
  else
    {
      area = (cairo_rectangle_t) { 0, 0, 400, 300 };
    }
  if (legend)
    wp_plan_renderer_get_legend_size (renderer, &legend_w, &legend_h);

  width = (int) ceil ((area.width + (legend ? legend_w + MARGIN : 0)) * scale);
  height = (int) ceil (MAX (area.height, legend_h + 2 * MARGIN) * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  wp_render_style_set_source (cr, &wp_plan_renderer_get_style (renderer)->background);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  if (legend)
    wp_plan_renderer_draw_legend (renderer, cr, area.width, MARGIN);
  cairo_translate (cr, -area.x, -area.y);

  start = g_get_monotonic_time ();
  for (int i = 0; i < MAX (repeat, 1); i++)
    wp_plan_renderer_draw_scene (renderer, cr, &area, states, WP_SCENE_BACKGROUND | WP_SCENE_GRID);
  if (repeat > 0)
    printf ("scene, %d × %d px: %.2f ms per frame (mean of %d)\n", width, height,
            (g_get_monotonic_time () - start) / 1000.0 / repeat, repeat);

  if (repeat > 0 && wp_plan_get_n_devices (plan) > 0)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (1);
      WpDevice *device = wp_plan_get_device (plan, 0);
      double x = wp_device_get_x (device), y = wp_device_get_y (device);
      WpHit hit;

      start = g_get_monotonic_time ();
      for (guint i = 0; i < 10000; i++)
        wp_layout_hit (layout, g_rand_double_range (rand, area.x, area.x + area.width),
                       g_rand_double_range (rand, area.y, area.y + area.height), 4, &hit);
      printf ("hit test: %.1f µs per point (mean of 10000)\n",
              (g_get_monotonic_time () - start) / 10000.0);

      /* A drag: the index follows the device and its cables, nothing else. */
      start = g_get_monotonic_time ();
      for (guint i = 1; i <= 1000; i++)
        wp_plan_move_device (plan, device, x + i % 50, y + i % 30);
      printf ("move a device: %.1f µs per step (mean of 1000)\n",
              (g_get_monotonic_time () - start) / 1000.0);
      wp_plan_move_device (plan, device, x, y);
    }

  if (with_overlay)
    {
      fill_sample_overlay (layout, &overlay, verdicts);
      wp_plan_renderer_draw_overlay (renderer, cr, &area, &overlay);
      g_hash_table_unref (overlay.selected_devices);
      g_hash_table_unref (overlay.selected_cables);
    }

  cairo_destroy (cr);
  if (cairo_surface_write_to_png (surface, argv[2]) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "could not write %s\n", argv[2]);
      cairo_surface_destroy (surface);
      return 1;
    }
  cairo_surface_destroy (surface);
  return 0;
}
