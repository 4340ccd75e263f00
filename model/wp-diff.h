/* wp-diff.h: what changed between two plans, matched by id
 *
 * Zones, devices, cables and a device's ports are matched by id, so moving an
 * item in its list is no change; meta fields and any other value are compared
 * by key. Changed items list one entry per changed field.
 */
#pragma once

#include <json-c/json.h>

#include "wp-plan.h"

G_BEGIN_DECLS

typedef enum {
  WP_DIFF_ADDED,
  WP_DIFF_REMOVED,
  WP_DIFF_CHANGED,
} WpDiffChange;

typedef enum {
  WP_DIFF_PLAN,     /* a top-level key of the file */
  WP_DIFF_META,
  WP_DIFF_ZONE,
  WP_DIFF_DEVICE,
  WP_DIFF_PORT,
  WP_DIFF_CABLE,
} WpDiffKind;

typedef struct {
  WpDiffChange  change;
  WpDiffKind    kind;
  char         *id;       /* zone, device or cable id; NULL for plan and meta */
  char         *port;     /* the port id for WP_DIFF_PORT */
  char         *field;    /* WP_DIFF_CHANGED: the key, nested keys joined by "." */
  json_object  *before;   /* NULL where the old plan had nothing */
  json_object  *after;    /* NULL where the new plan has nothing */
} WpDiffEntry;

GPtrArray   *wp_diff_plans           (WpPlan            *old_plan,
                                      WpPlan            *new_plan);
const char  *wp_diff_kind_to_string  (WpDiffKind         kind);
const char  *wp_diff_change_to_string (WpDiffChange      change);
json_object *wp_diff_entry_to_json   (const WpDiffEntry *entry);
char        *wp_diff_entry_to_string (const WpDiffEntry *entry);

G_END_DECLS
