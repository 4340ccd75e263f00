/* fuzz-catalogue.c: the catalogue reader on arbitrary bytes, then searching what it read */
#include "config.h"

#include "wp-catalogue.h"
#include "wp-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_auto(GStrv) categories = NULL;
  guint n;

  if (!wp_catalogue_load_data (catalogue, (const char *) data, size, "fuzz", TRUE, &error))
    {
      wp_fuzz_check_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 0);
      return 0;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  categories = wp_catalogue_list_categories (catalogue);
  /* An empty query lists everything. */
  hits = wp_catalogue_search (catalogue, "");
  g_assert_cmpuint (hits->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpDeviceTemplate) entry = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      g_autoptr(GPtrArray) found = wp_catalogue_search (catalogue,
                                                        wp_device_template_get_name (entry));

      g_assert_true (wp_catalogue_find (catalogue, wp_device_template_get_model (entry)) == entry);
      g_assert_nonnull (found);
    }
  return 0;
}
