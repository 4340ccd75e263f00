/* wp-history.h: the undo and redo history of a plan
 *
 * Every edit the editor makes goes through the history, which applies it and
 * keeps it as one undo step per user gesture. Edits of the plan that bypass the
 * history make its steps wrong.
 */
#pragma once

#include <glib-object.h>

#include "wp-command.h"
#include "wp-plan.h"

G_BEGIN_DECLS

#define WP_TYPE_HISTORY (wp_history_get_type ())

G_DECLARE_FINAL_TYPE (WpHistory, wp_history, WP, HISTORY, GObject)

WpHistory  *wp_history_new              (WpPlan         *plan);
WpPlan     *wp_history_get_plan         (WpHistory      *history);
void        wp_history_push             (WpHistory      *history,
                                         WpCommand      *command);
void        wp_history_begin_group      (WpHistory      *history,
                                         const char     *label);
void        wp_history_end_group        (WpHistory      *history);
guint       wp_history_next_merge_id    (WpHistory      *history);
gboolean    wp_history_undo             (WpHistory      *history);
gboolean    wp_history_redo             (WpHistory      *history);
gboolean    wp_history_get_can_undo     (WpHistory      *history);
gboolean    wp_history_get_can_redo     (WpHistory      *history);
const char *wp_history_get_undo_label   (WpHistory      *history);
const char *wp_history_get_redo_label   (WpHistory      *history);
void        wp_history_mark_saved       (WpHistory      *history);
void        wp_history_mark_unsaved     (WpHistory      *history);
gboolean    wp_history_get_modified     (WpHistory      *history);
guint       wp_history_get_limit        (WpHistory      *history);
void        wp_history_set_limit        (WpHistory      *history,
                                         guint           limit);

/* The editor's edits, each one undo step with a label for the Edit menu
 * (wp-history-edits.c). A position of -1 appends. */
void        wp_history_add_zone         (WpHistory      *history,
                                         WpZone         *zone,
                                         int             position);
void        wp_history_remove_zone      (WpHistory      *history,
                                         WpZone         *zone);
void        wp_history_rename_zone      (WpHistory      *history,
                                         WpZone         *zone,
                                         const char     *name);
void        wp_history_resize_zone      (WpHistory      *history,
                                         WpZone         *zone,
                                         double          x,
                                         double          y,
                                         double          width,
                                         double          height,
                                         guint           merge_id);
void        wp_history_move_zone        (WpHistory      *history,
                                         WpZone         *zone,
                                         double          x,
                                         double          y,
                                         guint           merge_id);
void        wp_history_add_device       (WpHistory      *history,
                                         WpDevice       *device,
                                         int             position);
void        wp_history_remove_devices   (WpHistory      *history,
                                         WpDevice * const *devices,
                                         guint           n_devices);
void        wp_history_move_devices     (WpHistory      *history,
                                         WpDevice * const *devices,
                                         const double   *positions,
                                         const char * const *zone_ids,
                                         guint           n_devices,
                                         guint           merge_id);
void        wp_history_arrange_devices  (WpHistory      *history,
                                         const char     *label,
                                         WpDevice * const *devices,
                                         const double   *positions,
                                         guint           n_devices);
void        wp_history_set_device_text  (WpHistory      *history,
                                         WpDevice       *device,
                                         const char     *name,
                                         const char     *notes);
void        wp_history_set_device_zone  (WpHistory      *history,
                                         WpDevice       *device,
                                         const char     *zone_id);
void        wp_history_replace_port     (WpHistory      *history,
                                         WpDevice       *device,
                                         guint           index,
                                         const WpPort   *port);
void        wp_history_add_cable        (WpHistory      *history,
                                         WpCable        *cable,
                                         int             position);
void        wp_history_remove_cables    (WpHistory      *history,
                                         WpCable * const *cables,
                                         guint           n_cables);
void        wp_history_reconnect_cable  (WpHistory      *history,
                                         WpCable        *cable,
                                         gboolean        to,
                                         const char     *device_id,
                                         const char     *port_id);
void        wp_history_set_cable_text   (WpHistory      *history,
                                         WpCable        *cable,
                                         const char     *label,
                                         const char     *color,
                                         const char     *notes);
void        wp_history_set_cable_length (WpHistory      *history,
                                         WpCable        *cable,
                                         double          length_m);
void        wp_history_relabel_cables   (WpHistory      *history,
                                         WpCable * const *cables,
                                         const char * const *labels,
                                         guint           n_cables);
void        wp_history_waive            (WpHistory      *history,
                                         WpCable        *cable,
                                         const char     *rule,
                                         const char     *note);
void        wp_history_unwaive          (WpHistory      *history,
                                         WpCable        *cable,
                                         const char     *rule);
void        wp_history_set_meta         (WpHistory      *history,
                                         WpMetaField     field,
                                         const char     *value);
void        wp_history_paste            (WpHistory      *history,
                                         WpDevice * const *devices,
                                         guint           n_devices,
                                         WpCable * const *cables,
                                         guint           n_cables);

G_END_DECLS
