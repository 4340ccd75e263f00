/* wp-render-style.h: colours, fonts and signal kinds shared by every drawing of a plan */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "wp-port.h"

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} WpRgba;

/* The families of signal a port or cable carries, each with its own colour and glyph. */
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

/* What the rules say about a cable, as the caller reports it; ordered, worst last. */
typedef enum {
  WP_CABLE_STATE_OK,
  WP_CABLE_STATE_WAIVED,     /* every problem of the cable is waived */
  WP_CABLE_STATE_INFO,
  WP_CABLE_STATE_WARNING,
  WP_CABLE_STATE_ERROR,
  WP_N_CABLE_STATES
} WpCableState;

/* Whether a port could take the cable being drawn. */
typedef enum {
  WP_PORT_VERDICT_NONE,      /* not part of the overlay */
  WP_PORT_VERDICT_OK,
  WP_PORT_VERDICT_WARNING,
  WP_PORT_VERDICT_ERROR,
  WP_PORT_VERDICT_NOT_APPLICABLE,
} WpPortVerdict;

typedef enum {
  WP_RENDER_THEME_LIGHT,
  WP_RENDER_THEME_DARK,
} WpRenderTheme;

typedef struct {
  WpRgba background;
  WpRgba grid;
  WpRgba zone_fill;
  WpRgba zone_border;
  WpRgba zone_title;
  WpRgba device_fill;
  WpRgba device_header;
  WpRgba device_border;
  WpRgba text;
  WpRgba text_dim;
  WpRgba label_fill;         /* behind cable labels */
  WpRgba selection;
  WpRgba hover;
  WpRgba rubber_band;
  WpRgba ok;
  WpRgba info;
  WpRgba warning;
  WpRgba error;
  WpRgba waived;
  WpRgba icon_mark;          /* the "!", "i", tick or cross inside an icon */
  WpRgba signal[WP_N_SIGNAL_KINDS];
} WpRenderStyle;

const WpRenderStyle *wp_render_style_get            (WpRenderTheme        theme);
void                 wp_render_style_set_source     (cairo_t             *cr,
                                                     const WpRgba        *color);
WpSignalKind         wp_signal_kind_for_port        (const WpPort        *port);
const char          *wp_signal_kind_get_label       (WpSignalKind         kind);
const char          *wp_cable_state_get_label       (WpCableState         state);
const char          *wp_connector_get_abbreviation  (WpConnector          connector);

G_END_DECLS
