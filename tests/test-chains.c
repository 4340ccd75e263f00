/* test-chains.c: everyday chains built from catalogue devices give the verdicts of
 * RULES.md, whichever way round each cable is drawn */
#include "config.h"

#include <string.h>

#include "wp-catalogue.h"
#include "wp-rules.h"
#include "wp-test-util.h"

typedef struct {
  const char *name;
  const char *model;
  const char *port;        /* optional port override … */
  const char *attributes;  /* … as "key=value,key=value" (flags and numbers) */
} Part;

typedef struct {
  const char *from;        /* "part.port" */
  const char *to;
  double      length_m;    /* 0: unknown */
} Link;

typedef struct {
  const char *name;
  Part        parts[6];
  Link        links[6];
  const char *verdicts;    /* errors and warnings, exactly: "rule:severity …", sorted */
  const char *notes;       /* info problems that must be among the results */
} Chain;

static const Chain chains[] = {
  { "dynamic-vocal-to-console",
    { { "mic", "generic.dynamic-vocal-mic" }, { "desk", "generic.analog-console-24" } },
    { { "mic.out", "desk.mic1", 10 } }, "" },
  { "condenser-phantom-off",
    { { "mic", "generic.large-diaphragm-condenser-mic" }, { "desk", "generic.analog-console-24" } },
    { { "mic.out", "desk.mic1", 10 } }, "phantom-missing:error" },
  { "condenser-phantom-on",
    { { "mic", "generic.large-diaphragm-condenser-mic" },
      { "desk", "generic.analog-console-24", "mic1", "phantom_on=true" } },
    { { "mic.out", "desk.mic1", 10 } }, "" },
  { "condenser-through-snake-phantom-off",
    { { "mic", "generic.large-diaphragm-condenser-mic" }, { "snake", "generic.analog-snake-16x4" },
      { "desk", "generic.analog-console-24" } },
    { { "mic.out", "snake.in1", 10 }, { "snake.out1", "desk.mic1", 2 } }, "phantom-missing:error" },
  { "guitar-through-di",
    { { "gtr", "generic.passive-electric-guitar" }, { "di", "generic.passive-di" },
      { "desk", "generic.analog-console-24", "mic1", "phantom_on=true" } },
    { { "gtr.out", "di.in", 3 }, { "di.out", "desk.mic1", 10 } }, "" },
  { "guitar-into-line-input",
    { { "gtr", "generic.passive-electric-guitar" }, { "desk", "generic.analog-console-24" } },
    { { "gtr.out", "desk.line1", 3 } }, "instrument-loading:warning level-too-low:warning" },
  { "guitar-into-combo-jack",
    { { "gtr", "generic.passive-electric-guitar" }, { "ifc", "generic.usb-interface-2in" } },
    { { "gtr.out", "ifc.in2", 3 } }, "" },
  { "keyboard-into-mic-input",
    { { "keys", "generic.stereo-keyboard" }, { "desk", "generic.analog-console-24" } },
    { { "keys.out-l", "desk.mic1", 3 } }, "level-too-hot:warning not-bridging:warning",
    "unbalanced-to-balanced" },
  { "keyboard-into-padded-mic-input",
    { { "keys", "generic.stereo-keyboard" },
      { "desk", "generic.analog-console-24", "mic1", "pad_on=true" } },
    { { "keys.out-l", "desk.mic1", 3 } }, "not-bridging:warning", "level-too-hot" },
  { "phone-into-mono-line-input",
    { { "phone", "generic.phone" }, { "desk", "generic.analog-console-24" } },
    { { "phone.phones", "desk.line1", 2 } }, "stereo-into-balanced:error" },
  { "console-into-passive-speaker",
    { { "desk", "generic.analog-console-24" }, { "spk", "generic.passive-fullrange-15" } },
    { { "desk.main-l", "spk.in", 10 } }, "line-drives-speaker:error" },
  { "console-amp-two-speakers",
    { { "desk", "generic.analog-console-24" }, { "amp", "generic.power-amp-2ch-bridgeable" },
      { "a", "generic.passive-fullrange-15" }, { "b", "generic.passive-fullrange-15" } },
    { { "desk.main-l", "amp.in-a", 5 }, { "amp.out-a", "a.in", 15 }, { "a.link", "b.in", 3 } }, "" },
  { "amp-three-speakers",
    { { "amp", "generic.power-amp-2ch-bridgeable" }, { "a", "generic.passive-fullrange-15" },
      { "b", "generic.passive-fullrange-15" }, { "c", "generic.passive-fullrange-15" } },
    { { "amp.out-a", "a.in", 15 }, { "a.link", "b.in", 3 }, { "b.link", "c.in", 3 } },
    "load-below-minimum:error" },
  { "bridged-amp-two-speakers",
    { { "amp", "generic.power-amp-2ch-bridgeable" }, { "a", "generic.passive-fullrange-15" },
      { "b", "generic.passive-fullrange-15" } },
    { { "amp.bridge", "a.in", 15 }, { "a.link", "b.in", 3 } }, "load-below-minimum:error" },
  { "seventy-volt-line",
    { { "amp", "generic.amp-70v-120w" }, { "a", "generic.ceiling-speaker-70v" },
      { "b", "generic.ceiling-speaker-70v" }, { "c", "generic.wall-speaker-70v" } },
    { { "amp.out", "a.in", 20 }, { "a.thru", "b.in", 6 }, { "b.thru", "c.in", 6 } }, "" },
  { "hundred-volt-into-seventy-volt",
    { { "amp", "generic.amp-100v-2ch" }, { "spk", "generic.ceiling-speaker-70v" } },
    { { "amp.out-a", "spk.in", 20 } }, "cv-voltage-mismatch:error" },
  { "midi-too-long",
    { { "synth", "generic.synthesizer" }, { "drums", "generic.drum-machine" } },
    { { "synth.midi-out", "drums.midi-in", 20 } }, "cable-too-long:warning" },
  { "adat-into-spdif-optical",
    { { "ifc", "generic.usb-interface-8ch-adat" }, { "conv", "generic.optical-coax-converter" } },
    { { "ifc.adat-out", "conv.opt-in", 2 } }, "signal-mismatch:error" },
  { "laptop-to-interface",
    { { "laptop", "generic.laptop" }, { "ifc", "generic.usb-interface-8ch-adat" } },
    { { "laptop.usb1", "ifc.usb", 1 } }, "" },
  { "line-out-into-dmx",
    { { "desk", "generic.analog-console-24" }, { "par", "generic.led-par" } },
    { { "desk.aux1", "par.dmx-in", 10 } }, "signal-mismatch:error" },
};

static WpCatalogue *catalogue;

static void
apply_attributes (WpPort     *port,
                  const char *attributes)
{
  g_auto(GStrv) pairs = g_strsplit (attributes, ",", -1);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (pairs[i], "=", 2);

      if (g_str_equal (kv[0], "phantom_on"))
        port->phantom_on = g_str_equal (kv[1], "true") ? WP_FLAG_YES : WP_FLAG_NO;
      else if (g_str_equal (kv[0], "pad_on"))
        port->pad_on = g_str_equal (kv[1], "true") ? WP_FLAG_YES : WP_FLAG_NO;
      else
        g_error ("unknown attribute %s", kv[0]);
    }
}

static WpPlan *
build_plan (const Chain *chain,
            gboolean     reversed)
{
  WpPlan *plan = wp_plan_new ();

  for (guint i = 0; i < G_N_ELEMENTS (chain->parts) && chain->parts[i].name != NULL; i++)
    {
      const Part *part = &chain->parts[i];
      WpDeviceTemplate *template = wp_catalogue_find (catalogue, part->model);
      g_autoptr(WpDevice) device = NULL;

      if (template == NULL)
        g_error ("%s is not in the catalogue", part->model);
      device = wp_device_template_instantiate (template, part->name);
      if (part->port != NULL)
        {
          guint index;
          WpPort *port;

          g_assert_nonnull (wp_device_find_port (device, part->port, &index));
          port = wp_port_copy (wp_device_get_port (device, index));
          apply_attributes (port, part->attributes);
          wp_device_replace_port (device, index, port);
        }
      wp_plan_insert_device (plan, device, -1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (chain->links) && chain->links[i].from != NULL; i++)
    {
      const Link *link = &chain->links[i];
      g_auto(GStrv) from = g_strsplit (reversed ? link->to : link->from, ".", 2);
      g_auto(GStrv) to = g_strsplit (reversed ? link->from : link->to, ".", 2);
      g_autofree char *id = g_strdup_printf ("c%u", i + 1);
      g_autoptr(WpCable) cable = wp_cable_new (id, from[0], from[1], to[0], to[1]);

      if (link->length_m > 0)
        wp_cable_set_length_m (cable, link->length_m);
      if (!wp_plan_insert_cable (plan, cable, -1))
        g_error ("%s: cable %s names a missing port", chain->name, id);
    }
  return plan;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_chain (gconstpointer data)
{
  const Chain *chain = data;

  for (int reversed = 0; reversed <= 1; reversed++)
    {
      g_autoptr(WpPlan) plan = build_plan (chain, reversed);
      g_autoptr(GPtrArray) problems = wp_rules_check_plan (plan);
      g_autoptr(GString) verdicts = g_string_new (NULL);
      g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < problems->len; i++)
        {
          const WpProblem *problem = g_ptr_array_index (problems, i);
          char *verdict;

          g_test_message ("%s%s: %s %s: %s", chain->name, reversed ? " (reversed)" : "",
                          problem->rule, wp_enum_to_string (WP_ENUM_SEVERITY, problem->severity),
                          problem->message);
          if (problem->severity == WP_SEVERITY_INFO)
            continue;
          verdict = g_strdup_printf ("%s:%s", problem->rule,
                                     wp_enum_to_string (WP_ENUM_SEVERITY, problem->severity));
          if (g_ptr_array_find_with_equal_func (sorted, verdict, g_str_equal, NULL))
            g_free (verdict);
          else
            g_ptr_array_add (sorted, verdict);
        }
      g_ptr_array_sort (sorted, compare_strings);
      for (guint i = 0; i < sorted->len; i++)
        g_string_append_printf (verdicts, "%s%s", i ? " " : "", (char *) g_ptr_array_index (sorted, i));
      g_assert_cmpstr (verdicts->str, ==, chain->verdicts);

      if (chain->notes != NULL)
        {
          gboolean seen = FALSE;

          for (guint i = 0; i < problems->len; i++)
            {
              const WpProblem *problem = g_ptr_array_index (problems, i);
              seen |= problem->severity == WP_SEVERITY_INFO && g_str_equal (problem->rule, chain->notes);
            }
          g_assert_true (seen);
        }
    }
}

/* A problem about a whole net lists every cable of the net. */
static void
test_net_lists_every_cable (void)
{
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const Chain *chain = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (chains); i++)
    if (g_str_equal (chains[i].name, "amp-three-speakers"))
      chain = &chains[i];
  plan = build_plan (chain, FALSE);
  problems = wp_rules_check_plan (plan);
  g_assert_cmpuint (problems->len, >=, 1);
  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->rule, "load-below-minimum"))
        {
          g_assert_cmpuint (problem->cables->len, ==, 3);
          g_assert_nonnull (strstr (problem->message, "2.7"));
          return;
        }
    }
  g_assert_not_reached ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalogue = wp_catalogue_new ();
  g_assert_true (wp_catalogue_load_builtin (catalogue, &error));
  for (guint i = 0; i < G_N_ELEMENTS (chains); i++)
    {
      g_autofree char *path = g_strdup_printf ("/chains/%s", chains[i].name);
      g_test_add_data_func (path, &chains[i], test_chain);
    }
  g_test_add_func ("/chains/net-lists-every-cable", test_net_lists_every_cable);

  status = g_test_run ();
  g_clear_object (&catalogue);
  return status;
}
