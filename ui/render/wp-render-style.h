/* wp-render-style.h: colours, fonts and signal kinds shared by every drawing of a plan */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "wp-port.h"
#include "wp-signal-kind.h"

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} WpRgba;

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
const char          *wp_signal_kind_get_label       (WpSignalKind         kind);
const char          *wp_cable_state_get_label       (WpCableState         state);

G_END_DECLS
