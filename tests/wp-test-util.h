/* wp-test-util.h: helpers shared by the tests */
#pragma once

#include "wp-plan.h"

G_BEGIN_DECLS

char      *wp_test_fixture_path   (const char  *first,
                                   ...) G_GNUC_NULL_TERMINATED;
char      *wp_test_make_temp_dir  (void);
void       wp_test_remove_tree    (const char  *path);
WpPlan    *wp_test_load_string    (const char  *text,
                                   GError     **error);
WpPlan    *wp_test_load_example   (const char  *name);
GArray    *wp_test_record_changes (WpPlan      *plan);
int        wp_test_run_wireplan   (const char * const *args,
                                   char       **standard_output,
                                   char       **standard_error);
guint      wp_test_count_differences (const guint8 *a,
                                      const guint8 *b,
                                      int           width,
                                      int           height,
                                      int           stride);

G_END_DECLS
