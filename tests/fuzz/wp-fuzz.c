/* wp-fuzz.c: shared set-up of the fuzz targets */
#include "config.h"

#include "wp-fuzz.h"

/* A g_return_if_fail() or g_warning() reached from file contents is a bug too. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

/* Refused input has a message a person can read: present, not empty, UTF-8. */
void
wp_fuzz_check_error (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}
