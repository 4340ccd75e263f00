/* test-plan-io.c: every refusal case of FORMAT.md, the round trip, canonical output */
#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "wp-json.h"
#include "wp-plan-io.h"
#include "wp-test-util.h"

#define HEAD "{\"format\": \"wireplan\", \"version\": 1, "
#define MIC "{\"id\": \"d1\", \"ports\": [{\"id\": \"out\", \"direction\": \"out\"}]}"
#define DESK "{\"id\": \"d2\", \"ports\": [{\"id\": \"in1\", \"direction\": \"in\"}]}"
#define DEVICES "\"devices\": [" MIC ", " DESK "]"
#define CABLE(extra) "{\"id\": \"c1\", \"from\": {\"device\": \"d1\", \"port\": \"out\"}, " \
                     "\"to\": {\"device\": \"d2\", \"port\": \"in1\"}" extra "}"

typedef struct {
  const char  *name;
  const char  *text;
  WpReadError  code;
  const char  *expected[3];   /* parts of the message: path, line, words */
} RefusalCase;

static const RefusalCase refusals[] = {
  { "not-json", "{\"format\": \"wireplan\",\n \"version\": 1,,}", WP_READ_ERROR_SYNTAX,
    { "test.wireplan:2:15", "not valid JSON" } },
  { "nan", HEAD "\"devices\": [{\"id\": \"d1\", \"x\": NaN}]}", WP_READ_ERROR_SYNTAX,
    { "test.wireplan:1:", "not valid JSON" } },
  { "single-quotes", "{'format': 'wireplan'}", WP_READ_ERROR_SYNTAX, { "not valid JSON" } },
  { "trailing-text", HEAD "\"devices\": []} extra", WP_READ_ERROR_SYNTAX, { "after the end" } },
  { "bad-utf8", HEAD "\"meta\": {\"title\": \"caf\xe9\"}}", WP_READ_ERROR_SYNTAX, { "UTF-8" } },
  { "not-an-object", "[1, 2]", WP_READ_ERROR_INVALID, { "$", "expected an object" } },
  { "other-format", "{\"format\": \"drawio\", \"version\": 1}", WP_READ_ERROR_FORMAT,
    { "$.format", "“drawio”" } },
  { "no-format", "{\"version\": 1}", WP_READ_ERROR_INVALID, { "$", "“format” is missing" } },
  { "newer-version", "{\"format\": \"wireplan\",\n \"version\": 2}", WP_READ_ERROR_VERSION,
    { "test.wireplan:2:13", "$.version", "newer" } },
  { "version-not-integer", "{\"format\": \"wireplan\", \"version\": \"1\"}", WP_READ_ERROR_INVALID,
    { "$.version", "whole number" } },
  { "empty-device-id", HEAD "\"devices\": [{\"id\": \"\"}]}", WP_READ_ERROR_INVALID,
    { "$.devices[0].id", "must not be empty" } },
  { "missing-device-id", HEAD "\"devices\": [{\"name\": \"x\"}]}", WP_READ_ERROR_INVALID,
    { "$.devices[0]", "“id” is missing" } },
  { "duplicate-device-id", HEAD "\"devices\": [" MIC ",\n" MIC "]}", WP_READ_ERROR_INVALID,
    { "$.devices[1].id", "test.wireplan:2:", "duplicate id “d1”" } },
  { "duplicate-zone-id", HEAD "\"zones\": [{\"id\": \"z\"}, {\"id\": \"z\"}]}", WP_READ_ERROR_INVALID,
    { "$.zones[1].id", "duplicate id “z”" } },
  { "duplicate-cable-id", HEAD DEVICES ", \"cables\": [" CABLE ("") ", " CABLE ("") "]}",
    WP_READ_ERROR_INVALID, { "$.cables[1].id", "duplicate id “c1”" } },
  { "duplicate-port-id",
    HEAD "\"devices\": [{\"id\": \"d1\", \"ports\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}]}",
    WP_READ_ERROR_INVALID, { "$.devices[0].ports[1].id", "duplicate port id “a”" } },
  { "empty-port-id", HEAD "\"devices\": [{\"id\": \"d1\", \"ports\": [{\"id\": \"\"}]}]}",
    WP_READ_ERROR_INVALID, { "$.devices[0].ports[0].id", "must not be empty" } },
  { "missing-device",
    HEAD DEVICES ", \"cables\": [{\"id\": \"c1\", \"from\": {\"device\": \"d9\", \"port\": \"out\"}, "
    "\"to\": {\"device\": \"d2\", \"port\": \"in1\"}}]}",
    WP_READ_ERROR_INVALID, { "$.cables[0].from.device", "device “d9”" } },
  { "missing-port",
    HEAD DEVICES ", \"cables\": [{\"id\": \"c1\", \"from\": {\"device\": \"d1\", \"port\": \"out\"}, "
    "\"to\": {\"device\": \"d2\", \"port\": \"in7\"}}]}",
    WP_READ_ERROR_INVALID, { "$.cables[0].to.port", "port “in7”" } },
  { "missing-cable-end", HEAD DEVICES ", \"cables\": [{\"id\": \"c1\", \"from\": {\"device\": \"d1\", \"port\": \"out\"}}]}",
    WP_READ_ERROR_INVALID, { "$.cables[0]", "“to” is missing" } },
  { "wrong-type-x", HEAD "\"devices\": [{\"id\": \"d1\", \"x\": \"10\"}]}", WP_READ_ERROR_INVALID,
    { "$.devices[0].x", "expected a number, found a string" } },
  { "wrong-type-devices", HEAD "\"devices\": {}}", WP_READ_ERROR_INVALID,
    { "$.devices", "expected an array, found an object" } },
  { "wrong-type-flag", HEAD "\"devices\": [{\"id\": \"d1\", \"ports\": [{\"id\": \"a\", \"phantom_on\": 1}]}]}",
    WP_READ_ERROR_INVALID, { "$.devices[0].ports[0].phantom_on", "true or false" } },
  { "wrong-type-label", HEAD DEVICES ", \"cables\": [" CABLE (", \"label\": 5") "]}",
    WP_READ_ERROR_INVALID, { "$.cables[0].label", "expected a string, found a number" } },
  { "wrong-type-channels", HEAD "\"devices\": [{\"id\": \"d1\", \"ports\": [{\"id\": \"a\", \"channels\": 1.5}]}]}",
    WP_READ_ERROR_INVALID, { "$.devices[0].ports[0].channels", "whole number" } },
  { "unknown-level", HEAD "\"devices\": [{\"id\": \"d1\",\n \"ports\": [{\"id\": \"a\",\n \"level\": \"loud\"}]}]}",
    WP_READ_ERROR_INVALID, { "test.wireplan:3:11", "$.devices[0].ports[0].level", "unknown level “loud”" } },
  { "unknown-connector", HEAD "\"devices\": [{\"id\": \"d1\", \"ports\": [{\"id\": \"a\", \"connector\": \"xlr4\"}]}]}",
    WP_READ_ERROR_INVALID, { "$.devices[0].ports[0].connector", "xlr3, xlr5" } },
  { "negative-length", HEAD DEVICES ", \"cables\": [" CABLE (", \"length_m\": -3") "]}",
    WP_READ_ERROR_INVALID, { "$.cables[0].length_m", "negative" } },
  { "negative-impedance", HEAD "\"devices\": [{\"id\": \"d1\", \"ports\": [{\"id\": \"a\", \"impedance_ohm\": -8}]}]}",
    WP_READ_ERROR_INVALID, { "$.devices[0].ports[0].impedance_ohm", "negative" } },
  { "infinite", HEAD "\"devices\": [{\"id\": \"d1\", \"x\": 1e999}]}", WP_READ_ERROR_SYNTAX,
    { "out of range" } },
  { "negative-zone-size", HEAD "\"zones\": [{\"id\": \"z\", \"w\": -1}]}", WP_READ_ERROR_INVALID,
    { "$.zones[0].w", "negative" } },
  { "bad-sample-rate", HEAD "\"devices\": [{\"id\": \"d1\", \"ports\": [{\"id\": \"a\", \"sample_rates\": [48000, 0]}]}]}",
    WP_READ_ERROR_INVALID, { "$.devices[0].ports[0].sample_rates[1]", "sample rate" } },
  { "link-to-missing-port", HEAD "\"devices\": [{\"id\": \"d1\", \"ports\": [{\"id\": \"a\", \"link_of\": \"b\"}]}]}",
    WP_READ_ERROR_INVALID, { "$.devices[0].ports[0].link_of", "“b”" } },
  { "waiver-without-rule", HEAD DEVICES ", \"cables\": [" CABLE (", \"waived\": [{\"note\": \"x\"}]") "]}",
    WP_READ_ERROR_INVALID, { "$.cables[0].waived[0]", "“rule” is missing" } },
  { "deep-nesting", HEAD "\"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
    WP_READ_ERROR_SYNTAX, { "nested too deeply" } },
};

static void
test_refusal (gconstpointer data)
{
  const RefusalCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (c->text, &error);

  g_assert_null (plan);
  g_assert_error (error, WP_READ_ERROR, (int) c->code);
  g_test_message ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (c->expected) && c->expected[i] != NULL; i++)
    if (strstr (error->message, c->expected[i]) == NULL)
      g_error ("“%s” not in “%s”", c->expected[i], error->message);
}

static void
test_too_large (void)
{
  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.wireplan", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = NULL;
  FILE *file = fopen (path, "w");

  /* A sparse file: its size is checked before anything is read. */
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), WP_READ_MAX_FILE_SIZE + 1), ==, 0);
  fclose (file);

  plan = wp_plan_load (path, &error);
  g_assert_null (plan);
  g_assert_error (error, WP_READ_ERROR, WP_READ_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64 MiB"));
  wp_test_remove_tree (dir);
}

static void
test_not_regular (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_plan_load ("/dev/zero", &error);

  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_plan_load ("/nonexistent/plan.wireplan", &error);

  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/plan.wireplan"));
}

/* Every known and unknown field, at every level, in a non-canonical layout. */
static const char *full_plan =
  "{\"version\": 1, \"format\": \"wireplan\", \"top-extra\": {\"nested\": [1, 2.25, \"x\", null, true]},"
  " \"meta\": {\"notes\": \"n\", \"title\": \"Club night\", \"venue\": \"The Hall\", \"author\": \"A\","
  "  \"date\": \"2026-11-21\", \"revision\": \"B\", \"meta-extra\": 3},"
  " \"zones\": [{\"id\": \"z1\", \"name\": \"Stage\", \"x\": -10.5, \"y\": 0, \"w\": 900, \"h\": 600, \"colour\": \"#ff0\"}],"
  " \"devices\": [{\"id\": \"d1\", \"model\": \"generic.condenser-mic\", \"name\": \"Vocal 1\", \"x\": 120, \"y\": 80,"
  "   \"zone\": \"z1\", \"notes\": \"\", \"device-extra\": {},"
  "   \"ports\": [{\"id\": \"out\", \"name\": \"Out\", \"direction\": \"out\", \"signal\": \"analog\","
  "     \"level\": \"mic\", \"wiring\": \"balanced\", \"channels\": 1, \"connector\": \"xlr3\", \"gender\": \"m\","
  "     \"impedance_ohm\": 200, \"min_load_ohm\": 1000, \"bridged\": false, \"power_w\": 0, \"cv_tap_w\": 6,"
  "     \"combo_level\": \"line-pro\", \"phantom\": \"none\", \"phantom_on\": false, \"needs_phantom\": \"p48\","
  "     \"battery\": true, \"phantom_tolerance\": \"caution\", \"mic_type\": \"condenser\", \"pad_db\": 20,"
  "     \"pad_on\": true, \"sample_rates\": [44100, 48000], \"src\": true, \"smux\": false, \"usb_role\": \"device\","
  "     \"length_limit_m\": 12.5, \"port-extra\": \"kept\"},"
  "    {\"id\": \"thru\", \"direction\": \"out\", \"link_of\": \"out\"}]},"
  "  {\"id\": \"d2\", \"x\": 0, \"y\": 0, \"ports\": [{\"id\": \"in1\", \"direction\": \"in\", \"phantom\": \"p48\", \"phantom_on\": true}]}],"
  " \"cables\": [{\"id\": \"c1\", \"from\": {\"device\": \"d1\", \"port\": \"out\", \"from-extra\": 1},"
  "   \"to\": {\"port\": \"in1\", \"device\": \"d2\"}, \"label\": \"MIC-01\", \"length_m\": 10.5, \"color\": \"red\","
  "   \"notes\": \"n\", \"waived\": [{\"rule\": \"balanced-to-unbalanced\", \"note\": \"short run, tested\", \"w-extra\": 0}],"
  "   \"cable-extra\": [\"a\"]}]}";

static char *
canonical (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (text, &error);

  g_assert_no_error (error);
  return wp_plan_to_data (plan, NULL);
}

static void
test_round_trip (void)
{
  g_autofree char *first = canonical (full_plan);
  g_autofree char *second = canonical (first);
  g_autoptr(json_object) original = json_tokener_parse (full_plan);
  g_autoptr(json_object) written = json_tokener_parse (first);

  /* Same document (every field kept), and formatting twice changes nothing. */
  g_assert_true (json_object_equal (original, written));
  g_assert_cmpstr (first, ==, second);
}

static void
test_canonical_order (void)
{
  g_autofree char *text = canonical (full_plan);
  const char *order[] = {
    "\"format\"", "\"version\"", "\"meta\"", "\"title\"", "\"notes\": \"n\"", "\"meta-extra\"",
    "\"zones\"", "\"devices\"", "\"id\": \"d1\"", "\"model\"", "\"name\"", "\"x\": 120", "\"y\": 80", "\"zone\"",
    "\"ports\"", "\"direction\"", "\"level\"", "\"channels\"", "\"connector\"", "\"impedance_ohm\"",
    "\"link_of\"", "\"device-extra\"", "\"cables\"", "\"from\"", "\"from-extra\"", "\"to\"", "\"label\"",
    "\"length_m\"", "\"color\"", "\"waived\"", "\"cable-extra\"", "\"top-extra\"",
  };
  const char *at = text;

  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"wireplan\",\n  \"version\": 1,\n"));
  g_assert_true (g_str_has_suffix (text, "}\n"));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *next = strstr (at, order[i]);
      if (next == NULL)
        g_error ("%s missing or out of order", order[i]);
      at = next;
    }
}

/* Moving one device changes only its two coordinate lines. */
static void
test_move_diff (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (full_plan, &error);
  g_autofree char *before = wp_plan_to_data (plan, NULL);
  g_autofree char *after = NULL;
  g_auto(GStrv) a = NULL, b = NULL;
  guint differences = 0;

  wp_plan_move_device (plan, wp_plan_find_device (plan, "d1"), 300, 280);
  after = wp_plan_to_data (plan, NULL);
  a = g_strsplit (before, "\n", -1);
  b = g_strsplit (after, "\n", -1);
  g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
  for (guint i = 0; a[i] != NULL; i++)
    differences += !g_str_equal (a[i], b[i]);
  g_assert_cmpuint (differences, ==, 2);
}

static void
test_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string ("{\"format\": \"wireplan\", \"version\": 1}", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (wp_plan_get_n_devices (plan), ==, 0);
  g_assert_null (wp_plan_get_meta (plan, WP_META_TITLE));
}

static void
test_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (full_plan, &error);
  WpDevice *mic = wp_plan_find_device (plan, "d1");
  const WpPort *out = wp_device_find_port (mic, "out", NULL);
  WpCable *cable = wp_plan_find_cable (plan, "c1");

  g_assert_no_error (error);
  g_assert_cmpstr (wp_plan_get_meta (plan, WP_META_VENUE), ==, "The Hall");
  g_assert_cmpint (out->level, ==, WP_LEVEL_MIC);
  g_assert_cmpint (out->needs_phantom, ==, WP_PHANTOM_P48);
  g_assert_cmpint (out->pad_on, ==, WP_FLAG_YES);
  g_assert_cmpint (out->smux, ==, WP_FLAG_NO);
  g_assert_cmpfloat (out->impedance_ohm, ==, 200);
  g_assert_true (wp_port_has_sample_rate (out, 48000));
  g_assert_false (wp_port_has_sample_rate (out, 96000));
  g_assert_true (isnan (wp_device_find_port (mic, "thru", NULL)->impedance_ohm));
  g_assert_cmpfloat (wp_cable_get_length_m (cable), ==, 10.5);
  g_assert_true (wp_cable_is_waived (cable, "balanced-to-unbalanced"));
  g_assert_false (wp_cable_is_waived (cable, "phantom-missing"));
  g_assert_cmpuint (wp_plan_get_cables_at (plan, "d2", "in1")->len, ==, 1);
}

static void
record_fraction (double   fraction,
                 gpointer data)
{
  g_array_append_val ((GArray *) data, fraction);
}

/* Reading with progress reads the same plan, reporting a fraction that only
 * grows, from early on to 1. */
static void
test_progress (void)
{
  g_autofree char *path = wp_test_fixture_path ("data", "examples", "club-gig.wireplan", NULL);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plain = wp_plan_load (path, &error);
  g_autoptr(WpPlan) plan = wp_plan_load_with_progress (path, record_fraction, fractions, &error);
  g_autofree char *plain_data = NULL, *data = NULL;

  g_assert_no_error (error);
  plain_data = wp_plan_to_data (plain, NULL);
  data = wp_plan_to_data (plan, NULL);
  g_assert_cmpstr (data, ==, plain_data);
  g_assert_cmpuint (fractions->len, >=, 3);
  g_assert_cmpfloat (g_array_index (fractions, double, 0), >, 0);
  g_assert_cmpfloat (g_array_index (fractions, double, 0), <, 0.5);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1);

  /* A file that cannot be read reports nothing past what was done. */
  g_array_set_size (fractions, 0);
  g_assert_null (wp_plan_load_with_progress ("/nonexistent/plan.wireplan", record_fraction, fractions, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (fractions->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/plan-io/refuse/%s", refusals[i].name);
      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  g_test_add_func ("/plan-io/refuse/too-large", test_too_large);
  g_test_add_func ("/plan-io/refuse/not-regular", test_not_regular);
  g_test_add_func ("/plan-io/refuse/missing-file", test_missing_file);
  g_test_add_func ("/plan-io/minimal", test_minimal);
  g_test_add_func ("/plan-io/values", test_values);
  g_test_add_func ("/plan-io/round-trip", test_round_trip);
  g_test_add_func ("/plan-io/canonical-order", test_canonical_order);
  g_test_add_func ("/plan-io/move-diff", test_move_diff);
  g_test_add_func ("/plan-io/progress", test_progress);

  return g_test_run ();
}
