/* wp-zone.c: a named area of the plan */
#include "config.h"

#include "wp-util.h"
#include "wp-zone.h"

struct _WpZone
{
  GObject      parent_instance;

  char        *id;
  char        *name;
  double       x;
  double       y;
  double       width;
  double       height;
  json_object *extra;
};

G_DEFINE_FINAL_TYPE (WpZone, wp_zone, G_TYPE_OBJECT)

static void
wp_zone_finalize (GObject *object)
{
  WpZone *self = WP_ZONE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->extra, json_object_put);

  G_OBJECT_CLASS (wp_zone_parent_class)->finalize (object);
}

static void
wp_zone_class_init (WpZoneClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_zone_finalize;
}

static void
wp_zone_init (WpZone *self)
{
}

WpZone *
wp_zone_new (const char *id,
             const char *name,
             double      x,
             double      y,
             double      width,
             double      height)
{
  WpZone *self = g_object_new (WP_TYPE_ZONE, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  wp_zone_set_bounds (self, x, y, width, height);
  return self;
}

const char *
wp_zone_get_id (WpZone *zone)
{
  g_return_val_if_fail (WP_IS_ZONE (zone), NULL);
  return zone->id;
}

const char *
wp_zone_get_name (WpZone *zone)
{
  g_return_val_if_fail (WP_IS_ZONE (zone), NULL);
  return zone->name;
}

void
wp_zone_get_bounds (WpZone *zone,
                    double *x,
                    double *y,
                    double *width,
                    double *height)
{
  g_return_if_fail (WP_IS_ZONE (zone));

  if (x)
    *x = zone->x;
  if (y)
    *y = zone->y;
  if (width)
    *width = zone->width;
  if (height)
    *height = zone->height;
}

json_object *
wp_zone_get_extra (WpZone *zone)
{
  g_return_val_if_fail (WP_IS_ZONE (zone), NULL);
  return zone->extra;
}

void
wp_zone_set_name (WpZone     *zone,
                  const char *name)
{
  g_return_if_fail (WP_IS_ZONE (zone));

  wp_set_string (&zone->name, name);
}

void
wp_zone_set_bounds (WpZone *zone,
                    double  x,
                    double  y,
                    double  width,
                    double  height)
{
  g_return_if_fail (WP_IS_ZONE (zone));
  g_return_if_fail (width >= 0 && height >= 0);

  zone->x = x;
  zone->y = y;
  zone->width = width;
  zone->height = height;
}

void
wp_zone_take_extra (WpZone      *zone,
                    json_object *extra)
{
  g_return_if_fail (WP_IS_ZONE (zone));
  g_clear_pointer (&zone->extra, json_object_put);
  zone->extra = extra;
}
