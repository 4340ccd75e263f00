/* wp-canvas-input.c: pointer and keyboard gestures on the canvas
 *
 * A press decides what its drag will do from what lies under it (a port draws or
 * re-routes a cable, a device moves the selection, a zone title moves the zone,
 * a zone edge resizes it, empty space draws a rubber band) but nothing starts
 * until the pointer has moved a few pixels, so a click only selects.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-canvas-private.h"
#include "wp-spatial-index.h"

#define MIN_ZONE_SIZE 80.0
#define DROP_GRIP_X   60.0   /* where a dropped device is held, from its corner */
#define DROP_GRIP_Y   15.0

/* A cable the view filter hides can't be pointed at: what is under it can. */
static gboolean
cable_is_shown (WpCable  *cable,
                gpointer  data)
{
  WpCanvas *self = data;

  return wp_plan_renderer_shows_cable (self->renderer, cable, self->states);
}

gboolean
wp_canvas_hit (WpCanvas *self,
               double    view_x,
               double    view_y,
               WpHit    *hit)
{
  double x, y;

  *hit = (WpHit) { .kind = WP_HIT_NONE };
  if (self->layout == NULL)
    return FALSE;
  wp_viewport_to_plan (self->viewport, view_x, view_y, &x, &y);
  return wp_layout_hit_shown (self->layout, x, y,
                              WP_CANVAS_HIT_PIXELS / wp_viewport_get_zoom (self->viewport),
                              cable_is_shown, self, hit);
}

static WpHistory *
history_of (WpCanvas *self)
{
  return wp_document_get_history (self->document);
}

static WpSelection *
selection_of (WpCanvas *self)
{
  return wp_document_get_selection (self->document);
}

static gboolean
adds_to_selection (GdkModifierType state)
{
  return (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0;
}

/* The cable a drag from a connected input (or any connected port with Shift)
 * picks up and re-routes; NULL when the drag draws a new cable. */
static WpCable *
cable_to_reroute (WpCanvas        *self,
                  WpDevice        *device,
                  guint            port_index,
                  GdkModifierType  state)
{
  const WpPort *port = wp_device_get_port (device, port_index);
  GPtrArray *cables = wp_plan_get_cables_at (wp_document_get_plan (self->document),
                                             wp_device_get_id (device), port->id);

  if (cables == NULL || cables->len == 0)
    return NULL;
  if (port->direction == WP_DIRECTION_OUT && !(state & GDK_SHIFT_MASK))
    return NULL;
  return g_ptr_array_index (cables, cables->len - 1);
}

/* What a press on @hit selects at once, and what its drag will do. */
static void
press (WpCanvas        *self,
       const WpHit     *hit,
       GdkModifierType  state)
{
  WpSelection *selection = selection_of (self);
  WpSelectMode mode = adds_to_selection (state) ? WP_SELECT_TOGGLE : WP_SELECT_REPLACE;

  self->drag_intent = WP_CANVAS_DRAG_NONE;
  if (self->space_held)
    {
      self->drag_intent = WP_CANVAS_DRAG_PAN;
      return;
    }
  if (self->adding_zone && hit->kind != WP_HIT_PORT && hit->kind != WP_HIT_DEVICE)
    {
      self->drag_intent = WP_CANVAS_DRAG_ZONE_DRAW;
      return;
    }

  switch (hit->kind)
    {
    case WP_HIT_PORT:
      self->rerouted = cable_to_reroute (self, hit->device, hit->port, state);
      self->drag_intent = self->rerouted != NULL ? WP_CANVAS_DRAG_REROUTE : WP_CANVAS_DRAG_CABLE;
      break;
    case WP_HIT_DEVICE:
      if (mode == WP_SELECT_TOGGLE || !wp_selection_has_device (selection, hit->device))
        wp_selection_select_device (selection, hit->device, mode);
      if (wp_selection_has_device (selection, hit->device))
        self->drag_intent = WP_CANVAS_DRAG_MOVE;
      break;
    case WP_HIT_CABLE:
      wp_selection_select_cable (selection, hit->cable, mode);
      break;
    case WP_HIT_ZONE_TITLE:
      wp_selection_select_zone (selection, hit->zone);
      self->drag_intent = WP_CANVAS_DRAG_ZONE_MOVE;
      break;
    case WP_HIT_ZONE_EDGE:
      wp_selection_select_zone (selection, hit->zone);
      self->drag_intent = WP_CANVAS_DRAG_ZONE_RESIZE;
      break;
    case WP_HIT_NONE:
    default:
      if (!adds_to_selection (state))
        wp_selection_clear (selection);
      self->drag_intent = WP_CANVAS_DRAG_RUBBER_BAND;
      break;
    }
}

static void
begin_move (WpCanvas *self)
{
  g_autoptr(GPtrArray) devices = wp_selection_get_devices (selection_of (self));

  self->moving = g_ptr_array_ref (devices);
  self->origins = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * devices->len);
  self->lifted = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);
      double position[2] = { wp_device_get_x (device), wp_device_get_y (device) };

      g_array_append_vals (self->origins, position, 2);
      g_hash_table_add (self->lifted, (gpointer) wp_device_get_id (device));
    }
  self->merge_id = wp_history_next_merge_id (history_of (self));
  wp_plan_renderer_set_lifted (self->renderer, self->lifted);
  /* The kept scene loses just them and their cables. */
  for (guint i = 0; i < devices->len; i++)
    wp_canvas_damage_device (self, g_ptr_array_index (devices, i));
}

/* Moves the dragged devices by (@dx, @dy) from where they were picked up; the
 * first one lands on the grid unless @free, and the others keep their places
 * relative to it. */
static void
update_move (WpCanvas *self,
             double    dx,
             double    dy,
             gboolean  free)
{
  guint n = self->moving->len;
  g_autofree double *positions = g_new (double, 2 * MAX (n, 1));
  g_autofree const char **zones = g_new0 (const char *, MAX (n, 1));
  const double *origins = (const double *) (gpointer) self->origins->data;

  if (n == 0)
    return;
  if (!free)
    {
      dx = wp_canvas_snap (self, origins[0] + dx) - origins[0];
      dy = wp_canvas_snap (self, origins[1] + dy) - origins[1];
    }
  for (guint i = 0; i < n; i++)
    {
      WpDevice *device = g_ptr_array_index (self->moving, i);

      positions[2 * i] = origins[2 * i] + dx;
      positions[2 * i + 1] = origins[2 * i + 1] + dy;
      zones[i] = wp_canvas_zone_for_device (self, device, positions[2 * i], positions[2 * i + 1]);
    }
  wp_history_move_devices (history_of (self), (WpDevice * const *) self->moving->pdata,
                           positions, zones, n, self->merge_id);
}

static void
end_move (WpCanvas *self)
{
  wp_plan_renderer_set_lifted (self->renderer, NULL);
  g_clear_pointer (&self->lifted, g_hash_table_unref);
  /* Dropped back into the kept scene where they are now. */
  for (guint i = 0; i < self->moving->len; i++)
    wp_canvas_damage_device (self, g_ptr_array_index (self->moving, i));
  g_clear_pointer (&self->moving, g_ptr_array_unref);
  g_clear_pointer (&self->origins, g_array_unref);
}

static void
update_zone (WpCanvas *self,
             double    dx,
             double    dy)
{
  WpZone *zone = self->press_hit.zone;
  double x = self->zone_origin[0], y = self->zone_origin[1];
  double width = self->zone_origin[2], height = self->zone_origin[3];
  WpZoneEdges edges = self->press_hit.edges;

  if (self->drag == WP_CANVAS_DRAG_ZONE_MOVE)
    {
      wp_history_move_zone (history_of (self), zone, wp_canvas_snap (self, x + dx),
                            wp_canvas_snap (self, y + dy), self->merge_id);
      return;
    }
  if (edges & WP_ZONE_EDGE_LEFT)
    {
      double left = MIN (wp_canvas_snap (self, x + dx), x + width - MIN_ZONE_SIZE);

      width += x - left, x = left;
    }
  if (edges & WP_ZONE_EDGE_RIGHT)
    width = MAX (wp_canvas_snap (self, x + width + dx) - x, MIN_ZONE_SIZE);
  if (edges & WP_ZONE_EDGE_TOP)
    {
      double top = MIN (wp_canvas_snap (self, y + dy), y + height - MIN_ZONE_SIZE);

      height += y - top, y = top;
    }
  if (edges & WP_ZONE_EDGE_BOTTOM)
    height = MAX (wp_canvas_snap (self, y + height + dy) - y, MIN_ZONE_SIZE);
  wp_history_resize_zone (history_of (self), zone, x, y, width, height, self->merge_id);
}

static void
update_band (WpCanvas *self)
{
  self->band.x = MIN (self->press_x, self->pointer_x);
  self->band.y = MIN (self->press_y, self->pointer_y);
  self->band.width = fabs (self->pointer_x - self->press_x);
  self->band.height = fabs (self->pointer_y - self->press_y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Selects what lies wholly inside the rubber band. */
static void
end_band (WpCanvas *self)
{
  g_autoptr(GPtrArray) devices = g_ptr_array_new ();
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();
  g_autoptr(GPtrArray) inside_devices = g_ptr_array_new ();
  g_autoptr(GPtrArray) inside_cables = g_ptr_array_new ();

  wp_layout_query_devices (self->layout, &self->band, devices);
  wp_layout_query_cables (self->layout, &self->band, cables);
  for (guint i = 0; i < devices->len; i++)
    {
      cairo_rectangle_t bounds;

      wp_layout_get_device_bounds (self->layout, g_ptr_array_index (devices, i), &bounds);
      if (wp_rectangle_contains (&self->band, &bounds))
        g_ptr_array_add (inside_devices, g_ptr_array_index (devices, i));
    }
  for (guint i = 0; i < cables->len; i++)
    {
      cairo_rectangle_t bounds;
      WpBezier curve;

      if (wp_layout_get_cable_curve (self->layout, g_ptr_array_index (cables, i), &curve))
        {
          wp_bezier_get_bounds (&curve, &bounds);
          if (wp_rectangle_contains (&self->band, &bounds))
            g_ptr_array_add (inside_cables, g_ptr_array_index (cables, i));
        }
    }
  wp_selection_set (selection_of (self), (WpDevice * const *) inside_devices->pdata,
                    inside_devices->len, (WpCable * const *) inside_cables->pdata,
                    inside_cables->len,
                    adds_to_selection (self->press_state) ? WP_SELECT_ADD : WP_SELECT_REPLACE);
}

/* Makes a zone of the band drawn, with the devices standing in it. */
static void
end_zone_draw (WpCanvas *self)
{
  WpPlan *plan = wp_document_get_plan (self->document);
  g_autofree char *id = wp_plan_make_id (plan, "z");
  g_autofree char *name = g_strdup_printf (_("Zone %u"), wp_plan_get_n_zones (plan) + 1);
  g_autoptr(WpZone) zone = NULL;
  double x = wp_canvas_snap (self, self->band.x), y = wp_canvas_snap (self, self->band.y);
  double width = MAX (wp_canvas_snap (self, self->band.width), MIN_ZONE_SIZE);
  double height = MAX (wp_canvas_snap (self, self->band.height), MIN_ZONE_SIZE);

  self->adding_zone = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  zone = wp_zone_new (id, name, x, y, width, height);
  wp_canvas_add_zone (self, zone);
}

/* The objects a gesture works on stay alive to its end, even if an undo takes
 * them out of the plan meanwhile. */
static void
hold_hit (WpHit *hit)
{
  if (hit->device != NULL)
    g_object_ref (hit->device);
  if (hit->cable != NULL)
    g_object_ref (hit->cable);
  if (hit->zone != NULL)
    g_object_ref (hit->zone);
}

static void
release_hit (WpHit *hit)
{
  g_clear_object (&hit->device);
  g_clear_object (&hit->cable);
  g_clear_object (&hit->zone);
  hit->kind = WP_HIT_NONE;
}

static void
begin_drag (WpCanvas *self)
{
  self->drag = self->drag_intent;
  switch (self->drag)
    {
    case WP_CANVAS_DRAG_MOVE:
      begin_move (self);
      break;
    case WP_CANVAS_DRAG_CABLE:
      wp_canvas_begin_cable (self, self->press_hit.device, self->press_hit.port, NULL);
      break;
    case WP_CANVAS_DRAG_REROUTE:
      wp_canvas_begin_cable (self, self->press_hit.device, self->press_hit.port, self->rerouted);
      break;
    case WP_CANVAS_DRAG_ZONE_MOVE:
    case WP_CANVAS_DRAG_ZONE_RESIZE:
      wp_zone_get_bounds (self->press_hit.zone, &self->zone_origin[0], &self->zone_origin[1],
                          &self->zone_origin[2], &self->zone_origin[3]);
      self->merge_id = wp_history_next_merge_id (history_of (self));
      break;
    case WP_CANVAS_DRAG_PAN:
      self->pan_origin[0] = wp_viewport_get_offset_x (self->viewport);
      self->pan_origin[1] = wp_viewport_get_offset_y (self->viewport);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      break;
    default:
      break;
    }
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               WpCanvas       *self)
{
  if (self->document == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->press_state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  wp_viewport_to_plan (self->viewport, x, y, &self->press_x, &self->press_y);
  self->pointer_x = self->press_x;
  self->pointer_y = self->press_y;
  wp_canvas_hit (self, x, y, &self->press_hit);
  hold_hit (&self->press_hit);
  press (self, &self->press_hit, self->press_state);
  self->drag = WP_CANVAS_DRAG_PENDING;
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                WpCanvas       *self)
{
  double zoom = wp_viewport_get_zoom (self->viewport);

  if (self->drag == WP_CANVAS_DRAG_NONE)
    return;
  if (self->drag == WP_CANVAS_DRAG_PENDING)
    {
      if (hypot (dx, dy) < WP_CANVAS_DRAG_THRESHOLD)
        return;
      begin_drag (self);
    }
  if (self->drag == WP_CANVAS_DRAG_PAN)
    {
      /* The plan point under the press stays under the pointer. */
      wp_viewport_set_offset (self->viewport, self->pan_origin[0] - dx / zoom,
                              self->pan_origin[1] - dy / zoom);
      return;
    }
  self->pointer_x = self->press_x + dx / zoom;
  self->pointer_y = self->press_y + dy / zoom;

  switch (self->drag)
    {
    case WP_CANVAS_DRAG_MOVE:
      update_move (self, dx / zoom, dy / zoom,
                   (self->press_state & GDK_ALT_MASK) != 0);
      break;
    case WP_CANVAS_DRAG_CABLE:
    case WP_CANVAS_DRAG_REROUTE:
      wp_canvas_update_cable (self, self->pointer_x, self->pointer_y);
      break;
    case WP_CANVAS_DRAG_ZONE_MOVE:
    case WP_CANVAS_DRAG_ZONE_RESIZE:
      update_zone (self, dx / zoom, dy / zoom);
      break;
    case WP_CANVAS_DRAG_RUBBER_BAND:
    case WP_CANVAS_DRAG_ZONE_DRAW:
      update_band (self);
      break;
    default:
      break;
    }
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             WpCanvas       *self)
{
  switch (self->drag)
    {
    case WP_CANVAS_DRAG_MOVE:
      end_move (self);
      break;
    case WP_CANVAS_DRAG_CABLE:
    case WP_CANVAS_DRAG_REROUTE:
      wp_canvas_end_cable (self, TRUE);
      break;
    case WP_CANVAS_DRAG_RUBBER_BAND:
      end_band (self);
      break;
    case WP_CANVAS_DRAG_ZONE_DRAW:
      end_zone_draw (self);
      break;
    case WP_CANVAS_DRAG_PAN:
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
      break;
    default:
      break;
    }
  self->drag = WP_CANVAS_DRAG_NONE;
  self->rerouted = NULL;
  release_hit (&self->press_hit);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Esc: a cable being drawn is dropped, dragged devices go back. */
void
wp_canvas_cancel_drag (WpCanvas *self)
{
  switch (self->drag)
    {
    case WP_CANVAS_DRAG_MOVE:
      update_move (self, 0, 0, TRUE);
      end_move (self);
      break;
    case WP_CANVAS_DRAG_CABLE:
    case WP_CANVAS_DRAG_REROUTE:
      wp_canvas_end_cable (self, FALSE);
      break;
    case WP_CANVAS_DRAG_ZONE_MOVE:
    case WP_CANVAS_DRAG_ZONE_RESIZE:
      update_zone (self, 0, 0);
      break;
    default:
      break;
    }
  if (self->drag != WP_CANVAS_DRAG_NONE && self->primary_drag != NULL)
    gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->primary_drag));
  self->drag = WP_CANVAS_DRAG_NONE;
  self->rerouted = NULL;
  release_hit (&self->press_hit);
  if (self->adding_zone)
    {
      self->adding_zone = FALSE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
same_hit (const WpHit *a,
          const WpHit *b)
{
  return a->kind == b->kind && a->device == b->device && a->port == b->port
         && a->cable == b->cable && a->zone == b->zone && a->edges == b->edges;
}

static const char *
cursor_for (const WpHit *hit)
{
  static const char * const edge_cursors[16] = {
    [WP_ZONE_EDGE_LEFT] = "w-resize",
    [WP_ZONE_EDGE_RIGHT] = "e-resize",
    [WP_ZONE_EDGE_TOP] = "n-resize",
    [WP_ZONE_EDGE_BOTTOM] = "s-resize",
    [WP_ZONE_EDGE_LEFT | WP_ZONE_EDGE_TOP] = "nw-resize",
    [WP_ZONE_EDGE_RIGHT | WP_ZONE_EDGE_TOP] = "ne-resize",
    [WP_ZONE_EDGE_LEFT | WP_ZONE_EDGE_BOTTOM] = "sw-resize",
    [WP_ZONE_EDGE_RIGHT | WP_ZONE_EDGE_BOTTOM] = "se-resize",
  };

  switch (hit->kind)
    {
    case WP_HIT_PORT:
      return "crosshair";
    case WP_HIT_DEVICE:
    case WP_HIT_ZONE_TITLE:
      return "move";
    case WP_HIT_CABLE:
      return "pointer";
    case WP_HIT_ZONE_EDGE:
      return edge_cursors[hit->edges & 15];
    case WP_HIT_NONE:
    default:
      return NULL;
    }
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WpCanvas                 *self)
{
  WpHit hit;

  self->pointer_inside = TRUE;
  if (self->drag != WP_CANVAS_DRAG_NONE && self->drag != WP_CANVAS_DRAG_PENDING)
    return;
  wp_viewport_to_plan (self->viewport, x, y, &self->pointer_x, &self->pointer_y);
  wp_canvas_hit (self, x, y, &hit);
  if (same_hit (&hit, &self->hover))
    return;
  self->hover = hit;
  if (!self->space_held && !self->adding_zone)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor_for (&hit));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_leave (GtkEventControllerMotion *controller,
          WpCanvas                 *self)
{
  self->pointer_inside = FALSE;
  if (self->hover.kind == WP_HIT_NONE)
    return;
  self->hover = (WpHit) { .kind = WP_HIT_NONE };
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The problems of what is under the pointer, with their explanation and fix. */
static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  WpCanvas   *self)
{
  g_autofree char *markup = NULL;
  WpHit hit;

  if (keyboard || self->drag != WP_CANVAS_DRAG_NONE || !wp_canvas_hit (self, x, y, &hit))
    return FALSE;
  markup = wp_canvas_describe_hit (self, &hit);
  if (markup == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* A catalogue row dropped on the canvas: the device lands under the pointer,
 * held by the middle of its title. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         WpCanvas      *self)
{
  WpDeviceTemplate *template = g_value_get_object (value);
  double plan_x, plan_y;

  if (self->document == NULL || !WP_IS_DEVICE_TEMPLATE (template))
    return FALSE;
  wp_viewport_to_plan (self->viewport, x, y, &plan_x, &plan_y);
  wp_canvas_place_template (self, template, plan_x - DROP_GRIP_X, plan_y - DROP_GRIP_Y);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  return TRUE;
}

void
wp_canvas_init_input (WpCanvas *self)
{
  GtkEventController *motion;

  self->primary_drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->primary_drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (self->primary_drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (self->primary_drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (self->primary_drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->primary_drag));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  self->drop_target = gtk_drop_target_new (WP_TYPE_DEVICE_TEMPLATE, GDK_ACTION_COPY);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  wp_canvas_init_navigation (self);
}
