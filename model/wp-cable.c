/* wp-cable.c: a cable from one port to another */
#include "config.h"

#include "wp-util.h"
#include <math.h>

#include "wp-cable.h"

struct _WpCable
{
  GObject      parent_instance;

  char        *id;
  WpEndpoint   from;
  WpEndpoint   to;
  char        *label;
  double       length_m;   /* NAN when absent */
  char        *color;
  char        *notes;
  GArray      *waivers;    /* of WpWaiver */
  json_object *extra;
};

G_DEFINE_FINAL_TYPE (WpCable, wp_cable, G_TYPE_OBJECT)

static void
endpoint_clear (WpEndpoint *endpoint)
{
  g_clear_pointer (&endpoint->device, g_free);
  g_clear_pointer (&endpoint->port, g_free);
  g_clear_pointer (&endpoint->extra, json_object_put);
}

static void
waiver_clear (gpointer data)
{
  WpWaiver *waiver = data;

  g_clear_pointer (&waiver->rule, g_free);
  g_clear_pointer (&waiver->note, g_free);
  g_clear_pointer (&waiver->extra, json_object_put);
}

static json_object *
copy_json (json_object *value)
{
  json_object *copy = NULL;

  if (value != NULL)
    json_object_deep_copy (value, &copy, NULL);
  return copy;
}

static void
wp_cable_finalize (GObject *object)
{
  WpCable *self = WP_CABLE (object);

  g_clear_pointer (&self->id, g_free);
  endpoint_clear (&self->from);
  endpoint_clear (&self->to);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->waivers, g_array_unref);
  g_clear_pointer (&self->extra, json_object_put);

  G_OBJECT_CLASS (wp_cable_parent_class)->finalize (object);
}

static void
wp_cable_class_init (WpCableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_cable_finalize;
}

static void
wp_cable_init (WpCable *self)
{
  self->length_m = NAN;
  self->waivers = g_array_new (FALSE, TRUE, sizeof (WpWaiver));
  g_array_set_clear_func (self->waivers, waiver_clear);
}

WpCable *
wp_cable_new (const char *id,
              const char *from_device,
              const char *from_port,
              const char *to_device,
              const char *to_port)
{
  WpCable *self = g_object_new (WP_TYPE_CABLE, NULL);

  self->id = g_strdup (id);
  self->from.device = g_strdup (from_device);
  self->from.port = g_strdup (from_port);
  self->to.device = g_strdup (to_device);
  self->to.port = g_strdup (to_port);
  return self;
}

/* A deep copy with the same id, for undo records and the clipboard. */
WpCable *
wp_cable_copy (WpCable *cable)
{
  WpCable *copy;

  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);

  copy = wp_cable_new (cable->id, cable->from.device, cable->from.port,
                       cable->to.device, cable->to.port);
  copy->from.extra = copy_json (cable->from.extra);
  copy->to.extra = copy_json (cable->to.extra);
  copy->label = g_strdup (cable->label);
  copy->length_m = cable->length_m;
  copy->color = g_strdup (cable->color);
  copy->notes = g_strdup (cable->notes);
  for (guint i = 0; i < cable->waivers->len; i++)
    {
      const WpWaiver *waiver = &g_array_index (cable->waivers, WpWaiver, i);
      wp_cable_add_waiver (copy, waiver->rule, waiver->note, copy_json (waiver->extra));
    }
  copy->extra = copy_json (cable->extra);
  return copy;
}

const char *
wp_cable_get_id (WpCable *cable)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);
  return cable->id;
}

const WpEndpoint *
wp_cable_get_from (WpCable *cable)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);
  return &cable->from;
}

const WpEndpoint *
wp_cable_get_to (WpCable *cable)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);
  return &cable->to;
}

const char *
wp_cable_get_label (WpCable *cable)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);
  return cable->label;
}

/* NAN when the length is not known. */
double
wp_cable_get_length_m (WpCable *cable)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NAN);
  return cable->length_m;
}

const char *
wp_cable_get_color (WpCable *cable)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);
  return cable->color;
}

const char *
wp_cable_get_notes (WpCable *cable)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);
  return cable->notes;
}

json_object *
wp_cable_get_extra (WpCable *cable)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);
  return cable->extra;
}

guint
wp_cable_get_n_waivers (WpCable *cable)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), 0);
  return cable->waivers->len;
}

const WpWaiver *
wp_cable_get_waiver (WpCable *cable,
                     guint    index)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);
  g_return_val_if_fail (index < cable->waivers->len, NULL);
  return &g_array_index (cable->waivers, WpWaiver, index);
}

/* The waiver of @rule and its place in the list, or NULL. */
const WpWaiver *
wp_cable_find_waiver (WpCable    *cable,
                      const char *rule,
                      guint      *index)
{
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);

  for (guint i = 0; i < cable->waivers->len; i++)
    {
      const WpWaiver *waiver = &g_array_index (cable->waivers, WpWaiver, i);

      if (g_strcmp0 (waiver->rule, rule) == 0)
        {
          if (index != NULL)
            *index = i;
          return waiver;
        }
    }
  return NULL;
}

gboolean
wp_cable_is_waived (WpCable    *cable,
                    const char *rule)
{
  return wp_cable_find_waiver (cable, rule, NULL) != NULL;
}

void
wp_cable_set_id (WpCable    *cable,
                 const char *id)
{
  g_return_if_fail (WP_IS_CABLE (cable));
  wp_set_string (&cable->id, id);
}

/* Plugs one end (@to: the receiving end) into another port; its unknown keys stay. */
void
wp_cable_set_endpoint (WpCable    *cable,
                       gboolean    to,
                       const char *device_id,
                       const char *port_id)
{
  WpEndpoint *endpoint;

  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (device_id != NULL && port_id != NULL);

  endpoint = to ? &cable->to : &cable->from;
  wp_set_string (&endpoint->device, device_id);
  wp_set_string (&endpoint->port, port_id);
}

void
wp_cable_set_label (WpCable    *cable,
                    const char *label)
{
  g_return_if_fail (WP_IS_CABLE (cable));
  wp_set_string (&cable->label, label);
}

/* NAN removes the length. */
void
wp_cable_set_length_m (WpCable *cable,
                       double   length_m)
{
  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (isnan (length_m) || (isfinite (length_m) && length_m >= 0));
  cable->length_m = length_m;
}

void
wp_cable_set_color (WpCable    *cable,
                    const char *color)
{
  g_return_if_fail (WP_IS_CABLE (cable));
  wp_set_string (&cable->color, color);
}

void
wp_cable_set_notes (WpCable    *cable,
                    const char *notes)
{
  g_return_if_fail (WP_IS_CABLE (cable));
  wp_set_string (&cable->notes, notes);
}

void
wp_cable_take_extra (WpCable     *cable,
                     json_object *extra)
{
  g_return_if_fail (WP_IS_CABLE (cable));
  g_clear_pointer (&cable->extra, json_object_put);
  cable->extra = extra;
}

void
wp_cable_take_endpoint_extra (WpCable     *cable,
                              gboolean     to,
                              json_object *extra)
{
  WpEndpoint *endpoint;

  g_return_if_fail (WP_IS_CABLE (cable));
  endpoint = to ? &cable->to : &cable->from;
  g_clear_pointer (&endpoint->extra, json_object_put);
  endpoint->extra = extra;
}

/* Takes ownership of @extra. Waiving a rule twice replaces the first note. */
void
wp_cable_add_waiver (WpCable     *cable,
                     const char  *rule,
                     const char  *note,
                     json_object *extra)
{
  wp_cable_insert_waiver (cable, rule, note, extra, -1);
}

/* Like wp_cable_add_waiver(), but puts the waiver at @position (-1 appends),
 * counted after any earlier waiver of the same rule was taken out. */
void
wp_cable_insert_waiver (WpCable     *cable,
                        const char  *rule,
                        const char  *note,
                        json_object *extra,
                        int          position)
{
  WpWaiver waiver;

  g_return_if_fail (WP_IS_CABLE (cable));
  g_return_if_fail (rule != NULL);

  waiver = (WpWaiver) { g_strdup (rule), g_strdup (note), extra };
  wp_cable_remove_waiver (cable, rule);
  if (position < 0 || (guint) position > cable->waivers->len)
    position = (int) cable->waivers->len;
  g_array_insert_val (cable->waivers, position, waiver);
}

void
wp_cable_remove_waiver (WpCable    *cable,
                        const char *rule)
{
  guint index;

  g_return_if_fail (WP_IS_CABLE (cable));

  if (wp_cable_find_waiver (cable, rule, &index) != NULL)
    g_array_remove_index (cable->waivers, index);
}
