/* wp-rules-load.c: loads on a net: output-overloaded, load-below-minimum,
 * unequal-parallel-load and cv-overloaded
 *
 * The loads of a net are its inputs of their own (a link socket is not a load);
 * inputs whose impedance or tap is unknown are left out, which can only make the
 * load look lighter than it is, so a verdict of "too heavy" stays sound.
 */
#include "config.h"

#include <math.h>

#include "wp-rules-private.h"

static gboolean
is_power_level (WpLevel level)
{
  return level == WP_LEVEL_SPEAKER || level == WP_LEVEL_CV70 || level == WP_LEVEL_CV100;
}

static gboolean
has_impedance (const WpNetPort *net_port)
{
  return wp_net_port_is_load (net_port) && net_port->port->impedance_ohm > 0;
}

/* An input fed by a line, mic, instrument or headphone output. */
static gboolean
is_signal_load (const WpNetPort *net_port)
{
  return has_impedance (net_port) && !is_power_level (net_port->port->level);
}

/* A passive loudspeaker. */
static gboolean
is_speaker (const WpNetPort *net_port)
{
  return has_impedance (net_port) && net_port->port->level == WP_LEVEL_SPEAKER;
}

static gboolean
is_cv_speaker (const WpNetPort *net_port)
{
  return wp_net_port_is_load (net_port) && !isnan (net_port->port->cv_tap_w);
}

/* The parallel impedance of the loads @filter accepts, NAN when there are none. */
static double
parallel_impedance (const WpNet *net,
                    gboolean   (*filter) (const WpNetPort *),
                    guint       *n)
{
  double conductance = 0;

  *n = 0;
  for (guint i = 0; i < net->ports->len; i++)
    {
      const WpNetPort *item = wp_net_get_port (net, i);

      if (filter (item))
        {
          conductance += 1 / item->port->impedance_ohm;
          (*n)++;
        }
    }
  return *n > 0 ? 1 / conductance : NAN;
}

static void
check_overloaded (const WpNet     *net,
                  const WpNetPort *driver,
                  GPtrArray       *problems)
{
  const WpPort *port = driver->port;
  double ten_times = 10 * port->impedance_ohm;
  g_autofree char *name = NULL;
  g_autofree char *total = NULL;
  g_autofree char *limit = NULL;
  gboolean below_source, below_minimum;
  double load;
  guint n;

  if ((port->signal != WP_SIGNAL_ANALOG && port->signal != WP_SIGNAL_UNSET)
      || is_power_level (port->level))
    return;
  load = parallel_impedance (net, is_signal_load, &n);
  below_source = !isnan (ten_times) && load < ten_times;
  below_minimum = !isnan (port->min_load_ohm) && load < port->min_load_ohm;
  if (n < 2 || (!below_source && !below_minimum))
    return;

  name = wp_rules_describe_port (driver->device, port);
  total = wp_rules_format_ohm (load);
  if (below_minimum && (!below_source || port->min_load_ohm >= ten_times))
    {
      g_autofree char *minimum = wp_rules_format_ohm (port->min_load_ohm);
      limit = g_strdup_printf (_("its minimum load of %s"), minimum);
    }
  else
    {
      g_autofree char *source = wp_rules_format_ohm (port->impedance_ohm);
      limit = g_strdup_printf (_("ten times its source impedance of %s"), source);
    }
  wp_rules_report_net (problems, net, "output-overloaded", WP_SEVERITY_WARNING,
                       g_strdup_printf (ngettext ("%s feeds %u input in parallel: together %s, "
                                                  "below %s.",
                                                  "%s feeds %u inputs in parallel: together %s, "
                                                  "below %s.", n), name, n, total, limit),
                       g_strdup (_("Feed the inputs from a distribution amplifier or an active "
                                   "splitter instead of a passive split.")));
}

static void
check_minimum (const WpNet     *net,
               const WpNetPort *driver,
               double           load,
               guint            n,
               GPtrArray       *problems)
{
  const WpPort *port = driver->port;
  gboolean bridged = port->bridged == WP_FLAG_YES;
  double minimum = bridged ? 2 * port->min_load_ohm : port->min_load_ohm;
  g_autofree char *name = NULL;
  g_autofree char *total = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *rated = NULL;
  g_autofree char *fix = NULL;
  char *message;

  if (isnan (minimum) || load >= minimum)
    return;

  name = wp_rules_describe_port (driver->device, port);
  total = wp_rules_format_ohm (load);
  limit = wp_rules_format_ohm (minimum);
  rated = wp_rules_format_ohm (port->min_load_ohm);
  if (bridged)
    message = g_strdup_printf (ngettext ("On %s, %u speaker makes %s; the amplifier's minimum in "
                                         "bridge mode is %s (twice %s).",
                                         "On %s, %u speakers in parallel make %s; the amplifier's "
                                         "minimum in bridge mode is %s (twice %s).",
                                         n), name, n, total, limit, rated);
  else
    message = g_strdup_printf (ngettext ("On %s, %u speaker makes %s; the amplifier's minimum is "
                                         "%s.",
                                         "On %s, %u speakers in parallel make %s; the amplifier's "
                                         "minimum is %s.", n), name, n, total, limit);
  if (n > 1)
    fix = g_strdup_printf (_("Move speakers from %s to another amplifier channel, or use "
                             "speakers of higher impedance, so that the load stays at %s or "
                             "more."), name, limit);
  else
    fix = g_strdup_printf (_("Use a speaker of %s or more on %s, or an amplifier rated for this "
                             "load."), limit, name);
  wp_rules_report_net (problems, net, "load-below-minimum", WP_SEVERITY_ERROR, message,
                       bridged ? g_strdup_printf (_("%s Or run the amplifier unbridged (minimum "
                                                    "%s)."), fix, rated)
                       : g_steal_pointer (&fix));
}

static void
check_unequal (const WpNet     *net,
               const WpNetPort *driver,
               GPtrArray       *problems)
{
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *name = NULL;
  gboolean unequal = FALSE;
  double first = NAN;

  for (guint i = 0; i < net->ports->len; i++)
    {
      const WpNetPort *item = wp_net_get_port (net, i);
      g_autofree char *speaker = NULL;
      g_autofree char *ohm = NULL;

      if (!is_speaker (item))
        continue;
      if (isnan (first))
        first = item->port->impedance_ohm;
      unequal |= item->port->impedance_ohm != first;
      speaker = wp_rules_describe_port (item->device, item->port);
      ohm = wp_rules_format_ohm (item->port->impedance_ohm);
      if (list->len > 0)
        g_string_append (list, _(", "));
      /* Translators: a speaker and its impedance, as in “Left” In (8 ohm) */
      g_string_append_printf (list, _("%s (%s)"), speaker, ohm);
    }
  if (!unequal)
    return;

  name = wp_rules_describe_port (driver->device, driver->port);
  wp_rules_report_net (problems, net, "unequal-parallel-load", WP_SEVERITY_WARNING,
                       g_strdup_printf (_("On %s, speakers of different impedance are in "
                                          "parallel (%s): the lower-impedance ones take more of "
                                          "the power."), name, list->str),
                       g_strdup (_("Use speakers of the same impedance on one amplifier output, or "
                                   "give each its own channel.")));
}

static void
check_cv (const WpNet     *net,
          const WpNetPort *driver,
          GPtrArray       *problems)
{
  const WpPort *port = driver->port;
  g_autofree char *name = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *rated = NULL;
  g_autofree char *headroom = NULL;
  double taps = 0;
  guint n = 0;

  for (guint i = 0; i < net->ports->len; i++)
    {
      const WpNetPort *item = wp_net_get_port (net, i);

      if (is_cv_speaker (item))
        {
          taps += item->port->cv_tap_w;
          n++;
        }
    }
  if (taps <= 0.8 * port->power_w)
    return;

  name = wp_rules_describe_port (driver->device, port);
  sum = wp_rules_format_number (taps);
  rated = wp_rules_format_number (port->power_w);
  headroom = wp_rules_format_number (0.8 * port->power_w);
  if (taps > port->power_w)
    wp_rules_report_net (problems, net, "cv-overloaded", WP_SEVERITY_ERROR,
                         g_strdup_printf (ngettext ("The tap of %u speaker on %s is %s W; the "
                                                    "amplifier is rated %s W.",
                                                    "The taps of %u speakers on %s add up to %s W; "
                                                    "the amplifier is rated %s W.", n),
                                          n, name, sum, rated),
                         g_strdup_printf (_("Select lower taps, or move speakers to another "
                                            "amplifier channel, to stay under %s W."), headroom));
  else
    wp_rules_report_net (problems, net, "cv-overloaded", WP_SEVERITY_WARNING,
                         g_strdup_printf (ngettext ("The tap of %u speaker on %s is %s W, more "
                                                    "than 80 %% of the amplifier's %s W.",
                                                    "The taps of %u speakers on %s add up to %s W, "
                                                    "more than 80 %% of the amplifier's %s W.", n),
                                          n, name, sum, rated),
                         g_strdup_printf (_("Leave headroom: keep the taps under %s W by selecting "
                                            "lower taps or moving a speaker to another channel."),
                                          headroom));
}

/* Loads are judged on a net with one output: with several, outputs-joined. */
void
wp_rules_check_output_overloaded (const WpNet *net,
                                  GPtrArray   *problems)
{
  const WpNetPort *driver = wp_net_get_driver (net);

  if (driver != NULL)
    check_overloaded (net, driver, problems);
}

void
wp_rules_check_speaker_load (const WpNet *net,
                             GPtrArray   *problems)
{
  const WpNetPort *driver = wp_net_get_driver (net);
  double load;
  guint n;

  if (driver == NULL || driver->port->level != WP_LEVEL_SPEAKER)
    return;
  load = parallel_impedance (net, is_speaker, &n);
  if (n == 0)
    return;
  check_minimum (net, driver, load, n, problems);
  check_unequal (net, driver, problems);
}

void
wp_rules_check_cv_load (const WpNet *net,
                        GPtrArray   *problems)
{
  const WpNetPort *driver = wp_net_get_driver (net);

  if (driver != NULL && !isnan (driver->port->power_w)
      && (driver->port->level == WP_LEVEL_CV70 || driver->port->level == WP_LEVEL_CV100))
    check_cv (net, driver, problems);
}
