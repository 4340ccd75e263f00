/* test-export.c: the window's wiring-sheet actions: export dialog, printing, renumbering */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "wp-export-dialog.h"
#include "wp-print.h"
#include "wp-settings.h"
#include "wp-sheet-renderer.h"
#include "wp-ui-test-util.h"
#include "wp-window.h"

typedef struct {
  WpCatalogue *catalogue;
  WpWindow    *window;
  char        *folder;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->catalogue = wp_ui_test_new_catalogue ();
  fixture->window = wp_ui_test_open_example (fixture->catalogue, "club-gig.wireplan");
  fixture->folder = g_dir_make_tmp ("wireplan-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  wp_ui_test_iterate ();
  g_clear_object (&fixture->catalogue);
}

static WpPlan *
plan_of (Fixture *fixture)
{
  return wp_document_get_plan (wp_window_get_document (fixture->window));
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

/* The pages of a PDF cairo wrote (page objects are plain text there, between binary
 * streams), and how many of them are wider than high. */
static guint
count_pdf_pages (const char *path,
                 guint      *n_landscape)
{
  static const char page[] = "<< /Type /Page %";
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &pdf, &length, &error));
  *n_landscape = 0;
  for (gsize i = 0; i + sizeof page < length; i++)
    {
      double width, height;
      const char *box;

      if (memcmp (pdf + i, page, sizeof page - 1) != 0)
        continue;
      n++;
      box = g_strstr_len (pdf + i, length - i, "/MediaBox [");
      g_assert_nonnull (box);
      g_assert_cmpint (sscanf (box, "/MediaBox [ 0 0 %lf %lf ]", &width, &height), ==, 2);
      if (width > height)
        (*n_landscape)++;
    }
  return n;
}

/* Records in a CSV text, minding newlines inside quoted fields. */
static guint
count_csv_records (const char *csv)
{
  gboolean quoted = FALSE;
  guint n = 0;

  for (const char *c = csv; *c != '\0'; c++)
    {
      if (*c == '"')
        quoted = !quoted;
      else if (*c == '\n' && !quoted)
        n++;
    }
  return n;
}

static void
keep_file (WpExportDialog *dialog,
           GFile          *file,
           GFile         **store)
{
  g_set_object (store, file);
}

static WpExportDialog *
open_dialog (Fixture *fixture)
{
  WpExportDialog *dialog = NULL;

  /* Ctrl+E's action opens the dialog over the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL));
  wp_ui_test_iterate ();
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (WP_IS_EXPORT_DIALOG (l->data))
      {
        g_assert_true (gtk_window_get_transient_for (l->data) == GTK_WINDOW (fixture->window));
        dialog = l->data;
      }
  g_assert_nonnull (dialog);
  return dialog;
}

static void
test_export_dialog (Fixture       *fixture,
                    gconstpointer  data)
{
  WpExportDialog *dialog = open_dialog (fixture);
  g_autofree char *pdf_path = g_build_filename (fixture->folder, "sheet.pdf", NULL);
  g_autofree char *csv_path = g_build_filename (fixture->folder, "cables.csv", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GFile) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) prefixes = wp_settings_get_label_prefixes ();
  g_autoptr(WpSheet) sheet = wp_sheet_new (plan_of (fixture), prefixes);
  g_autoptr(WpLayout) layout = wp_layout_new (plan_of (fixture), fixture->catalogue);
  g_autoptr(WpPlanRenderer) renderer = wp_plan_renderer_new (layout);
  g_autoptr(WpSheetDocument) document = NULL;
  g_autofree char *name = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *folder_uri = NULL;
  g_autofree char *remembered = NULL;
  guint n_landscape;

  g_signal_connect (dialog, "exported", G_CALLBACK (keep_file), &exported);
  /* The file chooser proposes the plan's name with the format's extension. */
  wp_export_dialog_set_format (dialog, WP_EXPORT_PDF);
  name = wp_export_dialog_get_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_assert_false (g_str_has_suffix (name, ".wireplan.pdf"));

  /* The wiring sheet: a PDF with the sheet's pages. */
  g_assert_true (wp_export_dialog_export (dialog, pdf_file, &error));
  g_assert_no_error (error);
  g_assert_true (exported != NULL && g_file_equal (exported, pdf_file));
  pdf = read_file (pdf_path);
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  document = wp_sheet_document_new (renderer, sheet, WP_PAPER_A4, FALSE);
  g_assert_cmpuint (count_pdf_pages (pdf_path, &n_landscape), ==, wp_sheet_document_get_n_pages (document));
  /* The next file chooser starts in this folder. */
  folder_uri = g_filename_to_uri (fixture->folder, NULL, NULL);
  remembered = g_settings_get_string (wp_settings_get (), "last-folder");
  g_assert_cmpstr (remembered, ==, folder_uri);

  /* The cable schedule: a header and one row per cable. */
  g_clear_pointer (&name, g_free);
  wp_export_dialog_set_format (dialog, WP_EXPORT_CSV);
  name = wp_export_dialog_get_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".csv"));
  g_assert_true (wp_export_dialog_export (dialog, csv_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (exported, csv_file));
  csv = read_file (csv_path);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), >, 0);
  g_assert_cmpuint (count_csv_records (csv), ==, wp_plan_get_n_cables (plan_of (fixture)) + 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A folder that does not exist: an error that names the file, and no ::exported. */
static void
test_export_error (Fixture       *fixture,
                   gconstpointer  data)
{
  WpExportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->folder, "missing", "sheet.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) exported = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (dialog, "exported", G_CALLBACK (keep_file), &exported);
  wp_export_dialog_set_format (dialog, WP_EXPORT_PDF);
  g_assert_false (wp_export_dialog_export (dialog, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (exported);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Printing to a PDF goes through the same operation as the print dialog: one printed
 * page per sheet page, diagram pages turned to landscape, on the paper of the page setup,
 * which the next print starts from. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->folder, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = wp_print_operation_new (plan_of (fixture), fixture->catalogue,
                                                                   "club gig");
  g_autoptr(GtkPrintOperation) next = NULL;
  g_autoptr(GtkPageSetup) letter = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(GHashTable) prefixes = wp_settings_get_label_prefixes ();
  g_autoptr(WpSheet) sheet = wp_sheet_new (plan_of (fixture), prefixes);
  g_autoptr(WpLayout) layout = wp_layout_new (plan_of (fixture), fixture->catalogue);
  g_autoptr(WpPlanRenderer) renderer = wp_plan_renderer_new (layout);
  g_autoptr(WpSheetDocument) document = wp_sheet_document_new (renderer, sheet, WP_PAPER_LETTER, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  GtkPageSetup *kept;
  guint n_landscape, expected_landscape = 0;

  gtk_page_setup_set_paper_size (letter, paper);
  gtk_print_operation_set_default_page_setup (operation, letter);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (fixture->window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  pdf = read_file (path);
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  for (guint i = 0; i < wp_sheet_document_get_n_pages (document); i++)
    expected_landscape += wp_sheet_document_is_landscape (document, i);
  g_assert_cmpuint (wp_sheet_document_get_n_pages (document), >=, 3);
  g_assert_cmpuint (count_pdf_pages (path, &n_landscape), ==, wp_sheet_document_get_n_pages (document));
  g_assert_cmpuint (expected_landscape, >, 0);
  g_assert_cmpuint (n_landscape, ==, expected_landscape);

  next = wp_print_operation_new (plan_of (fixture), fixture->catalogue, "club gig");
  kept = gtk_print_operation_get_default_page_setup (next);
  g_assert_nonnull (kept);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (kept)), ==,
                   GTK_PAPER_NAME_LETTER);
}

/* Renumber Cables labels every cable afresh, per kind, as one undo step. */
static void
test_renumber (Fixture       *fixture,
               gconstpointer  data)
{
  WpPlan *plan = plan_of (fixture);
  WpHistory *history = wp_document_get_history (wp_window_get_document (fixture->window));
  guint n = wp_plan_get_n_cables (plan);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean changed = FALSE, mic_one = FALSE;

  g_assert_cmpuint (n, >, 1);
  wp_cable_set_label (wp_plan_get_cable (plan, 0), "odd one");
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (before, g_strdup (wp_cable_get_label (wp_plan_get_cable (plan, i))));

  g_assert_false (wp_history_get_can_undo (history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.renumber-cables", NULL));
  g_assert_true (wp_history_get_can_undo (history));
  for (guint i = 0; i < n; i++)
    {
      const char *label = wp_cable_get_label (wp_plan_get_cable (plan, i));

      g_assert_nonnull (label);
      /* Every label PREFIX-NN, and no two alike. */
      g_assert_nonnull (strchr (label, '-'));
      g_assert_true (g_ascii_isdigit (strchr (label, '-')[1]));
      g_assert_true (g_hash_table_add (seen, (gpointer) label));
      changed |= g_strcmp0 (label, g_ptr_array_index (before, i)) != 0;
      mic_one |= g_str_equal (label, "MIC-01");
    }
  g_assert_true (changed);
  g_assert_true (mic_one);
  g_assert_cmpstr (wp_cable_get_label (wp_plan_get_cable (plan, 0)), !=, "odd one");

  /* Renumbering again changes nothing and adds no step: one undo brings every label back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.renumber-cables", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_false (wp_history_get_can_undo (history));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (wp_cable_get_label (wp_plan_get_cable (plan, i)), ==, g_ptr_array_index (before, i));
}

static void
add (const char *name,
     void      (*test) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);

  add ("/export/dialog", test_export_dialog);
  add ("/export/error", test_export_error);
  add ("/export/print", test_print);
  add ("/export/renumber", test_renumber);
  return g_test_run ();
}
