/* wp-canvas-navigate.c: zoom and pan
 *
 * Ctrl+scroll and pinch zoom around the pointer; scroll pans (Shift+scroll
 * sideways); the middle button or Space with the primary button drags the view.
 */
#include "config.h"

#include <math.h>

#include "wp-canvas-private.h"

#define SCROLL_PIXELS 40.0   /* panned per wheel step */
#define ZOOM_PER_STEP  1.15

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           WpCanvas                 *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double pointer_x, pointer_y;

  if (self->document == NULL)
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    {
      wp_viewport_to_view (self->viewport, self->pointer_x, self->pointer_y, &pointer_x, &pointer_y);
      if (!self->pointer_inside)
        {
          pointer_x = wp_viewport_get_width (self->viewport) / 2;
          pointer_y = wp_viewport_get_height (self->viewport) / 2;
        }
      wp_viewport_zoom_at (self->viewport,
                           wp_viewport_get_zoom (self->viewport) * pow (ZOOM_PER_STEP, -dy),
                           pointer_x, pointer_y);
      return TRUE;
    }
  if (state & GDK_SHIFT_MASK)
    dx = dy, dy = 0;
  wp_viewport_pan_by (self->viewport, -dx * SCROLL_PIXELS, -dy * SCROLL_PIXELS);
  return TRUE;
}

static void
on_zoom_begin (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               WpCanvas         *self)
{
  self->zoom_gesture_start = wp_viewport_get_zoom (self->viewport);
}

static void
on_zoom_scale_changed (GtkGestureZoom *gesture,
                       double          scale,
                       WpCanvas       *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = wp_viewport_get_width (self->viewport) / 2;
      y = wp_viewport_get_height (self->viewport) / 2;
    }
  wp_viewport_zoom_at (self->viewport, self->zoom_gesture_start * scale, x, y);
}

static void
on_middle_begin (GtkGestureDrag *gesture,
                 double          x,
                 double          y,
                 WpCanvas       *self)
{
  self->pan_origin[0] = wp_viewport_get_offset_x (self->viewport);
  self->pan_origin[1] = wp_viewport_get_offset_y (self->viewport);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
on_middle_update (GtkGestureDrag *gesture,
                  double          dx,
                  double          dy,
                  WpCanvas       *self)
{
  double zoom = wp_viewport_get_zoom (self->viewport);

  wp_viewport_set_offset (self->viewport, self->pan_origin[0] - dx / zoom,
                          self->pan_origin[1] - dy / zoom);
}

static void
on_middle_end (GtkGestureDrag *gesture,
               double          dx,
               double          dy,
               WpCanvas       *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WpCanvas              *self)
{
  switch (keyval)
    {
    case GDK_KEY_space:
      if (!self->space_held)
        {
          self->space_held = TRUE;
          gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
        }
      return TRUE;
    case GDK_KEY_Escape:
      if (self->drag == WP_CANVAS_DRAG_NONE && !self->adding_zone)
        return FALSE;
      wp_canvas_cancel_drag (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_key_released (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 WpCanvas              *self)
{
  if (keyval != GDK_KEY_space)
    return;
  self->space_held = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
}

void
wp_canvas_init_navigation (WpCanvas *self)
{
  GtkEventController *scroll, *key;

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  self->zoom_gesture = gtk_gesture_zoom_new ();
  g_signal_connect (self->zoom_gesture, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (self->zoom_gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->zoom_gesture));

  self->middle_drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->middle_drag), GDK_BUTTON_MIDDLE);
  g_signal_connect (self->middle_drag, "drag-begin", G_CALLBACK (on_middle_begin), self);
  g_signal_connect (self->middle_drag, "drag-update", G_CALLBACK (on_middle_update), self);
  g_signal_connect (self->middle_drag, "drag-end", G_CALLBACK (on_middle_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->middle_drag));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  g_signal_connect (key, "key-released", G_CALLBACK (on_key_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}
