/* wp-rule-help-window.h: the connection rules explained, one row per rule id */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WP_TYPE_RULE_HELP_WINDOW (wp_rule_help_window_get_type ())
G_DECLARE_FINAL_TYPE (WpRuleHelpWindow, wp_rule_help_window, WP, RULE_HELP_WINDOW, AdwWindow)

WpRuleHelpWindow *wp_rule_help_window_new       (GtkWindow        *parent);
void              wp_rule_help_window_show_rule (WpRuleHelpWindow *self,
                                                 const char       *rule_id);

G_END_DECLS
