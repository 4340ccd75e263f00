/* rules-test.h: small plans for the validator's tests, written compactly
 *
 * Ports: "dev.port token token …; dev.port …", where a token is key=value (a
 * number, true/false, rates as 44100|48000, or a name) or a bare enumerated name
 * (in, out, analog, mic, balanced, xlr3, m, …) for direction, signal, level,
 * wiring, connector or gender. Devices are named by their ids.
 * Cables: "a.out>b.in@20!rule …": ids c1, c2, … in order, an optional length in
 * metres and waived rules.
 */
#pragma once

#include "wp-rules.h"

G_BEGIN_DECLS

WpPlan    *rules_test_plan            (const char *ports,
                                       const char *cables);
char      *rules_test_reverse_cables  (const char *cables);
gboolean   rules_test_same_problems   (GPtrArray  *a,
                                       GPtrArray  *b);
char      *rules_test_describe        (GPtrArray  *problems);
GPtrArray *rules_test_without_cable   (GPtrArray  *problems,
                                       const char *cable_id);

G_END_DECLS
