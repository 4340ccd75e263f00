/* wp-render-glyphs.c: signal glyphs, cable pens, state icons and verdict marks */
#include "config.h"

#include <math.h>

#include "wp-render-glyphs.h"

static const WpRgba warning_mark = { 0.12, 0.12, 0.12, 1.0 };

void
wp_render_rounded_rectangle (cairo_t *cr,
                             double   x,
                             double   y,
                             double   width,
                             double   height,
                             double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
polygon (cairo_t *cr,
         double   x,
         double   y,
         double   radius,
         guint    sides,
         double   rotation)
{
  for (guint i = 0; i < sides; i++)
    {
      double angle = rotation + 2 * G_PI * i / sides;
      double px = x + radius * cos (angle), py = y + radius * sin (angle);

      if (i == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
    }
  cairo_close_path (cr);
}

static void
star (cairo_t *cr,
      double   x,
      double   y,
      double   radius)
{
  for (guint i = 0; i < 10; i++)
    {
      double angle = -G_PI / 2 + G_PI * i / 5;
      double r = i % 2 == 0 ? radius * 1.15 : radius * 0.5;

      if (i == 0)
        cairo_move_to (cr, x + r * cos (angle), y + r * sin (angle));
      else
        cairo_line_to (cr, x + r * cos (angle), y + r * sin (angle));
    }
  cairo_close_path (cr);
}

static void
plus (cairo_t *cr,
      double   x,
      double   y,
      double   radius)
{
  double a = radius, b = radius * 0.38;

  cairo_move_to (cr, x - b, y - a);
  cairo_line_to (cr, x + b, y - a);
  cairo_line_to (cr, x + b, y - b);
  cairo_line_to (cr, x + a, y - b);
  cairo_line_to (cr, x + a, y + b);
  cairo_line_to (cr, x + b, y + b);
  cairo_line_to (cr, x + b, y + a);
  cairo_line_to (cr, x - b, y + a);
  cairo_line_to (cr, x - b, y + b);
  cairo_line_to (cr, x - a, y + b);
  cairo_line_to (cr, x - a, y - b);
  cairo_line_to (cr, x - b, y - b);
  cairo_close_path (cr);
}

static void
bolt (cairo_t *cr,
      double   x,
      double   y,
      double   radius)
{
  double r = radius * 1.3;

  cairo_move_to (cr, x + 0.4 * r, y - r);
  cairo_line_to (cr, x - 0.6 * r, y + 0.15 * r);
  cairo_line_to (cr, x - 0.02 * r, y + 0.15 * r);
  cairo_line_to (cr, x - 0.4 * r, y + r);
  cairo_line_to (cr, x + 0.6 * r, y - 0.15 * r);
  cairo_line_to (cr, x + 0.02 * r, y - 0.15 * r);
  cairo_close_path (cr);
}

/* The glyph of a signal kind, centred on (X, Y): filled shapes for the known kinds,
 * hollow ones where the level or the signal is not given. */
void
wp_render_signal_glyph (cairo_t             *cr,
                        const WpRenderStyle *style,
                        WpSignalKind         kind,
                        double               x,
                        double               y,
                        double               radius)
{
  gboolean hollow = kind == WP_SIGNAL_KIND_ANALOG || kind == WP_SIGNAL_KIND_UNKNOWN;
  double r = radius;

  cairo_new_path (cr);
  switch (kind)
    {
    case WP_SIGNAL_KIND_ANALOG:
    case WP_SIGNAL_KIND_MIC:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case WP_SIGNAL_KIND_LINE:
      cairo_rectangle (cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case WP_SIGNAL_KIND_SPEAKER:
      polygon (cr, x, y + r * 0.15, r * 1.2, 3, -G_PI / 2);
      break;
    case WP_SIGNAL_KIND_DIGITAL:
      polygon (cr, x, y, r * 1.15, 4, 0);
      break;
    case WP_SIGNAL_KIND_NETWORK:
      polygon (cr, x, y, r * 1.05, 6, 0);
      break;
    case WP_SIGNAL_KIND_MIDI:
      star (cr, x, y, r);
      break;
    case WP_SIGNAL_KIND_CONTROL:
      plus (cr, x, y, r * 1.05);
      break;
    case WP_SIGNAL_KIND_USB:
      polygon (cr, x, y - r * 0.15, r * 1.2, 3, G_PI / 2);
      break;
    case WP_SIGNAL_KIND_POWER:
      bolt (cr, x, y, r);
      break;
    case WP_SIGNAL_KIND_UNKNOWN:
    case WP_N_SIGNAL_KINDS:
    default:
      cairo_rectangle (cr, x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
      break;
    }

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (hollow)
    {
      wp_render_style_set_source (cr, &style->device_fill);
      cairo_fill_preserve (cr);
      wp_render_style_set_source (cr, &style->signal[kind]);
      cairo_set_line_width (cr, radius * 0.4);
    }
  else
    {
      wp_render_style_set_source (cr, &style->signal[kind]);
      cairo_fill_preserve (cr);
      wp_render_style_set_source (cr, &style->device_fill);
      cairo_set_line_width (cr, radius * 0.2);
    }
  cairo_stroke (cr);
}

/* Sets colour, width and dashes for a cable: errors dashed, warnings dotted, waived ones
 * thin and grey, the rest solid in their signal's colour. */
void
wp_render_cable_pen (cairo_t             *cr,
                     const WpRenderStyle *style,
                     WpSignalKind         kind,
                     WpCableState         state)
{
  static const double error_dashes[] = { 9, 5 };
  static const double warning_dashes[] = { 0.1, 4.5 };

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  switch (state)
    {
    case WP_CABLE_STATE_ERROR:
      wp_render_style_set_source (cr, &style->error);
      cairo_set_line_width (cr, 2.75);
      cairo_set_dash (cr, error_dashes, G_N_ELEMENTS (error_dashes), 0);
      break;
    case WP_CABLE_STATE_WARNING:
      wp_render_style_set_source (cr, &style->warning);
      cairo_set_line_width (cr, 3);
      cairo_set_dash (cr, warning_dashes, G_N_ELEMENTS (warning_dashes), 0);
      break;
    case WP_CABLE_STATE_WAIVED:
      wp_render_style_set_source (cr, &style->waived);
      cairo_set_line_width (cr, 1.25);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case WP_CABLE_STATE_INFO:
    case WP_CABLE_STATE_OK:
    case WP_N_CABLE_STATES:
    default:
      wp_render_style_set_source (cr, &style->signal[kind]);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

static void
exclamation (cairo_t *cr,
             double   x,
             double   y,
             double   radius)
{
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, radius * 0.3);
  cairo_move_to (cr, x, y - radius * 0.5);
  cairo_line_to (cr, x, y + radius * 0.1);
  cairo_stroke (cr);
  cairo_arc (cr, x, y + radius * 0.48, radius * 0.17, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
tick (cairo_t *cr,
      double   x,
      double   y,
      double   radius)
{
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, radius * 0.3);
  cairo_move_to (cr, x - radius * 0.45, y + radius * 0.02);
  cairo_line_to (cr, x - radius * 0.12, y + radius * 0.35);
  cairo_line_to (cr, x + radius * 0.48, y - radius * 0.35);
  cairo_stroke (cr);
}

static void
cross (cairo_t *cr,
       double   x,
       double   y,
       double   radius)
{
  double a = radius * 0.38;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, radius * 0.3);
  cairo_move_to (cr, x - a, y - a);
  cairo_line_to (cr, x + a, y + a);
  cairo_move_to (cr, x + a, y - a);
  cairo_line_to (cr, x - a, y + a);
  cairo_stroke (cr);
}

static void
info (cairo_t *cr,
      double   x,
      double   y,
      double   radius)
{
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, radius * 0.3);
  cairo_move_to (cr, x, y - radius * 0.05);
  cairo_line_to (cr, x, y + radius * 0.5);
  cairo_stroke (cr);
  cairo_arc (cr, x, y - radius * 0.45, radius * 0.17, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
disc (cairo_t      *cr,
      const WpRgba *color,
      const WpRgba *rim,
      double        x,
      double        y,
      double        radius)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  wp_render_style_set_source (cr, color);
  cairo_fill_preserve (cr);
  wp_render_style_set_source (cr, rim);
  cairo_set_line_width (cr, radius * 0.18);
  cairo_stroke (cr);
}

static void
warning_triangle (cairo_t             *cr,
                  const WpRenderStyle *style,
                  double               x,
                  double               y,
                  double               radius)
{
  double r = radius * 1.25;

  cairo_new_path (cr);
  polygon (cr, x, y + r * 0.2, r, 3, -G_PI / 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  wp_render_style_set_source (cr, &style->warning);
  cairo_fill_preserve (cr);
  wp_render_style_set_source (cr, &style->background);
  cairo_set_line_width (cr, radius * 0.18);
  cairo_stroke (cr);
  wp_render_style_set_source (cr, &warning_mark);
  exclamation (cr, x, y + radius * 0.2, radius * 0.85);
}

/* The icon of a cable state, centred on (X, Y); nothing for a cable without problems. */
void
wp_render_state_icon (cairo_t             *cr,
                      const WpRenderStyle *style,
                      WpCableState         state,
                      double               x,
                      double               y,
                      double               radius)
{
  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  switch (state)
    {
    case WP_CABLE_STATE_ERROR:
      disc (cr, &style->error, &style->background, x, y, radius);
      wp_render_style_set_source (cr, &style->icon_mark);
      exclamation (cr, x, y, radius);
      break;
    case WP_CABLE_STATE_WARNING:
      warning_triangle (cr, style, x, y, radius);
      break;
    case WP_CABLE_STATE_INFO:
      disc (cr, &style->info, &style->background, x, y, radius * 0.85);
      wp_render_style_set_source (cr, &style->icon_mark);
      info (cr, x, y, radius * 0.85);
      break;
    case WP_CABLE_STATE_WAIVED:
      disc (cr, &style->background, &style->waived, x, y, radius * 0.75);
      wp_render_style_set_source (cr, &style->waived);
      tick (cr, x, y, radius * 0.75);
      break;
    case WP_CABLE_STATE_OK:
    case WP_N_CABLE_STATES:
    default:
      break;
    }
  cairo_restore (cr);
}

/* A verdict around a port glyph of RADIUS at (X, Y): a ring in the verdict's colour with
 * a badge (tick, "!" or cross) beside it, or a veil over ports that do not apply. The badge
 * sits on the side of the unit vector (OUT_X, OUT_Y), out of the box, clear of its text. */
void
wp_render_verdict_mark (cairo_t             *cr,
                        const WpRenderStyle *style,
                        WpPortVerdict        verdict,
                        double               x,
                        double               y,
                        double               radius,
                        double               out_x,
                        double               out_y)
{
  const WpRgba *color;
  double badge = radius * 0.8;
  double bx = x + radius * 1.5 * (out_x != 0 ? out_x : 1);
  double by = y + radius * 1.5 * (out_y != 0 ? out_y : -1);

  if (verdict == WP_PORT_VERDICT_NONE)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_new_path (cr);
  if (verdict == WP_PORT_VERDICT_NOT_APPLICABLE)
    {
      WpRgba veil = style->background;

      veil.alpha = 0.7;
      cairo_arc (cr, x, y, radius * 1.4, 0, 2 * G_PI);
      wp_render_style_set_source (cr, &veil);
      cairo_fill (cr);
      cairo_restore (cr);
      return;
    }

  color = verdict == WP_PORT_VERDICT_OK ? &style->ok :
          verdict == WP_PORT_VERDICT_WARNING ? &style->warning : &style->error;
  cairo_arc (cr, x, y, radius * 1.75, 0, 2 * G_PI);
  wp_render_style_set_source (cr, color);
  cairo_set_line_width (cr, radius * 0.45);
  cairo_stroke (cr);

  if (verdict == WP_PORT_VERDICT_WARNING)
    {
      warning_triangle (cr, style, bx, by, badge);
    }
  else
    {
      disc (cr, color, &style->background, bx, by, badge);
      wp_render_style_set_source (cr, &style->icon_mark);
      if (verdict == WP_PORT_VERDICT_OK)
        tick (cr, bx, by, badge);
      else
        cross (cr, bx, by, badge);
    }
  cairo_restore (cr);
}
