/* wp-canvas-draw.c: how the canvas draws
 *
 * The scene (zones, cables, devices) is drawn once into pixels and kept until the
 * plan or the view change; every pointer motion draws only the overlay over it.
 * While devices are dragged they are lifted out of the scene and drawn with the
 * overlay, so a drag never redraws the rest of the plan. Lifting and dropping them,
 * and cables changing state, redraw only the areas they touch into the kept pixels.
 * The overlay and the legend are render nodes of their own, as small as what they
 * draw, so a frame repaints and sends to the display only what changed.
 */
#include "config.h"

#include <adwaita.h>

#include "wp-canvas-private.h"
#include "wp-severity.h"

#define BUBBLE_PADDING 8.0
#define BUBBLE_OFFSET 18.0
#define LEGEND_MARGIN 12.0

void
wp_canvas_invalidate_scene (WpCanvas *self)
{
  g_clear_pointer (&self->scene, gsk_render_node_unref);
  g_clear_pointer (&self->scene_surface, cairo_surface_destroy);
  g_clear_pointer (&self->legend, gsk_render_node_unref);
  g_array_set_size (self->scene_damage, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  wp_canvas_update_hidden (self);
}

/* Adds the states of @problems of a severity @shown (by WpSeverity, see
 * wp_severity_get_shown()) to @states. */
static void
add_shown_problems (WpCableStates  *states,
                    GPtrArray      *problems,
                    const gboolean  shown[3])
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; i < problems->len; i++)
    if (shown[((WpProblem *) g_ptr_array_index (problems, i))->severity])
      g_ptr_array_add (kept, g_ptr_array_index (problems, i));
  wp_cable_states_add_problems (states, kept);
}

/* The colour of each cable with @problems of a severity @shown. Safe in any thread. */
WpCableStates *
wp_canvas_states_new (GPtrArray      *problems,
                      const gboolean  shown[3])
{
  WpCableStates *states = wp_cable_states_new ();

  add_shown_problems (states, problems, shown);
  return states;
}

/* Device pixels per plan unit of the kept scene. */
static double
scene_scale (WpCanvas *self)
{
  return wp_viewport_get_zoom (self->viewport) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

/* Redraws where @device is (with its cables) into the kept scene at the next frame:
 * after it was lifted out of the scene or dropped back into it. */
void
wp_canvas_damage_device (WpCanvas *self,
                         WpDevice *device)
{
  if (self->scene_surface == NULL)
    return;
  wp_plan_renderer_add_device_damage (self->renderer, device, scene_scale (self),
                                      self->scene_damage);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
is_lifted (WpCanvas *self,
           WpDevice *device)
{
  return self->lifted != NULL && g_hash_table_contains (self->lifted, wp_device_get_id (device));
}

/* The cables of @problems (of WpProblem, which appeared or went) take their states
 * anew from the validator and are redrawn into the kept scene; lifted cables are
 * drawn anew every frame anyway. Only these cables look different: an edit costs
 * no pass over the plan's other problems. */
void
wp_canvas_restate_cables (WpCanvas  *self,
                          GPtrArray *problems)
{
  WpValidator *validator = wp_document_get_validator (self->document);
  WpPlan *plan = wp_document_get_plan (self->document);
  gboolean shown[3];

  if (problems == NULL)
    return;
  wp_severity_get_shown (shown);
  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);

      for (guint c = 0; c < problem->cables->len; c++)
        {
          const char *id = g_ptr_array_index (problem->cables, c);
          g_autoptr(GPtrArray) now = wp_validator_get_cable_problems (validator, id);
          WpCable *cable = wp_plan_find_cable (plan, id);
          WpDevice *from, *to;

          wp_cable_states_remove (self->states, id);
          add_shown_problems (self->states, now, shown);
          if (cable == NULL || self->scene_surface == NULL
              || (wp_layout_get_cable_ends (self->layout, cable, &from, NULL, &to, NULL)
                  && (is_lifted (self, from) || is_lifted (self, to))))
            continue;
          wp_plan_renderer_add_cable_damage (self->renderer, cable, scene_scale (self),
                                             self->scene_damage);
        }
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Colours each cable by its problems anew, as when which severities are shown changed. */
void
wp_canvas_update_states (WpCanvas *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  gboolean shown[3];

  g_clear_pointer (&self->states, wp_cable_states_free);
  if (self->document != NULL)
    {
      problems = wp_validator_get_problems (wp_document_get_validator (self->document));
      wp_severity_get_shown (shown);
      self->states = wp_canvas_states_new (problems, shown);
    }
  else
    self->states = wp_cable_states_new ();
  wp_canvas_invalidate_scene (self);
}

static WpRenderTheme
current_theme (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
         ? WP_RENDER_THEME_DARK : WP_RENDER_THEME_LIGHT;
}

/* Follows the desktop's light or dark style. */
void
wp_canvas_update_style (WpCanvas *self)
{
  if (self->renderer == NULL)
    return;
  wp_plan_renderer_set_style (self->renderer, wp_render_style_get (current_theme ()));
  wp_canvas_invalidate_scene (self);
}

/* The kept pixels as a render node. For GTK's GL renderer a texture: a cairo node
 * would be drawn into pixels again every frame. The texture has its own copy, as the
 * renderer may still hold the last one while damage is redrawn into the pixels. GTK's
 * cairo renderer, though, converts a texture's every pixel each frame, so for it a
 * cairo node paints the pixels themselves (cairo copies them before they change). */
static GskRenderNode *
scene_node (WpCanvas *self)
{
  cairo_surface_t *surface = self->scene_surface;
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (self)));
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, (float) width / scale, (float) height / scale);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  cairo_surface_flush (surface);
  if (GSK_IS_CAIRO_RENDERER (renderer))
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

      cairo_scale (cr, 1.0 / scale, 1.0 / scale);
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  /* GDK_MEMORY_DEFAULT is cairo's CAIRO_FORMAT_ARGB32 layout. */
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
  return gsk_texture_node_new (texture, &bounds);
}

static cairo_t *
scene_context (WpCanvas *self)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_t *cr = cairo_create (self->scene_surface);

  cairo_scale (cr, scale, scale);
  wp_viewport_apply (self->viewport, cr);
  return cr;
}

static void
draw_scene (WpCanvas *self,
            int       width,
            int       height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_rectangle_t area;
  cairo_t *cr;

  self->scene_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                    width * scale, height * scale);
  cr = scene_context (self);
  wp_viewport_get_visible_area (self->viewport, &area);
  wp_plan_renderer_draw_scene (self->renderer, cr, &area, self->states,
                               WP_SCENE_BACKGROUND | WP_SCENE_GRID);
  cairo_destroy (cr);
  g_array_set_size (self->scene_damage, 0);
  self->scene = scene_node (self);
}

static void
redraw_damage (WpCanvas *self)
{
  cairo_t *cr = scene_context (self);

  wp_plan_renderer_redraw (self->renderer, cr, self->scene_damage, self->states,
                           WP_SCENE_BACKGROUND | WP_SCENE_GRID);
  cairo_destroy (cr);
  g_array_set_size (self->scene_damage, 0);
  gsk_render_node_unref (self->scene);
  self->scene = scene_node (self);
}

static void
fill_overlay (WpCanvas  *self,
              WpOverlay *overlay)
{
  WpSelection *selection = wp_document_get_selection (self->document);

  *overlay = (WpOverlay) { 0 };
  overlay->selected_devices = wp_selection_get_device_ids (selection);
  overlay->selected_cables = wp_selection_get_cable_ids (selection);
  overlay->hover = self->hover;
  if (self->drag == WP_CANVAS_DRAG_CABLE || self->drag == WP_CANVAS_DRAG_REROUTE)
    {
      overlay->verdicts = self->verdicts;
      overlay->ghost_device = self->cable_device;
      overlay->ghost_port = self->cable_port;
      overlay->ghost_x = self->pointer_x;
      overlay->ghost_y = self->pointer_y;
      /* The cable snaps to the port it would plug into. */
      if (self->target_device != NULL)
        wp_layout_get_port_anchor (self->layout, self->target_device, self->target_port,
                                   &overlay->ghost_x, &overlay->ghost_y);
    }
  if (self->drag == WP_CANVAS_DRAG_RUBBER_BAND || self->drag == WP_CANVAS_DRAG_ZONE_DRAW)
    {
      overlay->show_rubber_band = TRUE;
      overlay->rubber_band = self->band;
    }
}

/* The verdict on the port under the pointer, next to it, while a cable is drawn. */
static void
draw_target_message (WpCanvas    *self,
                     GtkSnapshot *snapshot)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle extent;
  double x, y, anchor_x, anchor_y;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  const WpRenderStyle *style = wp_plan_renderer_get_style (self->renderer);
  GdkRGBA fill = { style->device_fill.red, style->device_fill.green, style->device_fill.blue, 0.96 };
  GdkRGBA border = { style->device_border.red, style->device_border.green, style->device_border.blue, 1 };
  GdkRGBA text = { style->text.red, style->text.green, style->text.blue, 1 };
  GskRoundedRect box;
  WpPortSide side;
  float border_widths[4] = { 1, 1, 1, 1 };
  GdkRGBA borders[4] = { border, border, border, border };

  if (self->target_message == NULL || self->target_device == NULL)
    return;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_markup (layout, self->target_message, -1);
  pango_layout_set_width (layout, 360 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_extents (layout, NULL, &extent);

  wp_layout_get_port_anchor (self->layout, self->target_device, self->target_port,
                             &anchor_x, &anchor_y);
  wp_viewport_to_view (self->viewport, anchor_x, anchor_y, &x, &y);
  /* On the open side of the port, so it hides none of the device's other ports. */
  side = wp_layout_get_device_geometry (self->layout, self->target_device)->ports[self->target_port].side;
  if (side == WP_PORT_SIDE_LEFT)
    x -= BUBBLE_OFFSET + extent.width + 2 * BUBBLE_PADDING, y -= extent.height / 2 + BUBBLE_PADDING;
  else if (side == WP_PORT_SIDE_RIGHT)
    x += BUBBLE_OFFSET, y -= extent.height / 2 + BUBBLE_PADDING;
  else
    x -= extent.width / 2 + BUBBLE_PADDING, y += BUBBLE_OFFSET;
  /* Where the open side has no room, under the device (or over it). */
  if (x < 4 || x + extent.width + 2 * BUBBLE_PADDING > width - 4)
    {
      cairo_rectangle_t bounds;
      double device_x, top, bottom;

      wp_layout_get_device_bounds (self->layout, self->target_device, &bounds);
      wp_viewport_to_view (self->viewport, bounds.x, bounds.y, &device_x, &top);
      wp_viewport_to_view (self->viewport, anchor_x, bounds.y + bounds.height, &x, &bottom);
      x -= extent.width / 2 + BUBBLE_PADDING;
      y = bottom + BUBBLE_OFFSET;
      if (y + extent.height + 2 * BUBBLE_PADDING > height - 4)
        y = top - BUBBLE_OFFSET - extent.height - 2 * BUBBLE_PADDING;
    }
  /* Kept inside the canvas. */
  x = CLAMP (x, 4, MAX (4, width - extent.width - 2 * BUBBLE_PADDING - 4));
  y = CLAMP (y, 4, MAX (4, height - extent.height - 2 * BUBBLE_PADDING - 4));

  gsk_rounded_rect_init_from_rect (&box,
                                   &GRAPHENE_RECT_INIT (x, y, extent.width + 2 * BUBBLE_PADDING,
                                                        extent.height + 2 * BUBBLE_PADDING),
                                   6);
  gtk_snapshot_push_rounded_clip (snapshot, &box);
  gtk_snapshot_append_color (snapshot, &fill, &box.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &box, border_widths, borders);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + BUBBLE_PADDING, y + BUBBLE_PADDING));
  gtk_snapshot_append_layout (snapshot, layout, &text);
  gtk_snapshot_restore (snapshot);
}

/* Appends a cairo node of just the bounds of what @recording drew, if anything. */
static void
append_recording (GtkSnapshot     *snapshot,
                  cairo_surface_t *recording,
                  int              width,
                  int              height)
{
  double x, y, w, h, x0, y0, x1, y1;
  cairo_t *cr;

  cairo_recording_surface_ink_extents (recording, &x, &y, &w, &h);
  x0 = MAX (floor (x), 0), y0 = MAX (floor (y), 0);
  x1 = MIN (ceil (x + w), width), y1 = MIN (ceil (y + h), height);
  if (x1 <= x0 || y1 <= y0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x0, y0, x1 - x0, y1 - y0));
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static GskRenderNode *
legend_node (WpCanvas *self,
             int       width,
             int       height)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  double legend_width, legend_height, x, y;
  cairo_t *cr;

  wp_plan_renderer_get_legend_size (self->renderer, &legend_width, &legend_height);
  x = width - legend_width - LEGEND_MARGIN;
  y = height - legend_height - LEGEND_MARGIN;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, legend_width, legend_height));
  wp_plan_renderer_draw_legend (self->renderer, cr, x, y);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

static void
wp_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  WpCanvas *self = WP_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_surface_t *recording;
  cairo_rectangle_t area;
  WpOverlay overlay;
  cairo_t *cr;

  if (self->document == NULL || width <= 0 || height <= 0)
    return;

  if (self->scene == NULL)
    draw_scene (self, width, height);
  else if (self->scene_damage->len > 0)
    redraw_damage (self);
  gtk_snapshot_append_node (snapshot, self->scene);

  /* The lifted devices and the overlay change every frame, but seldom cover much. */
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (recording);
  wp_viewport_apply (self->viewport, cr);
  wp_viewport_get_visible_area (self->viewport, &area);
  if (self->lifted != NULL)
    wp_plan_renderer_draw_lifted (self->renderer, cr, &area, self->states);
  fill_overlay (self, &overlay);
  wp_plan_renderer_draw_overlay (self->renderer, cr, &area, &overlay);
  cairo_destroy (cr);
  append_recording (snapshot, recording, width, height);
  cairo_surface_destroy (recording);

  /* The same node every frame: the renderer sees it unchanged. */
  if (self->show_legend)
    {
      if (self->legend == NULL)
        self->legend = legend_node (self, width, height);
      gtk_snapshot_append_node (snapshot, self->legend);
    }

  wp_canvas_snapshot_focus (self, snapshot);
  draw_target_message (self, snapshot);
}

static void
wp_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  WpCanvas *self = WP_CANVAS (widget);

  wp_viewport_set_size (self->viewport, width, height);
  if (self->fit_pending && width > 0 && height > 0 && self->document != NULL)
    {
      self->fit_pending = FALSE;
      wp_canvas_zoom_to_fit (self);
    }
  wp_canvas_invalidate_scene (self);
}

static void
wp_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600;
}

void
wp_canvas_class_init_draw (GtkWidgetClass *widget_class)
{
  widget_class->snapshot = wp_canvas_snapshot;
  widget_class->size_allocate = wp_canvas_size_allocate;
  widget_class->measure = wp_canvas_measure;
}
