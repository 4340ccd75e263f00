/* wp-rule-help.h: what each connection rule checks and why, for the help window */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *id;           /* the stable rule id of RULES.md */
  const char *topic;        /* translated */
  const char *title;        /* translated */
  const char *severity;     /* translated: "Error", "Warning or error"… */
  const char *explanation;  /* translated: what is checked, why, and what to do */
} WpRuleHelp;

guint      wp_rule_help_get_n_rules (void);
WpRuleHelp wp_rule_help_get_nth     (guint       index);
gboolean   wp_rule_help_lookup      (const char *id,
                                     WpRuleHelp *help);

G_END_DECLS
