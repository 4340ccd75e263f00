/* wireplan-bench.c: how long the big jobs take on plans of three sizes
 *
 *   wireplan-bench [--runs N] [--sizes S,M,L] [--wiring realistic|random]
 *                  [--wireplan PATH] [--write DIR]
 *
 * Not a test: it prints a table of medians over N runs (build-aux/bench.sh builds it
 * for release and runs it with the window benchmark). Each plan is generated
 * (wp-bench-plan.c: stages wired as a crew would, with some mistakes; or with
 * --wiring random the stress plan of wp-bench-plan-random.c, nearly every cable
 * wrong), saved to a temporary file and then measured: loading it, the
 * full check, the incremental check after one edit, saving, drawing it at zoom-to-fit
 * into a 1920×1080 image, redrawing what one moved device touched, a frame of a
 * device drag, a PDF, and the peak memory of `wireplan check` on it. With --write it
 * only writes the plans (S.wireplan, …) into DIR, to profile or look at.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wp-bench-plan.h"
#include "wp-plan-io.h"
#include "wp-plan-renderer.h"
#include "wp-sheet-export.h"
#include "wp-spatial-index.h"
#include "wp-validator.h"
#include "wp-viewport.h"

#define WIDTH 1920
#define HEIGHT 1080
#define N_SIZES 3

typedef struct {
  const char *name;
  guint       n_devices;
  guint       n_cables;
} Size;

static const Size sizes[N_SIZES] = {
  { "S", 50, 150 },
  { "M", 500, 1500 },
  { "L", 2000, 6000 },
};

typedef enum {
  ROW_LOAD,
  ROW_CHECK,
  ROW_LOAD_CHECK,
  ROW_ADD_CABLE,
  ROW_MOVE_DEVICE,
  ROW_SAVE,
  ROW_LAYOUT,
  ROW_RENDER,
  ROW_RERENDER,
  ROW_DRAG_FRAME,
  ROW_PDF,
  N_ROWS
} Row;

static const struct {
  const char *label;
  const char *target;   /* for plan L */
} rows[N_ROWS] = {
  [ROW_LOAD] = { "load (read + parse the file)", NULL },
  [ROW_CHECK] = { "full validation", NULL },
  [ROW_LOAD_CHECK] = { "load + full validation", "150 ms" },
  [ROW_ADD_CABLE] = { "incremental validation: one cable added", "1 ms" },
  [ROW_MOVE_DEVICE] = { "incremental validation: one device moved", "1 ms" },
  [ROW_SAVE] = { "save", NULL },
  [ROW_LAYOUT] = { "lay out (measure every device)", NULL },
  [ROW_RENDER] = { "full render, fit, 1920x1080", "50 ms" },
  [ROW_RERENDER] = { "re-render the area one moved device touched", "8 ms" },
  [ROW_DRAG_FRAME] = { "drag frame (cached scene + lifted device)", NULL },
  /* PDF sheet export (issue 7) goes here once it is merged; until then this row draws
   * the diagram to a PDF page, which is what the sheet export starts from. */
  [ROW_PDF] = { "PDF wiring sheet (wireplan export)", "3 s" },
};

typedef struct {
  WpPlan          *plan;
  WpCableStates   *states;            /* the cables coloured by their problems */
  WpCatalogue     *catalogue;
  char            *path;
  char            *pdf_path;
  int              runs;
  GArray          *samples[N_ROWS];   /* of double, in ms */
} Bench;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
add_sample (Bench  *bench,
            Row     row,
            double  ms)
{
  g_array_append_val (bench->samples[row], ms);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  guint n = samples->len;

  g_array_sort (samples, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (samples, double, n / 2);
  return (g_array_index (samples, double, n / 2 - 1) + g_array_index (samples, double, n / 2)) / 2;
}

/* The device with the most cables: the worst case for an edit or a drag. */
static WpDevice *
busiest_device (WpPlan *plan)
{
  WpDevice *busiest = NULL;
  guint most = 0;

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      guint n = 0;

      for (guint p = 0; p < wp_device_get_n_ports (device); p++)
        {
          GPtrArray *at = wp_plan_get_cables_at (plan, wp_device_get_id (device),
                                                 wp_device_get_port (device, p)->id);

          n += at != NULL ? at->len : 0;
        }
      if (busiest == NULL || n > most)
        busiest = device, most = n;
    }
  return busiest;
}

/* Load, check, and the incremental checks after one edit, then save. */
static void
measure_model (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  double start, loaded;

  for (int run = 0; run < bench->runs; run++)
    {
      g_autoptr(WpPlan) plan = NULL;
      g_autoptr(WpValidator) validator = NULL;
      g_autoptr(WpCable) cable = NULL;
      WpDevice *device;
      double x, y;

      start = now_ms ();
      plan = wp_plan_load (bench->path, &error);
      g_assert_no_error (error);
      loaded = now_ms ();
      validator = wp_validator_new (plan);
      add_sample (bench, ROW_LOAD, loaded - start);
      add_sample (bench, ROW_CHECK, now_ms () - loaded);
      add_sample (bench, ROW_LOAD_CHECK, now_ms () - start);

      /* A copy of a cable in the middle of the plan: the same ends, so one more
       * joined input, and a net the rules walk again. */
      cable = wp_cable_copy (wp_plan_get_cable (plan, wp_plan_get_n_cables (plan) / 2));
      wp_cable_set_id (cable, "bench-added");
      start = now_ms ();
      wp_plan_insert_cable (plan, cable, -1);
      add_sample (bench, ROW_ADD_CABLE, now_ms () - start);
      wp_plan_remove_cable (plan, cable);

      device = busiest_device (plan);
      x = wp_device_get_x (device);
      y = wp_device_get_y (device);
      start = now_ms ();
      wp_plan_move_device (plan, device, x + 40, y + 20);
      add_sample (bench, ROW_MOVE_DEVICE, now_ms () - start);
      wp_plan_move_device (plan, device, x, y);

      start = now_ms ();
      if (!wp_plan_save (plan, bench->path, &error))
        g_error ("%s", error->message);
      add_sample (bench, ROW_SAVE, now_ms () - start);
    }
}

static void
paint_surface (cairo_t         *cr,
               cairo_surface_t *surface)
{
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* Drawing: the whole scene at fit; after one device moved, only what it touched
 * (its old and new place, with its cables, as the renderer's damage gives it)
 * redrawn into the kept image; a drag frame as the canvas draws it; and the
 * diagram into a PDF. */
static void
measure_drawing (Bench *bench)
{
  const WpSceneFlags flags = WP_SCENE_BACKGROUND | WP_SCENE_GRID;
  g_autoptr(WpViewport) viewport = wp_viewport_new ();
  g_autoptr(WpLayout) layout = NULL;
  g_autoptr(WpPlanRenderer) renderer = NULL;
  g_autoptr(GHashTable) lifted = g_hash_table_new (g_str_hash, g_str_equal);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_surface_t *cache = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  cairo_t *cache_cr = cairo_create (cache);
  cairo_rectangle_t bounds, area;
  WpDevice *device = busiest_device (bench->plan);
  double x = wp_device_get_x (device), y = wp_device_get_y (device), start;

  for (int run = 0; run < bench->runs; run++)
    {
      g_autoptr(WpLayout) measured = NULL;

      start = now_ms ();
      measured = wp_layout_new (bench->plan, bench->catalogue);
      add_sample (bench, ROW_LAYOUT, now_ms () - start);
    }
  layout = wp_layout_new (bench->plan, bench->catalogue);
  renderer = wp_plan_renderer_new (layout);
  g_assert_true (wp_layout_get_plan_bounds (layout, &bounds));
  wp_viewport_set_size (viewport, WIDTH, HEIGHT);
  wp_viewport_zoom_to_fit (viewport, &bounds, 20);
  wp_viewport_apply (viewport, cr);
  wp_viewport_apply (viewport, cache_cr);
  wp_viewport_get_visible_area (viewport, &area);

  for (int run = 0; run < bench->runs; run++)
    {
      start = now_ms ();
      wp_plan_renderer_draw_scene (renderer, cr, &area, bench->states, flags);
      cairo_surface_flush (surface);
      add_sample (bench, ROW_RENDER, now_ms () - start);
    }

  for (int run = 0; run < bench->runs; run++)
    {
      g_autoptr(GArray) damage = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
      double scale = wp_viewport_get_zoom (viewport);

      start = now_ms ();
      wp_plan_renderer_add_device_damage (renderer, device, scale, damage);
      wp_plan_move_device (bench->plan, device, x + 40 * (run % 2 + 1), y + 20);
      wp_plan_renderer_add_device_damage (renderer, device, scale, damage);
      wp_plan_renderer_redraw (renderer, cr, damage, bench->states, flags);
      cairo_surface_flush (surface);
      add_sample (bench, ROW_RERENDER, now_ms () - start);
    }
  wp_plan_move_device (bench->plan, device, x, y);

  /* The canvas keeps the scene without the lifted device as one picture. */
  g_hash_table_add (lifted, (gpointer) wp_device_get_id (device));
  wp_plan_renderer_set_lifted (renderer, lifted);
  wp_plan_renderer_draw_scene (renderer, cache_cr, &area, bench->states, flags);
  cairo_surface_flush (cache);
  for (int run = 1; run <= bench->runs; run++)
    {
      start = now_ms ();
      wp_plan_move_device (bench->plan, device, x + 3 * run, y + 2 * run);
      paint_surface (cr, cache);
      wp_plan_renderer_draw_lifted (renderer, cr, &area, bench->states);
      cairo_surface_flush (surface);
      add_sample (bench, ROW_DRAG_FRAME, now_ms () - start);
    }
  wp_plan_move_device (bench->plan, device, x, y);
  wp_plan_renderer_set_lifted (renderer, NULL);

  /* The whole sheet, as `wireplan export` and the window write it; a few runs
   * are enough for a figure of seconds. */
  for (int run = 0; run < MIN (bench->runs, 3); run++)
    {
      const WpExportOptions options = { WP_EXPORT_PDF, WP_PAPER_A4, FALSE, 150, NULL };
      g_autoptr(GError) error = NULL;

      start = now_ms ();
      if (!wp_export_plan (bench->plan, bench->catalogue, &options, bench->pdf_path, &error))
        g_error ("%s", error->message);
      add_sample (bench, ROW_PDF, now_ms () - start);
    }

  cairo_destroy (cache_cr);
  cairo_destroy (cr);
  cairo_surface_destroy (cache);
  cairo_surface_destroy (surface);
}

/* The peak resident memory of `wireplan check PATH`, in MB, or -1. */
static double
peak_rss_of_check (const char *wireplan,
                   const char *path)
{
  struct rusage usage;
  int status;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  if (pid == 0)
    {
      /* The verdict is not what is measured here. */
      if (freopen ("/dev/null", "w", stdout) == NULL)
        _exit (127);
      execl (wireplan, wireplan, "check", path, (char *) NULL);
      _exit (127);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid
      || !WIFEXITED (status) || WEXITSTATUS (status) == 127)
    return -1;
  return usage.ru_maxrss / 1024.0;
}

/* Linux counts in a process's peak memory (ru_maxrss) what it had when it called exec,
 * so `wireplan check` forked from the grown benchmark would report the benchmark's
 * size. A launcher forked at the start, while the benchmark is small, starts it
 * instead: it reads plan paths from @requests and writes back each peak. */
typedef struct {
  FILE  *requests;
  FILE  *replies;
  pid_t  pid;
} Launcher;

static gboolean
launcher_start (Launcher   *launcher,
                const char *wireplan)
{
  int requests[2], replies[2];

  if (pipe (requests) != 0 || pipe (replies) != 0)
    return FALSE;
  fflush (stdout);
  launcher->pid = fork ();
  if (launcher->pid == 0)
    {
      FILE *in = fdopen (requests[0], "r");
      FILE *out = fdopen (replies[1], "w");
      char path[4096];

      close (requests[1]);
      close (replies[0]);
      while (in != NULL && out != NULL && fgets (path, sizeof path, in) != NULL)
        {
          path[strcspn (path, "\n")] = '\0';
          fprintf (out, "%f\n", peak_rss_of_check (wireplan, path));
          fflush (out);
        }
      _exit (0);
    }
  close (requests[0]);
  close (replies[1]);
  launcher->requests = fdopen (requests[1], "w");
  launcher->replies = fdopen (replies[0], "r");
  return launcher->pid > 0 && launcher->requests != NULL && launcher->replies != NULL;
}

static double
launcher_measure (Launcher   *launcher,
                  const char *path)
{
  double rss;

  if (launcher->pid <= 0)
    return -1;
  fprintf (launcher->requests, "%s\n", path);
  fflush (launcher->requests);
  if (fscanf (launcher->replies, "%lf", &rss) != 1)
    return -1;
  return rss;
}

static void
launcher_stop (Launcher *launcher)
{
  if (launcher->pid <= 0)
    return;
  fclose (launcher->requests);
  fclose (launcher->replies);
  waitpid (launcher->pid, NULL, 0);
}

/* "errors/warnings/notes" of the problems that count (not waived). */
static char *
count_problems (GPtrArray *problems)
{
  guint counts[WP_SEVERITY_ERROR + 1] = { 0 };

  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);

      if (wp_problem_counts (problem))
        counts[problem->severity]++;
    }
  return g_strdup_printf ("%u/%u/%u", counts[WP_SEVERITY_ERROR], counts[WP_SEVERITY_WARNING],
                          counts[WP_SEVERITY_INFO]);
}

static void
print_row (const char *label,
           const char *target,
           const char *cells[N_SIZES])
{
  printf ("%-44s %10s %10s %10s   %s\n", label, cells[0], cells[1], cells[2],
          target != NULL ? target : "");
}

/* Rows N_ROWS … N_ROWS + 2 of @cells: the plans, their problems, the memory of check. */
static void
print_table (char *cells[N_ROWS + 3][N_SIZES])
{
  const char *header[N_SIZES] = { "S", "M", "L" };
  struct rusage usage;

  print_row ("", "target (L)", header);
  print_row ("devices/cables", NULL, (const char **) cells[N_ROWS]);
  print_row ("problems: errors/warnings/notes", NULL, (const char **) cells[N_ROWS + 1]);
  for (Row row = 0; row < N_ROWS; row++)
    print_row (rows[row].label, rows[row].target, (const char **) cells[row]);
  print_row ("peak RSS of `wireplan check`", "100 MB", (const char **) cells[N_ROWS + 2]);
  getrusage (RUSAGE_SELF, &usage);
  printf ("\npeak RSS of this benchmark: %.1f MB\n", usage.ru_maxrss / 1024.0);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autofree char *dir = NULL;
  g_autofree char *wireplan = NULL;
  g_autofree char *only = NULL;
  g_autofree char *write = NULL;
  char *cells[N_ROWS + 3][N_SIZES] = { { NULL } };
  Launcher launcher = { NULL, NULL, -1 };
  g_autofree char *wiring = NULL;
  int runs = 9;
  gboolean random;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs to take the median of (9)", "N" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &only, "Which plans (S,M,L)", "S,M,L" },
    { "wiring", 0, 0, G_OPTION_ARG_STRING, &wiring,
      "How the plans are wired: as a crew would, with some mistakes (realistic), "
      "or nearly at random, the worst case (random)", "realistic|random" },
    { "wireplan", 0, 0, G_OPTION_ARG_FILENAME, &wireplan,
      "The wireplan program, for the memory of `wireplan check`", "PATH" },
    { "write", 0, 0, G_OPTION_ARG_FILENAME, &write, "Only write the plans into DIR", "DIR" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 1 || runs < 1
      || (wiring != NULL && !g_str_equal (wiring, "realistic") && !g_str_equal (wiring, "random")))
    {
      fprintf (stderr, "%s\n", error != NULL ? error->message
                                             : "usage: wireplan-bench [--runs N] [--sizes S,M,L] "
                                               "[--wiring realistic|random] [--wireplan PATH] [--write DIR]");
      return 2;
    }
  random = wiring != NULL && g_str_equal (wiring, "random");
  if (wireplan != NULL && write == NULL && !launcher_start (&launcher, wireplan))
    {
      fprintf (stderr, "cannot start %s\n", wireplan);
      return 2;
    }
  if (!wp_catalogue_load_builtin (catalogue, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  dir = write != NULL ? g_strdup (write) : g_dir_make_tmp ("wireplan-bench-XXXXXX", &error);
  if (dir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }

  if (random)
    printf ("Wiring: random (the stress plan: outputs into nearby inputs at random, "
            "every tenth into a taken one).\n");
  else
    printf ("Wiring: realistic (stages wired as a crew would; one cable in %d a deliberate mistake).\n",
            WP_BENCH_MISTAKE_EVERY);
  if (write == NULL)
    printf ("Medians of %d runs, in ms unless said; targets for plan L.\n\n", runs);
  for (guint s = 0; s < N_SIZES; s++)
    {
      g_autoptr(WpPlan) plan = NULL;
      g_autoptr(WpValidator) validator = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      Bench bench = { 0 };
      double rss;

      for (Row row = 0; row < N_ROWS + 3; row++)
        cells[row][s] = g_strdup ("-");
      if (only != NULL && strstr (only, sizes[s].name) == NULL)
        continue;

      plan = (random ? wp_bench_plan_new_random : wp_bench_plan_new) (catalogue, sizes[s].n_devices,
                                                                      sizes[s].n_cables, 1);
      validator = wp_validator_new (plan);
      problems = wp_validator_get_problems (validator);
      bench.states = wp_cable_states_new ();
      wp_cable_states_add_problems (bench.states, problems);
      bench.plan = plan;
      bench.catalogue = catalogue;
      bench.runs = runs;
      bench.path = g_strdup_printf ("%s/%s.wireplan", dir, sizes[s].name);
      bench.pdf_path = g_strdup_printf ("%s/%s.pdf", dir, sizes[s].name);
      g_free (cells[N_ROWS][s]);
      cells[N_ROWS][s] = g_strdup_printf ("%u/%u", wp_plan_get_n_devices (plan),
                                          wp_plan_get_n_cables (plan));
      g_free (cells[N_ROWS + 1][s]);
      cells[N_ROWS + 1][s] = count_problems (problems);
      if (!wp_plan_save (plan, bench.path, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 2;
        }
      if (write != NULL)
        {
          printf ("%s: %s devices/cables, %s errors/warnings/notes\n", bench.path,
                  cells[N_ROWS][s], cells[N_ROWS + 1][s]);
          g_free (bench.path);
          g_free (bench.pdf_path);
          wp_cable_states_free (bench.states);
          continue;
        }
      for (Row row = 0; row < N_ROWS; row++)
        bench.samples[row] = g_array_new (FALSE, FALSE, sizeof (double));

      measure_model (&bench);
      measure_drawing (&bench);
      for (Row row = 0; row < N_ROWS; row++)
        {
          double m = median (bench.samples[row]);

          g_free (cells[row][s]);
          cells[row][s] = g_strdup_printf (m < 10 ? "%.3f" : "%.1f", m);
          g_array_unref (bench.samples[row]);
        }
      rss = launcher_measure (&launcher, bench.path);
      g_free (cells[N_ROWS + 2][s]);
      cells[N_ROWS + 2][s] = rss < 0 ? g_strdup ("n/a") : g_strdup_printf ("%.1f MB", rss);
      g_unlink (bench.path);
      g_unlink (bench.pdf_path);
      g_free (bench.path);
      g_free (bench.pdf_path);
      wp_cable_states_free (bench.states);
    }
  launcher_stop (&launcher);
  if (write == NULL)
    {
      g_rmdir (dir);
      print_table (cells);
    }
  for (Row row = 0; row < N_ROWS + 3; row++)
    for (guint s = 0; s < N_SIZES; s++)
      g_free (cells[row][s]);
  return 0;
}
