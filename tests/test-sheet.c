/* test-sheet.c: the wiring sheet's data for an example plan, against expected rows */
#include "config.h"

#include <math.h>

#include "wp-history.h"
#include "wp-problem.h"
#include "wp-sheet.h"
#include "wp-test-util.h"

static WpScheduleRow *
find_row (WpSheet    *sheet,
          const char *label)
{
  for (guint g = 0; g < sheet->schedule->len; g++)
    {
      WpScheduleGroup *group = g_ptr_array_index (sheet->schedule, g);

      for (guint r = 0; r < group->rows->len; r++)
        if (g_str_equal (((WpScheduleRow *) g_ptr_array_index (group->rows, r))->label, label))
          return g_ptr_array_index (group->rows, r);
    }
  return NULL;
}

/* @row's short references name, line by line, the sheet's open problems of its cable. */
static void
check_problem_refs (WpSheet       *sheet,
                    WpScheduleRow *row)
{
  g_auto(GStrv) refs = g_strsplit (row->problem_refs, "\n", -1);
  guint n = 0;

  for (guint i = 0; i < sheet->problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (sheet->problems, i);
      g_autofree char *number = wp_sheet_problem_number (i);
      g_autofree char *expected = g_strdup_printf ("%s %s", number, problem->rule);

      if (!wp_problem_has_cable (problem, wp_cable_get_id (row->cable)))
        continue;
      g_assert_cmpuint (n, <, g_strv_length (refs));
      g_assert_cmpstr (refs[n], ==, expected);
      n++;
    }
  g_assert_cmpuint (n, ==, g_strv_length (refs));
  g_assert_cmpuint (n, >, 0);
}

static void
test_schedule (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpSheet) sheet = wp_sheet_new (plan, NULL);
  WpScheduleGroup *first = g_ptr_array_index (sheet->schedule, 0);
  WpScheduleRow *row;
  guint total = 0;

  g_assert_cmpuint (sheet->n_cables, ==, wp_plan_get_n_cables (plan));
  for (guint g = 0; g < sheet->schedule->len; g++)
    total += ((WpScheduleGroup *) g_ptr_array_index (sheet->schedule, g))->rows->len;
  g_assert_cmpuint (total, ==, wp_plan_get_n_cables (plan));
  g_assert_cmpstr (first->title, ==, "Stage → Stage");

  row = find_row (sheet, "MIC-01");
  g_assert_nonnull (row);
  g_assert_cmpstr (row->from.zone, ==, "Stage");
  g_assert_cmpstr (row->from.device, ==, "Kick");
  g_assert_cmpstr (row->from.port, ==, "Out");
  g_assert_cmpstr (row->from.connector, ==, "XLR M");
  g_assert_cmpstr (row->to.device, ==, "Stage box 16x4");
  g_assert_cmpstr (row->to.port, ==, "Ch 1 (stage)");
  g_assert_cmpstr (row->to.connector, ==, "XLR F");
  g_assert_cmpstr (row->type, ==, "XLR F to XLR M, balanced mic");
  g_assert_cmpfloat (row->length_m, ==, 8);
  g_assert_cmpstr (row->problems, ==, "");
  g_assert_cmpstr (row->problem_refs, ==, "");

  row = find_row (sheet, "INST-01");
  g_assert_nonnull (row);
  g_assert_cmpstr (row->type, ==, "TS to TS, instrument");
  row = find_row (sheet, "MIC-04");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (row->problems, "phantom"));
  /* The printed schedule cites each problem by its number on the sheet and its rule. */
  check_problem_refs (sheet, row);
}

static void
test_inputs (void)
{
  static const struct { const char *channel, *source, *kind; gboolean phantom; } expected[] = {
    { "Ch 1 mic", "Kick", "Mic", FALSE },
    { "Ch 3 mic", "OH L", "Mic", TRUE },
    { "Ch 4 mic", "OH R", "Mic", FALSE },
    { "Ch 5 mic", "Bass DI", "DI", TRUE },
    { "Ch 11 mic", "Vox 3 (keys)", "Mic", FALSE },
  };
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpSheet) sheet = wp_sheet_new (plan, NULL);
  WpInputList *list;

  g_assert_cmpuint (sheet->inputs->len, ==, 1);
  list = g_ptr_array_index (sheet->inputs, 0);
  g_assert_cmpstr (list->device, ==, "FOH console");
  g_assert_cmpuint (list->rows->len, ==, 11);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;

      for (guint r = 0; r < list->rows->len; r++)
        {
          WpInputRow *row = g_ptr_array_index (list->rows, r);

          if (!g_str_equal (row->channel, expected[i].channel))
            continue;
          found = TRUE;
          g_assert_cmpstr (row->source, ==, expected[i].source);
          g_assert_cmpstr (row->kind, ==, expected[i].kind);
          g_assert_cmpint (row->phantom, ==, expected[i].phantom);
        }
      g_assert_true (found);
    }
}

static void
test_pack_list (void)
{
  static const struct { const char *item; double length; guint count; } cables[] = {
    { "XLR F to XLR M, balanced mic", 2, 11 },
    { "XLR F to XLR M, balanced mic", 5, 2 },
    { "XLR F to XLR M, balanced mic", 10, 9 },
    { "speakON 4, speaker", 15, 4 },
    { "TS to TS, instrument", 3, 1 },
  };
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpSheet) sheet = wp_sheet_new (plan, NULL);
  guint n_devices = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cables); i++)
    {
      gboolean found = FALSE;

      for (guint r = 0; r < sheet->pack_cables->len; r++)
        {
          WpPackRow *row = g_ptr_array_index (sheet->pack_cables, r);

          if (g_str_equal (row->item, cables[i].item) && row->length_m == cables[i].length)
            {
              g_assert_cmpuint (row->count, ==, cables[i].count);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
  for (guint r = 0; r < sheet->pack_devices->len; r++)
    {
      WpPackRow *row = g_ptr_array_index (sheet->pack_devices, r);

      n_devices += row->count;
      if (g_str_equal (row->item, "generic.dynamic-vocal-mic"))
        {
          g_assert_cmpuint (row->count, ==, 3);
          g_assert_cmpstr (row->detail, ==, "Vox 1 (lead), Vox 2 (guitar), Vox 3 (keys)");
        }
    }
  g_assert_cmpuint (n_devices, ==, wp_plan_get_n_devices (plan));
}

static void
test_stock_length (void)
{
  g_assert_cmpfloat (wp_sheet_stock_length (0.5), ==, 1);
  g_assert_cmpfloat (wp_sheet_stock_length (3), ==, 3);
  g_assert_cmpfloat (wp_sheet_stock_length (3.1), ==, 5);
  g_assert_cmpfloat (wp_sheet_stock_length (12), ==, 15);
  g_assert_cmpfloat (wp_sheet_stock_length (50), ==, 50);
  g_assert_cmpfloat (wp_sheet_stock_length (51), ==, 60);
  g_assert_true (isnan (wp_sheet_stock_length (NAN)));
}

static void
test_csv (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpSheet) sheet = wp_sheet_new (plan, NULL);
  g_autofree char *csv = wp_sheet_to_csv (sheet);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  /* The header, a row per cable, and the empty rest after the last CRLF; no cell here
   * spans lines in this plan's cables without problems. */
  g_assert_true (g_str_has_prefix (lines[0], "Label,From zone,From device"));
  g_assert_cmpstr (lines[1], ==, "MIC-01,Stage,Kick,Out,XLR M,Stage,Stage box 16x4,Ch 1 (stage),"
                                 "XLR F,\"XLR F to XLR M, balanced mic\",8,,");
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
}

/* Every label is set and no two are the same. */
static void
assert_unique (GStrv labels,
               guint n_cables)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (g_strv_length (labels), ==, n_cables);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      g_assert_cmpstr (labels[i], !=, "");
      if (!g_hash_table_add (seen, labels[i]))
        g_error ("label %s given twice", labels[i]);
    }
}

static void
test_labels (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpHistory) history = wp_history_new (plan);
  g_autoptr(GHashTable) prefixes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GSettings) settings = g_settings_new ("org.wireplan.Wireplan");
  g_autoptr(GVariant) defaults = g_settings_get_value (settings, "cable-label-prefixes");
  g_autoptr(GHashTable) ours = wp_cable_label_default_prefixes ();
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();
  g_autofree char *next = NULL;
  g_autofree char *old = g_strdup (wp_cable_get_label (wp_plan_get_cable (plan, 0)));
  g_auto(GStrv) labels = NULL;
  const char *key, *value;
  GVariantIter iter;

  /* The schema's defaults are model/'s, key for key. */
  g_assert_cmpuint (g_variant_n_children (defaults), ==, g_hash_table_size (ours));
  g_variant_iter_init (&iter, defaults);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    g_assert_cmpstr (g_hash_table_lookup (ours, key), ==, value);

  next = wp_cable_label_next (plan, NULL, WP_SIGNAL_KIND_MIC);
  g_assert_cmpstr (next, ==, "MIC-12");
  g_hash_table_insert (prefixes, (gpointer) "mic", (gpointer) "M");
  g_clear_pointer (&next, g_free);
  next = wp_cable_label_next (plan, prefixes, WP_SIGNAL_KIND_MIC);
  g_assert_cmpstr (next, ==, "M-01");

  labels = wp_cable_label_renumber (plan, prefixes);
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    g_ptr_array_add (cables, wp_plan_get_cable (plan, i));
  wp_history_relabel_cables (history, (WpCable * const *) cables->pdata,
                             (const char * const *) labels, cables->len);
  g_assert_cmpstr (wp_cable_get_label (wp_plan_get_cable (plan, 0)), ==, "M-01");
  g_assert_true (wp_history_undo (history));
  g_assert_cmpstr (wp_cable_get_label (wp_plan_get_cable (plan, 0)), ==, old);

  /* Families that share a prefix never share a number: numbering the mic and line
   * cables with one prefix, then labelling the cables left without one. */
  g_hash_table_insert (prefixes, (gpointer) "line", (gpointer) "M");
  g_clear_pointer (&labels, g_strfreev);
  labels = wp_cable_label_renumber (plan, prefixes);
  assert_unique (labels, wp_plan_get_n_cables (plan));
  g_assert_true (g_strv_contains ((const char * const *) labels, "M-01"));
  for (guint i = 0; i < cables->len; i++)
    {
      g_free (labels[i]);
      labels[i] = g_strdup (i % 2 == 0 ? "" : wp_cable_get_label (cables->pdata[i]));
    }
  wp_history_relabel_cables (history, (WpCable * const *) cables->pdata,
                             (const char * const *) labels, cables->len);
  g_clear_pointer (&labels, g_strfreev);
  labels = wp_cable_label_fill (plan, prefixes);
  assert_unique (labels, wp_plan_get_n_cables (plan));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sheet/schedule", test_schedule);
  g_test_add_func ("/sheet/inputs", test_inputs);
  g_test_add_func ("/sheet/pack-list", test_pack_list);
  g_test_add_func ("/sheet/stock-length", test_stock_length);
  g_test_add_func ("/sheet/csv", test_csv);
  g_test_add_func ("/sheet/labels", test_labels);
  return g_test_run ();
}
