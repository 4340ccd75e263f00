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
  /* Without phantom power needed or supplied there is nothing to report. */
  if (needed == 0 && supplied == 0)
    return;
  wp_rules_name_ends (connection, &a, &b);

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

static gboolean
joined_directly (const WpNet     *net,
                 const WpNetPort *driver,
                 const WpNetPort *load)
{
  for (guint i = 0; i < net->connections->len; i++)
    {
      const WpConnection *connection = &g_array_index (net->connections, WpConnection, i);

      if ((connection->source == driver->port && connection->sink == load->port)
          || (connection->source == load->port && connection->sink == driver->port))
        return TRUE;
    }
  return FALSE;
}

/* Phantom power passes through passive gear joined by link_of (snakes, tie lines,
 * passive splitters), so the source is judged against every input it reaches that
 * way, as if cabled to it; the problem lists every cable of the net. */
void
wp_rules_check_phantom_through (const WpNet *net,
                                GPtrArray   *problems)
{
  const WpNetPort *driver = wp_net_get_driver (net);
  gboolean passes_through = FALSE;

  if (driver == NULL || driver->port->signal != WP_SIGNAL_ANALOG)
    return;
  /* Without passive link ports every input is cabled to the source directly,
   * and the per-cable rule has judged it already. */
  for (guint i = 0; i < net->ports->len && !passes_through; i++)
    passes_through = wp_net_get_port (net, i)->is_link;
  if (!passes_through)
    return;
  for (guint i = 0; i < net->ports->len; i++)
    {
      const WpNetPort *load = wp_net_get_port (net, i);
      g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);
      WpConnection through = { net->plan, NULL, driver->device, driver->port, load->device, load->port };

      if (!wp_net_port_is_load (load) || joined_directly (net, driver, load))
        continue;
      wp_rules_check_phantom (&through, found);
      for (guint p = 0; p < found->len; p++)
        {
          const WpProblem *problem = g_ptr_array_index (found, p);

          wp_rules_report_net (problems, net, problem->rule, problem->severity,
                               g_strdup (problem->message), g_strdup (problem->fix));
        }
    }
}
