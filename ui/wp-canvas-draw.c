/* wp-canvas-draw.c: how the canvas draws
 *
 * The scene (zones, cables, devices) is drawn once into a render node and kept
 * until the plan, its problems or the view change; every pointer motion draws
 * only the overlay over it. While devices are dragged they are lifted out of the
 * scene and drawn with the overlay, so a drag never redraws the rest of the plan.
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
  gtk_widget_queue_draw (GTK_WIDGET (self));
  wp_canvas_update_hidden (self);
}

/* The colour of each cable with @problems of a severity @shown (by WpSeverity,
 * see wp_severity_get_shown()). Safe in any thread. */
WpCableStates *
wp_canvas_states_new (GPtrArray      *problems,
                      const gboolean  shown[3])
{
  WpCableStates *states = wp_cable_states_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; i < problems->len; i++)
    if (shown[((WpProblem *) g_ptr_array_index (problems, i))->severity])
      g_ptr_array_add (kept, g_ptr_array_index (problems, i));
  wp_cable_states_add_problems (states, kept);
  return states;
}

/* Colours each cable by its problems; called whenever the problems change. */
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

/* The scene is drawn once into pixels and kept as a texture: a cairo render node
 * would keep the drawing commands instead and replay all of them every frame. */
static GskRenderNode *
draw_scene (WpCanvas *self,
            int       width,
            int       height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         width * scale, height * scale);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_rectangle_t area;
  cairo_t *cr;
  int stride = cairo_image_surface_get_stride (surface);

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  wp_viewport_apply (self->viewport, cr);
  wp_viewport_get_visible_area (self->viewport, &area);
  wp_plan_renderer_draw_scene (self->renderer, cr, &area, self->states,
                               WP_SCENE_BACKGROUND | WP_SCENE_GRID);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  /* GDK_MEMORY_DEFAULT is cairo's CAIRO_FORMAT_ARGB32 layout. */
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT,
                                    bytes, stride);
  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
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

static void
wp_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  WpCanvas *self = WP_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_rectangle_t area;
  WpOverlay overlay;
  cairo_t *cr;

  if (self->document == NULL || width <= 0 || height <= 0)
    return;

  if (self->scene == NULL)
    self->scene = draw_scene (self, width, height);
  gtk_snapshot_append_node (snapshot, self->scene);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  wp_viewport_apply (self->viewport, cr);
  wp_viewport_get_visible_area (self->viewport, &area);
  if (self->lifted != NULL)
    wp_plan_renderer_draw_lifted (self->renderer, cr, &area, self->states);
  fill_overlay (self, &overlay);
  wp_plan_renderer_draw_overlay (self->renderer, cr, &area, &overlay);
  if (self->show_legend)
    {
      double legend_width, legend_height;

      cairo_identity_matrix (cr);
      wp_plan_renderer_get_legend_size (self->renderer, &legend_width, &legend_height);
      wp_plan_renderer_draw_legend (self->renderer, cr, width - legend_width - LEGEND_MARGIN,
                                    height - legend_height - LEGEND_MARGIN);
    }
  cairo_destroy (cr);

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
