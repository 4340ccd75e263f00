/* wp-find.h: searching a plan's devices, ports, cable labels and notes */
#pragma once

#include "wp-plan.h"

G_BEGIN_DECLS

typedef struct {
  WpDevice *device;     /* a device or port match: the device */
  int       port;       /* a port match: its index in the device; else -1 */
  WpCable  *cable;      /* a cable match */
  char     *text;       /* what to show: the item's name and what matched */
} WpFindResult;

GPtrArray *wp_find_in_plan (WpPlan     *plan,
                            const char *query,
                            guint       max_results);

G_END_DECLS
