/* wp-device-template.c: a catalogue entry */
#include "config.h"

#include "wp-device-template.h"

struct _WpDeviceTemplate
{
  GObject     parent_instance;

  WpDevice   *prototype;   /* model and name, and the ports every new device copies */
  char       *category;
  GStrv       keywords;
  char       *description;
  gboolean    user;        /* from the user's own catalogue */
};

G_DEFINE_FINAL_TYPE (WpDeviceTemplate, wp_device_template, G_TYPE_OBJECT)

static void
wp_device_template_finalize (GObject *object)
{
  WpDeviceTemplate *self = WP_DEVICE_TEMPLATE (object);

  g_clear_object (&self->prototype);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->keywords, g_strfreev);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (wp_device_template_parent_class)->finalize (object);
}

static void
wp_device_template_class_init (WpDeviceTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_device_template_finalize;
}

static void
wp_device_template_init (WpDeviceTemplate *self)
{
}

/* @prototype carries the model, the name and the ports; the template keeps a
 * reference and never changes it. */
WpDeviceTemplate *
wp_device_template_new (WpDevice           *prototype,
                        const char         *category,
                        const char * const *keywords,
                        const char         *description)
{
  WpDeviceTemplate *self;

  g_return_val_if_fail (WP_IS_DEVICE (prototype), NULL);
  g_return_val_if_fail (wp_device_get_model (prototype) != NULL, NULL);

  self = g_object_new (WP_TYPE_DEVICE_TEMPLATE, NULL);
  self->prototype = g_object_ref (prototype);
  self->category = g_strdup (category);
  self->keywords = keywords != NULL ? g_strdupv ((char **) keywords) : g_new0 (char *, 1);
  self->description = g_strdup (description);
  return self;
}

const char *
wp_device_template_get_model (WpDeviceTemplate *self)
{
  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), NULL);
  return wp_device_get_model (self->prototype);
}

const char *
wp_device_template_get_name (WpDeviceTemplate *self)
{
  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), NULL);
  return wp_device_get_display_name (self->prototype);
}

const char *
wp_device_template_get_category (WpDeviceTemplate *self)
{
  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), NULL);
  return self->category;
}

const char * const *
wp_device_template_get_keywords (WpDeviceTemplate *self)
{
  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), NULL);
  return (const char * const *) self->keywords;
}

const char *
wp_device_template_get_description (WpDeviceTemplate *self)
{
  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), NULL);
  return self->description;
}

guint
wp_device_template_get_n_ports (WpDeviceTemplate *self)
{
  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), 0);
  return wp_device_get_n_ports (self->prototype);
}

const WpPort *
wp_device_template_get_port (WpDeviceTemplate *self,
                             guint             index)
{
  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), NULL);
  return wp_device_get_port (self->prototype, index);
}

gboolean
wp_device_template_is_user (WpDeviceTemplate *self)
{
  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), FALSE);
  return self->user;
}

void
wp_device_template_set_user (WpDeviceTemplate *self,
                             gboolean          user)
{
  g_return_if_fail (WP_IS_DEVICE_TEMPLATE (self));
  self->user = user;
}

/* A new device of this kind, with its own copy of every port: the plan stays
 * self-contained whatever later happens to the catalogue. */
WpDevice *
wp_device_template_instantiate (WpDeviceTemplate *self,
                                const char       *id)
{
  WpDevice *device;

  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), NULL);

  device = wp_device_copy (self->prototype);
  wp_device_set_id (device, id);
  return device;
}

/* The entry as a catalogue file writes it (FORMAT.md §3), ports as in a plan. */
json_object *
wp_device_template_to_json (WpDeviceTemplate *self)
{
  json_object *object = json_object_new_object ();
  json_object *keywords = json_object_new_array ();
  json_object *ports = json_object_new_array ();
  const char *name;

  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (self), NULL);

  name = wp_device_get_name (self->prototype);
  json_object_object_add (object, "model", json_object_new_string (wp_device_template_get_model (self)));
  json_object_object_add (object, "name", json_object_new_string (name != NULL ? name : ""));
  json_object_object_add (object, "category", json_object_new_string (self->category != NULL ? self->category : ""));
  for (guint i = 0; self->keywords[i] != NULL; i++)
    json_object_array_add (keywords, json_object_new_string (self->keywords[i]));
  json_object_object_add (object, "keywords", keywords);
  if (self->description != NULL)
    json_object_object_add (object, "description", json_object_new_string (self->description));
  for (guint i = 0; i < wp_device_get_n_ports (self->prototype); i++)
    json_object_array_add (ports, wp_port_to_json (wp_device_get_port (self->prototype, i)));
  json_object_object_add (object, "ports", ports);
  return object;
}
