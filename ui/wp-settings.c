/* wp-settings.c: the user's preferences, when their schema is installed
 *
 * Running from a build folder without GSETTINGS_SCHEMA_DIR finds no schema;
 * g_settings_new() would abort there, so the defaults apply instead.
 */
#include "config.h"

#include "wp-settings.h"
#include "wp-sheet.h"

/* Returns: (transfer none) (nullable): the settings, or NULL without a schema. */
GSettings *
wp_settings_get (void)
{
  static GSettings *settings;
  static gboolean looked;

  if (!looked)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = source != NULL
        ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

      looked = TRUE;
      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
    }
  return settings;
}

/* Keeps the folder of @file for the next file chooser. */
void
wp_settings_remember_folder (GFile *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = NULL;

  if (wp_settings_get () == NULL || folder == NULL)
    return;
  uri = g_file_get_uri (folder);
  g_settings_set_string (wp_settings_get (), "last-folder", uri);
}

/* Starts @chooser in the folder a plan was last opened from or saved to. */
void
wp_settings_open_last_folder (GtkFileChooser *chooser)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) folder = NULL;

  if (wp_settings_get () == NULL)
    return;
  uri = g_settings_get_string (wp_settings_get (), "last-folder");
  if (uri[0] == '\0')
    return;
  folder = g_file_new_for_uri (uri);
  /* A folder that is gone leaves the chooser at its default. */
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}


/* Returns: (transfer full): the cable label prefixes (wp_cable_label_keys() to prefix) of
 * the key cable-label-prefixes, or the defaults without a schema. */
GHashTable *
wp_settings_get_label_prefixes (void)
{
  g_autoptr(GVariant) value = NULL;
  GHashTable *prefixes;
  GVariantIter iter;
  char *key, *prefix;

  if (wp_settings_get () == NULL)
    return wp_cable_label_default_prefixes ();
  value = g_settings_get_value (wp_settings_get (), "cable-label-prefixes");
  prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "{ss}", &key, &prefix))
    g_hash_table_insert (prefixes, key, prefix);
  return prefixes;
}
