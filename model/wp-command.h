/* wp-command.h: one undoable edit of a plan, a list of steps applied in order
 *
 * A command is built from steps, then applied to the plan; each step records at
 * apply time what it replaces, so revert (the steps undone in reverse order) puts
 * the plan back exactly. Steps change the plan only through the wp_plan_*() edit
 * functions, so the plan's ::changed signal tells its listeners on apply and revert.
 */
#pragma once

#include "wp-plan.h"

G_BEGIN_DECLS

typedef struct _WpCommand WpCommand;

WpCommand  *wp_command_new              (const char     *label,
                                         guint           merge_id);
void        wp_command_free             (WpCommand      *command);
const char *wp_command_get_label        (WpCommand      *command);

/* Steps that add or take out a zone, device or cable. A position of -1 appends.
 * Taking out a device takes out its cables too, and putting it back restores them
 * at their places. */
void        wp_command_insert_zone      (WpCommand      *command,
                                         WpZone         *zone,
                                         int             position);
void        wp_command_remove_zone      (WpCommand      *command,
                                         WpZone         *zone);
void        wp_command_insert_device    (WpCommand      *command,
                                         WpDevice       *device,
                                         int             position);
void        wp_command_remove_device    (WpCommand      *command,
                                         WpDevice       *device);
void        wp_command_insert_cable     (WpCommand      *command,
                                         WpCable        *cable,
                                         int             position);
void        wp_command_remove_cable     (WpCommand      *command,
                                         WpCable        *cable);

/* Steps that set a value; see the wp_plan_*() function of the same name. */
void        wp_command_move_device      (WpCommand      *command,
                                         WpDevice       *device,
                                         double          x,
                                         double          y);
void        wp_command_set_device_text  (WpCommand      *command,
                                         WpDevice       *device,
                                         const char     *name,
                                         const char     *notes);
void        wp_command_set_device_zone  (WpCommand      *command,
                                         WpDevice       *device,
                                         const char     *zone_id);
void        wp_command_replace_port     (WpCommand      *command,
                                         WpDevice       *device,
                                         guint           index,
                                         const WpPort   *port);
void        wp_command_set_cable_text   (WpCommand      *command,
                                         WpCable        *cable,
                                         const char     *label,
                                         const char     *color,
                                         const char     *notes);
void        wp_command_set_cable_length (WpCommand      *command,
                                         WpCable        *cable,
                                         double          length_m);
void        wp_command_waive            (WpCommand      *command,
                                         WpCable        *cable,
                                         const char     *rule,
                                         const char     *note);
void        wp_command_unwaive          (WpCommand      *command,
                                         WpCable        *cable,
                                         const char     *rule);
void        wp_command_set_zone_bounds  (WpCommand      *command,
                                         WpZone         *zone,
                                         double          x,
                                         double          y,
                                         double          width,
                                         double          height);
void        wp_command_set_zone_name    (WpCommand      *command,
                                         WpZone         *zone,
                                         const char     *name);
void        wp_command_set_meta         (WpCommand      *command,
                                         WpMetaField     field,
                                         const char     *value);

void        wp_command_apply            (WpCommand      *command,
                                         WpPlan         *plan);
void        wp_command_revert           (WpCommand      *command,
                                         WpPlan         *plan);
gboolean    wp_command_changes_nothing  (WpCommand      *command);
gboolean    wp_command_merge            (WpCommand      *command,
                                         WpCommand      *next);
void        wp_command_append           (WpCommand      *group,
                                         WpCommand      *command);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpCommand, wp_command_free)

G_END_DECLS
