/* test-keyboard.c: a plan edited with the keyboard alone
 *
 * Every step is a key pressed on the focused widget, through its controllers and
 * key bindings (wp_ui_test_press_key): no pointer event anywhere.
 */
#include "config.h"

#include "wp-canvas-private.h"
#include "wp-catalogue-panel.h"
#include "wp-connect-dialog.h"
#include "wp-ui-test-util.h"
#include "wp-window.h"

typedef struct {
  WpCatalogue *catalogue;
  WpWindow    *window;
  WpCanvas    *canvas;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->catalogue = wp_catalogue_new ();
  g_assert_true (wp_catalogue_load_builtin (fixture->catalogue, &error));
  fixture->window = wp_window_new (NULL, fixture->catalogue);
  fixture->canvas = WP_CANVAS (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                              WP_TYPE_WINDOW, "canvas"));
  wp_ui_test_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  wp_ui_test_iterate ();
  g_clear_object (&fixture->catalogue);
}

static WpPlan *
plan_of (Fixture *fixture)
{
  return wp_document_get_plan (wp_window_get_document (fixture->window));
}

/* Types @text into the catalogue's search and presses Enter in it. */
static void
place_from_catalogue (Fixture    *fixture,
                      const char *text)
{
  WpCataloguePanel *panel = (WpCataloguePanel *) gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                                WP_TYPE_WINDOW, "catalogue_panel");
  GtkWidget *entry = wp_ui_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *focus;

  wp_catalogue_panel_focus_search (panel);
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  wp_ui_test_wait (200);   /* the search is debounced */
  g_assert_true (wp_ui_test_press_key (focus, GDK_KEY_Return, 0));
}

static WpConnectDialog *
find_connect_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (WP_IS_CONNECT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return WP_CONNECT_DIALOG (window);
    }
  return NULL;
}

static guint
first_port (WpDevice    *device,
            WpDirection  direction)
{
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    if (wp_device_get_port (device, i)->direction == direction)
      return i;
  g_error ("%s has no port of direction %d", wp_device_get_display_name (device), direction);
}

static void
test_place_connect_delete (Fixture       *fixture,
                           gconstpointer  data)
{
  WpPlan *plan = plan_of (fixture);
  WpSelection *selection = wp_document_get_selection (wp_window_get_document (fixture->window));
  GtkWidget *canvas = GTK_WIDGET (fixture->canvas);
  WpConnectDialog *dialog;
  GtkWidget *connect_button;
  WpDevice *mic, *desk;
  g_autofree char *description = NULL;

  g_assert_cmpuint (wp_plan_get_n_devices (plan), ==, 0);
  place_from_catalogue (fixture, "dynamic vocal");
  place_from_catalogue (fixture, "analog mixer");
  g_assert_cmpuint (wp_plan_get_n_devices (plan), ==, 2);
  mic = wp_plan_get_device (plan, 0);
  desk = wp_plan_get_device (plan, 1);

  /* Tab walks the devices in plan order and then leaves the canvas. */
  gtk_widget_grab_focus (canvas);
  wp_selection_clear (selection);
  g_assert_true (wp_ui_test_press_key (canvas, GDK_KEY_Tab, 0));
  g_assert_true (wp_selection_has_device (selection, mic));
  g_assert_true (wp_ui_test_press_key (canvas, GDK_KEY_Tab, 0));
  g_assert_true (wp_selection_has_device (selection, desk));
  g_assert_cmpuint (wp_selection_get_n_devices (selection), ==, 1);
  g_assert_true (wp_ui_test_press_key (canvas, GDK_KEY_Tab, GDK_SHIFT_MASK));
  g_assert_true (wp_selection_has_device (selection, mic));

  /* The canvas tells assistive technology which device it is on. */
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (canvas),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  /* Ctrl+L: the Connect dialog, source on the selected device. */
  g_assert_true (wp_ui_test_press_key (canvas, GDK_KEY_l, GDK_CONTROL_MASK));
  dialog = find_connect_dialog ();
  g_assert_nonnull (dialog);
  wp_connect_dialog_select_port (dialog, FALSE, mic, first_port (mic, WP_DIRECTION_OUT));
  wp_connect_dialog_select_port (dialog, TRUE, desk, first_port (desk, WP_DIRECTION_IN));
  g_assert_cmpstr (wp_connect_dialog_get_verdict (dialog), !=, "");
  connect_button = gtk_window_get_default_widget (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_sensitive (connect_button));
  g_assert_true (wp_ui_test_press_key (connect_button, GDK_KEY_Return, 0));
  wp_ui_test_wait (400);   /* a button activated from the keyboard clicks after its press shows */
  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, 1);
  g_assert_null (find_connect_dialog ());

  g_assert_true (wp_selection_has_cable (selection, wp_plan_get_cable (plan, 0)));

  /* Delete removes the selected cable; the devices stay. */
  gtk_widget_grab_focus (canvas);
  g_assert_true (wp_ui_test_press_key (canvas, GDK_KEY_Delete, 0));
  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, 0);
  g_assert_cmpuint (wp_plan_get_n_devices (plan), ==, 2);
}

/* The dialog says when both ends are the same port, and will not connect it. */
static void
test_connect_same_port (Fixture       *fixture,
                        gconstpointer  data)
{
  WpPlan *plan = plan_of (fixture);
  WpConnectDialog *dialog;
  WpDevice *mic;

  place_from_catalogue (fixture, "dynamic vocal");
  mic = wp_plan_get_device (plan, 0);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->canvas));
  g_assert_true (wp_ui_test_press_key (GTK_WIDGET (fixture->canvas), GDK_KEY_l, GDK_CONTROL_MASK));
  dialog = find_connect_dialog ();
  g_assert_nonnull (dialog);
  wp_connect_dialog_select_port (dialog, FALSE, mic, 0);
  wp_connect_dialog_select_port (dialog, TRUE, mic, 0);
  g_assert_false (gtk_widget_get_sensitive (gtk_window_get_default_widget (GTK_WINDOW (dialog))));
  g_assert_true (wp_ui_test_press_key (GTK_WIDGET (dialog), GDK_KEY_Escape, 0));
  wp_ui_test_iterate ();
  g_assert_null (find_connect_dialog ());
  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);
#define add(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  add ("/keyboard/place-connect-delete", test_place_connect_delete);
  add ("/keyboard/connect-same-port", test_connect_same_port);
#undef add
  return g_test_run ();
}
