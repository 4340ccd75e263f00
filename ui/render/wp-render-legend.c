/* wp-render-legend.c: the key to glyphs, colours, line styles and icons, for screen and paper */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "wp-plan-renderer-private.h"
#include "wp-render-glyphs.h"

#define PADDING      12.0
#define ROW         20.0
#define TITLE_ROW   24.0
#define SECTION_GAP  8.0
#define SAMPLE      46.0
#define SAMPLE_GAP  10.0

/* Signal kinds in the order a signal chain meets them. */
static const WpSignalKind legend_kinds[] = {
  WP_SIGNAL_KIND_MIC,
  WP_SIGNAL_KIND_LINE,
  WP_SIGNAL_KIND_SPEAKER,
  WP_SIGNAL_KIND_ANALOG,
  WP_SIGNAL_KIND_DIGITAL,
  WP_SIGNAL_KIND_NETWORK,
  WP_SIGNAL_KIND_MIDI,
  WP_SIGNAL_KIND_CONTROL,
  WP_SIGNAL_KIND_USB,
  WP_SIGNAL_KIND_POWER,
  WP_SIGNAL_KIND_UNKNOWN,
};

static const WpCableState legend_states[] = {
  WP_CABLE_STATE_OK,
  WP_CABLE_STATE_INFO,
  WP_CABLE_STATE_WARNING,
  WP_CABLE_STATE_ERROR,
  WP_CABLE_STATE_WAIVED,
};

void
wp_plan_renderer_get_legend_size (WpPlanRenderer *self,
                                  double         *width,
                                  double         *height)
{
  double text;

  g_return_if_fail (WP_IS_PLAN_RENDERER (self));

  text = MAX (wp_render_text_measure (self->text, WP_TEXT_LEGEND_TITLE, _("Signals"), NULL),
              wp_render_text_measure (self->text, WP_TEXT_LEGEND_TITLE, _("Cables"), NULL));
  for (guint i = 0; i < G_N_ELEMENTS (legend_kinds); i++)
    text = MAX (text, SAMPLE + SAMPLE_GAP +
                wp_render_text_measure (self->text, WP_TEXT_LEGEND,
                                        wp_signal_kind_get_label (legend_kinds[i]), NULL));
  for (guint i = 0; i < G_N_ELEMENTS (legend_states); i++)
    text = MAX (text, SAMPLE + SAMPLE_GAP +
                wp_render_text_measure (self->text, WP_TEXT_LEGEND,
                                        wp_cable_state_get_label (legend_states[i]), NULL));
  *width = ceil (text + 2 * PADDING);
  *height = 2 * PADDING + 2 * TITLE_ROW + SECTION_GAP
            + ROW * (G_N_ELEMENTS (legend_kinds) + G_N_ELEMENTS (legend_states));
}

static void
sample_line (cairo_t *cr,
             double   x,
             double   y)
{
  cairo_move_to (cr, x + 2, y);
  cairo_line_to (cr, x + SAMPLE - 2, y);
  cairo_stroke (cr);
}

/* Draws the legend with its top-left corner at (X, Y), in CR's current units. */
void
wp_plan_renderer_draw_legend (WpPlanRenderer *self,
                              cairo_t        *cr,
                              double          x,
                              double          y)
{
  const WpRenderStyle *style;
  double width, height, row_x, row_y;

  g_return_if_fail (WP_IS_PLAN_RENDERER (self));
  g_return_if_fail (cr != NULL);

  style = &self->style;
  wp_plan_renderer_get_legend_size (self, &width, &height);

  cairo_save (cr);
  wp_render_text_prepare (self->text, cr);
  wp_render_rounded_rectangle (cr, x, y, width, height, 8);
  wp_render_style_set_source (cr, &style->device_fill);
  cairo_fill_preserve (cr);
  wp_render_style_set_source (cr, &style->device_border);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  row_x = x + PADDING;
  row_y = y + PADDING + TITLE_ROW / 2;
  wp_render_style_set_source (cr, &style->text);
  wp_render_text_show (self->text, cr, WP_TEXT_LEGEND_TITLE, _("Signals"), row_x, row_y, 0, -1);
  row_y += TITLE_ROW / 2 + ROW / 2;
  for (guint i = 0; i < G_N_ELEMENTS (legend_kinds); i++, row_y += ROW)
    {
      WpSignalKind kind = legend_kinds[i];

      wp_render_cable_pen (cr, style, kind, WP_CABLE_STATE_OK);
      sample_line (cr, row_x + 8, row_y);
      wp_render_signal_glyph (cr, style, kind, row_x + 8, row_y, WP_LAYOUT_PORT_RADIUS);
      wp_render_style_set_source (cr, &style->text);
      wp_render_text_show (self->text, cr, WP_TEXT_LEGEND, wp_signal_kind_get_label (kind),
                           row_x + SAMPLE + SAMPLE_GAP, row_y, 0, -1);
    }

  row_y += SECTION_GAP - ROW / 2 + TITLE_ROW / 2;
  wp_render_style_set_source (cr, &style->text);
  wp_render_text_show (self->text, cr, WP_TEXT_LEGEND_TITLE, _("Cables"), row_x, row_y, 0, -1);
  row_y += TITLE_ROW / 2 + ROW / 2;
  for (guint i = 0; i < G_N_ELEMENTS (legend_states); i++, row_y += ROW)
    {
      WpCableState state = legend_states[i];

      cairo_save (cr);
      wp_render_cable_pen (cr, style, WP_SIGNAL_KIND_LINE, state);
      sample_line (cr, row_x, row_y);
      cairo_restore (cr);
      wp_render_state_icon (cr, style, state, row_x + SAMPLE / 2, row_y, 6);
      wp_render_style_set_source (cr, &style->text);
      wp_render_text_show (self->text, cr, WP_TEXT_LEGEND, wp_cable_state_get_label (state),
                           row_x + SAMPLE + SAMPLE_GAP, row_y, 0, -1);
    }
  cairo_restore (cr);
}
