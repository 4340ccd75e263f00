/* test-limits.c: every limit of the readers (wp-reader.h) is enforced with a message
 * that names the limit and where it was passed, and a file just within it loads */
#include "config.h"

#include <string.h>

#include "wp-catalogue.h"
#include "wp-json.h"
#include "wp-plan-io.h"
#include "wp-test-util.h"

#define HEAD "{\"format\": \"wireplan\", \"version\": 1, "

/* @n copies of @item, comma-separated. */
static char *
repeat (const char *item,
        guint       n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, i > 0 ? ", %s" : "%s", item);
  return g_string_free (out, FALSE);
}

/* @n objects with the ids @prefix0, @prefix1, … */
static char *
repeat_ids (const char *prefix,
            guint       n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s{\"id\": \"%s%u\"}", i > 0 ? ", " : "", prefix, i);
  return g_string_free (out, FALSE);
}

static void
assert_refused (const char *text,
                const char *first,
                ...) G_GNUC_NULL_TERMINATED;

/* Loading @text fails with every one of the NULL-terminated parts in its message. */
static void
assert_refused (const char *text,
                const char *first,
                ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (text, &error);
  va_list args;

  g_assert_null (plan);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    if (strstr (error->message, part) == NULL)
      g_error ("“%s” not in “%s”", part, error->message);
  va_end (args);
}

static void
test_zones (void)
{
  g_autofree char *within = repeat_ids ("z", WP_READ_MAX_ZONES);
  g_autofree char *over = repeat ("{}", WP_READ_MAX_ZONES + 1);
  g_autofree char *good = g_strconcat (HEAD "\"zones\": [", within, "]}", NULL);
  g_autofree char *bad = g_strconcat (HEAD "\n\"zones\": [", over, "]}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (good, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (wp_plan_get_n_zones (plan), ==, WP_READ_MAX_ZONES);
  assert_refused (bad, "test.wireplan:2:10", "$.zones", "10001 items; at most 10000", NULL);
}

static void
test_devices_and_cables (void)
{
  g_autofree char *devices = repeat ("{}", WP_READ_MAX_DEVICES + 1);
  g_autofree char *cables = repeat ("{}", WP_READ_MAX_CABLES + 1);
  g_autofree char *too_many_devices = g_strconcat (HEAD "\"devices\": [", devices, "]}", NULL);
  g_autofree char *too_many_cables = g_strconcat (HEAD "\"cables\": [", cables, "]}", NULL);

  assert_refused (too_many_devices, "$.devices", "100001 items; at most 100000", NULL);
  assert_refused (too_many_cables, "$.cables", "200001 items; at most 200000", NULL);
}

static void
test_ports (void)
{
  g_autofree char *within = repeat_ids ("p", WP_READ_MAX_PORTS);
  g_autofree char *over = repeat_ids ("p", WP_READ_MAX_PORTS + 1);
  g_autofree char *good = g_strconcat (HEAD "\"devices\": [{\"id\": \"d\", \"ports\": [", within, "]}]}", NULL);
  g_autofree char *bad = g_strconcat (HEAD "\"devices\": [{\"id\": \"d\", \"ports\": [", over, "]}]}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (good, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (wp_device_get_n_ports (wp_plan_get_device (plan, 0)), ==, WP_READ_MAX_PORTS);
  assert_refused (bad, "$.devices[0].ports", "4097 items; at most 4096", NULL);
}

static void
test_strings (void)
{
  g_autofree char *within = g_strnfill (WP_READ_MAX_STRING, 'a');
  g_autofree char *over = g_strnfill (WP_READ_MAX_STRING + 1, 'a');
  g_autofree char *good = g_strconcat (HEAD "\"devices\": [{\"id\": \"d\", \"notes\": \"", within, "\"}]}", NULL);
  g_autofree char *bad_notes = g_strconcat (HEAD "\"devices\": [{\"id\": \"d\",\n \"notes\": \"", over, "\"}]}", NULL);
  g_autofree char *bad_port = g_strconcat (HEAD "\"devices\": [{\"id\": \"d\", \"ports\": [{\"id\": \"p\", \"name\": \"",
                                           over, "\"}]}]}", NULL);
  g_autofree char *bad_id = g_strconcat (HEAD "\"zones\": [{\"id\": \"", over, "\"}]}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (good, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (wp_device_get_notes (wp_plan_get_device (plan, 0))), ==, WP_READ_MAX_STRING);
  assert_refused (bad_notes, "test.wireplan:2:11", "$.devices[0].notes", "65537 bytes long; at most 65536", NULL);
  assert_refused (bad_port, "$.devices[0].ports[0].name", "65537 bytes", NULL);
  assert_refused (bad_id, "$.zones[0].id", "65537 bytes", NULL);
}

static void
test_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (HEAD "\"devices\": [{\"id\": \"d\", \"x\": -1e9, \"y\": 1e9}]}", &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (wp_device_get_x (wp_plan_get_device (plan, 0)), ==, -1e9);
  assert_refused (HEAD "\"devices\": [{\"id\": \"d\", \"x\": -1.5e9}]}",
                  "$.devices[0].x", "too large (at most 1e+09 either way)", NULL);
  assert_refused (HEAD "\"zones\": [{\"id\": \"z\", \"w\": 1e300}]}", "$.zones[0].w", "too large", NULL);
  assert_refused (HEAD "\"devices\": [{\"id\": \"d\", \"ports\": [{\"id\": \"p\", \"impedance_ohm\": 2e9}]}]}",
                  "$.devices[0].ports[0].impedance_ohm", "too large", NULL);
  assert_refused (HEAD "\"devices\": [{\"id\": \"d\", \"ports\": [{\"id\": \"p\", \"impedance_ohm\": -0.5}]}]}",
                  "$.devices[0].ports[0].impedance_ohm", "must not be negative", NULL);
}

static void
test_depth (void)
{
  g_autofree char *open = g_strnfill (WP_JSON_MAX_DEPTH, '[');
  g_autofree char *close = g_strnfill (WP_JSON_MAX_DEPTH, ']');
  /* The root object is one level, so this array nesting is one too many. */
  g_autofree char *bad = g_strconcat (HEAD "\"x\": ", open, close, "}", NULL);
  g_autofree char *good = g_strconcat (HEAD "\"x\": ", open + 1, close + 1, "}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (good, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  assert_refused (bad, "test.wireplan:1:", "at most 64 levels", NULL);
}

static void
test_catalogue_entries (void)
{
  g_autofree char *entries = repeat ("{}", WP_READ_MAX_DEVICES + 1);
  g_autofree char *text = g_strconcat ("{\"format\": \"wireplan-devices\", \"version\": 1, \"devices\": [",
                                       entries, "]}", NULL);
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (wp_catalogue_load_data (catalogue, text, strlen (text), "mine.json", TRUE, &error));
  g_assert_error (error, WP_READ_ERROR, WP_READ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "mine.json:1:"));
  g_assert_nonnull (strstr (error->message, "$.devices: 100001 items; at most 100000"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/limits/zones", test_zones);
  g_test_add_func ("/limits/devices-and-cables", test_devices_and_cables);
  g_test_add_func ("/limits/ports", test_ports);
  g_test_add_func ("/limits/strings", test_strings);
  g_test_add_func ("/limits/numbers", test_numbers);
  g_test_add_func ("/limits/depth", test_depth);
  g_test_add_func ("/limits/catalogue-entries", test_catalogue_entries);
  return g_test_run ();
}
