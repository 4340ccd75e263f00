/* wp-plan-renderer-devices.c: a device's box with its name, ports and their glyphs */
#include "config.h"

#include "wp-plan-renderer-private.h"
#include "wp-render-glyphs.h"

#define FADED_ALPHA 0.3   /* devices a view filter leaves without cables */

static void
draw_port_text (WpPlanRenderer         *self,
                cairo_t                *cr,
                const WpDeviceGeometry *geometry,
                const WpPort           *port,
                const WpPortGeometry   *at,
                double                  x,
                double                  y)
{
  const char *connector = wp_connector_get_abbreviation (port->connector);
  double px = x + at->x, py = y + at->y;
  double connector_width = 0, name_room;

  if (at->side == WP_PORT_SIDE_BOTTOM)
    {
      wp_render_style_set_source (cr, &self->style.text);
      wp_render_text_show (self->text, cr, WP_TEXT_PORT, port->name, px, py - 23, 0.5,
                           geometry->slot_width - 4);
      wp_render_style_set_source (cr, &self->style.text_dim);
      wp_render_text_show (self->text, cr, WP_TEXT_CONNECTOR, connector, px, py - 12, 0.5,
                           geometry->slot_width - 4);
      return;
    }

  if (connector[0] != '\0')
    connector_width = wp_render_text_measure (self->text, WP_TEXT_CONNECTOR, connector, NULL)
                      + WP_LAYOUT_CONNECTOR_GAP;
  name_room = (at->side == WP_PORT_SIDE_LEFT ? geometry->left_width : geometry->right_width)
              - connector_width;

  if (at->side == WP_PORT_SIDE_LEFT)
    {
      double tx = px + WP_LAYOUT_TEXT_INSET;

      wp_render_style_set_source (cr, &self->style.text);
      tx += wp_render_text_show (self->text, cr, WP_TEXT_PORT, port->name, tx, py, 0, name_room);
      wp_render_style_set_source (cr, &self->style.text_dim);
      wp_render_text_show (self->text, cr, WP_TEXT_CONNECTOR, connector,
                           tx + WP_LAYOUT_CONNECTOR_GAP, py + 0.5, 0, -1);
    }
  else
    {
      double tx = px - WP_LAYOUT_TEXT_INSET;

      wp_render_style_set_source (cr, &self->style.text);
      tx -= wp_render_text_show (self->text, cr, WP_TEXT_PORT, port->name, tx, py, 1, name_room);
      wp_render_style_set_source (cr, &self->style.text_dim);
      wp_render_text_show (self->text, cr, WP_TEXT_CONNECTOR, connector,
                           tx - WP_LAYOUT_CONNECTOR_GAP, py + 0.5, 1, -1);
    }
}

void
wp_plan_renderer_draw_glyph (WpPlanRenderer *self,
            cairo_t        *cr,
            WpDevice       *device,
            guint           port)
{
  WpSignalKind kind = wp_signal_kind_for_port (wp_device_get_port (device, port));
  double x, y;

  wp_layout_get_port_anchor (self->layout, device, port, &x, &y);
  wp_render_signal_glyph (cr, &self->style, kind, x, y, WP_LAYOUT_PORT_RADIUS);
}

/* A device's box; square corners are far cheaper to fill and stroke. */
static void
box_path (cairo_t *cr,
          double   x,
          double   y,
          double   w,
          double   h,
          double   radius)
{
  if (radius > 0)
    wp_render_rounded_rectangle (cr, x, y, w, h, radius);
  else
    cairo_rectangle (cr, x, y, w, h);
}

/* The part of the box (X, Y, W, H) above HEADER, its top corners of RADIUS; a header
 * is always deeper than a corner. */
static void
header_path (cairo_t *cr,
             double   x,
             double   y,
             double   w,
             double   h,
             double   header,
             double   radius)
{
  radius = MIN (radius, MIN (w, h) / 2);
  cairo_new_path (cr);
  if (radius <= 0)
    {
      cairo_rectangle (cr, x, y, w, header);
      return;
    }
  cairo_move_to (cr, x, y + header);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_line_to (cr, x + w, y + header);
  cairo_close_path (cr);
}

/* Zoomed out, a name would be too small to read: it is drawn larger, across the
 * header, where the device is big enough on screen to hold a few letters of it. */
#define OVERVIEW_NAME_MIN_PIXELS 10.0

static void
draw_overview_name (WpPlanRenderer         *self,
                    cairo_t                *cr,
                    WpDevice               *device,
                    const WpDeviceGeometry *geometry,
                    const Detail           *detail)
{
  double zoom = detail->overview_name_zoom;
  double w = geometry->width, header = MIN (geometry->height, geometry->header_height);
  double margin = 2 * detail->pixel;

  if (header * detail->scale < OVERVIEW_NAME_MIN_PIXELS
      || w * detail->scale < 3 * OVERVIEW_NAME_MIN_PIXELS)
    return;
  cairo_save (cr);
  cairo_translate (cr, wp_device_get_x (device) + w / 2, wp_device_get_y (device) + header / 2);
  cairo_scale (cr, zoom, zoom);
  wp_render_style_set_source (cr, &self->style.text);
  wp_render_text_show (self->text, cr, WP_TEXT_DEVICE_NAME, wp_device_get_display_name (device),
                       0, 0, 0.5, (w - 2 * margin) / zoom);
  cairo_restore (cr);
}

static void
draw_device (WpPlanRenderer *self,
             cairo_t        *cr,
             WpDevice       *device,
             const Detail   *detail)
{
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (self->layout, device);
  double x = wp_device_get_x (device), y = wp_device_get_y (device);
  double w = geometry->width, h = geometry->height;
  WpRgba shadow = { 0, 0, 0, 0.07 };

  box_path (cr, x + 1, y + 2, w, h, detail->corner);
  wp_render_style_set_source (cr, &shadow);
  cairo_fill (cr);

  box_path (cr, x, y, w, h, detail->corner);
  wp_render_style_set_source (cr, &self->style.device_fill);
  cairo_fill (cr);
  /* The header is the box's top: clipping to the box cost more than the fills. */
  header_path (cr, x, y, w, h, geometry->header_height, detail->corner);
  wp_render_style_set_source (cr, &self->style.device_header);
  cairo_fill (cr);
  box_path (cr, x, y, w, h, detail->corner);
  cairo_set_line_width (cr, 1);
  wp_render_style_set_source (cr, &self->style.device_border);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y + geometry->header_height);
  cairo_line_to (cr, x + w, y + geometry->header_height);
  cairo_set_line_width (cr, 0.75);
  cairo_stroke (cr);

  if (detail->names)
    {
      wp_render_style_set_source (cr, &self->style.text);
      wp_render_text_show (self->text, cr, WP_TEXT_DEVICE_NAME,
                           wp_device_get_display_name (device), x + 10, y + 14, 0, w - 20);
      if (detail->models && geometry->model_label != NULL)
        {
          wp_render_style_set_source (cr, &self->style.text_dim);
          wp_render_text_show (self->text, cr, WP_TEXT_DEVICE_MODEL, geometry->model_label,
                               x + 10, y + 29, 0, w - 20);
        }
    }

  else if (detail->overview_name_zoom > 0)
    draw_overview_name (self, cr, device, geometry, detail);

  for (guint i = 0; i < geometry->n_ports; i++)
    {
      const WpPort *port = wp_device_get_port (device, i);
      const WpPortGeometry *at = &geometry->ports[i];

      if (detail->port_text)
        draw_port_text (self, cr, geometry, port, at, x, y);
      if (detail->glyphs)
        wp_plan_renderer_draw_glyph (self, cr, device, i);
    }
}

void
wp_plan_renderer_draw_devices (WpPlanRenderer *self,
                               cairo_t        *cr,
                               GPtrArray      *devices,
                               WpCableStates  *states,
                               const Detail   *detail)
{
  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);

      if (!wp_plan_renderer_fades_device (self, device, states))
        {
          draw_device (self, cr, device, detail);
          continue;
        }
      cairo_push_group (cr);
      draw_device (self, cr, device, detail);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, FADED_ALPHA);
    }
}
