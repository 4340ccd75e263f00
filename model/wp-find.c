/* wp-find.c: plan search
 *
 * A match is a case-insensitive substring of a device's name, id, model or
 * notes, a port's name or id, or a cable's label, id or notes; results come in
 * plan order, devices before their ports, then cables.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "wp-find.h"

static void
result_free (WpFindResult *result)
{
  g_free (result->text);
  g_free (result);
}

static gboolean
matches (const char *value,
         const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (value == NULL || *value == '\0')
    return FALSE;
  folded = g_utf8_casefold (value, -1);
  return strstr (folded, folded_query) != NULL;
}

static void
add_result (GPtrArray *results,
            WpDevice  *device,
            int        port,
            WpCable   *cable,
            char      *text)
{
  WpFindResult *result = g_new0 (WpFindResult, 1);

  result->device = device;
  result->port = port;
  result->cable = cable;
  result->text = text;
  g_ptr_array_add (results, result);
}

/* Returns a #GPtrArray of #WpFindResult, at most @max_results of them; an empty
 * query finds nothing. */
GPtrArray *
wp_find_in_plan (WpPlan     *plan,
                 const char *query,
                 guint       max_results)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) result_free);
  g_autofree char *stripped = g_strstrip (g_strdup (query != NULL ? query : ""));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);

  g_return_val_if_fail (WP_IS_PLAN (plan), results);

  if (*folded == '\0')
    return results;

  for (guint i = 0; i < wp_plan_get_n_devices (plan) && results->len < max_results; i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      const char *name = wp_device_get_display_name (device);

      if (matches (name, folded) || matches (wp_device_get_id (device), folded)
          || matches (wp_device_get_model (device), folded) || matches (wp_device_get_notes (device), folded))
        /* Translators: a search result, "Vocal 1 (device)" */
        add_result (results, device, -1, NULL, g_strdup_printf (_("%s (device)"), name));
      for (guint p = 0; p < wp_device_get_n_ports (device) && results->len < max_results; p++)
        {
          const WpPort *port = wp_device_get_port (device, p);

          if (matches (port->name, folded) || matches (port->id, folded))
            /* Translators: a search result, "Mixer: In 3 (port)" */
            add_result (results, device, (int) p, NULL,
                        g_strdup_printf (_("%s: %s (port)"), name, port->name != NULL ? port->name : port->id));
        }
    }
  for (guint i = 0; i < wp_plan_get_n_cables (plan) && results->len < max_results; i++)
    {
      WpCable *cable = wp_plan_get_cable (plan, i);
      const char *label = wp_cable_get_label (cable);

      if (matches (label, folded) || matches (wp_cable_get_id (cable), folded)
          || matches (wp_cable_get_notes (cable), folded))
        /* Translators: a search result, "MIC-01 (cable)" */
        add_result (results, NULL, -1, cable,
                    g_strdup_printf (_("%s (cable)"), label != NULL && *label != '\0' ? label : wp_cable_get_id (cable)));
    }
  return results;
}
