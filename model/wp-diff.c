/* wp-diff.c: a structured diff of two plans, by id
 *
 * Both plans are turned into the JSON tree of their files (wp_plan_to_json), so
 * every key the file keeps, unknown ones included, is compared and nothing is
 * listed twice.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-diff.h"
#include "wp-json.h"
#include "wp-plan-io.h"

static const char * const kind_names[] = {
  [WP_DIFF_PLAN] = "plan",
  [WP_DIFF_META] = "meta",
  [WP_DIFF_ZONE] = "zone",
  [WP_DIFF_DEVICE] = "device",
  [WP_DIFF_PORT] = "port",
  [WP_DIFF_CABLE] = "cable",
};

static const char * const change_names[] = {
  [WP_DIFF_ADDED] = "added",
  [WP_DIFF_REMOVED] = "removed",
  [WP_DIFF_CHANGED] = "changed",
};

const char *
wp_diff_kind_to_string (WpDiffKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

const char *
wp_diff_change_to_string (WpDiffChange change)
{
  g_return_val_if_fail (change < G_N_ELEMENTS (change_names), NULL);
  return change_names[change];
}

static void
entry_free (WpDiffEntry *entry)
{
  g_free (entry->id);
  g_free (entry->port);
  g_free (entry->field);
  g_clear_pointer (&entry->before, json_object_put);
  g_clear_pointer (&entry->after, json_object_put);
  g_free (entry);
}

typedef struct {
  GPtrArray  *entries;
  WpDiffKind  kind;
  const char *id;
  const char *port;
} Scope;

static void
add_entry (const Scope  *scope,
           WpDiffChange  change,
           const char   *field,
           json_object  *before,
           json_object  *after)
{
  WpDiffEntry *entry = g_new0 (WpDiffEntry, 1);

  entry->change = change;
  entry->kind = scope->kind;
  entry->id = g_strdup (scope->id);
  entry->port = g_strdup (scope->port);
  entry->field = g_strdup (field);
  entry->before = json_object_get (before);
  entry->after = json_object_get (after);
  g_ptr_array_add (scope->entries, entry);
}

static json_object *
get_key (json_object *object,
         const char  *key)
{
  json_object *value = NULL;

  if (object != NULL)
    json_object_object_get_ex (object, key, &value);
  return value;
}

static void diff_objects (const Scope *scope, const char *prefix, json_object *before,
                          json_object *after, const char *skip);

/* Nested objects (cable ends) are compared key by key, so the entry names the
 * one key that changed; anything else is compared whole. */
static void
diff_values (const Scope *scope,
             const char  *field,
             json_object *before,
             json_object *after)
{
  if (json_object_is_type (before, json_type_object) && json_object_is_type (after, json_type_object))
    diff_objects (scope, field, before, after, NULL);
  else if (!json_object_equal (before, after))
    add_entry (scope, WP_DIFF_CHANGED, field, before, after);
}

static void
diff_objects (const Scope *scope,
              const char  *prefix,
              json_object *before,
              json_object *after,
              const char  *skip)
{
  /* Both are objects: the file tree always has the sections it compares. */
  g_assert (json_object_is_type (before, json_type_object));
  g_assert (json_object_is_type (after, json_type_object));

  json_object_object_foreach (before, key, old_value)
    {
      g_autofree char *field = prefix != NULL ? g_strconcat (prefix, ".", key, NULL) : g_strdup (key);

      if (g_strcmp0 (key, skip) != 0 && g_strcmp0 (key, "id") != 0)
        diff_values (scope, field, old_value, get_key (after, key));
    }
  json_object_object_foreach (after, new_key, new_value)
    {
      g_autofree char *field = prefix != NULL ? g_strconcat (prefix, ".", new_key, NULL) : g_strdup (new_key);

      if (g_strcmp0 (new_key, skip) != 0 && get_key (before, new_key) == NULL)
        add_entry (scope, WP_DIFF_CHANGED, field, NULL, new_value);
    }
}

static const char *
item_id (json_object *item)
{
  return json_object_get_string (get_key (item, "id"));
}

static json_object *
find_item (json_object *list,
           const char  *id)
{
  for (size_t i = 0; list != NULL && i < json_object_array_length (list); i++)
    {
      json_object *item = json_object_array_get_idx (list, i);

      if (g_strcmp0 (item_id (item), id) == 0)
        return item;
    }
  return NULL;
}

static void diff_device (const Scope *scope, json_object *before, json_object *after);

/* Lists of items with ids, matched by id: removed items in the old order, then
 * changed and added ones in the new order. */
static void
diff_lists (const Scope *parent,
            WpDiffKind   kind,
            json_object *before,
            json_object *after)
{
  for (size_t i = 0; before != NULL && i < json_object_array_length (before); i++)
    {
      json_object *item = json_object_array_get_idx (before, i);
      Scope scope = *parent;

      scope.kind = kind;
      if (kind == WP_DIFF_PORT)
        scope.port = item_id (item);
      else
        scope.id = item_id (item);
      if (find_item (after, item_id (item)) == NULL)
        add_entry (&scope, WP_DIFF_REMOVED, NULL, item, NULL);
    }
  for (size_t i = 0; after != NULL && i < json_object_array_length (after); i++)
    {
      json_object *item = json_object_array_get_idx (after, i);
      json_object *old_item = find_item (before, item_id (item));
      Scope scope = *parent;

      scope.kind = kind;
      if (kind == WP_DIFF_PORT)
        scope.port = item_id (item);
      else
        scope.id = item_id (item);
      if (old_item == NULL)
        add_entry (&scope, WP_DIFF_ADDED, NULL, NULL, item);
      else if (kind == WP_DIFF_DEVICE)
        diff_device (&scope, old_item, item);
      else
        diff_objects (&scope, NULL, old_item, item, NULL);
    }
}

static void
diff_device (const Scope *scope,
             json_object *before,
             json_object *after)
{
  diff_objects (scope, NULL, before, after, "ports");
  diff_lists (scope, WP_DIFF_PORT, get_key (before, "ports"), get_key (after, "ports"));
}

static const struct {
  const char *key;
  WpDiffKind  kind;
} sections[] = {
  { "zones", WP_DIFF_ZONE },
  { "devices", WP_DIFF_DEVICE },
  { "cables", WP_DIFF_CABLE },
};

/* Returns the changes that turn @old_plan into @new_plan, a #GPtrArray of
 * #WpDiffEntry; empty when the plans are equal. */
GPtrArray *
wp_diff_plans (WpPlan *old_plan,
               WpPlan *new_plan)
{
  g_autoptr(json_object) before = NULL;
  g_autoptr(json_object) after = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  Scope scope = { entries, WP_DIFF_META, NULL, NULL };
  g_autoptr(json_object) before_rest = json_object_new_object ();
  g_autoptr(json_object) after_rest = json_object_new_object ();

  g_return_val_if_fail (WP_IS_PLAN (old_plan), entries);
  g_return_val_if_fail (WP_IS_PLAN (new_plan), entries);

  before = wp_plan_to_json (old_plan);
  after = wp_plan_to_json (new_plan);
  diff_objects (&scope, NULL, get_key (before, "meta"), get_key (after, "meta"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    diff_lists (&scope, sections[i].kind, get_key (before, sections[i].key),
                get_key (after, sections[i].key));

  /* What is left: format, version and unknown top-level keys. */
  json_object_object_foreach (before, key, value)
    json_object_object_add (before_rest, key, json_object_get (value));
  json_object_object_foreach (after, after_key, after_value)
    json_object_object_add (after_rest, after_key, json_object_get (after_value));
  json_object_object_del (before_rest, "meta");
  json_object_object_del (after_rest, "meta");
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      json_object_object_del (before_rest, sections[i].key);
      json_object_object_del (after_rest, sections[i].key);
    }
  scope.kind = WP_DIFF_PLAN;
  diff_objects (&scope, NULL, before_rest, after_rest, NULL);
  return entries;
}

json_object *
wp_diff_entry_to_json (const WpDiffEntry *entry)
{
  json_object *object = json_object_new_object ();

  g_return_val_if_fail (entry != NULL, object);

  json_object_object_add (object, "change", json_object_new_string (change_names[entry->change]));
  json_object_object_add (object, "kind", json_object_new_string (kind_names[entry->kind]));
  if (entry->id != NULL)
    json_object_object_add (object, "id", json_object_new_string (entry->id));
  if (entry->port != NULL)
    json_object_object_add (object, "port", json_object_new_string (entry->port));
  if (entry->field != NULL)
    json_object_object_add (object, "field", json_object_new_string (entry->field));
  json_object_object_add (object, "before", json_object_get (entry->before));
  json_object_object_add (object, "after", json_object_get (entry->after));
  return object;
}

static char *
value_to_string (json_object *value)
{
  if (value == NULL)
    return g_strdup (_("(none)"));
  return g_strdup (json_object_to_json_string_ext (value, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
}

/* One line for people: what, which, and for a changed field its old and new value. */
char *
wp_diff_entry_to_string (const WpDiffEntry *entry)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  switch (entry->kind)
    {
    case WP_DIFF_PLAN:
      what = g_strdup (_("plan"));
      break;
    case WP_DIFF_META:
      what = g_strdup (_("meta"));
      break;
    case WP_DIFF_ZONE:
      what = g_strdup_printf (_("zone %s"), entry->id);
      break;
    case WP_DIFF_DEVICE:
      what = g_strdup_printf (_("device %s"), entry->id);
      break;
    case WP_DIFF_PORT:
      what = g_strdup_printf (_("port %s/%s"), entry->id, entry->port);
      break;
    case WP_DIFF_CABLE:
      what = g_strdup_printf (_("cable %s"), entry->id);
      break;
    default:
      g_assert_not_reached ();
    }

  switch (entry->change)
    {
    case WP_DIFF_ADDED:
      /* Translators: "device d3: added" */
      return g_strdup_printf (_("%s: added"), what);
    case WP_DIFF_REMOVED:
      return g_strdup_printf (_("%s: removed"), what);
    case WP_DIFF_CHANGED:
      {
        g_autofree char *before = value_to_string (entry->before);
        g_autofree char *after = value_to_string (entry->after);

        /* Translators: "device d3: x: 120 → 160" */
        return g_strdup_printf (_("%s: %s: %s → %s"), what, entry->field, before, after);
      }
    default:
      g_assert_not_reached ();
    }
}
