/* wp-bench-plan.h: big plans for the benchmark, the same for the same arguments */
#pragma once

#include "wp-catalogue.h"
#include "wp-plan.h"

G_BEGIN_DECLS

WpPlan *wp_bench_plan_new (WpCatalogue *catalogue,
                           guint        n_devices,
                           guint        n_cables,
                           guint32      seed);

G_END_DECLS
