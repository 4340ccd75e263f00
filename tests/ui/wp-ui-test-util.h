/* wp-ui-test-util.h: helpers for tests that drive real widgets under Xvfb */
#pragma once

#include <adwaita.h>

#include "wp-test-util.h"
#include "wp-window.h"

G_BEGIN_DECLS

void       wp_ui_test_init        (int         *argc,
                                   char      ***argv);
void       wp_ui_test_iterate     (void);
void       wp_ui_test_wait        (guint        milliseconds);
void       wp_ui_test_present     (GtkWindow   *window);
void       wp_ui_test_wait_loaded (WpWindow    *window);
void       wp_ui_test_wait_background_load (WpWindow *window);
GtkWidget *wp_ui_test_find_widget (GtkWidget   *root,
                                   GType        type);
GPtrArray *wp_ui_test_find_all    (GtkWidget   *root,
                                   GType        type);
GtkLabel  *wp_ui_test_find_label  (GtkWidget   *root,
                                   const char  *css_class);
WpCatalogue *wp_ui_test_new_catalogue (void);
WpWindow  *wp_ui_test_open_example (WpCatalogue *catalogue,
                                   const char  *name);

gboolean   wp_ui_test_press_key   (GtkWidget       *widget,
                                   guint            keyval,
                                   GdkModifierType  modifiers);

G_END_DECLS
