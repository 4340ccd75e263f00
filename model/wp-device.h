/* wp-device.h: a piece of equipment placed on the plan, with its own port definitions */
#pragma once

#include <glib-object.h>
#include <json-c/json.h>

#include "wp-port.h"

G_BEGIN_DECLS

#define WP_TYPE_DEVICE (wp_device_get_type ())

G_DECLARE_FINAL_TYPE (WpDevice, wp_device, WP, DEVICE, GObject)

WpDevice     *wp_device_new            (const char   *id);
WpDevice     *wp_device_copy           (WpDevice     *device);
const char   *wp_device_get_id         (WpDevice     *device);
const char   *wp_device_get_model      (WpDevice     *device);
const char   *wp_device_get_name       (WpDevice     *device);
const char   *wp_device_get_display_name (WpDevice   *device);
double        wp_device_get_x          (WpDevice     *device);
double        wp_device_get_y          (WpDevice     *device);
const char   *wp_device_get_zone       (WpDevice     *device);
const char   *wp_device_get_notes      (WpDevice     *device);
json_object  *wp_device_get_extra      (WpDevice     *device);
guint         wp_device_get_n_ports    (WpDevice     *device);
const WpPort *wp_device_get_port       (WpDevice     *device,
                                        guint         index);
const WpPort *wp_device_find_port      (WpDevice     *device,
                                        const char   *port_id,
                                        guint        *index);

/* Setters for devices that are not (yet) in a plan: a device in a plan is
 * changed through the wp_plan_*() functions, which tell the plan's listeners. */
void          wp_device_set_id         (WpDevice     *device,
                                        const char   *id);
void          wp_device_set_model      (WpDevice     *device,
                                        const char   *model);
void          wp_device_set_name       (WpDevice     *device,
                                        const char   *name);
void          wp_device_set_position   (WpDevice     *device,
                                        double        x,
                                        double        y);
void          wp_device_set_zone       (WpDevice     *device,
                                        const char   *zone_id);
void          wp_device_set_notes      (WpDevice     *device,
                                        const char   *notes);
void          wp_device_take_extra     (WpDevice     *device,
                                        json_object  *extra);
void          wp_device_add_port       (WpDevice     *device,
                                        WpPort       *port);
void          wp_device_replace_port   (WpDevice     *device,
                                        guint         index,
                                        WpPort       *port);

G_END_DECLS
