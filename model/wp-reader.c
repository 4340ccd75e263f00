/* wp-reader.c: typed reading with located errors */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wp-json.h"
#include "wp-reader.h"

G_DEFINE_QUARK (wp-read-error-quark, wp_read_error)

/* Reads a whole regular file of at most WP_READ_MAX_FILE_SIZE bytes, NUL-terminated.
 * Pipes and devices are refused so that reading can never block or grow forever. */
char *
wp_read_file_contents (const char  *filename,
                       gsize       *length,
                       GError     **error)
{
  g_autofree char *buffer = NULL;
  g_autofree char *display = g_filename_display_name (filename);
  struct stat st;
  gsize size, done = 0;
  int fd;

  fd = g_open (filename, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("%s: cannot open: %s"), display, g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("%s: not a regular file"), display);
      close (fd);
      return NULL;
    }
  if (st.st_size > WP_READ_MAX_FILE_SIZE)
    {
      g_set_error (error, WP_READ_ERROR, WP_READ_ERROR_TOO_LARGE,
                   _("%s: the file is %.1f MiB; plans may be at most %d MiB"),
                   display, st.st_size / (1024.0 * 1024.0), WP_READ_MAX_FILE_SIZE / (1024 * 1024));
      close (fd);
      return NULL;
    }

  /* One byte more than the limit tells a file that grew while being read. */
  size = (gsize) st.st_size;
  buffer = g_malloc (size + 2);
  for (;;)
    {
      gssize n = read (fd, buffer + done, size + 1 - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("%s: cannot read: %s"), display, g_strerror (saved));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      done += (gsize) n;
      if (done > size)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("%s: the file changed while it was being read"), display);
          close (fd);
          return NULL;
        }
    }
  close (fd);
  buffer[done] = '\0';
  *length = done;
  return g_steal_pointer (&buffer);
}

/* Parses @text strictly. The reader keeps pointers to @file and
 * @text for locating later errors; both must outlive it. */
json_object *
wp_reader_parse (WpReader    *reader,
                 const char  *file,
                 const char  *text,
                 gsize        length,
                 GError     **error)
{
  g_autofree char *message = NULL;
  json_object *root = NULL;
  guint line = 0, column = 0;

  reader->file = file;
  reader->text = text;
  reader->length = length;
  reader->path = g_array_new (FALSE, FALSE, sizeof (WpReaderStep));
  reader->error = error;

  if (length > WP_READ_MAX_FILE_SIZE)
    {
      wp_reader_fail (reader, WP_READ_ERROR_TOO_LARGE,
                      _("the document is larger than %d MiB"), WP_READ_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!wp_json_parse (text, length, &root, &line, &column, &message))
    {
      if (line > 0)
        g_set_error (error, WP_READ_ERROR, WP_READ_ERROR_SYNTAX,
                     _("%s:%u:%u: not valid JSON: %s"), file, line, column, message);
      else
        g_set_error (error, WP_READ_ERROR, WP_READ_ERROR_SYNTAX,
                     _("%s: not valid JSON: %s"), file, message);
      return NULL;
    }
  if (root == NULL || !json_object_is_type (root, json_type_object))
    {
      json_object_put (root);
      wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected an object"));
      return NULL;
    }
  return root;
}

void
wp_reader_clear (WpReader *reader)
{
  g_clear_pointer (&reader->path, g_array_unref);
}

/* The JSON path of the value being read, from "$". Only a message needs it, so the
 * reader keeps the steps and writes the path out then. */
static char *
path_string (WpReader *reader)
{
  GString *path = g_string_new ("$");

  for (guint i = 0; i < reader->path->len; i++)
    {
      const WpReaderStep *step = &g_array_index (reader->path, WpReaderStep, i);

      if (step->key != NULL)
        wp_json_append_key (path, step->key);
      else
        wp_json_append_index (path, step->index);
    }
  return g_string_free (path, FALSE);
}

/* Sets the error at the current path, located in the text when possible.
 * Always returns FALSE so callers can "return wp_reader_fail (…)". */
gboolean
wp_reader_fail (WpReader    *reader,
                WpReadError  code,
                const char  *format,
                ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  guint line, column;
  va_list args;

  if (reader->error == NULL || *reader->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = path_string (reader);
  if (wp_json_locate (reader->text, reader->length, path, &line, &column))
    g_set_error (reader->error, WP_READ_ERROR, code, "%s:%u:%u: %s: %s",
                 reader->file, line, column, path, message);
  else
    g_set_error (reader->error, WP_READ_ERROR, code, "%s: %s: %s",
                 reader->file, path, message);
  return FALSE;
}

/* Steps into @key, which must stay valid until the step is left; returns what
 * wp_reader_leave() takes to step back out. */
gsize
wp_reader_enter_key (WpReader   *reader,
                     const char *key)
{
  WpReaderStep step = { key, 0 };
  gsize saved = reader->path->len;

  g_array_append_val (reader->path, step);
  return saved;
}

gsize
wp_reader_enter_index (WpReader *reader,
                       gsize     index)
{
  WpReaderStep step = { NULL, index };
  gsize saved = reader->path->len;

  g_array_append_val (reader->path, step);
  return saved;
}

void
wp_reader_leave (WpReader *reader,
                 gsize     saved)
{
  g_array_set_size (reader->path, saved);
}

static const char *
type_name (json_object *value)
{
  switch (json_object_get_type (value))
    {
    case json_type_null:
      return _("null");
    case json_type_boolean:
      return _("a boolean");
    case json_type_double:
    case json_type_int:
      return _("a number");
    case json_type_object:
      return _("an object");
    case json_type_array:
      return _("an array");
    case json_type_string:
      return _("a string");
    default:
      return "?";
    }
}

/* @expected is untranslated (N_()): it is only translated for an error, as the
 * reader checks hundreds of thousands of values. */
static gboolean
expect_type (WpReader    *reader,
             const char  *key,
             json_object *value,
             json_type    type,
             const char  *expected)
{
  gsize saved;
  gboolean ok = json_object_is_type (value, type)
                || (type == json_type_double && json_object_is_type (value, json_type_int));

  if (ok)
    return TRUE;
  saved = wp_reader_enter_key (reader, key);
  wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected %s, found %s"), _(expected),
                  type_name (value));
  wp_reader_leave (reader, saved);
  return FALSE;
}

/* Looks up @key and checks its type (@expected names it, untranslated); *@value is
 * NULL when the key is absent. A missing required key is an error at the object's
 * path; a JSON null is a value of the wrong type, never the same as absent. */
static gboolean
lookup (WpReader     *reader,
        json_object  *object,
        const char   *key,
        gboolean      required,
        json_type     type,
        const char   *expected,
        json_object **value)
{
  *value = NULL;
  if (json_object_object_get_ex (object, key, value))
    return expect_type (reader, key, *value, type, expected);
  if (required)
    return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("“%s” is missing"), key);
  return TRUE;
}

gboolean
wp_reader_expect_object (WpReader    *reader,
                         json_object *value)
{
  if (json_object_is_type (value, json_type_object))
    return TRUE;
  return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected an object, found %s"),
                         type_name (value));
}

gboolean
wp_reader_get_object (WpReader     *reader,
                      json_object  *object,
                      const char   *key,
                      gboolean      required,
                      json_object **value)
{
  return lookup (reader, object, key, required, json_type_object, N_("an object"), value);
}

gboolean
wp_reader_get_array (WpReader     *reader,
                     json_object  *object,
                     const char   *key,
                     gboolean      required,
                     json_object **value)
{
  return lookup (reader, object, key, required, json_type_array, N_("an array"), value);
}

/* Fails unless the string @value is within WP_READ_MAX_STRING bytes. */
static gboolean
check_string (WpReader    *reader,
              json_object *value)
{
  int length = json_object_get_string_len (value);

  if (length <= WP_READ_MAX_STRING)
    return TRUE;
  return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                         _("the text is %d bytes long; at most %d are allowed"),
                         length, WP_READ_MAX_STRING);
}

/* Fails unless @value is finite, within ±WP_READ_MAX_NUMBER and, if @non_negative, not
 * negative. */
static gboolean
check_number (WpReader *reader,
              double    value,
              gboolean  non_negative)
{
  if (!isfinite (value))
    return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("the number is not finite"));
  if (non_negative && value < 0)
    return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                           _("must not be negative (found %g)"), value);
  if (fabs (value) > WP_READ_MAX_NUMBER)
    return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                           _("the number %g is too large (at most %g either way)"),
                           value, WP_READ_MAX_NUMBER);
  return TRUE;
}

/* Fails at the array's path when @array has more than @max elements. */
gboolean
wp_reader_check_count (WpReader    *reader,
                       json_object *array,
                       gsize        max)
{
  gsize n = json_object_array_length (array);

  if (n <= max)
    return TRUE;
  return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                         _("%lu items; at most %lu are allowed"), (gulong) n, (gulong) max);
}

/* An absent optional string reads as NULL. */
gboolean
wp_reader_get_string (WpReader     *reader,
                      json_object  *object,
                      const char   *key,
                      gboolean      required,
                      char        **value)
{
  json_object *member;
  gsize saved;
  gboolean ok;

  *value = NULL;
  if (!lookup (reader, object, key, required, json_type_string, N_("a string"), &member))
    return FALSE;
  if (member == NULL)
    return TRUE;
  saved = wp_reader_enter_key (reader, key);
  ok = check_string (reader, member);
  wp_reader_leave (reader, saved);
  if (ok)
    *value = g_strdup (json_object_get_string (member));
  return ok;
}

/* A required, non-empty string. */
gboolean
wp_reader_get_id (WpReader    *reader,
                  json_object *object,
                  const char  *key,
                  char       **value)
{
  gsize saved;

  if (!wp_reader_get_string (reader, object, key, TRUE, value))
    return FALSE;
  if (**value != '\0')
    return TRUE;
  g_clear_pointer (value, g_free);
  saved = wp_reader_enter_key (reader, key);
  wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("“%s” must not be empty"), key);
  wp_reader_leave (reader, saved);
  return FALSE;
}

/* An absent optional number reads as NAN. */
gboolean
wp_reader_get_number (WpReader    *reader,
                      json_object *object,
                      const char  *key,
                      gboolean     non_negative,
                      gboolean     required,
                      double      *value)
{
  json_object *member;
  gsize saved;
  gboolean ok;

  *value = NAN;
  if (!lookup (reader, object, key, required, json_type_double, N_("a number"), &member))
    return FALSE;
  if (member == NULL)
    return TRUE;
  *value = json_object_get_double (member);
  saved = wp_reader_enter_key (reader, key);
  ok = check_number (reader, *value, non_negative);
  wp_reader_leave (reader, saved);
  return ok;
}

/* Checks "format" and "version" of a document's top level. */
gboolean
wp_reader_check_header (WpReader    *reader,
                        json_object *root,
                        const char  *format,
                        int          max_version)
{
  g_autofree char *found = NULL;
  json_object *version;
  gsize saved;
  int major;

  if (!wp_reader_get_string (reader, root, "format", TRUE, &found))
    return FALSE;
  if (!g_str_equal (found, format))
    {
      saved = wp_reader_enter_key (reader, "format");
      wp_reader_fail (reader, WP_READ_ERROR_FORMAT, _("this is a “%s” file, not a “%s” file"),
                      found, format);
      wp_reader_leave (reader, saved);
      return FALSE;
    }
  if (!lookup (reader, root, "version", TRUE, json_type_int, N_("a whole number"), &version))
    return FALSE;
  saved = wp_reader_enter_key (reader, "version");
  if (json_object_get_int64 (version) < 1)
    {
      wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected a whole number of at least 1"));
      wp_reader_leave (reader, saved);
      return FALSE;
    }
  major = (int) MIN (json_object_get_int64 (version), G_MAXINT);
  if (major > max_version)
    {
      wp_reader_fail (reader, WP_READ_ERROR_VERSION,
                      _("version %d is newer than this Wireplan reads (%d); please update Wireplan"),
                      major, max_version);
      wp_reader_leave (reader, saved);
      return FALSE;
    }
  wp_reader_leave (reader, saved);
  return TRUE;
}

/* A new object holding the members of @object not named in @known_keys, or NULL. */
json_object *
wp_reader_take_unknown (json_object        *object,
                        const char * const *known_keys)
{
  json_object *extra = NULL;

  json_object_object_foreach (object, key, value)
    {
      if (g_strv_contains (known_keys, key))
        continue;
      if (extra == NULL)
        extra = json_object_new_object ();
      json_object_object_add (extra, key, json_object_get (value));
    }
  return extra;
}

static gboolean
read_enum (WpReader              *reader,
           json_object           *value,
           const WpPortAttribute *attribute,
           int                   *field)
{
  g_autofree char *names = NULL;
  const char *name;

  if (!json_object_is_type (value, json_type_string))
    return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected a string, found %s"),
                           type_name (value));
  name = json_object_get_string (value);
  if (wp_enum_from_string (attribute->enum_kind, name, field))
    return TRUE;
  names = wp_enum_list_names (attribute->enum_kind);
  return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                         _("unknown %s “%s” (expected one of: %s)"), attribute->key, name, names);
}

static gboolean
read_rates (WpReader    *reader,
            json_object *value,
            GArray     **rates)
{
  gsize n;

  if (!json_object_is_type (value, json_type_array))
    return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected an array, found %s"),
                           type_name (value));
  n = json_object_array_length (value);
  *rates = g_array_sized_new (FALSE, FALSE, sizeof (guint), (guint) n);
  for (gsize i = 0; i < n; i++)
    {
      json_object *rate = json_object_array_get_idx (value, i);
      gint64 hz = json_object_is_type (rate, json_type_int) ? json_object_get_int64 (rate) : 0;
      guint stored;

      if (hz < 1 || hz > G_MAXUINT32)
        {
          gsize saved = wp_reader_enter_index (reader, i);
          wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                          _("a sample rate must be a positive whole number of Hz"));
          wp_reader_leave (reader, saved);
          return FALSE;
        }
      stored = (guint) hz;
      g_array_append_val (*rates, stored);
    }
  return TRUE;
}

static gboolean
read_attribute (WpReader              *reader,
                json_object           *value,
                const WpPortAttribute *attribute,
                WpPort                *port)
{
  gpointer field = G_STRUCT_MEMBER_P (port, attribute->offset);
  double number;

  switch (attribute->type)
    {
    case WP_ATTRIBUTE_STRING:
      if (!json_object_is_type (value, json_type_string))
        return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected a string, found %s"),
                               type_name (value));
      if (!check_string (reader, value))
        return FALSE;
      *(char **) field = g_strdup (json_object_get_string (value));
      return TRUE;
    case WP_ATTRIBUTE_ENUM:
      return read_enum (reader, value, attribute, field);
    case WP_ATTRIBUTE_FLAG:
      if (!json_object_is_type (value, json_type_boolean))
        return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected true or false, found %s"),
                               type_name (value));
      *(WpFlag *) field = json_object_get_boolean (value) ? WP_FLAG_YES : WP_FLAG_NO;
      return TRUE;
    case WP_ATTRIBUTE_COUNT:
      if (!json_object_is_type (value, json_type_int) || json_object_get_int64 (value) < 1
          || json_object_get_int64 (value) > 4096)
        return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                               _("expected a whole number from 1 to 4096"));
      *(int *) field = (int) json_object_get_int64 (value);
      return TRUE;
    case WP_ATTRIBUTE_NUMBER:
      if (!json_object_is_type (value, json_type_int) && !json_object_is_type (value, json_type_double))
        return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected a number, found %s"),
                               type_name (value));
      number = json_object_get_double (value);
      if (!check_number (reader, number, TRUE))
        return FALSE;
      *(double *) field = number;
      return TRUE;
    case WP_ATTRIBUTE_RATES:
      return read_rates (reader, value, field);
    default:
      g_assert_not_reached ();
    }
}

/* The keys of all port attributes, NULL-terminated for wp_reader_take_unknown(). */
static const char * const *
port_keys (void)
{
  static const char **keys;

  if (g_once_init_enter (&keys))
    {
      guint n_attributes;
      const WpPortAttribute *attributes = wp_port_get_attributes (&n_attributes);
      const char **all = g_new0 (const char *, n_attributes + 1);

      for (guint i = 0; i < n_attributes; i++)
        all[i] = attributes[i].key;
      g_once_init_leave (&keys, all);
    }
  return keys;
}

static WpPort *
read_port (WpReader    *reader,
           json_object *object)
{
  g_autoptr(WpPort) port = NULL;
  const WpPortAttribute *attributes;
  json_object **values;
  gboolean *present;
  guint n_attributes;
  int n_known = 0;
  char *id;

  if (!wp_reader_expect_object (reader, object) || !wp_reader_get_id (reader, object, "id", &id))
    return NULL;
  port = wp_port_new (NULL);
  port->id = id;

  /* One pass over the members finds the attributes, which are then read in table order
   * so that the first error reported does not depend on the order of the keys. */
  attributes = wp_port_get_attributes (&n_attributes);
  values = g_newa (json_object *, n_attributes);
  present = g_newa (gboolean, n_attributes);
  memset (present, 0, n_attributes * sizeof *present);
  json_object_object_foreach (object, key, member)
    {
      const WpPortAttribute *attribute = wp_port_find_attribute (key);

      if (attribute == NULL)
        continue;
      values[attribute - attributes] = member;
      present[attribute - attributes] = TRUE;
      n_known++;
    }
  for (guint i = 0; i < n_attributes; i++)
    {
      gsize saved;

      if (!present[i] || g_str_equal (attributes[i].key, "id"))
        continue;
      saved = wp_reader_enter_key (reader, attributes[i].key);
      if (!read_attribute (reader, values[i], &attributes[i], port))
        return NULL;
      wp_reader_leave (reader, saved);
    }
  if (n_known < json_object_object_length (object))
    port->extra = wp_reader_take_unknown (object, port_keys ());
  return g_steal_pointer (&port);
}

/* Reads the "ports" array of a device or catalogue entry: unique ids, and
 * "link_of" naming another port of the same device. */
gboolean
wp_reader_read_ports (WpReader    *reader,
                      json_object *object,
                      WpDevice    *device)
{
  json_object *ports;
  gsize saved_ports, n;

  if (!wp_reader_get_array (reader, object, "ports", FALSE, &ports))
    return FALSE;
  if (ports == NULL)
    return TRUE;

  saved_ports = wp_reader_enter_key (reader, "ports");
  if (!wp_reader_check_count (reader, ports, WP_READ_MAX_PORTS))
    return FALSE;
  n = json_object_array_length (ports);
  for (gsize i = 0; i < n; i++)
    {
      gsize saved = wp_reader_enter_index (reader, i);
      WpPort *port = read_port (reader, json_object_array_get_idx (ports, i));

      if (port == NULL)
        return FALSE;
      if (wp_device_find_port (device, port->id, NULL) != NULL)
        {
          wp_reader_enter_key (reader, "id");
          wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                          _("duplicate port id “%s” in this device"), port->id);
          wp_port_free (port);
          return FALSE;
        }
      wp_device_add_port (device, port);
      wp_reader_leave (reader, saved);
    }
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    {
      const WpPort *port = wp_device_get_port (device, i);

      if (port->link_of == NULL)
        continue;
      if (g_str_equal (port->link_of, port->id) || wp_device_find_port (device, port->link_of, NULL) == NULL)
        {
          wp_reader_enter_index (reader, i);
          wp_reader_enter_key (reader, "link_of");
          if (g_str_equal (port->link_of, port->id))
            return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                                   _("a port cannot be linked to itself"));
          return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                                 _("“%s” names no other port of this device"), port->link_of);
        }
    }
  wp_reader_leave (reader, saved_ports);
  return TRUE;
}
