/* test-examples.c: the worked examples of RULES.md through `wireplan check --json`
 *
 * The report lists every problem, so each example expects its set exactly.
 */
#include "config.h"

#include <string.h>

#include <json-c/json.h>

#include "wp-test-util.h"

typedef struct {
  guint       number;
  int         status;      /* of `wireplan check` */
  const char *expected;    /* "rule severity cables; …" in report order */
} Example;

static const Example examples[] = {
  { 1, 0, "" },
  { 2, 1, "line-drives-speaker error c1" },
  { 3, 0, "" },
  { 4, 1, "load-below-minimum error c1,c2,c3" },
  { 5, 1, "phantom-missing error c1" },
  { 6, 0, "" },
  { 7, 0, "level-too-hot warning c1; unbalanced-to-balanced info c1" },
  { 8, 0, "instrument-loading warning c1; level-too-low warning c1" },
  { 9, 1, "stereo-into-balanced error c1" },
  { 10, 1, "outputs-joined error c1,c2" },
  { 11, 1, "signal-mismatch error c1" },
  { 12, 0, "adapter-needed warning c1; digital-converter-needed warning c1" },
  { 13, 1, "output-to-output error c1" },
  { 14, 0, "cable-too-long warning c1" },
  { 15, 1, "cv-voltage-mismatch error c1" },
  { 16, 1, "signal-mismatch error c1" },
};

static char *
example_path (guint number)
{
  g_autofree char *name = g_strdup_printf ("example-%02u.wireplan", number);

  return wp_test_fixture_path ("tests", "rules", "fixtures", name, NULL);
}

static const char *
field (json_object *object,
       const char  *key)
{
  return json_object_get_string (json_object_object_get (object, key));
}

/* "rule severity cables; …" for the problems of one file of the report. */
static char *
summarize (json_object *file)
{
  json_object *problems = json_object_object_get (file, "problems");
  GString *summary = g_string_new (NULL);

  g_assert_nonnull (problems);
  for (size_t i = 0; i < json_object_array_length (problems); i++)
    {
      json_object *problem = json_object_array_get_idx (problems, i);
      json_object *cables = json_object_object_get (problem, "cables");

      g_string_append_printf (summary, "%s%s %s ", summary->len ? "; " : "",
                              field (problem, "rule"), field (problem, "severity"));
      for (size_t c = 0; c < json_object_array_length (cables); c++)
        g_string_append_printf (summary, "%s%s", c ? "," : "",
                                json_object_get_string (json_object_array_get_idx (cables, c)));
      g_assert_cmpuint (strlen (field (problem, "message")), >, 0);
      g_assert_cmpuint (strlen (field (problem, "fix")), >, 0);
      g_assert_false (json_object_get_boolean (json_object_object_get (problem, "waived")));
    }
  return g_string_free (summary, FALSE);
}

static json_object *
run_check (const char * const *args,
           int                *status)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  json_object *report;

  *status = wp_test_run_wireplan (args, &out, &err);
  report = json_tokener_parse (out);
  g_assert_nonnull (report);
  return report;
}

static void
test_example (gconstpointer data)
{
  const Example *example = data;
  g_autofree char *path = example_path (example->number);
  const char *args[] = { "check", "--json", path, NULL };
  json_object *report;
  g_autofree char *summary = NULL;
  int status;

  report = run_check (args, &status);
  g_assert_cmpuint (json_object_array_length (json_object_object_get (report, "files")), ==, 1);
  summary = summarize (json_object_array_get_idx (json_object_object_get (report, "files"), 0));
  g_assert_cmpstr (summary, ==, example->expected);
  g_assert_cmpint (status, ==, example->status);
  json_object_put (report);
}

/* All of them in one run: one report, the exit status of the worst. */
static void
test_all (void)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  json_object *report, *files;
  int status;

  g_ptr_array_add (args, g_strdup ("check"));
  g_ptr_array_add (args, g_strdup ("--json"));
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    g_ptr_array_add (args, example_path (examples[i].number));
  g_ptr_array_add (args, NULL);

  report = run_check ((const char * const *) args->pdata, &status);
  files = json_object_object_get (report, "files");
  g_assert_cmpuint (json_object_array_length (files), ==, G_N_ELEMENTS (examples));
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *summary = summarize (json_object_array_get_idx (files, i));

      g_assert_cmpstr (summary, ==, examples[i].expected);
    }
  g_assert_cmpint (status, ==, 1);
  json_object_put (report);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *name = g_strdup_printf ("/rules/example/%02u", examples[i].number);

      g_test_add_data_func (name, &examples[i], test_example);
    }
  g_test_add_func ("/rules/example/all", test_all);
  return g_test_run ();
}
