/* wp-bench-plan-private.h: what the realistic and the random plan share */
#pragma once

#include "wp-device.h"

G_BEGIN_DECLS

#define WP_BENCH_ASPECT (16.0 / 9.0)  /* of the whole plan, so it fills a screen at zoom-to-fit */

double wp_bench_device_height (WpDevice *device);

G_END_DECLS
