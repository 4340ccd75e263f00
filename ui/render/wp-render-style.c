/* wp-render-style.c: the light and dark palettes, signal kinds and connector labels */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-render-style.h"

#define RGBA(hex, a) \
  { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }
#define RGB(hex) RGBA (hex, 1.0)

/* Hues keep clear of the error red and warning amber; every kind also has its own
 * glyph shape, so colour is never the only cue. */
static const WpRenderStyle light_style = {
  .background = RGB (0xfafafa),
  .grid = RGBA (0x000000, 0.035),
  .zone_fill = RGBA (0x3d6aa8, 0.045),
  .zone_border = RGBA (0x3d6aa8, 0.45),
  .zone_title = RGB (0x2f4f7f),
  .device_fill = RGB (0xffffff),
  .device_header = RGB (0xeef1f5),
  .device_border = RGB (0x8a94a3),
  .text = RGB (0x1f2328),
  .text_dim = RGB (0x68707c),
  .label_fill = RGBA (0xfafafa, 0.92),
  .selection = RGB (0x3584e4),
  .hover = RGBA (0x3584e4, 0.45),
  .rubber_band = RGBA (0x3584e4, 0.15),
  .ok = RGB (0x2e9e44),
  .info = RGB (0x1c71d8),
  .warning = RGB (0xd98c00),
  .error = RGB (0xd42a2a),
  .waived = RGB (0xa4a9b0),
  .icon_mark = RGB (0xffffff),
  .signal = {
    [WP_SIGNAL_KIND_UNKNOWN] = RGB (0x9a9a9a),
    [WP_SIGNAL_KIND_ANALOG] = RGB (0x6f8595),
    [WP_SIGNAL_KIND_MIC] = RGB (0x8e24aa),
    [WP_SIGNAL_KIND_LINE] = RGB (0x1565c0),
    [WP_SIGNAL_KIND_SPEAKER] = RGB (0x6d4c41),
    [WP_SIGNAL_KIND_DIGITAL] = RGB (0x00838f),
    [WP_SIGNAL_KIND_NETWORK] = RGB (0x2e7d32),
    [WP_SIGNAL_KIND_MIDI] = RGB (0xc2185b),
    [WP_SIGNAL_KIND_CONTROL] = RGB (0x827717),
    [WP_SIGNAL_KIND_USB] = RGB (0x455a64),
    [WP_SIGNAL_KIND_POWER] = RGB (0x212121),
  },
};

static const WpRenderStyle dark_style = {
  .background = RGB (0x1e1e1e),
  .grid = RGBA (0xffffff, 0.035),
  .zone_fill = RGBA (0x78aeed, 0.06),
  .zone_border = RGBA (0x78aeed, 0.45),
  .zone_title = RGB (0x99c1f1),
  .device_fill = RGB (0x2b2d31),
  .device_header = RGB (0x36393f),
  .device_border = RGB (0x6b7280),
  .text = RGB (0xeeeeee),
  .text_dim = RGB (0xa6abb3),
  .label_fill = RGBA (0x1e1e1e, 0.9),
  .selection = RGB (0x78aeed),
  .hover = RGBA (0x78aeed, 0.5),
  .rubber_band = RGBA (0x78aeed, 0.18),
  .ok = RGB (0x57c26b),
  .info = RGB (0x62a0ea),
  .warning = RGB (0xf5b400),
  .error = RGB (0xff6161),
  .waived = RGB (0x6e737a),
  .icon_mark = RGB (0x1e1e1e),
  .signal = {
    [WP_SIGNAL_KIND_UNKNOWN] = RGB (0x9e9e9e),
    [WP_SIGNAL_KIND_ANALOG] = RGB (0xa3b5c2),
    [WP_SIGNAL_KIND_MIC] = RGB (0xd199e0),
    [WP_SIGNAL_KIND_LINE] = RGB (0x6fb1f5),
    [WP_SIGNAL_KIND_SPEAKER] = RGB (0xc4a99f),
    [WP_SIGNAL_KIND_DIGITAL] = RGB (0x4dd0e1),
    [WP_SIGNAL_KIND_NETWORK] = RGB (0x86c98a),
    [WP_SIGNAL_KIND_MIDI] = RGB (0xf48fb1),
    [WP_SIGNAL_KIND_CONTROL] = RGB (0xd4dc6a),
    [WP_SIGNAL_KIND_USB] = RGB (0x9fb3bd),
    [WP_SIGNAL_KIND_POWER] = RGB (0xf0f0f0),
  },
};

const WpRenderStyle *
wp_render_style_get (WpRenderTheme theme)
{
  return theme == WP_RENDER_THEME_DARK ? &dark_style : &light_style;
}

void
wp_render_style_set_source (cairo_t      *cr,
                            const WpRgba *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

const char *
wp_signal_kind_get_label (WpSignalKind kind)
{
  static const char * const labels[WP_N_SIGNAL_KINDS] = {
    [WP_SIGNAL_KIND_UNKNOWN] = N_("Signal not set"),
    [WP_SIGNAL_KIND_ANALOG] = N_("Analog, level not set"),
    [WP_SIGNAL_KIND_MIC] = N_("Microphone level"),
    [WP_SIGNAL_KIND_LINE] = N_("Line, instrument or headphone level"),
    [WP_SIGNAL_KIND_SPEAKER] = N_("Speaker level or 70/100 V line"),
    [WP_SIGNAL_KIND_DIGITAL] = N_("Digital audio or word clock"),
    [WP_SIGNAL_KIND_NETWORK] = N_("Audio network or Ethernet"),
    [WP_SIGNAL_KIND_MIDI] = N_("MIDI"),
    [WP_SIGNAL_KIND_CONTROL] = N_("Control or DMX"),
    [WP_SIGNAL_KIND_USB] = N_("USB"),
    [WP_SIGNAL_KIND_POWER] = N_("Power"),
  };

  g_return_val_if_fail (kind < WP_N_SIGNAL_KINDS, NULL);
  return _(labels[kind]);
}

const char *
wp_cable_state_get_label (WpCableState state)
{
  static const char * const labels[WP_N_CABLE_STATES] = {
    [WP_CABLE_STATE_OK] = N_("No problem"),
    [WP_CABLE_STATE_WAIVED] = N_("Problem waived"),
    [WP_CABLE_STATE_INFO] = N_("Note"),
    [WP_CABLE_STATE_WARNING] = N_("Warning"),
    [WP_CABLE_STATE_ERROR] = N_("Error"),
  };

  g_return_val_if_fail (state < WP_N_CABLE_STATES, NULL);
  return _(labels[state]);
}
