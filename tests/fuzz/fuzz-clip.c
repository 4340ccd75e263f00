/* fuzz-clip.c: pasting arbitrary clipboard text into a plan
 *
 * Whatever the clipboard holds, preparing the paste either fails with a message
 * or gives devices and cables that go into the plan as they are: fresh ids, both
 * ends of each cable naming a pasted device and its port.
 */
#include "config.h"

#include "wp-clip.h"
#include "wp-plan-io.h"
#include "wp-validator.h"
#include "wp-fuzz.h"

/* A plan that already has the ids and the label a clip is likely to bring. */
static const char base_plan[] =
  "{\"format\": \"wireplan\", \"version\": 1,"
  " \"devices\": ["
  "  {\"id\": \"d1\", \"ports\": [{\"id\": \"out\", \"direction\": \"out\"}]},"
  "  {\"id\": \"d2\", \"ports\": [{\"id\": \"in\", \"direction\": \"in\"}]}],"
  " \"cables\": [{\"id\": \"c1\", \"label\": \"A\","
  "  \"from\": {\"device\": \"d1\", \"port\": \"out\"},"
  "  \"to\": {\"device\": \"d2\", \"port\": \"in\"}}]}";

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(WpValidator) validator = NULL;
  g_autoptr(GPtrArray) devices = NULL;
  g_autoptr(GPtrArray) cables = NULL;
  g_autoptr(GError) error = NULL;
  double x, y;

  plan = wp_plan_load_from_data (base_plan, sizeof base_plan - 1, "base", &error);
  g_assert_no_error (error);
  validator = wp_validator_new (plan);
  if (!wp_clip_paste_prepare (plan, (const char *) data, size, 0, 0, &devices, &cables, &error))
    {
      wp_fuzz_check_error (error);
      return 0;
    }
  /* As the canvas pastes: the fragment's corner at a point. */
  wp_clip_get_origin (devices, &x, &y);
  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);

      g_assert_null (wp_plan_find_device (plan, wp_device_get_id (device)));
      wp_device_set_position (device, wp_device_get_x (device) - x + 10,
                              wp_device_get_y (device) - y + 10);
      wp_plan_insert_device (plan, device, -1);
    }
  for (guint i = 0; i < cables->len; i++)
    {
      WpCable *cable = g_ptr_array_index (cables, i);

      g_assert_null (wp_plan_find_cable (plan, wp_cable_get_id (cable)));
      g_assert_true (wp_plan_insert_cable (plan, cable, -1));
    }
  g_assert_cmpuint (wp_plan_get_n_devices (plan), ==, 2 + devices->len);
  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, 1 + cables->len);
  return 0;
}
