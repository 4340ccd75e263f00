/* test-catalogue-panel.c: the catalogue sidebar: search, category filter,
 * keyboard, activation and dragging a device out. */
#include "config.h"

#include "wp-catalogue-panel.h"
#include "wp-catalogue-row.h"
#include "wp-ui-test-util.h"

/* Longer than GtkSearchEntry's delay before ::search-changed. */
#define SEARCH_WAIT_MS 400

typedef struct {
  WpCatalogue      *catalogue;
  GtkWindow        *window;
  WpCataloguePanel *panel;
  GtkEditable      *entry;
  GtkDropDown      *categories;
  GtkListView      *list;
  GtkStack         *stack;
  GPtrArray        *activated;  /* of WpDeviceTemplate, as ::template-activated told */
} Fixture;

static void
on_template_activated (WpCataloguePanel *panel,
                       WpDeviceTemplate *device_template,
                       Fixture          *fixture)
{
  g_ptr_array_add (fixture->activated, g_object_ref (device_template));
}

/* A child of the panel itself: the drop-down has an entry, a list and a stack inside. */
static GtkWidget *
panel_child (GtkWidget *panel,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (panel);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
      return child;
  g_error ("the panel has no %s", g_type_name (type));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *panel = wp_catalogue_panel_new ();

  fixture->catalogue = wp_catalogue_new ();
  g_assert_true (wp_catalogue_load_builtin (fixture->catalogue, &error));
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 320, 600);
  gtk_window_set_child (fixture->window, panel);
  fixture->panel = WP_CATALOGUE_PANEL (panel);
  wp_catalogue_panel_set_catalogue (fixture->panel, fixture->catalogue);
  fixture->entry = GTK_EDITABLE (panel_child (panel, GTK_TYPE_SEARCH_ENTRY));
  fixture->categories = GTK_DROP_DOWN (panel_child (panel, GTK_TYPE_DROP_DOWN));
  fixture->stack = GTK_STACK (panel_child (panel, GTK_TYPE_STACK));
  fixture->list = GTK_LIST_VIEW (wp_ui_test_find_widget (GTK_WIDGET (fixture->stack), GTK_TYPE_LIST_VIEW));
  fixture->activated = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (panel, "template-activated", G_CALLBACK (on_template_activated), fixture);
  gtk_window_present (fixture->window);
  /* A new catalogue goes into the list over a few frames. */
  g_assert_true (wp_catalogue_panel_is_filling (fixture->panel));
  while (wp_catalogue_panel_is_filling (fixture->panel))
    g_main_context_iteration (NULL, TRUE);
  wp_ui_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  wp_ui_test_iterate ();
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);
  g_clear_object (&fixture->catalogue);
}

static GListModel *
shown (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_list_view_get_model (fixture->list));
}

static WpDeviceTemplate *
shown_item (Fixture *fixture,
            guint    position)
{
  WpDeviceTemplate *device_template = g_list_model_get_item (shown (fixture), position);

  g_assert_nonnull (device_template);
  g_object_unref (device_template);  /* the list keeps it */
  return device_template;
}

static void
search (Fixture    *fixture,
        const char *text)
{
  gtk_editable_set_text (fixture->entry, text);
  wp_ui_test_wait (SEARCH_WAIT_MS);
}

static void
select_category (Fixture    *fixture,
                 const char *category)
{
  GListModel *names = gtk_drop_down_get_model (fixture->categories);
  const char *name = wp_catalogue_category_name (category);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (names, i);

      if (g_str_equal (gtk_string_object_get_string (item), name))
        {
          gtk_drop_down_set_selected (fixture->categories, i);
          wp_ui_test_iterate ();
          return;
        }
    }
  g_error ("no category “%s” in the drop-down", name);
}

static void
assert_all_in_category (Fixture    *fixture,
                        const char *category)
{
  for (guint i = 0; i < g_list_model_get_n_items (shown (fixture)); i++)
    g_assert_cmpstr (wp_device_template_get_category (shown_item (fixture, i)), ==, category);
}

/* With no words, every device, by category in signal-flow order (microphones
 * first) and by name within one; "All categories" first in the menu. */
static void
test_catalogue_order (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *catalogue = G_LIST_MODEL (fixture->catalogue);
  g_auto(GStrv) categories = wp_catalogue_list_categories (fixture->catalogue);
  GListModel *names = gtk_drop_down_get_model (fixture->categories);
  guint n = g_list_model_get_n_items (catalogue);
  guint rank = 0;

  g_assert_cmpuint (n, >, 50);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, n);
  g_assert_cmpstr (wp_device_template_get_category (shown_item (fixture, 0)), ==, "microphones");
  for (guint i = 1; i < n; i++)
    {
      WpDeviceTemplate *before = shown_item (fixture, i - 1);
      WpDeviceTemplate *item = shown_item (fixture, i);

      if (g_strcmp0 (wp_device_template_get_category (before),
                     wp_device_template_get_category (item)) == 0)
        {
          g_assert_cmpint (g_utf8_collate (wp_device_template_get_name (before),
                                           wp_device_template_get_name (item)), <=, 0);
          continue;
        }
      /* A new category: the next one in the signal-flow order. */
      while (categories[rank] != NULL
             && g_strcmp0 (categories[rank], wp_device_template_get_category (item)) != 0)
        rank++;
      g_assert_nonnull (categories[rank]);
    }
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, g_strv_length (categories) + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->categories), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->stack), ==, "list");
}

/* "vocal" puts a vocal microphone first, and the order is the search's rank. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) ranked = wp_catalogue_search (fixture->catalogue, "vocal");
  WpDeviceTemplate *first;
  g_autofree char *name = NULL;

  search (fixture, "vocal");
  first = shown_item (fixture, 0);
  name = g_utf8_strdown (wp_device_template_get_name (first), -1);
  g_assert_cmpstr (wp_device_template_get_category (first), ==, "microphones");
  g_assert_nonnull (strstr (name, "vocal"));

  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, ranked->len);
  g_assert_cmpuint (ranked->len, <, g_list_model_get_n_items (G_LIST_MODEL (fixture->catalogue)));
  for (guint i = 0; i < ranked->len; i++)
    g_assert_true (shown_item (fixture, i) == g_ptr_array_index (ranked, i));
}

/* The category narrows both the whole list and a search. */
static void
test_category (Fixture       *fixture,
               gconstpointer  data)
{
  guint all = g_list_model_get_n_items (shown (fixture));
  guint speakers, vocal;

  select_category (fixture, "loudspeakers");
  speakers = g_list_model_get_n_items (shown (fixture));
  g_assert_cmpuint (speakers, >, 0);
  g_assert_cmpuint (speakers, <, all);
  assert_all_in_category (fixture, "loudspeakers");

  search (fixture, "vocal");
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->stack), ==, "empty");

  select_category (fixture, "microphones");
  vocal = g_list_model_get_n_items (shown (fixture));
  g_assert_cmpuint (vocal, >, 0);
  assert_all_in_category (fixture, "microphones");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->stack), ==, "list");

  gtk_drop_down_set_selected (fixture->categories, 0);
  wp_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), >, vocal);
}

static void
test_no_match (Fixture       *fixture,
               gconstpointer  data)
{
  search (fixture, "zzqx");
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->stack), ==, "empty");

  search (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (fixture->catalogue)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->stack), ==, "list");
}

/* Enter in the entry adds the best match, even before the search has caught up. */
static void
test_enter_in_entry (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) ranked = wp_catalogue_search (fixture->catalogue, "vocal");

  gtk_editable_set_text (fixture->entry, "vocal");
  g_signal_emit_by_name (fixture->entry, "activate");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_true (g_ptr_array_index (fixture->activated, 0) == g_ptr_array_index (ranked, 0));

  /* Nothing to add when nothing matches. */
  gtk_editable_set_text (fixture->entry, "zzqx");
  g_signal_emit_by_name (fixture->entry, "activate");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
}

/* Enter (or a double click) on a row adds that row's device. */
static void
test_activate_row (Fixture       *fixture,
                   gconstpointer  data)
{
  search (fixture, "microphone");
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), >, 3);
  gtk_widget_activate_action (GTK_WIDGET (fixture->list), "list.activate-item", "u", 2);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_true (g_ptr_array_index (fixture->activated, 0) == shown_item (fixture, 2));
}

static GtkEventController *
find_controller (GtkWidget          *widget,
                 GType               type,
                 GtkPropagationPhase phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type)
          && gtk_event_controller_get_propagation_phase (controller) == phase)
        return controller;
    }
  g_error ("no %s on %s", g_type_name (type), G_OBJECT_TYPE_NAME (widget));
}

/* Down leaves the entry for the list; Escape empties the entry. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkEventController *keys = find_controller (GTK_WIDGET (fixture->entry),
                                              GTK_TYPE_EVENT_CONTROLLER_KEY, GTK_PHASE_CAPTURE);
  gboolean handled = FALSE;
  GtkWidget *focus;

  wp_catalogue_panel_focus_search (fixture->panel);
  focus = gtk_window_get_focus (fixture->window);
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (fixture->entry)));

  search (fixture, "vocal");
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Up, 0, 0, &handled);
  g_assert_false (handled);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
  g_assert_true (handled);
  wp_ui_test_iterate ();
  focus = gtk_window_get_focus (fixture->window);
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (fixture->list)));

  g_signal_emit_by_name (fixture->entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (fixture->entry), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (fixture->catalogue)));
}

/* Each row is a drag source whose content is its device template. */
static void
test_drag_source (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GdkContentProvider) content = NULL;
  g_autoptr(GdkContentFormats) formats = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  GtkEventController *source;
  WpCatalogueRow *row;

  search (fixture, "vocal");
  rows = wp_ui_test_find_all (GTK_WIDGET (fixture->list), WP_TYPE_CATALOGUE_ROW);
  g_assert_cmpuint (rows->len, >, 1);
  row = g_ptr_array_index (rows, 1);
  g_assert_nonnull (wp_catalogue_row_get_device_template (row));

  source = find_controller (GTK_WIDGET (row), GTK_TYPE_DRAG_SOURCE, GTK_PHASE_BUBBLE);
  g_assert_cmpint (gtk_drag_source_get_actions (GTK_DRAG_SOURCE (source)), ==, GDK_ACTION_COPY);
  g_signal_emit_by_name (source, "prepare", 4.0, 4.0, &content);
  g_assert_nonnull (content);

  formats = gdk_content_provider_ref_formats (content);
  g_assert_true (gdk_content_formats_contain_gtype (formats, WP_TYPE_DEVICE_TEMPLATE));
  g_value_init (&value, WP_TYPE_DEVICE_TEMPLATE);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  g_assert_true (g_value_get_object (&value) == wp_catalogue_row_get_device_template (row));
}

/* The tooltip has what the row has no room for. */
static void
test_tooltip (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = wp_ui_test_find_all (GTK_WIDGET (fixture->list), WP_TYPE_CATALOGUE_ROW);
  WpCatalogueRow *row;
  WpDeviceTemplate *device_template;
  const char *tooltip;

  g_assert_cmpuint (rows->len, >, 0);
  row = g_ptr_array_index (rows, 0);
  device_template = wp_catalogue_row_get_device_template (row);
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (row));
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, wp_device_template_get_description (device_template)));
  g_assert_nonnull (strstr (tooltip, wp_device_template_get_model (device_template)));
  g_assert_nonnull (strstr (tooltip, "port"));
}

/* Entries loaded later show up, and so do their categories. */
static void
test_catalogue_grows (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(WpCatalogue) empty = wp_catalogue_new ();
  g_autoptr(GError) error = NULL;

  wp_catalogue_panel_set_catalogue (fixture->panel, empty);
  g_assert_true (wp_catalogue_panel_get_catalogue (fixture->panel) == empty);
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (fixture->categories)), ==, 1);

  g_assert_true (wp_catalogue_load_builtin (empty, &error));
  wp_ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown (fixture)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (empty)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (fixture->categories)), >, 10);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/catalogue-panel/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("catalogue-order", test_catalogue_order);
  ADD ("search", test_search);
  ADD ("category", test_category);
  ADD ("no-match", test_no_match);
  ADD ("enter-in-entry", test_enter_in_entry);
  ADD ("activate-row", test_activate_row);
  ADD ("keyboard", test_keyboard);
  ADD ("drag-source", test_drag_source);
  ADD ("tooltip", test_tooltip);
  ADD ("catalogue-grows", test_catalogue_grows);
#undef ADD

  return g_test_run ();
}
