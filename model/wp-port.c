/* wp-port.c: one connector of a device */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-json.h"
#include "wp-port.h"

G_DEFINE_BOXED_TYPE (WpPort, wp_port, wp_port_copy, wp_port_free)

#define ATTR(key, type, kind, field) { key, type, kind, G_STRUCT_OFFSET (WpPort, field) }
#define STRING(key, field) ATTR (key, WP_ATTRIBUTE_STRING, 0, field)
#define ENUM(key, kind, field) ATTR (key, WP_ATTRIBUTE_ENUM, kind, field)
#define NUMBER(key, field) ATTR (key, WP_ATTRIBUTE_NUMBER, 0, field)
#define FLAG(key, field) ATTR (key, WP_ATTRIBUTE_FLAG, 0, field)

/* In the canonical key order of the file format. */
static const WpPortAttribute attributes[] = {
  STRING ("id", id),
  STRING ("name", name),
  ENUM ("direction", WP_ENUM_DIRECTION, direction),
  ENUM ("signal", WP_ENUM_SIGNAL, signal),
  ENUM ("level", WP_ENUM_LEVEL, level),
  ENUM ("wiring", WP_ENUM_WIRING, wiring),
  ATTR ("channels", WP_ATTRIBUTE_COUNT, 0, channels),
  ENUM ("connector", WP_ENUM_CONNECTOR, connector),
  ENUM ("gender", WP_ENUM_GENDER, gender),
  NUMBER ("impedance_ohm", impedance_ohm),
  NUMBER ("min_load_ohm", min_load_ohm),
  FLAG ("bridged", bridged),
  NUMBER ("power_w", power_w),
  NUMBER ("cv_tap_w", cv_tap_w),
  ENUM ("combo_level", WP_ENUM_LEVEL, combo_level),
  ENUM ("phantom", WP_ENUM_PHANTOM, phantom),
  FLAG ("phantom_on", phantom_on),
  ENUM ("needs_phantom", WP_ENUM_PHANTOM, needs_phantom),
  FLAG ("battery", battery),
  ENUM ("phantom_tolerance", WP_ENUM_TOLERANCE, phantom_tolerance),
  ENUM ("mic_type", WP_ENUM_MIC_TYPE, mic_type),
  NUMBER ("pad_db", pad_db),
  FLAG ("pad_on", pad_on),
  ATTR ("sample_rates", WP_ATTRIBUTE_RATES, 0, sample_rates),
  FLAG ("src", src),
  FLAG ("smux", smux),
  ENUM ("usb_role", WP_ENUM_USB_ROLE, usb_role),
  STRING ("link_of", link_of),
  NUMBER ("length_limit_m", length_limit_m),
};

#undef ATTR
#undef STRING
#undef ENUM
#undef NUMBER
#undef FLAG

#define FIELD(port, attribute, type) G_STRUCT_MEMBER (type, port, (attribute)->offset)

const WpPortAttribute *
wp_port_get_attributes (guint *n_attributes)
{
  *n_attributes = G_N_ELEMENTS (attributes);
  return attributes;
}

/* The attribute named @key, or NULL. A hash table: readers ask for every key of
 * every port of a plan. */
const WpPortAttribute *
wp_port_find_attribute (const char *key)
{
  static GHashTable *by_key;

  if (g_once_init_enter (&by_key))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
        g_hash_table_insert (table, (gpointer) attributes[i].key, (gpointer) &attributes[i]);
      g_once_init_leave (&by_key, table);
    }
  return g_hash_table_lookup (by_key, key);
}

WpPort *
wp_port_new (const char *id)
{
  WpPort *port = g_new0 (WpPort, 1);

  /* Enums, flags and counts are absent at 0; numbers are absent as NAN. */
  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    if (attributes[i].type == WP_ATTRIBUTE_NUMBER)
      FIELD (port, &attributes[i], double) = NAN;
  port->id = g_strdup (id);
  return port;
}

WpPort *
wp_port_copy (const WpPort *port)
{
  WpPort *copy;

  g_return_val_if_fail (port != NULL, NULL);

  copy = g_memdup2 (port, sizeof *port);
  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    {
      const WpPortAttribute *attribute = &attributes[i];

      if (attribute->type == WP_ATTRIBUTE_STRING)
        FIELD (copy, attribute, char *) = g_strdup (FIELD (port, attribute, char *));
    }
  if (port->sample_rates != NULL)
    {
      copy->sample_rates = g_array_copy (port->sample_rates);
    }
  copy->extra = NULL;
  if (port->extra != NULL)
    json_object_deep_copy (port->extra, &copy->extra, NULL);
  return copy;
}

void
wp_port_free (WpPort *port)
{
  if (port == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    if (attributes[i].type == WP_ATTRIBUTE_STRING)
      g_free (FIELD (port, &attributes[i], char *));
  g_clear_pointer (&port->sample_rates, g_array_unref);
  g_clear_pointer (&port->extra, json_object_put);
  g_free (port);
}

gboolean
wp_port_has_attribute (const WpPort          *port,
                       const WpPortAttribute *attribute)
{
  switch (attribute->type)
    {
    case WP_ATTRIBUTE_STRING:
      return FIELD (port, attribute, char *) != NULL;
    case WP_ATTRIBUTE_ENUM:
    case WP_ATTRIBUTE_FLAG:
    case WP_ATTRIBUTE_COUNT:
      return FIELD (port, attribute, int) != 0;
    case WP_ATTRIBUTE_NUMBER:
      return !isnan (FIELD (port, attribute, double));
    case WP_ATTRIBUTE_RATES:
      return FIELD (port, attribute, GArray *) != NULL;
    default:
      g_assert_not_reached ();
    }
}

static json_object *
attribute_to_json (const WpPort          *port,
                   const WpPortAttribute *attribute)
{
  switch (attribute->type)
    {
    case WP_ATTRIBUTE_STRING:
      return json_object_new_string (FIELD (port, attribute, char *));
    case WP_ATTRIBUTE_ENUM:
      return json_object_new_string (wp_enum_to_string (attribute->enum_kind,
                                                        FIELD (port, attribute, int)));
    case WP_ATTRIBUTE_FLAG:
      return json_object_new_boolean (FIELD (port, attribute, int) == WP_FLAG_YES);
    case WP_ATTRIBUTE_COUNT:
      return json_object_new_int (FIELD (port, attribute, int));
    case WP_ATTRIBUTE_NUMBER:
      return wp_json_new_number (FIELD (port, attribute, double));
    case WP_ATTRIBUTE_RATES:
      {
        GArray *rates = FIELD (port, attribute, GArray *);
        json_object *array = json_object_new_array_ext ((int) rates->len);

        for (guint i = 0; i < rates->len; i++)
          json_object_array_add (array, json_object_new_int64 (g_array_index (rates, guint, i)));
        return array;
      }
    default:
      g_assert_not_reached ();
    }
}

/* The port as a plan file object: known keys in canonical order, then unknown ones. */
json_object *
wp_port_to_json (const WpPort *port)
{
  json_object *object = json_object_new_object ();

  g_return_val_if_fail (port != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    if (wp_port_has_attribute (port, &attributes[i]))
      json_object_object_add (object, attributes[i].key, attribute_to_json (port, &attributes[i]));
  if (port->extra != NULL)
    {
      json_object_object_foreach (port->extra, key, value)
        json_object_object_add (object, key, json_object_get (value));
    }
  return object;
}

gboolean
wp_port_equal (const WpPort *a,
               const WpPort *b)
{
  g_autoptr(json_object) ja = NULL;
  g_autoptr(json_object) jb = NULL;

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  ja = wp_port_to_json (a);
  jb = wp_port_to_json (b);
  return json_object_equal (ja, jb);
}

/* The audio channels on the connector: as stated, else two for a stereo (TRS)
 * port and one for any other. */
guint
wp_port_get_channels (const WpPort *port)
{
  if (port->channels > 0)
    return (guint) port->channels;
  return port->wiring == WP_WIRING_STEREO ? 2 : 1;
}

/* FORMAT.md: safe for balanced mic-level outputs, caution for other balanced
 * outputs, unsafe for unbalanced ones; unknown where the wiring is unknown. */
WpTolerance
wp_port_get_phantom_tolerance (const WpPort *port)
{
  if (port->phantom_tolerance != WP_TOLERANCE_UNSET)
    return port->phantom_tolerance;
  switch (port->wiring)
    {
    case WP_WIRING_BALANCED:
      return port->level == WP_LEVEL_MIC ? WP_TOLERANCE_SAFE : WP_TOLERANCE_CAUTION;
    case WP_WIRING_UNBALANCED:
    case WP_WIRING_STEREO:
      return WP_TOLERANCE_UNSAFE;
    case WP_WIRING_UNSET:
    default:
      return WP_TOLERANCE_UNSET;
    }
}

gboolean
wp_port_has_sample_rate (const WpPort *port,
                         guint         rate)
{
  if (port->sample_rates == NULL)
    return FALSE;
  for (guint i = 0; i < port->sample_rates->len; i++)
    if (g_array_index (port->sample_rates, guint, i) == rate)
      return TRUE;
  return FALSE;
}

/* Technical abbreviations printed on the panel, the same in every language. */
const char *
wp_connector_get_abbreviation (WpConnector connector)
{
  static const char * const names[] = {
    [WP_CONNECTOR_UNSET] = "",
    [WP_CONNECTOR_XLR3] = "XLR",
    [WP_CONNECTOR_XLR5] = "XLR5",
    [WP_CONNECTOR_TRS_6_35] = "TRS",
    [WP_CONNECTOR_TS_6_35] = "TS",
    [WP_CONNECTOR_TRS_3_5] = "3.5 TRS",
    [WP_CONNECTOR_TS_3_5] = "3.5 TS",
    [WP_CONNECTOR_RCA] = "RCA",
    [WP_CONNECTOR_COMBO] = "Combo",
    [WP_CONNECTOR_SPEAKON_NL2] = "speakON 2",
    [WP_CONNECTOR_SPEAKON_NL4] = "speakON 4",
    [WP_CONNECTOR_SPEAKON_NL8] = "speakON 8",
    [WP_CONNECTOR_BINDING_POST] = "Post",
    [WP_CONNECTOR_BNC] = "BNC",
    [WP_CONNECTOR_TOSLINK] = "Toslink",
    [WP_CONNECTOR_DIN5] = "DIN5",
    [WP_CONNECTOR_RJ45] = "RJ45",
    [WP_CONNECTOR_ETHERCON] = "etherCON",
    [WP_CONNECTOR_USB_A] = "USB-A",
    [WP_CONNECTOR_USB_B] = "USB-B",
    [WP_CONNECTOR_USB_C] = "USB-C",
    [WP_CONNECTOR_IEC] = "IEC",
    [WP_CONNECTOR_POWERCON] = "powerCON",
    [WP_CONNECTOR_TERMINAL] = "Terminal",
  };

  if ((guint) connector >= G_N_ELEMENTS (names))
    return "";
  return names[connector];
}
