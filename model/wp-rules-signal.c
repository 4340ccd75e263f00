/* wp-rules-signal.c: direction and signal: output-to-output, input-to-input,
 * signal-mismatch, digital-converter-needed, network-protocol, outputs-joined and
 * port-shared */
#include "config.h"

#include "wp-rules-private.h"

/* Pairs of different signals that work together, some with a note. */
static const struct {
  WpSignal    a;
  WpSignal    b;
  const char *rule;   /* NULL: nothing to say */
  const char *hint;
} signal_pairs[] = {
  { WP_SIGNAL_AES3, WP_SIGNAL_SPDIF_COAX, "digital-converter-needed",
    N_("An adapter cable alone gets the level, the impedance and the channel status wrong.") },
  { WP_SIGNAL_AES3, WP_SIGNAL_AES3ID, "digital-converter-needed",
    N_("A 110 ohm to 75 ohm balun transformer does it.") },
  { WP_SIGNAL_SPDIF_COAX, WP_SIGNAL_SPDIF_OPTICAL, "digital-converter-needed",
    N_("A coaxial to optical converter does it.") },
  { WP_SIGNAL_DANTE, WP_SIGNAL_AES67, "network-protocol", NULL },
  /* Dante and AES67 run over ordinary Ethernet switches. */
  { WP_SIGNAL_DANTE, WP_SIGNAL_ETHERNET, NULL, NULL },
  { WP_SIGNAL_AES67, WP_SIGNAL_ETHERNET, NULL, NULL },
};

/* TRUE when one end has @direction and is not a link socket. */
static gboolean
is_plain (const WpConnection *connection,
          gboolean            source_end,
          WpDirection         direction)
{
  WpDevice *device = source_end ? connection->source_device : connection->sink_device;
  const WpPort *port = source_end ? connection->source : connection->sink;

  return port->direction == direction && !wp_net_is_link_port (device, port);
}

/* Link sockets are passive: a cable may go either way through them. */
gboolean
wp_rules_check_direction (const WpConnection *connection,
                          GPtrArray          *problems)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gboolean outputs = is_plain (connection, TRUE, WP_DIRECTION_OUT)
                     && is_plain (connection, FALSE, WP_DIRECTION_OUT);
  gboolean inputs = is_plain (connection, TRUE, WP_DIRECTION_IN)
                    && is_plain (connection, FALSE, WP_DIRECTION_IN);

  if (!outputs && !inputs)
    return TRUE;

  a = wp_rules_describe_port (connection->source_device, connection->source);
  b = wp_rules_describe_port (connection->sink_device, connection->sink);
  if (outputs)
    {
      wp_rules_report (problems, connection, "output-to-output", WP_SEVERITY_ERROR,
                       g_strdup_printf (_("%s and %s are both outputs: two outputs joined by "
                                          "a cable fight each other and nothing hears the "
                                          "signal."), a, b),
                       g_strdup (_("Connect the output to an input of the next device in the chain "
                                   "(for MIDI: OUT or THRU to IN).")));
    }
  else
    {
      wp_rules_report (problems, connection, "input-to-input", WP_SEVERITY_ERROR,
                       g_strdup_printf (_("%s and %s are both inputs: no signal reaches either of "
                                          "them."), a, b),
                       g_strdup (_("Connect one end to an output of the source device.")));
    }
  return FALSE;
}

static void
add_pair_problem (const WpConnection *connection,
                  const char         *rule,
                  const char         *hint,
                  GPtrArray          *problems)
{
  g_autofree char *a = wp_rules_describe_port (connection->source_device, connection->source);
  g_autofree char *b = wp_rules_describe_port (connection->sink_device, connection->sink);
  const char *sa = wp_rules_signal_name (connection->source->signal);
  const char *sb = wp_rules_signal_name (connection->sink->signal);
  WpDevice *dante;

  if (g_str_equal (rule, "digital-converter-needed"))
    {
      wp_rules_report (problems, connection, rule, WP_SEVERITY_WARNING,
                       g_strdup_printf (_("%s sends %s and %s takes %s: the two formats differ "
                                          "electrically."), a, sa, b, sb),
                       /* Translators: the last %s is a sentence on how to convert */
                       g_strdup_printf (_("Put a converter from %s to %s between %s and %s. %s"),
                                        sa, sb, a, b, _(hint)));
      return;
    }
  dante = connection->source->signal == WP_SIGNAL_DANTE ? connection->source_device
                                                         : connection->sink_device;
  wp_rules_report (problems, connection, rule, WP_SEVERITY_WARNING,
                   g_strdup_printf (_("%s speaks %s and %s %s: they work together only once AES67 "
                                      "mode is on."), a, sa, b, sb),
                   g_strdup_printf (_("Switch on AES67 mode for “%s” in Dante Controller, with the "
                                      "same PTP clock and multicast flows on both ends."),
                                    wp_device_get_display_name (dante)));
}

static gboolean
is_not_audio (WpSignal signal)
{
  return signal == WP_SIGNAL_DMX || signal == WP_SIGNAL_CONTROL || signal == WP_SIGNAL_POWER;
}

/* FALSE on signal-mismatch. The pairs of signal_pairs work, some with a note. */
gboolean
wp_rules_check_signal (const WpConnection *connection,
                       GPtrArray          *problems)
{
  WpSignal sa = connection->source->signal;
  WpSignal sb = connection->sink->signal;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  char *fix;

  if (sa == WP_SIGNAL_UNSET || sb == WP_SIGNAL_UNSET || sa == sb)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (signal_pairs); i++)
    {
      if ((signal_pairs[i].a == sa && signal_pairs[i].b == sb)
          || (signal_pairs[i].a == sb && signal_pairs[i].b == sa))
        {
          if (signal_pairs[i].rule != NULL)
            add_pair_problem (connection, signal_pairs[i].rule, signal_pairs[i].hint, problems);
          return TRUE;
        }
    }

  a = wp_rules_describe_port (connection->source_device, connection->source);
  b = wp_rules_describe_port (connection->sink_device, connection->sink);
  if (is_not_audio (sa) || is_not_audio (sb))
    fix = g_strdup_printf (_("Connect %s to a port that takes %s, and %s to a port that takes "
                             "%s."), a, wp_rules_signal_name (sa), b,
                           wp_rules_signal_name (sb));
  else
    fix = g_strdup_printf (_("Connect %s to an input that takes %s, or put a converter from %s to "
                             "%s between them."), a, wp_rules_signal_name (sa),
                           wp_rules_signal_name (sa), wp_rules_signal_name (sb));
  wp_rules_report (problems, connection, "signal-mismatch", WP_SEVERITY_ERROR,
                   g_strdup_printf (_("%s carries %s and %s takes %s: they cannot work "
                                      "together."), a, wp_rules_signal_name (sa), b,
                                    wp_rules_signal_name (sb)),
                   fix);
  return FALSE;
}

/* Two or more outputs drive one net. A net whose only cables join two outputs
 * directly is told by output-to-output alone. */
void
wp_rules_check_outputs_joined (const WpNet *net,
                               GPtrArray   *problems)
{
  g_autofree char *drivers = NULL;
  g_autofree char *loads = NULL;
  gboolean reaches_further = FALSE;
  guint n = 0;
  char *message;

  for (guint i = 0; i < net->ports->len; i++)
    n += wp_net_port_is_driver (wp_net_get_port (net, i));
  for (guint i = 0; i < net->connections->len && !reaches_further; i++)
    {
      const WpConnection *connection = &g_array_index (net->connections, WpConnection, i);

      reaches_further = !wp_net_port_is_driver (wp_net_find_port (net, connection->source))
                        || !wp_net_port_is_driver (wp_net_find_port (net, connection->sink));
    }
  if (n < 2 || !reaches_further)
    return;

  drivers = wp_rules_describe_ports (net, wp_net_port_is_driver);
  loads = wp_rules_describe_ports (net, wp_net_port_is_load);
  if (loads[0] != '\0')
    message = g_strdup_printf (ngettext ("%u output drives %s: %s. Joined outputs fight each "
                                         "other; the sound distorts and the outputs can be "
                                         "damaged.",
                                         "%u outputs drive %s: %s. Joined outputs fight each "
                                         "other; the sound distorts and the outputs can be "
                                         "damaged.", n), n, loads, drivers);
  else
    message = g_strdup_printf (ngettext ("%u output is joined in one net: %s. Joined outputs fight "
                                         "each other and can be damaged.",
                                         "%u outputs are joined in one net: %s. Joined outputs "
                                         "fight each other and can be damaged.", n), n, drivers);
  wp_rules_report_net (problems, net, "outputs-joined", WP_SEVERITY_ERROR, message,
                       g_strdup (_("Combine the outputs with a mixer or a summing box, or connect "
                                   "each output to its own input.")));
}

static gboolean
is_shared (const WpNetPort *net_port)
{
  return net_port->port->direction == WP_DIRECTION_BIDIR && net_port->n_cables > 1;
}

/* A network or USB port takes exactly one cable. */
void
wp_rules_check_port_shared (const WpNet *net,
                            GPtrArray   *problems)
{
  g_autofree char *shared = NULL;
  guint n = 0;

  for (guint i = 0; i < net->ports->len; i++)
    n += is_shared (wp_net_get_port (net, i));
  if (n == 0)
    return;

  shared = wp_rules_describe_ports (net, is_shared);
  wp_rules_report_net (problems, net, "port-shared", WP_SEVERITY_ERROR,
                       g_strdup_printf (ngettext ("%s has more than one cable: a network or USB "
                                                  "port takes exactly one.",
                                                  "%s each have more than one cable: a network or "
                                                  "USB port takes exactly one.", n), shared),
                       g_strdup (_("Connect the devices through a network switch (or a USB hub), "
                                   "one cable per port.")));
}
