/* wp-device-editor.c: make or change an entry of the user's catalogue
 *
 * Save checks the entry as the catalogue reader would (wp_user_catalogue_save()),
 * writes it to the user's folder, puts it into the catalogue (replacing an entry
 * of the same model id), emits ::saved and closes. A refused entry leaves the
 * window open with the message above the fields and the field marked.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-device-editor.h"
#include "wp-port-editor.h"
#include "wp-user-catalogue.h"

struct _WpDeviceEditor
{
  AdwWindow       parent_instance;

  WpCatalogue    *catalogue;
  GStrv           categories;     /* ids, in the order of the category row */
  gboolean        model_edited;   /* the user typed a model id: stop deriving it */
  gboolean        deriving;       /* the model id is being set from the name */
  guint           next_port;

  AdwWindowTitle *window_title;
  AdwToastOverlay *toasts;
  GtkLabel       *error_label;
  AdwEntryRow    *name_row;
  AdwEntryRow    *model_row;
  AdwComboRow    *category_row;
  AdwEntryRow    *description_row;
  AdwEntryRow    *keywords_row;
  GtkListBox     *ports_list;
};

G_DEFINE_FINAL_TYPE (WpDeviceEditor, wp_device_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_name_changed (WpDeviceEditor *self)
{
  g_autofree char *model = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  if (self->model_edited)
    return;
  model = wp_user_catalogue_model_for_name (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  self->deriving = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->model_row), model);
  self->deriving = FALSE;
}

static void
on_model_changed (WpDeviceEditor *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->model_row), "error");
  if (!self->deriving)
    self->model_edited = TRUE;
}

static void
on_move_port (WpDeviceEditor *self,
              int             delta,
              GtkWidget      *row)
{
  int position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + delta;

  if (position < 0 || gtk_list_box_get_row_at_index (self->ports_list, position) == NULL)
    return;
  g_object_ref (row);
  gtk_list_box_remove (self->ports_list, row);
  gtk_list_box_insert (self->ports_list, row, position);
  g_object_unref (row);
}

static void
on_remove_port (WpDeviceEditor *self,
                GtkWidget      *row)
{
  gtk_list_box_remove (self->ports_list, row);
}

static GtkWidget *
append_port (WpDeviceEditor *self,
             const WpPort   *port)
{
  GtkWidget *row = wp_port_editor_new (port);

  g_signal_connect_swapped (row, "move", G_CALLBACK (on_move_port), self);
  g_signal_connect_swapped (row, "remove", G_CALLBACK (on_remove_port), self);
  gtk_list_box_append (self->ports_list, row);
  return row;
}

/* A new port with an id no other port of the list has. */
static void
on_add_port (WpDeviceEditor *self)
{
  g_autoptr(WpPort) port = NULL;
  GtkWidget *row;
  gboolean taken;

  do
    {
      g_autofree char *id = g_strdup_printf ("p%u", ++self->next_port);

      taken = FALSE;
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->ports_list));
           child != NULL && !taken;
           child = gtk_widget_get_next_sibling (child))
        if (WP_IS_PORT_EDITOR (child))
          {
            g_autoptr(WpPort) other = wp_port_editor_get_port (WP_PORT_EDITOR (child));
            taken = g_strcmp0 (other->id, id) == 0;
          }
      if (!taken)
        port = wp_port_new (id);
    }
  while (taken);
  row = append_port (self, port);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->ports_list), "error");
}

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The entry as the fields show it. */
static WpDeviceTemplate *
build_template (WpDeviceEditor *self)
{
  g_autofree char *model = stripped_text (self->model_row);
  g_autofree char *name = stripped_text (self->name_row);
  g_autofree char *description = stripped_text (self->description_row);
  g_autofree char *keyword_text = stripped_text (self->keywords_row);
  g_auto(GStrv) parts = g_strsplit (keyword_text, ",", -1);
  g_autoptr(GStrvBuilder) keywords = g_strv_builder_new ();
  g_auto(GStrv) keyword_list = NULL;
  g_autoptr(WpDevice) prototype = wp_device_new (model);
  guint category = adw_combo_row_get_selected (self->category_row);

  wp_device_set_model (prototype, model);
  wp_device_set_name (prototype, name);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_strstrip (parts[i])[0] != '\0')
      g_strv_builder_add (keywords, parts[i]);
  keyword_list = g_strv_builder_end (keywords);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->ports_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (WP_IS_PORT_EDITOR (child))
      wp_device_add_port (prototype, wp_port_editor_get_port (WP_PORT_EDITOR (child)));
  return wp_device_template_new (prototype,
                                 category < g_strv_length (self->categories) ? self->categories[category] : "",
                                 (const char * const *) keyword_list,
                                 description[0] != '\0' ? description : NULL);
}

static void
show_error (WpDeviceEditor *self,
            const GError   *error)
{
  GtkWidget *field = GTK_WIDGET (self->ports_list);

  if (g_error_matches (error, WP_USER_CATALOGUE_ERROR, WP_USER_CATALOGUE_ERROR_NAME))
    field = GTK_WIDGET (self->name_row);
  else if (g_error_matches (error, WP_USER_CATALOGUE_ERROR, WP_USER_CATALOGUE_ERROR_MODEL))
    field = GTK_WIDGET (self->model_row);
  else if (g_error_matches (error, WP_USER_CATALOGUE_ERROR, WP_USER_CATALOGUE_ERROR_CATEGORY))
    field = GTK_WIDGET (self->category_row);
  gtk_widget_add_css_class (field, "error");
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
  gtk_widget_grab_focus (field);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  WpDeviceEditor *self = WP_DEVICE_EDITOR (widget);
  g_autoptr(WpDeviceTemplate) template = build_template (self);
  g_autoptr(WpDeviceTemplate) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = wp_user_catalogue_save (template, &error);
  if (saved == NULL)
    {
      show_error (self, error);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  wp_catalogue_add_or_replace (self->catalogue, saved);
  g_signal_emit (self, signals[SAVED], 0, saved);
  gtk_window_close (GTK_WINDOW (self));
}

static void
wp_device_editor_dispose (GObject *object)
{
  WpDeviceEditor *self = WP_DEVICE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_DEVICE_EDITOR);
  g_clear_object (&self->catalogue);
  g_clear_pointer (&self->categories, g_strfreev);

  G_OBJECT_CLASS (wp_device_editor_parent_class)->dispose (object);
}

static void
wp_device_editor_class_init (WpDeviceEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wp_device_editor_dispose;

  /* ::saved (template): the entry was written and put into the catalogue. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, WP_TYPE_DEVICE_TEMPLATE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/wireplan/Wireplan/ui/wp-device-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, WpDeviceEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, WpDeviceEditor, toasts);
  gtk_widget_class_bind_template_child (widget_class, WpDeviceEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, WpDeviceEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, WpDeviceEditor, model_row);
  gtk_widget_class_bind_template_child (widget_class, WpDeviceEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, WpDeviceEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, WpDeviceEditor, keywords_row);
  gtk_widget_class_bind_template_child (widget_class, WpDeviceEditor, ports_list);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_model_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_port);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
wp_device_editor_init (WpDeviceEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The catalogue's categories, with @current among them, shown by their names. */
static void
fill_categories (WpDeviceEditor *self,
                 const char     *current)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_auto(GStrv) known = wp_catalogue_list_categories (self->catalogue);

  g_strv_builder_addv (ids, (const char **) known);
  if (!g_strv_contains ((const char * const *) known, current))
    g_strv_builder_add (ids, current);
  self->categories = g_strv_builder_end (ids);
  for (guint i = 0; self->categories[i] != NULL; i++)
    gtk_string_list_append (names, wp_catalogue_category_name (self->categories[i]));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (names));
  for (guint i = 0; self->categories[i] != NULL; i++)
    if (g_str_equal (self->categories[i], current))
      adw_combo_row_set_selected (self->category_row, i);
}

/* An editor for @template, or for a new device when @template is NULL. */
GtkWidget *
wp_device_editor_new (GtkWindow        *parent,
                      WpCatalogue      *catalogue,
                      WpDeviceTemplate *template)
{
  WpDeviceEditor *self;
  g_autofree char *keywords = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WP_IS_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (template == NULL || WP_IS_DEVICE_TEMPLATE (template), NULL);

  self = g_object_new (WP_TYPE_DEVICE_EDITOR, "transient-for", parent, NULL);
  self->catalogue = g_object_ref (catalogue);
  fill_categories (self, template != NULL ? wp_device_template_get_category (template) : "utilities");
  if (template == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Device"));
      adw_window_title_set_title (self->window_title, _("New Device"));
      return GTK_WIDGET (self);
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Device"));
  adw_window_title_set_title (self->window_title, _("Edit Device"));
  self->model_edited = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->model_row), wp_device_template_get_model (template));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), wp_device_template_get_name (template));
  if (wp_device_template_get_description (template) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->description_row), wp_device_template_get_description (template));
  keywords = g_strjoinv (", ", (char **) wp_device_template_get_keywords (template));
  gtk_editable_set_text (GTK_EDITABLE (self->keywords_row), keywords);
  for (guint i = 0; i < wp_device_template_get_n_ports (template); i++)
    append_port (self, wp_device_template_get_port (template, i));
  return GTK_WIDGET (self);
}

/* "Add to My Catalogue": an editor for a new user entry with the ports of @device. */
GtkWidget *
wp_device_editor_new_for_device (GtkWindow   *parent,
                                 WpCatalogue *catalogue,
                                 WpDevice    *device)
{
  g_autoptr(WpDeviceTemplate) template = NULL;
  GtkWidget *editor;

  g_return_val_if_fail (WP_IS_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);

  template = wp_user_catalogue_template_for_device (catalogue, device);
  editor = wp_device_editor_new (parent, catalogue, template);
  gtk_window_set_title (GTK_WINDOW (editor), _("Add to My Catalogue"));
  adw_window_title_set_title (WP_DEVICE_EDITOR (editor)->window_title, _("Add to My Catalogue"));
  return editor;
}
