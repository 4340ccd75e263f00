/* wp-print.h: printing the wiring sheet through GtkPrintOperation */
#pragma once

#include <gtk/gtk.h>

#include "wp-catalogue.h"
#include "wp-plan.h"

G_BEGIN_DECLS

GtkPrintOperation *wp_print_operation_new (WpPlan      *plan,
                                           WpCatalogue *catalogue,
                                           const char  *job_name);
void               wp_print_plan          (GtkWindow   *parent,
                                           WpPlan      *plan,
                                           WpCatalogue *catalogue,
                                           const char  *job_name);

G_END_DECLS
