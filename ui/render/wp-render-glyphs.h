/* wp-render-glyphs.h: the small shapes that carry meaning by shape and colour together
 *
 * Each signal kind has its own glyph shape, each cable state its own line style and icon,
 * each port verdict its own mark, so that nothing is told by colour alone.
 */
#pragma once

#include <cairo.h>

#include "wp-render-style.h"

G_BEGIN_DECLS

void wp_render_rounded_rectangle (cairo_t         *cr,
                                  double           x,
                                  double           y,
                                  double           width,
                                  double           height,
                                  double           radius);
void wp_render_signal_glyph  (cairo_t             *cr,
                              const WpRenderStyle *style,
                              WpSignalKind         kind,
                              double               x,
                              double               y,
                              double               radius);
void wp_render_cable_pen     (cairo_t             *cr,
                              const WpRenderStyle *style,
                              WpSignalKind         kind,
                              WpCableState         state);
void wp_render_state_icon    (cairo_t             *cr,
                              const WpRenderStyle *style,
                              WpCableState         state,
                              double               x,
                              double               y,
                              double               radius);
void wp_render_verdict_mark  (cairo_t             *cr,
                              const WpRenderStyle *style,
                              WpPortVerdict        verdict,
                              double               x,
                              double               y,
                              double               radius,
                              double               out_x,
                              double               out_y);

G_END_DECLS
