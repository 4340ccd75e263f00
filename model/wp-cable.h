/* wp-cable.h: a cable from one port to another, with label, length and waivers */
#pragma once

#include <glib-object.h>
#include <json-c/json.h>

G_BEGIN_DECLS

/* One end of a cable: a device id and a port id of that device. */
typedef struct {
  char        *device;
  char        *port;
  json_object *extra;
} WpEndpoint;

/* A rule the user accepted for this cable, with the reason. */
typedef struct {
  char        *rule;
  char        *note;
  json_object *extra;
} WpWaiver;

#define WP_TYPE_CABLE (wp_cable_get_type ())

G_DECLARE_FINAL_TYPE (WpCable, wp_cable, WP, CABLE, GObject)

WpCable          *wp_cable_new          (const char       *id,
                                         const char       *from_device,
                                         const char       *from_port,
                                         const char       *to_device,
                                         const char       *to_port);
WpCable          *wp_cable_copy         (WpCable          *cable);
const char       *wp_cable_get_id       (WpCable          *cable);
const WpEndpoint *wp_cable_get_from     (WpCable          *cable);
const WpEndpoint *wp_cable_get_to       (WpCable          *cable);
const char       *wp_cable_get_label    (WpCable          *cable);
double            wp_cable_get_length_m (WpCable          *cable);
const char       *wp_cable_get_color    (WpCable          *cable);
const char       *wp_cable_get_notes    (WpCable          *cable);
json_object      *wp_cable_get_extra    (WpCable          *cable);
guint             wp_cable_get_n_waivers (WpCable         *cable);
const WpWaiver   *wp_cable_get_waiver   (WpCable          *cable,
                                         guint             index);
const WpWaiver   *wp_cable_find_waiver  (WpCable          *cable,
                                         const char       *rule,
                                         guint            *index);
gboolean          wp_cable_is_waived    (WpCable          *cable,
                                         const char       *rule);

/* Setters for cables that are not (yet) in a plan; see wp-device.h. */
void              wp_cable_set_id       (WpCable          *cable,
                                         const char       *id);
void              wp_cable_set_endpoint (WpCable          *cable,
                                         gboolean          to,
                                         const char       *device_id,
                                         const char       *port_id);
void              wp_cable_set_label    (WpCable          *cable,
                                         const char       *label);
void              wp_cable_set_length_m (WpCable          *cable,
                                         double            length_m);
void              wp_cable_set_color    (WpCable          *cable,
                                         const char       *color);
void              wp_cable_set_notes    (WpCable          *cable,
                                         const char       *notes);
void              wp_cable_take_extra   (WpCable          *cable,
                                         json_object      *extra);
void              wp_cable_take_endpoint_extra (WpCable   *cable,
                                         gboolean          to,
                                         json_object      *extra);
void              wp_cable_add_waiver   (WpCable          *cable,
                                         const char       *rule,
                                         const char       *note,
                                         json_object      *extra);
void              wp_cable_insert_waiver (WpCable         *cable,
                                         const char       *rule,
                                         const char       *note,
                                         json_object      *extra,
                                         int               position);
void              wp_cable_remove_waiver (WpCable         *cable,
                                         const char       *rule);

G_END_DECLS
