/* wp-print.c: printing the wiring sheet through GtkPrintOperation
 *
 * Each page is drawn by wp_sheet_document_draw_page(), as the PDF export does, so paper
 * and screen agree. The sheet is laid out for the paper the user picks (Letter, else
 * A4) once printing begins; diagram pages turn to landscape on their own. The print
 * settings and page setup last for the session, so the next print starts from the
 * user's last choices.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wp-error-dialog.h"
#include "wp-print.h"
#include "wp-settings.h"
#include "wp-sheet-renderer.h"

/* The user's choices for this run of the program. */
static GtkPrintSettings *session_settings;
static GtkPageSetup *session_page_setup;

typedef struct {
  WpPlan          *plan;
  WpCatalogue     *catalogue;
  WpSheet         *sheet;
  WpLayout        *layout;
  WpPlanRenderer  *renderer;
  WpSheetDocument *document;
} PrintJob;

static void
print_job_clear_document (PrintJob *job)
{
  g_clear_pointer (&job->document, wp_sheet_document_free);
  g_clear_object (&job->renderer);
  g_clear_object (&job->layout);
  g_clear_pointer (&job->sheet, wp_sheet_free);
}

static void
print_job_free (PrintJob *job)
{
  print_job_clear_document (job);
  g_clear_object (&job->plan);
  g_clear_object (&job->catalogue);
  g_free (job);
}

static WpPaper
paper_of_setup (GtkPageSetup *setup)
{
  const char *name = gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup));

  return g_str_equal (name, GTK_PAPER_NAME_LETTER) ? WP_PAPER_LETTER : WP_PAPER_A4;
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_autoptr(GHashTable) prefixes = wp_settings_get_label_prefixes ();
  WpPaper paper = paper_of_setup (gtk_print_context_get_page_setup (context));

  print_job_clear_document (job);
  job->sheet = wp_sheet_new (job->plan, prefixes);
  job->layout = wp_layout_new (job->plan, job->catalogue);
  job->renderer = wp_plan_renderer_new (job->layout);
  /* Printing has no room to tile a diagram by hand: it is fitted to its page. */
  job->document = wp_sheet_document_new (job->renderer, job->sheet, paper, FALSE);
  gtk_print_operation_set_n_pages (operation, (int) wp_sheet_document_get_n_pages (job->document));
}

static void
on_request_page_setup (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page,
                       GtkPageSetup      *setup,
                       PrintJob          *job)
{
  gtk_page_setup_set_orientation (setup, wp_sheet_document_is_landscape (job->document, (guint) page)
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                         : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  wp_sheet_document_draw_page (job->document, gtk_print_context_get_cairo_context (context),
                               (guint) page);
}

static void
on_end_print (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              PrintJob          *job)
{
  print_job_clear_document (job);
}

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    return;
  g_set_object (&session_settings, gtk_print_operation_get_print_settings (operation));
  g_set_object (&session_page_setup, gtk_print_operation_get_default_page_setup (operation));
}

/* Returns: (transfer full): an operation printing the wiring sheet of @plan, starting
 * from this session's print settings and page setup. */
GtkPrintOperation *
wp_print_operation_new (WpPlan      *plan,
                        WpCatalogue *catalogue,
                        const char  *job_name)
{
  GtkPrintOperation *operation;
  PrintJob *job;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (WP_IS_CATALOGUE (catalogue), NULL);

  job = g_new0 (PrintJob, 1);
  job->plan = g_object_ref (plan);
  job->catalogue = g_object_ref (catalogue);

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "wp-print-job", job, (GDestroyNotify) print_job_free);
  gtk_print_operation_set_job_name (operation, job_name);
  /* The sheet keeps its own margins: draw on the whole page, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (session_settings != NULL)
    gtk_print_operation_set_print_settings (operation, session_settings);
  if (session_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, session_page_setup);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (on_request_page_setup), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "end-print", G_CALLBACK (on_end_print), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), NULL);
  return operation;
}

static void
report_error (GtkWindow    *parent,
              const GError *error)
{
  wp_error_dialog_show (parent, _("Could Not Print the Wiring Sheet"),
                        error != NULL ? error->message : NULL);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  report_error (parent, error);
}

/* Shows the print dialog, with preview and page setup, for the wiring sheet of @plan. */
void
wp_print_plan (GtkWindow   *parent,
               WpPlan      *plan,
               WpCatalogue *catalogue,
               const char  *job_name)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  gulong done_id;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  operation = wp_print_operation_new (plan, catalogue, job_name);
  gtk_print_operation_set_allow_async (operation, TRUE);
  done_id = g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), parent, 0);
  /* An error found before the dialog comes back here and not through "done". */
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_signal_handler_disconnect (operation, done_id);
      report_error (parent, error);
    }
}
