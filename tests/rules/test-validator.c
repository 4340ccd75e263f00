/* test-validator.c: the incremental validator agrees with a full check after
 * every edit, reports what appeared and disappeared, and answers per cable.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rules-test.h"
#include "wp-validator.h"

#define N_SEQUENCES 1000
#define N_STEPS 20
#define SEED 20261121

/* What ::problems-changed told, applied to the problems the validator had. */
typedef struct {
  GPtrArray *problems;
  guint      n_signals;
} Tracker;

static void
on_problems_changed (WpValidator *validator,
                     GPtrArray   *appeared,
                     GPtrArray   *disappeared,
                     Tracker     *tracker)
{
  tracker->n_signals++;
  for (guint i = 0; i < disappeared->len; i++)
    {
      guint j;

      for (j = 0; j < tracker->problems->len; j++)
        if (wp_problem_equal (g_ptr_array_index (tracker->problems, j),
                              g_ptr_array_index (disappeared, i)))
          break;
      g_assert_cmpuint (j, <, tracker->problems->len);
      g_ptr_array_remove_index (tracker->problems, j);
    }
  for (guint i = 0; i < appeared->len; i++)
    g_ptr_array_add (tracker->problems, wp_problem_copy (g_ptr_array_index (appeared, i)));
}

static guint n_compared;

static void
assert_agrees (WpValidator *validator,
               Tracker     *tracker)
{
  WpPlan *plan = wp_validator_get_plan (validator);
  g_autoptr(GPtrArray) full = wp_rules_check_plan (plan);
  g_autoptr(GPtrArray) current = wp_validator_get_problems (validator);

  if (full->len != current->len || !rules_test_same_problems (full, current))
    {
      g_autofree char *a = rules_test_describe (full);
      g_autofree char *b = rules_test_describe (current);
      g_error ("full check:\n%sincremental:\n%s", a, b);
    }
  n_compared += full->len;
  /* Same order too. */
  for (guint i = 0; i < full->len; i++)
    g_assert_true (wp_problem_equal (g_ptr_array_index (full, i), g_ptr_array_index (current, i)));
  g_assert_true (rules_test_same_problems (tracker->problems, current));
  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      const char *id = wp_cable_get_id (wp_plan_get_cable (plan, i));
      g_autoptr(GPtrArray) mine = wp_validator_get_cable_problems (validator, id);
      guint n = 0;

      for (guint p = 0; p < full->len; p++)
        n += wp_problem_has_cable (g_ptr_array_index (full, p), id);
      g_assert_cmpuint (mine->len, ==, n);
    }
}

static int
pick (GRand      *rand,
      WpEnumKind  kind)
{
  return g_rand_int_range (rand, 0, (int) wp_enum_n_values (kind));
}

static double
pick_number (GRand        *rand,
             const double *values,
             guint         n_values)
{
  return g_rand_boolean (rand) ? NAN : values[g_rand_int_range (rand, 0, (int) n_values)];
}

static WpPort *
random_port (GRand *rand,
             guint  index,
             guint  n_ports)
{
  static const double impedances[] = { 4, 8, 16, 100, 600, 2000, 10000, 15000, 1e6 };
  static const double loads[] = { 2, 4, 600 };
  static const double powers[] = { 40, 60, 240 };
  static const double taps[] = { 6, 15, 30 };
  static const double pads[] = { 10, 20 };
  static const double limits[] = { 5, 50 };
  static const guint rates[] = { 44100, 48000, 96000 };
  static const WpSignal signals[] = {
    WP_SIGNAL_UNSET, WP_SIGNAL_ANALOG, WP_SIGNAL_ANALOG, WP_SIGNAL_ANALOG, WP_SIGNAL_ANALOG,
    WP_SIGNAL_AES3, WP_SIGNAL_SPDIF_COAX, WP_SIGNAL_ADAT, WP_SIGNAL_WORDCLOCK, WP_SIGNAL_DANTE,
    WP_SIGNAL_AES67, WP_SIGNAL_ETHERNET, WP_SIGNAL_USB, WP_SIGNAL_MIDI,
  };
  g_autofree char *id = g_strdup_printf ("p%u", index);
  WpPort *port = wp_port_new (id);

  port->direction = pick (rand, WP_ENUM_DIRECTION);
  port->signal = signals[g_rand_int_range (rand, 0, G_N_ELEMENTS (signals))];
  port->level = pick (rand, WP_ENUM_LEVEL);
  port->wiring = pick (rand, WP_ENUM_WIRING);
  port->channels = g_rand_int_range (rand, 0, 3);
  port->connector = pick (rand, WP_ENUM_CONNECTOR);
  port->gender = pick (rand, WP_ENUM_GENDER);
  port->impedance_ohm = pick_number (rand, impedances, G_N_ELEMENTS (impedances));
  port->min_load_ohm = pick_number (rand, loads, G_N_ELEMENTS (loads));
  port->bridged = g_rand_int_range (rand, 0, 3);
  port->power_w = pick_number (rand, powers, G_N_ELEMENTS (powers));
  port->cv_tap_w = pick_number (rand, taps, G_N_ELEMENTS (taps));
  port->combo_level = pick (rand, WP_ENUM_LEVEL);
  port->phantom = pick (rand, WP_ENUM_PHANTOM);
  port->phantom_on = g_rand_int_range (rand, 0, 3);
  port->needs_phantom = pick (rand, WP_ENUM_PHANTOM);
  port->battery = g_rand_int_range (rand, 0, 3);
  port->phantom_tolerance = pick (rand, WP_ENUM_TOLERANCE);
  port->mic_type = pick (rand, WP_ENUM_MIC_TYPE);
  port->pad_db = pick_number (rand, pads, G_N_ELEMENTS (pads));
  port->pad_on = g_rand_int_range (rand, 0, 3);
  if (g_rand_boolean (rand))
    {
      port->sample_rates = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
        if (g_rand_boolean (rand))
          g_array_append_val (port->sample_rates, rates[i]);
    }
  port->src = g_rand_int_range (rand, 0, 3);
  port->smux = g_rand_int_range (rand, 0, 3);
  port->usb_role = pick (rand, WP_ENUM_USB_ROLE);
  if (n_ports > 1 && g_rand_int_range (rand, 0, 3) == 0)
    {
      guint other = (index + (guint) g_rand_int_range (rand, 1, (int) n_ports)) % n_ports;
      port->link_of = g_strdup_printf ("p%u", other);
    }
  port->length_limit_m = pick_number (rand, limits, G_N_ELEMENTS (limits));
  /* Amplifiers and loudspeakers often enough to make nets of them. */
  if (g_rand_int_range (rand, 0, 3) == 0)
    {
      port->signal = WP_SIGNAL_ANALOG;
      port->level = WP_LEVEL_SPEAKER;
      port->impedance_ohm = g_rand_boolean (rand) ? 8 : 4;
    }
  return port;
}

static WpDevice *
random_device (GRand  *rand,
               WpPlan *plan)
{
  g_autofree char *id = wp_plan_make_id (plan, "d");
  g_autofree char *name = g_strdup_printf ("Device %s", id);
  WpDevice *device = wp_device_new (id);
  guint n_ports = (guint) g_rand_int_range (rand, 1, 5);

  wp_device_set_name (device, name);
  for (guint i = 0; i < n_ports; i++)
    wp_device_add_port (device, random_port (rand, i, n_ports));
  return device;
}

static const WpPort *
random_port_of (GRand     *rand,
                WpPlan    *plan,
                WpDevice **device)
{
  guint n_devices = wp_plan_get_n_devices (plan);

  *device = wp_plan_get_device (plan, g_rand_int_range (rand, 0, (int) n_devices));
  return wp_device_get_port (*device,
                             g_rand_int_range (rand, 0, (int) wp_device_get_n_ports (*device)));
}

static void
add_random_cable (GRand  *rand,
                  WpPlan *plan)
{
  static const double lengths[] = { 2, 8, 20, 60, 250 };
  static const char * const rules[] = { "load-below-minimum", "adapter-needed", "outputs-joined" };
  WpDevice *a, *b;
  const WpPort *pa, *pb;
  g_autofree char *id = NULL;
  g_autoptr(WpCable) cable = NULL;
  int position;

  if (wp_plan_get_n_devices (plan) == 0)
    return;
  pa = random_port_of (rand, plan, &a);
  pb = random_port_of (rand, plan, &b);
  id = wp_plan_make_id (plan, "c");
  cable = wp_cable_new (id, wp_device_get_id (a), pa->id, wp_device_get_id (b), pb->id);
  wp_cable_set_length_m (cable, pick_number (rand, lengths, G_N_ELEMENTS (lengths)));
  if (g_rand_int_range (rand, 0, 4) == 0)
    wp_cable_add_waiver (cable, rules[g_rand_int_range (rand, 0, G_N_ELEMENTS (rules))], "ok",
                         NULL);
  position = g_rand_int_range (rand, -1, (int) wp_plan_get_n_cables (plan) + 1);
  g_assert_true (wp_plan_insert_cable (plan, cable, position));
}

static WpCable *
random_cable (GRand  *rand,
              WpPlan *plan)
{
  if (wp_plan_get_n_cables (plan) == 0)
    return NULL;
  return wp_plan_get_cable (plan, g_rand_int_range (rand, 0, (int) wp_plan_get_n_cables (plan)));
}

/* Waives one of the cable's current problems, or unwaives one. */
static void
toggle_waiver (GRand       *rand,
               WpValidator *validator,
               WpCable     *cable)
{
  WpPlan *plan = wp_validator_get_plan (validator);
  g_autoptr(GPtrArray) problems = NULL;

  problems = wp_validator_get_cable_problems (validator, wp_cable_get_id (cable));

  if (wp_cable_get_n_waivers (cable) > 0 && g_rand_boolean (rand))
    wp_plan_unwaive (plan, cable, wp_cable_get_waiver (cable, 0)->rule);
  else if (problems->len > 0)
    {
      WpWaiver waiver = { ((WpProblem *) g_ptr_array_index (problems, 0))->rule, (char *) "tested", NULL };
      wp_plan_insert_waiver (plan, cable, &waiver, -1);
    }
}

static void
random_edit (GRand       *rand,
             WpValidator *validator)
{
  WpPlan *plan = wp_validator_get_plan (validator);
  WpDevice *device = NULL;
  WpCable *cable;
  g_autofree char *name = NULL;

  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:
    case 1:
      add_random_cable (rand, plan);
      break;
    case 2:
      if ((cable = random_cable (rand, plan)) != NULL)
        wp_plan_remove_cable (plan, cable);
      break;
    case 3:
    case 4:
      if (wp_plan_get_n_devices (plan) > 0)
        {
          const WpPort *port = random_port_of (rand, plan, &device);
          guint index;
          WpPort *replacement;

          wp_device_find_port (device, port->id, &index);
          replacement = random_port (rand, index, wp_device_get_n_ports (device));
          wp_plan_replace_port (plan, device, index, replacement);
        }
      break;
    case 5:
      if (wp_plan_get_n_devices (plan) > 2)
        {
          random_port_of (rand, plan, &device);
          wp_plan_remove_device (plan, device);
        }
      break;
    case 6:
      {
        g_autoptr(WpDevice) added = random_device (rand, plan);
        wp_plan_insert_device (plan, added, -1);
      }
      break;
    case 7:
      if (wp_plan_get_n_devices (plan) > 0)
        {
          random_port_of (rand, plan, &device);
          name = g_strdup_printf ("Renamed %u", g_rand_int_range (rand, 0, 100));
          wp_plan_set_device_text (plan, device, name, NULL);
        }
      break;
    case 8:
      if ((cable = random_cable (rand, plan)) != NULL)
        toggle_waiver (rand, validator, cable);
      break;
    case 9:
    default:
      if ((cable = random_cable (rand, plan)) != NULL)
        {
          static const double lengths[] = { 1, 7, 12, 40, 300 };
          double length = pick_number (rand, lengths, G_N_ELEMENTS (lengths));

          wp_plan_set_cable_length (plan, cable, length);
        }
      break;
    }
}

static WpPlan *
random_plan (GRand *rand)
{
  WpPlan *plan = wp_plan_new ();
  guint n_devices = (guint) g_rand_int_range (rand, 2, 7);
  guint n_cables = (guint) g_rand_int_range (rand, 1, 9);

  for (guint i = 0; i < n_devices; i++)
    {
      g_autoptr(WpDevice) device = random_device (rand, plan);
      wp_plan_insert_device (plan, device, -1);
    }
  for (guint i = 0; i < n_cables; i++)
    add_random_cable (rand, plan);
  return plan;
}

/* 1,000 random edit sequences on random plans: after every step the validator's
 * problems are those of a full check, and its signals account for them. */
static void
test_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  guint n_signals = 0;

  for (guint sequence = 0; sequence < N_SEQUENCES; sequence++)
    {
      g_autoptr(WpPlan) plan = random_plan (rand);
      g_autoptr(WpValidator) validator = NULL;
      Tracker tracker = { g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free), 0 };

      validator = wp_validator_new (plan);
      g_ptr_array_extend_and_steal (tracker.problems, wp_validator_get_problems (validator));
      g_signal_connect (validator, "problems-changed", G_CALLBACK (on_problems_changed), &tracker);
      assert_agrees (validator, &tracker);
      for (guint step = 0; step < N_STEPS; step++)
        {
          random_edit (rand, validator);
          assert_agrees (validator, &tracker);
        }
      n_signals += tracker.n_signals;
      g_ptr_array_unref (tracker.problems);
    }
  g_test_message ("%u problems compared, %u changes of the problems", n_compared, n_signals);
  g_assert_cmpuint (n_signals, >, N_SEQUENCES);
}

/* On random plans, a cable being drawn gets the problems it has once added
 * (less its own id). */
static void
test_random_candidates (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);

  for (guint n = 0; n < N_SEQUENCES; n++)
    {
      g_autoptr(WpPlan) plan = random_plan (rand);
      g_autoptr(GPtrArray) candidate = NULL;
      g_autoptr(GPtrArray) full = NULL;
      g_autoptr(GPtrArray) expected = NULL;
      g_autoptr(WpCable) cable = NULL;
      WpDevice *a, *b;
      const WpPort *pa = random_port_of (rand, plan, &a);
      const WpPort *pb = random_port_of (rand, plan, &b);

      cable = wp_cable_new ("drawn", wp_device_get_id (a), pa->id, wp_device_get_id (b), pb->id);
      candidate = wp_rules_check_candidate (plan, wp_cable_get_from (cable),
                                            wp_cable_get_to (cable));
      g_assert_true (wp_plan_insert_cable (plan, cable, -1));
      full = wp_rules_check_plan (plan);
      expected = rules_test_without_cable (full, "drawn");
      if (!rules_test_same_problems (expected, candidate))
        {
          g_autofree char *want = rules_test_describe (expected);
          g_autofree char *got = rules_test_describe (candidate);
          g_error ("candidate:\n%sexpected:\n%s", got, want);
        }
    }
}

static WpPlan *
speaker_plan (void)
{
  return rules_test_plan ("amp.out out analog speaker speakon-nl4 min_load_ohm=4;"
                          "s1.in in analog speaker speakon-nl4 impedance_ohm=8;"
                          "s1.link out analog speaker speakon-nl4;"
                          "s2.in in analog speaker speakon-nl4 impedance_ohm=8;"
                          "s3.in in analog speaker speakon-nl4 impedance_ohm=8",
                          "amp.out>s1.in amp.out>s2.in");
}

/* A third speaker on the amplifier: the net's problem appears on every cable. */
static void
test_changes (void)
{
  g_autoptr(WpPlan) plan = speaker_plan ();
  g_autoptr(WpValidator) validator = wp_validator_new (plan);
  g_autoptr(WpCable) cable = wp_cable_new ("c3", "s3", "in", "amp", "out");
  g_autoptr(GPtrArray) problems = wp_validator_get_problems (validator);
  g_autoptr(GPtrArray) on_c1 = NULL;
  const WpProblem *problem;
  Tracker tracker = { g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free), 0 };

  g_signal_connect (validator, "problems-changed", G_CALLBACK (on_problems_changed), &tracker);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (wp_plan_insert_cable (plan, cable, -1));
  g_assert_cmpuint (tracker.n_signals, ==, 1);
  g_assert_cmpuint (tracker.problems->len, ==, 1);
  problem = g_ptr_array_index (tracker.problems, 0);
  g_assert_cmpstr (problem->rule, ==, "load-below-minimum");
  g_assert_cmpuint (problem->cables->len, ==, 3);

  on_c1 = wp_validator_get_cable_problems (validator, "c1");
  g_assert_cmpuint (on_c1->len, ==, 1);
  g_clear_pointer (&on_c1, g_ptr_array_unref);
  on_c1 = wp_validator_get_cable_problems (validator, "nope");
  g_assert_cmpuint (on_c1->len, ==, 0);

  /* Nothing that the rules see: no signal. */
  wp_plan_move_device (plan, wp_plan_find_device (plan, "amp"), 10, 10);
  g_assert_cmpuint (tracker.n_signals, ==, 1);

  wp_plan_remove_cable (plan, cable);
  g_assert_cmpuint (tracker.n_signals, ==, 2);
  g_assert_cmpuint (tracker.problems->len, ==, 0);
  g_ptr_array_unref (tracker.problems);
}

/* Switching a port to link_of joins two nets: the load adds up. */
static void
test_link_edit (void)
{
  g_autoptr(WpPlan) plan = speaker_plan ();
  g_autoptr(WpValidator) validator = wp_validator_new (plan);
  g_autoptr(WpCable) cable = wp_cable_new ("c3", "s1", "link", "s3", "in");
  WpDevice *s1 = wp_plan_find_device (plan, "s1");
  g_autoptr(GPtrArray) appeared = NULL;
  g_autoptr(GPtrArray) disappeared = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  WpPlanChange change = { .kind = WP_CHANGE_PORT_EDITED, .device = s1, .port_index = 1 };
  WpPort *port;

  g_assert_true (wp_plan_insert_cable (plan, cable, -1));
  problems = wp_validator_get_problems (validator);
  g_assert_cmpuint (problems->len, ==, 0);

  port = wp_port_copy (wp_device_get_port (s1, 1));
  port->link_of = g_strdup ("in");
  wp_plan_replace_port (plan, s1, 1, port);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = wp_validator_get_problems (validator);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((WpProblem *) g_ptr_array_index (problems, 0))->rule, ==, "load-below-minimum");
  g_assert_cmpuint (((WpProblem *) g_ptr_array_index (problems, 0))->cables->len, ==, 3);

  /* Applying the same change again finds nothing new. */
  wp_validator_apply_change (validator, &change, &appeared, &disappeared);
  g_assert_cmpuint (appeared->len, ==, 0);
  g_assert_cmpuint (disappeared->len, ==, 0);
}

/* Messages name devices: renaming one re-words its problems. */
static void
test_rename (void)
{
  g_autoptr(WpPlan) plan = speaker_plan ();
  g_autoptr(WpValidator) validator = wp_validator_new (plan);
  g_autoptr(WpCable) cable = wp_cable_new ("c3", "amp", "out", "s3", "in");
  Tracker tracker = { g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free), 0 };
  g_autoptr(GPtrArray) problems = NULL;
  const char *message;

  g_assert_true (wp_plan_insert_cable (plan, cable, -1));
  g_ptr_array_extend_and_steal (tracker.problems, wp_validator_get_problems (validator));
  g_signal_connect (validator, "problems-changed", G_CALLBACK (on_problems_changed), &tracker);
  wp_plan_set_device_text (plan, wp_plan_find_device (plan, "amp"), "Main amp", NULL);
  g_assert_cmpuint (tracker.n_signals, ==, 1);
  problems = wp_validator_get_problems (validator);
  g_assert_cmpuint (problems->len, ==, 1);
  message = ((WpProblem *) g_ptr_array_index (problems, 0))->message;
  g_assert_nonnull (strstr (message, "“Main amp”"));
  g_assert_true (rules_test_same_problems (tracker.problems, problems));

  /* Removing a device removes its cables first, and their problems. */
  wp_plan_remove_device (plan, wp_plan_find_device (plan, "amp"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = wp_validator_get_problems (validator);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (tracker.problems->len, ==, 0);
  g_ptr_array_unref (tracker.problems);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validator/changes", test_changes);
  g_test_add_func ("/validator/link-edit", test_link_edit);
  g_test_add_func ("/validator/rename", test_rename);
  g_test_add_func ("/validator/random", test_random);
  g_test_add_func ("/validator/random-candidates", test_random_candidates);
  return g_test_run ();
}
