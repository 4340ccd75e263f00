/* wp-view-filter.h: which cables a view shows, by signal family and by problem
 *
 * A view option, not a plan change: the renderer leaves hidden cables out and
 * fades devices none of whose cables it shows.
 */
#pragma once

#include "wp-render-style.h"

G_BEGIN_DECLS

typedef enum {
  WP_FILTER_ANALOG,         /* mic, line and analog of unknown level */
  WP_FILTER_SPEAKER,
  WP_FILTER_DIGITAL,
  WP_FILTER_NETWORK,
  WP_FILTER_MIDI_CONTROL,
  WP_FILTER_OTHER,          /* USB, power, signal not set */
  WP_N_FILTER_GROUPS
} WpFilterGroup;

typedef struct {
  guint    hidden_groups;   /* a bit per WpFilterGroup */
  gboolean only_problems;   /* only cables with an error or a warning */
} WpViewFilter;

WpFilterGroup  wp_filter_group_for_kind   (WpSignalKind        kind);
const char    *wp_filter_group_get_label  (WpFilterGroup       group);
gboolean       wp_view_filter_is_active   (const WpViewFilter *filter);
gboolean       wp_view_filter_shows       (const WpViewFilter *filter,
                                           WpSignalKind        kind,
                                           WpCableState        state);

G_END_DECLS
