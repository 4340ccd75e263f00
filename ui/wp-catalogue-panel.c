/* wp-catalogue-panel.c: the sidebar to find devices and add them to the plan
 *
 * A search entry and a category filter over the catalogue. The list shows
 * wp_catalogue_search()'s answer as it is (catalogue order for no words, best
 * match first otherwise), less the devices of other categories. The catalogue
 * is small (hundreds of entries), so each change of the query rebuilds the list;
 * a new catalogue goes in a few rows per frame (WpListFill), as a new window's
 * list would otherwise make and measure all of them in one go.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wp-catalogue-panel.h"
#include "wp-catalogue-row.h"
#include "wp-list-fill.h"

struct _WpCataloguePanel
{
  GtkWidget           parent_instance;

  GtkSearchEntry     *search_entry;
  GtkDropDown        *category_drop_down;
  GtkStringList      *category_names;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;

  WpCatalogue        *catalogue;
  GListStore         *results;     /* of WpDeviceTemplate: what the list shows */
  WpListFill         *fill;        /* while a new catalogue goes into it */
  GStrv               categories;  /* the ids behind the drop-down, after "All categories" */
  char               *query;       /* the text the results are for */
  guint               reload_source;
};

G_DEFINE_FINAL_TYPE (WpCataloguePanel, wp_catalogue_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOGUE,
  N_PROPS
};

enum {
  TEMPLATE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The category id chosen in the drop-down; NULL for all. */
static const char *
get_selected_category (WpCataloguePanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->category_drop_down);

  if (self->categories == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return self->categories[selected - 1];
}

static void
on_filled (gpointer data)
{
  WpCataloguePanel *self = data;

  g_clear_pointer (&self->fill, wp_list_fill_free);
}

/* Lists the devices the query and category find; with @gradually, a few per
 * main-loop turn. */
static void
refresh (WpCataloguePanel *self,
         gboolean          gradually)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *category = get_selected_category (self);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  g_free (self->query);
  self->query = g_strdup (text);
  if (self->catalogue != NULL)
    found = wp_catalogue_search (self->catalogue, text);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      WpDeviceTemplate *device_template = g_ptr_array_index (found, i);

      if (category == NULL || g_strcmp0 (wp_device_template_get_category (device_template), category) == 0)
        g_ptr_array_add (shown, device_template);
    }
  g_clear_pointer (&self->fill, wp_list_fill_free);
  if (gradually)
    self->fill = wp_list_fill_new (self->results, shown, on_filled, self);
  else
    g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                         shown->pdata, shown->len);
  gtk_stack_set_visible_child_name (self->stack,
                                    shown->len > 0 || self->catalogue == NULL ? "list" : "empty");
  if (shown->len > 0)
    {
      /* The best match selected and in view, where Down in the entry leads. */
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
    }
}

static void
on_category_selected (WpCataloguePanel *self)
{
  refresh (self, FALSE);
}

/* Fills the drop-down with the catalogue's categories, keeping the chosen one. */
static void
update_categories (WpCataloguePanel *self)
{
  g_autofree char *chosen = g_strdup (get_selected_category (self));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint selected = 0;

  g_clear_pointer (&self->categories, g_strfreev);
  if (self->catalogue != NULL)
    self->categories = wp_catalogue_list_categories (self->catalogue);

  g_ptr_array_add (names, (gpointer) _("All categories"));
  for (guint i = 0; self->categories != NULL && self->categories[i] != NULL; i++)
    {
      g_ptr_array_add (names, (gpointer) wp_catalogue_category_name (self->categories[i]));
      if (g_strcmp0 (self->categories[i], chosen) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (names, NULL);

  g_signal_handlers_block_by_func (self->category_drop_down, on_category_selected, self);
  gtk_string_list_splice (self->category_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->category_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->category_drop_down, selected);
  g_signal_handlers_unblock_by_func (self->category_drop_down, on_category_selected, self);
}

/* With @gradually for a new catalogue: a new window's list fills over a few frames. */
static void
reload (WpCataloguePanel *self,
        gboolean          gradually)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  update_categories (self);
  refresh (self, gradually);
}

static gboolean
reload_idle (gpointer data)
{
  WpCataloguePanel *self = data;

  self->reload_source = 0;
  reload (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
on_catalogue_items_changed (WpCataloguePanel *self)
{
  /* Loading adds entries one by one: catch up once, when they are all in. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
on_search_changed (WpCataloguePanel *self)
{
  if (g_strcmp0 (self->query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    refresh (self, FALSE);
}

static void
emit_activated (WpCataloguePanel *self,
                guint             position)
{
  g_autoptr(WpDeviceTemplate) device_template = g_list_model_get_item (G_LIST_MODEL (self->results),
                                                                       position);

  if (device_template != NULL)
    g_signal_emit (self, signals[TEMPLATE_ACTIVATED], 0, device_template);
}

static void
on_search_activate (WpCataloguePanel *self)
{
  /* Enter may come before the entry's delayed ::search-changed. */
  on_search_changed (self);
  emit_activated (self, 0);
}

static void
on_stop_search (WpCataloguePanel *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_changed (self);
}

static gboolean
on_search_key_pressed (WpCataloguePanel *self,
                       guint             keyval,
                       guint             keycode,
                       GdkModifierType   state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;
  on_search_changed (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) == 0)
    return FALSE;
  /* GTK 4.8 cannot focus a given row: the list focuses the row it last had focus
   * on while that is still listed, else the first row in view. */
  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_list_activate (WpCataloguePanel *self,
                  guint             position)
{
  emit_activated (self, position);
}

static void
wp_catalogue_panel_dispose (GObject *object)
{
  WpCataloguePanel *self = WP_CATALOGUE_PANEL (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->fill, wp_list_fill_free);
  if (self->catalogue != NULL)
    g_signal_handlers_disconnect_by_data (self->catalogue, self);
  g_clear_object (&self->catalogue);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_CATALOGUE_PANEL);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (wp_catalogue_panel_parent_class)->dispose (object);
}

static void
wp_catalogue_panel_finalize (GObject *object)
{
  WpCataloguePanel *self = WP_CATALOGUE_PANEL (object);

  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (wp_catalogue_panel_parent_class)->finalize (object);
}

static void
wp_catalogue_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WpCataloguePanel *self = WP_CATALOGUE_PANEL (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      g_value_set_object (value, self->catalogue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_catalogue_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WpCataloguePanel *self = WP_CATALOGUE_PANEL (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      wp_catalogue_panel_set_catalogue (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_catalogue_panel_class_init (WpCataloguePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_catalogue_panel_dispose;
  object_class->finalize = wp_catalogue_panel_finalize;
  object_class->get_property = wp_catalogue_panel_get_property;
  object_class->set_property = wp_catalogue_panel_set_property;

  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, WP_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WpCataloguePanel::template-activated:
   * @device_template: the device the user chose
   *
   * Emitted on Enter or a double click on a row, and on Enter in the search
   * entry for the best match: the user wants this device on the plan.
   */
  signals[TEMPLATE_ACTIVATED] =
    g_signal_new ("template-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, WP_TYPE_DEVICE_TEMPLATE);

  g_type_ensure (WP_TYPE_CATALOGUE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/wireplan/Wireplan/ui/wp-catalogue-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, WpCataloguePanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WpCataloguePanel, category_drop_down);
  gtk_widget_class_bind_template_child (widget_class, WpCataloguePanel, category_names);
  gtk_widget_class_bind_template_child (widget_class, WpCataloguePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, WpCataloguePanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, WpCataloguePanel, selection);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_category_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
wp_catalogue_panel_init (WpCataloguePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = g_list_store_new (WP_TYPE_DEVICE_TEMPLATE);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->results));
  reload (self, FALSE);
}

GtkWidget *
wp_catalogue_panel_new (void)
{
  return g_object_new (WP_TYPE_CATALOGUE_PANEL, NULL);
}

WpCatalogue *
wp_catalogue_panel_get_catalogue (WpCataloguePanel *self)
{
  g_return_val_if_fail (WP_IS_CATALOGUE_PANEL (self), NULL);

  return self->catalogue;
}

/* Lists the devices of @catalogue (none when NULL), and follows its changes. */
void
wp_catalogue_panel_set_catalogue (WpCataloguePanel *self,
                                  WpCatalogue      *catalogue)
{
  g_return_if_fail (WP_IS_CATALOGUE_PANEL (self));
  g_return_if_fail (catalogue == NULL || WP_IS_CATALOGUE (catalogue));

  if (self->catalogue == catalogue)
    return;
  if (self->catalogue != NULL)
    g_signal_handlers_disconnect_by_data (self->catalogue, self);
  g_set_object (&self->catalogue, catalogue);
  if (catalogue != NULL)
    g_signal_connect_swapped (catalogue, "items-changed", G_CALLBACK (on_catalogue_items_changed), self);
  reload (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOGUE]);
}

/* Whether rows of a new catalogue are still being added to the list. */
gboolean
wp_catalogue_panel_is_filling (WpCataloguePanel *self)
{
  g_return_val_if_fail (WP_IS_CATALOGUE_PANEL (self), FALSE);

  return self->fill != NULL;
}

/* Puts the keyboard in the search entry, as Ctrl+K does. */
void
wp_catalogue_panel_focus_search (WpCataloguePanel *self)
{
  g_return_if_fail (WP_IS_CATALOGUE_PANEL (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
