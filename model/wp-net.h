/* wp-net.h: ports joined by cables and by link_of
 *
 * A net is a connected component of ports: two ports are joined by a cable between
 * them, and a port with `link_of` is joined to the port it names on the same device
 * (a speaker's link socket, a passive splitter's outputs, a patchbay's through).
 * Rules about loads and drivers look at nets, not at single cables (RULES.md).
 */
#pragma once

#include "wp-rules.h"

G_BEGIN_DECLS

typedef struct {
  WpDevice     *device;
  const WpPort *port;
  guint         n_cables;  /* cables of the net plugged into this port */
  guint         group;     /* index of the first net port wired in parallel with it */
  gboolean      is_link;   /* has a valid link_of: passes the signal through */
} WpNetPort;

typedef struct {
  WpPlan     *plan;
  GArray     *ports;        /* of WpNetPort: ends of the cables in cable order, then links */
  GArray     *connections;  /* of WpConnection: cables in document order, a candidate last */
  GHashTable *index;        /* const WpPort * -> index + 1 in ports */
} WpNet;

gboolean         wp_net_is_link_port    (WpDevice           *device,
                                         const WpPort       *port);
WpNet           *wp_net_new             (WpPlan             *plan,
                                         const WpEndpoint   *seed);
WpNet           *wp_net_new_candidate   (const WpConnection *candidate);
void             wp_net_free            (WpNet              *net);
GPtrArray       *wp_net_list            (WpPlan             *plan);
const WpNetPort *wp_net_get_port        (const WpNet        *net,
                                         guint               index);
const WpNetPort *wp_net_find_port       (const WpNet        *net,
                                         const WpPort       *port);
gboolean         wp_net_port_is_driver  (const WpNetPort    *net_port);
gboolean         wp_net_port_is_load    (const WpNetPort    *net_port);
const WpNetPort *wp_net_get_driver      (const WpNet        *net);
guint           *wp_net_count_group_cables (const WpNet     *net);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpNet, wp_net_free)

G_END_DECLS
