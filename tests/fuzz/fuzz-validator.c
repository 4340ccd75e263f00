/* fuzz-validator.c: the validator on any plan the reader accepts
 *
 * The incremental validator must agree with a full check, and keep agreeing
 * while the plan's cables are removed one by one.
 */
#include "config.h"

#include "wp-plan-io.h"
#include "wp-rules.h"
#include "wp-validator.h"
#include "wp-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(WpValidator) validator = NULL;
  g_autoptr(GError) error = NULL;

  plan = wp_plan_load_from_data ((const char *) data, size, "fuzz", &error);
  if (plan == NULL)
    {
      wp_fuzz_check_error (error);
      return 0;
    }
  validator = wp_validator_new (plan);
  while (TRUE)
    {
      g_autoptr(GPtrArray) full = wp_rules_check_plan (plan);
      g_autoptr(GPtrArray) kept = wp_validator_get_problems (validator);

      g_assert_cmpuint (kept->len, ==, full->len);
      for (guint i = 0; i < full->len; i++)
        g_assert_true (wp_problem_equal (g_ptr_array_index (full, i), g_ptr_array_index (kept, i)));
      for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
        {
          const char *id = wp_cable_get_id (wp_plan_get_cable (plan, i));
          g_autoptr(GPtrArray) mine = wp_validator_get_cable_problems (validator, id);
          guint n = 0;

          for (guint p = 0; p < full->len; p++)
            n += wp_problem_has_cable (g_ptr_array_index (full, p), id);
          g_assert_cmpuint (mine->len, ==, n);
        }
      if (wp_plan_get_n_cables (plan) == 0)
        break;
      wp_plan_remove_cable (plan, wp_plan_get_cable (plan, 0));
    }
  return 0;
}
