/* wp-cli.h: the headless commands (check, format), usable without a display */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of FORMAT.md §4. */
enum {
  WP_EXIT_OK = 0,
  WP_EXIT_PROBLEMS = 1,
  WP_EXIT_UNREADABLE = 2,
};

gboolean wp_cli_is_command (const char  *name);
int      wp_cli_run        (int          argc,
                            char       **argv);

G_END_DECLS
