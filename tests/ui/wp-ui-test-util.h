/* wp-ui-test-util.h: helpers for tests that drive real widgets under Xvfb */
#pragma once

#include <adwaita.h>

#include "wp-test-util.h"

G_BEGIN_DECLS

void wp_ui_test_init     (int         *argc,
                          char      ***argv);
void wp_ui_test_iterate  (void);
void wp_ui_test_wait     (guint        milliseconds);

G_END_DECLS
