/* wp-rules.c: the connection rules: entry points, orientation and the rule tables
 *
 * Rules of one cable look at a WpConnection, oriented from its source whichever way
 * the cable was drawn; rules about loads and drivers look at a WpNet. A rule whose
 * inputs are unknown does not fire (RULES.md). The rules themselves live in the
 * wp-rules-*.c files, one family each.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "wp-rules-private.h"

/* How surely a port sends: a cable is oriented from the lower to the higher role. */
typedef enum {
  ROLE_SENDS,
  ROLE_BOTH,      /* bidir, or a link socket wired in parallel with another port */
  ROLE_UNKNOWN,
  ROLE_RECEIVES,
} Role;

static const WpConnectionRule connection_rules[] = {
  wp_rules_check_impedance,
  wp_rules_check_wiring,
  wp_rules_check_connectors,
  wp_rules_check_phantom,
  wp_rules_check_sample_rate,
  wp_rules_check_usb_roles,
  wp_rules_check_length,
};

static const WpNetRule net_rules[] = {
  wp_rules_check_outputs_joined,
  wp_rules_check_port_shared,
  wp_rules_check_digital_split,
  wp_rules_check_output_overloaded,
  wp_rules_check_speaker_load,
  wp_rules_check_cv_load,
  wp_rules_check_phantom_through,
};

static Role
port_role (WpDevice     *device,
           const WpPort *port)
{
  if (wp_net_is_link_port (device, port))
    return ROLE_BOTH;
  switch (port->direction)
    {
    case WP_DIRECTION_OUT:
      return ROLE_SENDS;
    case WP_DIRECTION_BIDIR:
      return ROLE_BOTH;
    case WP_DIRECTION_IN:
      return ROLE_RECEIVES;
    case WP_DIRECTION_UNSET:
    default:
      return ROLE_UNKNOWN;
    }
}

static int
compare_endpoints (const WpEndpoint *a,
                   const WpEndpoint *b)
{
  int result = g_strcmp0 (a->device, b->device);

  return result != 0 ? result : g_strcmp0 (a->port, b->port);
}

/* Resolves both ends and orients the cable so that the source is the sending
 * side: a cable drawn from an input to an output is checked the right way round,
 * and where the directions do not tell (two outputs, two bidir ports) the order
 * of the ids does, so a cable gets the same verdict whichever way it was drawn.
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
  Role from_role, to_role;

  g_return_val_if_fail (connection != NULL, FALSE);
  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  from_port = wp_plan_resolve (plan, from, &from_device);
  to_port = wp_plan_resolve (plan, to, &to_device);
  if (from_port == NULL || to_port == NULL)
    return FALSE;

  connection->plan = plan;
  connection->cable = cable;
  from_role = port_role (from_device, from_port);
  to_role = port_role (to_device, to_port);
  if (to_role < from_role || (to_role == from_role && compare_endpoints (to, from) < 0))
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

/* TRUE when the source sends and the sink receives, so that rules about what
 * goes from one to the other can be judged. */
gboolean
wp_connection_is_oriented (const WpConnection *connection)
{
  Role source = port_role (connection->source_device, connection->source);
  Role sink = port_role (connection->sink_device, connection->sink);

  return (source == ROLE_SENDS || source == ROLE_BOTH)
         && (sink == ROLE_BOTH || sink == ROLE_RECEIVES);
}

/* TRUE unless an end is known to carry something else than analog audio. */
gboolean
wp_connection_is_analog (const WpConnection *connection)
{
  return (connection->source->signal == WP_SIGNAL_ANALOG
          || connection->source->signal == WP_SIGNAL_UNSET)
         && (connection->sink->signal == WP_SIGNAL_ANALOG
             || connection->sink->signal == WP_SIGNAL_UNSET);
}

typedef enum {
  PATH_XLR,
  PATH_OTHER,     /* a jack or any other connector: no phantom power */
  PATH_UNKNOWN,
} Path;

/* The sink as the source's plug meets it. On the jack path of a combo whose jack
 * takes another level than its XLR, `impedance_ohm` and `wiring` (which describe
 * the XLR path) are unknown. */
void
wp_connection_get_input (const WpConnection *connection,
                         WpInputView        *view)
{
  const WpPort *sink = connection->sink;
  WpConnector plug = connection->source->connector;
  Path path = PATH_OTHER;

  view->level = sink->level;
  view->wiring = sink->wiring;
  view->impedance_ohm = sink->impedance_ohm;
  view->jack_path = FALSE;
  switch (sink->connector)
    {
    case WP_CONNECTOR_XLR3:
    case WP_CONNECTOR_XLR5:
      path = PATH_XLR;
      break;
    case WP_CONNECTOR_COMBO:
      if (plug == WP_CONNECTOR_XLR3)
        {
          path = PATH_XLR;
          break;
        }
      view->jack_path = plug == WP_CONNECTOR_TRS_6_35 || plug == WP_CONNECTOR_TS_6_35
                        || plug == WP_CONNECTOR_TRS_3_5 || plug == WP_CONNECTOR_TS_3_5
                        || plug == WP_CONNECTOR_RCA;
      path = view->jack_path ? PATH_OTHER : PATH_UNKNOWN;
      if (view->jack_path)
        view->level = sink->combo_level;
      else if (sink->combo_level != sink->level)
        view->level = WP_LEVEL_UNSET;
      if (sink->combo_level != sink->level)
        {
          view->wiring = WP_WIRING_UNSET;
          view->impedance_ohm = NAN;
        }
      break;
    case WP_CONNECTOR_UNSET:
      path = PATH_UNKNOWN;
      break;
    default:
      break;
    }

  /* Phantom power exists only on XLR microphone inputs. */
  if (sink->phantom == WP_PHANTOM_NONE || sink->phantom_on == WP_FLAG_NO || path == PATH_OTHER)
    view->phantom = WP_PHANTOM_NONE;
  else if (sink->phantom == WP_PHANTOM_UNSET || sink->phantom_on == WP_FLAG_UNSET
           || path == PATH_UNKNOWN)
    view->phantom = WP_PHANTOM_UNSET;
  else
    view->phantom = sink->phantom;
}

/* “Vocal 1” Out: how messages name a port. */
char *
wp_rules_describe_port (WpDevice     *device,
                        const WpPort *port)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), NULL);
  g_return_val_if_fail (port != NULL, NULL);

  /* Translators: a device name and one of its ports, as in “Vocal 1” Out */
  return g_strdup_printf (_("“%s” %s"), wp_device_get_display_name (device),
                          port->name != NULL && port->name[0] ? port->name : port->id);
}

/* Names the ends of @connection into *@a and *@b unless they are named already:
 * rules name them only once they have a problem to report, which most connections
 * do not have, and a name costs a translation and a printf. */
void
wp_rules_name_ends (const WpConnection  *connection,
                    char               **a,
                    char               **b)
{
  if (*a == NULL)
    *a = wp_rules_describe_port (connection->source_device, connection->source);
  if (*b == NULL)
    *b = wp_rules_describe_port (connection->sink_device, connection->sink);
}

static WpProblem *
problem_new (const char *rule,
             WpSeverity  severity,
             char       *message,
             char       *fix)
{
  WpProblem *problem = wp_problem_new (rule, severity);

  problem->message = message;
  problem->fix = fix;
  return problem;
}

/* Cables of a net are distinct; its devices are not. */
static void
add_ends (WpProblem          *problem,
          const WpConnection *connection,
          GHashTable         *devices)
{
  const char *ids[] = {
    wp_device_get_id (connection->source_device), wp_device_get_id (connection->sink_device),
  };

  if (connection->cable != NULL)
    g_ptr_array_add (problem->cables, g_strdup (wp_cable_get_id (connection->cable)));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    if (g_hash_table_add (devices, (gpointer) ids[i]))
      g_ptr_array_add (problem->devices, g_strdup (ids[i]));
}

/* Adds a problem about one cable (none for a cable being drawn) to @problems;
 * takes @message and @fix. */
void
wp_rules_report (GPtrArray          *problems,
                 const WpConnection *connection,
                 const char         *rule,
                 WpSeverity          severity,
                 char               *message,
                 char               *fix)
{
  WpProblem *problem = problem_new (rule, severity, message, fix);
  g_autoptr(GHashTable) devices = g_hash_table_new (g_str_hash, g_str_equal);

  add_ends (problem, connection, devices);
  g_ptr_array_add (problems, problem);
}

/* Adds a problem about a whole net: it lists every cable of the net. */
void
wp_rules_report_net (GPtrArray   *problems,
                     const WpNet *net,
                     const char  *rule,
                     WpSeverity   severity,
                     char        *message,
                     char        *fix)
{
  WpProblem *problem = problem_new (rule, severity, message, fix);
  g_autoptr(GHashTable) devices = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < net->connections->len; i++)
    add_ends (problem, &g_array_index (net->connections, WpConnection, i), devices);
  g_ptr_array_add (problems, problem);
}

/* The problems of one connection, without waivers applied. A wrong direction,
 * signal or level makes every other verdict about the cable meaningless. */
GPtrArray *
wp_rules_check_connection (const WpConnection *connection)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);

  g_return_val_if_fail (connection != NULL, problems);

  if (!wp_rules_check_direction (connection, problems)
      || !wp_rules_check_signal (connection, problems)
      || !wp_rules_check_levels (connection, problems))
    return problems;
  for (guint i = 0; i < G_N_ELEMENTS (connection_rules); i++)
    connection_rules[i] (connection, problems);
  return problems;
}

static void
check_net_rules (const WpNet *net,
                 GPtrArray   *problems)
{
  if (net->connections->len == 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (net_rules); i++)
    net_rules[i] (net, problems);
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

/* Every problem of a net: of each of its cables and of the net as a whole, with
 * waivers applied. */
GPtrArray *
wp_rules_check_net (const WpNet *net)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);

  for (guint i = 0; i < net->connections->len; i++)
    g_ptr_array_extend_and_steal (problems, wp_rules_check_connection (
                                    &g_array_index (net->connections, WpConnection, i)));
  check_net_rules (net, problems);
  for (guint i = 0; i < problems->len; i++)
    apply_waivers (net->plan, g_ptr_array_index (problems, i));
  return problems;
}

/* Every problem of the plan, sorted as wp_rules_sort() sorts. */
GPtrArray *
wp_rules_check_plan (WpPlan *plan)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);
  g_autoptr(GPtrArray) nets = NULL;

  g_return_val_if_fail (WP_IS_PLAN (plan), problems);

  nets = wp_net_list (plan);
  for (guint i = 0; i < nets->len; i++)
    g_ptr_array_extend_and_steal (problems, wp_rules_check_net (g_ptr_array_index (nets, i)));
  wp_rules_sort (plan, problems);
  return problems;
}

/* The problems a cable from @from to @to would have if it were added, including
 * those of the net it would join (a second output into one input, a third
 * speaker on an amplifier). The cable itself has no id, so its problems list
 * only the plan's cables, and nothing is waived. */
GPtrArray *
wp_rules_check_candidate (WpPlan           *plan,
                          const WpEndpoint *from,
                          const WpEndpoint *to)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);
  g_autoptr(WpNet) net = NULL;
  WpConnection connection;

  g_return_val_if_fail (WP_IS_PLAN (plan), problems);
  g_return_val_if_fail (from != NULL && to != NULL, problems);

  if (!wp_connection_init (&connection, plan, NULL, from, to))
    return problems;
  g_ptr_array_extend_and_steal (problems, wp_rules_check_connection (&connection));
  net = wp_net_new_candidate (&connection);
  check_net_rules (net, problems);
  wp_rules_sort (plan, problems);
  return problems;
}

/* A problem with what it is sorted by. */
typedef struct {
  WpProblem *problem;
  guint      first;    /* document position of its first cable */
  char      *key;
} SortEntry;

/* Cable id -> its document position + 1, for wp_rules_first_position().
 * The ids are the plan's: valid while its cables are. */
GHashTable *
wp_rules_cable_positions (WpPlan *plan)
{
  GHashTable *positions = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (WP_IS_PLAN (plan), positions);

  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    g_hash_table_insert (positions, (gpointer) wp_cable_get_id (wp_plan_get_cable (plan, i)),
                         GUINT_TO_POINTER (i + 1));
  return positions;
}

/* The document position of @problem's first cable (G_MAXUINT: none). */
guint
wp_rules_first_position (GHashTable      *positions,
                         const WpProblem *problem)
{
  guint first = G_MAXUINT;

  for (guint i = 0; i < problem->cables->len; i++)
    {
      const char *id = g_ptr_array_index (problem->cables, i);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (positions, id));

      if (position > 0)
        first = MIN (first, position - 1);
    }
  return first;
}

/* The order of problems, given each one's first position and key
 * (wp_problem_get_key()): document order of the first cable, then errors before
 * warnings, then by rule and the rest, so the same problems always come in the
 * same order. */
int
wp_rules_compare (const WpProblem *a,
                  guint            first_a,
                  const char      *key_a,
                  const WpProblem *b,
                  guint            first_b,
                  const char      *key_b)
{
  int result;

  if (first_a != first_b)
    return first_a < first_b ? -1 : 1;
  if (a->severity != b->severity)
    return a->severity > b->severity ? -1 : 1;
  if ((result = strcmp (key_a, key_b)) != 0
      || (result = g_strcmp0 (a->message, b->message)) != 0
      || (result = g_strcmp0 (a->fix, b->fix)) != 0)
    return result;
  return a->waived - b->waived;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *ea = a;
  const SortEntry *eb = b;

  return wp_rules_compare (ea->problem, ea->first, ea->key, eb->problem, eb->first, eb->key);
}

/* Puts @problems in wp_rules_compare()'s order. */
void
wp_rules_sort (WpPlan    *plan,
               GPtrArray *problems)
{
  g_autoptr(GHashTable) positions = NULL;
  g_autofree SortEntry *entries = NULL;

  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (problems != NULL);

  /* Nothing to order: and the cable positions below cost a pass over the plan,
   * which judging every port for a cable being drawn would pay thousands of times. */
  if (problems->len < 2)
    return;
  positions = wp_rules_cable_positions (plan);
  entries = g_new0 (SortEntry, problems->len);
  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);

      entries[i].problem = problem;
      entries[i].first = wp_rules_first_position (positions, problem);
      entries[i].key = wp_problem_get_key (problem);
    }
  qsort (entries, problems->len, sizeof (SortEntry), compare_entries);
  for (guint i = 0; i < problems->len; i++)
    {
      problems->pdata[i] = entries[i].problem;
      g_free (entries[i].key);
    }
}
