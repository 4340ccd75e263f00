/* wp-plan-io.h: reading and writing plan files (FORMAT.md §1) */
#pragma once

#include <gio/gio.h>

#include "wp-plan.h"
#include "wp-reader.h"

G_BEGIN_DECLS

/* The newest major version of the plan format this build reads and writes. */
#define WP_PLAN_FORMAT_VERSION 1

/* How far a load is, from 0 to 1 (wp_plan_load_with_progress()). */
typedef void (*WpLoadProgressFunc) (double    fraction,
                                    gpointer  data);

WpPlan   *wp_plan_load            (const char  *filename,
                                   GError     **error);
WpPlan   *wp_plan_load_with_progress (const char         *filename,
                                   WpLoadProgressFunc  func,
                                   gpointer            data,
                                   GError            **error);
WpPlan   *wp_plan_load_from_data  (const char  *text,
                                   gsize        length,
                                   const char  *display_name,
                                   GError     **error);
json_object *wp_plan_to_json      (WpPlan      *plan);
char     *wp_plan_to_data         (WpPlan      *plan,
                                   gsize       *length);
gboolean  wp_plan_save            (WpPlan      *plan,
                                   const char  *filename,
                                   GError     **error);
gboolean  wp_write_file_atomically (const char *filename,
                                   const char  *contents,
                                   gsize        length,
                                   GError     **error);

G_END_DECLS
