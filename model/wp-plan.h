/* wp-plan.h: the document: zones, devices and cables, and what changed */
#pragma once

#include <glib-object.h>
#include <json-c/json.h>

#include "wp-cable.h"
#include "wp-device.h"
#include "wp-plan-change.h"
#include "wp-zone.h"

G_BEGIN_DECLS

typedef enum {
  WP_META_TITLE,
  WP_META_VENUE,
  WP_META_AUTHOR,
  WP_META_DATE,
  WP_META_REVISION,
  WP_META_NOTES,
  WP_N_META
} WpMetaField;

#define WP_TYPE_PLAN (wp_plan_get_type ())

G_DECLARE_FINAL_TYPE (WpPlan, wp_plan, WP, PLAN, GObject)

WpPlan       *wp_plan_new               (void);
const char   *wp_plan_meta_key          (WpMetaField  field);
const char   *wp_plan_get_meta          (WpPlan      *plan,
                                         WpMetaField  field);
json_object  *wp_plan_get_meta_extra    (WpPlan      *plan);
json_object  *wp_plan_get_extra         (WpPlan      *plan);
void          wp_plan_take_extra        (WpPlan      *plan,
                                         json_object *extra,
                                         json_object *meta_extra);

guint         wp_plan_get_n_zones       (WpPlan      *plan);
WpZone       *wp_plan_get_zone          (WpPlan      *plan,
                                         guint        index);
WpZone       *wp_plan_find_zone         (WpPlan      *plan,
                                         const char  *id);
WpZone       *wp_plan_find_zone_at      (WpPlan      *plan,
                                         double       x,
                                         double       y);
guint         wp_plan_get_n_devices     (WpPlan      *plan);
WpDevice     *wp_plan_get_device        (WpPlan      *plan,
                                         guint        index);
WpDevice     *wp_plan_find_device       (WpPlan      *plan,
                                         const char  *id);
guint         wp_plan_get_n_cables      (WpPlan      *plan);
WpCable      *wp_plan_get_cable         (WpPlan      *plan,
                                         guint        index);
WpCable      *wp_plan_find_cable        (WpPlan      *plan,
                                         const char  *id);
gboolean      wp_plan_index_of_cable    (WpPlan      *plan,
                                         WpCable     *cable,
                                         guint       *index);
gboolean      wp_plan_index_of_zone     (WpPlan      *plan,
                                         WpZone      *zone,
                                         guint       *index);
gboolean      wp_plan_index_of_device   (WpPlan      *plan,
                                         WpDevice    *device,
                                         guint       *index);
GPtrArray    *wp_plan_get_cables_at     (WpPlan      *plan,
                                         const char  *device_id,
                                         const char  *port_id);
const WpPort *wp_plan_resolve           (WpPlan      *plan,
                                         const WpEndpoint *endpoint,
                                         WpDevice   **device);
char         *wp_plan_make_id           (WpPlan      *plan,
                                         const char  *prefix);
GStrv         wp_plan_make_ids          (WpPlan      *plan,
                                         const char  *prefix,
                                         guint        n_ids);

/* Edits: each one emits ::changed with a WpPlanChange. A position of -1 appends. */
void          wp_plan_set_meta          (WpPlan      *plan,
                                         WpMetaField  field,
                                         const char  *value);
void          wp_plan_insert_zone       (WpPlan      *plan,
                                         WpZone      *zone,
                                         int          position);
void          wp_plan_remove_zone       (WpPlan      *plan,
                                         WpZone      *zone);
void          wp_plan_set_zone_bounds   (WpPlan      *plan,
                                         WpZone      *zone,
                                         double       x,
                                         double       y,
                                         double       width,
                                         double       height);
void          wp_plan_set_zone_name     (WpPlan      *plan,
                                         WpZone      *zone,
                                         const char  *name);
void          wp_plan_insert_device     (WpPlan      *plan,
                                         WpDevice    *device,
                                         int          position);
void          wp_plan_remove_device     (WpPlan      *plan,
                                         WpDevice    *device);
void          wp_plan_move_device       (WpPlan      *plan,
                                         WpDevice    *device,
                                         double       x,
                                         double       y);
void          wp_plan_set_device_text   (WpPlan      *plan,
                                         WpDevice    *device,
                                         const char  *name,
                                         const char  *notes);
void          wp_plan_set_device_zone   (WpPlan      *plan,
                                         WpDevice    *device,
                                         const char  *zone_id);
void          wp_plan_replace_port      (WpPlan      *plan,
                                         WpDevice    *device,
                                         guint        index,
                                         WpPort      *port);
gboolean      wp_plan_insert_cable      (WpPlan      *plan,
                                         WpCable     *cable,
                                         int          position);
void          wp_plan_remove_cable      (WpPlan      *plan,
                                         WpCable     *cable);
void          wp_plan_set_cable_text    (WpPlan      *plan,
                                         WpCable     *cable,
                                         const char  *label,
                                         const char  *color,
                                         const char  *notes);
void          wp_plan_set_cable_length  (WpPlan      *plan,
                                         WpCable     *cable,
                                         double       length_m);
void          wp_plan_insert_waiver     (WpPlan      *plan,
                                         WpCable     *cable,
                                         const WpWaiver *waiver,
                                         int          position);
void          wp_plan_unwaive           (WpPlan      *plan,
                                         WpCable     *cable,
                                         const char  *rule);

G_END_DECLS
