/* wp-hostile.h: plan and catalogue files whose texts would do harm if treated as
 * paths, commands, URLs or format strings (tests of what a plan file can make
 * Wireplan do) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char * const *wp_hostile_texts (void);
char               *wp_hostile_read  (const char *path,
                                      gboolean    plan,
                                      guint      *next);

G_END_DECLS
