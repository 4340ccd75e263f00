/* wp-validator.h: the problems of a plan, kept up to date edit by edit */
#pragma once

#include <glib-object.h>

#include "wp-plan.h"
#include "wp-problem.h"

G_BEGIN_DECLS

#define WP_TYPE_VALIDATOR (wp_validator_get_type ())

G_DECLARE_FINAL_TYPE (WpValidator, wp_validator, WP, VALIDATOR, GObject)

WpValidator *wp_validator_new                (WpPlan             *plan);
WpPlan      *wp_validator_get_plan           (WpValidator        *self);
GPtrArray   *wp_validator_get_problems       (WpValidator        *self);
GPtrArray   *wp_validator_get_cable_problems (WpValidator        *self,
                                              const char         *cable_id);
void         wp_validator_apply_change       (WpValidator        *self,
                                              const WpPlanChange *change,
                                              GPtrArray         **appeared,
                                              GPtrArray         **disappeared);

G_END_DECLS
