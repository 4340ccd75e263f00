/* wp-json.h: strict JSON parsing, error locations and canonical output
 *
 * json-c's tokener accepts more than RFC 8259 (NaN, Infinity, single quotes) and
 * forgets where a value stood, so plan files are parsed by a strict scanner that
 * builds the same json-c tree in the same pass, and can also find the line of any
 * JSON path for error messages.
 */
#pragma once

#include <glib.h>
#include <json-c/json.h>

G_BEGIN_DECLS

#define WP_JSON_MAX_DEPTH 64

G_DEFINE_AUTOPTR_CLEANUP_FUNC (json_object, json_object_put)

gboolean  wp_json_parse          (const char   *text,
                                  gsize         length,
                                  json_object **value,
                                  guint        *error_line,
                                  guint        *error_column,
                                  char        **error_message);
gboolean  wp_json_check_syntax   (const char  *text,
                                  gsize        length,
                                  guint       *error_line,
                                  guint       *error_column,
                                  char       **error_message);
gboolean  wp_json_locate         (const char  *text,
                                  gsize        length,
                                  const char  *path,
                                  guint       *line,
                                  guint       *column);
void      wp_json_append_key     (GString     *path,
                                  const char  *key);
void      wp_json_append_index   (GString     *path,
                                  gsize        index);
void      wp_json_write          (GString     *out,
                                  json_object *value);
json_object *wp_json_new_number  (double       value);

G_END_DECLS
