/* wp-rules-digital.c: digital, USB and cable length: sample-rate, usb-roles,
 * cable-too-long and digital-split */
#include "config.h"

#include <math.h>

#include "wp-rules-private.h"

typedef enum {
  LIMIT_PORT,          /* a port's length_limit_m */
  LIMIT_DIGITAL,
  LIMIT_INSTRUMENT,
  LIMIT_UNBALANCED,
} LimitKind;

static gboolean
has_rates (const WpPort *port)
{
  return port->sample_rates != NULL && port->sample_rates->len > 0;
}

/* "44.1/48 kHz" */
static char *
format_rates (const WpPort *port)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < port->sample_rates->len; i++)
    {
      g_autofree char *rate = wp_rules_format_number (g_array_index (port->sample_rates, guint, i)
                                                      / 1e3);

      g_string_append_printf (text, "%s%s", i > 0 ? "/" : "", rate);
    }
  /* Translators: a list of sample rates such as 44.1/48, in kilohertz */
  return g_strdup_printf (_("%s kHz"), text->str);
}

/* The lowest rate the link can run at: the lowest common one, or the lowest one
 * of the only end that lists its rates; 0 when unknown or none. */
static guint
lowest_rate (const WpPort *a,
             const WpPort *b)
{
  guint lowest = 0;

  if (!has_rates (a))
    {
      const WpPort *swap = a;

      a = b;
      b = swap;
    }
  for (guint i = 0; has_rates (a) && i < a->sample_rates->len; i++)
    {
      guint rate = g_array_index (a->sample_rates, guint, i);

      if ((!has_rates (b) || wp_port_has_sample_rate (b, rate)) && (lowest == 0 || rate < lowest))
        lowest = rate;
    }
  return lowest;
}

void
wp_rules_check_sample_rate (const WpConnection *connection,
                            GPtrArray          *problems)
{
  const WpPort *source = connection->source;
  const WpPort *sink = connection->sink;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  guint lowest;

  if (!wp_connection_is_oriented (connection))
    return;

  lowest = lowest_rate (source, sink);
  if (has_rates (source) && has_rates (sink) && lowest == 0)
    {
      g_autofree char *rates_a = format_rates (source);
      g_autofree char *rates_b = format_rates (sink);
      const char *unconverted;

      wp_rules_name_ends (connection, &a, &b);
      /* A bidir port receives too. */
      unconverted = sink->src != WP_FLAG_YES ? b
                    : source->direction == WP_DIRECTION_BIDIR && source->src != WP_FLAG_YES ? a
                    : NULL;

      if (unconverted != NULL)
        wp_rules_report (problems, connection, "sample-rate", WP_SEVERITY_ERROR,
                         g_strdup_printf (_("%s runs at %s and %s at %s: they share no "
                                            "sample rate, and %s has no sample-rate "
                                            "converter."), a, rates_a, b, rates_b, unconverted),
                         g_strdup_printf (_("Run both at a common rate, or put a sample-rate "
                                            "converter in front of %s."), unconverted));
      return;
    }

  if ((source->signal == WP_SIGNAL_ADAT || sink->signal == WP_SIGNAL_ADAT) && lowest > 48000
      && !(source->smux == WP_FLAG_YES && sink->smux == WP_FLAG_YES))
    {
      g_autofree char *rate = wp_rules_format_number (lowest / 1e3);

      wp_rules_name_ends (connection, &a, &b);
      wp_rules_report (problems, connection, "sample-rate", WP_SEVERITY_WARNING,
                       g_strdup_printf (_("ADAT from %s to %s runs at %s kHz here, above 48 kHz, "
                                          "and S/MUX is not known at both ends: channels will be "
                                          "missing or garbled."), a, b, rate),
                       g_strdup (_("Run the ADAT link at 48 kHz or below, or use S/MUX at both "
                                   "ends (half the channels per cable).")));
    }
}

void
wp_rules_check_usb_roles (const WpConnection *connection,
                          GPtrArray          *problems)
{
  WpUsbRole role = connection->source->usb_role;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (role == WP_USB_ROLE_UNSET || role != connection->sink->usb_role)
    return;

  a = wp_rules_describe_port (connection->source_device, connection->source);
  b = wp_rules_describe_port (connection->sink_device, connection->sink);
  if (role == WP_USB_ROLE_HOST)
    wp_rules_report (problems, connection, "usb-roles", WP_SEVERITY_ERROR,
                     g_strdup_printf (_("%s and %s are both USB hosts: neither sees the "
                                        "other."), a, b),
                     g_strdup (_("Connect one of them to a USB device port, or link the two over "
                                 "the network instead.")));
  else
    wp_rules_report (problems, connection, "usb-roles", WP_SEVERITY_ERROR,
                     g_strdup_printf (_("%s and %s are both USB devices: they need a host between "
                                        "them."),
                                      a, b),
                     g_strdup (_("Connect each of them to a computer or another USB host.")));
}

static double
signal_limit (WpSignal signal)
{
  switch (signal)
    {
    case WP_SIGNAL_SPDIF_COAX:
    case WP_SIGNAL_SPDIF_OPTICAL:
    case WP_SIGNAL_ADAT:
      return 10;
    case WP_SIGNAL_MIDI:
      return 15;
    case WP_SIGNAL_USB:
      return 5;
    case WP_SIGNAL_AES3:
    case WP_SIGNAL_ETHERNET:
    case WP_SIGNAL_DANTE:
    case WP_SIGNAL_AES67:
    case WP_SIGNAL_AES50:
      return 100;
    case WP_SIGNAL_AES3ID:
      return 1000;
    default:
      return NAN;
    }
}

/* fmin() that skips unknown (NAN) values. */
static double
known_min (double a,
           double b)
{
  return isnan (a) ? b : isnan (b) ? a : MIN (a, b);
}

/* The length limit of the cable, NAN for none; @kind and @signal tell where it
 * comes from, for the message. */
static double
find_limit (const WpConnection *connection,
            LimitKind          *kind,
            WpSignal           *signal)
{
  const WpPort *source = connection->source;
  const WpPort *sink = connection->sink;
  double limit = known_min (source->length_limit_m, sink->length_limit_m);

  *signal = source->signal != WP_SIGNAL_UNSET ? source->signal : sink->signal;
  *kind = LIMIT_PORT;
  if (!isnan (limit))
    return limit;
  if (*signal != WP_SIGNAL_UNSET && *signal != WP_SIGNAL_ANALOG)
    {
      *kind = LIMIT_DIGITAL;
      if (signal_limit (sink->signal) < signal_limit (*signal))
        *signal = sink->signal;
      return signal_limit (*signal);
    }
  if (!wp_connection_is_oriented (connection))
    return NAN;
  *kind = source->level == WP_LEVEL_INSTRUMENT ? LIMIT_INSTRUMENT : LIMIT_UNBALANCED;
  if (source->level == WP_LEVEL_INSTRUMENT)
    return 6;
  if ((source->level == WP_LEVEL_LINE_CONSUMER || source->level == WP_LEVEL_LINE_PRO)
      && (source->wiring == WP_WIRING_UNBALANCED || source->wiring == WP_WIRING_STEREO))
    return 5;
  return NAN;
}

/* Balanced analog and speaker runs have no limit here. */
void
wp_rules_check_length (const WpConnection *connection,
                       GPtrArray          *problems)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *meters = NULL;
  g_autofree char *most = NULL;
  const char *what;
  gboolean digital;
  double length, limit;
  LimitKind kind;
  WpSignal signal;
  char *fix;

  if (connection->cable == NULL)
    return;
  length = wp_cable_get_length_m (connection->cable);
  limit = find_limit (connection, &kind, &signal);
  if (isnan (length) || isnan (limit) || length <= limit)
    return;

  a = wp_rules_describe_port (connection->source_device, connection->source);
  b = wp_rules_describe_port (connection->sink_device, connection->sink);
  meters = wp_rules_format_number (length);
  most = wp_rules_format_number (limit);
  digital = signal != WP_SIGNAL_UNSET && signal != WP_SIGNAL_ANALOG;
  switch (kind)
    {
    case LIMIT_DIGITAL:
      what = wp_rules_signal_name (signal);
      fix = g_strdup_printf (_("Use a cable of %s m or less, or a repeater or an extender (over "
                               "optical fibre or a network)."), most);
      break;
    case LIMIT_INSTRUMENT:
      what = _("instrument cables");
      fix = g_strdup_printf (_("Keep the instrument cable under %s m, or put a DI box near the "
                               "instrument and run a balanced line."), most);
      break;
    case LIMIT_UNBALANCED:
      what = _("unbalanced line cables");
      fix = g_strdup_printf (_("Keep the cable under %s m, or convert to a balanced line (a DI box "
                               "or a line driver) for the long run."), most);
      break;
    case LIMIT_PORT:
    default:
      what = _("these ports");
      fix = g_strdup_printf (_("Use a cable of %s m or less."), most);
      break;
    }
  if (digital && length > 2 * limit)
    wp_rules_report (problems, connection, "cable-too-long", WP_SEVERITY_ERROR,
                     g_strdup_printf (_("The cable from %s to %s is %s m long, more than "
                                        "twice the %s m limit for %s: it will not work "
                                        "reliably."), a, b, meters, most, what),
                     fix);
  else
    wp_rules_report (problems, connection, "cable-too-long", WP_SEVERITY_WARNING,
                     g_strdup_printf (_("The cable from %s to %s is %s m long, over the %s m limit "
                                        "for %s."),
                                      a, b, meters, most, what),
                     fix);
}

static gboolean
is_digital_audio (WpSignal signal)
{
  return signal == WP_SIGNAL_AES3 || signal == WP_SIGNAL_AES3ID || signal == WP_SIGNAL_SPDIF_COAX
         || signal == WP_SIGNAL_SPDIF_OPTICAL || signal == WP_SIGNAL_ADAT
         || signal == WP_SIGNAL_MADI || signal == WP_SIGNAL_WORDCLOCK;
}

/* A split is an output (or its parallel sockets) with more than one cable, or a
 * passive device in the net that sends the signal on to more than one cable. */
static gboolean
is_split (const WpNet     *net,
          const WpNetPort *driver)
{
  g_autofree guint *counts = wp_net_count_group_cables (net);

  if (counts[driver->group] > 1)
    return TRUE;
  for (guint i = 0; i < net->ports->len; i++)
    if (i != driver->group && counts[i] > 2)
      return TRUE;
  return FALSE;
}

void
wp_rules_check_digital_split (const WpNet *net,
                              GPtrArray   *problems)
{
  const WpNetPort *driver = wp_net_get_driver (net);
  g_autofree char *name = NULL;

  if (driver == NULL || !is_digital_audio (driver->port->signal) || !is_split (net, driver))
    return;
  name = wp_rules_describe_port (driver->device, driver->port);
  wp_rules_report_net (problems, net, "digital-split", WP_SEVERITY_WARNING,
                       g_strdup_printf (_("%s sends %s to more than one input through a passive "
                                          "split: reflections and loading can make the signal "
                                          "drop out."), name,
                                        wp_rules_signal_name (driver->port->signal)),
                       g_strdup (_("Feed each input from its own output, or use a distribution "
                                   "amplifier (for word clock, a word clock distributor).")));
}
