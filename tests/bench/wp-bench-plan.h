/* wp-bench-plan.h: big plans for the benchmark, the same for the same arguments */
#pragma once

#include "wp-catalogue.h"
#include "wp-plan.h"

G_BEGIN_DECLS

/* One cable in this many of a realistic plan is a deliberate mistake. */
#define WP_BENCH_MISTAKE_EVERY 14

WpPlan *wp_bench_plan_new        (WpCatalogue *catalogue,
                                  guint        n_devices,
                                  guint        n_cables,
                                  guint32      seed);
WpPlan *wp_bench_plan_new_random (WpCatalogue *catalogue,
                                  guint        n_devices,
                                  guint        n_cables,
                                  guint32      seed);

G_END_DECLS
