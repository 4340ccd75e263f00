/* test-user-catalogue.c: user entries are written as catalogue files, read back
 * the same, refused for what the reader refuses, and made from plan devices */
#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "wp-plan-io.h"
#include "wp-test-util.h"
#include "wp-user-catalogue.h"

static char *data_home;

static WpPort *
make_port (const char  *id,
           WpDirection  direction,
           WpConnector  connector,
           double       impedance)
{
  WpPort *port = wp_port_new (id);

  port->name = g_strdup (id);
  port->direction = direction;
  port->signal = WP_SIGNAL_ANALOG;
  port->connector = connector;
  port->impedance_ohm = impedance;
  port->phantom_on = WP_FLAG_YES;
  return port;
}

static WpDeviceTemplate *
make_template (const char *name,
               guint       n_ports)
{
  g_autoptr(WpDevice) prototype = wp_device_new ("user.test-box");
  const char *keywords[] = { "box", "test", NULL };

  wp_device_set_model (prototype, "user.test-box");
  wp_device_set_name (prototype, name);
  if (n_ports > 0)
    wp_device_add_port (prototype, make_port ("in", WP_DIRECTION_IN, WP_CONNECTOR_XLR3, 2400));
  if (n_ports > 1)
    {
      WpPort *thru = make_port ("thru", WP_DIRECTION_OUT, WP_CONNECTOR_XLR3, NAN);

      thru->link_of = g_strdup ("in");
      wp_device_add_port (prototype, thru);
    }
  return wp_device_template_new (prototype, "splitters", keywords, "A test box.");
}

static void
assert_same_template (WpDeviceTemplate *a,
                      WpDeviceTemplate *b)
{
  g_assert_cmpstr (wp_device_template_get_model (a), ==, wp_device_template_get_model (b));
  g_assert_cmpstr (wp_device_template_get_name (a), ==, wp_device_template_get_name (b));
  g_assert_cmpstr (wp_device_template_get_category (a), ==, wp_device_template_get_category (b));
  g_assert_cmpstr (wp_device_template_get_description (a), ==, wp_device_template_get_description (b));
  g_assert_true (g_strv_equal ((const char * const *) wp_device_template_get_keywords (a),
                               (const char * const *) wp_device_template_get_keywords (b)));
  g_assert_cmpuint (wp_device_template_get_n_ports (a), ==, wp_device_template_get_n_ports (b));
  for (guint i = 0; i < wp_device_template_get_n_ports (a); i++)
    g_assert_true (wp_port_equal (wp_device_template_get_port (a, i), wp_device_template_get_port (b, i)));
}

static void
test_save_and_read_back (void)
{
  g_autoptr(WpDeviceTemplate) template = make_template ("Test box", 2);
  g_autoptr(WpDeviceTemplate) saved = NULL;
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *filename = wp_user_catalogue_get_filename ("user.test-box");
  g_autofree char *expected = g_build_filename (data_home, "wireplan", "devices", "user.test-box.json", NULL);
  WpDeviceTemplate *loaded;

  g_assert_cmpstr (filename, ==, expected);
  saved = wp_user_catalogue_save (template, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_true (wp_device_template_is_user (saved));
  g_assert_true (g_file_test (filename, G_FILE_TEST_IS_REGULAR));

  g_assert_true (wp_catalogue_load_file (catalogue, filename, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 1);
  loaded = wp_catalogue_find (catalogue, "user.test-box");
  g_assert_nonnull (loaded);
  assert_same_template (template, loaded);
  assert_same_template (saved, loaded);
  g_assert_cmpstr (wp_device_template_get_port (loaded, 1)->link_of, ==, "in");
  g_assert_cmpfloat (wp_device_template_get_port (loaded, 0)->impedance_ohm, ==, 2400);
  g_assert_true (isnan (wp_device_template_get_port (loaded, 1)->impedance_ohm));
  g_unlink (filename);
}

static void
assert_refused (WpDeviceTemplate     *template,
                WpUserCatalogueError  code,
                const char           *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDeviceTemplate) saved = wp_user_catalogue_save (template, &error);
  g_autofree char *filename = wp_user_catalogue_get_filename (wp_device_template_get_model (template));

  g_assert_null (saved);
  g_assert_error (error, WP_USER_CATALOGUE_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_false (g_file_test (filename, G_FILE_TEST_EXISTS));
}

static void
test_refused (void)
{
  g_autoptr(WpDeviceTemplate) no_name = make_template ("  ", 1);
  g_autoptr(WpDeviceTemplate) no_ports = make_template ("Box", 0);
  g_autoptr(WpDevice) duplicate = wp_device_new ("user.test-box");
  g_autoptr(WpDevice) bad_link = wp_device_new ("user.test-box");
  g_autoptr(WpDeviceTemplate) duplicate_template = NULL;
  g_autoptr(WpDeviceTemplate) bad_link_template = NULL;
  WpPort *port;

  assert_refused (no_name, WP_USER_CATALOGUE_ERROR_NAME, "name");
  assert_refused (no_ports, WP_USER_CATALOGUE_ERROR_PORTS, "port");

  wp_device_set_model (duplicate, "user.test-box");
  wp_device_set_name (duplicate, "Box");
  wp_device_add_port (duplicate, make_port ("a", WP_DIRECTION_IN, WP_CONNECTOR_XLR3, NAN));
  wp_device_add_port (duplicate, make_port ("a", WP_DIRECTION_OUT, WP_CONNECTOR_XLR3, NAN));
  duplicate_template = wp_device_template_new (duplicate, "splitters", NULL, NULL);
  assert_refused (duplicate_template, WP_USER_CATALOGUE_ERROR_PORTS, "duplicate port id");

  wp_device_set_model (bad_link, "user.test-box");
  wp_device_set_name (bad_link, "Box");
  port = make_port ("a", WP_DIRECTION_IN, WP_CONNECTOR_XLR3, NAN);
  port->link_of = g_strdup ("nowhere");
  wp_device_add_port (bad_link, port);
  bad_link_template = wp_device_template_new (bad_link, "splitters", NULL, NULL);
  assert_refused (bad_link_template, WP_USER_CATALOGUE_ERROR_PORTS, "nowhere");
}

static void
test_model_for_name (void)
{
  g_autofree char *a = wp_user_catalogue_model_for_name ("Bob’s Mixer 2000!");
  g_autofree char *b = wp_user_catalogue_model_for_name ("");
  g_autofree char *file = wp_user_catalogue_get_filename ("../a b");

  g_assert_cmpstr (a, ==, "user.bob-s-mixer-2000");
  g_assert_cmpstr (b, ==, "user.device");
  g_assert_true (g_str_has_suffix (file, G_DIR_SEPARATOR_S "devices" G_DIR_SEPARATOR_S "a-b.json"));
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *count)
{
  (*count)++;
}

/* A plan device becomes a user entry with its ports and model id, which after a
 * restart replaces the built-in entry of that id. */
static void
test_from_plan_device (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(WpCatalogue) restarted = wp_catalogue_new ();
  g_autoptr(WpDeviceTemplate) template = NULL;
  g_autoptr(WpDeviceTemplate) saved = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *filename = NULL;
  WpDevice *device = wp_plan_get_device (plan, 0);
  WpDeviceTemplate *builtin, *found;
  guint n_items, changes = 0;

  g_assert_true (wp_catalogue_load_builtin (catalogue, &error));
  builtin = wp_catalogue_find (catalogue, wp_device_get_model (device));
  g_assert_nonnull (builtin);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  template = wp_user_catalogue_template_for_device (catalogue, device);
  g_assert_cmpstr (wp_device_template_get_model (template), ==, wp_device_get_model (device));
  g_assert_cmpstr (wp_device_template_get_category (template), ==, wp_device_template_get_category (builtin));
  g_assert_cmpuint (wp_device_template_get_n_ports (template), ==, wp_device_get_n_ports (device));
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    g_assert_true (wp_port_equal (wp_device_template_get_port (template, i), wp_device_get_port (device, i)));

  saved = wp_user_catalogue_save (template, &error);
  g_assert_no_error (error);
  g_signal_connect (catalogue, "items-changed", G_CALLBACK (count_changes), &changes);
  wp_catalogue_add_or_replace (catalogue, saved);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, n_items);
  g_assert_true (wp_catalogue_find (catalogue, wp_device_get_model (device)) == saved);

  problems = wp_catalogue_load_default (restarted);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (restarted)), ==, n_items);
  found = wp_catalogue_find (restarted, wp_device_get_model (device));
  g_assert_true (wp_device_template_is_user (found));
  assert_same_template (template, found);

  filename = wp_user_catalogue_get_filename (wp_device_get_model (device));
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
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/user-catalogue/save-and-read-back", test_save_and_read_back);
  g_test_add_func ("/user-catalogue/refused", test_refused);
  g_test_add_func ("/user-catalogue/model-for-name", test_model_for_name);
  g_test_add_func ("/user-catalogue/from-plan-device", test_from_plan_device);
  status = g_test_run ();
  wp_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
