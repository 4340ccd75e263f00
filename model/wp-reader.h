/* wp-reader.h: reading typed values out of a checked JSON document, with errors
 * that name the file, line, column and JSON path of the offending value
 *
 * Shared by plan files and catalogue files, which carry the same port objects.
 */
#pragma once

#include <gio/gio.h>
#include <json-c/json.h>

#include "wp-device.h"

G_BEGIN_DECLS

#define WP_READ_ERROR (wp_read_error_quark ())

typedef enum {
  WP_READ_ERROR_TOO_LARGE,   /* over the size limit */
  WP_READ_ERROR_SYNTAX,      /* not strict JSON in UTF-8 */
  WP_READ_ERROR_FORMAT,      /* another "format" */
  WP_READ_ERROR_VERSION,     /* a newer major version */
  WP_READ_ERROR_INVALID,     /* a value of the wrong type, an unknown name, a bad number or id */
} WpReadError;

/* The limits of what a reader accepts (README "Robustness"), so that no file can make
 * Wireplan use unbounded memory or time, or hold numbers that overflow when drawn.
 * FORMAT.md: readers refuse files larger than WP_READ_MAX_FILE_SIZE. Nesting depth is
 * WP_JSON_MAX_DEPTH (wp-json.h). */
#define WP_READ_MAX_FILE_SIZE (64 * 1024 * 1024)
#define WP_READ_MAX_ZONES     10000
#define WP_READ_MAX_DEVICES   100000     /* of a plan or a catalogue file */
#define WP_READ_MAX_PORTS     4096       /* of one device */
#define WP_READ_MAX_CABLES    200000
#define WP_READ_MAX_STRING    65536      /* bytes in one string value */
#define WP_READ_MAX_NUMBER    1e9        /* magnitude of any number */

/* One step of a JSON path: a key (borrowed until left) or, with no key, an index. */
typedef struct {
  const char *key;
  gsize       index;
} WpReaderStep;

typedef struct {
  const char  *file;      /* as shown in messages */
  const char  *text;
  gsize        length;
  GArray      *path;      /* of WpReaderStep: where the value being read is */
  GError     **error;
} WpReader;

GQuark        wp_read_error_quark     (void);
char         *wp_read_file_contents   (const char   *filename,
                                       gsize        *length,
                                       GError      **error);
json_object  *wp_reader_parse         (WpReader     *reader,
                                       const char   *file,
                                       const char   *text,
                                       gsize         length,
                                       GError      **error);
void          wp_reader_clear         (WpReader     *reader);
gboolean      wp_reader_fail          (WpReader     *reader,
                                       WpReadError   code,
                                       const char   *format,
                                       ...) G_GNUC_PRINTF (3, 4);
gsize         wp_reader_enter_key     (WpReader     *reader,
                                       const char   *key);
gsize         wp_reader_enter_index   (WpReader     *reader,
                                       gsize         index);
void          wp_reader_leave         (WpReader     *reader,
                                       gsize         saved);
gboolean      wp_reader_check_header  (WpReader     *reader,
                                       json_object  *root,
                                       const char   *format,
                                       int           max_version);
gboolean      wp_reader_get_object    (WpReader     *reader,
                                       json_object  *object,
                                       const char   *key,
                                       gboolean      required,
                                       json_object **value);
gboolean      wp_reader_get_array     (WpReader     *reader,
                                       json_object  *object,
                                       const char   *key,
                                       gboolean      required,
                                       json_object **value);
gboolean      wp_reader_get_string    (WpReader     *reader,
                                       json_object  *object,
                                       const char   *key,
                                       gboolean      required,
                                       char        **value);
gboolean      wp_reader_get_id        (WpReader     *reader,
                                       json_object  *object,
                                       const char   *key,
                                       char        **value);
gboolean      wp_reader_get_number    (WpReader     *reader,
                                       json_object  *object,
                                       const char   *key,
                                       gboolean      non_negative,
                                       gboolean      required,
                                       double       *value);
gboolean      wp_reader_check_count   (WpReader     *reader,
                                       json_object  *array,
                                       gsize         max);
gboolean      wp_reader_expect_object (WpReader     *reader,
                                       json_object  *value);
json_object  *wp_reader_take_unknown  (json_object  *object,
                                       const char * const *known_keys);
gboolean      wp_reader_read_ports    (WpReader     *reader,
                                       json_object  *object,
                                       WpDevice     *device);

G_END_DECLS
