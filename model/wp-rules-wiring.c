/* wp-rules-wiring.c: wiring, channels and connectors: balanced-to-unbalanced,
 * unbalanced-to-balanced, stereo-into-balanced, stereo-to-mono, mono-to-stereo,
 * adapter-needed, same-gender and speaker-on-jack */
#include "config.h"

#include "wp-rules-private.h"

/* Pairs of different connectors a standard cable joins, besides the families below. */
static const WpConnector standard_cables[][2] = {
  { WP_CONNECTOR_TRS_6_35, WP_CONNECTOR_TS_6_35 },
  { WP_CONNECTOR_TRS_3_5, WP_CONNECTOR_TS_3_5 },
  { WP_CONNECTOR_XLR3, WP_CONNECTOR_TRS_6_35 },
  { WP_CONNECTOR_XLR3, WP_CONNECTOR_TS_6_35 },
  { WP_CONNECTOR_RCA, WP_CONNECTOR_TS_6_35 },
  { WP_CONNECTOR_RCA, WP_CONNECTOR_TRS_6_35 },
  { WP_CONNECTOR_RCA, WP_CONNECTOR_TRS_3_5 },
  { WP_CONNECTOR_TRS_3_5, WP_CONNECTOR_TRS_6_35 },
  { WP_CONNECTOR_TS_3_5, WP_CONNECTOR_TS_6_35 },
  { WP_CONNECTOR_COMBO, WP_CONNECTOR_XLR3 },
  { WP_CONNECTOR_COMBO, WP_CONNECTOR_TRS_6_35 },
  { WP_CONNECTOR_COMBO, WP_CONNECTOR_TS_6_35 },
  { WP_CONNECTOR_RJ45, WP_CONNECTOR_ETHERCON },
};

static gboolean
is_speaker_connector (WpConnector connector)
{
  return connector == WP_CONNECTOR_SPEAKON_NL2 || connector == WP_CONNECTOR_SPEAKON_NL4
         || connector == WP_CONNECTOR_SPEAKON_NL8 || connector == WP_CONNECTOR_BINDING_POST
         || connector == WP_CONNECTOR_TERMINAL;
}

static gboolean
is_usb_connector (WpConnector connector)
{
  return connector == WP_CONNECTOR_USB_A || connector == WP_CONNECTOR_USB_B
         || connector == WP_CONNECTOR_USB_C;
}

static gboolean
is_analog_connector (WpConnector connector)
{
  return connector == WP_CONNECTOR_XLR3 || connector == WP_CONNECTOR_XLR5
         || connector == WP_CONNECTOR_TRS_6_35 || connector == WP_CONNECTOR_TS_6_35
         || connector == WP_CONNECTOR_TRS_3_5 || connector == WP_CONNECTOR_TS_3_5
         || connector == WP_CONNECTOR_RCA || connector == WP_CONNECTOR_COMBO
         || is_speaker_connector (connector);
}

static gboolean
is_standard_cable (WpConnector a,
                   WpConnector b)
{
  if (a == b || (is_speaker_connector (a) && is_speaker_connector (b))
      || (is_usb_connector (a) && is_usb_connector (b))
      || (a == WP_CONNECTOR_TERMINAL && is_analog_connector (b))
      || (b == WP_CONNECTOR_TERMINAL && is_analog_connector (a)))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (standard_cables); i++)
    if ((standard_cables[i][0] == a && standard_cables[i][1] == b)
        || (standard_cables[i][0] == b && standard_cables[i][1] == a))
      return TRUE;
  return FALSE;
}

void
wp_rules_check_wiring (const WpConnection *connection,
                       GPtrArray          *problems)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  WpWiring out, in;
  guint n_out, n_in;
  WpInputView input;

  if (!wp_connection_is_oriented (connection) || !wp_connection_is_analog (connection))
    return;

  wp_connection_get_input (connection, &input);
  out = connection->source->wiring;
  in = input.wiring;
  n_out = wp_port_get_channels (connection->source);
  n_in = wp_port_get_channels (connection->sink);

  if (out == WP_WIRING_BALANCED && in == WP_WIRING_UNBALANCED)
    {
      wp_rules_name_ends (connection, &a, &b);
      wp_rules_report (problems, connection, "balanced-to-unbalanced", WP_SEVERITY_INFO,
                       g_strdup_printf (_("%s is balanced and %s is unbalanced: it works, but the "
                                          "line loses its noise rejection."), a, b),
                       g_strdup (_("Keep the cable short, or use a balanced input (or a line "
                                   "isolation transformer) for a long run.")));
    }
  /* Where instrument-loading fires, its DI box balances the line too. */
  else if (out == WP_WIRING_UNBALANCED && in == WP_WIRING_BALANCED
           && !wp_rules_is_instrument_loading (connection, &input))
    {
      wp_rules_name_ends (connection, &a, &b);
      wp_rules_report (problems, connection, "unbalanced-to-balanced", WP_SEVERITY_INFO,
                       g_strdup_printf (_("%s is unbalanced and %s is balanced: it works, but the "
                                          "level may be up to 6 dB lower."), a, b),
                       g_strdup (_("Use a cable that ties the cold pin to ground at the unbalanced "
                                   "end, and add a little gain if needed.")));
    }

  if (out != WP_WIRING_STEREO && n_out == 1 && n_in == 1)
    return;
  wp_rules_name_ends (connection, &a, &b);
  if (out == WP_WIRING_STEREO && in == WP_WIRING_BALANCED && n_in == 1)
    wp_rules_report (problems, connection, "stereo-into-balanced", WP_SEVERITY_ERROR,
                     g_strdup_printf (_("%s is a stereo output (left and right on one TRS plug) "
                                        "and %s is a balanced mono input: it hears left minus "
                                        "right, and whatever is in the centre cancels."), a, b),
                     g_strdup (_("Use a TRS to two TS (Y) cable into two inputs, or a TRS to TS "
                                 "cable to take the left channel only.")));
  else if (n_out >= 2 && n_in == 1)
    wp_rules_report (problems, connection, "stereo-to-mono", WP_SEVERITY_WARNING,
                     g_strdup_printf (ngettext ("%s carries %u channel and %s takes one: the "
                                                "others are lost.",
                                                "%s carries %u channels and %s takes one: the "
                                                "others are lost.", n_out), a, n_out, b),
                     g_strdup (_("Use a Y cable into two inputs, or a summing box to mix to "
                                 "mono.")));
  else if (n_out == 1 && n_in >= 2)
    wp_rules_report (problems, connection, "mono-to-stereo", WP_SEVERITY_INFO,
                     g_strdup_printf (ngettext ("%s is mono and %s takes %u channel: the signal is "
                                                "on one side only.",
                                                "%s is mono and %s takes %u channels: the signal "
                                                "is on one side only.", n_in), a, b, n_in),
                     g_strdup (_("Use a mono to stereo adapter (one plug to both channels) so that "
                                 "both sides get the signal.")));
}

/* 3 for an XLR3 or a combo's XLR, 5 for an XLR5, else 0. */
static int
xlr_pins (const WpPort *port,
          WpGender     *gender)
{
  *gender = port->gender;
  switch (port->connector)
    {
    case WP_CONNECTOR_COMBO:
      *gender = WP_GENDER_F;
      return 3;
    case WP_CONNECTOR_XLR3:
      return 3;
    case WP_CONNECTOR_XLR5:
      return 5;
    default:
      return 0;
    }
}

static gboolean
is_speaker_level (WpLevel level)
{
  return level == WP_LEVEL_SPEAKER || level == WP_LEVEL_CV70 || level == WP_LEVEL_CV100;
}

static gboolean
is_large_jack (WpConnector connector)
{
  return connector == WP_CONNECTOR_TRS_6_35 || connector == WP_CONNECTOR_TS_6_35;
}

void
wp_rules_check_connectors (const WpConnection *connection,
                           GPtrArray          *problems)
{
  const WpPort *source = connection->source;
  const WpPort *sink = connection->sink;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  WpLevel level = source->level != WP_LEVEL_UNSET ? source->level : sink->level;
  WpGender gender_a, gender_b;
  int pins_a = xlr_pins (source, &gender_a);
  int pins_b = xlr_pins (sink, &gender_b);
  gboolean adapter = source->connector != WP_CONNECTOR_UNSET
                     && sink->connector != WP_CONNECTOR_UNSET
                     && !is_standard_cable (source->connector, sink->connector);
  gboolean same_gender = pins_a != 0 && pins_a == pins_b && gender_a != WP_GENDER_UNSET
                         && gender_a == gender_b;
  gboolean speaker_on_jack = is_speaker_level (level)
                             && (is_large_jack (source->connector)
                                 || is_large_jack (sink->connector));

  if (!adapter && !same_gender && !speaker_on_jack)
    return;
  wp_rules_name_ends (connection, &a, &b);
  if (adapter)
    {
      g_autofree char *panel_a = wp_rules_connector_name (source->connector, source->gender, FALSE);
      g_autofree char *panel_b = wp_rules_connector_name (sink->connector, sink->gender, FALSE);
      g_autofree char *plug_a = wp_rules_connector_name (source->connector, source->gender, TRUE);
      g_autofree char *plug_b = wp_rules_connector_name (sink->connector, sink->gender, TRUE);

      wp_rules_report (problems, connection, "adapter-needed", WP_SEVERITY_WARNING,
                       g_strdup_printf (_("%s has %s and %s has %s: no standard cable joins them."),
                                        a, panel_a, b, panel_b),
                       g_strdup_printf (_("Use an adapter cable from %s to %s."), plug_a, plug_b));
    }

  if (same_gender)
    wp_rules_report (problems, connection, "same-gender", WP_SEVERITY_WARNING,
                     gender_a == WP_GENDER_M
                     ? g_strdup_printf (_("%s and %s both have male XLR connectors: a standard XLR "
                                          "cable does not fit."), a, b)
                     : g_strdup_printf (_("%s and %s both have female XLR connectors: a standard "
                                          "XLR cable does not fit."), a, b),
                     gender_a == WP_GENDER_M
                     ? g_strdup (_("Use an XLR female-to-female cable or a gender changer."))
                     : g_strdup (_("Use an XLR male-to-male cable or a gender changer.")));

  if (speaker_on_jack)
    wp_rules_report (problems, connection, "speaker-on-jack", WP_SEVERITY_WARNING,
                     g_strdup_printf (_("%s and %s carry speaker level over a 6.35 mm "
                                        "jack."), a, b),
                     g_strdup (_("Use speaker cable (heavy, unshielded) with jack plugs, never a "
                                 "shielded instrument cable; use speakON where the equipment has "
                                 "it.")));
}
