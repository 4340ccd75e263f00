/* wp-rules.h: the connection rules of RULES.md, as pure functions of a plan */
#pragma once

#include "wp-plan.h"
#include "wp-problem.h"

G_BEGIN_DECLS

/* A cable seen from its signal source, whichever way round it was drawn. */
typedef struct {
  WpPlan       *plan;
  WpCable      *cable;          /* NULL for a cable being drawn */
  WpDevice     *source_device;
  const WpPort *source;
  WpDevice     *sink_device;
  const WpPort *sink;
} WpConnection;

gboolean   wp_connection_init         (WpConnection     *connection,
                                       WpPlan           *plan,
                                       WpCable          *cable,
                                       const WpEndpoint *from,
                                       const WpEndpoint *to);
GPtrArray *wp_rules_check_connection  (const WpConnection *connection);
GPtrArray *wp_rules_check_plan        (WpPlan           *plan);
GPtrArray *wp_rules_check_candidate   (WpPlan           *plan,
                                       const WpEndpoint *from,
                                       const WpEndpoint *to);
void       wp_rules_sort              (WpPlan           *plan,
                                       GPtrArray        *problems);
GHashTable *wp_rules_cable_positions  (WpPlan           *plan);
guint      wp_rules_first_position    (GHashTable       *positions,
                                       const WpProblem  *problem);
int        wp_rules_compare           (const WpProblem  *a,
                                       guint             first_a,
                                       const char       *key_a,
                                       const WpProblem  *b,
                                       guint             first_b,
                                       const char       *key_b);
char      *wp_rules_describe_port     (WpDevice         *device,
                                       const WpPort     *port);

/* Translated names of port attributes, as the messages use them; also for views
 * that describe a port (wp-rules-text.c). */
const char *wp_rules_level_name       (WpLevel           level);
const char *wp_rules_signal_name      (WpSignal          signal);
const char *wp_rules_phantom_name     (WpPhantom         phantom);
char       *wp_rules_connector_name   (WpConnector       connector,
                                       WpGender          gender,
                                       gboolean          plug);

G_END_DECLS
