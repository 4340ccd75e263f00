/* wp-window-sheet.c: the window's wiring-sheet actions: print, export, renumber cables */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-export-dialog.h"
#include "wp-print.h"
#include "wp-settings.h"
#include "wp-window-private.h"

static void
print_sheet (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);
  g_autofree char *name = wp_window_get_plan_name (self);

  wp_print_plan (GTK_WINDOW (self), wp_document_get_plan (self->document), self->catalogue, name);
}

static void
on_exported (WpExportDialog *dialog,
             GFile          *file,
             WpWindow       *self)
{
  g_autofree char *basename = g_file_get_basename (file);
  /* A toast's title is markup. */
  g_autofree char *name = g_markup_escape_text (basename, -1);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
export_plan (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);
  g_autofree char *name = wp_window_get_plan_name (self);
  WpExportDialog *dialog = wp_export_dialog_new (GTK_WINDOW (self), wp_document_get_plan (self->document),
                                                 self->catalogue, name);

  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The toast's Open button: the exported file in the user's viewer. */
static void
open_export (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* Every cable labelled afresh, each kind counted from 1 in document order: one undo step. */
static void
renumber_cables (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);
  WpPlan *plan = wp_document_get_plan (self->document);
  guint n = wp_plan_get_n_cables (plan);
  g_autoptr(GHashTable) prefixes = wp_settings_get_label_prefixes ();
  g_auto(GStrv) labels = NULL;
  g_autofree WpCable **cables = NULL;
  g_autofree char *message = NULL;
  gboolean changed = FALSE;

  if (n == 0)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("The plan has no cables to renumber")));
      return;
    }
  labels = wp_cable_label_renumber (plan, prefixes);
  cables = g_new (WpCable *, n);
  for (guint i = 0; i < n; i++)
    {
      cables[i] = wp_plan_get_cable (plan, i);
      changed |= g_strcmp0 (wp_cable_get_label (cables[i]), labels[i]) != 0;
    }
  /* No undo step that changes nothing. */
  if (!changed)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("The cables are already numbered in order")));
      return;
    }
  wp_history_relabel_cables (wp_document_get_history (self->document), cables,
                             (const char * const *) labels, n);
  message = g_strdup_printf (ngettext ("Renumbered %u cable", "Renumbered %u cables", n), n);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
}

void
wp_window_class_init_sheet (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_sheet);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_plan);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export);
  gtk_widget_class_install_action (widget_class, "win.renumber-cables", NULL, renumber_cables);
}
