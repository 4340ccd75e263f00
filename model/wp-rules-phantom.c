/* wp-rules-phantom.c: phantom-missing, phantom-low-voltage, phantom-on-ribbon and
 * phantom-on-source
 *
 * Phantom power exists only on XLR microphone inputs (48 V +/- 4 V through
 * 6.8 kohm per leg); wp_connection_get_input() tells what the input supplies.
 */
#include "config.h"

#include "wp-rules-private.h"

static int
volts (WpPhantom phantom)
{
  switch (phantom)
    {
    case WP_PHANTOM_P12:
      return 12;
    case WP_PHANTOM_P24:
      return 24;
    case WP_PHANTOM_P48:
      return 48;
    case WP_PHANTOM_UNSET:
    case WP_PHANTOM_NONE:
    default:
      return 0;
    }
}

static void
check_missing (const WpConnection *connection,
               const WpInputView  *input,
               const char         *a,
               const char         *b,
               GPtrArray          *problems)
{
  const char *needed = wp_rules_phantom_name (connection->source->needs_phantom);
  char *message, *fix;

  if (input->jack_path)
    {
      message = g_strdup_printf (_("%s needs %s phantom power, but it reaches %s through the jack "
                                   "of a combo socket, which carries none."), a, needed, b);
      fix = g_strdup_printf (_("Use an XLR cable into %s and switch on its phantom power."), b);
    }
  else if (volts (connection->sink->phantom) > 0 && connection->sink->phantom_on == WP_FLAG_NO)
    {
      message = g_strdup_printf (_("%s needs %s phantom power, but phantom power is off on "
                                   "%s."), a, needed, b);
      fix = g_strdup_printf (_("Switch on phantom power on %s."), b);
    }
  else
    {
      message = g_strdup_printf (_("%s needs %s phantom power, but %s supplies none."),
                                 a, needed, b);
      fix = g_strdup_printf (_("Connect %s to a microphone input with phantom power, or put a "
                               "phantom power supply between them."), a);
    }
  wp_rules_report (problems, connection, "phantom-missing", WP_SEVERITY_ERROR, message, fix);
}

void
wp_rules_check_phantom (const WpConnection *connection,
                        GPtrArray          *problems)
{
  const WpPort *source = connection->source;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  int needed = volts (source->needs_phantom);
  WpInputView input;
  int supplied;

  if (!wp_connection_is_oriented (connection) || !wp_connection_is_analog (connection))
    return;

  wp_connection_get_input (connection, &input);
  supplied = volts (input.phantom);
  a = wp_rules_describe_port (connection->source_device, source);
  b = wp_rules_describe_port (connection->sink_device, connection->sink);

  if (needed > 0 && source->battery != WP_FLAG_YES && input.phantom == WP_PHANTOM_NONE)
    check_missing (connection, &input, a, b, problems);
  if (needed > 0 && supplied > 0 && supplied < needed)
    wp_rules_report (problems, connection, "phantom-low-voltage", WP_SEVERITY_WARNING,
                     g_strdup_printf (_("%s needs %s phantom power, but %s supplies only %s."), a,
                                      wp_rules_phantom_name (source->needs_phantom), b,
                                      wp_rules_phantom_name (input.phantom)),
                     g_strdup_printf (_("Use an input with %s phantom power, or put a phantom "
                                        "power supply between them."),
                                      wp_rules_phantom_name (source->needs_phantom)));
  if (supplied == 0)
    return;

  if (source->mic_type == WP_MIC_TYPE_RIBBON)
    wp_rules_report (problems, connection, "phantom-on-ribbon",
                     wp_port_get_phantom_tolerance (source) == WP_TOLERANCE_UNSAFE
                     ? WP_SEVERITY_ERROR : WP_SEVERITY_WARNING,
                     g_strdup_printf (_("Phantom power is on at %s, where the passive ribbon "
                                        "microphone %s is connected: a faulty cable or patch can "
                                        "destroy the ribbon."), b, a),
                     g_strdup_printf (_("Switch off phantom power on %s before connecting "
                                        "%s."), b, a));
  else if (needed == 0
           && (source->needs_phantom == WP_PHANTOM_NONE
               || (source->mic_type != WP_MIC_TYPE_CONDENSER
                   && source->mic_type != WP_MIC_TYPE_ACTIVE_RIBBON)))
    {
      WpTolerance tolerance = wp_port_get_phantom_tolerance (source);

      if (tolerance != WP_TOLERANCE_CAUTION && tolerance != WP_TOLERANCE_UNSAFE)
        return;
      wp_rules_report (problems, connection, "phantom-on-source",
                       tolerance == WP_TOLERANCE_UNSAFE ? WP_SEVERITY_ERROR : WP_SEVERITY_WARNING,
                       g_strdup_printf (_("Phantom power is on at %s and %s does not need it: "
                                          "an output not built for it can be damaged or "
                                          "distort."), b, a),
                       g_strdup_printf (_("Switch off phantom power on %s."), b));
    }
}
