/* wp-export-dialog.c: choose what to export and how, then where
 *
 * The options come first, then a file chooser proposes "<plan name>.<ext>" in the last
 * folder used. Writing goes through wp_export_plan(), as `wireplan export` does, with
 * the user's cable label prefixes. The options last for the session, so the next export
 * starts from the last one's.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "wp-error-dialog.h"
#include "wp-export-dialog.h"
#include "wp-settings.h"

struct _WpExportDialog
{
  AdwWindow             parent_instance;

  AdwComboRow          *format_row;
  AdwComboRow          *paper_row;
  GtkWidget            *tiled_row;
  GtkSwitch            *tiled_switch;
  GtkWidget            *dpi_row;
  GtkSpinButton        *dpi_spin;

  WpPlan               *plan;
  WpCatalogue          *catalogue;
  char                 *plan_name;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (WpExportDialog, wp_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Indexed by WpExportFormat, as the rows of the format list are. */
static const struct {
  const char *extension;
  const char *mime_type;
} formats[] = {
  { "pdf", "application/pdf" },
  { "svg", "image/svg+xml" },
  { "png", "image/png" },
  { "csv", "text/csv" },
  { "pdf", "application/pdf" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (formats) == WP_EXPORT_LABELS + 1);

/* The last export's options; paper starts from the locale's. */
static WpExportOptions last_options = { WP_EXPORT_PDF, WP_PAPER_A4, FALSE, 150, NULL };
static gboolean have_last_options;

static void
get_options (WpExportDialog  *self,
             WpExportOptions *options)
{
  options->format = (WpExportFormat) adw_combo_row_get_selected (self->format_row);
  options->paper = (WpPaper) adw_combo_row_get_selected (self->paper_row);
  options->tiled = gtk_switch_get_active (self->tiled_switch);
  options->dpi = gtk_spin_button_get_value (self->dpi_spin);
  options->prefixes = NULL;
}

static void
set_options (WpExportDialog        *self,
             const WpExportOptions *options)
{
  adw_combo_row_set_selected (self->format_row, options->format);
  adw_combo_row_set_selected (self->paper_row, options->paper);
  gtk_switch_set_active (self->tiled_switch, options->tiled);
  gtk_spin_button_set_value (self->dpi_spin, options->dpi);
}

/* Only the options the chosen format uses are shown. */
static void
update_rows (WpExportDialog *self)
{
  WpExportFormat format = (WpExportFormat) adw_combo_row_get_selected (self->format_row);

  gtk_widget_set_visible (GTK_WIDGET (self->paper_row),
                          format == WP_EXPORT_PDF || format == WP_EXPORT_LABELS);
  gtk_widget_set_visible (self->tiled_row, format == WP_EXPORT_PDF);
  gtk_widget_set_visible (self->dpi_row, format == WP_EXPORT_PNG);
}

void
wp_export_dialog_set_format (WpExportDialog *self,
                             WpExportFormat  format)
{
  g_return_if_fail (WP_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= WP_EXPORT_LABELS);

  adw_combo_row_set_selected (self->format_row, format);
}

/* Returns: the name proposed for the file: "<plan name>.<ext>", made safe for a file
 * system ("/" is not). */
char *
wp_export_dialog_get_file_name (WpExportDialog *self)
{
  WpExportFormat format;
  g_autofree char *base = NULL;

  g_return_val_if_fail (WP_IS_EXPORT_DIALOG (self), NULL);

  format = (WpExportFormat) adw_combo_row_get_selected (self->format_row);
  base = g_strdelimit (g_strdup (self->plan_name), "/", '-');
  if (g_str_has_suffix (base, ".wireplan"))
    base[strlen (base) - strlen (".wireplan")] = '\0';
  if (format == WP_EXPORT_LABELS)
    /* TRANSLATORS: the file name of exported cable labels: "<plan name> labels.pdf" */
    return g_strdup_printf (_("%s labels.%s"), base, formats[format].extension);
  return g_strdup_printf ("%s.%s", base, formats[format].extension);
}

/* Writes the plan to @file with the options shown; on success remembers them and the
 * folder and emits ::exported. */
gboolean
wp_export_dialog_export (WpExportDialog  *self,
                         GFile           *file,
                         GError         **error)
{
  g_autoptr(GHashTable) prefixes = NULL;
  g_autofree char *path = NULL;
  WpExportOptions options;

  g_return_val_if_fail (WP_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file; choose a folder on this computer"), uri);
      return FALSE;
    }
  get_options (self, &options);
  prefixes = wp_settings_get_label_prefixes ();
  options.prefixes = prefixes;
  if (!wp_export_plan (self->plan, self->catalogue, &options, path, error))
    return FALSE;

  options.prefixes = NULL;
  last_options = options;
  have_last_options = TRUE;
  wp_settings_remember_folder (file);
  g_signal_emit (self, signals[EXPORTED], 0, file);
  return TRUE;
}

static void
show_error (WpExportDialog *self,
            GFile          *file,
            const GError   *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Export “%s”"), name);

  wp_error_dialog_show (GTK_WINDOW (self), heading, error->message);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     WpExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  if (!wp_export_dialog_export (self, file, &error))
    {
      /* The dialog stays, so another folder or option is one step away. */
      show_error (self, file, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_export_clicked (WpExportDialog *self)
{
  WpExportFormat format = (WpExportFormat) adw_combo_row_get_selected (self->format_row);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = wp_export_dialog_get_file_name (self);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, gtk_string_object_get_string (adw_combo_row_get_selected_item (self->format_row)));
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  wp_settings_open_last_folder (GTK_FILE_CHOOSER (self->chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
wp_export_dialog_dispose (GObject *object)
{
  WpExportDialog *self = WP_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalogue);
  g_clear_pointer (&self->plan_name, g_free);

  G_OBJECT_CLASS (wp_export_dialog_parent_class)->dispose (object);
}

static void
wp_export_dialog_class_init (WpExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_export_dialog_dispose;

  /**
   * WpExportDialog::exported:
   * @file: the file written
   *
   * A file was written.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/wireplan/Wireplan/ui/wp-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, WpExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, WpExportDialog, tiled_row);
  gtk_widget_class_bind_template_child (widget_class, WpExportDialog, tiled_switch);
  gtk_widget_class_bind_template_child (widget_class, WpExportDialog, dpi_row);
  gtk_widget_class_bind_template_child (widget_class, WpExportDialog, dpi_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, update_rows);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wp_export_dialog_init (WpExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  if (!have_last_options)
    last_options.paper = g_str_equal (gtk_paper_size_get_default (), GTK_PAPER_NAME_LETTER)
                         ? WP_PAPER_LETTER : WP_PAPER_A4;
  set_options (self, &last_options);
  update_rows (self);
}

WpExportDialog *
wp_export_dialog_new (GtkWindow   *parent,
                      WpPlan      *plan,
                      WpCatalogue *catalogue,
                      const char  *plan_name)
{
  WpExportDialog *self;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (WP_IS_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (plan_name != NULL, NULL);

  self = g_object_new (WP_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->plan = g_object_ref (plan);
  self->catalogue = g_object_ref (catalogue);
  self->plan_name = g_strdup (plan_name);
  return self;
}
