/* test-arrange.c: arrange, align, distribute and free spots, with the renderer's device sizes */
#include "config.h"

#include <math.h>

#include "wp-arrange.h"
#include "wp-history.h"
#include "wp-layout.h"
#include "wp-test-util.h"

static const char * const examples[] = {
  "club-gig.wireplan",
  "home-studio.wireplan",
  "installed-70v.wireplan",
};

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

static GPtrArray *
all_devices (WpPlan *plan)
{
  GPtrArray *devices = g_ptr_array_new ();

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    g_ptr_array_add (devices, wp_plan_get_device (plan, i));
  return devices;
}

static void
arrange (WpHistory *history,
         WpLayout  *layout,
         GPtrArray *devices)
{
  g_autofree double *positions = wp_arrange_layout (wp_history_get_plan (history),
                                                    (WpDevice * const *) devices->pdata, devices->len,
                                                    layout_size, layout);

  wp_history_arrange_devices (history, "Arrange", (WpDevice * const *) devices->pdata, positions,
                              devices->len);
}

/* Every device of a zone starts inside that zone, and lies inside it if it fits
 * (the mixer of club-gig is taller than its zone). */
static void
assert_in_zones (WpPlan   *plan,
                 WpLayout *layout)
{
  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      WpZone *zone = wp_device_get_zone (device) != NULL
                     ? wp_plan_find_zone (plan, wp_device_get_zone (device)) : NULL;
      double x, y, w, h, dw, dh;

      if (zone == NULL)
        continue;
      wp_zone_get_bounds (zone, &x, &y, &w, &h);
      layout_size (device, &dw, &dh, layout);
      g_assert_cmpfloat (wp_device_get_x (device), >=, x);
      g_assert_cmpfloat (wp_device_get_y (device), >=, y);
      if (dw <= w)
        g_assert_cmpfloat (wp_device_get_x (device) + dw, <=, x + w);
      if (dh <= h)
        g_assert_cmpfloat (wp_device_get_y (device) + dh, <=, y + h);
    }
}

static void
test_examples (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(WpPlan) plan = wp_test_load_example (examples[e]);
      g_autoptr(WpHistory) history = wp_history_new (plan);
      g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
      g_autoptr(GPtrArray) devices = all_devices (plan);
      WpDevice *first = wp_plan_get_device (plan, 0);
      double x = wp_device_get_x (first), y = wp_device_get_y (first);

      arrange (history, layout, devices);
      g_test_message ("%s: %u crossings after arranging", examples[e],
                      wp_arrange_count_crossings (plan, layout_size, layout));
      g_assert_cmpuint (wp_arrange_count_overlaps (plan, layout_size, layout), ==, 0);
      assert_in_zones (plan, layout);

      /* One undo step puts everything back. */
      g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Arrange");
      g_assert_true (wp_history_undo (history));
      g_assert_cmpfloat (wp_device_get_x (first), ==, x);
      g_assert_cmpfloat (wp_device_get_y (first), ==, y);
    }
}

/* Devices dealt to random places of their zone (a fixed seed, so a failure repeats). */
static void
scramble (WpPlan *plan)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      WpZone *zone = wp_device_get_zone (device) != NULL
                     ? wp_plan_find_zone (plan, wp_device_get_zone (device)) : NULL;
      double x = 0, y = 0, w = 1200, h = 900;

      if (zone != NULL)
        wp_zone_get_bounds (zone, &x, &y, &w, &h);
      wp_plan_move_device (plan, device, x + g_rand_double_range (rand, 0, w * 0.7),
                           y + g_rand_double_range (rand, 0, h * 0.7));
    }
}

static void
test_scrambled (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(WpPlan) plan = wp_test_load_example (examples[e]);
      g_autoptr(WpHistory) history = wp_history_new (plan);
      g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
      g_autoptr(GPtrArray) devices = all_devices (plan);
      guint before, after;

      scramble (plan);
      before = wp_arrange_count_crossings (plan, layout_size, layout);
      arrange (history, layout, devices);
      after = wp_arrange_count_crossings (plan, layout_size, layout);
      g_test_message ("%s: %u crossings scrambled, %u arranged", examples[e], before, after);
      g_assert_cmpuint (after, <, before);
      g_assert_cmpuint (wp_arrange_count_overlaps (plan, layout_size, layout), ==, 0);
      assert_in_zones (plan, layout);
    }
}

static void
test_selection (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  guint n = wp_plan_get_n_devices (plan);
  g_autofree double *before = g_new (double, 2 * n);

  for (guint i = 0; i < n; i++)
    {
      before[2 * i] = wp_device_get_x (wp_plan_get_device (plan, i));
      before[2 * i + 1] = wp_device_get_y (wp_plan_get_device (plan, i));
    }
  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (selected, wp_plan_get_device (plan, i));
  arrange (history, layout, selected);

  for (guint i = selected->len; i < n; i++)
    {
      g_assert_cmpfloat (wp_device_get_x (wp_plan_get_device (plan, i)), ==, before[2 * i]);
      g_assert_cmpfloat (wp_device_get_y (wp_plan_get_device (plan, i)), ==, before[2 * i + 1]);
    }
  g_assert_cmpuint (wp_arrange_count_overlaps (plan, layout_size, layout), ==, 0);
}

static void
test_align_distribute (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  g_autoptr(GPtrArray) devices = g_ptr_array_new ();
  g_autofree double *left = NULL;
  g_autofree double *bottom = NULL;
  g_autofree double *spread = NULL;
  double min_x = G_MAXDOUBLE, max_bottom = -G_MAXDOUBLE;
  double ends[4][2], gap;

  for (guint i = 0; i < 4; i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      double w, h;

      g_ptr_array_add (devices, device);
      layout_size (device, &w, &h, layout);
      min_x = MIN (min_x, wp_device_get_x (device));
      max_bottom = MAX (max_bottom, wp_device_get_y (device) + h);
    }

  left = wp_arrange_align ((WpDevice * const *) devices->pdata, 4, WP_ALIGN_LEFT, layout_size, layout);
  bottom = wp_arrange_align ((WpDevice * const *) devices->pdata, 4, WP_ALIGN_BOTTOM, layout_size, layout);
  for (guint i = 0; i < 4; i++)
    {
      double w, h;

      layout_size (devices->pdata[i], &w, &h, layout);
      g_assert_cmpfloat (left[2 * i], ==, min_x);
      g_assert_cmpfloat (left[2 * i + 1], ==, wp_device_get_y (devices->pdata[i]));
      g_assert_cmpfloat (bottom[2 * i + 1] + h, ==, max_bottom);
    }

  /* After distributing, the gaps between neighbours are equal. */
  spread = wp_arrange_distribute ((WpDevice * const *) devices->pdata, 4, TRUE, layout_size, layout);
  for (guint i = 0; i < 4; i++)
    {
      double w, h;

      layout_size (devices->pdata[i], &w, &h, layout);
      ends[i][0] = spread[2 * i + 1];
      ends[i][1] = spread[2 * i + 1] + h;
    }
  for (guint i = 0; i < 4; i++)
    for (guint j = i + 1; j < 4; j++)
      if (ends[j][0] < ends[i][0])
        {
          double t0 = ends[i][0], t1 = ends[i][1];

          ends[i][0] = ends[j][0];
          ends[i][1] = ends[j][1];
          ends[j][0] = t0;
          ends[j][1] = t1;
        }
  gap = ends[1][0] - ends[0][1];
  g_assert_cmpfloat (gap, >, 0);
  for (guint i = 1; i < 3; i++)
    g_assert_cmpfloat (fabs ((ends[i + 1][0] - ends[i][1]) - gap), <=, 1);
}

static void
test_free_spot (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("home-studio.wireplan");
  g_autoptr(WpLayout) layout = wp_layout_new (plan, NULL);
  WpDevice *device = wp_plan_get_device (plan, 0);
  g_autoptr(WpDevice) copy = wp_device_copy (device);
  double x = wp_device_get_x (device), y = wp_device_get_y (device), w, h;

  /* A copy dropped right on the original lands next to it instead. */
  layout_size (device, &w, &h, layout);
  wp_arrange_free_spot (plan, NULL, w, h, layout_size, layout, &x, &y);
  g_assert_false (x == wp_device_get_x (device) && y == wp_device_get_y (device));
  wp_device_set_id (copy, "copy");
  wp_device_set_position (copy, x, y);
  wp_plan_insert_device (plan, copy, -1);
  g_assert_cmpuint (wp_arrange_count_overlaps (plan, layout_size, layout), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/arrange/examples", test_examples);
  g_test_add_func ("/arrange/scrambled", test_scrambled);
  g_test_add_func ("/arrange/selection", test_selection);
  g_test_add_func ("/arrange/align-distribute", test_align_distribute);
  g_test_add_func ("/arrange/free-spot", test_free_spot);
  return g_test_run ();
}
