/* wp-rules-text.c: how the rules' messages name levels, signals, connectors and numbers */
#include "config.h"

#include <math.h>

#include "wp-rules-private.h"

static const char * const level_names[] = {
  [WP_LEVEL_MIC] = N_("microphone level (about -50 dBu)"),
  [WP_LEVEL_INSTRUMENT] = N_("instrument level (about -20 dBu)"),
  [WP_LEVEL_LINE_CONSUMER] = N_("consumer line level (-10 dBV)"),
  [WP_LEVEL_LINE_PRO] = N_("pro line level (+4 dBu)"),
  [WP_LEVEL_HEADPHONE] = N_("headphone level"),
  [WP_LEVEL_SPEAKER] = N_("speaker level"),
  [WP_LEVEL_CV70] = N_("a 70 V constant-voltage line"),
  [WP_LEVEL_CV100] = N_("a 100 V constant-voltage line"),
};

static const char * const signal_names[] = {
  [WP_SIGNAL_ANALOG] = N_("analog audio"),
  [WP_SIGNAL_AES3] = N_("AES3"),
  [WP_SIGNAL_AES3ID] = N_("AES3id"),
  [WP_SIGNAL_SPDIF_COAX] = N_("S/PDIF (coaxial)"),
  [WP_SIGNAL_SPDIF_OPTICAL] = N_("S/PDIF (optical)"),
  [WP_SIGNAL_ADAT] = N_("ADAT"),
  [WP_SIGNAL_MADI] = N_("MADI"),
  [WP_SIGNAL_MIDI] = N_("MIDI"),
  [WP_SIGNAL_DMX] = N_("DMX"),
  [WP_SIGNAL_WORDCLOCK] = N_("word clock"),
  [WP_SIGNAL_DANTE] = N_("Dante"),
  [WP_SIGNAL_AES67] = N_("AES67"),
  [WP_SIGNAL_AES50] = N_("AES50"),
  [WP_SIGNAL_ETHERNET] = N_("Ethernet"),
  [WP_SIGNAL_USB] = N_("USB"),
  [WP_SIGNAL_CONTROL] = N_("control data"),
  [WP_SIGNAL_POWER] = N_("mains power"),
};

static const char * const phantom_names[] = {
  [WP_PHANTOM_NONE] = N_("no phantom power"),
  [WP_PHANTOM_P12] = N_("P12 (12 V)"),
  [WP_PHANTOM_P24] = N_("P24 (24 V)"),
  [WP_PHANTOM_P48] = N_("P48 (48 V)"),
};

/* The one table of connector names. */
static const char * const connector_names[] = {
  [WP_CONNECTOR_XLR3] = N_("XLR"),
  [WP_CONNECTOR_XLR5] = N_("5-pin XLR"),
  [WP_CONNECTOR_TRS_6_35] = N_("6.35 mm TRS jack"),
  [WP_CONNECTOR_TS_6_35] = N_("6.35 mm TS jack"),
  [WP_CONNECTOR_TRS_3_5] = N_("3.5 mm TRS jack"),
  [WP_CONNECTOR_TS_3_5] = N_("3.5 mm TS jack"),
  [WP_CONNECTOR_RCA] = N_("RCA (phono)"),
  [WP_CONNECTOR_COMBO] = N_("XLR/jack combo"),
  [WP_CONNECTOR_SPEAKON_NL2] = N_("speakON NL2"),
  [WP_CONNECTOR_SPEAKON_NL4] = N_("speakON NL4"),
  [WP_CONNECTOR_SPEAKON_NL8] = N_("speakON NL8"),
  [WP_CONNECTOR_BINDING_POST] = N_("binding posts"),
  [WP_CONNECTOR_BNC] = N_("BNC"),
  [WP_CONNECTOR_TOSLINK] = N_("TOSLINK"),
  [WP_CONNECTOR_DIN5] = N_("5-pin DIN"),
  [WP_CONNECTOR_RJ45] = N_("RJ45"),
  [WP_CONNECTOR_ETHERCON] = N_("etherCON"),
  [WP_CONNECTOR_USB_A] = N_("USB-A"),
  [WP_CONNECTOR_USB_B] = N_("USB-B"),
  [WP_CONNECTOR_USB_C] = N_("USB-C"),
  [WP_CONNECTOR_IEC] = N_("IEC"),
  [WP_CONNECTOR_POWERCON] = N_("powerCON"),
  [WP_CONNECTOR_TERMINAL] = N_("bare-wire terminals"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (level_names) == WP_LEVEL_CV100 + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (signal_names) == WP_SIGNAL_POWER + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (phantom_names) == WP_PHANTOM_P48 + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (connector_names) == WP_CONNECTOR_TERMINAL + 1);

static const char *
lookup (const char * const *names,
        guint               n_names,
        int                 value)
{
  if (value <= 0 || (guint) value >= n_names || names[value] == NULL)
    return "";
  return _(names[value]);
}

/* "2.7", "4": one decimal where it tells something. */
char *
wp_rules_format_number (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

char *
wp_rules_format_ohm (double ohm)
{
  g_autofree char *number = NULL;

  if (ohm >= 1e6)
    {
      number = wp_rules_format_number (ohm / 1e6);
      /* Translators: an impedance in megohms */
      return g_strdup_printf (_("%s Mohm"), number);
    }
  if (ohm >= 1e3)
    {
      number = wp_rules_format_number (ohm / 1e3);
      /* Translators: an impedance in kilohms */
      return g_strdup_printf (_("%s kohm"), number);
    }
  number = wp_rules_format_number (ohm);
  /* Translators: an impedance in ohms */
  return g_strdup_printf (_("%s ohm"), number);
}

const char *
wp_rules_level_name (WpLevel level)
{
  return lookup (level_names, G_N_ELEMENTS (level_names), level);
}

const char *
wp_rules_signal_name (WpSignal signal)
{
  return lookup (signal_names, G_N_ELEMENTS (signal_names), signal);
}

const char *
wp_rules_phantom_name (WpPhantom phantom)
{
  return lookup (phantom_names, G_N_ELEMENTS (phantom_names), phantom);
}

/* The panel connector, or with @plug the cable plug that fits it: an XLR plug
 * has the other gender than its socket. */
char *
wp_rules_connector_name (WpConnector connector,
                         WpGender    gender,
                         gboolean    plug)
{
  const char *name = lookup (connector_names, G_N_ELEMENTS (connector_names), connector);

  if (connector == WP_CONNECTOR_COMBO && plug)
    return g_strdup (_("XLR (m) or 6.35 mm jack"));
  if ((connector == WP_CONNECTOR_XLR3 || connector == WP_CONNECTOR_XLR5)
      && gender != WP_GENDER_UNSET)
    {
      if ((gender == WP_GENDER_M) != plug)
        /* Translators: a connector and its gender, male */
        return g_strdup_printf (_("%s (m)"), name);
      /* Translators: a connector and its gender, female */
      return g_strdup_printf (_("%s (f)"), name);
    }
  return g_strdup (name);
}

/* “Amp” Out A, “Amp” Out B: the ports of @net that @filter accepts. */
char *
wp_rules_describe_ports (const WpNet *net,
                         gboolean   (*filter) (const WpNetPort *))
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < net->ports->len; i++)
    {
      const WpNetPort *item = wp_net_get_port (net, i);
      g_autofree char *name = NULL;

      if (!filter (item))
        continue;
      name = wp_rules_describe_port (item->device, item->port);
      if (list->len > 0)
        /* Translators: the separator of a list of ports */
        g_string_append (list, _(", "));
      g_string_append (list, name);
    }
  return g_string_free (list, FALSE);
}
