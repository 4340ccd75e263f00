/* wp-net.c: ports joined by cables and by link_of
 *
 * A net is found by a walk from one port along cables and link_of in both
 * directions, then put in a canonical order (cables in document order, ports as
 * their cables reach them), so that the same component gives the same net, and
 * the same verdicts, whichever port the walk started from.
 */
#include "config.h"

#include "wp-net.h"

typedef struct {
  WpDevice     *device;
  const WpPort *port;
} Reached;

typedef struct {
  guint    position;
  WpCable *cable;
} OrderedCable;

/* TRUE when @port names another existing port of @device in link_of. */
gboolean
wp_net_is_link_port (WpDevice     *device,
                     const WpPort *port)
{
  g_return_val_if_fail (WP_IS_DEVICE (device), FALSE);
  g_return_val_if_fail (port != NULL, FALSE);

  return port->link_of != NULL && g_strcmp0 (port->link_of, port->id) != 0
         && wp_device_find_port (device, port->link_of, NULL) != NULL;
}

static void
reach (GHashTable   *reached,
       GArray       *queue,
       WpDevice     *device,
       const WpPort *port)
{
  Reached item = { device, port };

  if (port == NULL || g_hash_table_contains (reached, port))
    return;
  g_hash_table_add (reached, (gpointer) port);
  g_array_append_val (queue, item);
}

static void
reach_endpoint (WpPlan           *plan,
                GHashTable       *reached,
                GArray           *queue,
                const WpEndpoint *endpoint)
{
  WpDevice *device = NULL;
  const WpPort *port = wp_plan_resolve (plan, endpoint, &device);

  reach (reached, queue, device, port);
}

/* Every port joined to the first one in @queue, and every cable between them. */
static void
walk (WpPlan             *plan,
      const WpConnection *candidate,
      GHashTable         *reached,
      GArray             *queue,
      GHashTable         *cables)
{
  for (guint i = 0; i < queue->len; i++)
    {
      Reached item = g_array_index (queue, Reached, i);
      GPtrArray *at = wp_plan_get_cables_at (plan, wp_device_get_id (item.device), item.port->id);

      for (guint c = 0; at != NULL && c < at->len; c++)
        {
          WpCable *cable = g_ptr_array_index (at, c);

          g_hash_table_add (cables, cable);
          reach_endpoint (plan, reached, queue, wp_cable_get_from (cable));
          reach_endpoint (plan, reached, queue, wp_cable_get_to (cable));
        }
      if (candidate != NULL && (item.port == candidate->source || item.port == candidate->sink))
        {
          reach (reached, queue, candidate->source_device, candidate->source);
          reach (reached, queue, candidate->sink_device, candidate->sink);
        }
      if (wp_net_is_link_port (item.device, item.port))
        reach (reached, queue, item.device,
               wp_device_find_port (item.device, item.port->link_of, NULL));
      for (guint p = 0; p < wp_device_get_n_ports (item.device); p++)
        {
          const WpPort *other = wp_device_get_port (item.device, p);

          if (other != item.port && g_strcmp0 (other->link_of, item.port->id) == 0)
            reach (reached, queue, item.device, other);
        }
    }
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  const OrderedCable *ca = a;
  const OrderedCable *cb = b;

  return ca->position < cb->position ? -1 : ca->position > cb->position;
}

static void
add_connections (WpNet      *net,
                 GHashTable *cables)
{
  g_autoptr(GArray) ordered = g_array_sized_new (FALSE, FALSE, sizeof (OrderedCable),
                                                 g_hash_table_size (cables));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, cables);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      OrderedCable item = { 0, key };

      if (wp_plan_index_of_cable (net->plan, item.cable, &item.position))
        g_array_append_val (ordered, item);
    }
  g_array_sort (ordered, compare_positions);
  for (guint i = 0; i < ordered->len; i++)
    {
      WpCable *cable = g_array_index (ordered, OrderedCable, i).cable;
      WpConnection connection;

      if (wp_connection_init (&connection, net->plan, cable, wp_cable_get_from (cable),
                              wp_cable_get_to (cable)))
        g_array_append_val (net->connections, connection);
    }
}

static guint
add_port (WpNet        *net,
          WpDevice     *device,
          const WpPort *port)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (net->index, port));
  WpNetPort item = { device, port, 0, 0, wp_net_is_link_port (device, port) };

  if (index > 0)
    return index - 1;
  item.group = net->ports->len;
  g_array_append_val (net->ports, item);
  g_hash_table_insert (net->index, (gpointer) port, GUINT_TO_POINTER (net->ports->len));
  return net->ports->len - 1;
}

static guint
find_group (GArray *ports,
            guint   index)
{
  while (g_array_index (ports, WpNetPort, index).group != index)
    index = g_array_index (ports, WpNetPort, index).group;
  return index;
}

/* Ports wired in parallel share the group of the first of them. */
static void
join_groups (WpNet *net)
{
  for (guint i = 0; i < net->ports->len; i++)
    {
      const WpNetPort *item = &g_array_index (net->ports, WpNetPort, i);
      const WpPort *target;
      guint found, a, b;

      if (!item->is_link)
        continue;
      target = wp_device_find_port (item->device, item->port->link_of, NULL);
      found = GPOINTER_TO_UINT (g_hash_table_lookup (net->index, target));
      if (found == 0)
        continue;
      a = find_group (net->ports, i);
      b = find_group (net->ports, found - 1);
      g_array_index (net->ports, WpNetPort, MAX (a, b)).group = MIN (a, b);
    }
  for (guint i = 0; i < net->ports->len; i++)
    g_array_index (net->ports, WpNetPort, i).group = find_group (net->ports, i);
}

static WpNet *
build (WpPlan             *plan,
       WpDevice           *device,
       const WpPort       *port,
       const WpConnection *candidate)
{
  g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) cables = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (Reached));
  WpNet *net = g_new0 (WpNet, 1);
  guint n_listed = 0;

  net->plan = plan;
  net->ports = g_array_new (FALSE, TRUE, sizeof (WpNetPort));
  net->connections = g_array_new (FALSE, TRUE, sizeof (WpConnection));
  net->index = g_hash_table_new (NULL, NULL);

  reach (reached, queue, device, port);
  walk (plan, candidate, reached, queue, cables);
  add_connections (net, cables);
  if (candidate != NULL)
    g_array_append_val (net->connections, *candidate);

  for (guint i = 0; i < net->connections->len; i++)
    {
      const WpConnection *connection = &g_array_index (net->connections, WpConnection, i);
      guint source = add_port (net, connection->source_device, connection->source);
      guint sink = add_port (net, connection->sink_device, connection->sink);

      g_array_index (net->ports, WpNetPort, source).n_cables++;
      g_array_index (net->ports, WpNetPort, sink).n_cables++;
    }
  if (net->ports->len == 0)
    add_port (net, device, port);
  /* The rest was reached through link_of, so it is on a device already listed.
   * The search stops once every reached port is listed, which most nets are at once. */
  for (guint i = 0; i < net->ports->len; i++)
    if (g_hash_table_contains (reached, g_array_index (net->ports, WpNetPort, i).port))
      n_listed++;
  for (guint i = 0; n_listed < g_hash_table_size (reached) && i < net->ports->len; i++)
    {
      WpDevice *owner = g_array_index (net->ports, WpNetPort, i).device;

      for (guint p = 0; p < wp_device_get_n_ports (owner); p++)
        {
          guint n_ports = net->ports->len;

          if (g_hash_table_contains (reached, wp_device_get_port (owner, p)))
            add_port (net, owner, wp_device_get_port (owner, p));
          n_listed += net->ports->len - n_ports;
        }
    }
  join_groups (net);
  return net;
}

/* The net of the port @seed names, or NULL when there is no such port. */
WpNet *
wp_net_new (WpPlan           *plan,
            const WpEndpoint *seed)
{
  WpDevice *device = NULL;
  const WpPort *port;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (seed != NULL, NULL);

  port = wp_plan_resolve (plan, seed, &device);
  return port != NULL ? build (plan, device, port, NULL) : NULL;
}

/* The net a cable being drawn would make: @candidate (whose cable is NULL) joins
 * the nets of its two ends and comes last among the connections. */
WpNet *
wp_net_new_candidate (const WpConnection *candidate)
{
  g_return_val_if_fail (candidate != NULL, NULL);

  return build (candidate->plan, candidate->source_device, candidate->source, candidate);
}

void
wp_net_free (WpNet *net)
{
  if (net == NULL)
    return;
  g_array_unref (net->ports);
  g_array_unref (net->connections);
  g_hash_table_unref (net->index);
  g_free (net);
}

/* Every net with at least one cable, in document order of its first cable. */
GPtrArray *
wp_net_list (WpPlan *plan)
{
  GPtrArray *nets = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_net_free);
  g_autoptr(GHashTable) covered = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (WP_IS_PLAN (plan), nets);

  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      WpCable *cable = wp_plan_get_cable (plan, i);
      g_autoptr(WpNet) net = NULL;

      if (g_hash_table_contains (covered, cable))
        continue;
      g_hash_table_add (covered, cable);
      net = wp_net_new (plan, wp_cable_get_from (cable));
      if (net == NULL || net->connections->len == 0)
        continue;
      for (guint c = 0; c < net->connections->len; c++)
        g_hash_table_add (covered, g_array_index (net->connections, WpConnection, c).cable);
      g_ptr_array_add (nets, g_steal_pointer (&net));
    }
  return nets;
}

const WpNetPort *
wp_net_get_port (const WpNet *net,
                 guint        index)
{
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (index < net->ports->len, NULL);

  return &g_array_index (net->ports, WpNetPort, index);
}

/* The entry of @port, or NULL when @port is not in @net. */
const WpNetPort *
wp_net_find_port (const WpNet  *net,
                  const WpPort *port)
{
  guint index;

  g_return_val_if_fail (net != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (net->index, port));
  return index > 0 ? &g_array_index (net->ports, WpNetPort, index - 1) : NULL;
}

/* An output of its own: not a link socket that passes another port's signal on. */
gboolean
wp_net_port_is_driver (const WpNetPort *net_port)
{
  g_return_val_if_fail (net_port != NULL, FALSE);

  return net_port->port->direction == WP_DIRECTION_OUT && !net_port->is_link;
}

/* An input of its own: a speaker's link socket is not itself a load. */
gboolean
wp_net_port_is_load (const WpNetPort *net_port)
{
  g_return_val_if_fail (net_port != NULL, FALSE);

  return net_port->port->direction == WP_DIRECTION_IN && !net_port->is_link;
}

/* The one output that drives the net, or NULL when none or several do (then
 * outputs-joined says so, and which output a load belongs to is moot). */
const WpNetPort *
wp_net_get_driver (const WpNet *net)
{
  const WpNetPort *driver = NULL;

  g_return_val_if_fail (net != NULL, NULL);

  for (guint i = 0; i < net->ports->len; i++)
    {
      const WpNetPort *item = &g_array_index (net->ports, WpNetPort, i);

      if (!wp_net_port_is_driver (item))
        continue;
      if (driver != NULL)
        return NULL;
      driver = item;
    }
  return driver;
}

/* The cables plugged into each parallel group, indexed by group (free with g_free()). */
guint *
wp_net_count_group_cables (const WpNet *net)
{
  guint *counts;

  g_return_val_if_fail (net != NULL, NULL);

  counts = g_new0 (guint, net->ports->len);
  for (guint i = 0; i < net->ports->len; i++)
    counts[g_array_index (net->ports, WpNetPort, i).group] +=
      g_array_index (net->ports, WpNetPort, i).n_cables;
  return counts;
}
