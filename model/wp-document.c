/* wp-document.c: one open plan with its history, problems and selection */
#include "config.h"

#include "wp-document.h"

struct _WpDocument
{
  GObject      parent_instance;

  WpPlan      *plan;
  WpHistory   *history;
  WpValidator *validator;
  WpSelection *selection;
};

G_DEFINE_FINAL_TYPE (WpDocument, wp_document, G_TYPE_OBJECT)

static void
wp_document_dispose (GObject *object)
{
  WpDocument *self = WP_DOCUMENT (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->validator);
  g_clear_object (&self->history);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (wp_document_parent_class)->dispose (object);
}

static void
wp_document_class_init (WpDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wp_document_dispose;
}

static void
wp_document_init (WpDocument *self)
{
}

WpDocument *
wp_document_new (WpPlan *plan)
{
  WpDocument *self;

  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);

  self = g_object_new (WP_TYPE_DOCUMENT, NULL);
  self->plan = g_object_ref (plan);
  self->history = wp_history_new (plan);
  self->validator = wp_validator_new (plan);
  self->selection = wp_selection_new (plan);
  return self;
}

WpPlan *
wp_document_get_plan (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  return self->plan;
}

WpHistory *
wp_document_get_history (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  return self->history;
}

WpValidator *
wp_document_get_validator (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  return self->validator;
}

WpSelection *
wp_document_get_selection (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  return self->selection;
}
