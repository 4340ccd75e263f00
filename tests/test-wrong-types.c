/* test-wrong-types.c: any value of a plan or catalogue file replaced by null or by
 * a value of another type is refused with a message naming its place, or read
 * where the format lets it be anything; it never crashes the reader.
 *
 * Fuzzing found the first of these: "id": null read as a missing string and
 * crashed the reader.
 */
#include "config.h"

#include <json-c/json.h>
#include <string.h>

#include "wp-catalogue.h"
#include "wp-plan-io.h"
#include "wp-test-util.h"

typedef gboolean (*ReadFunc) (const char  *text,
                              GError     **error);

/* What stands in for a value in turn. */
static json_object *
replacement (guint kind)
{
  switch (kind)
    {
    case 0:
      return NULL;   /* JSON null */
    case 1:
      return json_object_new_object ();
    default:
      return json_object_new_string ("x");
    }
}

#define N_REPLACEMENTS 3

typedef struct {
  json_object *root;
  ReadFunc     read;
  guint        n_tried;
  guint        n_refused;
} Walk;

/* Reads the whole document with its current replacement; a refusal must say where:
 * at @path itself when @here (null and an object are wrong where they stand), or
 * anywhere (a string may be a fine value that another place then refers to). */
static void
try_document (Walk       *walk,
              const char *path,
              gboolean    here)
{
  const char *text = json_object_to_json_string_ext (walk->root, JSON_C_TO_STRING_PLAIN);
  g_autoptr(GError) error = NULL;

  walk->n_tried++;
  if (walk->read (text, &error))
    return;
  g_assert_nonnull (error);
  walk->n_refused++;
  if (strstr (error->message, here ? path : "$") == NULL)
    g_error ("the message for a wrong value at %s does not say where: %s", path, error->message);
}

static void
walk_value (Walk        *walk,
            json_object *node,
            GString     *path);

/* Replaces the member @key of @object in turn, then walks into it. */
static void
walk_member (Walk        *walk,
             json_object *object,
             const char  *key,
             GString     *path)
{
  json_object *original = json_object_get (json_object_object_get (object, key));
  gsize length = path->len;

  g_string_append_printf (path, ".%s", key);
  for (guint kind = 0; kind < N_REPLACEMENTS; kind++)
    {
      json_object_object_add (object, key, replacement (kind));
      try_document (walk, path->str, kind < 2);
    }
  json_object_object_add (object, key, json_object_get (original));
  walk_value (walk, original, path);
  json_object_put (original);
  g_string_truncate (path, length);
}

static void
walk_element (Walk        *walk,
              json_object *array,
              gsize        index,
              GString     *path)
{
  json_object *original = json_object_get (json_object_array_get_idx (array, index));
  gsize length = path->len;

  g_string_append_printf (path, "[%" G_GSIZE_FORMAT "]", index);
  for (guint kind = 0; kind < N_REPLACEMENTS; kind++)
    {
      json_object_array_put_idx (array, index, replacement (kind));
      try_document (walk, path->str, kind < 2);
    }
  json_object_array_put_idx (array, index, json_object_get (original));
  walk_value (walk, original, path);
  json_object_put (original);
  g_string_truncate (path, length);
}

static void
walk_value (Walk        *walk,
            json_object *node,
            GString     *path)
{
  if (json_object_is_type (node, json_type_object))
    {
      g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

      /* The keys first: replacing a member must not disturb the iteration. */
      json_object_object_foreach (node, key, value)
        {
          (void) value;
          g_ptr_array_add (keys, g_strdup (key));
        }
      for (guint i = 0; i < keys->len; i++)
        walk_member (walk, node, g_ptr_array_index (keys, i), path);
    }
  else if (json_object_is_type (node, json_type_array))
    {
      /* Arrays of many alike items: the first two stand for the rest. */
      gsize n = MIN (json_object_array_length (node), 2);

      for (gsize i = 0; i < n; i++)
        walk_element (walk, node, i, path);
    }
}

static void
walk_file (const char *path,
           ReadFunc    read)
{
  Walk walk = { json_object_from_file (path), read, 0, 0 };
  g_autoptr(GString) json_path = g_string_new ("$");

  g_assert_nonnull (walk.root);
  walk_value (&walk, walk.root, json_path);
  json_object_put (walk.root);
  g_test_message ("%s: %u wrong values, %u refused", path, walk.n_tried, walk.n_refused);
  /* Most places take one type only. */
  g_assert_cmpuint (walk.n_refused, >, walk.n_tried / 2);
}

static gboolean
read_plan (const char  *text,
           GError     **error)
{
  g_autoptr(WpPlan) plan = wp_plan_load_from_data (text, strlen (text), "plan.wireplan", error);

  return plan != NULL;
}

static gboolean
read_catalogue (const char  *text,
                GError     **error)
{
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();

  return wp_catalogue_load_data (catalogue, text, strlen (text), "mine.json", TRUE, error);
}

static void
test_plan (void)
{
  g_autofree char *path = wp_test_fixture_path ("data", "examples", "home-studio.wireplan", NULL);

  walk_file (path, read_plan);
}

static void
test_catalogue (void)
{
  g_autofree char *path = wp_test_fixture_path ("data", "catalogue", "di-boxes.json", NULL);

  walk_file (path, read_catalogue);
}

/* The value fuzzing found, on its own. */
static void
test_null_id (void)
{
  static const char text[] =
    "{\"format\": \"wireplan\", \"version\": 1, \"meta\": {}, \"zones\": [], \"devices\": "
    "[{\"id\": null, \"model\": \"x\", \"name\": \"a\", \"x\": 0, \"y\": 0, \"ports\": []}], "
    "\"cables\": []}";
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_plan_load_from_data (text, strlen (text), "plan.wireplan", &error);

  g_assert_null (plan);
  g_assert_nonnull (strstr (error->message, "$.devices[0].id: expected a string, found null"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wrong-types/null-id", test_null_id);
  g_test_add_func ("/wrong-types/plan", test_plan);
  g_test_add_func ("/wrong-types/catalogue", test_catalogue);

  return g_test_run ();
}
