/* wp-render-test-util.c: building small plans for the render tests */
#include "config.h"

#include "wp-render-test-util.h"

static void
add_ports (WpDevice    *device,
           const char  *prefix,
           WpDirection  direction,
           guint        count)
{
  for (guint i = 0; i < count; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s%u", prefix, i + 1);
      WpPort *port = wp_port_new (id);

      port->name = g_strdup_printf ("%s %u", prefix, i + 1);
      port->direction = direction;
      port->signal = WP_SIGNAL_ANALOG;
      port->level = WP_LEVEL_LINE_PRO;
      port->connector = WP_CONNECTOR_XLR3;
      wp_device_add_port (device, port);
    }
}

/* A device with inputs in1…, outputs out1… and bidirectional ports io1…, all line level. */
WpDevice *
wp_render_test_add_device (WpPlan     *plan,
                           const char *id,
                           double      x,
                           double      y,
                           guint       n_inputs,
                           guint       n_outputs,
                           guint       n_bidir)
{
  g_autoptr(WpDevice) device = wp_device_new (id);

  wp_device_set_name (device, id);
  wp_device_set_model (device, "test.box");
  wp_device_set_position (device, x, y);
  add_ports (device, "in", WP_DIRECTION_IN, n_inputs);
  add_ports (device, "out", WP_DIRECTION_OUT, n_outputs);
  add_ports (device, "io", WP_DIRECTION_BIDIR, n_bidir);
  wp_plan_insert_device (plan, device, -1);
  return device;
}

WpCable *
wp_render_test_add_cable (WpPlan     *plan,
                          const char *id,
                          const char *from_device,
                          const char *from_port,
                          const char *to_device,
                          const char *to_port)
{
  g_autoptr(WpCable) cable = wp_cable_new (id, from_device, from_port, to_device, to_port);

  g_assert_true (wp_plan_insert_cable (plan, cable, -1));
  return cable;
}
