/* wp-clip.h: the clipboard format for cut, copy, paste and duplicate
 *
 * A clip is a fragment of a plan written as a complete plan file (FORMAT.md), so it
 * reads well when pasted into a text editor, passes between windows and comes back
 * through the same strict reader as a file.
 *
 * To paste with the fragment's top-left corner at a point (px, py), prepare with an
 * offset of (0, 0), take the wp_clip_get_origin() (ox, oy) of the devices and move
 * each of them by (px - ox, py - oy) with wp_device_set_position(): they are in no
 * plan yet.
 */
#pragma once

#include "wp-plan.h"

G_BEGIN_DECLS

char     *wp_clip_copy          (WpPlan           *plan,
                                 WpDevice * const *devices,
                                 guint             n_devices,
                                 WpCable * const  *cables,
                                 guint             n_cables);
gboolean  wp_clip_paste_prepare (WpPlan           *plan,
                                 const char       *data,
                                 gsize             length,
                                 double            dx,
                                 double            dy,
                                 GPtrArray       **devices,
                                 GPtrArray       **cables,
                                 GError          **error);
void      wp_clip_get_origin    (GPtrArray        *devices,
                                 double           *x,
                                 double           *y);

G_END_DECLS
