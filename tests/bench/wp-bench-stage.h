/* wp-bench-stage.h: the recipe of one stage of a realistic benchmark plan
 *
 * Data for wp-bench-plan.c: which devices a stage has, where they stand and what each
 * feeds (wp-bench-stage.c).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  ROLE_NONE,
  ROLE_SOURCE,
  ROLE_GUITAR_AMP,
  ROLE_CABINET,
  ROLE_DI,
  ROLE_MULTICORE,
  ROLE_FOH,
  ROLE_PATCH,
  ROLE_OUTBOARD,
  ROLE_DRIVE,
  ROLE_RECORD,
  ROLE_NETWORK,
  ROLE_LISTEN,
  ROLE_MONITOR_DESK,
  ROLE_WEDGE_EQ,
  ROLE_IEM,
  ROLE_PA_AMP,
  ROLE_WEDGE_AMP,
  ROLE_PA,
  ROLE_FILL,
  ROLE_WEDGE,
} Role;

typedef enum {
  ZONE_STAGE,
  ZONE_STAGE_RACK,
  ZONE_FOH,
  ZONE_MONITORS,
  ZONE_AMPS,
  ZONE_PA,
  N_ZONES
} Zone;

#define MAX_FEEDS 4

enum {
  THROUGH = 1 << 0,   /* passes its inputs on (split, multicore, patchbay): wire its links */
  ONE_OUT = 1 << 1,   /* only its first output is used */
};

typedef struct {
  const char *model;
  const char *name;
  Zone        zone;
  Role        role;
  Role        feeds[MAX_FEEDS];  /* in order of preference, after wp_bench_routes[] */
  guint       flags;
} Part;

/* Where some outputs of a part go first, and into which of the inputs there. */
typedef struct {
  const char *part;   /* a Part's name */
  const char *out;    /* outputs whose id starts with this */
  Role        role;
  const char *in;     /* inputs whose id starts with this; NULL: any */
} Route;

extern const char * const wp_bench_zone_names[N_ZONES];
extern const Part         wp_bench_parts[];
extern const guint        wp_bench_n_parts;
extern const Route        wp_bench_routes[];
extern const guint        wp_bench_n_routes;
extern const char * const wp_bench_mistake_rules[];
extern const guint        wp_bench_n_mistake_rules;

G_END_DECLS
