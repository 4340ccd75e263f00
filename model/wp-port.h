/* wp-port.h: one connector of a device, with the attributes of FORMAT.md §2
 *
 * A port is a plain value owned by its device. Absent attributes are UNSET (enums,
 * flags), NAN (numbers), 0 (channels) or NULL (strings, sample rates): "unknown".
 */
#pragma once

#include <glib-object.h>
#include <json-c/json.h>

#include "wp-enums.h"

G_BEGIN_DECLS

#define WP_TYPE_PORT (wp_port_get_type ())

typedef struct _WpPort WpPort;

struct _WpPort {
  char        *id;
  char        *name;
  WpDirection  direction;
  WpSignal     signal;
  WpLevel      level;
  WpWiring     wiring;
  int          channels;          /* 0: absent; see wp_port_get_channels() */
  WpConnector  connector;
  WpGender     gender;
  double       impedance_ohm;
  double       min_load_ohm;
  WpFlag       bridged;
  double       power_w;
  double       cv_tap_w;
  WpLevel      combo_level;
  WpPhantom    phantom;
  WpFlag       phantom_on;
  WpPhantom    needs_phantom;
  WpFlag       battery;
  WpTolerance  phantom_tolerance;
  WpMicType    mic_type;
  double       pad_db;
  WpFlag       pad_on;
  GArray      *sample_rates;      /* of guint, Hz */
  WpFlag       src;
  WpFlag       smux;
  WpUsbRole    usb_role;
  char        *link_of;
  double       length_limit_m;
  json_object *extra;             /* keys this version does not know, kept for saving */
};

/* How a port attribute is stored, for the table-driven reader, writer and editor. */
typedef enum {
  WP_ATTRIBUTE_STRING,
  WP_ATTRIBUTE_ENUM,
  WP_ATTRIBUTE_NUMBER,   /* a finite number >= 0 */
  WP_ATTRIBUTE_FLAG,
  WP_ATTRIBUTE_COUNT,    /* an integer >= 1 */
  WP_ATTRIBUTE_RATES,    /* a list of positive integers */
} WpAttributeType;

typedef struct {
  const char      *key;
  WpAttributeType  type;
  WpEnumKind       enum_kind;   /* for WP_ATTRIBUTE_ENUM */
  gsize            offset;
} WpPortAttribute;

GType                  wp_port_get_type          (void) G_GNUC_CONST;
WpPort                *wp_port_new               (const char    *id);
WpPort                *wp_port_copy              (const WpPort  *port);
void                   wp_port_free              (WpPort        *port);
gboolean               wp_port_equal             (const WpPort  *a,
                                                  const WpPort  *b);
const WpPortAttribute *wp_port_get_attributes    (guint         *n_attributes);
const WpPortAttribute *wp_port_find_attribute    (const char    *key);
gboolean               wp_port_has_attribute     (const WpPort  *port,
                                                  const WpPortAttribute *attribute);
json_object           *wp_port_to_json           (const WpPort  *port);
guint                  wp_port_get_channels      (const WpPort  *port);
WpTolerance            wp_port_get_phantom_tolerance (const WpPort *port);
gboolean               wp_port_has_sample_rate   (const WpPort  *port,
                                                  guint          rate);

const char            *wp_connector_get_abbreviation (WpConnector connector);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpPort, wp_port_free)

G_END_DECLS
