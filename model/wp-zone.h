/* wp-zone.h: a named area of the plan (Stage, FOH, Amp rack) */
#pragma once

#include <glib-object.h>
#include <json-c/json.h>

G_BEGIN_DECLS

#define WP_TYPE_ZONE (wp_zone_get_type ())

G_DECLARE_FINAL_TYPE (WpZone, wp_zone, WP, ZONE, GObject)

WpZone      *wp_zone_new          (const char  *id,
                                   const char  *name,
                                   double       x,
                                   double       y,
                                   double       width,
                                   double       height);
const char  *wp_zone_get_id       (WpZone      *zone);
const char  *wp_zone_get_name     (WpZone      *zone);
void         wp_zone_get_bounds   (WpZone      *zone,
                                   double      *x,
                                   double      *y,
                                   double      *width,
                                   double      *height);
json_object *wp_zone_get_extra    (WpZone      *zone);

/* Setters for zones that are not (yet) in a plan; see wp-device.h. */
void         wp_zone_set_name     (WpZone      *zone,
                                   const char  *name);
void         wp_zone_set_bounds   (WpZone      *zone,
                                   double       x,
                                   double       y,
                                   double       width,
                                   double       height);
void         wp_zone_take_extra   (WpZone      *zone,
                                   json_object *extra);

G_END_DECLS
