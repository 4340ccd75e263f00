/* wp-signal-kind.c: which family of signal a port or a cable carries */
#include "config.h"

#include "wp-signal-kind.h"

static WpSignalKind
analog_kind (WpLevel level)
{
  switch (level)
    {
    case WP_LEVEL_MIC:
      return WP_SIGNAL_KIND_MIC;
    case WP_LEVEL_INSTRUMENT:
    case WP_LEVEL_LINE_CONSUMER:
    case WP_LEVEL_LINE_PRO:
    case WP_LEVEL_HEADPHONE:
      return WP_SIGNAL_KIND_LINE;
    case WP_LEVEL_SPEAKER:
    case WP_LEVEL_CV70:
    case WP_LEVEL_CV100:
      return WP_SIGNAL_KIND_SPEAKER;
    case WP_LEVEL_UNSET:
    default:
      return WP_SIGNAL_KIND_ANALOG;
    }
}

WpSignalKind
wp_signal_kind_for_port (const WpPort *port)
{
  g_return_val_if_fail (port != NULL, WP_SIGNAL_KIND_UNKNOWN);

  switch (port->signal)
    {
    case WP_SIGNAL_ANALOG:
      return analog_kind (port->level);
    case WP_SIGNAL_AES3:
    case WP_SIGNAL_AES3ID:
    case WP_SIGNAL_SPDIF_COAX:
    case WP_SIGNAL_SPDIF_OPTICAL:
    case WP_SIGNAL_ADAT:
    case WP_SIGNAL_MADI:
    case WP_SIGNAL_WORDCLOCK:
      return WP_SIGNAL_KIND_DIGITAL;
    case WP_SIGNAL_DANTE:
    case WP_SIGNAL_AES67:
    case WP_SIGNAL_AES50:
    case WP_SIGNAL_ETHERNET:
      return WP_SIGNAL_KIND_NETWORK;
    case WP_SIGNAL_MIDI:
      return WP_SIGNAL_KIND_MIDI;
    case WP_SIGNAL_DMX:
    case WP_SIGNAL_CONTROL:
      return WP_SIGNAL_KIND_CONTROL;
    case WP_SIGNAL_USB:
      return WP_SIGNAL_KIND_USB;
    case WP_SIGNAL_POWER:
      return WP_SIGNAL_KIND_POWER;
    case WP_SIGNAL_UNSET:
    default:
      return WP_SIGNAL_KIND_UNKNOWN;
    }
}

/* The kind of a cable: the more telling kind of its two ends, so that a passive split
 * takes its source's kind. */
WpSignalKind
wp_signal_kind_for_ports (const WpPort *from,
                          const WpPort *to)
{
  WpSignalKind a = wp_signal_kind_for_port (from);
  WpSignalKind b = wp_signal_kind_for_port (to);

  if ((a == WP_SIGNAL_KIND_UNKNOWN || a == WP_SIGNAL_KIND_ANALOG) && b > a)
    return b;
  return a;
}
