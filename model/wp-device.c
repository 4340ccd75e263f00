/* wp-device.c: a piece of equipment placed on the plan */
#include "config.h"

#include "wp-util.h"
#include "wp-json.h"
#include "wp-device.h"

struct _WpDevice
{
  GObject      parent_instance;

  char        *id;
  char        *model;
  char        *name;
  double       x;
  double       y;
  char        *zone;
  char        *notes;
  GPtrArray   *ports;   /* of WpPort */
  GHashTable  *port_index;  /* port id → index + 1, once a search met many ports */
  json_object *extra;   /* unknown keys, kept for saving */
};

/* Up to this many ports a linear search is the fastest; a desk or a stage box has
 * hundreds, and cables, nets and the reader look its ports up by id all the time. */
#define PORT_INDEX_MIN 16

G_DEFINE_FINAL_TYPE (WpDevice, wp_device, G_TYPE_OBJECT)

static void
wp_device_finalize (GObject *object)
{
  WpDevice *self = WP_DEVICE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->model, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->zone, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->port_index, g_hash_table_unref);
  g_clear_pointer (&self->ports, g_ptr_array_unref);
  g_clear_pointer (&self->extra, json_object_put);

  G_OBJECT_CLASS (wp_device_parent_class)->finalize (object);
}

static void
wp_device_class_init (WpDeviceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_device_finalize;
}

static void
wp_device_init (WpDevice *self)
{
  self->ports = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_port_free);
}

WpDevice *
wp_device_new (const char *id)
{
  WpDevice *self = g_object_new (WP_TYPE_DEVICE, NULL);

  self->id = g_strdup (id);
  return self;
}

/* A deep copy with the same id, for undo records and the clipboard. */
WpDevice *
wp_device_copy (WpDevice *device)
{
  WpDevice *copy;

  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);

  copy = wp_device_new (device->id);
  copy->model = g_strdup (device->model);
  copy->name = g_strdup (device->name);
  copy->x = device->x;
  copy->y = device->y;
  copy->zone = g_strdup (device->zone);
  copy->notes = g_strdup (device->notes);
  for (guint i = 0; i < device->ports->len; i++)
    g_ptr_array_add (copy->ports, wp_port_copy (g_ptr_array_index (device->ports, i)));
  if (device->extra != NULL)
    json_object_deep_copy (device->extra, &copy->extra, NULL);
  return copy;
}

const char *
wp_device_get_id (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);
  return device->id;
}

const char *
wp_device_get_model (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);
  return device->model;
}

const char *
wp_device_get_name (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);
  return device->name;
}

/* The name a user sees: the device's name, else its model, else its id. */
const char *
wp_device_get_display_name (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);

  if (device->name != NULL && device->name[0] != '\0')
    return device->name;
  if (device->model != NULL && device->model[0] != '\0')
    return device->model;
  return device->id;
}

double
wp_device_get_x (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), 0);
  return device->x;
}

double
wp_device_get_y (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), 0);
  return device->y;
}

const char *
wp_device_get_zone (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);
  return device->zone;
}

const char *
wp_device_get_notes (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);
  return device->notes;
}

json_object *
wp_device_get_extra (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);
  return device->extra;
}

guint
wp_device_get_n_ports (WpDevice *device)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), 0);
  return device->ports->len;
}

const WpPort *
wp_device_get_port (WpDevice *device,
                    guint     index)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);
  g_return_val_if_fail (index < device->ports->len, NULL);
  return g_ptr_array_index (device->ports, index);
}

/* Adds @index to the port index unless an earlier port has the same id: a search
 * finds the first. */
static void
index_port (WpDevice *device,
            guint     index)
{
  const char *id = ((const WpPort *) g_ptr_array_index (device->ports, index))->id;

  if (id != NULL && !g_hash_table_contains (device->port_index, id))
    g_hash_table_insert (device->port_index, (gpointer) id, GUINT_TO_POINTER (index + 1));
}

const WpPort *
wp_device_find_port (WpDevice   *device,
                     const char *port_id,
                     guint      *index)
{
  guint found;

  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);
  g_return_val_if_fail (port_id != NULL, NULL);

  if (device->ports->len <= PORT_INDEX_MIN)
    {
      for (guint i = 0; i < device->ports->len; i++)
        {
          const WpPort *port = g_ptr_array_index (device->ports, i);

          if (g_strcmp0 (port->id, port_id) == 0)
            {
              if (index != NULL)
                *index = i;
              return port;
            }
        }
      return NULL;
    }
  if (device->port_index == NULL)
    {
      device->port_index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < device->ports->len; i++)
        index_port (device, i);
    }
  found = GPOINTER_TO_UINT (g_hash_table_lookup (device->port_index, port_id));
  if (found == 0)
    return NULL;
  if (index != NULL)
    *index = found - 1;
  return g_ptr_array_index (device->ports, found - 1);
}

void
wp_device_set_id (WpDevice   *device,
                  const char *id)
{
  g_return_if_fail (WP_IS_DEVICE (device));
  wp_set_string (&device->id, id);
}

void
wp_device_set_model (WpDevice   *device,
                     const char *model)
{
  g_return_if_fail (WP_IS_DEVICE (device));
  wp_set_string (&device->model, model);
}

void
wp_device_set_name (WpDevice   *device,
                    const char *name)
{
  g_return_if_fail (WP_IS_DEVICE (device));
  wp_set_string (&device->name, name);
}

void
wp_device_set_position (WpDevice *device,
                        double    x,
                        double    y)
{
  g_return_if_fail (WP_IS_DEVICE (device));
  device->x = x;
  device->y = y;
}

void
wp_device_set_zone (WpDevice   *device,
                    const char *zone_id)
{
  g_return_if_fail (WP_IS_DEVICE (device));
  wp_set_string (&device->zone, zone_id);
}

void
wp_device_set_notes (WpDevice   *device,
                     const char *notes)
{
  g_return_if_fail (WP_IS_DEVICE (device));
  wp_set_string (&device->notes, notes);
}

void
wp_device_take_extra (WpDevice    *device,
                      json_object *extra)
{
  g_return_if_fail (WP_IS_DEVICE (device));
  g_clear_pointer (&device->extra, json_object_put);
  device->extra = extra;
}

void
wp_device_add_port (WpDevice *device,
                    WpPort   *port)
{
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (port != NULL);
  g_ptr_array_add (device->ports, port);
  if (device->port_index != NULL)
    index_port (device, device->ports->len - 1);
}

void
wp_device_replace_port (WpDevice *device,
                        guint     index,
                        WpPort   *port)
{
  g_return_if_fail (WP_IS_DEVICE (device));
  g_return_if_fail (index < device->ports->len);
  g_return_if_fail (port != NULL);

  wp_port_free (g_ptr_array_index (device->ports, index));
  g_ptr_array_index (device->ports, index) = port;
  /* The index borrows the ports' ids: it is made again when next needed. */
  g_clear_pointer (&device->port_index, g_hash_table_unref);
}
