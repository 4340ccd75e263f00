/* wp-window-load.c: reading plan files without freezing the window
 *
 * A plan is read, parsed and checked by the validator in a worker thread
 * (GTask); only the finished WpDocument comes back to the main thread. That is
 * safe because the model keeps no mutable global state (no caches, no interned
 * strings, no catalogue: a plan file carries its ports) and the new plan,
 * history and validator are touched by no other thread until they are handed
 * over. Meanwhile the window's own plan stays shown and editable, and a pulsing
 * bar under the header bar says what is being opened.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-error-dialog.h"
#include "wp-plan-io.h"
#include "wp-window-private.h"

#define PULSE_MILLISECONDS 100

typedef struct
{
  GFile           *file;
  WpWindowLoaded   then;
} Load;

static void
load_free (Load *load)
{
  g_clear_object (&load->file);
  g_free (load);
}

static gboolean
pulse (gpointer data)
{
  WpWindow *self = data;

  gtk_progress_bar_pulse (self->load_progress);
  return G_SOURCE_CONTINUE;
}

static void
loading_started (WpWindow *self,
                 Load     *load)
{
  g_autofree char *name = g_file_get_basename (load->file);
  g_autofree char *title = g_strdup_printf (_("Opening “%s”…"), name);

  /* The bar says what it waits for; the latest load names itself. */
  gtk_progress_bar_set_text (self->load_progress, title);
  if (self->n_loading++ == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->load_progress), TRUE);
      self->pulse_id = g_timeout_add (PULSE_MILLISECONDS, pulse, self);
    }
}

static void
loading_ended (WpWindow *self,
               Load     *load)
{
  if (--self->n_loading == 0)
    {
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      gtk_widget_set_visible (GTK_WIDGET (self->load_progress), FALSE);
    }
}

/* In the worker: everything that only needs the file, up to the first check of
 * the whole plan, which costs about as much as reading it. */
static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Load *load = data;
  g_autofree char *path = g_file_get_path (load->file);
  g_autoptr(WpPlan) plan = NULL;
  GError *error = NULL;

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only local files can be opened"));
      return;
    }
  plan = wp_plan_load (path, &error);
  if (plan == NULL)
    g_task_return_error (task, error);
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, wp_document_new (plan), g_object_unref);
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
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = g_task_propagate_pointer (task, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  loading_ended (self, load);
  if (document == NULL)
    {
      wp_error_dialog_show (GTK_WINDOW (self), _("Could not open the plan"), error->message);
      return FALSE;
    }
  load->then (self, document, load->file);
  return TRUE;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  hand_over (WP_WINDOW (source), G_TASK (result));
}

static GTask *
load_task_new (WpWindow       *self,
               GFile          *file,
               WpWindowLoaded  then)
{
  GTask *task = g_task_new (self, self->load_cancellable, on_loaded, NULL);
  Load *load = g_new0 (Load, 1);

  load->file = g_object_ref (file);
  load->then = then;
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_set_source_tag (task, load_task_new);
  loading_started (self, load);
  return task;
}

/* Reads @file in the background; @then gets it on the main thread. */
void
wp_window_load (WpWindow       *self,
                GFile          *file,
                WpWindowLoaded  then)
{
  g_autoptr(GTask) task = load_task_new (self, file, then);

  g_task_run_in_thread (task, load_thread);
}

/* Loads @file into the window in the background. On failure the current plan
 * stays as it was and the reader's message is shown. */
void
wp_window_open_file_in_background (WpWindow *window,
                                   GFile    *file)
{
  g_return_if_fail (WP_IS_WINDOW (window));

  wp_window_load (window, file, wp_window_set_document);
}

/* The same, waiting for it (for tests). TRUE when the plan was read. */
gboolean
wp_window_open_file (WpWindow *window,
                     GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_val_if_fail (WP_IS_WINDOW (window), FALSE);

  task = load_task_new (window, file, wp_window_set_document);
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
  g_clear_handle_id (&self->pulse_id, g_source_remove);
}
