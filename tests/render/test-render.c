/* test-render.c: drawing plans onto image surfaces, without a display */
#include "config.h"

#include <math.h>

#include "wp-plan-io.h"
#include "wp-plan-renderer.h"
#include "wp-problem.h"
#include "wp-render-test-util.h"
#include "wp-spatial-index.h"
#include "wp-test-util.h"

typedef struct {
  cairo_surface_t *surface;
  cairo_t         *cr;
} Canvas;

static Canvas
canvas_new (int width,
            int height)
{
  Canvas canvas;

  canvas.surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  canvas.cr = cairo_create (canvas.surface);
  return canvas;
}

static void
canvas_free (Canvas *canvas)
{
  cairo_destroy (canvas->cr);
  cairo_surface_destroy (canvas->surface);
}

static void
pixel_at (Canvas *canvas,
          int     x,
          int     y,
          int    *r,
          int    *g,
          int    *b)
{
  const guint8 *data;
  guint32 pixel;

  cairo_surface_flush (canvas->surface);
  data = cairo_image_surface_get_data (canvas->surface);
  pixel = *(const guint32 *) (data + y * cairo_image_surface_get_stride (canvas->surface) + x * 4);
  *r = pixel >> 16 & 0xff;
  *g = pixel >> 8 & 0xff;
  *b = pixel & 0xff;
}

/* Pixels in the box (X, Y, W, H) whose colour is within TOLERANCE of COLOR. */
static guint
count_colour (Canvas       *canvas,
              int           x,
              int           y,
              int           w,
              int           h,
              const WpRgba *color,
              int           tolerance)
{
  int width = cairo_image_surface_get_width (canvas->surface);
  int height = cairo_image_surface_get_height (canvas->surface);
  guint count = 0;

  for (int py = MAX (y, 0); py < MIN (y + h, height); py++)
    for (int px = MAX (x, 0); px < MIN (x + w, width); px++)
      {
        int r, g, b;

        pixel_at (canvas, px, py, &r, &g, &b);
        if (abs (r - (int) lround (color->red * 255)) <= tolerance &&
            abs (g - (int) lround (color->green * 255)) <= tolerance &&
            abs (b - (int) lround (color->blue * 255)) <= tolerance)
          count++;
      }
  return count;
}

static void
test_examples (void)
{
  const char * const examples[] = {
    "club-gig.wireplan", "home-studio.wireplan", "installed-70v.wireplan",
  };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    for (WpRenderTheme theme = WP_RENDER_THEME_LIGHT; theme <= WP_RENDER_THEME_DARK; theme++)
      {
        g_autofree char *path = wp_test_fixture_path ("data", "examples", examples[i], NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(WpPlan) plan = wp_plan_load (path, &error);
        g_autoptr(WpLayout) layout = NULL;
        g_autoptr(WpPlanRenderer) renderer = NULL;
        const WpRenderStyle *style = wp_render_style_get (theme);
        Canvas canvas = canvas_new (800, 600);
        guint background;

        g_assert_no_error (error);
        layout = wp_layout_new (plan, NULL);
        renderer = wp_plan_renderer_new (layout);
        wp_plan_renderer_set_style (renderer, style);
        g_assert_true (wp_plan_renderer_draw_fitted (renderer, canvas.cr,
                                                     &(cairo_rectangle_t) { 0, 0, 800, 600 },
                                                     20, NULL, WP_SCENE_BACKGROUND));
        g_assert_cmpint (cairo_status (canvas.cr), ==, CAIRO_STATUS_SUCCESS);

        /* The corners are background; a good part of the rest is drawing. */
        background = count_colour (&canvas, 0, 0, 800, 600, &style->background, 2);
        g_assert_cmpuint (count_colour (&canvas, 0, 0, 4, 4, &style->background, 2), ==, 16);
        g_assert_cmpuint (background, <, 800 * 600 * 95 / 100);
        g_test_message ("%s: %.1f %% drawn", examples[i], 100.0 - background * 100.0 / 480000);
        canvas_free (&canvas);
      }
}

/* A plan of two devices joined by one cable, drawn at 100 %. */
static void
draw_pair (WpCableState  state,
           Canvas       *canvas,
           double       *mid_x,
           double       *mid_y)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpLayout) layout = NULL;
  g_autoptr(WpPlanRenderer) renderer = NULL;
  g_autoptr(WpCableStates) states = wp_cable_states_new ();
  WpCable *cable;
  WpBezier curve;

  wp_render_test_add_device (plan, "a", 20, 20, 0, 1, 0);
  wp_render_test_add_device (plan, "b", 480, 220, 1, 0, 0);
  cable = wp_render_test_add_cable (plan, "c1", "a", "out1", "b", "in1");
  layout = wp_layout_new (plan, NULL);
  renderer = wp_plan_renderer_new (layout);
  wp_cable_states_add (states, "c1", state);
  wp_plan_renderer_draw_scene (renderer, canvas->cr, &(cairo_rectangle_t) { 0, 0, 700, 400 },
                               states, WP_SCENE_BACKGROUND);
  g_assert_true (wp_layout_get_cable_curve (layout, cable, &curve));
  wp_bezier_get_point (&curve, 0.5, mid_x, mid_y);
}

static void
test_error_is_red (void)
{
  const WpRenderStyle *style = wp_render_style_get (WP_RENDER_THEME_LIGHT);
  Canvas ok = canvas_new (700, 400), error = canvas_new (700, 400);
  double x, y;
  guint red_ok, red_error;

  draw_pair (WP_CABLE_STATE_OK, &ok, &x, &y);
  draw_pair (WP_CABLE_STATE_ERROR, &error, &x, &y);
  red_ok = count_colour (&ok, (int) x - 30, (int) y - 30, 60, 60, &style->error, 40);
  red_error = count_colour (&error, (int) x - 30, (int) y - 30, 60, 60, &style->error, 40);
  g_assert_cmpuint (red_ok, ==, 0);
  g_assert_cmpuint (red_error, >, 40);
  canvas_free (&ok);
  canvas_free (&error);
}

static void
test_culled_area_draws_nothing (void)
{
  g_autofree char *path = wp_test_fixture_path ("data", "examples", "club-gig.wireplan", NULL);
  g_autoptr(WpPlan) plan = wp_plan_load (path, NULL);
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  g_autoptr(WpPlanRenderer) renderer = wp_plan_renderer_new (layout);
  const WpRenderStyle *style = wp_plan_renderer_get_style (renderer);
  Canvas canvas = canvas_new (200, 200);

  /* Far from the plan: background only. */
  cairo_translate (canvas.cr, 20000, 20000);
  wp_plan_renderer_draw_scene (renderer, canvas.cr,
                               &(cairo_rectangle_t) { -20000, -20000, 200, 200 }, NULL,
                               WP_SCENE_BACKGROUND);
  g_assert_cmpuint (count_colour (&canvas, 0, 0, 200, 200, &style->background, 0), ==, 40000);
  canvas_free (&canvas);
}

static void
test_overlay (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpLayout) layout = NULL;
  g_autoptr(WpPlanRenderer) renderer = NULL;
  g_autoptr(WpPortVerdicts) verdicts = wp_port_verdicts_new ();
  g_autoptr(GHashTable) selected = g_hash_table_new (g_str_hash, g_str_equal);
  const WpRenderStyle *style;
  WpDevice *a, *b;
  Canvas canvas = canvas_new (700, 400);
  WpOverlay overlay = { 0 };
  double x, y;

  a = wp_render_test_add_device (plan, "a", 20, 20, 0, 1, 0);
  b = wp_render_test_add_device (plan, "b", 400, 200, 2, 0, 0);
  layout = wp_layout_new (plan, NULL);
  renderer = wp_plan_renderer_new (layout);
  style = wp_plan_renderer_get_style (renderer);

  g_hash_table_add (selected, (gpointer) "a");
  overlay.selected_devices = selected;
  overlay.verdicts = verdicts;
  wp_port_verdicts_set (verdicts, b, 0, WP_PORT_VERDICT_OK);
  wp_port_verdicts_set (verdicts, b, 1, WP_PORT_VERDICT_ERROR);
  g_assert_cmpint (wp_port_verdicts_lookup (verdicts, a, 0), ==, WP_PORT_VERDICT_NONE);
  overlay.ghost_device = a;
  overlay.ghost_port = 0;
  overlay.ghost_x = 300;
  overlay.ghost_y = 300;

  wp_plan_renderer_draw_scene (renderer, canvas.cr, &(cairo_rectangle_t) { 0, 0, 700, 400 },
                               NULL, WP_SCENE_BACKGROUND);
  g_assert_cmpuint (count_colour (&canvas, 0, 0, 700, 400, &style->selection, 10), ==, 0);
  wp_plan_renderer_draw_overlay (renderer, canvas.cr, &(cairo_rectangle_t) { 0, 0, 700, 400 },
                                 &overlay);

  /* The selection outline, a green ring on the good port, a red one on the other. */
  g_assert_cmpuint (count_colour (&canvas, 0, 0, 700, 400, &style->selection, 10), >, 100);
  wp_layout_get_port_anchor (layout, b, 0, &x, &y);
  /* Ports sit 20 units apart: look above the next port's ring. */
  g_assert_cmpuint (count_colour (&canvas, (int) x - 14, (int) y - 14, 28, 20, &style->ok, 30),
                    >, 10);
  g_assert_cmpuint (count_colour (&canvas, (int) x - 14, (int) y - 14, 28, 20, &style->error, 30),
                    ==, 0);
  wp_layout_get_port_anchor (layout, b, 1, &x, &y);
  g_assert_cmpuint (count_colour (&canvas, (int) x - 16, (int) y - 16, 32, 32, &style->error, 30),
                    >, 10);
  canvas_free (&canvas);
}

/* Pixels in the box R, grown to whole pixels, whose colour is within TOLERANCE of
 * COLOR, and in *TOTAL how many pixels the box has. */
static guint
count_colour_in (Canvas                  *canvas,
                 const cairo_rectangle_t *r,
                 const WpRgba            *color,
                 int                      tolerance,
                 guint                   *total)
{
  int x = (int) floor (r->x), y = (int) floor (r->y);
  int w = (int) ceil (r->x + r->width) - x, h = (int) ceil (r->y + r->height) - y;

  *total = w * h;
  return count_colour (canvas, x, y, w, h, color, tolerance);
}

/* Checks that two canvases of one size differ only within RADIUS pixels of the N
 * POINTS (x, y pairs, in pixels); returns the largest difference of a channel. */
static int
assert_same_but_near (Canvas       *a,
                      Canvas       *b,
                      const double *points,
                      guint         n,
                      double        radius)
{
  int width = cairo_image_surface_get_width (a->surface);
  int height = cairo_image_surface_get_height (a->surface);
  int largest = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        int ra, ga, ba, rb, gb, bb;
        gboolean near = FALSE;

        pixel_at (a, x, y, &ra, &ga, &ba);
        pixel_at (b, x, y, &rb, &gb, &bb);
        if (ra == rb && ga == gb && ba == bb)
          continue;
        for (guint i = 0; i < n; i++)
          near |= hypot (x + 0.5 - points[2 * i], y + 0.5 - points[2 * i + 1]) <= radius;
        if (!near)
          g_error ("pixel %d, %d differs", x, y);
        largest = MAX (largest, MAX (abs (ra - rb), MAX (abs (ga - gb), abs (ba - bb))));
      }
  return largest;
}

/* Device "b" stands alone in the middle, joined to "a" on its left and "c" on its
 * right; "a" and "c" are joined too, by a cable that crosses none of b's. Labels and
 * problem icons on b's cables. */
static WpPlan *
lifted_plan (WpCableStates *states)
{
  WpPlan *plan = wp_plan_new ();
  WpCable *cable;

  wp_render_test_add_device (plan, "a", 20, 20, 0, 2, 0);
  wp_render_test_add_device (plan, "b", 330, 240, 2, 1, 1);
  wp_render_test_add_device (plan, "c", 640, 40, 2, 0, 0);
  cable = wp_render_test_add_cable (plan, "ab", "a", "out2", "b", "in1");
  wp_plan_set_cable_text (plan, cable, "MIC-01", NULL, NULL);
  wp_render_test_add_cable (plan, "ac", "a", "out1", "c", "in1");
  cable = wp_render_test_add_cable (plan, "bc", "b", "out1", "c", "in2");
  wp_plan_set_cable_text (plan, cable, "LINE-02", NULL, NULL);
  wp_cable_states_add (states, "ab", WP_CABLE_STATE_ERROR);
  wp_cable_states_add (states, "bc", WP_CABLE_STATE_WARNING);
  return plan;
}

/* Draws the scene at SCALE, and over it the lifted devices when LIFTED is set. */
static void
draw_at (WpPlanRenderer *renderer,
         Canvas         *canvas,
         double          scale,
         WpCableStates  *states,
         GHashTable     *lifted)
{
  cairo_rectangle_t area = { 0, 0, 900 / scale, 500 / scale };

  wp_plan_renderer_set_lifted (renderer, lifted);
  cairo_save (canvas->cr);
  cairo_scale (canvas->cr, scale, scale);
  wp_plan_renderer_draw_scene (renderer, canvas->cr, &area, states, WP_SCENE_BACKGROUND);
  if (lifted != NULL)
    wp_plan_renderer_draw_lifted (renderer, canvas->cr, &area, states);
  cairo_restore (canvas->cr);
  wp_plan_renderer_set_lifted (renderer, NULL);
}

/* The scene without the lifted device, with it drawn on top, is the whole scene. */
static void
test_lifted_same_picture (void)
{
  g_autoptr(WpCableStates) states = wp_cable_states_new ();
  g_autoptr(WpPlan) plan = lifted_plan (states);
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  g_autoptr(WpPlanRenderer) renderer = wp_plan_renderer_new (layout);
  g_autoptr(GHashTable) lifted = g_hash_table_new (g_str_hash, g_str_equal);
  const double scales[] = { 1, 2, 0.6, 0.35, 0.15 };

  double ends[4];

  /* Where b's cables meet the devices that stay. */
  wp_layout_get_port_anchor (layout, wp_plan_find_device (plan, "a"), 1, &ends[0], &ends[1]);
  wp_layout_get_port_anchor (layout, wp_plan_find_device (plan, "c"), 1, &ends[2], &ends[3]);
  g_hash_table_add (lifted, (gpointer) "b");
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      Canvas whole = canvas_new (900, 500), parts = canvas_new (900, 500);
      double points[4];
      int largest;

      for (guint p = 0; p < 4; p++)
        points[p] = ends[p] * scales[i];
      draw_at (renderer, &whole, scales[i], states, NULL);
      draw_at (renderer, &parts, scales[i], states, lifted);
      /* The only difference: the rims of the glyphs at those ends, drawn a second time
       * over the lifted cable, and slight; or, zoomed out too far for glyphs, the end
       * pixel of such a cable over the device's border. */
      largest = assert_same_but_near (&whole, &parts, points, 2,
                                      (WP_LAYOUT_PORT_RADIUS + 2) * scales[i] + 1.5);
      g_test_message ("scale %g: differences up to %d", scales[i], largest);
      if (scales[i] * WP_LAYOUT_PORT_RADIUS >= 1.5)
        g_assert_cmpint (largest, <=, 32);
      canvas_free (&whole);
      canvas_free (&parts);
    }
}

/* The scene leaves the lifted device and its cables out; draw_lifted draws them alone. */
static void
test_lifted_left_out (void)
{
  g_autoptr(WpCableStates) states = wp_cable_states_new ();
  g_autoptr(WpPlan) plan = lifted_plan (states);
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  g_autoptr(WpPlanRenderer) renderer = wp_plan_renderer_new (layout);
  g_autoptr(GHashTable) lifted = g_hash_table_new (g_str_hash, g_str_equal);
  const WpRenderStyle *style = wp_plan_renderer_get_style (renderer);
  const WpRgba black = { 0, 0, 0, 1 };
  cairo_rectangle_t area = { 0, 0, 900, 500 }, b, a, mid;
  Canvas scene = canvas_new (900, 500), alone = canvas_new (900, 500);
  WpBezier curve;
  guint total;
  double x, y;

  g_hash_table_add (lifted, (gpointer) "b");
  wp_plan_renderer_set_lifted (renderer, lifted);
  wp_plan_renderer_draw_scene (renderer, scene.cr, &area, states, WP_SCENE_BACKGROUND);
  wp_layout_get_device_bounds (layout, wp_plan_find_device (plan, "b"), &b);
  g_assert_cmpuint (count_colour_in (&scene, &b, &style->background, 0, &total), ==, total);
  g_assert_true (wp_layout_get_cable_curve (layout, wp_plan_find_cable (plan, "ab"), &curve));
  wp_bezier_get_point (&curve, 0.25, &x, &y);
  mid = (cairo_rectangle_t) { x - 4, y - 4, 8, 8 };
  g_assert_cmpuint (count_colour_in (&scene, &mid, &style->background, 0, &total), ==, total);
  /* What is not lifted is there. */
  wp_layout_get_device_bounds (layout, wp_plan_find_device (plan, "a"), &a);
  g_assert_cmpuint (count_colour_in (&scene, &a, &style->device_fill, 0, &total), >, total / 4);

  /* On its own: b and its cables; of a, only the glyph of the port b's cable ends at;
   * and nothing at all when the area is elsewhere. */
  cairo_set_source_rgb (alone.cr, 0, 0, 0);
  cairo_paint (alone.cr);
  wp_plan_renderer_draw_lifted (renderer, alone.cr, &area, states);
  g_assert_cmpuint (count_colour_in (&alone, &b, &style->device_fill, 0, &total), >, total / 4);
  g_assert_cmpuint (count_colour_in (&alone, &mid, &black, 0, &total), <, total);
  a.width -= 2 * WP_LAYOUT_PORT_RADIUS + 1;
  g_assert_cmpuint (count_colour_in (&alone, &a, &black, 0, &total), ==, total);
  cairo_paint (alone.cr);
  wp_plan_renderer_draw_lifted (renderer, alone.cr,
                                &(cairo_rectangle_t) { 2000, 2000, 900, 500 }, states);
  g_assert_cmpuint (count_colour_in (&alone, &area, &black, 0, &total), ==, total);

  /* Nothing lifted: nothing to draw, and the scene is whole again. */
  wp_plan_renderer_set_lifted (renderer, NULL);
  wp_plan_renderer_draw_lifted (renderer, alone.cr, &area, states);
  g_assert_cmpuint (count_colour_in (&alone, &area, &black, 0, &total), ==, total);
  wp_plan_renderer_draw_scene (renderer, scene.cr, &area, states, WP_SCENE_BACKGROUND);
  g_assert_cmpuint (count_colour_in (&scene, &b, &style->device_fill, 0, &total), >, total / 4);
  canvas_free (&scene);
  canvas_free (&alone);
}

/* The ink of what draw_lifted draws into a recording surface, in plan units. */
static void
lifted_ink (WpPlanRenderer          *renderer,
            const cairo_rectangle_t *area,
            cairo_rectangle_t       *ink)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  wp_plan_renderer_draw_lifted (renderer, cr, area, NULL);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &ink->x, &ink->y, &ink->width, &ink->height);
  cairo_surface_destroy (surface);
}

/* In a plan of 2,000 devices, draw_lifted draws one device and its two cables only. */
static void
test_lifted_big_plan (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpLayout) layout = NULL;
  g_autoptr(WpPlanRenderer) renderer = NULL;
  g_autoptr(GHashTable) lifted = g_hash_table_new (g_str_hash, g_str_equal);
  cairo_rectangle_t plan_bounds, expected, ink, bounds;
  WpDevice *device = NULL;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *id = g_strdup_printf ("d%u", i);
      WpDevice *added = wp_render_test_add_device (plan, id, 260.0 * (i % 50),
                                                   150.0 * (i / 50), 1, 1, 0);

      if (i == 1025)
        device = added;
      if (i > 0)
        {
          g_autofree char *cable = g_strdup_printf ("c%u", i);
          g_autofree char *from = g_strdup_printf ("d%u", i - 1);

          wp_render_test_add_cable (plan, cable, from, "out1", id, "in1");
        }
    }
  layout = wp_layout_new (plan, NULL);
  renderer = wp_plan_renderer_new (layout);
  g_hash_table_add (lifted, (gpointer) wp_device_get_id (device));
  wp_plan_renderer_set_lifted (renderer, lifted);
  g_assert_true (wp_layout_get_plan_bounds (layout, &plan_bounds));

  /* The whole plan in view: ink only around the device and its cables' curves. */
  wp_layout_get_device_bounds (layout, device, &expected);
  for (guint i = 0; i < 2; i++)
    {
      GPtrArray *cables = wp_plan_get_cables_at (plan, wp_device_get_id (device),
                                                 wp_device_get_port (device, i)->id);
      WpBezier curve;

      g_assert_cmpuint (cables->len, ==, 1);
      g_assert_true (wp_layout_get_cable_curve (layout, g_ptr_array_index (cables, 0), &curve));
      wp_bezier_get_bounds (&curve, &bounds);
      wp_rectangle_union (&expected, &bounds);
    }
  lifted_ink (renderer, &plan_bounds, &ink);
  g_assert_cmpfloat (ink.width, >, 100);
  g_assert_cmpfloat (ink.x, >=, expected.x - 10);
  g_assert_cmpfloat (ink.y, >=, expected.y - 10);
  g_assert_cmpfloat (ink.x + ink.width, <=, expected.x + expected.width + 10);
  g_assert_cmpfloat (ink.y + ink.height, <=, expected.y + expected.height + 10);

  /* Elsewhere: nothing. */
  lifted_ink (renderer, &(cairo_rectangle_t) { plan_bounds.x, plan_bounds.y, 800, 600 }, &ink);
  g_assert_cmpfloat (ink.width, ==, 0);

  /* The scene has everything else. */
  {
    Canvas canvas = canvas_new (400, 300);

    cairo_scale (canvas.cr, 400 / plan_bounds.width, 400 / plan_bounds.width);
    wp_plan_renderer_draw_scene (renderer, canvas.cr, &plan_bounds, NULL, WP_SCENE_BACKGROUND);
    g_assert_cmpint (cairo_status (canvas.cr), ==, CAIRO_STATUS_SUCCESS);
    canvas_free (&canvas);
  }
}

static void
test_legend (void)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  g_autoptr(WpPlanRenderer) renderer = wp_plan_renderer_new (layout);
  const WpRenderStyle *style = wp_plan_renderer_get_style (renderer);
  Canvas canvas;
  double width, height;

  wp_plan_renderer_get_legend_size (renderer, &width, &height);
  g_assert_cmpfloat (width, >, 100);
  g_assert_cmpfloat (height, >, 200);
  canvas = canvas_new ((int) width + 20, (int) height + 20);
  cairo_set_source_rgb (canvas.cr, 0, 0, 0);
  cairo_paint (canvas.cr);
  wp_plan_renderer_draw_legend (renderer, canvas.cr, 10, 10);
  g_assert_cmpuint (count_colour (&canvas, 10, 10, (int) width, (int) height,
                                  &style->signal[WP_SIGNAL_KIND_MIC], 10), >, 20);
  g_assert_cmpuint (count_colour (&canvas, 10, 10, (int) width, (int) height,
                                  &style->error, 10), >, 20);
  canvas_free (&canvas);
}

static void
test_cable_states (void)
{
  g_autoptr(WpCableStates) states = wp_cable_states_new ();
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);
  WpProblem *warning = wp_problem_new ("level-mismatch", WP_SEVERITY_WARNING);
  WpProblem *waived = wp_problem_new ("phantom-missing", WP_SEVERITY_ERROR);

  wp_problem_add_cable (warning, "c1");
  wp_problem_add_cable (warning, "c2");
  waived->waived = TRUE;
  wp_problem_add_cable (waived, "c2");
  wp_problem_add_cable (waived, "c3");
  g_ptr_array_add (problems, warning);
  g_ptr_array_add (problems, waived);
  wp_cable_states_add_problems (states, problems);

  g_assert_cmpint (wp_cable_states_lookup (states, "c1"), ==, WP_CABLE_STATE_WARNING);
  g_assert_cmpint (wp_cable_states_lookup (states, "c2"), ==, WP_CABLE_STATE_WARNING);
  g_assert_cmpint (wp_cable_states_lookup (states, "c3"), ==, WP_CABLE_STATE_WAIVED);
  g_assert_cmpint (wp_cable_states_lookup (states, "c4"), ==, WP_CABLE_STATE_OK);
  wp_cable_states_add (states, "c1", WP_CABLE_STATE_ERROR);
  g_assert_cmpint (wp_cable_states_lookup (states, "c1"), ==, WP_CABLE_STATE_ERROR);
  wp_cable_states_clear (states);
  g_assert_cmpint (wp_cable_states_lookup (states, "c1"), ==, WP_CABLE_STATE_OK);
}

/* Text-coloured pixels in the header of a device named @name drawn at @scale. */
static guint
header_text_pixels (double      scale,
                    const char *name)
{
  const WpRenderStyle *style = wp_render_style_get (WP_RENDER_THEME_LIGHT);
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpLayout) layout = NULL;
  g_autoptr(WpPlanRenderer) renderer = NULL;
  Canvas canvas = canvas_new (400, 300);
  const WpDeviceGeometry *geometry;
  WpDevice *device;
  guint n;

  device = wp_render_test_add_device (plan, "a", 0, 0, 4, 4, 0);
  wp_device_set_name (device, name);
  layout = wp_layout_new (plan, NULL);
  renderer = wp_plan_renderer_new (layout);
  geometry = wp_layout_get_device_geometry (layout, device);
  cairo_scale (canvas.cr, scale, scale);
  wp_plan_renderer_draw_scene (renderer, canvas.cr,
                               &(cairo_rectangle_t) { 0, 0, 400 / scale, 300 / scale },
                               NULL, WP_SCENE_BACKGROUND);
  n = count_colour (&canvas, 1, 1, (int) (geometry->width * scale) - 2,
                    (int) (MIN (geometry->header_height, geometry->height) * scale) - 1,
                    &style->text, 60);
  canvas_free (&canvas);
  return n;
}

/* Zoomed out past readable names, a device with room on screen still shows its name,
 * drawn larger; one too small for a few letters shows none. */
static void
test_overview_names (void)
{
  guint close_up = header_text_pixels (1.0, "Stage box");
  guint overview = header_text_pixels (0.3, "Stage box");

  g_assert_cmpuint (close_up, >, 20);
  g_assert_cmpuint (overview, >, 10);
  g_assert_cmpuint (header_text_pixels (0.05, "Stage box"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/examples", test_examples);
  g_test_add_func ("/render/error-is-red", test_error_is_red);
  g_test_add_func ("/render/culled-area-draws-nothing", test_culled_area_draws_nothing);
  g_test_add_func ("/render/overlay", test_overlay);
  g_test_add_func ("/render/lifted/same-picture", test_lifted_same_picture);
  g_test_add_func ("/render/lifted/left-out", test_lifted_left_out);
  g_test_add_func ("/render/lifted/big-plan", test_lifted_big_plan);
  g_test_add_func ("/render/legend", test_legend);
  g_test_add_func ("/render/cable-states", test_cable_states);
  g_test_add_func ("/render/overview-names", test_overview_names);

  return g_test_run ();
}
