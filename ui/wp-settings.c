/* wp-settings.c: the user's preferences, when their schema is installed
 *
 * Running from a build folder without GSETTINGS_SCHEMA_DIR finds no schema;
 * g_settings_new() would abort there, so the defaults apply instead.
 */
#include "config.h"

#include "wp-settings.h"

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
