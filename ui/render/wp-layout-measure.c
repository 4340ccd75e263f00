/* wp-layout-measure.c: the size of a device box and where its ports sit
 *
 * Inputs line the left edge and outputs the right edge, one row each at a fixed pitch;
 * bidirectional ports sit in slots along the bottom edge. Text is measured once, when the
 * device is added or edited, never while drawing.
 */
#include "config.h"

#include <math.h>

#include "wp-layout-private.h"
#include "wp-render-style.h"

#define PAD_X            10.0
#define COLUMN_GAP       20.0  /* between the input and the output column */
#define MAX_TEXT_WIDTH  240.0
#define MIN_WIDTH       120.0
#define HEADER_NAME      28.0
#define HEADER_MODEL     40.0
#define ROWS_PADDING      4.0  /* under the last row, when no bottom band follows */
#define BOTTOM_BAND      34.0
#define MIN_SLOT_WIDTH   48.0
#define SLOT_PADDING     12.0

void
wp_device_geometry_free (WpDeviceGeometry *geometry)
{
  if (geometry == NULL)
    return;
  g_free ((char *) geometry->model_label);
  g_free (geometry->ports);
  g_free (geometry);
}

static WpPortSide
side_of (const WpPort *port)
{
  switch (port->direction)
    {
    case WP_DIRECTION_IN:
      return WP_PORT_SIDE_LEFT;
    case WP_DIRECTION_OUT:
      return WP_PORT_SIDE_RIGHT;
    case WP_DIRECTION_BIDIR:
    case WP_DIRECTION_UNSET:
    default:
      return WP_PORT_SIDE_BOTTOM;
    }
}

static char *
model_label (WpLayout *self,
             WpDevice *device)
{
  const char *model = wp_device_get_model (device);
  WpDeviceTemplate *template;

  if (model == NULL || model[0] == '\0')
    return NULL;
  template = self->catalogue != NULL ? wp_catalogue_find (self->catalogue, model) : NULL;
  if (template != NULL)
    return g_strdup (wp_device_template_get_name (template));
  return g_strdup (model);
}

/* The width of a port's name and connector label, side by side. */
static double
port_text_width (WpLayout     *self,
                 const WpPort *port)
{
  const char *connector = wp_connector_get_abbreviation (port->connector);
  double width = wp_render_text_measure (self->text, WP_TEXT_PORT, port->name, NULL);

  if (connector[0] != '\0')
    width += WP_LAYOUT_CONNECTOR_GAP + wp_render_text_measure (self->text, WP_TEXT_CONNECTOR,
                                                     connector, NULL);
  return width;
}

/* A bottom port stacks its name over its connector label. */
static double
slot_text_width (WpLayout     *self,
                 const WpPort *port)
{
  const char *connector = wp_connector_get_abbreviation (port->connector);

  return MAX (wp_render_text_measure (self->text, WP_TEXT_PORT, port->name, NULL),
              wp_render_text_measure (self->text, WP_TEXT_CONNECTOR, connector, NULL));
}

WpDeviceGeometry *
wp_layout_measure_device (WpLayout *self,
                          WpDevice *device)
{
  WpDeviceGeometry *geometry = g_new0 (WpDeviceGeometry, 1);
  guint n_ports = wp_device_get_n_ports (device);
  guint n_left = 0, n_right = 0, n_bottom = 0, rows;
  double left = 0, right = 0, slot = MIN_SLOT_WIDTH, width, rows_top;
  guint left_row = 0, right_row = 0, bottom_slot = 0;

  geometry->model_label = model_label (self, device);
  geometry->n_ports = n_ports;
  geometry->ports = g_new0 (WpPortGeometry, MAX (n_ports, 1));

  for (guint i = 0; i < n_ports; i++)
    {
      const WpPort *port = wp_device_get_port (device, i);
      WpPortSide side = side_of (port);

      geometry->ports[i].side = side;
      if (side == WP_PORT_SIDE_LEFT)
        {
          n_left++;
          left = MAX (left, port_text_width (self, port));
        }
      else if (side == WP_PORT_SIDE_RIGHT)
        {
          n_right++;
          right = MAX (right, port_text_width (self, port));
        }
      else
        {
          n_bottom++;
          slot = MAX (slot, slot_text_width (self, port) + SLOT_PADDING);
        }
    }
  left = MIN (left, MAX_TEXT_WIDTH);
  right = MIN (right, MAX_TEXT_WIDTH);
  slot = MIN (slot, MAX_TEXT_WIDTH);
  geometry->left_width = left;
  geometry->right_width = right;

  width = MAX (MIN_WIDTH, 2 * WP_LAYOUT_TEXT_INSET + left + right
                          + (n_left && n_right ? COLUMN_GAP : 0));
  width = MAX (width, n_bottom * slot + 2 * PAD_X);
  width = MAX (width, 2 * PAD_X + MIN (MAX_TEXT_WIDTH,
               wp_render_text_measure (self->text, WP_TEXT_DEVICE_NAME,
                                       wp_device_get_display_name (device), NULL)));
  if (geometry->model_label != NULL)
    width = MAX (width, 2 * PAD_X + MIN (MAX_TEXT_WIDTH,
                 wp_render_text_measure (self->text, WP_TEXT_DEVICE_MODEL,
                                         geometry->model_label, NULL)));
  /* Whole tens keep boxes tidy on the grid. */
  geometry->width = ceil (width / 10) * 10;

  geometry->header_height = geometry->model_label != NULL ? HEADER_MODEL : HEADER_NAME;
  rows = MAX (n_left, n_right);
  rows_top = geometry->header_height;
  geometry->height = geometry->header_height + rows * WP_LAYOUT_PORT_PITCH
                     + (n_bottom > 0 ? BOTTOM_BAND : ROWS_PADDING);
  geometry->height = MAX (geometry->height, geometry->header_height + WP_LAYOUT_PORT_PITCH);

  /* Bottom slots are centred as a group. */
  geometry->slot_width = n_bottom > 0 ? MIN (slot, (geometry->width - 2 * PAD_X) / n_bottom) : 0;
  for (guint i = 0; i < n_ports; i++)
    {
      WpPortGeometry *port = &geometry->ports[i];

      switch (port->side)
        {
        case WP_PORT_SIDE_LEFT:
          port->x = 0;
          port->y = rows_top + (left_row++ + 0.5) * WP_LAYOUT_PORT_PITCH;
          break;
        case WP_PORT_SIDE_RIGHT:
          port->x = geometry->width;
          port->y = rows_top + (right_row++ + 0.5) * WP_LAYOUT_PORT_PITCH;
          break;
        case WP_PORT_SIDE_BOTTOM:
        default:
          port->x = (geometry->width - n_bottom * geometry->slot_width) / 2
                    + (bottom_slot++ + 0.5) * geometry->slot_width;
          port->y = geometry->height;
          break;
        }
    }
  return geometry;
}
