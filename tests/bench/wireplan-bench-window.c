/* wireplan-bench-window.c: the editor window on plan L, timed with its frame clock
 *
 *   wireplan-bench-window [--frames N] [--devices N] [--cables N] [--wiring realistic|random]
 *
 * Not a test: it needs a display (build-aux/bench.sh runs it under xvfb-run). It
 * opens the real window on a generated plan and prints the time from creating the
 * window to the first frame that shows the plan, then drags the busiest device a press
 * at zoom-to-fit picks up through the canvas's own gesture handler, one step per frame,
 * and prints the frame times the frame clock gives: from its before-paint to its after-paint, so
 * the drag step (moving the device, checking it), layout and painting are counted.
 * The press that picks the device up selects it, and the window shows it in the
 * inspector: that frame comes before the pointer moves and is timed on its own, as
 * is the frame after the release, which drops the device back into the scene.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "wp-bench-plan.h"
#include "wp-canvas-private.h"
#include "wp-plan-io.h"
#include "wp-window.h"

typedef struct {
  WpCanvas *canvas;
  double    start;         /* ms, when the window was asked for */
  double    first_frame;   /* ms, 0 until the plan was painted */
  double    frame_start;   /* ms, at before-paint */
  double    press_frame;   /* ms, the frame after the press; 0 until painted */
  double    drop_frame;    /* ms, the frame after the release; 0 until painted */
  gboolean  pressed;
  gboolean  dropped;
  GArray   *frames;        /* of double: each drag frame, in ms */
  int       n_frames;
  int       step;          /* of the drag; 0 before it started */
  gboolean  done;
} Bench;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
on_before_paint (GdkFrameClock *clock,
                 Bench         *bench)
{
  bench->frame_start = now_ms ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *bench)
{
  if (bench->first_frame == 0 && bench->canvas->scene != NULL)
    bench->first_frame = now_ms ();
  else if (bench->pressed && bench->press_frame == 0)
    bench->press_frame = now_ms () - bench->frame_start;
  else if (bench->step > 0 && bench->frames->len < (guint) bench->n_frames)
    {
      double ms = now_ms () - bench->frame_start;

      g_array_append_val (bench->frames, ms);
    }
  else if (bench->dropped && bench->drop_frame == 0)
    bench->drop_frame = now_ms () - bench->frame_start;
}

/* One step of the drag per frame, in the frame's update phase. */
static gboolean
drag_step (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  Bench *bench = data;

  if (bench->frames->len >= (guint) bench->n_frames)
    {
      bench->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  bench->step++;
  g_signal_emit_by_name (bench->canvas->primary_drag, "drag-update",
                         3.0 * bench->step, 2.0 * bench->step);
  /* Past the threshold, the press on the device must have become a move. */
  if (bench->step > 2 && bench->canvas->drag != WP_CANVAS_DRAG_MOVE)
    g_error ("the drag is no move of a device (kind %d)", bench->canvas->drag);
  return G_SOURCE_CONTINUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* A point in the view where a press picks @device up (not one of its ports): at
 * zoom-to-fit the ports take much of a device. */
static gboolean
grip_of (WpCanvas *canvas,
         WpDevice *device,
         double   *x,
         double   *y)
{
  cairo_rectangle_t bounds;

  wp_layout_get_device_bounds (wp_canvas_get_layout (canvas), device, &bounds);
  for (int i = 0; i <= 10; i++)
    for (int j = 0; j <= 10; j++)
      {
        WpHit hit;

        wp_viewport_to_view (wp_canvas_get_viewport (canvas), bounds.x + bounds.width * j / 10,
                             bounds.y + bounds.height * i / 10, x, y);
        if (wp_canvas_hit (canvas, *x, *y, &hit) && hit.kind == WP_HIT_DEVICE && hit.device == device)
          return TRUE;
      }
  return FALSE;
}

typedef struct {
  guint n_cables;
  guint index;
} Busy;

static int
compare_busy (gconstpointer a,
              gconstpointer b)
{
  const Busy *x = a, *y = b;

  if (x->n_cables != y->n_cables)
    return x->n_cables > y->n_cables ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* The device with the most cables that a press in the view picks up (at zoom-to-fit
 * the ports of a big desk cover all of it), and where to press. */
static WpDevice *
busiest_device (WpCanvas *canvas,
                double   *x,
                double   *y)
{
  WpPlan *plan = wp_document_get_plan (canvas->document);
  g_autoptr(GArray) busy = g_array_new (FALSE, FALSE, sizeof (Busy));

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      Busy item = { 0, i };

      for (guint p = 0; p < wp_device_get_n_ports (device); p++)
        {
          GPtrArray *at = wp_plan_get_cables_at (plan, wp_device_get_id (device),
                                                 wp_device_get_port (device, p)->id);

          item.n_cables += at != NULL ? at->len : 0;
        }
      g_array_append_val (busy, item);
    }
  g_array_sort (busy, compare_busy);
  for (guint i = 0; i < busy->len; i++)
    {
      WpDevice *device = wp_plan_get_device (plan, g_array_index (busy, Busy, i).index);

      if (grip_of (canvas, device, x, y))
        return device;
    }
  return NULL;
}

static void
iterate_until (gboolean *flag)
{
  while (!*flag)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(WpCatalogue) catalogue = NULL;
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wiring = NULL;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  int n_frames = 120, n_devices = 2000, n_cables = 6000;
  Bench bench = { 0 };
  GdkFrameClock *clock;
  WpWindow *window;
  WpDevice *device;
  gboolean waited = FALSE;
  guint slowest = 0;
  double vx, vy;
  gboolean random;
  const GOptionEntry entries[] = {
    { "frames", 0, 0, G_OPTION_ARG_INT, &n_frames, "Drag frames to time (120)", "N" },
    { "devices", 0, 0, G_OPTION_ARG_INT, &n_devices, "Devices in the plan (2000)", "N" },
    { "cables", 0, 0, G_OPTION_ARG_INT, &n_cables, "Cables in the plan (6000)", "N" },
    { "wiring", 0, 0, G_OPTION_ARG_STRING, &wiring,
      "As a crew would, with some mistakes (realistic), or nearly at random", "realistic|random" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 1
      || n_frames < 1 || n_devices < 1 || n_cables < 0
      || (wiring != NULL && !g_str_equal (wiring, "realistic") && !g_str_equal (wiring, "random")))
    {
      fprintf (stderr, "%s\n", error != NULL ? error->message
                                             : "usage: wireplan-bench-window [--frames N] [--devices N] [--cables N] "
                                               "[--wiring realistic|random]");
      return 2;
    }
  random = wiring != NULL && g_str_equal (wiring, "random");
  if (!gtk_init_check ())
    {
      fprintf (stderr, "no display: run it under xvfb-run\n");
      return 2;
    }
  adw_init ();

  /* The plan is written before the clock starts: opening it is part of the startup. */
  catalogue = wp_catalogue_new ();
  if (!wp_catalogue_load_builtin (catalogue, &error))
    g_error ("%s", error->message);
  plan = (random ? wp_bench_plan_new_random : wp_bench_plan_new) (catalogue, n_devices, n_cables, 1);
  dir = g_dir_make_tmp ("wireplan-bench-XXXXXX", &error);
  path = g_build_filename (dir != NULL ? dir : g_get_tmp_dir (), "plan.wireplan", NULL);
  if (dir == NULL || !wp_plan_save (plan, path, &error))
    g_error ("%s", error->message);
  g_clear_object (&plan);
  g_clear_object (&catalogue);
  file = g_file_new_for_path (path);

  bench.frames = frames;
  bench.n_frames = n_frames;
  bench.start = now_ms ();
  catalogue = wp_catalogue_new ();
  if (!wp_catalogue_load_builtin (catalogue, &error))
    g_error ("%s", error->message);
  window = wp_window_new (NULL, catalogue);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  if (!wp_window_open_file (window, file))
    g_error ("cannot open %s", path);
  bench.canvas = WP_CANVAS (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                           WP_TYPE_WINDOW, "canvas"));
  gtk_widget_realize (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &bench);
  gtk_window_present (GTK_WINDOW (window));
  while (bench.first_frame == 0)
    g_main_context_iteration (NULL, TRUE);

  /* Let the window settle (idle work, the problems list) before the drag. */
  g_timeout_add (500, on_timeout, &waited);
  iterate_until (&waited);

  device = busiest_device (bench.canvas, &vx, &vy);
  if (device == NULL)
    g_error ("no point in view picks a device up");
  g_signal_emit_by_name (bench.canvas->primary_drag, "drag-begin", vx, vy);
  bench.pressed = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (bench.canvas));
  while (bench.press_frame == 0)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_add_tick_callback (GTK_WIDGET (bench.canvas), drag_step, &bench, NULL);
  iterate_until (&bench.done);
  g_signal_emit_by_name (bench.canvas->primary_drag, "drag-end", 3.0 * bench.step, 2.0 * bench.step);
  bench.dropped = TRUE;
  while (bench.drop_frame == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_data (clock, &bench);

  /* The frame that lifts the device redraws where it was, once per drag. */
  for (guint i = 0; i < frames->len; i++)
    if (g_array_index (frames, double, i) > g_array_index (frames, double, slowest))
      slowest = i;
  printf ("window on %u devices, %u cables (%s wiring), %d × %d px:\n",
          wp_plan_get_n_devices (wp_document_get_plan (wp_window_get_document (window))),
          wp_plan_get_n_cables (wp_document_get_plan (wp_window_get_document (window))),
          random ? "random" : "realistic", gtk_widget_get_width (GTK_WIDGET (bench.canvas)),
          gtk_widget_get_height (GTK_WIDGET (bench.canvas)));
  printf ("%-44s %10.1f   %s\n", "startup: new window to first frame, ms", bench.first_frame - bench.start, "1000 ms");
  printf ("%-44s %10.1f\n", "press on a device (selects it), frame ms", bench.press_frame);
  printf ("drag of %s, “%s” (%u frames), frame time in ms (target 16):\n", wp_device_get_id (device),
          wp_device_get_name (device), frames->len);
  printf ("%-44s %10.2f   (frame %u)\n", "  max", g_array_index (frames, double, slowest), slowest + 1);
  g_array_sort (frames, compare_doubles);
  printf ("%-44s %10.2f\n", "  median", g_array_index (frames, double, frames->len / 2));
  printf ("%-44s %10.2f\n", "  p95", g_array_index (frames, double, (frames->len * 95) / 100));
  printf ("%-44s %10.1f\n", "release (drops the device), frame ms", bench.drop_frame);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
