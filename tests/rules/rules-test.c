/* rules-test.c: small plans for the validator's tests */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rules-test.h"
#include "wp-json.h"
#include "wp-test-util.h"

static const WpEnumKind bare_kinds[] = {
  WP_ENUM_DIRECTION, WP_ENUM_SIGNAL, WP_ENUM_LEVEL, WP_ENUM_WIRING, WP_ENUM_CONNECTOR,
  WP_ENUM_GENDER,
};
static const char * const bare_keys[] = {
  "direction", "signal", "level", "wiring", "connector", "gender",
};

static json_object *
parse_value (const char *key,
             const char *text)
{
  char *end;
  double number;

  if (g_str_equal (text, "true") || g_str_equal (text, "false"))
    return json_object_new_boolean (g_str_equal (text, "true"));
  if (g_str_equal (key, "sample_rates"))
    {
      g_auto(GStrv) rates = g_strsplit (text, "|", -1);
      json_object *array = json_object_new_array ();

      for (guint i = 0; rates[i] != NULL; i++)
        json_object_array_add (array, json_object_new_int64 (g_ascii_strtoll (rates[i], NULL, 10)));
      return array;
    }
  number = g_ascii_strtod (text, &end);
  if (end != text && *end == '\0')
    return g_str_equal (key, "channels") ? json_object_new_int ((int) number)
                                         : json_object_new_double (number);
  return json_object_new_string (text);
}

static json_object *
parse_port (const char  *spec,
            char       **device_id)
{
  g_auto(GStrv) tokens = g_strsplit_set (g_strstrip ((char *) spec), " \t\n", -1);
  json_object *port = json_object_new_object ();
  const char *dot = strchr (tokens[0], '.');

  g_assert_nonnull (dot);
  *device_id = g_strndup (tokens[0], dot - tokens[0]);
  json_object_object_add (port, "id", json_object_new_string (dot + 1));
  for (guint i = 1; tokens[i] != NULL; i++)
    {
      const char *eq = strchr (tokens[i], '=');
      gboolean found = FALSE;

      if (tokens[i][0] == '\0')
        continue;
      if (eq != NULL)
        {
          g_autofree char *key = g_strndup (tokens[i], eq - tokens[i]);

          json_object_object_add (port, key, parse_value (key, eq + 1));
          continue;
        }
      for (guint k = 0; k < G_N_ELEMENTS (bare_kinds) && !found; k++)
        {
          int value;

          if (wp_enum_from_string (bare_kinds[k], tokens[i], &value))
            {
              json_object_object_add (port, bare_keys[k], json_object_new_string (tokens[i]));
              found = TRUE;
            }
        }
      if (!found)
        g_error ("unknown token “%s” in “%s”", tokens[i], spec);
    }
  return port;
}

static json_object *
endpoint (const char *text)
{
  const char *dot = strchr (text, '.');
  json_object *object = json_object_new_object ();
  g_autofree char *device = NULL;

  g_assert_nonnull (dot);
  device = g_strndup (text, dot - text);
  json_object_object_add (object, "device", json_object_new_string (device));
  json_object_object_add (object, "port", json_object_new_string (dot + 1));
  return object;
}

static json_object *
parse_cable (const char *spec,
             guint       number)
{
  g_auto(GStrv) waivers = g_strsplit (spec, "!", -1);
  g_auto(GStrv) length = g_strsplit (waivers[0], "@", 2);
  g_auto(GStrv) ends = g_strsplit (length[0], ">", 2);
  json_object *cable = json_object_new_object ();
  g_autofree char *id = g_strdup_printf ("c%u", number);

  g_assert_nonnull (ends[1]);
  json_object_object_add (cable, "id", json_object_new_string (id));
  json_object_object_add (cable, "from", endpoint (ends[0]));
  json_object_object_add (cable, "to", endpoint (ends[1]));
  if (length[1] != NULL)
    json_object_object_add (cable, "length_m",
                            json_object_new_double (g_ascii_strtod (length[1], NULL)));
  if (waivers[1] != NULL)
    {
      json_object *list = json_object_new_array ();

      for (guint i = 1; waivers[i] != NULL; i++)
        {
          json_object *waiver = json_object_new_object ();

          json_object_object_add (waiver, "rule", json_object_new_string (waivers[i]));
          json_object_object_add (waiver, "note", json_object_new_string ("test"));
          json_object_array_add (list, waiver);
        }
      json_object_object_add (cable, "waived", list);
    }
  return cable;
}

WpPlan *
rules_test_plan (const char *ports,
                 const char *cables)
{
  g_autoptr(json_object) root = json_object_new_object ();
  g_auto(GStrv) port_specs = g_strsplit (ports, ";", -1);
  g_auto(GStrv) cable_specs = g_strsplit_set (cables != NULL ? cables : "", " \n", -1);
  json_object *devices = json_object_new_array ();
  json_object *cable_list = json_object_new_array ();
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  guint n_cables = 0;
  WpPlan *plan;

  json_object_object_add (root, "format", json_object_new_string ("wireplan"));
  json_object_object_add (root, "version", json_object_new_int (1));
  for (guint i = 0; port_specs[i] != NULL; i++)
    {
      g_autofree char *device_id = NULL;
      json_object *port, *device;

      if (g_strstrip (port_specs[i])[0] == '\0')
        continue;
      port = parse_port (port_specs[i], &device_id);
      device = g_hash_table_lookup (by_id, device_id);
      if (device == NULL)
        {
          device = json_object_new_object ();
          json_object_object_add (device, "id", json_object_new_string (device_id));
          json_object_object_add (device, "name", json_object_new_string (device_id));
          json_object_object_add (device, "ports", json_object_new_array ());
          json_object_array_add (devices, device);
          g_hash_table_insert (by_id, g_strdup (device_id), device);
        }
      json_object_array_add (json_object_object_get (device, "ports"), port);
    }
  for (guint i = 0; cable_specs[i] != NULL; i++)
    if (cable_specs[i][0] != '\0')
      json_object_array_add (cable_list, parse_cable (cable_specs[i], ++n_cables));
  json_object_object_add (root, "devices", devices);
  json_object_object_add (root, "cables", cable_list);

  plan = wp_test_load_string (json_object_to_json_string (root), &error);
  g_assert_no_error (error);
  return plan;
}

/* The same cables, each drawn the other way round. */
char *
rules_test_reverse_cables (const char *cables)
{
  g_auto(GStrv) specs = g_strsplit_set (cables != NULL ? cables : "", " \n", -1);
  GString *reversed = g_string_new (NULL);

  for (guint i = 0; specs[i] != NULL; i++)
    {
      const char *rest = specs[i] + strcspn (specs[i], "@!");
      g_autofree char *ends = g_strndup (specs[i], rest - specs[i]);
      g_auto(GStrv) parts = g_strsplit (ends, ">", 2);

      if (specs[i][0] == '\0')
        continue;
      g_string_append_printf (reversed, "%s%s>%s%s", reversed->len ? " " : "", parts[1], parts[0],
                              rest);
    }
  return g_string_free (reversed, FALSE);
}

/* TRUE when both lists hold the same problems, in any order. */
gboolean
rules_test_same_problems (GPtrArray *a,
                          GPtrArray *b)
{
  g_autoptr(GPtrArray) left = g_ptr_array_copy (b, NULL, NULL);

  g_ptr_array_set_free_func (left, NULL);
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      guint j;

      for (j = 0; j < left->len; j++)
        if (wp_problem_equal (g_ptr_array_index (a, i), g_ptr_array_index (left, j)))
          break;
      if (j == left->len)
        return FALSE;
      g_ptr_array_remove_index (left, j);
    }
  return TRUE;
}

/* One line per problem, for failure messages. */
char *
rules_test_describe (GPtrArray *problems)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *key = wp_problem_get_key (problem);

      g_string_append_printf (text, "  %s %s%s: %s\n", key,
                              wp_enum_to_string (WP_ENUM_SEVERITY, problem->severity),
                              problem->waived ? " (waived)" : "", problem->message);
    }
  return g_string_free (text, FALSE);
}

/* Copies of the problems that list @cable_id, without it and not waived: what
 * wp_rules_check_candidate() says of the cable before it is added. */
GPtrArray *
rules_test_without_cable (GPtrArray  *problems,
                          const char *cable_id)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);

  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *copy;
      guint index;

      if (!wp_problem_has_cable (g_ptr_array_index (problems, i), cable_id))
        continue;
      copy = wp_problem_copy (g_ptr_array_index (problems, i));
      g_assert_true (g_ptr_array_find_with_equal_func (copy->cables, cable_id, g_str_equal,
                                                       &index));
      g_ptr_array_remove_index (copy->cables, index);
      copy->waived = FALSE;
      g_ptr_array_add (found, copy);
    }
  return found;
}
