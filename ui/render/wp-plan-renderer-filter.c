/* wp-plan-renderer-filter.c: leaving out the cables a view filter hides */
#include "config.h"

#include "wp-plan-renderer-private.h"

/* Shows every cable again with a NULL or inactive @filter. */
void
wp_plan_renderer_set_filter (WpPlanRenderer     *self,
                             const WpViewFilter *filter)
{
  g_return_if_fail (WP_IS_PLAN_RENDERER (self));

  if (filter != NULL)
    self->filter = *filter;
  else
    self->filter = (WpViewFilter) { 0, FALSE };
}

gboolean
wp_plan_renderer_shows_cable (WpPlanRenderer *self,
                              WpCable        *cable,
                              WpCableStates  *states)
{
  WpCableState state;

  g_return_val_if_fail (WP_IS_PLAN_RENDERER (self), TRUE);

  if (!wp_view_filter_is_active (&self->filter))
    return TRUE;
  state = states != NULL ? wp_cable_states_lookup (states, wp_cable_get_id (cable)) : WP_CABLE_STATE_OK;
  return wp_view_filter_shows (&self->filter, wp_plan_renderer_cable_kind (self, cable), state);
}

/* The plan's cables the filter hides, for the view to say so. */
guint
wp_plan_renderer_count_hidden (WpPlanRenderer *self,
                               WpCableStates  *states)
{
  WpPlan *plan;
  guint hidden = 0;

  g_return_val_if_fail (WP_IS_PLAN_RENDERER (self), 0);

  plan = wp_layout_get_plan (self->layout);
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    if (!wp_plan_renderer_shows_cable (self, wp_plan_get_cable (plan, i), states))
      hidden++;
  return hidden;
}

void
wp_plan_renderer_remove_hidden (WpPlanRenderer *self,
                                GPtrArray      *cables,
                                WpCableStates  *states)
{
  guint kept = 0;

  if (!wp_view_filter_is_active (&self->filter))
    return;
  for (guint i = 0; i < cables->len; i++)
    if (wp_plan_renderer_shows_cable (self, g_ptr_array_index (cables, i), states))
      cables->pdata[kept++] = cables->pdata[i];
  g_ptr_array_set_size (cables, kept);
}

/* A device is faded while a filter is on and none of its cables is shown. */
gboolean
wp_plan_renderer_fades_device (WpPlanRenderer *self,
                               WpDevice       *device,
                               WpCableStates  *states)
{
  WpPlan *plan;

  if (!wp_view_filter_is_active (&self->filter))
    return FALSE;
  plan = wp_layout_get_plan (self->layout);
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    {
      GPtrArray *at = wp_plan_get_cables_at (plan, wp_device_get_id (device),
                                             wp_device_get_port (device, i)->id);

      for (guint c = 0; at != NULL && c < at->len; c++)
        if (wp_plan_renderer_shows_cable (self, g_ptr_array_index (at, c), states))
          return FALSE;
    }
  return TRUE;
}
