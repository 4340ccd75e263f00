/* wp-canvas-compare.c: marking on the canvas what changed since another file */
#include "config.h"

#include "wp-canvas-private.h"

/* Marks the devices and cables @entries (of #WpDiffEntry, from the other file
 * to this plan) added or changed; a changed port marks its device. NULL clears. */
void
wp_canvas_set_changes (WpCanvas  *self,
                       GPtrArray *entries)
{
  g_autoptr(GHashTable) devices = NULL;
  g_autoptr(GHashTable) cables = NULL;

  g_return_if_fail (WP_IS_CANVAS (self));

  if (entries != NULL)
    {
      devices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      cables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < entries->len; i++)
        {
          const WpDiffEntry *entry = g_ptr_array_index (entries, i);
          WpDiffChange change = entry->change;

          if (change == WP_DIFF_REMOVED && entry->kind != WP_DIFF_PORT)
            continue;
          if (entry->kind == WP_DIFF_PORT)
            change = WP_DIFF_CHANGED;
          if (entry->kind == WP_DIFF_DEVICE || entry->kind == WP_DIFF_PORT)
            {
              /* An added device stays "added" whatever else is listed for it. */
              if (!g_hash_table_contains (devices, entry->id) || change == WP_DIFF_ADDED)
                g_hash_table_insert (devices, g_strdup (entry->id), GINT_TO_POINTER (change));
            }
          else if (entry->kind == WP_DIFF_CABLE)
            {
              if (!g_hash_table_contains (cables, entry->id) || change == WP_DIFF_ADDED)
                g_hash_table_insert (cables, g_strdup (entry->id), GINT_TO_POINTER (change));
            }
        }
    }
  if (self->renderer != NULL)
    wp_plan_renderer_set_changes (self->renderer, devices, cables);
  wp_canvas_invalidate_scene (self);
}
