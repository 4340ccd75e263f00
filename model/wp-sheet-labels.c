/* wp-sheet-labels.c: automatic cable labels, numbered per signal kind (MIC-01, SPK-01 …)
 *
 * The default prefixes live here only; the GSettings key cable-label-prefixes has the
 * same defaults (a test compares them), and the command line, which has no settings,
 * uses these.
 */
#include "config.h"

#include <string.h>

#include "wp-rules.h"
#include "wp-sheet.h"

static const struct {
  const char *key;
  const char *prefix;
} defaults[] = {
  { "mic", "MIC" },
  { "line", "LINE" },
  { "speaker", "SPK" },
  { "digital", "DIG" },
  { "network", "NET" },
  { "midi", "MIDI" },
  { "control", "CTL" },
  { "usb", "USB" },
  { "power", "PWR" },
  { "other", "CBL" },
};

const char * const *
wp_cable_label_keys (void)
{
  static const char * const keys[] = {
    "mic", "line", "speaker", "digital", "network", "midi", "control", "usb", "power", "other",
    NULL
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (keys) == G_N_ELEMENTS (defaults) + 1);
  return keys;
}

GHashTable *
wp_cable_label_default_prefixes (void)
{
  GHashTable *prefixes = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    g_hash_table_insert (prefixes, (gpointer) defaults[i].key, (gpointer) defaults[i].prefix);
  return prefixes;
}

const char *
wp_cable_label_key_for_kind (WpSignalKind kind)
{
  switch (kind)
    {
    case WP_SIGNAL_KIND_MIC:
      return "mic";
    case WP_SIGNAL_KIND_ANALOG:
    case WP_SIGNAL_KIND_LINE:
      return "line";
    case WP_SIGNAL_KIND_SPEAKER:
      return "speaker";
    case WP_SIGNAL_KIND_DIGITAL:
      return "digital";
    case WP_SIGNAL_KIND_NETWORK:
      return "network";
    case WP_SIGNAL_KIND_MIDI:
      return "midi";
    case WP_SIGNAL_KIND_CONTROL:
      return "control";
    case WP_SIGNAL_KIND_USB:
      return "usb";
    case WP_SIGNAL_KIND_POWER:
      return "power";
    case WP_SIGNAL_KIND_UNKNOWN:
    case WP_N_SIGNAL_KINDS:
    default:
      return "other";
    }
}

WpSignalKind
wp_cable_label_kind (WpPlan  *plan,
                     WpCable *cable)
{
  WpConnection connection;

  if (!wp_connection_init (&connection, plan, cable, wp_cable_get_from (cable),
                           wp_cable_get_to (cable)))
    return WP_SIGNAL_KIND_UNKNOWN;
  return wp_signal_kind_for_ports (connection.source, connection.sink);
}

static const char *
get_prefix (GHashTable   *prefixes,
            WpSignalKind  kind)
{
  const char *key = wp_cable_label_key_for_kind (kind);
  const char *prefix = prefixes != NULL ? g_hash_table_lookup (prefixes, key) : NULL;

  if (prefix != NULL && *prefix != '\0')
    return prefix;
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (g_str_equal (defaults[i].key, key))
      return defaults[i].prefix;
  g_return_val_if_reached ("CBL");
}

char *
wp_cable_label_format (GHashTable   *prefixes,
                       WpSignalKind  kind,
                       guint         number)
{
  return g_strdup_printf ("%s-%02u", get_prefix (prefixes, kind), number);
}

/* The number of a label PREFIX-N, or 0. */
static guint
label_number (const char *label,
              const char *prefix)
{
  gsize n = strlen (prefix);
  char *end;
  guint64 number;

  if (label == NULL || strncmp (label, prefix, n) != 0 || label[n] != '-'
      || !g_ascii_isdigit (label[n + 1]))
    return 0;
  number = g_ascii_strtoull (label + n + 1, &end, 10);
  return *end == '\0' && number < G_MAXUINT ? (guint) number : 0;
}

/* Numbers are counted per prefix, not per kind: several kinds share a prefix (analog
 * cables of unknown level and line cables are both LINE-), and so may two families
 * the user gave the same one. */
static guint *
counter_of (GHashTable   *counters,
            GHashTable   *prefixes,
            WpSignalKind  kind)
{
  const char *prefix = get_prefix (prefixes, kind);
  guint *counter = g_hash_table_lookup (counters, prefix);

  if (counter == NULL)
    {
      counter = g_new0 (guint, 1);
      g_hash_table_insert (counters, (gpointer) prefix, counter);
    }
  return counter;
}

static GHashTable *
counters_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

/* The highest number in use per prefix, so that new labels follow on. */
static GHashTable *
highest_numbers (WpPlan     *plan,
                 GHashTable *prefixes)
{
  GHashTable *highest = counters_new ();

  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      const char *label = wp_cable_get_label (wp_plan_get_cable (plan, i));

      if (label == NULL || *label == '\0')
        continue;
      for (guint k = 0; k < WP_N_SIGNAL_KINDS; k++)
        {
          guint *counter = counter_of (highest, prefixes, k);

          *counter = MAX (*counter, label_number (label, get_prefix (prefixes, k)));
        }
    }
  return highest;
}

char *
wp_cable_label_next (WpPlan       *plan,
                     GHashTable   *prefixes,
                     WpSignalKind  kind)
{
  g_autoptr(GHashTable) highest = NULL;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (kind < WP_N_SIGNAL_KINDS, NULL);

  highest = highest_numbers (plan, prefixes);
  return wp_cable_label_format (prefixes, kind, *counter_of (highest, prefixes, kind) + 1);
}

/* New labels for every cable, in document order, each prefix counted from 1; the
 * caller applies them through wp_history_relabel_cables() as one undo step. */
GStrv
wp_cable_label_renumber (WpPlan     *plan,
                         GHashTable *prefixes)
{
  g_autoptr(GHashTable) next = counters_new ();
  guint n = wp_plan_get_n_cables (plan);
  GStrv labels = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      WpSignalKind kind = wp_cable_label_kind (plan, wp_plan_get_cable (plan, i));

      labels[i] = wp_cable_label_format (prefixes, kind, ++*counter_of (next, prefixes, kind));
    }
  return labels;
}

/* Every cable's label: its own, or for a cable without one the next free number of its
 * prefix, in document order. */
GStrv
wp_cable_label_fill (WpPlan     *plan,
                     GHashTable *prefixes)
{
  g_autoptr(GHashTable) highest = highest_numbers (plan, prefixes);
  guint n = wp_plan_get_n_cables (plan);
  GStrv labels = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      WpCable *cable = wp_plan_get_cable (plan, i);
      const char *label = wp_cable_get_label (cable);

      if (label != NULL && *label != '\0')
        labels[i] = g_strdup (label);
      else
        {
          WpSignalKind kind = wp_cable_label_kind (plan, cable);

          labels[i] = wp_cable_label_format (prefixes, kind, ++*counter_of (highest, prefixes, kind));
        }
    }
  return labels;
}
