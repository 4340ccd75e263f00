/* wp-sheet-tables.c: cable types, the pack list with stock lengths, and the CSV schedule */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wp-rules.h"
#include "wp-sheet-private.h"

static gboolean
is_xlr (WpConnector connector)
{
  return connector == WP_CONNECTOR_XLR3 || connector == WP_CONNECTOR_XLR5;
}

static gboolean
is_jack (WpConnector connector)
{
  return connector == WP_CONNECTOR_TRS_6_35 || connector == WP_CONNECTOR_TS_6_35
         || connector == WP_CONNECTOR_TRS_3_5 || connector == WP_CONNECTOR_TS_3_5;
}

/* The plug of the cable that goes into @port; a combo socket takes the plug of the
 * other end's kind. */
static char *
plug_name (const WpPort *port,
           const WpPort *other)
{
  WpConnector connector = port->connector;
  WpGender gender = port->gender;

  if (connector == WP_CONNECTOR_COMBO)
    {
      if (is_jack (other->connector))
        return g_strdup (wp_connector_get_abbreviation (other->connector));
      connector = WP_CONNECTOR_XLR3;
      gender = WP_GENDER_F;
    }
  if (is_xlr (connector) && gender != WP_GENDER_UNSET)
    /* Translators: a cable's plug and its gender; a male panel socket takes a female plug */
    return g_strdup_printf (gender == WP_GENDER_M ? _("%s F") : _("%s M"),
                            wp_connector_get_abbreviation (connector));
  return g_strdup (wp_connector_get_abbreviation (connector));
}

/* Cables named once when both ends are alike ("speakON 4"), not "speakON 4 to speakON 4". */
static gboolean
named_once (WpConnector connector)
{
  return !is_xlr (connector) && !is_jack (connector) && connector != WP_CONNECTOR_RCA
         && connector != WP_CONNECTOR_COMBO && connector != WP_CONNECTOR_UNSET;
}

static const char *
signal_description (const WpPort *source,
                    const WpPort *sink)
{
  WpLevel level = source->level != WP_LEVEL_UNSET ? source->level : sink->level;
  WpWiring wiring = source->wiring != WP_WIRING_UNSET ? source->wiring : sink->wiring;
  WpSignal signal = source->signal != WP_SIGNAL_UNSET ? source->signal : sink->signal;

  if (signal != WP_SIGNAL_ANALOG)
    return wp_rules_signal_name (signal);
  switch (level)
    {
    case WP_LEVEL_MIC:
      return wiring == WP_WIRING_BALANCED ? _("balanced mic")
             : wiring == WP_WIRING_UNBALANCED ? _("unbalanced mic") : _("mic");
    case WP_LEVEL_INSTRUMENT:
      return _("instrument");
    case WP_LEVEL_LINE_CONSUMER:
    case WP_LEVEL_LINE_PRO:
      return wiring == WP_WIRING_BALANCED ? _("balanced line")
             : wiring == WP_WIRING_UNBALANCED ? _("unbalanced line")
             : wiring == WP_WIRING_STEREO ? _("stereo line") : _("line");
    case WP_LEVEL_HEADPHONE:
      return _("headphone");
    case WP_LEVEL_SPEAKER:
      return _("speaker");
    case WP_LEVEL_CV70:
      return _("70 V line");
    case WP_LEVEL_CV100:
      return _("100 V line");
    case WP_LEVEL_UNSET:
    default:
      return _("analog");
    }
}

/* "XLR F to XLR M, balanced mic", "speakON 4, speaker", "TS to TS, instrument". */
char *
wp_sheet_cable_type (WpPlan  *plan,
                     WpCable *cable)
{
  WpConnection connection;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *plugs = NULL;
  const char *description;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (WP_IS_CABLE (cable), NULL);

  if (!wp_connection_init (&connection, plan, cable, wp_cable_get_from (cable),
                           wp_cable_get_to (cable)))
    return g_strdup ("");
  a = plug_name (connection.source, connection.sink);
  b = plug_name (connection.sink, connection.source);
  description = signal_description (connection.source, connection.sink);
  if (*a == '\0' && *b == '\0')
    return g_strdup (description);
  if (g_str_equal (a, b) && named_once (connection.source->connector))
    plugs = g_strdup (a);
  else
    /* Translators: the two plugs of a cable, e.g. "XLR F to XLR M" */
    plugs = g_strdup_printf (_("%s to %s"), *a != '\0' ? a : "?", *b != '\0' ? b : "?");
  /* Translators: a cable type: its plugs, then what it carries */
  return g_strdup_printf (_("%s, %s"), plugs, description);
}

/* The stock length a cable is taken from: the next of 1, 2, 3, 5, 10, 15, 20, 30, 50 m,
 * then whole tens; NAN stays NAN (length not given). */
double
wp_sheet_stock_length (double length_m)
{
  static const double stock[] = { 1, 2, 3, 5, 10, 15, 20, 30, 50 };

  if (isnan (length_m))
    return NAN;
  for (guint i = 0; i < G_N_ELEMENTS (stock); i++)
    if (length_m <= stock[i] + 1e-9)
      return stock[i];
  return ceil (length_m / 10 - 1e-9) * 10;
}

static void
pack_row_free (WpPackRow *row)
{
  g_free (row->item);
  g_free (row->detail);
  g_free (row);
}

static WpPackRow *
count_item (GHashTable *rows,
            GPtrArray  *list,
            const char *item,
            double      length_m)
{
  g_autofree char *key = g_strdup_printf ("%s\n%g", item, length_m);
  WpPackRow *row = g_hash_table_lookup (rows, key);

  if (row == NULL)
    {
      row = g_new0 (WpPackRow, 1);
      row->item = g_strdup (item);
      row->length_m = length_m;
      row->detail = g_strdup ("");
      g_ptr_array_add (list, row);
      g_hash_table_insert (rows, g_steal_pointer (&key), row);
    }
  row->count++;
  return row;
}

static int
compare_cable_rows (gconstpointer a,
                    gconstpointer b)
{
  const WpPackRow *ra = *(WpPackRow * const *) a, *rb = *(WpPackRow * const *) b;
  int order = g_utf8_collate (ra->item, rb->item);

  if (order != 0)
    return order;
  if (isnan (ra->length_m) || isnan (rb->length_m))
    return isnan (ra->length_m) - isnan (rb->length_m);
  return ra->length_m < rb->length_m ? -1 : ra->length_m > rb->length_m;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate ((*(WpPackRow * const *) a)->item, (*(WpPackRow * const *) b)->item);
}

/* What the rules asked an adapter for. */
static gboolean
asks_adapter (const WpProblem *problem)
{
  return g_str_equal (problem->rule, "adapter-needed") || g_str_equal (problem->rule, "same-gender");
}

void
wp_sheet_build_pack_list (WpSheet   *sheet,
                          WpPlan    *plan,
                          GPtrArray *problems)
{
  g_autoptr(GHashTable) cables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) adapters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) devices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  sheet->pack_cables = g_ptr_array_new_with_free_func ((GDestroyNotify) pack_row_free);
  sheet->pack_adapters = g_ptr_array_new_with_free_func ((GDestroyNotify) pack_row_free);
  sheet->pack_devices = g_ptr_array_new_with_free_func ((GDestroyNotify) pack_row_free);

  for (guint g = 0; g < sheet->schedule->len; g++)
    {
      WpScheduleGroup *group = g_ptr_array_index (sheet->schedule, g);

      for (guint r = 0; r < group->rows->len; r++)
        {
          WpScheduleRow *row = g_ptr_array_index (group->rows, r);

          count_item (cables, sheet->pack_cables, row->type,
                      wp_sheet_stock_length (row->length_m));
        }
    }
  g_ptr_array_sort (sheet->pack_cables, compare_cable_rows);

  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);

      if (asks_adapter (problem))
        count_item (adapters, sheet->pack_adapters, problem->fix, NAN);
    }
  g_ptr_array_sort (sheet->pack_adapters, compare_items);

  for (guint d = 0; d < wp_plan_get_n_devices (plan); d++)
    {
      WpDevice *device = wp_plan_get_device (plan, d);
      const char *model = wp_device_get_model (device);
      WpPackRow *row;
      char *detail;

      row = count_item (devices, sheet->pack_devices,
                        model != NULL && *model != '\0' ? model : _("(no model)"), NAN);
      detail = *row->detail == '\0'
               ? g_strdup (wp_device_get_display_name (device))
               /* Translators: the separator of a list of device names */
               : g_strconcat (row->detail, _(", "), wp_device_get_display_name (device), NULL);
      g_free (row->detail);
      row->detail = detail;
    }
  g_ptr_array_sort (sheet->pack_devices, compare_items);
}

/* RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
static void
append_field (GString    *csv,
              const char *field,
              gboolean    last)
{
  if (strpbrk (field, ",\"\r\n") != NULL)
    {
      g_string_append_c (csv, '"');
      for (const char *c = field; *c != '\0'; c++)
        {
          if (*c == '"')
            g_string_append_c (csv, '"');
          g_string_append_c (csv, *c);
        }
      g_string_append_c (csv, '"');
    }
  else
    g_string_append (csv, field);
  g_string_append (csv, last ? "\r\n" : ",");
}

/* The cable schedule as CSV: UTF-8, a header row, one row per cable, CRLF line ends. */
char *
wp_sheet_to_csv (WpSheet *sheet)
{
  const char *header[] = {
    N_("Label"), N_("From zone"), N_("From device"), N_("From port"), N_("From connector"),
    N_("To zone"), N_("To device"), N_("To port"), N_("To connector"), N_("Cable type"),
    N_("Length (m)"), N_("Notes"), N_("Problems"),
  };
  GString *csv = g_string_new (NULL);

  g_return_val_if_fail (sheet != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    append_field (csv, _(header[i]), i + 1 == G_N_ELEMENTS (header));
  for (guint g = 0; g < sheet->schedule->len; g++)
    {
      WpScheduleGroup *group = g_ptr_array_index (sheet->schedule, g);

      for (guint r = 0; r < group->rows->len; r++)
        {
          WpScheduleRow *row = g_ptr_array_index (group->rows, r);
          char length[G_ASCII_DTOSTR_BUF_SIZE] = "";

          if (!isnan (row->length_m))
            g_ascii_dtostr (length, sizeof length, row->length_m);
          append_field (csv, row->label, FALSE);
          append_field (csv, row->from.zone, FALSE);
          append_field (csv, row->from.device, FALSE);
          append_field (csv, row->from.port, FALSE);
          append_field (csv, row->from.connector, FALSE);
          append_field (csv, row->to.zone, FALSE);
          append_field (csv, row->to.device, FALSE);
          append_field (csv, row->to.port, FALSE);
          append_field (csv, row->to.connector, FALSE);
          append_field (csv, row->type, FALSE);
          append_field (csv, length, FALSE);
          append_field (csv, row->notes, FALSE);
          append_field (csv, row->problems, TRUE);
        }
    }
  return g_string_free (csv, FALSE);
}

gboolean
wp_sheet_write_csv (WpSheet     *sheet,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *csv = wp_sheet_to_csv (sheet);

  return g_file_set_contents (path, csv, -1, error);
}
