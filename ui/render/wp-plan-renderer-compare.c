/* wp-plan-renderer-compare.c: marking what another version of the plan did not have
 *
 * While the window compares the plan with another file, added devices and cables
 * get a green outline and changed ones an amber one (removed ones are not in the
 * plan to draw: the window lists them).
 */
#include "config.h"

#include "wp-diff.h"
#include "wp-plan-renderer-private.h"
#include "wp-render-glyphs.h"

#define MARK_WIDTH   4.0
#define MARK_MARGIN  5.0
#define MARK_RADIUS  9.0

/* @devices and @cables map ids to a WpDiffChange (GINT_TO_POINTER), or are NULL. */
void
wp_plan_renderer_set_changes (WpPlanRenderer *self,
                              GHashTable     *devices,
                              GHashTable     *cables)
{
  g_return_if_fail (WP_IS_PLAN_RENDERER (self));

  g_clear_pointer (&self->changed_devices, g_hash_table_unref);
  g_clear_pointer (&self->changed_cables, g_hash_table_unref);
  if (devices != NULL)
    self->changed_devices = g_hash_table_ref (devices);
  if (cables != NULL)
    self->changed_cables = g_hash_table_ref (cables);
}

static const WpRgba *
colour_of (WpPlanRenderer *self,
           GHashTable     *changes,
           const char     *id)
{
  gpointer change;

  if (changes == NULL || !g_hash_table_lookup_extended (changes, id, NULL, &change))
    return NULL;
  return GPOINTER_TO_INT (change) == WP_DIFF_ADDED ? &self->style.ok : &self->style.warning;
}

void
wp_plan_renderer_draw_changes (WpPlanRenderer *self,
                               cairo_t        *cr,
                               GPtrArray      *devices,
                               GPtrArray      *cables)
{
  if (self->changed_devices == NULL && self->changed_cables == NULL)
    return;
  cairo_save (cr);
  cairo_set_line_width (cr, MARK_WIDTH);
  for (guint i = 0; i < cables->len; i++)
    {
      WpCable *cable = g_ptr_array_index (cables, i);
      const WpRgba *colour = colour_of (self, self->changed_cables, wp_cable_get_id (cable));
      WpBezier curve;

      if (colour == NULL || !wp_layout_get_cable_curve (self->layout, cable, &curve))
        continue;
      wp_bezier_path (&curve, cr);
      cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 0.45);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);
      const WpRgba *colour = colour_of (self, self->changed_devices, wp_device_get_id (device));
      cairo_rectangle_t bounds;

      if (colour == NULL)
        continue;
      wp_layout_get_device_bounds (self->layout, device, &bounds);
      wp_render_rounded_rectangle (cr, bounds.x - MARK_MARGIN, bounds.y - MARK_MARGIN,
                                   bounds.width + 2 * MARK_MARGIN, bounds.height + 2 * MARK_MARGIN,
                                   MARK_RADIUS);
      wp_render_style_set_source (cr, colour);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}
