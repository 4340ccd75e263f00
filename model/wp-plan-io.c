/* wp-plan-io.c: reading and writing plan files
 *
 * Reading never touches an open plan: it builds a new one and hands it over only
 * when the whole file was good. Writing is canonical (same plan, same bytes) and
 * atomic (a temporary file beside the target, synced, then renamed over it).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wp-json.h"
#include "wp-plan-io.h"

static const char * const root_keys[] = {
  "format", "version", "meta", "zones", "devices", "cables", NULL
};
static const char * const zone_keys[] = { "id", "name", "x", "y", "w", "h", NULL };
static const char * const device_keys[] = {
  "id", "model", "name", "x", "y", "zone", "notes", "ports", NULL
};
static const char * const cable_keys[] = {
  "id", "from", "to", "label", "length_m", "color", "notes", "waived", NULL
};
static const char * const endpoint_keys[] = { "device", "port", NULL };
static const char * const waiver_keys[] = { "rule", "note", NULL };

/* The meta keys in WpMetaField order, NULL-terminated for wp_reader_take_unknown(). */
static const char * const *
meta_keys (void)
{
  static const char *keys[WP_N_META + 1];

  if (keys[0] == NULL)
    for (guint i = 0; i < WP_N_META; i++)
      keys[i] = wp_plan_meta_key (i);
  return keys;
}

static gboolean
read_meta (WpReader    *reader,
           json_object *root,
           WpPlan      *plan,
           json_object **meta_extra)
{
  json_object *meta;
  gsize saved;

  *meta_extra = NULL;
  if (!wp_reader_get_object (reader, root, "meta", FALSE, &meta))
    return FALSE;
  if (meta == NULL)
    return TRUE;
  saved = wp_reader_enter_key (reader, "meta");
  for (guint i = 0; i < WP_N_META; i++)
    {
      g_autofree char *value = NULL;

      if (!wp_reader_get_string (reader, meta, wp_plan_meta_key (i), FALSE, &value))
        return FALSE;
      if (value != NULL)
        wp_plan_set_meta (plan, i, value);
    }
  wp_reader_leave (reader, saved);
  *meta_extra = wp_reader_take_unknown (meta, meta_keys ());
  return TRUE;
}

typedef gboolean (*ReadItemFunc) (WpReader    *reader,
                                  json_object *object,
                                  WpPlan      *plan);

/* Where a load is, for wp_plan_load_with_progress(): the lists are read item by item. */
typedef struct {
  WpLoadProgressFunc  func;     /* NULL: nobody asked */
  gpointer            data;
  gsize               n_done;   /* items of the lists read */
  gsize               n_items;  /* in all the lists */
} Progress;

/* The fractions of a load done once the file is in memory and once it is parsed;
 * reading the lists' items takes the rest. Rough shares of the time each step takes. */
#define PROGRESS_READ   0.15
#define PROGRESS_PARSED 0.70
/* Lists report at most this often over the whole load. */
#define PROGRESS_STEPS  50

static void
report (Progress *progress,
        double    fraction)
{
  if (progress->func != NULL)
    progress->func (fraction, progress->data);
}

static void
count_item (Progress *progress)
{
  gsize step = MAX (progress->n_items / PROGRESS_STEPS, 1);

  if (++progress->n_done % step == 0)
    report (progress, PROGRESS_PARSED + (1 - PROGRESS_PARSED) * progress->n_done / progress->n_items);
}

/* Reads each element of the array @key, at most @max, with @read_item, which sees the element's path. */
static gboolean
read_list (WpReader     *reader,
           json_object  *root,
           const char   *key,
           gsize         max,
           WpPlan       *plan,
           ReadItemFunc  read_item,
           Progress     *progress)
{
  json_object *array;
  gsize saved, n;

  if (!wp_reader_get_array (reader, root, key, FALSE, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  saved = wp_reader_enter_key (reader, key);
  if (!wp_reader_check_count (reader, array, max))
    return FALSE;
  n = json_object_array_length (array);
  for (gsize i = 0; i < n; i++)
    {
      gsize saved_item = wp_reader_enter_index (reader, i);
      json_object *item = json_object_array_get_idx (array, i);

      if (!wp_reader_expect_object (reader, item) || !read_item (reader, item, plan))
        return FALSE;
      wp_reader_leave (reader, saved_item);
      count_item (progress);
    }
  wp_reader_leave (reader, saved);
  return TRUE;
}

static gboolean
fail_duplicate_id (WpReader   *reader,
                   const char *id)
{
  wp_reader_enter_key (reader, "id");
  return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("duplicate id “%s”"), id);
}

static gboolean
read_zone (WpReader    *reader,
           json_object *object,
           WpPlan      *plan)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(WpZone) zone = NULL;
  double x, y, w, h;

  if (!wp_reader_get_id (reader, object, "id", &id)
      || !wp_reader_get_string (reader, object, "name", FALSE, &name)
      || !wp_reader_get_number (reader, object, "x", FALSE, FALSE, &x)
      || !wp_reader_get_number (reader, object, "y", FALSE, FALSE, &y)
      || !wp_reader_get_number (reader, object, "w", TRUE, FALSE, &w)
      || !wp_reader_get_number (reader, object, "h", TRUE, FALSE, &h))
    return FALSE;
  if (wp_plan_find_zone (plan, id) != NULL)
    return fail_duplicate_id (reader, id);

  zone = wp_zone_new (id, name, isnan (x) ? 0 : x, isnan (y) ? 0 : y,
                      isnan (w) ? 0 : w, isnan (h) ? 0 : h);
  wp_zone_take_extra (zone, wp_reader_take_unknown (object, zone_keys));
  wp_plan_insert_zone (plan, zone, -1);
  return TRUE;
}

static gboolean
read_device (WpReader    *reader,
             json_object *object,
             WpPlan      *plan)
{
  g_autoptr(WpDevice) device = NULL;
  g_autofree char *id = NULL;
  const char * const strings[] = { "model", "name", "zone", "notes" };
  char *values[G_N_ELEMENTS (strings)] = { NULL };
  gboolean ok = TRUE;
  double x, y;

  if (!wp_reader_get_id (reader, object, "id", &id))
    return FALSE;
  if (wp_plan_find_device (plan, id) != NULL)
    return fail_duplicate_id (reader, id);
  for (guint i = 0; ok && i < G_N_ELEMENTS (strings); i++)
    ok = wp_reader_get_string (reader, object, strings[i], FALSE, &values[i]);
  ok = ok && wp_reader_get_number (reader, object, "x", FALSE, FALSE, &x)
       && wp_reader_get_number (reader, object, "y", FALSE, FALSE, &y);

  device = wp_device_new (id);
  wp_device_set_model (device, values[0]);
  wp_device_set_name (device, values[1]);
  wp_device_set_zone (device, values[2]);
  wp_device_set_notes (device, values[3]);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_free (values[i]);
  if (!ok || !wp_reader_read_ports (reader, object, device))
    return FALSE;
  wp_device_set_position (device, isnan (x) ? 0 : x, isnan (y) ? 0 : y);
  wp_device_take_extra (device, wp_reader_take_unknown (object, device_keys));
  wp_plan_insert_device (plan, device, -1);
  return TRUE;
}

/* Reads "from" or "to": both ids present and naming a device and its port. */
static gboolean
read_endpoint (WpReader    *reader,
               json_object *object,
               const char  *key,
               WpPlan      *plan,
               char       **device_id,
               char       **port_id,
               json_object **extra)
{
  json_object *endpoint;
  WpDevice *device;
  gsize saved;

  if (!wp_reader_get_object (reader, object, key, TRUE, &endpoint))
    return FALSE;
  saved = wp_reader_enter_key (reader, key);
  if (!wp_reader_get_id (reader, endpoint, "device", device_id)
      || !wp_reader_get_id (reader, endpoint, "port", port_id))
    return FALSE;

  device = wp_plan_find_device (plan, *device_id);
  if (device == NULL)
    {
      wp_reader_enter_key (reader, "device");
      return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                             _("the cable names device “%s”, which is not in the plan"),
                             *device_id);
    }
  if (wp_device_find_port (device, *port_id, NULL) == NULL)
    {
      wp_reader_enter_key (reader, "port");
      return wp_reader_fail (reader, WP_READ_ERROR_INVALID,
                             _("the cable names port “%s”, which device “%s” does not have"),
                             *port_id, *device_id);
    }
  wp_reader_leave (reader, saved);
  *extra = wp_reader_take_unknown (endpoint, endpoint_keys);
  return TRUE;
}

static gboolean
read_waiver (WpReader    *reader,
             json_object *object,
             WpCable     *cable)
{
  g_autofree char *rule = NULL;
  g_autofree char *note = NULL;

  if (!wp_reader_expect_object (reader, object)
      || !wp_reader_get_id (reader, object, "rule", &rule)
      || !wp_reader_get_string (reader, object, "note", FALSE, &note))
    return FALSE;
  if (wp_cable_is_waived (cable, rule))
    {
      wp_reader_enter_key (reader, "rule");
      return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("rule “%s” is waived twice"), rule);
    }
  wp_cable_add_waiver (cable, rule, note, wp_reader_take_unknown (object, waiver_keys));
  return TRUE;
}

static gboolean
read_cable (WpReader    *reader,
            json_object *object,
            WpPlan      *plan)
{
  g_autofree char *id = NULL;
  g_autofree char *from_device = NULL, *from_port = NULL, *to_device = NULL, *to_port = NULL;
  g_autofree char *label = NULL, *color = NULL, *notes = NULL;
  json_object *from_extra = NULL, *to_extra = NULL, *waived;
  g_autoptr(WpCable) cable = NULL;
  double length;

  if (!wp_reader_get_id (reader, object, "id", &id))
    return FALSE;
  if (wp_plan_find_cable (plan, id) != NULL)
    return fail_duplicate_id (reader, id);
  if (!read_endpoint (reader, object, "from", plan, &from_device, &from_port, &from_extra))
    return FALSE;
  if (!read_endpoint (reader, object, "to", plan, &to_device, &to_port, &to_extra))
    {
      json_object_put (from_extra);
      return FALSE;
    }
  cable = wp_cable_new (id, from_device, from_port, to_device, to_port);
  wp_cable_take_endpoint_extra (cable, FALSE, from_extra);
  wp_cable_take_endpoint_extra (cable, TRUE, to_extra);

  if (!wp_reader_get_string (reader, object, "label", FALSE, &label)
      || !wp_reader_get_number (reader, object, "length_m", TRUE, FALSE, &length)
      || !wp_reader_get_string (reader, object, "color", FALSE, &color)
      || !wp_reader_get_string (reader, object, "notes", FALSE, &notes)
      || !wp_reader_get_array (reader, object, "waived", FALSE, &waived))
    return FALSE;
  wp_cable_set_label (cable, label);
  wp_cable_set_length_m (cable, length);
  wp_cable_set_color (cable, color);
  wp_cable_set_notes (cable, notes);
  if (waived != NULL)
    {
      gsize saved = wp_reader_enter_key (reader, "waived");
      gsize n = json_object_array_length (waived);

      for (gsize i = 0; i < n; i++)
        {
          gsize saved_item = wp_reader_enter_index (reader, i);

          if (!read_waiver (reader, json_object_array_get_idx (waived, i), cable))
            return FALSE;
          wp_reader_leave (reader, saved_item);
        }
      wp_reader_leave (reader, saved);
    }
  wp_cable_take_extra (cable, wp_reader_take_unknown (object, cable_keys));
  wp_plan_insert_cable (plan, cable, -1);
  return TRUE;
}

/* The number of items in the lists of @root, whatever their type (they are checked later). */
static gsize
count_items (json_object *root)
{
  static const char * const lists[] = { "zones", "devices", "cables" };
  gsize n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      json_object *array;

      if (json_object_object_get_ex (root, lists[i], &array) && json_object_is_type (array, json_type_array))
        n += json_object_array_length (array);
    }
  return n;
}

static WpPlan *
load_from_data (const char  *text,
                gsize        length,
                const char  *display_name,
                Progress    *progress,
                GError     **error)
{
  g_autoptr(json_object) root = NULL;
  g_autoptr(WpPlan) plan = NULL;
  json_object *meta_extra = NULL;
  WpReader reader = { 0 };
  gboolean ok;

  root = wp_reader_parse (&reader, display_name, text, length, error);
  if (root == NULL)
    {
      wp_reader_clear (&reader);
      return NULL;
    }
  report (progress, PROGRESS_PARSED);
  progress->n_items = count_items (root);

  plan = wp_plan_new ();
  ok = wp_reader_check_header (&reader, root, "wireplan", WP_PLAN_FORMAT_VERSION)
       && read_meta (&reader, root, plan, &meta_extra)
       && read_list (&reader, root, "zones", WP_READ_MAX_ZONES, plan, read_zone, progress)
       && read_list (&reader, root, "devices", WP_READ_MAX_DEVICES, plan, read_device, progress)
       && read_list (&reader, root, "cables", WP_READ_MAX_CABLES, plan, read_cable, progress);
  wp_reader_clear (&reader);
  if (!ok)
    {
      json_object_put (meta_extra);
      return NULL;
    }
  wp_plan_take_extra (plan, wp_reader_take_unknown (root, root_keys), meta_extra);
  return g_steal_pointer (&plan);
}

/* Reads a plan from memory. @display_name is how messages name the source. */
WpPlan *
wp_plan_load_from_data (const char  *text,
                        gsize        length,
                        const char  *display_name,
                        GError     **error)
{
  Progress progress = { 0 };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_from_data (text, length, display_name, &progress, error);
}

WpPlan *
wp_plan_load (const char  *filename,
              GError     **error)
{
  return wp_plan_load_with_progress (filename, NULL, NULL, error);
}

/* The same, calling @func (when not NULL) with the fraction of the reading done,
 * from 0 to 1, a few dozen times, in the calling thread. */
WpPlan *
wp_plan_load_with_progress (const char          *filename,
                            WpLoadProgressFunc   func,
                            gpointer             data,
                            GError             **error)
{
  g_autofree char *text = NULL;
  g_autofree char *display = NULL;
  Progress progress = { func, data, 0, 0 };
  gsize length;

  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = wp_read_file_contents (filename, &length, error);
  if (text == NULL)
    return NULL;
  report (&progress, PROGRESS_READ);
  display = g_filename_display_name (filename);
  return load_from_data (text, length, display, &progress, error);
}

static void
add_string (json_object *object,
            const char  *key,
            const char  *value)
{
  if (value != NULL)
    json_object_object_add (object, key, json_object_new_string (value));
}

static void
add_extra (json_object *object,
           json_object *extra)
{
  if (extra == NULL)
    return;
  json_object_object_foreach (extra, key, value)
    json_object_object_add (object, key, json_object_get (value));
}

static json_object *
zone_to_json (WpZone *zone)
{
  json_object *object = json_object_new_object ();
  double x, y, w, h;

  wp_zone_get_bounds (zone, &x, &y, &w, &h);
  add_string (object, "id", wp_zone_get_id (zone));
  add_string (object, "name", wp_zone_get_name (zone));
  json_object_object_add (object, "x", wp_json_new_number (x));
  json_object_object_add (object, "y", wp_json_new_number (y));
  json_object_object_add (object, "w", wp_json_new_number (w));
  json_object_object_add (object, "h", wp_json_new_number (h));
  add_extra (object, wp_zone_get_extra (zone));
  return object;
}

static json_object *
device_to_json (WpDevice *device)
{
  json_object *object = json_object_new_object ();
  json_object *ports = json_object_new_array ();

  add_string (object, "id", wp_device_get_id (device));
  add_string (object, "model", wp_device_get_model (device));
  add_string (object, "name", wp_device_get_name (device));
  json_object_object_add (object, "x", wp_json_new_number (wp_device_get_x (device)));
  json_object_object_add (object, "y", wp_json_new_number (wp_device_get_y (device)));
  add_string (object, "zone", wp_device_get_zone (device));
  add_string (object, "notes", wp_device_get_notes (device));
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    json_object_array_add (ports, wp_port_to_json (wp_device_get_port (device, i)));
  json_object_object_add (object, "ports", ports);
  add_extra (object, wp_device_get_extra (device));
  return object;
}

static json_object *
endpoint_to_json (const WpEndpoint *endpoint)
{
  json_object *object = json_object_new_object ();

  add_string (object, "device", endpoint->device);
  add_string (object, "port", endpoint->port);
  add_extra (object, endpoint->extra);
  return object;
}

static json_object *
cable_to_json (WpCable *cable)
{
  json_object *object = json_object_new_object ();
  double length = wp_cable_get_length_m (cable);

  add_string (object, "id", wp_cable_get_id (cable));
  json_object_object_add (object, "from", endpoint_to_json (wp_cable_get_from (cable)));
  json_object_object_add (object, "to", endpoint_to_json (wp_cable_get_to (cable)));
  add_string (object, "label", wp_cable_get_label (cable));
  if (!isnan (length))
    json_object_object_add (object, "length_m", wp_json_new_number (length));
  add_string (object, "color", wp_cable_get_color (cable));
  add_string (object, "notes", wp_cable_get_notes (cable));
  if (wp_cable_get_n_waivers (cable) > 0)
    {
      json_object *waived = json_object_new_array ();

      for (guint i = 0; i < wp_cable_get_n_waivers (cable); i++)
        {
          const WpWaiver *waiver = wp_cable_get_waiver (cable, i);
          json_object *item = json_object_new_object ();

          add_string (item, "rule", waiver->rule);
          add_string (item, "note", waiver->note);
          add_extra (item, waiver->extra);
          json_object_array_add (waived, item);
        }
      json_object_object_add (object, "waived", waived);
    }
  add_extra (object, wp_cable_get_extra (cable));
  return object;
}

/* The plan as the JSON tree of its file, keys in file order. */
json_object *
wp_plan_to_json (WpPlan *plan)
{
  json_object *root = json_object_new_object ();
  json_object *meta = json_object_new_object ();
  json_object *zones = json_object_new_array ();
  json_object *devices = json_object_new_array ();
  json_object *cables = json_object_new_array ();

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);

  json_object_object_add (root, "format", json_object_new_string ("wireplan"));
  json_object_object_add (root, "version", json_object_new_int (WP_PLAN_FORMAT_VERSION));
  for (guint i = 0; i < WP_N_META; i++)
    add_string (meta, wp_plan_meta_key (i), wp_plan_get_meta (plan, i));
  add_extra (meta, wp_plan_get_meta_extra (plan));
  json_object_object_add (root, "meta", meta);
  for (guint i = 0; i < wp_plan_get_n_zones (plan); i++)
    json_object_array_add (zones, zone_to_json (wp_plan_get_zone (plan, i)));
  json_object_object_add (root, "zones", zones);
  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    json_object_array_add (devices, device_to_json (wp_plan_get_device (plan, i)));
  json_object_object_add (root, "devices", devices);
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    json_object_array_add (cables, cable_to_json (wp_plan_get_cable (plan, i)));
  json_object_object_add (root, "cables", cables);
  add_extra (root, wp_plan_get_extra (plan));
  return root;
}

/* The canonical file text: what Save and "wireplan format" write. */
char *
wp_plan_to_data (WpPlan *plan,
                 gsize  *length)
{
  g_autoptr(json_object) root = NULL;
  GString *out;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);

  root = wp_plan_to_json (plan);
  out = g_string_new (NULL);
  wp_json_write (out, root);
  g_string_append_c (out, '\n');
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *what,
                 const char  *filename)
{
  g_autofree char *display = g_filename_display_name (filename);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s: %s", display, what, g_strerror (saved_errno));
  return FALSE;
}

/* Writes @contents to a temporary file beside @filename, syncs it and renames it
 * over @filename, so that the old file stays whole if anything fails. A symbolic
 * link is followed, so the file it points at is replaced, not the link. */
gboolean
wp_write_file_atomically (const char  *filename,
                          const char  *contents,
                          gsize        length,
                          GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  struct stat st;
  gsize done = 0;
  int fd;

  g_return_val_if_fail (filename != NULL, FALSE);

  target = g_file_read_link (filename, NULL);
  if (target != NULL && !g_path_is_absolute (target))
    {
      g_autofree char *link_dir = g_path_get_dirname (filename);
      char *joined = g_build_filename (link_dir, target, NULL);
      g_free (target);
      target = joined;
    }
  if (target == NULL)
    target = g_strdup (filename);

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, errno, _("cannot create a temporary file to save"), filename);

  /* Keep the permissions of the file being replaced. */
  if (g_stat (target, &st) == 0)
    fchmod (fd, st.st_mode & 07777);
  else
    {
      mode_t mask = umask (0);
      umask (mask);
      fchmod (fd, 0666 & ~mask);
    }

  while (done < length)
    {
      gssize n = write (fd, contents + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto fail;
      done += (gsize) n;
    }
  if (fsync (fd) != 0)
    goto fail;
  if (close (fd) != 0)
    {
      fd = -1;
      goto fail;
    }
  fd = -1;
  if (g_rename (temp, target) != 0)
    goto fail;
  return TRUE;

fail:
  {
    int saved = errno;

    if (fd >= 0)
      close (fd);
    g_unlink (temp);
    return set_errno_error (error, saved, _("cannot save"), filename);
  }
}

gboolean
wp_plan_save (WpPlan      *plan,
              const char  *filename,
              GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  data = wp_plan_to_data (plan, &length);
  return wp_write_file_atomically (filename, data, length, error);
}
