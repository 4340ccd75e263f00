/* test-cli.c: wireplan check and format, their exit statuses and JSON */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include "wp-json.h"

#include "wp-test-util.h"

#define PLAN_HEAD "{\"format\": \"wireplan\", \"version\": 1, \"devices\": [" \
  "{\"id\": \"synth\", \"name\": \"Synth\", \"ports\": [{\"id\": \"midi-out\", \"name\": \"MIDI Out\", \"direction\": \"out\", \"signal\": \"midi\", \"connector\": \"din5\"}," \
  "  {\"id\": \"midi-in\", \"name\": \"MIDI In\", \"direction\": \"in\", \"signal\": \"midi\", \"connector\": \"din5\"}]}," \
  "{\"id\": \"drum\", \"name\": \"Drum machine\", \"ports\": [{\"id\": \"midi-out\", \"name\": \"MIDI Out\", \"direction\": \"out\", \"signal\": \"midi\", \"connector\": \"din5\"}," \
  "  {\"id\": \"midi-in\", \"name\": \"MIDI In\", \"direction\": \"in\", \"signal\": \"midi\", \"connector\": \"din5\"}]}]"

static const char *clean_plan = PLAN_HEAD ", \"cables\": [{\"id\": \"c1\", \"from\": {\"device\": \"synth\", \"port\": \"midi-out\"}, \"to\": {\"device\": \"drum\", \"port\": \"midi-in\"}, \"length_m\": 2}]}";
/* Drawn from an input to an output: fine, it is checked the right way round. */
static const char *reversed_plan = PLAN_HEAD ", \"cables\": [{\"id\": \"c1\", \"from\": {\"device\": \"drum\", \"port\": \"midi-in\"}, \"to\": {\"device\": \"synth\", \"port\": \"midi-out\"}}]}";
static const char *error_plan = PLAN_HEAD ", \"cables\": [{\"id\": \"c1\", \"from\": {\"device\": \"synth\", \"port\": \"midi-out\"}, \"to\": {\"device\": \"drum\", \"port\": \"midi-out\"}}]}";
static const char *waived_plan = PLAN_HEAD ", \"cables\": [{\"id\": \"c1\", \"from\": {\"device\": \"synth\", \"port\": \"midi-in\"}, \"to\": {\"device\": \"drum\", \"port\": \"midi-in\"}, \"waived\": [{\"rule\": \"input-to-input\", \"note\": \"test\"}]}]}";
/* A MIDI cable longer than 15 m: a warning once the full rule set is in. */
static const char *warning_plan = PLAN_HEAD ", \"cables\": [{\"id\": \"c1\", \"from\": {\"device\": \"synth\", \"port\": \"midi-out\"}, \"to\": {\"device\": \"drum\", \"port\": \"midi-in\"}, \"length_m\": 20}]}";

typedef struct {
  char *dir;
} Fixture;

static char *
write_plan (Fixture    *fixture,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = wp_test_make_temp_dir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  wp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static int
check (const char * const *args,
       char              **out)
{
  g_autofree char *err = NULL;
  int status = wp_test_run_wireplan (args, out, &err);

  g_test_message ("stderr: %s", err);
  return status;
}

static void
test_check_exit_status (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *clean = write_plan (fixture, "clean.wireplan", clean_plan);
  g_autofree char *reversed = write_plan (fixture, "reversed.wireplan", reversed_plan);
  g_autofree char *bad = write_plan (fixture, "bad.wireplan", error_plan);
  g_autofree char *waived = write_plan (fixture, "waived.wireplan", waived_plan);
  g_autofree char *broken = write_plan (fixture, "broken.wireplan", "{\"format\": \"wireplan\", ");
  g_autofree char *out = NULL;

  g_assert_cmpint (check ((const char *[]) { "check", clean, NULL }, NULL), ==, 0);
  g_assert_cmpint (check ((const char *[]) { "check", reversed, NULL }, NULL), ==, 0);
  g_assert_cmpint (check ((const char *[]) { "check", bad, NULL }, &out), ==, 1);
  g_assert_nonnull (strstr (out, "output-to-output"));
  g_assert_nonnull (strstr (out, "“Synth” MIDI Out"));
  g_assert_cmpint (check ((const char *[]) { "check", waived, NULL }, NULL), ==, 0);
  g_assert_cmpint (check ((const char *[]) { "check", broken, NULL }, NULL), ==, 2);
  /* Several files: the worst status wins, an unreadable file most of all. */
  g_assert_cmpint (check ((const char *[]) { "check", clean, bad, NULL }, NULL), ==, 1);
  g_assert_cmpint (check ((const char *[]) { "check", bad, broken, clean, NULL }, NULL), ==, 2);
  g_assert_cmpint (check ((const char *[]) { "check", NULL }, NULL), ==, 2);
  g_assert_cmpint (check ((const char *[]) { "check", "--no-such-option", clean, NULL }, NULL), ==, 2);
}

static void
test_check_strict (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *clean = write_plan (fixture, "clean.wireplan", clean_plan);
  g_autofree char *warning = write_plan (fixture, "warning.wireplan", warning_plan);
  g_autofree char *out = NULL;
  g_autoptr(json_object) report = NULL;
  json_object *counts;
  gboolean has_warning;

  g_assert_cmpint (check ((const char *[]) { "check", "--strict", clean, NULL }, NULL), ==, 0);
  g_assert_cmpint (check ((const char *[]) { "check", "--json", warning, NULL }, &out), ==, 0);
  report = json_tokener_parse (out);
  counts = json_object_object_get (json_object_array_get_idx (json_object_object_get (report, "files"), 0), "counts");
  has_warning = json_object_get_int (json_object_object_get (counts, "warning")) > 0;
  /* --strict fails exactly when there is a warning. */
  g_assert_cmpint (check ((const char *[]) { "check", "--strict", warning, NULL }, NULL), ==,
                   has_warning ? 1 : 0);
}

static void
test_check_json (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *bad = write_plan (fixture, "bad.wireplan", error_plan);
  g_autofree char *broken = write_plan (fixture, "broken.wireplan", "[]");
  g_autofree char *out = NULL;
  g_autoptr(json_object) report = NULL;
  json_object *files, *first, *problem, *counts;

  g_assert_cmpint (check ((const char *[]) { "check", "--json", bad, broken, NULL }, &out), ==, 2);
  report = json_tokener_parse (out);
  g_assert_nonnull (report);
  files = json_object_object_get (report, "files");
  g_assert_cmpuint (json_object_array_length (files), ==, 2);

  first = json_object_array_get_idx (files, 0);
  g_assert_cmpstr (json_object_get_string (json_object_object_get (first, "file")), ==, bad);
  problem = json_object_array_get_idx (json_object_object_get (first, "problems"), 0);
  g_assert_cmpstr (json_object_get_string (json_object_object_get (problem, "rule")), ==, "output-to-output");
  g_assert_cmpstr (json_object_get_string (json_object_object_get (problem, "severity")), ==, "error");
  g_assert_cmpstr (json_object_get_string (json_object_array_get_idx (json_object_object_get (problem, "cables"), 0)), ==, "c1");
  g_assert_cmpuint (json_object_array_length (json_object_object_get (problem, "devices")), ==, 2);
  g_assert_true (json_object_is_type (json_object_object_get (problem, "message"), json_type_string));
  g_assert_true (json_object_is_type (json_object_object_get (problem, "fix"), json_type_string));
  g_assert_false (json_object_get_boolean (json_object_object_get (problem, "waived")));
  counts = json_object_object_get (first, "counts");
  g_assert_cmpint (json_object_get_int (json_object_object_get (counts, "error")), ==, 1);
  g_assert_true (json_object_object_get_ex (counts, "warning", NULL));
  g_assert_true (json_object_object_get_ex (counts, "info", NULL));

  /* An unreadable file says why in the report too. */
  g_assert_nonnull (strstr (json_object_get_string (json_object_object_get (json_object_array_get_idx (files, 1), "error")),
                            "expected an object"));
}

static void
test_check_waived_json (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *waived = write_plan (fixture, "waived.wireplan", waived_plan);
  g_autofree char *out = NULL;
  g_autoptr(json_object) report = NULL;
  json_object *file, *problem;

  g_assert_cmpint (check ((const char *[]) { "check", "--json", "--strict", waived, NULL }, &out), ==, 0);
  report = json_tokener_parse (out);
  file = json_object_array_get_idx (json_object_object_get (report, "files"), 0);
  problem = json_object_array_get_idx (json_object_object_get (file, "problems"), 0);
  g_assert_true (json_object_get_boolean (json_object_object_get (problem, "waived")));
  g_assert_cmpint (json_object_get_int (json_object_object_get (json_object_object_get (file, "counts"), "error")), ==, 0);
}

static void
test_format (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *plan = write_plan (fixture, "plan.wireplan", clean_plan);
  g_autofree char *out_path = g_build_filename (fixture->dir, "out.wireplan", NULL);
  g_autofree char *formatted = NULL, *again = NULL, *stdout_text = NULL, *original = NULL;
  g_autofree char *broken = write_plan (fixture, "broken.wireplan", "{");

  g_assert_cmpint (check ((const char *[]) { "format", plan, "-o", out_path, NULL }, NULL), ==, 0);
  g_assert_true (g_file_get_contents (out_path, &formatted, NULL, NULL));
  g_assert_true (g_file_get_contents (plan, &original, NULL, NULL));
  g_assert_cmpstr (original, ==, clean_plan);   /* -o leaves the source alone */

  /* In place, and formatting a formatted file changes nothing. */
  g_assert_cmpint (check ((const char *[]) { "format", plan, NULL }, NULL), ==, 0);
  g_assert_true (g_file_get_contents (plan, &again, NULL, NULL));
  g_assert_cmpstr (again, ==, formatted);
  g_assert_cmpint (check ((const char *[]) { "format", out_path, "-o", "-", NULL }, &stdout_text), ==, 0);
  g_assert_cmpstr (stdout_text, ==, formatted);

  /* A broken file is reported and left as it was. */
  g_assert_cmpint (check ((const char *[]) { "format", broken, NULL }, NULL), ==, 2);
  g_clear_pointer (&original, g_free);
  g_assert_true (g_file_get_contents (broken, &original, NULL, NULL));
  g_assert_cmpstr (original, ==, "{");
  g_assert_cmpint (check ((const char *[]) { "format", NULL }, NULL), ==, 2);
}

/* The shipped examples read, check (0 or 1) and are already in canonical form. */
static void
test_examples (void)
{
  g_autofree char *dir = wp_test_fixture_path ("data", "examples", NULL);
  const char *names[] = { "home-studio.wireplan", "club-gig.wireplan", "installed-70v.wireplan" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL, *formatted = NULL;
      int status;

      status = wp_test_run_wireplan ((const char *[]) { "check", path, NULL }, NULL, NULL);
      g_assert_true (status == 0 || status == 1);
      g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "format", path, "-o", "-", NULL },
                                             &formatted, NULL), ==, 0);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, formatted);
    }
}

static void
test_version (void)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "--version", NULL }, &out, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "wireplan " PACKAGE_VERSION));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/check/exit-status", test_check_exit_status);
  ADD ("/cli/check/strict", test_check_strict);
  ADD ("/cli/check/json", test_check_json);
  ADD ("/cli/check/waived-json", test_check_waived_json);
  ADD ("/cli/format", test_format);
#undef ADD
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/examples", test_examples);

  return g_test_run ();
}
