/* wp-window-load.c: reading plan files without freezing the window
 *
 * A plan is read, parsed and checked by the validator in a worker thread
 * (GTask), and for a plan to show, what the views need is made there too: the
 * canvas' layout and spatial index, the cables' colours and the problems list's
 * items. Only the finished pieces come back to the main thread, which then has
 * little left to do. That is safe because the model's only mutable global state
 * is the JSON reader's table of shared keys, behind a lock (a plan file carries
 * its ports: no catalogue is needed to read it), the
 * layout gets a copy of the catalogue and fonts of its own (pango's default font
 * map is per thread), and nothing made there is touched by another thread until
 * it is handed over. Meanwhile the window's own plan stays shown and editable,
 * and a bar under the header bar says what is being opened and how far it got.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "wp-error-dialog.h"
#include "wp-plan-io.h"
#include "wp-problem-item.h"
#include "wp-severity.h"
#include "wp-window-private.h"

/* The shares of the bar each step fills, measured on plan L (2,000 devices):
 * reading and parsing, then the validator's first check, then the views' data. */
#define SHARE_READ    0.55
#define SHARE_CHECKED 0.75
/* The bar moves in steps of at least this much, so a load sends a few dozen reports. */
#define MIN_STEP      0.02

typedef enum {
  STEP_READING,
  STEP_CHECKING,
  STEP_LAYING_OUT,
} Step;

typedef struct
{
  GFile           *file;
  WpWindowLoadKind kind;
  WpWindowLoaded   then;
  gpointer         data;
  GDestroyNotify   destroy;
  WpCatalogue     *catalogue;   /* a copy for the layout: the window's may change meanwhile */
  gboolean         shown[3];    /* the severities the canvas colours, by WpSeverity */
  gboolean         gradually;   /* the problems list may fill over a few main-loop turns */
  double           reported;    /* in the worker: the last fraction sent */
} Load;

typedef struct
{
  GTask  *task;
  double  fraction;
  Step    step;
} Report;

static void
load_free (Load *load)
{
  g_clear_object (&load->file);
  g_clear_object (&load->catalogue);
  if (load->destroy != NULL)
    load->destroy (load->data);
  g_free (load);
}

void
wp_loaded_plan_free (WpLoadedPlan *loaded)
{
  g_clear_object (&loaded->plan);
  g_clear_object (&loaded->document);
  g_clear_object (&loaded->layout);
  g_clear_pointer (&loaded->states, wp_cable_states_free);
  g_clear_pointer (&loaded->problem_items, g_ptr_array_unref);
  g_free (loaded);
}

/* What the bar says during @step, about the file named @name. */
static char *
describe_step (Step        step,
               const char *name)
{
  switch (step)
    {
    case STEP_CHECKING:
      return g_strdup_printf (_("Checking “%s”…"), name);
    case STEP_LAYING_OUT:
      return g_strdup_printf (_("Laying out “%s”…"), name);
    case STEP_READING:
    default:
      return g_strdup_printf (_("Reading “%s”…"), name);
    }
}

static void
show_progress (WpWindow *self,
               Load     *load,
               double    fraction,
               Step      step)
{
  g_autofree char *name = g_file_get_basename (load->file);
  g_autofree char *text = describe_step (step, name);

  gtk_progress_bar_set_fraction (self->load_progress, fraction);
  gtk_progress_bar_set_text (self->load_progress, text);
}

/* On the main thread: a report from the worker, shown when it is about the load
 * the bar shows (the latest one started). */
static gboolean
show_report (gpointer data)
{
  Report *report = data;
  WpWindow *self = g_task_get_source_object (report->task);

  if (!g_cancellable_is_cancelled (g_task_get_cancellable (report->task))
      && self->shown_load == g_task_get_task_data (report->task))
    show_progress (self, self->shown_load, report->fraction, report->step);
  return G_SOURCE_REMOVE;
}

static void
report_free (Report *report)
{
  g_object_unref (report->task);
  g_free (report);
}

/* In the worker: sends @fraction (of the whole load) to the main thread, when it
 * moved enough since the last report or ends a step. */
static void
report (GTask    *task,
        double    fraction,
        Step      step,
        gboolean  always)
{
  Load *load = g_task_get_task_data (task);
  Report *report;
  GSource *source;

  if (!always && fraction < load->reported + MIN_STEP)
    return;
  load->reported = fraction;
  report = g_new (Report, 1);
  report->task = g_object_ref (task);
  report->fraction = fraction;
  report->step = step;
  /* An idle source, never g_main_context_invoke(): that would run the report in
   * this thread whenever the main thread does not hold its context. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, show_report, report, (GDestroyNotify) report_free);
  g_source_attach (source, g_task_get_context (task));
  g_source_unref (source);
}

static void
on_read_progress (double   fraction,
                  gpointer task)
{
  Load *load = g_task_get_task_data (task);

  report (task, fraction * (load->kind == WP_LOAD_TO_COMPARE ? 1 : SHARE_READ), STEP_READING, FALSE);
}

static void
loading_started (WpWindow *self,
                 Load     *load)
{
  /* The bar shows the latest load. */
  self->shown_load = load;
  show_progress (self, load, 0, STEP_READING);
  if (self->n_loading++ == 0)
    gtk_widget_set_visible (GTK_WIDGET (self->load_progress), TRUE);
}

static void
loading_ended (WpWindow *self,
               Load     *load)
{
  if (self->shown_load == load)
    self->shown_load = NULL;
  if (--self->n_loading == 0)
    gtk_widget_set_visible (GTK_WIDGET (self->load_progress), FALSE);
}

/* In the worker: what the views of a plan to show need, from its checked document. */
static void
prepare_views (GTask        *task,
               Load         *load,
               WpLoadedPlan *loaded)
{
  g_autoptr(GPtrArray) problems = NULL;

  report (task, SHARE_READ, STEP_CHECKING, TRUE);
  loaded->document = wp_document_new (loaded->plan);
  report (task, SHARE_CHECKED, STEP_LAYING_OUT, TRUE);
  problems = wp_validator_get_problems (wp_document_get_validator (loaded->document));
  loaded->layout = wp_layout_new (loaded->plan, load->catalogue);
  /* The layout keeps this thread's font map; the next load in this thread makes
   * its own, so no two threads ever share one. */
  pango_cairo_font_map_set_default (NULL);
  loaded->states = wp_canvas_states_new (problems, load->shown);
  loaded->problem_items = wp_problem_items_new (problems);
}

/* In the worker: everything that only needs the file. */
static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Load *load = data;
  g_autofree char *path = g_file_get_path (load->file);
  WpLoadedPlan *loaded;
  GError *error = NULL;
  WpPlan *plan;

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only local files can be opened"));
      return;
    }
  plan = wp_plan_load_with_progress (path, on_read_progress, task, &error);
  if (plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  loaded = g_new0 (WpLoadedPlan, 1);
  loaded->plan = plan;
  loaded->gradually = load->gradually;
  if (load->kind != WP_LOAD_TO_COMPARE && !g_cancellable_is_cancelled (cancellable))
    prepare_views (task, load, loaded);
  if (!g_task_return_error_if_cancelled (task))
    {
      report (task, 1, load->kind == WP_LOAD_TO_COMPARE ? STEP_READING : STEP_LAYING_OUT, TRUE);
      g_task_return_pointer (task, loaded, (GDestroyNotify) wp_loaded_plan_free);
    }
  else
    wp_loaded_plan_free (loaded);
}

static const char *
failure_title (WpWindowLoadKind kind)
{
  switch (kind)
    {
    case WP_LOAD_TO_RESTORE:
      return _("Could not restore the plan");
    case WP_LOAD_TO_COMPARE:
      return _("Could not compare");
    case WP_LOAD_TO_OPEN:
    default:
      return _("Could not open the plan");
    }
}

/* On the main thread: gives the read plan to the load's continuation, or reports
 * why it could not be read (the reader's message: file, line, column, what) and
 * leaves the window's plan as it was. A load cancelled by closing the window
 * touches nothing. */
static gboolean
hand_over (WpWindow *self,
           GTask    *task)
{
  Load *load = g_task_get_task_data (task);
  WpLoadedPlan *loaded;
  g_autoptr(GError) error = NULL;
  gboolean shown[3];

  loaded = g_task_propagate_pointer (task, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  if (loaded == NULL)
    {
      loading_ended (self, load);
      wp_error_dialog_show (GTK_WINDOW (self), failure_title (load->kind), error->message);
      return FALSE;
    }
  /* Colours for severities the preferences no longer show are made again. */
  wp_severity_get_shown (shown);
  if (memcmp (shown, load->shown, sizeof shown) != 0)
    g_clear_pointer (&loaded->states, wp_cable_states_free);
  load->then (self, loaded, load->file, load->data);
  wp_loaded_plan_free (loaded);
  loading_ended (self, load);
  return TRUE;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  hand_over (WP_WINDOW (source), G_TASK (result));
}

/* A copy of @catalogue sharing its (unchanging) entries. */
static WpCatalogue *
copy_catalogue (WpCatalogue *catalogue)
{
  WpCatalogue *copy = wp_catalogue_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr(WpDeviceTemplate) template = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      wp_catalogue_add_or_replace (copy, template);
    }
  return copy;
}

static GTask *
load_task_new (WpWindow         *self,
               GFile            *file,
               WpWindowLoadKind  kind,
               WpWindowLoaded    then,
               gpointer          data,
               GDestroyNotify    destroy)
{
  GTask *task = g_task_new (self, self->load_cancellable, on_loaded, NULL);
  Load *load = g_new0 (Load, 1);

  load->file = g_object_ref (file);
  load->kind = kind;
  load->then = then;
  load->data = data;
  load->destroy = destroy;
  load->gradually = TRUE;
  if (kind != WP_LOAD_TO_COMPARE)
    load->catalogue = copy_catalogue (self->catalogue);
  wp_severity_get_shown (load->shown);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_set_source_tag (task, load_task_new);
  loading_started (self, load);
  return task;
}

/* Reads @file in the background, for @kind; @then gets it on the main thread,
 * with @data (freed with @destroy once the load is over). */
void
wp_window_load (WpWindow         *self,
                GFile            *file,
                WpWindowLoadKind  kind,
                WpWindowLoaded    then,
                gpointer          data,
                GDestroyNotify    destroy)
{
  g_autoptr(GTask) task = load_task_new (self, file, kind, then, data, destroy);

  g_task_run_in_thread (task, load_thread);
}

static void
show_loaded (WpWindow     *self,
             WpLoadedPlan *loaded,
             GFile        *file,
             gpointer      data)
{
  wp_window_show_loaded (self, loaded, file);
}

/* Loads @file into the window in the background. On failure the current plan
 * stays as it was and the reader's message is shown. */
void
wp_window_open_file_in_background (WpWindow *window,
                                   GFile    *file)
{
  g_return_if_fail (WP_IS_WINDOW (window));

  wp_window_load (window, file, WP_LOAD_TO_OPEN, show_loaded, NULL, NULL);
}

/* The same, waiting for it, the problems list filled at once (for tests). TRUE
 * when the plan was read. */
gboolean
wp_window_open_file (WpWindow *window,
                     GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_val_if_fail (WP_IS_WINDOW (window), FALSE);

  task = load_task_new (window, file, WP_LOAD_TO_OPEN, show_loaded, NULL, NULL);
  ((Load *) g_task_get_task_data (task))->gradually = FALSE;
  g_task_run_in_thread_sync (task, load_thread);
  return hand_over (window, task);
}

/* Whether a plan is being read for the window. */
gboolean
wp_window_is_loading (WpWindow *window)
{
  g_return_val_if_fail (WP_IS_WINDOW (window), FALSE);

  return window->n_loading > 0;
}

void
wp_window_init_load (WpWindow *self)
{
  self->load_cancellable = g_cancellable_new ();
}

/* Loads still running end unseen when the window closes. */
void
wp_window_dispose_load (WpWindow *self)
{
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->shown_load = NULL;
}
