/* wp-window-compare.c: "Compare with…": another version of the plan, its
 * differences marked on the canvas and listed over it
 *
 * The other file is the old version and the open plan the new one, as in
 * `wireplan diff OTHER OPEN`. Ending the comparison, or opening another plan,
 * clears the marks.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-window-private.h"

/* Marks the differences of the open plan from the one read in the background. */
static void
show_changes (WpWindow     *self,
              WpLoadedPlan *loaded,
              GFile        *file,
              gpointer      data)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GPtrArray) entries = wp_diff_plans (loaded->plan, wp_document_get_plan (self->document));

  wp_compare_panel_set_changes (self->compare_panel, name, entries);
  wp_canvas_set_changes (self->canvas, entries);
  gtk_revealer_set_reveal_child (self->compare_revealer, TRUE);
}

/* Compares the open plan with @file, the older version, once it is read in the
 * background. */
void
wp_window_compare_with (WpWindow *self,
                        GFile    *file)
{
  wp_window_load (self, file, WP_LOAD_TO_COMPARE, show_changes, NULL, NULL);
}

static void
on_compare_response (GtkNativeDialog *chooser,
                     int              response,
                     WpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      wp_window_compare_with (self, file);
    }
  g_object_unref (chooser);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Compare with"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), wp_window_plan_filter ());
  g_signal_connect (chooser, "response", G_CALLBACK (on_compare_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
wp_window_end_compare (WpWindow *self)
{
  wp_compare_panel_set_changes (self->compare_panel, NULL, NULL);
  wp_canvas_set_changes (self->canvas, NULL);
  gtk_revealer_set_reveal_child (self->compare_revealer, FALSE);
}

static void
on_compare_closed (WpComparePanel *panel,
                   WpWindow       *self)
{
  wp_window_end_compare (self);
}

/* Selects and shows what a row names, if it is still in the plan. */
static void
on_change_activated (WpComparePanel *panel,
                     guint           index,
                     WpWindow       *self)
{
  const WpDiffEntry *entry = wp_compare_panel_get_change (panel, index);
  WpPlan *plan = wp_document_get_plan (self->document);
  WpSelection *selection = wp_document_get_selection (self->document);
  WpDevice *device = NULL;
  WpCable *cable = NULL;

  if (entry->kind == WP_DIFF_DEVICE || entry->kind == WP_DIFF_PORT)
    device = wp_plan_find_device (plan, entry->id);
  else if (entry->kind == WP_DIFF_CABLE)
    cable = wp_plan_find_cable (plan, entry->id);
  if (device != NULL)
    wp_selection_select_device (selection, device, WP_SELECT_REPLACE);
  else if (cable != NULL)
    wp_selection_select_cable (selection, cable, WP_SELECT_REPLACE);
  else
    {
      /* Removed, or not on the canvas (meta fields). */
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  wp_canvas_reveal_selection (self->canvas);
}

void
wp_window_class_init_compare (GtkWidgetClass *widget_class)
{
  g_type_ensure (WP_TYPE_COMPARE_PANEL);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, compare_revealer);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, compare_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_change_activated);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
}
