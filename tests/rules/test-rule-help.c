/* test-rule-help.c: every rule the validator raises has help, and no help is
 * left for a rule that is gone */
#include "config.h"

#include <glib.h>
#include <string.h>

#include "wp-rule-help.h"

/* The ids the rules report, read from the sources: every string literal of
 * the form "word-word" in model/wp-rules*.c names a rule (some reach
 * wp_rules_report() through a table, so the calls alone would miss them). */
static GHashTable *
collect_reported_ids (void)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *dir = g_build_filename (g_getenv ("WIREPLAN_SOURCE_ROOT"), "model", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GRegex) literal = g_regex_new ("\"([a-z0-9]+(?:-[a-z0-9]+)+)\"", 0, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (!g_str_has_prefix (name, "wp-rules") || !g_str_has_suffix (name, ".c"))
        continue;
      path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_regex_match (literal, text, 0, &match);
      while (g_match_info_matches (match))
        {
          g_hash_table_add (ids, g_match_info_fetch (match, 1));
          g_match_info_next (match, NULL);
        }
    }
  return ids;
}

static void
test_every_rule_has_help (void)
{
  g_autoptr(GHashTable) ids = collect_reported_ids ();
  GHashTableIter iter;
  const char *id;

  /* RULES.md has 37 rule ids. */
  g_assert_cmpuint (g_hash_table_size (ids), ==, 37);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      WpRuleHelp help;

      if (!wp_rule_help_lookup (id, &help))
        g_error ("rule %s has no help", id);
      g_assert_cmpstr (help.id, ==, id);
      g_assert_cmpuint (strlen (help.explanation), >, 40);
    }
  for (guint i = 0; i < wp_rule_help_get_n_rules (); i++)
    {
      WpRuleHelp help = wp_rule_help_get_nth (i);

      if (!g_hash_table_contains (ids, help.id))
        g_error ("help for %s, which no rule reports", help.id);
      g_assert_true (help.title[0] != '\0' && help.topic[0] != '\0' && help.severity[0] != '\0');
    }
}

static void
test_unknown_rule (void)
{
  WpRuleHelp help;

  g_assert_false (wp_rule_help_lookup ("no-such-rule", &help));
  g_assert_false (wp_rule_help_lookup (NULL, &help));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rule-help/every-rule", test_every_rule_has_help);
  g_test_add_func ("/rule-help/unknown", test_unknown_rule);
  return g_test_run ();
}
