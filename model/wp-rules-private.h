/* wp-rules-private.h: what the rule families share
 *
 * One file per family of RULES.md: wp-rules-signal.c (direction and signal),
 * wp-rules-level.c (levels and impedance), wp-rules-wiring.c (wiring, channels and
 * connectors), wp-rules-phantom.c, wp-rules-load.c (amplifiers, loudspeakers and
 * parallel loads), wp-rules-digital.c (digital, USB and cable length); names of
 * things in wp-rules-text.c; the entry points in wp-rules.c.
 */
#pragma once

#include <glib/gi18n-lib.h>

#include "wp-net.h"
#include "wp-rules.h"

G_BEGIN_DECLS

/* The input as the plug at the other end sees it: a `combo` input takes the XLR
 * path (`level`) for an XLR plug and the jack path (`combo_level`) for a jack. */
typedef struct {
  WpLevel    level;
  WpWiring   wiring;
  double     impedance_ohm;
  WpPhantom  phantom;     /* the voltage supplied: NONE, or UNSET when unknown */
  gboolean   jack_path;   /* the jack of a combo socket */
} WpInputView;

typedef void (*WpConnectionRule) (const WpConnection *connection,
                                  GPtrArray          *problems);
typedef void (*WpNetRule)        (const WpNet        *net,
                                  GPtrArray          *problems);

/* wp-rules.c */
gboolean     wp_connection_is_oriented  (const WpConnection *connection);
gboolean     wp_connection_is_analog    (const WpConnection *connection);
void         wp_connection_get_input    (const WpConnection *connection,
                                         WpInputView        *view);
void         wp_rules_report            (GPtrArray          *problems,
                                         const WpConnection *connection,
                                         const char         *rule,
                                         WpSeverity          severity,
                                         char               *message,
                                         char               *fix);
void         wp_rules_report_net        (GPtrArray          *problems,
                                         const WpNet        *net,
                                         const char         *rule,
                                         WpSeverity          severity,
                                         char               *message,
                                         char               *fix);
GPtrArray   *wp_rules_check_net         (const WpNet        *net);
void         wp_rules_name_ends         (const WpConnection  *connection,
                                         char               **a,
                                         char               **b);

/* wp-rules-text.c */
char        *wp_rules_format_number     (double              value);
char        *wp_rules_format_ohm        (double              ohm);
char        *wp_rules_describe_ports    (const WpNet        *net,
                                         gboolean          (*filter) (const WpNetPort *));

/* Gates: FALSE when the cable is wrong at a level the other rules cannot judge. */
gboolean     wp_rules_check_direction   (const WpConnection *connection,
                                         GPtrArray          *problems);
gboolean     wp_rules_check_signal      (const WpConnection *connection,
                                         GPtrArray          *problems);
gboolean     wp_rules_check_levels      (const WpConnection *connection,
                                         GPtrArray          *problems);

/* Rules of one cable. */
gboolean     wp_rules_is_instrument_loading (const WpConnection *connection,
                                         const WpInputView  *input);
void         wp_rules_check_impedance   (const WpConnection *connection,
                                         GPtrArray          *problems);
void         wp_rules_check_wiring      (const WpConnection *connection,
                                         GPtrArray          *problems);
void         wp_rules_check_connectors  (const WpConnection *connection,
                                         GPtrArray          *problems);
void         wp_rules_check_phantom     (const WpConnection *connection,
                                         GPtrArray          *problems);
void         wp_rules_check_phantom_through (const WpNet    *net,
                                         GPtrArray          *problems);
void         wp_rules_check_sample_rate (const WpConnection *connection,
                                         GPtrArray          *problems);
void         wp_rules_check_usb_roles   (const WpConnection *connection,
                                         GPtrArray          *problems);
void         wp_rules_check_length      (const WpConnection *connection,
                                         GPtrArray          *problems);

/* Rules of one net. */
void         wp_rules_check_outputs_joined (const WpNet      *net,
                                         GPtrArray          *problems);
void         wp_rules_check_port_shared (const WpNet        *net,
                                         GPtrArray          *problems);
void         wp_rules_check_digital_split (const WpNet      *net,
                                         GPtrArray          *problems);
void         wp_rules_check_output_overloaded (const WpNet   *net,
                                         GPtrArray          *problems);
void         wp_rules_check_speaker_load (const WpNet       *net,
                                         GPtrArray          *problems);
void         wp_rules_check_cv_load     (const WpNet        *net,
                                         GPtrArray          *problems);

G_END_DECLS
