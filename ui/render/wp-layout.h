/* wp-layout.h: where every part of a plan is drawn, and what lies under a point
 *
 * A WpLayout follows one plan: it measures each device once (its name, model and ports,
 * with pango), keeps device and cable boxes in a spatial index and updates only what an
 * edit touched. Every coordinate is in plan units; a device's x, y is its top-left corner.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "wp-bezier.h"
#include "wp-catalogue.h"
#include "wp-plan.h"
#include "wp-render-text.h"

G_BEGIN_DECLS

#define WP_LAYOUT_PORT_PITCH         20.0  /* between port rows */
#define WP_LAYOUT_PORT_RADIUS         5.5  /* of a port glyph, centred on its anchor */
#define WP_LAYOUT_ZONE_TITLE_HEIGHT  30.0
#define WP_LAYOUT_TEXT_INSET         12.0  /* from a box edge to its ports' text */
#define WP_LAYOUT_CONNECTOR_GAP       5.0  /* between a port's name and its connector */

typedef enum {
  WP_PORT_SIDE_LEFT,     /* inputs: cables enter from the left */
  WP_PORT_SIDE_RIGHT,    /* outputs: cables leave to the right */
  WP_PORT_SIDE_BOTTOM,   /* bidirectional (and undirected) ports: cables leave downwards */
} WpPortSide;

typedef struct {
  WpPortSide side;
  double     x;          /* anchor, relative to the device's top-left corner */
  double     y;
} WpPortGeometry;

typedef struct {
  double          width;
  double          height;
  double          header_height;   /* the band with the name and the model */
  double          left_width;      /* for the text of the inputs */
  double          right_width;     /* for the text of the outputs */
  double          slot_width;      /* of each bottom port */
  const char     *model_label;     /* the text under the name, or NULL */
  guint           n_ports;
  WpPortGeometry *ports;           /* in the device's port order */
} WpDeviceGeometry;

typedef enum {
  WP_HIT_NONE,
  WP_HIT_PORT,
  WP_HIT_DEVICE,
  WP_HIT_CABLE,
  WP_HIT_ZONE_TITLE,
  WP_HIT_ZONE_EDGE,
} WpHitKind;

typedef enum {
  WP_ZONE_EDGE_LEFT   = 1 << 0,
  WP_ZONE_EDGE_RIGHT  = 1 << 1,
  WP_ZONE_EDGE_TOP    = 1 << 2,
  WP_ZONE_EDGE_BOTTOM = 1 << 3,
} WpZoneEdges;

typedef struct {
  WpHitKind    kind;
  WpDevice    *device;   /* WP_HIT_PORT, WP_HIT_DEVICE */
  guint        port;     /* WP_HIT_PORT: the port's index in the device */
  WpCable     *cable;    /* WP_HIT_CABLE */
  WpZone      *zone;     /* WP_HIT_ZONE_TITLE, WP_HIT_ZONE_EDGE */
  WpZoneEdges  edges;    /* WP_HIT_ZONE_EDGE: which edges are under the point */
} WpHit;

#define WP_TYPE_LAYOUT (wp_layout_get_type ())

G_DECLARE_FINAL_TYPE (WpLayout, wp_layout, WP, LAYOUT, GObject)

WpLayout               *wp_layout_new                (WpPlan                  *plan,
                                                      WpCatalogue             *catalogue);
void                    wp_layout_set_catalogue      (WpLayout                *self,
                                                      WpCatalogue             *catalogue);
WpPlan                 *wp_layout_get_plan           (WpLayout                *self);
WpRenderText           *wp_layout_get_text           (WpLayout                *self);
const WpDeviceGeometry *wp_layout_get_device_geometry (WpLayout               *self,
                                                      WpDevice                *device);
void                    wp_layout_get_device_bounds  (WpLayout                *self,
                                                      WpDevice                *device,
                                                      cairo_rectangle_t       *bounds);
void                    wp_layout_get_port_anchor    (WpLayout                *self,
                                                      WpDevice                *device,
                                                      guint                    port,
                                                      double                  *x,
                                                      double                  *y);
gboolean                wp_layout_get_cable_ends     (WpLayout                *self,
                                                      WpCable                 *cable,
                                                      WpDevice               **from_device,
                                                      guint                   *from_port,
                                                      WpDevice               **to_device,
                                                      guint                   *to_port);
gboolean                wp_layout_get_cable_curve    (WpLayout                *self,
                                                      WpCable                 *cable,
                                                      WpBezier                *curve);
void                    wp_layout_get_ghost_curve    (WpLayout                *self,
                                                      WpDevice                *device,
                                                      guint                    port,
                                                      double                   x,
                                                      double                   y,
                                                      WpBezier                *curve);
gboolean                wp_layout_get_plan_bounds    (WpLayout                *self,
                                                      cairo_rectangle_t       *bounds);
void                    wp_layout_query_devices      (WpLayout                *self,
                                                      const cairo_rectangle_t *area,
                                                      GPtrArray               *devices);
void                    wp_layout_query_cables       (WpLayout                *self,
                                                      const cairo_rectangle_t *area,
                                                      GPtrArray               *cables);
void                    wp_layout_query_devices_in   (WpLayout                *self,
                                                      const cairo_rectangle_t *areas,
                                                      guint                    n_areas,
                                                      GPtrArray               *devices);
void                    wp_layout_query_cables_in    (WpLayout                *self,
                                                      const cairo_rectangle_t *areas,
                                                      guint                    n_areas,
                                                      GPtrArray               *cables);
void                    wp_layout_sort               (WpLayout                *self,
                                                      GPtrArray               *items);
gboolean                wp_layout_hit                (WpLayout                *self,
                                                      double                   x,
                                                      double                   y,
                                                      double                   tolerance,
                                                      WpHit                   *hit);
/* Whether @cable is drawn (a view filter may hide it). */
typedef gboolean (*WpCableShownFunc) (WpCable  *cable,
                                      gpointer  data);
gboolean                wp_layout_hit_shown          (WpLayout                *self,
                                                      double                   x,
                                                      double                   y,
                                                      double                   tolerance,
                                                      WpCableShownFunc         shown,
                                                      gpointer                 shown_data,
                                                      WpHit                   *hit);

G_END_DECLS
