/* wp-canvas-private.h: what the parts of WpCanvas share (and the ui tests read) */
#pragma once

#include "wp-canvas.h"
#include "wp-plan-renderer.h"
#include "wp-render-marks.h"

G_BEGIN_DECLS

#define WP_CANVAS_GRID           10.0   /* plan units that moves snap to, without settings */
#define WP_CANVAS_HIT_PIXELS      6.0   /* how near the pointer must be, on screen */
#define WP_CANVAS_DRAG_THRESHOLD  4.0   /* pixels before a press becomes a drag */

typedef enum {
  WP_CANVAS_DRAG_NONE,
  WP_CANVAS_DRAG_PENDING,      /* pressed, not yet moved past the threshold */
  WP_CANVAS_DRAG_MOVE,         /* the selected devices */
  WP_CANVAS_DRAG_CABLE,        /* a new cable from a port */
  WP_CANVAS_DRAG_REROUTE,      /* one end of an existing cable */
  WP_CANVAS_DRAG_RUBBER_BAND,
  WP_CANVAS_DRAG_PAN,
  WP_CANVAS_DRAG_ZONE_MOVE,
  WP_CANVAS_DRAG_ZONE_RESIZE,
  WP_CANVAS_DRAG_ZONE_DRAW,
} WpCanvasDrag;

struct _WpCanvas
{
  GtkWidget        parent_instance;

  WpCatalogue     *catalogue;
  WpDocument      *document;
  WpLayout        *layout;
  WpPlanRenderer  *renderer;
  WpViewport      *viewport;
  WpCableStates   *states;
  GHashTable      *problem_keys;    /* while a cable is drawn: the plan's problems, to tell
                                       the candidate's new ones */
  WpViewFilter     filter;          /* a view option, kept across documents */
  guint            hidden_cables;   /* how many the filter hides */
  GskRenderNode   *scene;           /* cached until the plan or the view change */
  cairo_surface_t *scene_surface;   /* its pixels, kept to redraw damage into */
  GArray          *scene_damage;    /* of cairo_rectangle_t, plan units: still to redraw */
  GskRenderNode   *legend;          /* cached with the scene */
  gboolean         show_legend;
  double           grid;            /* preferences: plan units that moves snap to */
  gboolean         snap_to_grid;
  double           default_cable_length;   /* metres; 0 leaves new cables without */
  gboolean         fit_pending;     /* zoom to fit once the canvas has a size */

  GtkGesture      *primary_drag;
  GtkGesture      *middle_drag;
  GtkGesture      *zoom_gesture;
  GtkDropTarget   *drop_target;
  double           zoom_gesture_start;

  /* The gesture under way. */
  WpCanvasDrag     drag;
  WpCanvasDrag     drag_intent;     /* what a pending press becomes once it moves */
  double           press_x;         /* plan units */
  double           press_y;
  double           pointer_x;       /* plan units, last known */
  double           pointer_y;
  gboolean         pointer_inside;
  GdkModifierType  press_state;
  WpHit            press_hit;
  guint            merge_id;
  GPtrArray       *moving;          /* of WpDevice: the devices a move drags */
  GArray          *origins;         /* of double: x, y of each when the drag began */
  GHashTable      *lifted;          /* their ids, drawn over the cached scene */
  double           pan_origin[2];   /* the view's offset when a pan began */
  double           zone_origin[4];  /* x, y, width, height of the zone dragged */
  gboolean         space_held;
  gboolean         adding_zone;     /* the next drag on empty space draws a zone */
  cairo_rectangle_t band;           /* the rubber band or new zone, plan units */

  /* The cable being drawn or re-routed, and what each port would make of it. */
  WpDevice        *cable_device;    /* the fixed end */
  guint            cable_port;
  WpCable         *rerouted;
  gboolean         rerouted_to;     /* whether the moving end is the cable's "to" */
  WpPortVerdicts  *verdicts;
  GPtrArray       *verdict_queue;   /* of WpDevice still to judge, nearest first */
  guint            verdict_idle;
  WpDevice        *target_device;   /* the port under the pointer while drawing */
  guint            target_port;
  char            *target_message;

  WpHit            hover;
};

/* wp-canvas.c */
void      wp_canvas_show_message         (WpCanvas       *self,
                                          const char     *message);

/* wp-canvas-draw.c */
void      wp_canvas_class_init_draw      (GtkWidgetClass *widget_class);
void      wp_canvas_invalidate_scene     (WpCanvas       *self);
void      wp_canvas_damage_device        (WpCanvas       *self,
                                          WpDevice       *device);
void      wp_canvas_restate_cables       (WpCanvas       *self,
                                          GPtrArray      *problems);
void      wp_canvas_update_states        (WpCanvas       *self);
void      wp_canvas_update_style         (WpCanvas       *self);

/* wp-canvas-input.c */
void      wp_canvas_init_input           (WpCanvas       *self);
void      wp_canvas_cancel_drag          (WpCanvas       *self);
gboolean  wp_canvas_hit                  (WpCanvas       *self,
                                          double          view_x,
                                          double          view_y,
                                          WpHit          *hit);

/* wp-canvas-navigate.c */
void      wp_canvas_init_navigation      (WpCanvas       *self);

/* wp-canvas-cable.c */
void      wp_canvas_begin_cable          (WpCanvas       *self,
                                          WpDevice       *device,
                                          guint           port,
                                          WpCable        *rerouted);
void      wp_canvas_update_cable         (WpCanvas       *self,
                                          double          plan_x,
                                          double          plan_y);
void      wp_canvas_end_cable            (WpCanvas       *self,
                                          gboolean        commit);
char     *wp_canvas_describe_problems    (GPtrArray      *problems);
char     *wp_canvas_describe_hit         (WpCanvas       *self,
                                          const WpHit    *hit);

/* wp-canvas-focus.c */
void      wp_canvas_class_init_focus     (GtkWidgetClass *widget_class);
void      wp_canvas_snapshot_focus       (WpCanvas       *self,
                                          GtkSnapshot    *snapshot);
void      wp_canvas_update_accessible    (WpCanvas       *self);
char     *wp_canvas_plain_text          (const char     *markup);
/* wp-canvas-filter.c */
void      wp_canvas_class_init_filter    (GtkWidgetClass *widget_class);
void      wp_canvas_update_hidden        (WpCanvas       *self);

/* wp-canvas-arrange.c */
void      wp_canvas_class_init_arrange   (GtkWidgetClass *widget_class);
void      wp_canvas_move_to_free_spot    (WpCanvas       *self,
                                          WpDevice       *device);

/* wp-canvas-edit.c */
void      wp_canvas_class_init_actions   (GtkWidgetClass *widget_class);
void      wp_canvas_update_actions       (WpCanvas       *self);
void      wp_canvas_move_selection       (WpCanvas       *self,
                                          double          dx,
                                          double          dy);
double    wp_canvas_snap                 (WpCanvas       *self,
                                          double          value);
void      wp_canvas_add_zone             (WpCanvas       *self,
                                          WpZone         *zone);
const char *wp_canvas_zone_for_device    (WpCanvas       *self,
                                          WpDevice       *device,
                                          double          x,
                                          double          y);

G_END_DECLS
