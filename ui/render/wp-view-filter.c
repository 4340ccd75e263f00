/* wp-view-filter.c: the families a filter offers and what it shows */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-view-filter.h"

WpFilterGroup
wp_filter_group_for_kind (WpSignalKind kind)
{
  switch (kind)
    {
    case WP_SIGNAL_KIND_ANALOG:
    case WP_SIGNAL_KIND_MIC:
    case WP_SIGNAL_KIND_LINE:
      return WP_FILTER_ANALOG;
    case WP_SIGNAL_KIND_SPEAKER:
      return WP_FILTER_SPEAKER;
    case WP_SIGNAL_KIND_DIGITAL:
      return WP_FILTER_DIGITAL;
    case WP_SIGNAL_KIND_NETWORK:
      return WP_FILTER_NETWORK;
    case WP_SIGNAL_KIND_MIDI:
    case WP_SIGNAL_KIND_CONTROL:
      return WP_FILTER_MIDI_CONTROL;
    case WP_SIGNAL_KIND_UNKNOWN:
    case WP_SIGNAL_KIND_USB:
    case WP_SIGNAL_KIND_POWER:
    case WP_N_SIGNAL_KINDS:
    default:
      return WP_FILTER_OTHER;
    }
}

const char *
wp_filter_group_get_label (WpFilterGroup group)
{
  static const char * const labels[WP_N_FILTER_GROUPS] = {
    [WP_FILTER_ANALOG] = N_("Analog mic and line"),
    [WP_FILTER_SPEAKER] = N_("Speaker"),
    [WP_FILTER_DIGITAL] = N_("Digital audio"),
    [WP_FILTER_NETWORK] = N_("Network"),
    [WP_FILTER_MIDI_CONTROL] = N_("MIDI and control"),
    [WP_FILTER_OTHER] = N_("USB, power and other"),
  };

  g_return_val_if_fail (group < WP_N_FILTER_GROUPS, NULL);
  return _(labels[group]);
}

gboolean
wp_view_filter_is_active (const WpViewFilter *filter)
{
  return filter != NULL && (filter->hidden_groups != 0 || filter->only_problems);
}

gboolean
wp_view_filter_shows (const WpViewFilter *filter,
                      WpSignalKind        kind,
                      WpCableState        state)
{
  if (filter == NULL)
    return TRUE;
  if (filter->hidden_groups & (1u << wp_filter_group_for_kind (kind)))
    return FALSE;
  return !filter->only_problems || state >= WP_CABLE_STATE_WARNING;
}
