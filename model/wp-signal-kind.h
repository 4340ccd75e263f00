/* wp-signal-kind.h: the families of signal a port or cable carries
 *
 * The canvas gives each kind its colour and glyph; cable labels are numbered per kind
 * (MIC-01, SPK-01 …). One classification, shared by both.
 */
#pragma once

#include <glib.h>

#include "wp-port.h"

G_BEGIN_DECLS

typedef enum {
  WP_SIGNAL_KIND_UNKNOWN,    /* signal not given */
  WP_SIGNAL_KIND_ANALOG,     /* analog, level not given (passive splits, patchbays) */
  WP_SIGNAL_KIND_MIC,
  WP_SIGNAL_KIND_LINE,       /* instrument, consumer and pro line, headphone */
  WP_SIGNAL_KIND_SPEAKER,    /* low impedance and constant voltage */
  WP_SIGNAL_KIND_DIGITAL,    /* AES3, S/PDIF, ADAT, MADI, word clock */
  WP_SIGNAL_KIND_NETWORK,    /* Dante, AES67, AES50, Ethernet */
  WP_SIGNAL_KIND_MIDI,
  WP_SIGNAL_KIND_CONTROL,    /* DMX and other control */
  WP_SIGNAL_KIND_USB,
  WP_SIGNAL_KIND_POWER,
  WP_N_SIGNAL_KINDS
} WpSignalKind;

WpSignalKind wp_signal_kind_for_port  (const WpPort *port);
WpSignalKind wp_signal_kind_for_ports (const WpPort *from,
                                       const WpPort *to);

G_END_DECLS
