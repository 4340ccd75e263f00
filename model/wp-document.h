/* wp-document.h: one open plan with everything the editor keeps beside it
 *
 * The plan, its undo history, its live problems and the selection, made and
 * dropped together. Every view of a plan (canvas, inspector, problems list)
 * shares one document.
 */
#pragma once

#include <glib-object.h>

#include "wp-history.h"
#include "wp-plan.h"
#include "wp-selection.h"
#include "wp-validator.h"

G_BEGIN_DECLS

#define WP_TYPE_DOCUMENT (wp_document_get_type ())

G_DECLARE_FINAL_TYPE (WpDocument, wp_document, WP, DOCUMENT, GObject)

WpDocument  *wp_document_new           (WpPlan      *plan);
WpPlan      *wp_document_get_plan      (WpDocument  *self);
WpHistory   *wp_document_get_history   (WpDocument  *self);
WpValidator *wp_document_get_validator (WpDocument  *self);
WpSelection *wp_document_get_selection (WpDocument  *self);

G_END_DECLS
