/* wp-user-catalogue.c: writing the user's own device entries
 *
 * Each entry is its own catalogue file, <user dir>/<model id>.json (characters
 * other than letters, digits, '.', '-' and '_' become '-'). Saving replaces that
 * file atomically. An entry is checked by reading its own file text back through
 * the catalogue reader, so it is refused for exactly what loading would refuse.
 *
 * "Add to my catalogue" keeps the device's model id: the user's entry then
 * replaces the built-in one of that id, as user files do. A device without a
 * model id gets "user.<slug of its name>". The editor lets the user change it.
 */
#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wp-json.h"
#include "wp-plan-io.h"
#include "wp-user-catalogue.h"

#define DEFAULT_CATEGORY "utilities"

G_DEFINE_QUARK (wp-user-catalogue-error-quark, wp_user_catalogue_error)

/* Letters and digits of @text in lower case, other runs as one '-'. */
static char *
slug (const char *text,
      gboolean    keep_dots)
{
  g_autofree char *ascii = g_str_to_ascii (text != NULL ? text : "", NULL);
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p) || *p == '_' || (keep_dots && (*p == '.' || *p == '-')))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && (out->str[out->len - 1] == '-' || out->str[out->len - 1] == '.'))
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && (out->str[0] == '-' || out->str[0] == '.'))
    g_string_erase (out, 0, 1);
  return g_string_free (out, FALSE);
}

/* "user.<slug>": a model id for a new entry named @name. */
char *
wp_user_catalogue_model_for_name (const char *name)
{
  g_autofree char *part = slug (name, FALSE);

  return g_strconcat ("user.", part[0] != '\0' ? part : "device", NULL);
}

char *
wp_user_catalogue_get_filename (const char *model)
{
  g_autofree char *dir = wp_catalogue_get_user_directory ();
  g_autofree char *part = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (model != NULL, NULL);

  part = slug (model, TRUE);
  base = g_strconcat (part[0] != '\0' ? part : "device", ".json", NULL);
  return g_build_filename (dir, base, NULL);
}

/* The text of a catalogue file holding only @template. */
char *
wp_user_catalogue_to_data (WpDeviceTemplate *template,
                           gsize            *length)
{
  g_autoptr(json_object) root = json_object_new_object ();
  json_object *devices = json_object_new_array ();
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (template), NULL);

  json_object_object_add (root, "format", json_object_new_string ("wireplan-devices"));
  json_object_object_add (root, "version", json_object_new_int (1));
  json_object_array_add (devices, wp_device_template_to_json (template));
  json_object_object_add (root, "devices", devices);
  wp_json_write (out, root);
  g_string_append_c (out, '\n');
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  return g_strstrip (copy)[0] == '\0';
}

/* Checks @template as a user entry and returns it as reading its file gives it
 * back (marked as the user's), or NULL with an error naming the field. */
WpDeviceTemplate *
wp_user_catalogue_check (WpDeviceTemplate *template,
                         GError          **error)
{
  g_autoptr(WpCatalogue) scratch = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  WpDevice *prototype;

  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (template), NULL);

  prototype = wp_device_template_instantiate (template, "check");
  if (is_blank (wp_device_get_name (prototype)))
    g_set_error_literal (error, WP_USER_CATALOGUE_ERROR, WP_USER_CATALOGUE_ERROR_NAME,
                         _("The device needs a name."));
  else if (is_blank (wp_device_template_get_model (template)))
    g_set_error_literal (error, WP_USER_CATALOGUE_ERROR, WP_USER_CATALOGUE_ERROR_MODEL,
                         _("The device needs a model id."));
  else if (is_blank (wp_device_template_get_category (template)))
    g_set_error_literal (error, WP_USER_CATALOGUE_ERROR, WP_USER_CATALOGUE_ERROR_CATEGORY,
                         _("The device needs a category."));
  else if (wp_device_template_get_n_ports (template) == 0)
    g_set_error_literal (error, WP_USER_CATALOGUE_ERROR, WP_USER_CATALOGUE_ERROR_PORTS,
                         _("The device needs at least one port."));
  g_object_unref (prototype);
  if (error != NULL && *error != NULL)
    return NULL;

  data = wp_user_catalogue_to_data (template, &length);
  scratch = wp_catalogue_new ();
  if (!wp_catalogue_load_data (scratch, data, length, _("this device"), TRUE, &read_error))
    {
      g_set_error_literal (error, WP_USER_CATALOGUE_ERROR, WP_USER_CATALOGUE_ERROR_PORTS,
                           read_error->message);
      return NULL;
    }
  return g_list_model_get_item (G_LIST_MODEL (scratch), 0);
}

/* Checks @template and writes it to its file in the user's folder. Returns the
 * entry as the catalogue will load it, for wp_catalogue_add_or_replace(). */
WpDeviceTemplate *
wp_user_catalogue_save (WpDeviceTemplate *template,
                        GError          **error)
{
  g_autoptr(WpDeviceTemplate) checked = NULL;
  g_autofree char *filename = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (template), NULL);

  checked = wp_user_catalogue_check (template, error);
  if (checked == NULL)
    return NULL;
  filename = wp_user_catalogue_get_filename (wp_device_template_get_model (checked));
  dir = g_path_get_dirname (filename);
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", display, g_strerror (saved_errno));
      return NULL;
    }
  data = wp_user_catalogue_to_data (checked, &length);
  if (!wp_write_file_atomically (filename, data, length, error))
    return NULL;
  return g_steal_pointer (&checked);
}

/* A new user entry with the ports of @device (a device of a plan). Category,
 * keywords and description come from the catalogue entry of its model, if any. */
WpDeviceTemplate *
wp_user_catalogue_template_for_device (WpCatalogue *catalogue,
                                       WpDevice    *device)
{
  g_autoptr(WpDevice) prototype = NULL;
  g_autofree char *model = NULL;
  WpDeviceTemplate *known = NULL;
  WpDeviceTemplate *template;

  g_return_val_if_fail (catalogue == NULL || WP_IS_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);

  if (!is_blank (wp_device_get_model (device)))
    model = g_strdup (wp_device_get_model (device));
  else
    model = wp_user_catalogue_model_for_name (wp_device_get_display_name (device));
  if (catalogue != NULL)
    known = wp_catalogue_find (catalogue, model);

  prototype = wp_device_new (model);
  wp_device_set_model (prototype, model);
  wp_device_set_name (prototype, known != NULL ? wp_device_template_get_name (known)
                                               : wp_device_get_display_name (device));
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    wp_device_add_port (prototype, wp_port_copy (wp_device_get_port (device, i)));
  template = wp_device_template_new (prototype,
                                     known != NULL ? wp_device_template_get_category (known) : DEFAULT_CATEGORY,
                                     known != NULL ? wp_device_template_get_keywords (known) : NULL,
                                     known != NULL ? wp_device_template_get_description (known) : NULL);
  wp_device_template_set_user (template, TRUE);
  return template;
}
