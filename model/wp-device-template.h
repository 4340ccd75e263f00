/* wp-device-template.h: a catalogue entry: a kind of device to place on a plan */
#pragma once

#include <glib-object.h>

#include "wp-device.h"

G_BEGIN_DECLS

#define WP_TYPE_DEVICE_TEMPLATE (wp_device_template_get_type ())

G_DECLARE_FINAL_TYPE (WpDeviceTemplate, wp_device_template, WP, DEVICE_TEMPLATE, GObject)

WpDeviceTemplate *wp_device_template_new             (WpDevice         *prototype,
                                                      const char       *category,
                                                      const char * const *keywords,
                                                      const char       *description);
const char       *wp_device_template_get_model       (WpDeviceTemplate *self);
const char       *wp_device_template_get_name        (WpDeviceTemplate *self);
const char       *wp_device_template_get_category    (WpDeviceTemplate *self);
const char * const *wp_device_template_get_keywords  (WpDeviceTemplate *self);
const char       *wp_device_template_get_description (WpDeviceTemplate *self);
guint             wp_device_template_get_n_ports     (WpDeviceTemplate *self);
const WpPort     *wp_device_template_get_port        (WpDeviceTemplate *self,
                                                      guint             index);
gboolean          wp_device_template_is_user         (WpDeviceTemplate *self);
void              wp_device_template_set_user        (WpDeviceTemplate *self,
                                                      gboolean          user);
WpDevice         *wp_device_template_instantiate     (WpDeviceTemplate *self,
                                                      const char       *id);
json_object      *wp_device_template_to_json         (WpDeviceTemplate *self);

G_END_DECLS
