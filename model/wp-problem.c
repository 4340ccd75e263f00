/* wp-problem.c: one verdict of the rules */
#include "config.h"

#include "wp-problem.h"

G_DEFINE_BOXED_TYPE (WpProblem, wp_problem, wp_problem_copy, wp_problem_free)

WpProblem *
wp_problem_new (const char *rule,
                WpSeverity  severity)
{
  WpProblem *problem = g_new0 (WpProblem, 1);

  problem->rule = g_strdup (rule);
  problem->severity = severity;
  problem->cables = g_ptr_array_new_with_free_func (g_free);
  problem->devices = g_ptr_array_new_with_free_func (g_free);
  return problem;
}

static GPtrArray *
copy_strings (GPtrArray *strings)
{
  GPtrArray *copy = g_ptr_array_new_full (strings->len, g_free);

  for (guint i = 0; i < strings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (strings, i)));
  return copy;
}

WpProblem *
wp_problem_copy (const WpProblem *problem)
{
  WpProblem *copy = g_new0 (WpProblem, 1);

  copy->rule = g_strdup (problem->rule);
  copy->severity = problem->severity;
  copy->cables = copy_strings (problem->cables);
  copy->devices = copy_strings (problem->devices);
  copy->message = g_strdup (problem->message);
  copy->fix = g_strdup (problem->fix);
  copy->waived = problem->waived;
  return copy;
}

void
wp_problem_free (WpProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->rule);
  g_ptr_array_unref (problem->cables);
  g_ptr_array_unref (problem->devices);
  g_free (problem->message);
  g_free (problem->fix);
  g_free (problem);
}

static gboolean
contains (GPtrArray  *strings,
          const char *value)
{
  return g_ptr_array_find_with_equal_func (strings, value, g_str_equal, NULL);
}

void
wp_problem_add_cable (WpProblem  *problem,
                      const char *cable_id)
{
  if (cable_id != NULL && !contains (problem->cables, cable_id))
    g_ptr_array_add (problem->cables, g_strdup (cable_id));
}

gboolean
wp_problem_has_cable (const WpProblem *problem,
                      const char      *cable_id)
{
  return contains (problem->cables, cable_id);
}

/* Waived problems are reported but never count as errors or warnings. */
gboolean
wp_problem_counts (const WpProblem *problem)
{
  return !problem->waived;
}

static gboolean
strings_equal (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

gboolean
wp_problem_equal (const WpProblem *a,
                  const WpProblem *b)
{
  return g_str_equal (a->rule, b->rule) && a->severity == b->severity && a->waived == b->waived
         && strings_equal (a->cables, b->cables) && strings_equal (a->devices, b->devices)
         && g_strcmp0 (a->message, b->message) == 0 && g_strcmp0 (a->fix, b->fix) == 0;
}

/* "rule|cable,cable|device,device": identifies a problem across re-checks. */
char *
wp_problem_get_key (const WpProblem *problem)
{
  GString *key = g_string_new (problem->rule);

  /* No printf: the validator makes the key of every problem of a plan. */
  g_string_append_c (key, '|');
  for (guint i = 0; i < problem->cables->len; i++)
    {
      if (i > 0)
        g_string_append_c (key, ',');
      g_string_append (key, g_ptr_array_index (problem->cables, i));
    }
  g_string_append_c (key, '|');
  for (guint i = 0; i < problem->devices->len; i++)
    {
      if (i > 0)
        g_string_append_c (key, ',');
      g_string_append (key, g_ptr_array_index (problem->devices, i));
    }
  return g_string_free (key, FALSE);
}

static json_object *
strings_to_json (GPtrArray *strings)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < strings->len; i++)
    json_object_array_add (array, json_object_new_string (g_ptr_array_index (strings, i)));
  return array;
}

/* The problem as `wireplan check --json` prints it (FORMAT.md §4). */
json_object *
wp_problem_to_json (const WpProblem *problem)
{
  json_object *object = json_object_new_object ();

  json_object_object_add (object, "rule", json_object_new_string (problem->rule));
  json_object_object_add (object, "severity",
                          json_object_new_string (wp_enum_to_string (WP_ENUM_SEVERITY, problem->severity)));
  json_object_object_add (object, "cables", strings_to_json (problem->cables));
  json_object_object_add (object, "devices", strings_to_json (problem->devices));
  json_object_object_add (object, "message", json_object_new_string (problem->message ? problem->message : ""));
  json_object_object_add (object, "fix", json_object_new_string (problem->fix ? problem->fix : ""));
  json_object_object_add (object, "waived", json_object_new_boolean (problem->waived));
  return object;
}
