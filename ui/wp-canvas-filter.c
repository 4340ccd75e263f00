/* wp-canvas-filter.c: the canvas's view filter and how many cables it hides */
#include "config.h"

#include "wp-canvas-private.h"

enum {
  HIDDEN_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Recounts the hidden cables (the plan, its problems or the filter changed) and
 * tells the window when the number changes. */
void
wp_canvas_update_hidden (WpCanvas *self)
{
  guint hidden = self->renderer != NULL ? wp_plan_renderer_count_hidden (self->renderer, self->states) : 0;

  if (hidden == self->hidden_cables)
    return;
  self->hidden_cables = hidden;
  g_signal_emit (self, signals[HIDDEN_CHANGED], 0);
}

void
wp_canvas_set_filter (WpCanvas           *self,
                      const WpViewFilter *filter)
{
  g_return_if_fail (WP_IS_CANVAS (self));

  self->filter = filter != NULL ? *filter : (WpViewFilter) { 0, FALSE };
  if (self->renderer != NULL)
    wp_plan_renderer_set_filter (self->renderer, &self->filter);
  wp_canvas_invalidate_scene (self);
}

const WpViewFilter *
wp_canvas_get_filter (WpCanvas *self)
{
  g_return_val_if_fail (WP_IS_CANVAS (self), NULL);

  return &self->filter;
}

guint
wp_canvas_get_n_hidden_cables (WpCanvas *self)
{
  g_return_val_if_fail (WP_IS_CANVAS (self), 0);

  return self->hidden_cables;
}

void
wp_canvas_class_init_filter (GtkWidgetClass *widget_class)
{
  /* ::hidden-changed: the number of cables the filter hides changed. */
  signals[HIDDEN_CHANGED] = g_signal_new ("hidden-changed", G_TYPE_FROM_CLASS (widget_class),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}
