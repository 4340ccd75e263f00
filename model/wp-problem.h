/* wp-problem.h: one verdict of the rules: what is wrong, where, and how to fix it */
#pragma once

#include <glib-object.h>
#include <json-c/json.h>

#include "wp-enums.h"

G_BEGIN_DECLS

#define WP_TYPE_PROBLEM (wp_problem_get_type ())

typedef struct {
  char       *rule;       /* a rule id of RULES.md, never translated */
  WpSeverity  severity;
  GPtrArray  *cables;     /* of char *: cable ids, in document order */
  GPtrArray  *devices;    /* of char *: device ids */
  char       *message;    /* translated */
  char       *fix;        /* translated */
  gboolean    waived;     /* every cable of the problem waives its rule */
} WpProblem;

GType        wp_problem_get_type    (void) G_GNUC_CONST;
WpProblem   *wp_problem_new         (const char      *rule,
                                     WpSeverity       severity);
WpProblem   *wp_problem_copy        (const WpProblem *problem);
void         wp_problem_free        (WpProblem       *problem);
void         wp_problem_add_cable   (WpProblem       *problem,
                                     const char      *cable_id);
gboolean     wp_problem_has_cable   (const WpProblem *problem,
                                     const char      *cable_id);
gboolean     wp_problem_counts      (const WpProblem *problem);
gboolean     wp_problem_equal       (const WpProblem *a,
                                     const WpProblem *b);
char        *wp_problem_get_key     (const WpProblem *problem);
json_object *wp_problem_to_json     (const WpProblem *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpProblem, wp_problem_free)

G_END_DECLS
