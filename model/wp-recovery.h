/* wp-recovery.h: copies of modified plans, so a crash loses no work
 *
 * While a plan has unsaved changes its window writes a copy here every little
 * while; a clean save or a discard removes it. A copy whose writer is no longer
 * running was left by a crash and is offered back at the next start.
 */
#pragma once

#include <glib-object.h>

#include "wp-plan.h"

G_BEGIN_DECLS

/* One copy found in the recovery folder. */
typedef struct {
  char   *path;          /* the copy */
  char   *original;      /* the plan file it was a copy of, or NULL if never saved */
  gint64  saved_time;    /* when the copy was written, in microseconds since the epoch */
} WpRecoveryEntry;

#define WP_TYPE_RECOVERY (wp_recovery_get_type ())

G_DECLARE_FINAL_TYPE (WpRecovery, wp_recovery, WP, RECOVERY, GObject)

char       *wp_recovery_get_directory  (void);
WpRecovery *wp_recovery_new            (void);
gboolean    wp_recovery_write          (WpRecovery   *self,
                                        WpPlan       *plan,
                                        GFile        *original,
                                        GError      **error);
void        wp_recovery_discard        (WpRecovery   *self);
const char *wp_recovery_get_path       (WpRecovery   *self);

GPtrArray  *wp_recovery_list_abandoned (void);
void        wp_recovery_entry_free     (WpRecoveryEntry *entry);
void        wp_recovery_entry_remove   (const WpRecoveryEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpRecoveryEntry, wp_recovery_entry_free)

G_END_DECLS
