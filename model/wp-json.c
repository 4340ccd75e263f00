/* wp-json.c: strict JSON parsing, error locations and canonical output */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wp-json.h"

typedef struct {
  const char *text;
  gsize       length;
  gsize       pos;
  guint       depth;
  char       *error;       /* first error, owned */
  gsize       error_pos;
  /* Locating: the path being looked for and the path of the value being read. */
  const char *target;
  GString    *path;
  gboolean    found;
  gsize       found_pos;
  GString    *keys[WP_JSON_MAX_DEPTH + 1];  /* the key being read at each depth, decoded */
} Scanner;

static gboolean scan_value (Scanner      *s,
                            json_object **value);

static gboolean
fail (Scanner    *s,
      gsize       pos,
      const char *message)
{
  if (s->error == NULL)
    {
      s->error = g_strdup (message);
      s->error_pos = pos;
    }
  return FALSE;
}

static void
skip_whitespace (Scanner *s)
{
  while (s->pos < s->length)
    {
      char c = s->text[s->pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      s->pos++;
    }
}

static gboolean
peek_is (Scanner *s,
         char     c)
{
  return s->pos < s->length && s->text[s->pos] == c;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
scan_unicode_escape (Scanner  *s,
                     guint    *code)
{
  *code = 0;
  if (s->pos + 4 > s->length)
    return fail (s, s->pos, _("incomplete \\u escape"));
  for (guint i = 0; i < 4; i++)
    {
      int v = hex_value (s->text[s->pos + i]);
      if (v < 0)
        return fail (s, s->pos, _("invalid \\u escape"));
      *code = (*code << 4) | (guint) v;
    }
  s->pos += 4;
  return TRUE;
}

/* Scans a string starting at the opening quote; the text is already valid UTF-8. */
static gboolean
scan_string (Scanner *s)
{
  gsize start = s->pos;

  s->pos++;
  while (s->pos < s->length)
    {
      guchar c = (guchar) s->text[s->pos];

      if (c == '"')
        {
          s->pos++;
          return TRUE;
        }
      if (c < 0x20)
        return fail (s, s->pos, _("control character in a string"));
      if (c != '\\')
        {
          s->pos++;
          continue;
        }
      s->pos++;
      if (s->pos >= s->length)
        break;
      c = (guchar) s->text[s->pos++];
      if (c == 'u')
        {
          guint code;

          if (!scan_unicode_escape (s, &code))
            return FALSE;
          if (code >= 0xDC00 && code <= 0xDFFF)
            return fail (s, s->pos - 6, _("unpaired UTF-16 surrogate in a string"));
          if (code >= 0xD800 && code <= 0xDBFF)
            {
              guint low;

              if (s->pos + 2 > s->length || s->text[s->pos] != '\\' || s->text[s->pos + 1] != 'u')
                return fail (s, s->pos, _("unpaired UTF-16 surrogate in a string"));
              s->pos += 2;
              if (!scan_unicode_escape (s, &low))
                return FALSE;
              if (low < 0xDC00 || low > 0xDFFF)
                return fail (s, s->pos - 6, _("unpaired UTF-16 surrogate in a string"));
            }
        }
      else if (strchr ("\"\\/bfnrt", c) == NULL || c == '\0')
        return fail (s, s->pos - 1, _("invalid escape in a string"));
    }
  return fail (s, start, _("unterminated string"));
}

static gboolean
scan_digits (Scanner *s)
{
  gsize start = s->pos;

  while (s->pos < s->length && g_ascii_isdigit (s->text[s->pos]))
    s->pos++;
  return s->pos > start;
}

/* The value json-c's tokener makes of a number: integers as int64 (uint64 above
 * INT64_MAX, saturating like strtoll), others as doubles that keep their text. */
static json_object *
new_number (const char *text,
            gboolean    is_double,
            double      value)
{
  guint64 unsigned_value;

  if (is_double)
    return json_object_new_double_s (value, text);
  if (text[0] == '-')
    return json_object_new_int64 (g_ascii_strtoll (text, NULL, 10));
  unsigned_value = g_ascii_strtoull (text, NULL, 10);
  if (unsigned_value <= G_MAXINT64)
    return json_object_new_int64 ((gint64) unsigned_value);
  return json_object_new_uint64 (unsigned_value);
}

static gboolean
scan_number (Scanner      *s,
             json_object **number)
{
  gsize start = s->pos;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *long_text = NULL;
  const char *text = buffer;
  gboolean is_double = FALSE;
  gsize length;
  double value;

  if (peek_is (s, '-'))
    s->pos++;
  if (peek_is (s, '0'))
    s->pos++;
  else if (!scan_digits (s))
    return fail (s, start, _("invalid number"));
  if (peek_is (s, '.'))
    {
      s->pos++;
      is_double = TRUE;
      if (!scan_digits (s))
        return fail (s, start, _("invalid number"));
    }
  if (peek_is (s, 'e') || peek_is (s, 'E'))
    {
      s->pos++;
      is_double = TRUE;
      if (peek_is (s, '+') || peek_is (s, '-'))
        s->pos++;
      if (!scan_digits (s))
        return fail (s, start, _("invalid number"));
    }

  /* A NUL-terminated copy for strtod and json-c, on the heap only for very long numbers. */
  length = s->pos - start;
  if (length >= sizeof buffer)
    text = long_text = g_strndup (s->text + start, length);
  else
    {
      memcpy (buffer, s->text + start, length);
      buffer[length] = '\0';
    }
  /* Numbers too large for a double would come back as infinity. */
  value = g_ascii_strtod (text, NULL);
  if (!isfinite (value))
    return fail (s, start, _("number out of range"));
  *number = new_number (text, is_double, value);
  return TRUE;
}

static gboolean
scan_literal (Scanner    *s,
              const char *word)
{
  gsize n = strlen (word);

  if (s->pos + n > s->length || memcmp (s->text + s->pos, word, n) != 0)
    return fail (s, s->pos, _("unexpected character"));
  s->pos += n;
  return TRUE;
}

static gboolean
enter (Scanner *s)
{
  g_autofree char *message = NULL;

  if (++s->depth <= WP_JSON_MAX_DEPTH)
    return TRUE;
  message = g_strdup_printf (_("nested too deeply (at most %d levels of arrays and objects)"),
                             WP_JSON_MAX_DEPTH);
  return fail (s, s->pos, message);
}

static void
note_value_start (Scanner *s)
{
  if (s->target != NULL && !s->found && g_str_equal (s->path->str, s->target))
    {
      s->found = TRUE;
      s->found_pos = s->pos;
    }
}

/* The string in the quoted text @raw; json-c decodes the escapes where there are any,
 * so that strings read exactly as its tokener would read them. */
static json_object *
new_string (const char *raw,
            gsize       length)
{
  g_autofree char *quoted = NULL;
  json_object *string;

  if (memchr (raw, '\\', length) == NULL)
    return json_object_new_string_len (raw + 1, (int) (length - 2));
  quoted = g_strndup (raw, length);
  string = json_tokener_parse (quoted);
  return string != NULL ? string : json_object_new_string (quoted);
}

/* The key at @raw, decoded so that "a" and "\u0061" are the same key, in a buffer
 * of the current depth that stays valid while the member's value is read. */
static const char *
decode_key (Scanner    *s,
            const char *raw,
            gsize       length)
{
  GString *key = s->keys[s->depth];

  if (key == NULL)
    key = s->keys[s->depth] = g_string_new (NULL);
  g_string_truncate (key, 0);
  if (memchr (raw, '\\', length) == NULL)
    g_string_append_len (key, raw + 1, (gssize) (length - 2));
  else
    {
      g_autoptr(json_object) string = new_string (raw, length);
      g_string_append (key, json_object_get_string (string));
    }
  return key->str;
}

/* Keys shared by every object instead of copied into each (JSON_C_OBJECT_KEY_IS_CONSTANT):
 * a plan repeats a few dozen keys hundreds of thousands of times. They live as long as
 * the process, so only short keys are shared, and only so many distinct ones. */
#define SHARED_KEY_MAX_LENGTH 32
#define SHARED_KEYS_MAX       1024

static const char *
share_key (const char *key)
{
  static GMutex lock;
  static GHashTable *shared;
  const char *found;

  if (strlen (key) > SHARED_KEY_MAX_LENGTH)
    return NULL;
  g_mutex_lock (&lock);
  if (shared == NULL)
    shared = g_hash_table_new (g_str_hash, g_str_equal);
  found = g_hash_table_lookup (shared, key);
  if (found == NULL && g_hash_table_size (shared) < SHARED_KEYS_MAX)
    {
      found = g_strdup (key);
      g_hash_table_add (shared, (gpointer) found);
    }
  g_mutex_unlock (&lock);
  return found;
}

static void
add_member (json_object *object,
            const char  *key,
            json_object *member)
{
  const char *shared = share_key (key);

  if (shared != NULL)
    json_object_object_add_ex (object, shared, member,
                               JSON_C_OBJECT_ADD_KEY_IS_NEW | JSON_C_OBJECT_KEY_IS_CONSTANT);
  else
    json_object_object_add_ex (object, key, member, JSON_C_OBJECT_ADD_KEY_IS_NEW);
}

static gboolean
scan_object (Scanner      *s,
             json_object **value)
{
  g_autoptr(json_object) object = json_object_new_object ();
  gsize path_length = s->path != NULL ? s->path->len : 0;
  gboolean ok = FALSE;

  if (!enter (s))
    goto out;
  s->pos++;
  skip_whitespace (s);
  if (peek_is (s, '}'))
    {
      s->pos++;
      ok = TRUE;
      goto out;
    }
  for (;;)
    {
      gsize key_start = s->pos;
      json_object *member = NULL;
      const char *key;

      if (!peek_is (s, '"'))
        {
          fail (s, s->pos, _("expected a quoted key"));
          goto out;
        }
      if (!scan_string (s))
        goto out;
      key = decode_key (s, s->text + key_start, s->pos - key_start);
      if (s->path != NULL)
        {
          g_string_truncate (s->path, path_length);
          wp_json_append_key (s->path, key);
        }
      /* The object being built is the set of keys seen so far. */
      if (json_object_object_get_ex (object, key, NULL))
        {
          fail (s, key_start, _("duplicate key"));
          goto out;
        }
      skip_whitespace (s);
      if (!peek_is (s, ':'))
        {
          fail (s, s->pos, _("expected ':' after a key"));
          goto out;
        }
      s->pos++;
      skip_whitespace (s);
      if (!scan_value (s, &member))
        goto out;
      add_member (object, key, member);
      skip_whitespace (s);
      if (peek_is (s, ','))
        {
          s->pos++;
          skip_whitespace (s);
          continue;
        }
      if (peek_is (s, '}'))
        {
          s->pos++;
          ok = TRUE;
          goto out;
        }
      fail (s, s->pos, _("expected ',' or '}' in an object"));
      goto out;
    }

out:
  if (s->path != NULL)
    g_string_truncate (s->path, path_length);
  s->depth--;
  if (ok)
    *value = g_steal_pointer (&object);
  return ok;
}

static gboolean
scan_array (Scanner      *s,
            json_object **value)
{
  g_autoptr(json_object) array = json_object_new_array ();
  gsize path_length = s->path != NULL ? s->path->len : 0;
  gsize index = 0;
  gboolean ok = FALSE;

  if (!enter (s))
    goto out;
  s->pos++;
  skip_whitespace (s);
  if (peek_is (s, ']'))
    {
      s->pos++;
      ok = TRUE;
      goto out;
    }
  for (;;)
    {
      json_object *element = NULL;

      if (s->path != NULL)
        {
          g_string_truncate (s->path, path_length);
          wp_json_append_index (s->path, index++);
        }
      if (!scan_value (s, &element))
        goto out;
      json_object_array_add (array, element);
      skip_whitespace (s);
      if (peek_is (s, ','))
        {
          s->pos++;
          skip_whitespace (s);
          continue;
        }
      if (peek_is (s, ']'))
        {
          s->pos++;
          ok = TRUE;
          goto out;
        }
      fail (s, s->pos, _("expected ',' or ']' in an array"));
      goto out;
    }

out:
  if (s->path != NULL)
    g_string_truncate (s->path, path_length);
  s->depth--;
  if (ok)
    *value = g_steal_pointer (&array);
  return ok;
}

/* Scans one value into @value (NULL for JSON null), as json-c would represent it. */
static gboolean
scan_value (Scanner      *s,
            json_object **value)
{
  gsize start = s->pos;

  note_value_start (s);
  *value = NULL;
  if (s->pos >= s->length)
    return fail (s, s->pos, _("unexpected end of file"));

  switch (s->text[s->pos])
    {
    case '{':
      return scan_object (s, value);
    case '[':
      return scan_array (s, value);
    case '"':
      if (!scan_string (s))
        return FALSE;
      *value = new_string (s->text + start, s->pos - start);
      return TRUE;
    case 't':
      if (!scan_literal (s, "true"))
        return FALSE;
      *value = json_object_new_boolean (TRUE);
      return TRUE;
    case 'f':
      if (!scan_literal (s, "false"))
        return FALSE;
      *value = json_object_new_boolean (FALSE);
      return TRUE;
    case 'n':
      return scan_literal (s, "null");
    default:
      if (s->text[s->pos] == '-' || g_ascii_isdigit (s->text[s->pos]))
        return scan_number (s, value);
      return fail (s, s->pos, _("unexpected character"));
    }
}

static void
position_to_line (const char *text,
                  gsize       pos,
                  guint      *line,
                  guint      *column)
{
  guint l = 1;
  gsize line_start = 0;

  for (gsize i = 0; i < pos; i++)
    {
      if (text[i] == '\n')
        {
          l++;
          line_start = i + 1;
        }
    }
  if (line != NULL)
    *line = l;
  if (column != NULL)
    *column = (guint) g_utf8_pointer_to_offset (text + line_start, text + pos) + 1;
}

/* Like g_utf8_validate(), but only the runs of bytes other than ASCII (and NUL, which
 * g_utf8_validate() refuses) go through it: a plan is mostly ASCII, and a character
 * never spans an ASCII byte, so the first invalid byte found is the same. */
static gboolean
validate_utf8 (const char  *text,
               gsize        length,
               const char **invalid)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + length;

  while (p < end)
    {
      const guchar *run;

      if (*p >= 0x01 && *p < 0x80)
        {
          p++;
          continue;
        }
      run = p;
      while (p < end && (*p == 0 || *p >= 0x80))
        p++;
      if (!g_utf8_validate_len ((const char *) run, (gsize) (p - run), invalid))
        return FALSE;
    }
  return TRUE;
}

static json_object *
scan_document (Scanner *s)
{
  const char *invalid = NULL;
  g_autoptr(json_object) root = NULL;

  if (!validate_utf8 (s->text, s->length, &invalid))
    {
      fail (s, (gsize) (invalid - s->text), _("not valid UTF-8 text"));
      return NULL;
    }
  /* A byte order mark is not JSON, but editors write one; say so plainly. */
  if (s->length >= 3 && memcmp (s->text, "\xEF\xBB\xBF", 3) == 0)
    {
      fail (s, 0, _("the file starts with a byte order mark, which JSON does not allow"));
      return NULL;
    }

  skip_whitespace (s);
  if (s->pos >= s->length)
    {
      fail (s, s->pos, _("the file is empty"));
      return NULL;
    }
  if (scan_value (s, &root))
    {
      skip_whitespace (s);
      if (s->pos < s->length)
        fail (s, s->pos, _("unexpected text after the end of the document"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (s->keys); i++)
    if (s->keys[i] != NULL)
      g_string_free (s->keys[i], TRUE);
  return s->error == NULL ? g_steal_pointer (&root) : NULL;
}

/* Parses @text, which must be one strict RFC 8259 JSON value in valid UTF-8, with
 * finite numbers, unique keys and at most WP_JSON_MAX_DEPTH levels, into the tree
 * json_tokener_parse() would give, in one pass. Returns FALSE with the place and
 * reason of the first error; @value is NULL for "null". */
gboolean
wp_json_parse (const char   *text,
               gsize         length,
               json_object **value,
               guint        *error_line,
               guint        *error_column,
               char        **error_message)
{
  Scanner s = { .text = text, .length = length };
  json_object *root;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  root = scan_document (&s);
  if (s.error == NULL)
    {
      if (value != NULL)
        *value = root;
      else
        json_object_put (root);
      return TRUE;
    }
  /* Invalid UTF-8 is reported before a position can be turned into columns safely. */
  if (g_utf8_validate (text, (gssize) s.error_pos, NULL))
    position_to_line (text, s.error_pos, error_line, error_column);
  else
    {
      if (error_line)
        *error_line = 0;
      if (error_column)
        *error_column = 0;
    }
  if (error_message != NULL)
    *error_message = g_steal_pointer (&s.error);
  g_free (s.error);
  return FALSE;
}

/* Checks that @text is strict JSON, as wp_json_parse() does. */
gboolean
wp_json_check_syntax (const char  *text,
                      gsize        length,
                      guint       *error_line,
                      guint       *error_column,
                      char       **error_message)
{
  return wp_json_parse (text, length, NULL, error_line, error_column, error_message);
}

/* Finds the line and column where the value at @path (as built by
 * wp_json_append_key() and wp_json_append_index() from "$") starts. */
gboolean
wp_json_locate (const char *text,
                gsize       length,
                const char *path,
                guint      *line,
                guint      *column)
{
  Scanner s = { .text = text, .length = length, .target = path };
  gboolean found;

  g_return_val_if_fail (path != NULL, FALSE);

  s.path = g_string_new ("$");
  json_object_put (scan_document (&s));
  found = s.found;
  if (found)
    position_to_line (text, s.found_pos, line, column);
  g_string_free (s.path, TRUE);
  g_free (s.error);
  return found;
}

static gboolean
is_plain_key (const char *key)
{
  if (!g_ascii_isalpha (*key) && *key != '_')
    return FALSE;
  for (const char *p = key; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

static void append_string (GString    *out,
                           const char *value);

/* $.devices, or $["odd key"] for keys that are not identifiers. */
void
wp_json_append_key (GString    *path,
                    const char *key)
{
  /* No printf: the reader extends the path for every key of a big plan. */
  if (is_plain_key (key))
    {
      g_string_append_c (path, '.');
      g_string_append (path, key);
    }
  else
    {
      g_string_append_c (path, '[');
      append_string (path, key);
      g_string_append_c (path, ']');
    }
}

void
wp_json_append_index (GString *path,
                      gsize    index)
{
  char digits[24];
  int n = 0;

  do
    digits[n++] = '0' + index % 10;
  while ((index /= 10) > 0);
  g_string_append_c (path, '[');
  while (n > 0)
    g_string_append_c (path, digits[--n]);
  g_string_append_c (path, ']');
}

static void
append_string (GString    *out,
               const char *value)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) value; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

/* The shortest decimal form that reads back as the same double; integers without ".0". */
static void
append_double (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == 0)
    value = 0; /* no "-0" */
  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) value);
      return;
    }
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (out, buffer);
}

static void
append_indent (GString *out,
               guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
write_value (GString     *out,
             json_object *value,
             guint        level)
{
  switch (json_object_get_type (value))
    {
    case json_type_null:
      g_string_append (out, "null");
      break;
    case json_type_boolean:
      g_string_append (out, json_object_get_boolean (value) ? "true" : "false");
      break;
    case json_type_int:
      g_string_append (out, json_object_to_json_string_ext (value, JSON_C_TO_STRING_PLAIN));
      break;
    case json_type_double:
      append_double (out, json_object_get_double (value));
      break;
    case json_type_string:
      append_string (out, json_object_get_string (value));
      break;
    case json_type_array:
      {
        gsize n = json_object_array_length (value);

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append (out, "[\n");
        for (gsize i = 0; i < n; i++)
          {
            append_indent (out, level + 1);
            write_value (out, json_object_array_get_idx (value, i), level + 1);
            g_string_append (out, i + 1 < n ? ",\n" : "\n");
          }
        append_indent (out, level);
        g_string_append_c (out, ']');
        break;
      }
    case json_type_object:
      {
        int n = json_object_object_length (value);
        int i = 0;

        if (n == 0)
          {
            g_string_append (out, "{}");
            break;
          }
        g_string_append (out, "{\n");
        json_object_object_foreach (value, key, member)
          {
            append_indent (out, level + 1);
            append_string (out, key);
            g_string_append (out, ": ");
            write_value (out, member, level + 1);
            g_string_append (out, ++i < n ? ",\n" : "\n");
          }
        append_indent (out, level);
        g_string_append_c (out, '}');
        break;
      }
    default:
      g_assert_not_reached ();
    }
}

/* Pretty, stable output: 2-space indent, keys in insertion order, "[]" and "{}"
 * for empty containers, no escaped slashes, UTF-8 kept as it is. */
void
wp_json_write (GString     *out,
               json_object *value)
{
  g_return_if_fail (out != NULL);

  write_value (out, value, 0);
}

/* Integral values become JSON integers so coordinates read "120", not "120.0". */
json_object *
wp_json_new_number (double value)
{
  g_return_val_if_fail (isfinite (value), NULL);

  if (value == floor (value) && fabs (value) < 1e15)
    return json_object_new_int64 ((gint64) value);
  return json_object_new_double (value);
}
