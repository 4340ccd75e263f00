/* wp-enums.c: file names of the enumerated values
 *
 * The tables are indexed by enum value; index 0 of the port enums is UNSET and
 * has no file name.
 */
#include "config.h"

#include "wp-enums.h"

static const char * const direction_names[] = { NULL, "in", "out", "bidir" };
static const char * const signal_names[] = {
  NULL, "analog", "aes3", "aes3id", "spdif-coax", "spdif-optical", "adat", "madi", "midi",
  "dmx", "wordclock", "dante", "aes67", "aes50", "ethernet", "usb", "control", "power",
};
static const char * const level_names[] = {
  NULL, "mic", "instrument", "line-consumer", "line-pro", "headphone", "speaker", "cv70",
  "cv100",
};
static const char * const wiring_names[] = { NULL, "balanced", "unbalanced", "stereo" };
static const char * const connector_names[] = {
  NULL, "xlr3", "xlr5", "trs-6.35", "ts-6.35", "trs-3.5", "ts-3.5", "rca", "combo",
  "speakon-nl2", "speakon-nl4", "speakon-nl8", "binding-post", "bnc", "toslink", "din5",
  "rj45", "ethercon", "usb-a", "usb-b", "usb-c", "iec", "powercon", "terminal",
};
static const char * const gender_names[] = { NULL, "m", "f" };
static const char * const phantom_names[] = { NULL, "none", "p12", "p24", "p48" };
static const char * const tolerance_names[] = { NULL, "safe", "caution", "unsafe" };
static const char * const mic_type_names[] = {
  NULL, "dynamic", "condenser", "ribbon", "active-ribbon",
};
static const char * const usb_role_names[] = { NULL, "host", "device" };
static const char * const severity_names[] = { "info", "warning", "error" };

typedef struct {
  const char * const *names;
  guint               n_names;
} EnumTable;

#define TABLE(t) { t, G_N_ELEMENTS (t) }

static const EnumTable tables[WP_N_ENUMS] = {
  [WP_ENUM_DIRECTION] = TABLE (direction_names),
  [WP_ENUM_SIGNAL] = TABLE (signal_names),
  [WP_ENUM_LEVEL] = TABLE (level_names),
  [WP_ENUM_WIRING] = TABLE (wiring_names),
  [WP_ENUM_CONNECTOR] = TABLE (connector_names),
  [WP_ENUM_GENDER] = TABLE (gender_names),
  [WP_ENUM_PHANTOM] = TABLE (phantom_names),
  [WP_ENUM_TOLERANCE] = TABLE (tolerance_names),
  [WP_ENUM_MIC_TYPE] = TABLE (mic_type_names),
  [WP_ENUM_USB_ROLE] = TABLE (usb_role_names),
  [WP_ENUM_SEVERITY] = TABLE (severity_names),
};

#undef TABLE

/* Returns the file name of @value, or %NULL for UNSET or an out-of-range value. */
const char *
wp_enum_to_string (WpEnumKind kind,
                   int        value)
{
  g_return_val_if_fail (kind < WP_N_ENUMS, NULL);

  if (value < 0 || (guint) value >= tables[kind].n_names)
    return NULL;
  return tables[kind].names[value];
}

gboolean
wp_enum_from_string (WpEnumKind  kind,
                     const char *name,
                     int        *value)
{
  g_return_val_if_fail (kind < WP_N_ENUMS, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < tables[kind].n_names; i++)
    {
      if (tables[kind].names[i] != NULL && g_str_equal (tables[kind].names[i], name))
        {
          *value = (int) i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The number of values including UNSET, so values run from 0 to n - 1. */
guint
wp_enum_n_values (WpEnumKind kind)
{
  g_return_val_if_fail (kind < WP_N_ENUMS, 0);

  return tables[kind].n_names;
}

/* "a, b, c": the accepted names, for error messages. */
char *
wp_enum_list_names (WpEnumKind kind)
{
  GString *list = g_string_new (NULL);

  g_return_val_if_fail (kind < WP_N_ENUMS, NULL);

  for (guint i = 0; i < tables[kind].n_names; i++)
    {
      if (tables[kind].names[i] == NULL)
        continue;
      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, tables[kind].names[i]);
    }
  return g_string_free (list, FALSE);
}
