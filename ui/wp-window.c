/* wp-window.c: the window of one plan
 *
 * For now it shows the plan's summary; the editor fills it in a later step.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-plan-io.h"
#include "wp-window.h"

struct _WpWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *title;
  AdwStatusPage        *status;

  WpPlan               *plan;
  GFile                *file;
};

G_DEFINE_FINAL_TYPE (WpWindow, wp_window, ADW_TYPE_APPLICATION_WINDOW)

static void
wp_window_dispose (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (wp_window_parent_class)->dispose (object);
}

static void
wp_window_class_init (WpWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wp_window_dispose;
}

static void
wp_window_init (WpWindow *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Wireplan"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (content), header);

  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->status, "audio-x-generic-symbolic");
  gtk_widget_set_vexpand (GTK_WIDGET (self->status), TRUE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->status));

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), content);
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);
  wp_window_set_plan (self, NULL, NULL);
}

WpWindow *
wp_window_new (AdwApplication *application)
{
  return g_object_new (WP_TYPE_WINDOW, "application", application, NULL);
}

/* Shows @plan (a new empty plan when NULL), saved at @file (NULL when never saved). */
void
wp_window_set_plan (WpWindow *window,
                    WpPlan   *plan,
                    GFile    *file)
{
  g_autofree char *description = NULL;
  g_autofree char *basename = NULL;
  const char *title;

  g_return_if_fail (WP_IS_WINDOW (window));

  g_set_object (&window->file, file);
  g_clear_object (&window->plan);
  window->plan = plan != NULL ? g_object_ref (plan) : wp_plan_new ();

  title = wp_plan_get_meta (window->plan, WP_META_TITLE);
  basename = file != NULL ? g_file_get_basename (file) : NULL;
  if (title == NULL || title[0] == '\0')
    title = basename != NULL ? basename : _("Untitled plan");
  adw_window_title_set_title (window->title, title);
  adw_window_title_set_subtitle (window->title, basename);
  gtk_window_set_title (GTK_WINDOW (window), title);

  description = g_strdup_printf (_("%u devices, %u cables"),
                                 wp_plan_get_n_devices (window->plan),
                                 wp_plan_get_n_cables (window->plan));
  adw_status_page_set_title (window->status, title);
  adw_status_page_set_description (window->status, description);
}

/* Loads @file into the window. On failure the current plan stays as it was and
 * the reader's message is shown. */
gboolean
wp_window_open_file (WpWindow *window,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = NULL;
  g_autofree char *path = g_file_get_path (file);
  GtkWidget *dialog;

  g_return_val_if_fail (WP_IS_WINDOW (window), FALSE);

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be opened"));
  else
    plan = wp_plan_load (path, &error);
  if (plan != NULL)
    {
      wp_window_set_plan (window, plan, file);
      return TRUE;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Could not open the plan"),
                                   error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}
