/* wp-plan-renderer.h: draws a plan with cairo and pango, for screen, paper and files
 *
 * The scene (zones, cables, devices) changes only with the plan; the overlay (selection,
 * hover, verdicts, the cable being drawn, the rubber band) changes with every pointer
 * motion. Both draw only what meets the given area of the plan, so zoomed in the cost
 * does not grow with the plan. The cairo_t must already map plan units to the surface
 * (wp_viewport_apply() does that for a view).
 *
 * While devices are dragged, the caller lifts them: the scene, drawn once and cached,
 * leaves them and their cables out, and each frame draws only them on top of it with
 * wp_plan_renderer_draw_lifted(), at a cost that does not grow with the plan.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "wp-layout.h"
#include "wp-render-marks.h"
#include "wp-render-style.h"
#include "wp-view-filter.h"

G_BEGIN_DECLS

typedef enum {
  WP_SCENE_BACKGROUND  = 1 << 0,  /* fill the area with the background colour */
  WP_SCENE_GRID        = 1 << 1,  /* the placement grid, for the screen */
  WP_SCENE_FULL_DETAIL = 1 << 2,  /* all text at any scale: for PDF, SVG and print */
} WpSceneFlags;

typedef struct {
  GHashTable        *selected_devices;   /* set of device ids, or NULL */
  GHashTable        *selected_cables;    /* set of cable ids, or NULL */
  WpHit              hover;              /* kind WP_HIT_NONE: nothing hovered */
  WpPortVerdicts    *verdicts;           /* while a cable is being drawn, or NULL */
  WpDevice          *ghost_device;       /* the cable being drawn starts at this port… */
  guint              ghost_port;
  double             ghost_x;            /* …and ends at this free point */
  double             ghost_y;
  gboolean           show_rubber_band;
  cairo_rectangle_t  rubber_band;
} WpOverlay;

#define WP_TYPE_PLAN_RENDERER (wp_plan_renderer_get_type ())

G_DECLARE_FINAL_TYPE (WpPlanRenderer, wp_plan_renderer, WP, PLAN_RENDERER, GObject)

WpPlanRenderer      *wp_plan_renderer_new         (WpLayout                *layout);
WpLayout            *wp_plan_renderer_get_layout  (WpPlanRenderer          *self);
const WpRenderStyle *wp_plan_renderer_get_style   (WpPlanRenderer          *self);
void                 wp_plan_renderer_set_style   (WpPlanRenderer          *self,
                                                   const WpRenderStyle     *style);
void                 wp_plan_renderer_draw_scene  (WpPlanRenderer          *self,
                                                   cairo_t                 *cr,
                                                   const cairo_rectangle_t *area,
                                                   WpCableStates           *states,
                                                   WpSceneFlags             flags);
void                 wp_plan_renderer_add_device_damage (WpPlanRenderer     *self,
                                                   WpDevice                *device,
                                                   double                   scale,
                                                   GArray                  *areas);
void                 wp_plan_renderer_add_cable_damage (WpPlanRenderer      *self,
                                                   WpCable                 *cable,
                                                   double                   scale,
                                                   GArray                  *areas);
void                 wp_plan_renderer_redraw      (WpPlanRenderer          *self,
                                                   cairo_t                 *cr,
                                                   GArray                  *areas,
                                                   WpCableStates           *states,
                                                   WpSceneFlags             flags);
void                 wp_plan_renderer_draw_overlay (WpPlanRenderer         *self,
                                                   cairo_t                 *cr,
                                                   const cairo_rectangle_t *area,
                                                   const WpOverlay         *overlay);
void                 wp_plan_renderer_set_grid    (WpPlanRenderer          *self,
                                                   double                   step);
void                 wp_plan_renderer_set_lifted  (WpPlanRenderer          *self,
                                                   GHashTable              *device_ids);
void                 wp_plan_renderer_draw_lifted (WpPlanRenderer          *self,
                                                   cairo_t                 *cr,
                                                   const cairo_rectangle_t *area,
                                                   WpCableStates           *states);
gboolean             wp_plan_renderer_draw_fitted (WpPlanRenderer          *self,
                                                   cairo_t                 *cr,
                                                   const cairo_rectangle_t *target,
                                                   double                   margin,
                                                   WpCableStates           *states,
                                                   WpSceneFlags             flags);
void                 wp_plan_renderer_get_legend_size (WpPlanRenderer      *self,
                                                   double                  *width,
                                                   double                  *height);
void                 wp_plan_renderer_draw_legend (WpPlanRenderer          *self,
                                                   cairo_t                 *cr,
                                                   double                   x,
                                                   double                   y);


/* wp-plan-renderer-compare.c: marks of what changed since another version. */
void                 wp_plan_renderer_set_changes (WpPlanRenderer          *self,
                                                   GHashTable              *devices,
                                                   GHashTable              *cables);

/* wp-plan-renderer-filter.c: a view filter hides cables (see wp-view-filter.h). */
void                 wp_plan_renderer_set_filter  (WpPlanRenderer          *self,
                                                   const WpViewFilter      *filter);
gboolean             wp_plan_renderer_shows_cable (WpPlanRenderer          *self,
                                                   WpCable                 *cable,
                                                   WpCableStates           *states);
guint                wp_plan_renderer_count_hidden (WpPlanRenderer         *self,
                                                   WpCableStates           *states);

G_END_DECLS
