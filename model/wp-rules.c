/* wp-rules.c: the connection rules
 *
 * Each rule is a function that looks at one connection and adds problems. A
 * rule whose inputs are unknown does not fire (RULES.md).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-rules.h"

typedef void (*ConnectionRule) (const WpConnection *connection,
                                GPtrArray          *problems);

/* Resolves both ends and orients the cable so that the source is the sending
 * side: a cable drawn from an input to an output is checked the right way round.
 * Returns FALSE when an end is missing. */
gboolean
wp_connection_init (WpConnection     *connection,
                    WpPlan           *plan,
                    WpCable          *cable,
                    const WpEndpoint *from,
                    const WpEndpoint *to)
{
  WpDevice *from_device, *to_device;
  const WpPort *from_port, *to_port;

  from_port = wp_plan_resolve (plan, from, &from_device);
  to_port = wp_plan_resolve (plan, to, &to_device);
  if (from_port == NULL || to_port == NULL)
    return FALSE;

  connection->plan = plan;
  connection->cable = cable;
  if (from_port->direction == WP_DIRECTION_IN && to_port->direction != WP_DIRECTION_IN)
    {
      connection->source_device = to_device;
      connection->source = to_port;
      connection->sink_device = from_device;
      connection->sink = from_port;
    }
  else
    {
      connection->source_device = from_device;
      connection->source = from_port;
      connection->sink_device = to_device;
      connection->sink = to_port;
    }
  return TRUE;
}

/* “Vocal 1” Out: how messages name a port. */
char *
wp_rules_describe_port (WpDevice     *device,
                        const WpPort *port)
{
  /* Translators: a device name and one of its ports, as in “Vocal 1” Out */
  return g_strdup_printf (_("“%s” %s"), wp_device_get_display_name (device),
                          port->name != NULL && port->name[0] ? port->name : port->id);
}

static WpProblem *
connection_problem (const WpConnection *connection,
                    const char         *rule,
                    WpSeverity          severity)
{
  WpProblem *problem = wp_problem_new (rule, severity);

  if (connection->cable != NULL)
    wp_problem_add_cable (problem, wp_cable_get_id (connection->cable));
  wp_problem_add_device (problem, wp_device_get_id (connection->source_device));
  wp_problem_add_device (problem, wp_device_get_id (connection->sink_device));
  return problem;
}

static void
check_direction (const WpConnection *connection,
                 GPtrArray          *problems)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  WpProblem *problem;
  WpDirection direction = connection->source->direction;

  if (direction != connection->sink->direction
      || (direction != WP_DIRECTION_OUT && direction != WP_DIRECTION_IN))
    return;

  a = wp_rules_describe_port (connection->source_device, connection->source);
  b = wp_rules_describe_port (connection->sink_device, connection->sink);
  if (direction == WP_DIRECTION_OUT)
    {
      problem = connection_problem (connection, "output-to-output", WP_SEVERITY_ERROR);
      problem->message = g_strdup_printf (_("%s and %s are both outputs: two outputs "
                                            "joined by a cable fight each other and "
                                            "nothing hears the signal."), a, b);
      problem->fix = g_strdup (_("Connect the output to an input of the next device in "
                                 "the chain (for MIDI: OUT or THRU to IN)."));
    }
  else
    {
      problem = connection_problem (connection, "input-to-input", WP_SEVERITY_ERROR);
      problem->message = g_strdup_printf (_("%s and %s are both inputs: no signal "
                                            "reaches either of them."), a, b);
      problem->fix = g_strdup (_("Connect one end to an output of the source device."));
    }
  g_ptr_array_add (problems, problem);
}

static const ConnectionRule connection_rules[] = {
  check_direction,
};

/* The problems of one connection, without waivers applied. */
GPtrArray *
wp_rules_check_connection (const WpConnection *connection)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);

  g_return_val_if_fail (connection != NULL, problems);

  for (guint i = 0; i < G_N_ELEMENTS (connection_rules); i++)
    connection_rules[i] (connection, problems);
  return problems;
}

/* A problem is waived when every one of its cables waives its rule. */
static void
apply_waivers (WpPlan    *plan,
               WpProblem *problem)
{
  problem->waived = problem->cables->len > 0;
  for (guint i = 0; i < problem->cables->len && problem->waived; i++)
    {
      WpCable *cable = wp_plan_find_cable (plan, g_ptr_array_index (problem->cables, i));
      problem->waived = cable != NULL && wp_cable_is_waived (cable, problem->rule);
    }
}

GPtrArray *
wp_rules_check_plan (WpPlan *plan)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);

  g_return_val_if_fail (WP_IS_PLAN (plan), problems);

  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      WpCable *cable = wp_plan_get_cable (plan, i);
      g_autoptr(GPtrArray) found = NULL;
      WpConnection connection;

      if (!wp_connection_init (&connection, plan, cable, wp_cable_get_from (cable),
                               wp_cable_get_to (cable)))
        continue;
      found = wp_rules_check_connection (&connection);
      g_ptr_array_extend_and_steal (problems, g_steal_pointer (&found));
    }
  for (guint i = 0; i < problems->len; i++)
    apply_waivers (plan, g_ptr_array_index (problems, i));
  wp_rules_sort (plan, problems);
  return problems;
}

static guint
first_cable_index (WpPlan          *plan,
                   const WpProblem *problem)
{
  guint index = G_MAXUINT;

  for (guint i = 0; i < problem->cables->len; i++)
    {
      WpCable *cable = wp_plan_find_cable (plan, g_ptr_array_index (problem->cables, i));
      guint found;

      if (cable != NULL && wp_plan_index_of_cable (plan, cable, &found))
        index = MIN (index, found);
    }
  return index;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const WpProblem *pa = *(WpProblem * const *) a;
  const WpProblem *pb = *(WpProblem * const *) b;
  WpPlan *plan = user_data;
  guint ia = first_cable_index (plan, pa);
  guint ib = first_cable_index (plan, pb);
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;

  if (ia != ib)
    return ia < ib ? -1 : 1;
  if (pa->severity != pb->severity)
    return pa->severity > pb->severity ? -1 : 1;
  ka = wp_problem_get_key (pa);
  kb = wp_problem_get_key (pb);
  return strcmp (ka, kb);
}

/* Document order of the first cable, then errors before warnings, then by rule:
 * the same plan always lists its problems in the same order. */
void
wp_rules_sort (WpPlan    *plan,
               GPtrArray *problems)
{
  g_ptr_array_sort_with_data (problems, compare_problems, plan);
}
