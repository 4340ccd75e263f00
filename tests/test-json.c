/* test-json.c: the strict scanner, error locations and canonical output */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-json.h"

typedef struct {
  const char *text;
  gboolean    valid;
  guint       line;      /* of the error, when invalid */
  const char *message;   /* part of the message, when invalid */
} SyntaxCase;

static const SyntaxCase syntax_cases[] = {
  { "{}", TRUE },
  { " [1, -2.5e3, true, false, null, \"a\\u00e9\\ud83c\\udfb5\"] ", TRUE },
  { "{\"a\": NaN}", FALSE, 1, "unexpected character" },
  { "{\"a\": Infinity}", FALSE, 1, "unexpected character" },
  { "{\"a\": 1e400}", FALSE, 1, "out of range" },
  { "{\"a\": -1e400}", FALSE, 1, "out of range" },
  { "{'a': 1}", FALSE, 1, "quoted key" },
  { "{\"a\": 1,}", FALSE, 1, "quoted key" },
  { "[1, 2,]", FALSE, 1, "unexpected character" },
  { "{\"a\": 1}\n{\"b\": 2}", FALSE, 2, "after the end" },
  { "/* comment */ {}", FALSE, 1, "unexpected character" },
  { "{\"a\": 01}", FALSE, 1, "expected ',' or '}'" },
  { "{\"a\":\n\n  tru}", FALSE, 3, "unexpected character" },
  { "{\"a\": \"tab\there\"}", FALSE, 1, "control character" },
  { "{\"a\": \"\\x\"}", FALSE, 1, "invalid escape" },
  { "{\"a\": \"\\ud800\"}", FALSE, 1, "surrogate" },
  { "{\"a\": 1, \"a\": 2}", FALSE, 1, "duplicate key" },
  { "{\"a\": 1, \"\\u0061\": 2}", FALSE, 1, "duplicate key" },
  { "{\"a\": 1, \"A\": 2, \"a \": 3}", TRUE },
  { "{\"a\": \"unterminated}", FALSE, 1, "unterminated" },
  { "", FALSE, 1, "empty" },
  { "   \n  ", FALSE, 2, "empty" },
  { "\xEF\xBB\xBF{}", FALSE, 1, "byte order mark" },
  { "{\"a\": \"\xff\"}", FALSE, 1, "UTF-8" },
  { "[1 2]", FALSE, 1, "expected ','" },
};

static void
test_syntax (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (syntax_cases); i++)
    {
      const SyntaxCase *c = &syntax_cases[i];
      g_autofree char *message = NULL;
      guint line = 99, column = 99;
      gboolean valid;

      g_test_message ("case %u: %s", i, c->text);
      valid = wp_json_check_syntax (c->text, strlen (c->text), &line, &column, &message);
      g_assert_cmpint (valid, ==, c->valid);
      if (!c->valid)
        {
          g_assert_nonnull (message);
          g_assert_nonnull (strstr (message, c->message));
          g_assert_cmpuint (line, ==, c->line);
        }
    }
}

/* Deep nesting is refused without recursing further; no stack overflow. */
static void
test_depth (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autofree char *message = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_false (wp_json_check_syntax (deep->str, deep->len, NULL, NULL, &message));
  g_assert_nonnull (strstr (message, "nested too deeply"));

  g_string_truncate (deep, 0);
  for (guint i = 0; i < WP_JSON_MAX_DEPTH; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < WP_JSON_MAX_DEPTH; i++)
    g_string_append_c (deep, ']');
  g_assert_true (wp_json_check_syntax (deep->str, deep->len, NULL, NULL, NULL));
}

/* Objects with many keys: the duplicate check finds a repeated key among 1000. */
static void
test_many_keys (void)
{
  g_autoptr(GString) text = g_string_new ("{");
  g_autofree char *message = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "%s\"k%u\": %u", i ? "," : "", i, i);
  g_string_append (text, "}");
  g_assert_true (wp_json_check_syntax (text->str, text->len, NULL, NULL, NULL));

  g_string_truncate (text, text->len - 1);
  g_string_append (text, ", \"k500\": 1}");
  g_assert_false (wp_json_check_syntax (text->str, text->len, NULL, NULL, &message));
  g_assert_nonnull (strstr (message, "duplicate key"));
}

static void
test_locate (void)
{
  const char *text = "{\n  \"devices\": [\n    {\"id\": \"d1\"},\n    {\"id\": \"d2\",\n     \"odd key\": 5}\n  ]\n}";
  g_autoptr(GString) path = g_string_new ("$");
  guint line = 0, column = 0;

  wp_json_append_key (path, "devices");
  wp_json_append_index (path, 1);
  g_assert_cmpstr (path->str, ==, "$.devices[1]");
  g_assert_true (wp_json_locate (text, strlen (text), path->str, &line, &column));
  g_assert_cmpuint (line, ==, 4);
  g_assert_cmpuint (column, ==, 5);

  wp_json_append_key (path, "odd key");
  g_assert_cmpstr (path->str, ==, "$.devices[1][\"odd key\"]");
  g_assert_true (wp_json_locate (text, strlen (text), path->str, &line, &column));
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpuint (column, ==, 17);

  g_assert_false (wp_json_locate (text, strlen (text), "$.devices[7]", &line, &column));
}

/* TRUE when @a and @b have the same types all the way down (json_object_equal()
 * takes an int for a double of the same value). */
static gboolean
same_types (json_object *a,
            json_object *b)
{
  if (json_object_get_type (a) != json_object_get_type (b))
    return FALSE;
  if (json_object_is_type (a, json_type_array))
    {
      for (gsize i = 0; i < json_object_array_length (a); i++)
        if (!same_types (json_object_array_get_idx (a, i), json_object_array_get_idx (b, i)))
          return FALSE;
    }
  else if (json_object_is_type (a, json_type_object))
    {
      json_object_object_foreach (a, key, member)
        if (!same_types (member, json_object_object_get (b, key)))
          return FALSE;
    }
  return TRUE;
}

/* wp_json_parse() makes the tree json-c's own tokener makes, which the readers relied on. */
static void
test_parse (void)
{
  static const char * const documents[] = {
    "{}",
    "[]",
    "null",
    "{\"a\": null, \"b\": [true, false, null], \"c\": {\"d\": {\"e\": []}}}",
    "[0, -0, 1, -1, 120, 1.0, 1.50, 2.5e3, 1E+5, -2.5e-3, 0.1, 1e308, 4.9e-324, 1e-400, -0.0]",
    "[9223372036854775807, 9223372036854775808, -9223372036854775808, -9223372036854775809]",
    "[18446744073709551615, 18446744073709551616, 123456789012345678901234567890123456789012]",
    "[\"\", \"plain\", \"\\u00e9\\ud83c\\udfb5\", \"\\n\\t\\/\\\\\\\"\", \"a\\u0000b\", \"é “quoted” €\"]",
    "{\"\\u0061\": 1, \"b\\u0000c\": 2, \"a key with spaces\": 3, \"\": 4}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(json_object) expected = json_tokener_parse (documents[i]);
      g_autoptr(json_object) parsed = NULL;
      g_autofree char *message = NULL;

      g_test_message ("document %u: %s", i, documents[i]);
      g_assert_true (wp_json_parse (documents[i], strlen (documents[i]), &parsed, NULL, NULL,
                                    &message));
      g_assert_null (message);
      g_assert_true (json_object_equal (parsed, expected));
      g_assert_true (same_types (parsed, expected));
      g_assert_cmpstr (json_object_to_json_string_ext (parsed, JSON_C_TO_STRING_PLAIN), ==,
                       json_object_to_json_string_ext (expected, JSON_C_TO_STRING_PLAIN));
    }
}

/* A long key is copied into its object, a short one shared: both read back. */
static void
test_parse_keys (void)
{
  g_autoptr(GString) text = g_string_new ("{");
  g_autoptr(json_object) parsed = NULL;
  g_autofree char *long_key = g_strnfill (100, 'k');

  g_string_append_printf (text, "\"%s\": 1, \"short\": {\"%s\": 2}}", long_key, long_key);
  g_assert_true (wp_json_parse (text->str, text->len, &parsed, NULL, NULL, NULL));
  g_assert_cmpint (json_object_get_int (json_object_object_get (parsed, long_key)), ==, 1);
  g_assert_cmpint (json_object_get_int (json_object_object_get (
                     json_object_object_get (parsed, "short"), long_key)), ==, 2);
}

static void
test_write (void)
{
  const char *text = "{\"b\":[],\"a\":{},\"n\":[1,2.5,0.1,-0.0,1e300,120.0],\"s\":\"a/b \\\"q\\\" \\n é\\u0001\",\"t\":true,\"z\":null}";
  const char *expected =
    "{\n"
    "  \"b\": [],\n"
    "  \"a\": {},\n"
    "  \"n\": [\n"
    "    1,\n"
    "    2.5,\n"
    "    0.1,\n"
    "    0,\n"
    "    1e+300,\n"
    "    120\n"
    "  ],\n"
    "  \"s\": \"a/b \\\"q\\\" \\n é\\u0001\",\n"
    "  \"t\": true,\n"
    "  \"z\": null\n"
    "}";
  g_autoptr(json_object) value = json_tokener_parse (text);
  g_autoptr(GString) out = g_string_new (NULL);

  wp_json_write (out, value);
  g_assert_cmpstr (out->str, ==, expected);
}

static void
test_number (void)
{
  g_autoptr(json_object) integral = wp_json_new_number (120);
  g_autoptr(json_object) fraction = wp_json_new_number (0.3);

  g_assert_true (json_object_is_type (integral, json_type_int));
  g_assert_true (json_object_is_type (fraction, json_type_double));
  g_assert_cmpfloat (json_object_get_double (fraction), ==, 0.3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/syntax", test_syntax);
  g_test_add_func ("/json/depth", test_depth);
  g_test_add_func ("/json/many-keys", test_many_keys);
  g_test_add_func ("/json/locate", test_locate);
  g_test_add_func ("/json/parse", test_parse);
  g_test_add_func ("/json/parse-keys", test_parse_keys);
  g_test_add_func ("/json/write", test_write);
  g_test_add_func ("/json/number", test_number);

  return g_test_run ();
}
