/* wp-render-test-util.h: building small plans for the render tests */
#pragma once

#include "wp-plan.h"

G_BEGIN_DECLS

WpDevice *wp_render_test_add_device (WpPlan      *plan,
                                     const char  *id,
                                     double       x,
                                     double       y,
                                     guint        n_inputs,
                                     guint        n_outputs,
                                     guint        n_bidir);
WpCable  *wp_render_test_add_cable  (WpPlan      *plan,
                                     const char  *id,
                                     const char  *from_device,
                                     const char  *from_port,
                                     const char  *to_device,
                                     const char  *to_port);

G_END_DECLS
