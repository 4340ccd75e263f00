/* fuzz-plan.c: the plan reader on arbitrary bytes
 *
 * Whatever the input, loading either fails with a message or gives a plan whose
 * canonical text reads back to the very same text.
 */
#include "config.h"

#include <string.h>

#include "wp-plan-io.h"
#include "wp-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(WpPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length, length_again;

  plan = wp_plan_load_from_data ((const char *) data, size, "fuzz", &error);
  if (plan == NULL)
    {
      wp_fuzz_check_error (error);
      return 0;
    }
  text = wp_plan_to_data (plan, &length);
  again = wp_plan_load_from_data (text, length, "fuzz-again", &error);
  g_assert_no_error (error);
  text_again = wp_plan_to_data (again, &length_again);
  g_assert_cmpmem (text, length, text_again, length_again);
  return 0;
}
