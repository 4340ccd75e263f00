/* wp-canvas-arrange.c: the canvas's Arrange, align and distribute actions, and
 * free spots for newly placed devices
 *
 * The layouts are computed in the model (wp-arrange.c) with the sizes the
 * renderer measured; each action is one undo step.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-arrange.h"
#include "wp-canvas-private.h"

static void
layout_size (WpDevice *device,
             double   *width,
             double   *height,
             gpointer  user_data)
{
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (user_data, device);

  *width = geometry->width;
  *height = geometry->height;
}

/* Moves @device, just added to the plan, off any device it would cover; call it
 * inside the history group that adds it, so that the add and the move are one step. */
void
wp_canvas_move_to_free_spot (WpCanvas *self,
                             WpDevice *device)
{
  double x = wp_device_get_x (device), y = wp_device_get_y (device), w, h;
  double position[2];

  layout_size (device, &w, &h, self->layout);
  wp_arrange_free_spot (wp_document_get_plan (self->document), device, w, h, layout_size, self->layout,
                        &x, &y);
  position[0] = wp_canvas_snap (self, x);
  position[1] = wp_canvas_snap (self, y);
  if (position[0] != wp_device_get_x (device) || position[1] != wp_device_get_y (device))
    wp_history_move_devices (wp_document_get_history (self->document), &device, position, NULL, 1, 0);
}

static void
apply (WpCanvas   *self,
       const char *label,
       GPtrArray  *devices,
       double     *positions)
{
  for (guint i = 0; i < 2 * devices->len; i++)
    positions[i] = wp_canvas_snap (self, positions[i]);
  wp_history_arrange_devices (wp_document_get_history (self->document), label,
                              (WpDevice * const *) devices->pdata, positions, devices->len);
}

static GPtrArray *
selected_devices (WpCanvas *self)
{
  return wp_selection_get_devices (wp_document_get_selection (self->document));
}

static void
arrange (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  WpCanvas *self = WP_CANVAS (widget);
  gboolean whole_plan = g_str_equal (action_name, "canvas.arrange-plan");
  g_autoptr(GPtrArray) devices = NULL;
  g_autofree double *positions = NULL;
  WpPlan *plan;

  if (self->document == NULL)
    return;
  plan = wp_document_get_plan (self->document);
  if (whole_plan)
    {
      devices = g_ptr_array_new ();
      for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
        g_ptr_array_add (devices, wp_plan_get_device (plan, i));
    }
  else
    devices = selected_devices (self);
  if (devices->len == 0)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  positions = wp_arrange_layout (plan, (WpDevice * const *) devices->pdata, devices->len,
                                 layout_size, self->layout);
  apply (self, whole_plan ? _("Arrange plan") : _("Arrange selection"), devices, positions);
}

static const struct {
  const char *action;
  WpAlign     align;
  const char *label;
} aligns[] = {
  { "canvas.align-left", WP_ALIGN_LEFT, N_("Align left") },
  { "canvas.align-right", WP_ALIGN_RIGHT, N_("Align right") },
  { "canvas.align-top", WP_ALIGN_TOP, N_("Align top") },
  { "canvas.align-bottom", WP_ALIGN_BOTTOM, N_("Align bottom") },
  { "canvas.align-centres-horizontally", WP_ALIGN_CENTRE_HORIZONTAL, N_("Align centres") },
  { "canvas.align-centres-vertically", WP_ALIGN_CENTRE_VERTICAL, N_("Align middles") },
};

static void
align (GtkWidget  *widget,
       const char *action_name,
       GVariant   *parameter)
{
  WpCanvas *self = WP_CANVAS (widget);
  g_autoptr(GPtrArray) devices = NULL;

  if (self->document == NULL)
    return;
  devices = selected_devices (self);
  if (devices->len < 2)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (aligns); i++)
    if (g_str_equal (action_name, aligns[i].action))
      {
        g_autofree double *positions = wp_arrange_align ((WpDevice * const *) devices->pdata, devices->len,
                                                         aligns[i].align, layout_size, self->layout);

        apply (self, _(aligns[i].label), devices, positions);
      }
}

static void
distribute (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  WpCanvas *self = WP_CANVAS (widget);
  gboolean vertically = g_str_equal (action_name, "canvas.distribute-vertically");
  g_autoptr(GPtrArray) devices = NULL;
  g_autofree double *positions = NULL;

  if (self->document == NULL)
    return;
  devices = selected_devices (self);
  if (devices->len < 3)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  positions = wp_arrange_distribute ((WpDevice * const *) devices->pdata, devices->len, vertically,
                                     layout_size, self->layout);
  apply (self, vertically ? _("Distribute vertically") : _("Distribute horizontally"), devices, positions);
}

void
wp_canvas_class_init_arrange (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.arrange-plan", NULL, arrange);
  gtk_widget_class_install_action (widget_class, "canvas.arrange-selection", NULL, arrange);
  for (guint i = 0; i < G_N_ELEMENTS (aligns); i++)
    gtk_widget_class_install_action (widget_class, aligns[i].action, NULL, align);
  gtk_widget_class_install_action (widget_class, "canvas.distribute-horizontally", NULL, distribute);
  gtk_widget_class_install_action (widget_class, "canvas.distribute-vertically", NULL, distribute);
}
