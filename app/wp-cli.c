/* wp-cli.c: the headless commands
 *
 * `wireplan check`, `format`, `catalogue` and `diff` run before any GTK code so they work on
 * a server or in CI with no display.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "wp-catalogue.h"
#include "wp-cli.h"
#include "wp-diff.h"
#include "wp-json.h"
#include "wp-plan-io.h"
#include "wp-rules.h"
#include "wp-sheet-export.h"

typedef int (*CommandFunc) (int    argc,
                            char **argv);

static int run_check  (int argc, char **argv);
static int run_format (int argc, char **argv);
static int run_catalogue (int argc, char **argv);
static int run_export (int argc, char **argv);
static int run_diff (int argc, char **argv);

static const struct {
  const char  *name;
  CommandFunc  run;
} commands[] = {
  { "check", run_check },
  { "format", run_format },
  { "catalogue", run_catalogue },
  { "export", run_export },
  { "diff", run_diff },
};

gboolean
wp_cli_is_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return TRUE;
  return FALSE;
}

/* @argv[0] is the command name. */
int
wp_cli_run (int    argc,
            char **argv)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, argv[0]))
      return commands[i].run (argc, argv);
  g_return_val_if_reached (WP_EXIT_UNREADABLE);
}

/* Parses a command's options; on a usage error prints it and returns FALSE. */
static gboolean
parse_options (const char         *summary,
               const GOptionEntry *entries,
               int                *argc,
               char             ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (summary);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;
  g_printerr ("wireplan: %s\n", error->message);
  return FALSE;
}

typedef struct {
  guint counts[3];   /* by WpSeverity, waived problems left out */
} Counts;

static void
count_problems (GPtrArray *problems,
                Counts    *counts)
{
  memset (counts, 0, sizeof *counts);
  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);
      if (wp_problem_counts (problem))
        counts->counts[problem->severity]++;
    }
}

static void
print_problems_text (const char *file,
                     GPtrArray  *problems,
                     const Counts *counts)
{
  g_autofree char *errors = NULL, *warnings = NULL, *infos = NULL;

  errors = g_strdup_printf (ngettext ("%u error", "%u errors", counts->counts[WP_SEVERITY_ERROR]),
                            counts->counts[WP_SEVERITY_ERROR]);
  warnings = g_strdup_printf (ngettext ("%u warning", "%u warnings",
                                        counts->counts[WP_SEVERITY_WARNING]),
                              counts->counts[WP_SEVERITY_WARNING]);
  infos = g_strdup_printf (ngettext ("%u note", "%u notes", counts->counts[WP_SEVERITY_INFO]),
                           counts->counts[WP_SEVERITY_INFO]);
  /* Translators: file name, then "2 errors", "1 warning", "0 notes" */
  g_print (_("%s: %s, %s, %s\n"), file, errors, warnings, infos);

  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);
      g_autoptr(GString) cables = g_string_new (NULL);
      const char *severity;

      for (guint c = 0; c < problem->cables->len; c++)
        g_string_append_printf (cables, "%s%s", c ? "," : "", (char *) g_ptr_array_index (problem->cables, c));
      switch (problem->severity)
        {
        case WP_SEVERITY_ERROR:
          severity = _("error");
          break;
        case WP_SEVERITY_WARNING:
          severity = _("warning");
          break;
        case WP_SEVERITY_INFO:
        default:
          severity = _("note");
          break;
        }
      g_print ("  %s%s [%s] %s: %s\n", severity, problem->waived ? _(" (waived)") : "",
               problem->rule, cables->str, problem->message);
      g_print ("    %s %s\n", _("Fix:"), problem->fix);
    }
}

static json_object *
counts_to_json (const Counts *counts)
{
  json_object *object = json_object_new_object ();

  for (guint s = WP_SEVERITY_ERROR + 1; s-- > 0;)
    json_object_object_add (object, wp_enum_to_string (WP_ENUM_SEVERITY, (int) s),
                            json_object_new_int ((int) counts->counts[s]));
  return object;
}

static void
print_json (json_object *value)
{
  g_autoptr(GString) out = g_string_new (NULL);

  wp_json_write (out, value);
  g_string_append_c (out, '\n');
  fwrite (out->str, 1, out->len, stdout);
}

static int
run_check (int    argc,
           char **argv)
{
  g_autoptr(json_object) report = json_object_new_object ();
  json_object *files = json_object_new_array ();
  gboolean as_json = FALSE, strict = FALSE;
  int status = WP_EXIT_OK;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print the report as JSON"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, N_("Fail on warnings too"), NULL },
    { NULL }
  };

  json_object_object_add (report, "files", files);
  if (!parse_options (_("FILE… — check plans against the connection rules"), entries, &argc, &argv))
    return WP_EXIT_UNREADABLE;
  if (argc < 2)
    {
      g_printerr ("%s\n", _("wireplan check: name at least one plan file"));
      return WP_EXIT_UNREADABLE;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WpPlan) plan = wp_plan_load (argv[i], &error);
      g_autoptr(GPtrArray) problems = NULL;
      json_object *entry = json_object_new_object ();
      Counts counts;

      json_object_array_add (files, entry);
      json_object_object_add (entry, "file", json_object_new_string (argv[i]));
      if (plan == NULL)
        {
          g_printerr ("%s\n", error->message);
          json_object_object_add (entry, "error", json_object_new_string (error->message));
          status = WP_EXIT_UNREADABLE;
          continue;
        }

      problems = wp_rules_check_plan (plan);
      count_problems (problems, &counts);
      if (as_json)
        {
          json_object *list = json_object_new_array ();

          for (guint p = 0; p < problems->len; p++)
            json_object_array_add (list, wp_problem_to_json (g_ptr_array_index (problems, p)));
          json_object_object_add (entry, "problems", list);
          json_object_object_add (entry, "counts", counts_to_json (&counts));
        }
      else
        print_problems_text (argv[i], problems, &counts);

      if (status == WP_EXIT_OK
          && (counts.counts[WP_SEVERITY_ERROR] > 0 || (strict && counts.counts[WP_SEVERITY_WARNING] > 0)))
        status = WP_EXIT_PROBLEMS;
    }

  if (as_json)
    print_json (report);
  return status;
}

static int
run_format (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = NULL;
  g_autofree char *output = NULL;
  g_autofree char *data = NULL;
  const char *target;
  gsize length;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT instead of rewriting FILE (“-” for standard output)"), N_("OUT") },
    { NULL }
  };

  if (!parse_options (_("FILE — rewrite a plan in the canonical form"), entries, &argc, &argv))
    return WP_EXIT_UNREADABLE;
  if (argc != 2)
    {
      g_printerr ("%s\n", _("wireplan format: name exactly one plan file"));
      return WP_EXIT_UNREADABLE;
    }

  plan = wp_plan_load (argv[1], &error);
  if (plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return WP_EXIT_UNREADABLE;
    }
  if (g_strcmp0 (output, "-") == 0)
    {
      data = wp_plan_to_data (plan, &length);
      fwrite (data, 1, length, stdout);
      return fflush (stdout) == 0 ? WP_EXIT_OK : WP_EXIT_PROBLEMS;
    }
  target = output != NULL ? output : argv[1];
  if (!wp_plan_save (plan, target, &error))
    {
      g_printerr ("%s\n", error->message);
      return WP_EXIT_PROBLEMS;
    }
  return WP_EXIT_OK;
}

static json_object *
template_to_json (WpDeviceTemplate *template)
{
  json_object *object = json_object_new_object ();
  json_object *keywords = json_object_new_array ();
  json_object *ports = json_object_new_array ();
  const char * const *words = wp_device_template_get_keywords (template);
  const char *description = wp_device_template_get_description (template);

  json_object_object_add (object, "model", json_object_new_string (wp_device_template_get_model (template)));
  json_object_object_add (object, "name", json_object_new_string (wp_device_template_get_name (template)));
  json_object_object_add (object, "category",
                          json_object_new_string (wp_device_template_get_category (template)));
  for (guint i = 0; words[i] != NULL; i++)
    json_object_array_add (keywords, json_object_new_string (words[i]));
  json_object_object_add (object, "keywords", keywords);
  if (description != NULL)
    json_object_object_add (object, "description", json_object_new_string (description));
  for (guint i = 0; i < wp_device_template_get_n_ports (template); i++)
    json_object_array_add (ports, wp_port_to_json (wp_device_template_get_port (template, i)));
  json_object_object_add (object, "ports", ports);
  return object;
}

static int
run_catalogue (int    argc,
               char **argv)
{
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *query = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print the entries as JSON"), NULL },
    { NULL }
  };

  if (!parse_options (_("[QUERY] — list or search the device catalogue"), entries, &argc, &argv))
    return WP_EXIT_UNREADABLE;

  problems = wp_catalogue_load_default (catalogue);
  for (guint i = 0; i < problems->len; i++)
    g_printerr (_("Skipped a catalogue file: %s\n"), (char *) g_ptr_array_index (problems, i));

  query = argc > 1 ? g_strjoinv (" ", argv + 1) : NULL;
  found = wp_catalogue_search (catalogue, query);
  if (as_json)
    {
      g_autoptr(json_object) report = json_object_new_object ();
      json_object *devices = json_object_new_array ();

      for (guint i = 0; i < found->len; i++)
        json_object_array_add (devices, template_to_json (g_ptr_array_index (found, i)));
      json_object_object_add (report, "devices", devices);
      print_json (report);
    }
  else
    {
      for (guint i = 0; i < found->len; i++)
        {
          WpDeviceTemplate *template = g_ptr_array_index (found, i);

          g_print ("%-36s %s (%s)\n", wp_device_template_get_model (template),
                   wp_device_template_get_name (template),
                   wp_catalogue_category_name (wp_device_template_get_category (template)));
        }
    }
  return WP_EXIT_OK;
}

/* Exit status: 0 written, 1 the output could not be written, 2 the plan could not be read
 * or the options are wrong. */
static int
run_export (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(WpCatalogue) catalogue = NULL;
  g_autofree char *output = NULL;
  g_autofree char *format = NULL;
  g_autofree char *paper = NULL;
  gboolean tiled = FALSE;
  int dpi = 150;
  WpExportOptions options = { WP_EXPORT_PDF, WP_PAPER_A4, FALSE, 150, NULL };
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to OUT"), N_("OUT") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("pdf (wiring sheet), svg or png (diagram), csv (cable schedule) or labels (PDF of "
         "cable labels); by default from OUT’s extension"), N_("FORMAT") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("a4 (the default) or letter"), N_("PAPER") },
    { "dpi", 0, 0, G_OPTION_ARG_INT, &dpi, N_("Resolution of a PNG (default 150)"), N_("N") },
    { "tiled", 0, 0, G_OPTION_ARG_NONE, &tiled,
      N_("Tile the sheet’s diagram over several pages instead of fitting it to one"), NULL },
    { NULL }
  };

  if (!parse_options (_("FILE -o OUT — write the wiring sheet, the diagram, the cable schedule "
                        "or cable labels"), entries, &argc, &argv))
    return WP_EXIT_UNREADABLE;
  if (argc != 2 || output == NULL)
    {
      g_printerr ("%s\n", _("wireplan export: name one plan file and the output with -o OUT"));
      return WP_EXIT_UNREADABLE;
    }
  if (format != NULL ? !wp_export_format_from_string (format, &options.format)
                     : !wp_export_format_from_path (output, &options.format))
    {
      g_printerr (_("wireplan export: unknown format “%s”: use --format pdf, svg, png, csv or "
                    "labels\n"), format != NULL ? format : output);
      return WP_EXIT_UNREADABLE;
    }
  if (paper != NULL && !wp_paper_from_string (paper, &options.paper))
    {
      g_printerr (_("wireplan export: unknown paper “%s”: use a4 or letter\n"), paper);
      return WP_EXIT_UNREADABLE;
    }
  if (dpi < 10 || dpi > 2400)
    {
      g_printerr (_("wireplan export: --dpi %d is out of range (10 to 2400)\n"), dpi);
      return WP_EXIT_UNREADABLE;
    }
  options.dpi = dpi;
  options.tiled = tiled;

  plan = wp_plan_load (argv[1], &error);
  if (plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return WP_EXIT_UNREADABLE;
    }
  catalogue = wp_catalogue_new ();
  wp_catalogue_load_builtin (catalogue, NULL);
  if (!wp_export_plan (plan, catalogue, &options, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return WP_EXIT_PROBLEMS;
    }
  return WP_EXIT_OK;
}

/* Exit status as diff(1): 0 equal, 1 different, 2 a plan could not be read. */
static int
run_diff (int    argc,
          char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) old_plan = NULL;
  g_autoptr(WpPlan) new_plan = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries_options[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print the changes as JSON"), NULL },
    { NULL }
  };

  if (!parse_options (_("OLD NEW — list what changed between two plans"), entries_options, &argc, &argv))
    return WP_EXIT_UNREADABLE;
  if (argc != 3)
    {
      g_printerr ("%s\n", _("wireplan diff: name exactly two plan files, the old one first"));
      return WP_EXIT_UNREADABLE;
    }
  old_plan = wp_plan_load (argv[1], &error);
  if (old_plan != NULL)
    new_plan = wp_plan_load (argv[2], &error);
  if (new_plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return WP_EXIT_UNREADABLE;
    }

  entries = wp_diff_plans (old_plan, new_plan);
  if (as_json)
    {
      g_autoptr(json_object) report = json_object_new_object ();
      json_object *changes = json_object_new_array ();

      for (guint i = 0; i < entries->len; i++)
        json_object_array_add (changes, wp_diff_entry_to_json (g_ptr_array_index (entries, i)));
      json_object_object_add (report, "equal", json_object_new_boolean (entries->len == 0));
      json_object_object_add (report, "changes", changes);
      print_json (report);
    }
  else
    {
      for (guint i = 0; i < entries->len; i++)
        {
          g_autofree char *line = wp_diff_entry_to_string (g_ptr_array_index (entries, i));

          g_print ("%s\n", line);
        }
    }
  return entries->len == 0 ? WP_EXIT_OK : WP_EXIT_PROBLEMS;
}
