/* wp-plan-renderer-private.h: shared by the parts of WpPlanRenderer */
#pragma once

#include "wp-plan-renderer.h"
#include "wp-render-text.h"

G_BEGIN_DECLS

#define CORNER_RADIUS 6.0   /* of a device's box */

/* What is worth drawing at the scale of a frame. */
typedef struct {
  gboolean names;
  double   overview_name_zoom;  /* > 0 where names are too small: they are drawn this
                                 * many times larger, where their device has room */
  gboolean models;
  gboolean port_text;
  gboolean glyphs;
  gboolean icons;   /* the problem icons on cables */
  gboolean coarse;
  gboolean overview;
  double   corner;  /* plan units: the radius of a device's corners, 0 where it would not show */
  double   min_dash_period;   /* plan units: a finer dash pattern is drawn solid */
  double   scale;   /* surface units per plan unit */
  double   pixel;   /* plan units */
} Detail;

#define LABEL_MARGIN 60.0   /* cable labels and icons stick out of a curve's box */
#define CABLE_MARGIN  4.0   /* half the widest pen or comparison mark */
#define DEVICE_MARGIN 12.0  /* a device's shadow, port glyphs, comparison mark */

struct _WpPlanRenderer
{
  GObject        parent_instance;

  WpLayout      *layout;
  WpRenderText  *text;
  WpRenderStyle  style;
  GHashTable    *lifted;   /* ids of the devices the scene leaves out, or NULL */
  double         grid;     /* plan units between grid lines */
  WpViewFilter   filter;
  GHashTable    *changed_devices;   /* while comparing: id -> WpDiffChange, or NULL */
  GHashTable    *changed_cables;
};

double        wp_plan_renderer_get_scale  (cairo_t        *cr);
WpSignalKind  wp_plan_renderer_cable_kind (WpPlanRenderer *self,
                                           WpCable        *cable);
gboolean      wp_plan_renderer_shows_marks (WpPlanRenderer *self,
                                            double          scale);
void          wp_plan_renderer_query       (WpPlanRenderer          *self,
                                            const cairo_rectangle_t *areas,
                                            guint                    n_areas,
                                            double                   scale,
                                            WpSceneFlags             flags,
                                            GPtrArray               *cables,
                                            GPtrArray               *devices);
void          wp_plan_renderer_draw_items  (WpPlanRenderer          *self,
                                            cairo_t                 *cr,
                                            const cairo_rectangle_t *area,
                                            GPtrArray               *cables,
                                            GPtrArray               *devices,
                                            WpCableStates           *states,
                                            WpSceneFlags             flags);

/* wp-plan-renderer-devices.c */
void          wp_plan_renderer_draw_glyph    (WpPlanRenderer *self,
                                              cairo_t        *cr,
                                              WpDevice       *device,
                                              guint           port);
void          wp_plan_renderer_draw_devices  (WpPlanRenderer *self,
                                              cairo_t        *cr,
                                              GPtrArray      *devices,
                                              WpCableStates  *states,
                                              const Detail   *detail);

/* wp-plan-renderer-compare.c */
void          wp_plan_renderer_draw_changes  (WpPlanRenderer *self,
                                              cairo_t        *cr,
                                              GPtrArray      *devices,
                                              GPtrArray      *cables);

/* wp-plan-renderer-filter.c */
void          wp_plan_renderer_remove_hidden (WpPlanRenderer *self,
                                              GPtrArray      *cables,
                                              WpCableStates  *states);
gboolean      wp_plan_renderer_fades_device  (WpPlanRenderer *self,
                                              WpDevice       *device,
                                              WpCableStates  *states);

G_END_DECLS
