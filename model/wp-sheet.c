/* wp-sheet.c: the cable schedule grouped by zone pair, the input lists and the open problems */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "wp-rules.h"
#include "wp-sheet-private.h"

static void
end_clear (WpSheetEnd *end)
{
  g_free (end->zone);
  g_free (end->device);
  g_free (end->port);
  g_free (end->connector);
}

static void
schedule_row_free (WpScheduleRow *row)
{
  g_free (row->label);
  end_clear (&row->from);
  end_clear (&row->to);
  g_free (row->type);
  g_free (row->notes);
  g_free (row->problems);
  g_free (row->problem_refs);
  g_free (row);
}

static void
schedule_group_free (WpScheduleGroup *group)
{
  g_free (group->title);
  g_ptr_array_unref (group->rows);
  g_free (group);
}

static void
input_row_free (WpInputRow *row)
{
  g_free (row->channel);
  g_free (row->source);
  g_free (row->kind);
  g_free (row);
}

static void
input_list_free (WpInputList *list)
{
  g_free (list->device);
  g_ptr_array_unref (list->rows);
  g_free (list);
}

void
wp_sheet_free (WpSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_ptr_array_unref (sheet->schedule);
  g_ptr_array_unref (sheet->inputs);
  g_ptr_array_unref (sheet->pack_cables);
  g_ptr_array_unref (sheet->pack_adapters);
  g_ptr_array_unref (sheet->pack_devices);
  g_ptr_array_unref (sheet->problems);
  g_free (sheet);
}

static const char *
port_name (const WpPort *port)
{
  return port->name != NULL && port->name[0] != '\0' ? port->name : port->id;
}

static char *
panel_connector (const WpPort *port)
{
  const char *name = wp_connector_get_abbreviation (port->connector);

  if (port->gender == WP_GENDER_UNSET || port->connector == WP_CONNECTOR_COMBO)
    return g_strdup (name);
  /* Translators: a panel connector and its gender: "XLR M", "XLR F" */
  return g_strdup_printf (port->gender == WP_GENDER_M ? _("%s M") : _("%s F"), name);
}

/* Zone names by zone id, and each zone's position for the order of the groups. */
typedef struct {
  GHashTable *names;
  GHashTable *positions;
} Zones;

static const char *
zone_name (Zones    *zones,
           WpDevice *device)
{
  const char *name = NULL;

  if (wp_device_get_zone (device) != NULL)
    name = g_hash_table_lookup (zones->names, wp_device_get_zone (device));
  return name != NULL ? name : _("No zone");
}

static guint
zone_position (Zones    *zones,
               WpDevice *device)
{
  gpointer position;

  if (wp_device_get_zone (device) != NULL
      && g_hash_table_lookup_extended (zones->positions, wp_device_get_zone (device), NULL,
                                       &position))
    return GPOINTER_TO_UINT (position);
  return G_MAXUINT;
}

static void
end_init (WpSheetEnd   *end,
          Zones        *zones,
          WpDevice     *device,
          const WpPort *port)
{
  end->zone = g_strdup (zone_name (zones, device));
  end->device = g_strdup (wp_device_get_display_name (device));
  end->port = g_strdup (port_name (port));
  end->connector = panel_connector (port);
}

/* "P3": how the sheet numbers its open problem @index (from 0), on the schedule and in the
 * list of open problems. */
char *
wp_sheet_problem_number (guint index)
{
  /* Translators: an open problem's number on the wiring sheet */
  return g_strdup_printf (_("P%u"), index + 1);
}

/* A cable's open problems: their full text and their short references, one per line. */
typedef struct {
  GString *texts;
  GString *refs;
} CableProblems;

static void
cable_problems_free (CableProblems *problems)
{
  g_string_free (problems->texts, TRUE);
  g_string_free (problems->refs, TRUE);
  g_free (problems);
}

/* @problems: the sheet's open problems, numbered from 1 in their order. */
static GHashTable *
problems_by_cable (GPtrArray *problems)
{
  GHashTable *by_cable = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                (GDestroyNotify) cable_problems_free);

  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *number = wp_sheet_problem_number (i);

      for (guint c = 0; c < problem->cables->len; c++)
        {
          const char *id = g_ptr_array_index (problem->cables, c);
          CableProblems *found = g_hash_table_lookup (by_cable, id);

          if (found == NULL)
            {
              found = g_new (CableProblems, 1);
              found->texts = g_string_new (NULL);
              found->refs = g_string_new (NULL);
              g_hash_table_insert (by_cable, (gpointer) id, found);
            }
          else
            {
              g_string_append_c (found->texts, '\n');
              g_string_append_c (found->refs, '\n');
            }
          g_string_append (found->texts, problem->message);
          /* The rule id is never translated. */
          g_string_append_printf (found->refs, "%s %s", number, problem->rule);
        }
    }
  return by_cable;
}

/* The open problems, grouped by rule, the rules in the order they first report; within a
 * rule in the rules' order. */
static void
collect_problems (WpSheet   *sheet,
                  GPtrArray *problems)
{
  g_autoptr(GHashTable) rules = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);
      GPtrArray *same;

      if (problem->waived)
        continue;
      same = g_hash_table_lookup (rules, problem->rule);
      if (same == NULL)
        {
          same = g_ptr_array_new ();
          g_hash_table_insert (rules, problem->rule, same);
          g_ptr_array_add (order, same);
        }
      g_ptr_array_add (same, problem);
    }
  for (guint r = 0; r < order->len; r++)
    {
      GPtrArray *same = g_ptr_array_index (order, r);

      for (guint i = 0; i < same->len; i++)
        g_ptr_array_add (sheet->problems, wp_problem_copy (g_ptr_array_index (same, i)));
      g_ptr_array_unref (same);
    }
}

typedef struct {
  guint64          key;   /* source zone position, then sink zone position */
  WpScheduleGroup *group;
} GroupSlot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  guint64 ka = ((const GroupSlot *) a)->key, kb = ((const GroupSlot *) b)->key;

  return ka < kb ? -1 : ka > kb;
}

static void
build_schedule (WpSheet    *sheet,
                WpPlan     *plan,
                Zones      *zones,
                GStrv       labels,
                GHashTable *cable_problems)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        NULL);
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (GroupSlot));

  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      WpCable *cable = wp_plan_get_cable (plan, i);
      const char *label = wp_cable_get_label (cable);
      const CableProblems *problems = g_hash_table_lookup (cable_problems,
                                                           wp_cable_get_id (cable));
      WpConnection connection;
      WpScheduleRow *row;
      WpScheduleGroup *group;
      GroupSlot slot;

      if (!wp_connection_init (&connection, plan, cable, wp_cable_get_from (cable),
                               wp_cable_get_to (cable)))
        continue;
      row = g_new0 (WpScheduleRow, 1);
      row->cable = cable;
      row->label = g_strdup (labels[i]);
      row->auto_label = label == NULL || *label == '\0';
      end_init (&row->from, zones, connection.source_device, connection.source);
      end_init (&row->to, zones, connection.sink_device, connection.sink);
      row->type = wp_sheet_cable_type (plan, cable);
      row->length_m = wp_cable_get_length_m (cable);
      row->notes = g_strdup (wp_cable_get_notes (cable) != NULL ? wp_cable_get_notes (cable) : "");
      row->problems = g_strdup (problems != NULL ? problems->texts->str : "");
      row->problem_refs = g_strdup (problems != NULL ? problems->refs->str : "");

      slot.key = (guint64) zone_position (zones, connection.source_device) << 32
                 | zone_position (zones, connection.sink_device);
      group = g_hash_table_lookup (groups, &slot.key);
      if (group == NULL)
        {
          group = g_new0 (WpScheduleGroup, 1);
          /* Translators: a group of the cable schedule: from one zone to another */
          group->title = g_strdup_printf (_("%s → %s"), row->from.zone, row->to.zone);
          group->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) schedule_row_free);
          slot.group = group;
          g_array_append_val (slots, slot);
          g_hash_table_insert (groups, g_memdup2 (&slot.key, sizeof slot.key), group);
        }
      g_ptr_array_add (group->rows, row);
      sheet->n_cables++;
    }
  g_array_sort (slots, compare_slots);
  for (guint s = 0; s < slots->len; s++)
    g_ptr_array_add (sheet->schedule, g_array_index (slots, GroupSlot, s).group);
}

static const char *
input_kind (const WpPort *source)
{
  if (source->mic_type != WP_MIC_TYPE_UNSET)
    return _("Mic");
  switch (source->level)
    {
    case WP_LEVEL_MIC:
      /* A mic-level source that is not a microphone: a DI box. */
      return _("DI");
    case WP_LEVEL_INSTRUMENT:
      return _("Instrument");
    case WP_LEVEL_LINE_CONSUMER:
    case WP_LEVEL_LINE_PRO:
    case WP_LEVEL_HEADPHONE:
      return _("Line");
    default:
      return "";
    }
}

/* Preamp inputs: what the input list of a mixer, stage box or interface shows. */
static gboolean
is_preamp_input (const WpPort *port)
{
  return port->direction == WP_DIRECTION_IN && port->signal == WP_SIGNAL_ANALOG
         && (port->level == WP_LEVEL_MIC || port->connector == WP_CONNECTOR_COMBO
             || (port->phantom != WP_PHANTOM_UNSET && port->phantom != WP_PHANTOM_NONE));
}

/* Through a passive multicore or split (ports joined by link_of) to the real source. */
static void
trace_source (WpPlan       *plan,
              WpConnection *connection)
{
  for (guint depth = 0; depth < 8 && connection->source->link_of != NULL; depth++)
    {
      WpDevice *device = connection->source_device;
      const WpPort *through = wp_device_find_port (device, connection->source->link_of, NULL);
      GPtrArray *cables = through != NULL
                          ? wp_plan_get_cables_at (plan, wp_device_get_id (device), through->id)
                          : NULL;
      WpConnection before;
      WpCable *cable;

      if (cables == NULL || cables->len == 0)
        return;
      cable = g_ptr_array_index (cables, 0);
      if (!wp_connection_init (&before, plan, cable, wp_cable_get_from (cable),
                               wp_cable_get_to (cable))
          || before.sink != through)
        return;
      *connection = before;
    }
}

static void
build_inputs (WpSheet *sheet,
              WpPlan  *plan)
{
  for (guint d = 0; d < wp_plan_get_n_devices (plan); d++)
    {
      WpDevice *device = wp_plan_get_device (plan, d);
      WpInputList *list = NULL;

      for (guint p = 0; p < wp_device_get_n_ports (device); p++)
        {
          const WpPort *port = wp_device_get_port (device, p);
          GPtrArray *cables;
          WpConnection connection;
          WpCable *cable;
          WpInputRow *row;

          if (!is_preamp_input (port))
            continue;
          cables = wp_plan_get_cables_at (plan, wp_device_get_id (device), port->id);
          if (cables == NULL || cables->len == 0)
            continue;
          cable = g_ptr_array_index (cables, 0);
          if (!wp_connection_init (&connection, plan, cable, wp_cable_get_from (cable),
                                   wp_cable_get_to (cable))
              || connection.sink != port)
            continue;
          if (list == NULL)
            {
              list = g_new0 (WpInputList, 1);
              list->device = g_strdup (wp_device_get_display_name (device));
              list->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) input_row_free);
              g_ptr_array_add (sheet->inputs, list);
            }
          trace_source (plan, &connection);
          row = g_new0 (WpInputRow, 1);
          row->channel = g_strdup (port_name (port));
          row->source = g_strdup (wp_device_get_display_name (connection.source_device));
          row->kind = g_strdup (input_kind (connection.source));
          row->phantom = port->phantom_on == WP_FLAG_YES;
          g_ptr_array_add (list->rows, row);
        }
    }
}

/* @prefixes: label prefixes for cables without a label (NULL: the defaults). */
WpSheet *
wp_sheet_new (WpPlan     *plan,
              GHashTable *prefixes)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GHashTable) cable_problems = NULL;
  g_auto(GStrv) labels = NULL;
  Zones zones;
  WpSheet *sheet;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);

  sheet = g_new0 (WpSheet, 1);
  sheet->schedule = g_ptr_array_new_with_free_func ((GDestroyNotify) schedule_group_free);
  sheet->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) input_list_free);
  sheet->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);

  zones.names = g_hash_table_new (g_str_hash, g_str_equal);
  zones.positions = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < wp_plan_get_n_zones (plan); i++)
    {
      WpZone *zone = wp_plan_get_zone (plan, i);

      g_hash_table_insert (zones.names, (gpointer) wp_zone_get_id (zone),
                           (gpointer) wp_zone_get_name (zone));
      g_hash_table_insert (zones.positions, (gpointer) wp_zone_get_id (zone),
                           GUINT_TO_POINTER (i));
    }

  problems = wp_rules_check_plan (plan);
  collect_problems (sheet, problems);
  cable_problems = problems_by_cable (sheet->problems);
  labels = wp_cable_label_fill (plan, prefixes);
  build_schedule (sheet, plan, &zones, labels, cable_problems);
  build_inputs (sheet, plan);
  wp_sheet_build_pack_list (sheet, plan, problems);
  g_hash_table_unref (zones.names);
  g_hash_table_unref (zones.positions);
  return sheet;
}
