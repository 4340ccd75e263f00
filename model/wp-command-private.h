/* wp-command-private.h: the steps a WpCommand is made of, shared by wp-command.c
 * (putting zones, devices and cables in and taking them out) and wp-command-set.c
 * (setting values) */
#pragma once

#include "wp-command.h"

G_BEGIN_DECLS

typedef enum {
  WP_STEP_INSERT,
  WP_STEP_REMOVE,
  WP_STEP_POSITION,
  WP_STEP_DEVICE_TEXT,
  WP_STEP_DEVICE_ZONE,
  WP_STEP_PORT,
  WP_STEP_CABLE_TEXT,
  WP_STEP_CABLE_LENGTH,
  WP_STEP_WAIVER,
  WP_STEP_ZONE_BOUNDS,
  WP_STEP_ZONE_NAME,
  WP_STEP_META,
} WpStepKind;

/* One state of what a set step sets; the members a kind does not use stay 0 or NULL. */
typedef struct {
  double       number[4];
  char        *text[3];
  WpPort      *port;
  json_object *extra;
  int          index;      /* WP_STEP_WAIVER: the waiver's place, -1 when it is not waived */
} WpValue;

typedef struct {
  WpStepKind  kind;
  gpointer    target;     /* a reference to the zone, device or cable; NULL for meta */
  guint       field;      /* WP_STEP_PORT: the port's index; WP_STEP_META: the WpMetaField */
  char       *rule;       /* WP_STEP_WAIVER */
  int         position;   /* WP_STEP_INSERT, WP_STEP_REMOVE: the place in its list */
  GArray     *attached;   /* WP_STEP_REMOVE of a device: its cables and their indexes */
  WpValue     before;
  WpValue     after;
} WpStep;

WpStep   *wp_command_add_step (WpCommand     *command,
                               WpStepKind     kind,
                               gpointer       target);
void      wp_value_clear      (WpValue       *value);
gboolean  wp_value_equal      (const WpValue *a,
                               const WpValue *b);
void      wp_step_read        (const WpStep  *step,
                               WpPlan        *plan,
                               WpValue       *value);
void      wp_step_write       (const WpStep  *step,
                               WpPlan        *plan,
                               const WpValue *value);

G_END_DECLS
