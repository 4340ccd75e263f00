/* wp-window-files.c: the window's plan file: open, save, save as, closing with
 * unsaved changes, changes made on disk by someone else, and recovery copies
 *
 * While the plan has unsaved changes a recovery copy is written every 30 s
 * (WIREPLAN_AUTOSAVE_SECONDS overrides it, for tests); a save, a discard or a
 * close without changes removes it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-error-dialog.h"
#include "wp-plan-io.h"
#include "wp-settings.h"
#include "wp-window-private.h"

#define AUTOSAVE_SECONDS 30

static guint
autosave_seconds (void)
{
  const char *value = g_getenv ("WIREPLAN_AUTOSAVE_SECONDS");
  guint64 seconds;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 1, 3600, &seconds, NULL))
    return (guint) seconds;
  return AUTOSAVE_SECONDS;
}

static gboolean
is_modified (WpWindow *self)
{
  return wp_history_get_modified (wp_document_get_history (self->document));
}

static gboolean
write_recovery (gpointer data)
{
  WpWindow *self = data;
  g_autoptr(GError) error = NULL;

  if (is_modified (self)
      && !wp_recovery_write (self->recovery, wp_document_get_plan (self->document), self->file, &error))
    g_warning ("Could not write the recovery copy: %s", error->message);
  return G_SOURCE_CONTINUE;
}

/* Follows the modified state: a recovery copy is kept while there are changes. */
static void
on_modified_changed (WpWindow *self)
{
  if (is_modified (self))
    {
      if (self->autosave_id == 0)
        self->autosave_id = g_timeout_add_seconds (autosave_seconds (), write_recovery, self);
      return;
    }
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  wp_recovery_discard (self->recovery);
}

/* Called after the window took a new document. */
void
wp_window_document_changed (WpWindow *self)
{
  g_signal_connect_swapped (wp_document_get_history (self->document), "notify::modified",
                            G_CALLBACK (on_modified_changed), self);
  on_modified_changed (self);
}

static char *
etag_of (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 WpWindow          *self)
{
  g_autofree char *etag = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Most programs save atomically: a new file renamed over the old one. */
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED
      && event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  /* Our own saves change the file too. */
  etag = etag_of (self->file);
  if (etag == NULL || g_strcmp0 (etag, self->saved_etag) == 0)
    return;
  g_free (self->saved_etag);
  self->saved_etag = g_steal_pointer (&etag);

  name = g_file_get_basename (self->file);
  title = g_strdup_printf (_("“%s” was changed by another program"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Reload"));
  adw_toast_set_action_name (toast, "win.reload");
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* Watches the window's file for changes by others. */
void
wp_window_watch_file (WpWindow *self)
{
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_clear_object (&self->monitor);
  g_clear_pointer (&self->saved_etag, g_free);
  if (self->file == NULL)
    return;
  self->saved_etag = etag_of (self->file);
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

static int
newest_visit_first (gconstpointer a,
                    gconstpointer b)
{
  GDateTime *visited_a = gtk_recent_info_get_visited ((GtkRecentInfo *) a);
  GDateTime *visited_b = gtk_recent_info_get_visited ((GtkRecentInfo *) b);

  return g_date_time_compare (visited_b, visited_a);
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static gboolean
destroy_window (gpointer window)
{
  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

/* Writes the plan to @file; on success the window is saved there. */
static gboolean
save_to (WpWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be saved"));
  else
    wp_plan_save (wp_document_get_plan (self->document), path, &error);
  if (error != NULL)
    {
      wp_error_dialog_show (GTK_WINDOW (self), _("Could not save the plan"), error->message);
      return FALSE;
    }
  g_set_object (&self->file, file);
  wp_window_watch_file (self);
  wp_history_mark_saved (wp_document_get_history (self->document));
  add_to_recent (file);
  wp_window_update_title (self);
  if (self->close_when_saved)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_window, g_object_ref (self), g_object_unref);
  return TRUE;
}

static void
on_save_as_response (GtkNativeDialog *chooser,
                     int              response,
                     WpWindow        *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      name = g_file_get_basename (chosen);
      /* The extension the file manager knows plans by. */
      if (g_str_has_suffix (name, ".wireplan"))
        file = g_object_ref (chosen);
      else
        {
          g_autofree char *path = g_file_get_path (chosen);
          g_autofree char *with_extension = g_strconcat (path, ".wireplan", NULL);

          file = g_file_new_for_path (with_extension);
        }
      wp_settings_remember_folder (file);
      save_to (self, file);
    }
  else
    self->close_when_saved = FALSE;
  g_object_unref (chooser);
}

GtkFileFilter *
wp_window_plan_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Wireplan plans"));
  gtk_file_filter_add_mime_type (filter, "application/x-wireplan");
  gtk_file_filter_add_suffix (filter, "wireplan");
  return filter;
}

static void
save_as (WpWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *plan_name = NULL;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Plan"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), wp_window_plan_filter ());
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    {
      plan_name = wp_window_get_plan_name (self);
      name = g_strconcat (plan_name, ".wireplan", NULL);
      wp_settings_open_last_folder (GTK_FILE_CHOOSER (chooser));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Saves where the plan came from, or asks where when it never was saved. */
static void
save (WpWindow *self)
{
  if (self->file != NULL)
    save_to (self, self->file);
  else
    save_as (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);

  if (g_str_equal (action_name, "win.save-as"))
    save_as (self);
  else
    save (self);
}

/* The window a plan being opened goes to: this one when it shows an untouched
 * empty plan, else a new one (one window per plan). */
static WpWindow *
window_for_plan (WpWindow *self)
{
  WpPlan *plan = wp_document_get_plan (self->document);

  if (self->file == NULL && !is_modified (self)
      && wp_plan_get_n_devices (plan) == 0 && wp_plan_get_n_zones (plan) == 0)
    return self;
  return wp_window_new (ADW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                        self->catalogue);
}

/* Shows a plan read from @file in @self or a new window (see window_for_plan()). */
static void
show_in_place_or_new (WpWindow     *self,
                      WpLoadedPlan *loaded,
                      GFile        *file,
                      gpointer      data)
{
  WpWindow *target = window_for_plan (self);

  wp_window_show_loaded (target, loaded, file);
  add_to_recent (file);
  wp_window_present_soon (target);
}

/* Opens @file in the background; a file that cannot be read changes nothing. */
static void
open_in_place_or_new (WpWindow *self,
                      GFile    *file)
{
  wp_window_load (self, file, WP_LOAD_TO_OPEN, show_in_place_or_new, NULL, NULL);
}

static void
on_open_response (GtkNativeDialog *chooser,
                  int              response,
                  WpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          wp_settings_remember_folder (file);
          open_in_place_or_new (self, file);
        }
    }
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Plan"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), wp_window_plan_filter ());
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  wp_settings_open_last_folder (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_in_place_or_new (WP_WINDOW (widget), file);
}

static void
reload (WpWindow *self)
{
  g_autoptr(GFile) file = self->file != NULL ? g_object_ref (self->file) : NULL;

  if (file != NULL)
    wp_window_open_file_in_background (self, file);
}

static void
on_reload_response (AdwMessageDialog *dialog,
                    const char       *response,
                    WpWindow         *self)
{
  if (g_str_equal (response, "reload"))
    reload (self);
}

/* Reads the file again, after another program changed it; the changes made
 * here since the last save are only dropped when the user says so. */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (!is_modified (self))
    {
      reload (self);
      return;
    }
  name = wp_window_get_plan_name (self);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL,
                                   _("Your unsaved changes in this window will be lost."));
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Reload “%s”?"), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Discard Changes and Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reload_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         WpWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    open_in_place_or_new (self, l->data);
  return files != NULL;
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   WpWindow         *self)
{
  if (g_str_equal (response, "discard"))
    {
      wp_recovery_discard (self->recovery);
      /* After the dialog, which is still emitting and belongs to the window. */
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_window, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_when_saved = TRUE;
      save (self);
    }
}

/* Asks before unsaved changes are lost. */
static gboolean
on_close_request (GtkWindow *window)
{
  WpWindow *self = WP_WINDOW (window);
  g_autofree char *heading = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  if (!is_modified (self))
    {
      wp_recovery_discard (self->recovery);
      return FALSE;
    }
  name = wp_window_get_plan_name (self);
  heading = g_strdup_printf (_("Save changes to “%s”?"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading,
                               _("Unsaved changes are lost when the plan is closed without saving.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

#define MAX_RECENT 8

/* The plans opened or saved last, newest first. */
static void
update_recent_menu (WpWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  items = g_list_sort (items, newest_visit_first);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, ".wireplan") || !gtk_recent_info_exists (l->data))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (l->data), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
wp_window_class_init_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, WpWindow, recent_menu);
  GTK_WINDOW_CLASS (widget_class)->close_request = on_close_request;
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
}

void
wp_window_init_files (WpWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  self->recovery = wp_recovery_new ();
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

void
wp_window_dispose_files (WpWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_clear_object (&self->monitor);
  g_clear_pointer (&self->saved_etag, g_free);
  g_clear_object (&self->recovery);
}

/* Shows a recovered copy, read in the background, as the plan of the file it
 * was a copy of (none: never saved), with its changes still to be saved. */
static void
show_restored (WpWindow     *self,
               WpLoadedPlan *loaded,
               GFile        *copy,
               gpointer      data)
{
  const WpRecoveryEntry *entry = data;
  g_autoptr(GFile) original = entry->original != NULL ? g_file_new_for_path (entry->original) : NULL;
  WpWindow *target = window_for_plan (self);

  wp_window_show_loaded (target, loaded, original);
  wp_history_mark_unsaved (wp_document_get_history (target->document));
  wp_window_present_soon (target);
  /* The window keeps its own copy from now on. */
  wp_recovery_entry_remove (entry);
}

static void
on_recovery_response (AdwMessageDialog *dialog,
                      const char       *response,
                      WpWindow         *self)
{
  g_autoptr(GPtrArray) entries = g_object_steal_data (G_OBJECT (dialog), "wp-entries");

  while (entries->len > 0)
    {
      WpRecoveryEntry *entry = g_ptr_array_steal_index (entries, 0);

      if (g_str_equal (response, "restore"))
        {
          g_autoptr(GFile) copy = g_file_new_for_path (entry->path);

          wp_window_load (self, copy, WP_LOAD_TO_RESTORE, show_restored,
                          entry, (GDestroyNotify) wp_recovery_entry_free);
        }
      else
        {
          if (g_str_equal (response, "discard"))
            wp_recovery_entry_remove (entry);
          wp_recovery_entry_free (entry);
        }
    }
}

/* Offers back the plans a crashed Wireplan left unsaved. TRUE when there were any. */
gboolean
wp_window_offer_recovery (WpWindow *self)
{
  g_autoptr(GPtrArray) entries = wp_recovery_list_abandoned ();
  GString *list = g_string_new (NULL);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);

  if (entries->len == 0)
    {
      g_string_free (list, TRUE);
      return FALSE;
    }
  for (guint i = 0; i < entries->len; i++)
    {
      WpRecoveryEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *name = entry->original != NULL ? g_path_get_basename (entry->original)
                                                      : g_strdup (_("Untitled plan"));
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (entry->saved_time / G_USEC_PER_SEC);
      g_autofree char *when = g_date_time_format (time, "%x %X");

      g_string_append_printf (list, "\n• %s (%s)", name, when);
    }
  body = g_strdup_printf (ngettext ("%u plan had unsaved changes when Wireplan stopped:%s",
                                    "%u plans had unsaved changes when Wireplan stopped:%s",
                                    entries->len),
                          entries->len, list->str);
  g_string_free (list, TRUE);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Restore Unsaved Work?"), body));
  adw_message_dialog_add_responses (dialog, "discard", _("_Discard"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "later");
  g_object_set_data_full (G_OBJECT (dialog), "wp-entries", g_steal_pointer (&entries),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_recovery_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}
