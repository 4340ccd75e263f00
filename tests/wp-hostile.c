/* wp-hostile.c: hostile plan and catalogue files for tests */
#include "config.h"

#include <json-c/json.h>

#include "wp-hostile.h"

/* Each is harmless as text and harmful as anything else. */
static const char * const hostile_texts[] = {
  "/etc/passwd",
  "../../../../../../../../etc/shadow",
  "file:///etc/passwd",
  "~/.ssh/id_rsa",
  "http://198.51.100.7/payload",
  "https://example.invalid/evil.wireplan",
  "smb://server/share/x",
  "\\\\server\\share\\x",
  "$(touch /tmp/wireplan-sandbox-pwned)",
  "`touch /tmp/wireplan-sandbox-pwned`",
  "; rm -rf ~ #",
  "|/bin/sh -c id",
  "${HOME}/.bashrc",
  "%s%s%s%s%n%n%n",
  "<span font_family=\"/etc/passwd\">x</span><a href=\"http://x\">y</a>",
  "\x1b]0;owned\x07\x1b[2J",
  "/dev/tcp/198.51.100.7/80",
  "/proc/self/environ",
  NULL
};

/* The keys whose values are free text, in plans and catalogue files. In a plan
 * "model" only names the catalogue entry a device came from; in a catalogue it is
 * the entry's id, which must be unique. */
static const char * const free_text_keys[] = {
  "title", "venue", "author", "revision", "notes", "name", "label",
  "manufacturer", "description", "category",
};

static gboolean
is_free_text_key (const char *key,
                  gboolean    plan)
{
  if (plan && g_str_equal (key, "model"))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (free_text_keys); i++)
    if (g_str_equal (key, free_text_keys[i]))
      return TRUE;
  return FALSE;
}

/* Replaces every free-text string under @node, cycling through the hostile texts. */
static void
poison (json_object *node,
        gboolean     plan,
        guint       *next)
{
  if (json_object_is_type (node, json_type_array))
    {
      for (gsize i = 0; i < json_object_array_length (node); i++)
        poison (json_object_array_get_idx (node, i), plan, next);
    }
  else if (json_object_is_type (node, json_type_object))
    {
      json_object_object_foreach (node, key, value)
        {
          if (json_object_is_type (value, json_type_string) && is_free_text_key (key, plan))
            {
              const char *text = hostile_texts[(*next)++ % (G_N_ELEMENTS (hostile_texts) - 1)];

              json_object_object_add (node, key, json_object_new_string (text));
            }
          else
            poison (value, plan, next);
        }
    }
}

/* @path's JSON with each free-text value replaced by the hostile texts in turn,
 * from the @next one on; a catalogue file keeps its model ids. */
char *
wp_hostile_read (const char *path,
               gboolean    plan,
               guint      *next)
{
  json_object *root = json_object_from_file (path);
  char *text;

  g_assert_nonnull (root);
  poison (root, plan, next);
  text = g_strdup (json_object_to_json_string_ext (root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
  json_object_put (root);
  return text;
}

/* NULL-terminated. */
const char * const *
wp_hostile_texts (void)
{
  return hostile_texts;
}
