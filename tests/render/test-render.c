/* test-render.c: drawing plans onto image surfaces, without a display */
#include "config.h"

#include <math.h>

#include "wp-plan-io.h"
#include "wp-plan-renderer.h"
#include "wp-problem.h"
#include "wp-render-test-util.h"
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/examples", test_examples);
  g_test_add_func ("/render/error-is-red", test_error_is_red);
  g_test_add_func ("/render/culled-area-draws-nothing", test_culled_area_draws_nothing);
  g_test_add_func ("/render/overlay", test_overlay);
  g_test_add_func ("/render/legend", test_legend);
  g_test_add_func ("/render/cable-states", test_cable_states);

  return g_test_run ();
}
