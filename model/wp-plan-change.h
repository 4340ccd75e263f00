/* wp-plan-change.h: what one edit of a plan changed, as told by WpPlan::changed */
#pragma once

#include "wp-cable.h"
#include "wp-device.h"
#include "wp-zone.h"

G_BEGIN_DECLS

typedef enum {
  WP_CHANGE_META,            /* title, venue, … */
  WP_CHANGE_ZONE_ADDED,
  WP_CHANGE_ZONE_REMOVED,
  WP_CHANGE_ZONE_EDITED,     /* name or bounds */
  WP_CHANGE_DEVICE_ADDED,
  WP_CHANGE_DEVICE_REMOVED,  /* its cables were removed first, each with its own change */
  WP_CHANGE_DEVICE_MOVED,
  WP_CHANGE_DEVICE_EDITED,   /* name, notes or zone: nothing the rules look at */
  WP_CHANGE_PORT_EDITED,     /* an attribute the rules may look at */
  WP_CHANGE_CABLE_ADDED,
  WP_CHANGE_CABLE_REMOVED,
  WP_CHANGE_CABLE_EDITED,    /* label, length, colour, notes or waivers; never its ends */
} WpChangeKind;

/* The objects are the plan's own and valid while the signal is emitted; a removed
 * object is still alive then. */
typedef struct {
  WpChangeKind  kind;
  WpZone       *zone;
  WpDevice     *device;
  guint         port_index;  /* WP_CHANGE_PORT_EDITED */
  const WpPort *old_port;    /* WP_CHANGE_PORT_EDITED: the port before the edit */
  WpCable      *cable;
} WpPlanChange;

G_END_DECLS
