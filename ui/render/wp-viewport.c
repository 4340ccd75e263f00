/* wp-viewport.c: zoom and pan, with forward and inverse transforms */
#include "config.h"

#include "wp-viewport.h"

struct _WpViewport
{
  GObject parent_instance;

  double  zoom;
  double  offset_x;
  double  offset_y;
  double  width;
  double  height;
};

G_DEFINE_FINAL_TYPE (WpViewport, wp_viewport, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_OFFSET_X,
  PROP_OFFSET_Y,
  PROP_WIDTH,
  PROP_HEIGHT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Sets the fields that differ, notifies each, then emits ::changed once if any did. */
static void
update (WpViewport *self,
        double      zoom,
        double      offset_x,
        double      offset_y,
        double      width,
        double      height)
{
  const struct {
    double *field;
    double  value;
    guint   prop;
  } fields[] = {
    { &self->zoom, CLAMP (zoom, WP_VIEWPORT_MIN_ZOOM, WP_VIEWPORT_MAX_ZOOM), PROP_ZOOM },
    { &self->offset_x, offset_x, PROP_OFFSET_X },
    { &self->offset_y, offset_y, PROP_OFFSET_Y },
    { &self->width, MAX (width, 0), PROP_WIDTH },
    { &self->height, MAX (height, 0), PROP_HEIGHT },
  };
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (*fields[i].field == fields[i].value)
        continue;
      *fields[i].field = fields[i].value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[fields[i].prop]);
      changed = TRUE;
    }
  g_object_thaw_notify (G_OBJECT (self));
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
wp_viewport_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WpViewport *self = WP_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_OFFSET_X:
      g_value_set_double (value, self->offset_x);
      break;
    case PROP_OFFSET_Y:
      g_value_set_double (value, self->offset_y);
      break;
    case PROP_WIDTH:
      g_value_set_double (value, self->width);
      break;
    case PROP_HEIGHT:
      g_value_set_double (value, self->height);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_viewport_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  WpViewport *self = WP_VIEWPORT (object);
  double v = g_value_get_double (value);

  switch (prop_id)
    {
    case PROP_ZOOM:
      wp_viewport_set_zoom (self, v);
      break;
    case PROP_OFFSET_X:
      update (self, self->zoom, v, self->offset_y, self->width, self->height);
      break;
    case PROP_OFFSET_Y:
      update (self, self->zoom, self->offset_x, v, self->width, self->height);
      break;
    case PROP_WIDTH:
      update (self, self->zoom, self->offset_x, self->offset_y, v, self->height);
      break;
    case PROP_HEIGHT:
      update (self, self->zoom, self->offset_x, self->offset_y, self->width, v);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_viewport_class_init (WpViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = wp_viewport_get_property;
  object_class->set_property = wp_viewport_set_property;

  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, WP_VIEWPORT_MIN_ZOOM,
                                               WP_VIEWPORT_MAX_ZOOM, 1.0, flags);
  properties[PROP_OFFSET_X] = g_param_spec_double ("offset-x", NULL, NULL, -G_MAXDOUBLE,
                                                   G_MAXDOUBLE, 0, flags);
  properties[PROP_OFFSET_Y] = g_param_spec_double ("offset-y", NULL, NULL, -G_MAXDOUBLE,
                                                   G_MAXDOUBLE, 0, flags);
  properties[PROP_WIDTH] = g_param_spec_double ("width", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_HEIGHT] = g_param_spec_double ("height", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Once per change of the transform or the size, however many properties it touched. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
wp_viewport_init (WpViewport *self)
{
  self->zoom = 1.0;
}

WpViewport *
wp_viewport_new (void)
{
  return g_object_new (WP_TYPE_VIEWPORT, NULL);
}

double
wp_viewport_get_zoom (WpViewport *self)
{
  g_return_val_if_fail (WP_IS_VIEWPORT (self), 1.0);
  return self->zoom;
}

/* Zooms around the centre of the view. */
void
wp_viewport_set_zoom (WpViewport *self,
                      double      zoom)
{
  g_return_if_fail (WP_IS_VIEWPORT (self));
  wp_viewport_zoom_at (self, zoom, self->width / 2, self->height / 2);
}

double
wp_viewport_get_offset_x (WpViewport *self)
{
  g_return_val_if_fail (WP_IS_VIEWPORT (self), 0);
  return self->offset_x;
}

double
wp_viewport_get_offset_y (WpViewport *self)
{
  g_return_val_if_fail (WP_IS_VIEWPORT (self), 0);
  return self->offset_y;
}

void
wp_viewport_set_offset (WpViewport *self,
                        double      x,
                        double      y)
{
  g_return_if_fail (WP_IS_VIEWPORT (self));
  update (self, self->zoom, x, y, self->width, self->height);
}

double
wp_viewport_get_width (WpViewport *self)
{
  g_return_val_if_fail (WP_IS_VIEWPORT (self), 0);
  return self->width;
}

double
wp_viewport_get_height (WpViewport *self)
{
  g_return_val_if_fail (WP_IS_VIEWPORT (self), 0);
  return self->height;
}

/* The view's size in pixels; the plan point at its top-left corner stays put. */
void
wp_viewport_set_size (WpViewport *self,
                      double      width,
                      double      height)
{
  g_return_if_fail (WP_IS_VIEWPORT (self));
  update (self, self->zoom, self->offset_x, self->offset_y, width, height);
}

void
wp_viewport_to_view (WpViewport *self,
                     double      plan_x,
                     double      plan_y,
                     double     *view_x,
                     double     *view_y)
{
  g_return_if_fail (WP_IS_VIEWPORT (self));

  *view_x = (plan_x - self->offset_x) * self->zoom;
  *view_y = (plan_y - self->offset_y) * self->zoom;
}

void
wp_viewport_to_plan (WpViewport *self,
                     double      view_x,
                     double      view_y,
                     double     *plan_x,
                     double     *plan_y)
{
  g_return_if_fail (WP_IS_VIEWPORT (self));

  *plan_x = view_x / self->zoom + self->offset_x;
  *plan_y = view_y / self->zoom + self->offset_y;
}

/* The part of the plan the view shows, in plan units. */
void
wp_viewport_get_visible_area (WpViewport        *self,
                              cairo_rectangle_t *area)
{
  g_return_if_fail (WP_IS_VIEWPORT (self));

  *area = (cairo_rectangle_t) { self->offset_x, self->offset_y,
                                self->width / self->zoom, self->height / self->zoom };
}

/* Sets the zoom (clamped) keeping the plan point under the view point (VIEW_X, VIEW_Y)
 * where it is: zooming under the pointer. */
void
wp_viewport_zoom_at (WpViewport *self,
                     double      zoom,
                     double      view_x,
                     double      view_y)
{
  double plan_x, plan_y;

  g_return_if_fail (WP_IS_VIEWPORT (self));

  zoom = CLAMP (zoom, WP_VIEWPORT_MIN_ZOOM, WP_VIEWPORT_MAX_ZOOM);
  wp_viewport_to_plan (self, view_x, view_y, &plan_x, &plan_y);
  update (self, zoom, plan_x - view_x / zoom, plan_y - view_y / zoom,
          self->width, self->height);
}

/* Shows all of AREA (plan units), centred, with MARGIN pixels around it where the zoom
 * limits allow. */
void
wp_viewport_zoom_to_fit (WpViewport              *self,
                         const cairo_rectangle_t *area,
                         double                   margin)
{
  double room_x, room_y, zoom;

  g_return_if_fail (WP_IS_VIEWPORT (self));
  g_return_if_fail (area != NULL);

  room_x = MAX (self->width - 2 * margin, 1);
  room_y = MAX (self->height - 2 * margin, 1);
  zoom = MIN (room_x / MAX (area->width, 1e-6), room_y / MAX (area->height, 1e-6));
  zoom = CLAMP (zoom, WP_VIEWPORT_MIN_ZOOM, WP_VIEWPORT_MAX_ZOOM);
  update (self, zoom,
          area->x + area->width / 2 - self->width / 2 / zoom,
          area->y + area->height / 2 - self->height / 2 / zoom,
          self->width, self->height);
}

/* 100 %: one plan unit per pixel, around the centre of the view. */
void
wp_viewport_zoom_actual_size (WpViewport *self)
{
  wp_viewport_set_zoom (self, 1.0);
}

/* Moves the view by (VIEW_DX, VIEW_DY) pixels: the plan follows the pointer. */
void
wp_viewport_pan_by (WpViewport *self,
                    double      view_dx,
                    double      view_dy)
{
  g_return_if_fail (WP_IS_VIEWPORT (self));

  update (self, self->zoom, self->offset_x - view_dx / self->zoom,
          self->offset_y - view_dy / self->zoom, self->width, self->height);
}

/* Makes CR draw in plan coordinates onto a surface in view coordinates. */
void
wp_viewport_apply (WpViewport *self,
                   cairo_t    *cr)
{
  g_return_if_fail (WP_IS_VIEWPORT (self));

  cairo_scale (cr, self->zoom, self->zoom);
  cairo_translate (cr, -self->offset_x, -self->offset_y);
}
