/* test-device-editor.c: the device editor through its own widgets: a new device
 * saved to the user's folder and found again after a restart, a device without
 * a name refused, and a plan device added to the user's catalogue with its ports */
#include "config.h"

#include <glib/gstdio.h>

#include "wp-device-editor.h"
#include "wp-port-editor.h"
#include "wp-user-catalogue.h"
#include "wp-ui-test-util.h"

static char *data_home;

static void
on_saved (WpDeviceEditor    *editor,
          WpDeviceTemplate  *template,
          WpDeviceTemplate **saved)
{
  g_set_object (saved, template);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = wp_ui_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button “%s”", label);
}

/* What a click does: GtkButton's ::activate clicks only after a visual delay. */
static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  g_autoptr(GPtrArray) rows = wp_ui_test_find_all (root, ADW_TYPE_PREFERENCES_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_error ("no row “%s”", title);
}

static GPtrArray *
port_editors (GtkWidget *editor)
{
  return wp_ui_test_find_all (editor, WP_TYPE_PORT_EDITOR);
}

static void
set_enum (WpPortEditor *port,
          const char   *key,
          int           value)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (wp_port_editor_get_field (port, key)), value);
}

/* Checks "known" beside a number field and types @value into it. */
static void
set_number (WpPortEditor *port,
            const char   *key,
            double        value)
{
  GtkWidget *spin = wp_port_editor_get_field (port, key);
  GtkWidget *row = gtk_widget_get_ancestor (spin, ADW_TYPE_ACTION_ROW);

  g_assert_false (gtk_widget_get_sensitive (spin));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (wp_ui_test_find_widget (row, GTK_TYPE_CHECK_BUTTON)), TRUE);
  g_assert_true (gtk_widget_get_sensitive (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
}

static void
test_new_device (void)
{
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(WpCatalogue) restarted = wp_catalogue_new ();
  g_autoptr(GPtrArray) problems = wp_catalogue_load_default (catalogue);
  g_autoptr(GPtrArray) restart_problems = NULL;
  g_autoptr(WpDeviceTemplate) saved = NULL;
  g_autoptr(GPtrArray) ports = NULL;
  g_autofree char *filename = wp_user_catalogue_get_filename ("user.my-stage-box");
  GtkWidget *editor = wp_device_editor_new (NULL, catalogue, NULL);
  WpDeviceTemplate *found;
  const WpPort *port;

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
  wp_ui_test_present (GTK_WINDOW (editor));

  gtk_editable_set_text (GTK_EDITABLE (find_row (editor, "Name")), "My Stage Box");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (editor, "Model id"))), ==, "user.my-stage-box");
  gtk_editable_set_text (GTK_EDITABLE (find_row (editor, "Keywords (comma separated)")), "box, stage ,");
  click (find_button (editor, "_Add Port"));
  click (find_button (editor, "_Add Port"));
  wp_ui_test_iterate ();
  ports = port_editors (editor);
  g_assert_cmpuint (ports->len, ==, 2);

  gtk_editable_set_text (GTK_EDITABLE (wp_port_editor_get_field (ports->pdata[0], "id")), "in1");
  /* A name is text, never markup: "&" and "<" show as typed. */
  gtk_editable_set_text (GTK_EDITABLE (wp_port_editor_get_field (ports->pdata[0], "name")), "In 1 & 2 <L>");
  wp_ui_test_iterate ();
  g_assert_cmpstr (gtk_label_get_text (wp_ui_test_find_label (ports->pdata[0], "title")), ==,
                   "In 1 & 2 <L>");
  set_enum (ports->pdata[0], "direction", WP_DIRECTION_IN);
  set_enum (ports->pdata[0], "signal", WP_SIGNAL_ANALOG);
  set_enum (ports->pdata[0], "connector", WP_CONNECTOR_XLR3);
  set_number (ports->pdata[0], "impedance_ohm", 2400);
  set_enum (ports->pdata[1], "direction", WP_DIRECTION_OUT);
  set_enum (ports->pdata[1], "connector", WP_CONNECTOR_TRS_6_35);
  click (find_button (editor, "_Save"));
  wp_ui_test_iterate ();

  g_assert_nonnull (saved);
  g_assert_true (g_file_test (filename, G_FILE_TEST_IS_REGULAR));
  g_assert_true (wp_catalogue_find (catalogue, "user.my-stage-box") == saved);

  restart_problems = wp_catalogue_load_default (restarted);
  g_assert_cmpuint (restart_problems->len, ==, 0);
  found = wp_catalogue_find (restarted, "user.my-stage-box");
  g_assert_nonnull (found);
  g_assert_true (wp_device_template_is_user (found));
  g_assert_cmpstr (wp_device_template_get_name (found), ==, "My Stage Box");
  g_assert_cmpstr (wp_device_template_get_category (found), ==, "utilities");
  g_assert_cmpstr (wp_device_template_get_keywords (found)[1], ==, "stage");
  g_assert_null (wp_device_template_get_keywords (found)[2]);
  g_assert_cmpuint (wp_device_template_get_n_ports (found), ==, 2);
  port = wp_device_template_get_port (found, 0);
  g_assert_cmpstr (port->id, ==, "in1");
  g_assert_cmpstr (port->name, ==, "In 1 & 2 <L>");
  g_assert_cmpint (port->direction, ==, WP_DIRECTION_IN);
  g_assert_cmpint (port->signal, ==, WP_SIGNAL_ANALOG);
  g_assert_cmpint (port->connector, ==, WP_CONNECTOR_XLR3);
  g_assert_cmpfloat (port->impedance_ohm, ==, 2400);
  g_assert_cmpint (port->phantom_on, ==, WP_FLAG_UNSET);
  port = wp_device_template_get_port (found, 1);
  g_assert_cmpstr (port->id, ==, "p2");
  g_assert_cmpint (port->direction, ==, WP_DIRECTION_OUT);
  g_assert_cmpint (port->connector, ==, WP_CONNECTOR_TRS_6_35);
  g_assert_true (isnan (port->impedance_ohm));
  g_unlink (filename);
}

static void
test_no_name_refused (void)
{
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(WpDeviceTemplate) saved = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  GtkWidget *editor = wp_device_editor_new (NULL, catalogue, NULL);
  g_autofree char *filename = wp_user_catalogue_get_filename ("user.device");
  GtkLabel *message = NULL;

  g_assert_true (wp_catalogue_load_builtin (catalogue, NULL));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
  wp_ui_test_present (GTK_WINDOW (editor));
  click (find_button (editor, "_Add Port"));
  click (find_button (editor, "_Save"));
  wp_ui_test_iterate ();

  g_assert_null (saved);
  g_assert_true (gtk_widget_get_visible (editor));
  labels = wp_ui_test_find_all (editor, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "error") && gtk_widget_get_visible (labels->pdata[i]))
      message = labels->pdata[i];
  g_assert_nonnull (message);
  g_assert_cmpstr (gtk_label_get_text (message), ==, "The device needs a name.");
  g_assert_true (gtk_widget_has_css_class (find_row (editor, "Name"), "error"));
  g_assert_null (wp_catalogue_find (catalogue, "user.device"));
  g_assert_false (g_file_test (filename, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_add_plan_device (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(WpDeviceTemplate) saved = NULL;
  g_autoptr(GPtrArray) ports = NULL;
  g_autofree char *filename = NULL;
  WpDevice *device = NULL;
  GtkWidget *editor;

  g_assert_true (wp_catalogue_load_builtin (catalogue, NULL));
  /* The first device with more than one port: their order must survive. */
  for (guint i = 0; device == NULL && i < wp_plan_get_n_devices (plan); i++)
    if (wp_device_get_n_ports (wp_plan_get_device (plan, i)) > 2)
      device = wp_plan_get_device (plan, i);
  g_assert_nonnull (device);

  editor = wp_device_editor_new_for_device (NULL, catalogue, device);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
  wp_ui_test_present (GTK_WINDOW (editor));
  ports = port_editors (editor);
  g_assert_cmpuint (ports->len, ==, wp_device_get_n_ports (device));
  click (find_button (editor, "_Save"));
  wp_ui_test_iterate ();

  g_assert_nonnull (saved);
  g_assert_cmpstr (wp_device_template_get_model (saved), ==, wp_device_get_model (device));
  g_assert_cmpuint (wp_device_template_get_n_ports (saved), ==, wp_device_get_n_ports (device));
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    g_assert_true (wp_port_equal (wp_device_template_get_port (saved, i), wp_device_get_port (device, i)));
  g_assert_true (wp_catalogue_find (catalogue, wp_device_get_model (device)) == saved);
  filename = wp_user_catalogue_get_filename (wp_device_get_model (device));
  g_assert_true (g_file_test (filename, G_FILE_TEST_IS_REGULAR));
  g_unlink (filename);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the user data folder, which it caches. */
  data_home = wp_test_make_temp_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  wp_ui_test_init (&argc, &argv);

  g_test_add_func ("/device-editor/new-device", test_new_device);
  g_test_add_func ("/device-editor/no-name-refused", test_no_name_refused);
  g_test_add_func ("/device-editor/add-plan-device", test_add_plan_device);
  status = g_test_run ();
  wp_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
