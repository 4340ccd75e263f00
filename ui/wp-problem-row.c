/* wp-problem-row.c: one problem in the problems list
 *
 * A severity icon, the message and, dimmer, the fix. The icon has a colour, a
 * shape and an accessible name, so colour is never the only cue. A waived
 * problem is shown muted and says so. A help button opens the rule's
 * explanation (win.rule-help).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-problem-row.h"
#include "wp-severity.h"

struct _WpProblemRow
{
  GtkWidget      parent_instance;

  GtkImage      *icon;
  GtkLabel      *message_label;
  GtkLabel      *fix_label;
  GtkLabel      *waived_label;
  GtkButton     *help_button;

  WpProblemItem *item;
};

G_DEFINE_FINAL_TYPE (WpProblemRow, wp_problem_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wp_problem_row_dispose (GObject *object)
{
  WpProblemRow *self = WP_PROBLEM_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_PROBLEM_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (wp_problem_row_parent_class)->dispose (object);
}

static void
wp_problem_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WpProblemRow *self = WP_PROBLEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_problem_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WpProblemRow *self = WP_PROBLEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      wp_problem_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_problem_row_class_init (WpProblemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_problem_row_dispose;
  object_class->get_property = wp_problem_row_get_property;
  object_class->set_property = wp_problem_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, WP_TYPE_PROBLEM_ITEM,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/wireplan/Wireplan/ui/wp-problem-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpProblemRow, icon);
  gtk_widget_class_bind_template_child (widget_class, WpProblemRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, WpProblemRow, fix_label);
  gtk_widget_class_bind_template_child (widget_class, WpProblemRow, waived_label);
  gtk_widget_class_bind_template_child (widget_class, WpProblemRow, help_button);
}

static void
wp_problem_row_init (WpProblemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
wp_problem_row_new (void)
{
  return g_object_new (WP_TYPE_PROBLEM_ROW, NULL);
}

WpProblemItem *
wp_problem_row_get_item (WpProblemRow *self)
{
  g_return_val_if_fail (WP_IS_PROBLEM_ROW (self), NULL);

  return self->item;
}

/* Shows the problem of @item (nothing when NULL, as a recycled row is between items). */
void
wp_problem_row_set_item (WpProblemRow  *self,
                         WpProblemItem *item)
{
  const WpProblem *problem;

  g_return_if_fail (WP_IS_PROBLEM_ROW (self));
  g_return_if_fail (item == NULL || WP_IS_PROBLEM_ITEM (item));

  if (!g_set_object (&self->item, item))
    return;

  if (item != NULL)
    {
      problem = wp_problem_item_get_problem (item);
      wp_severity_show (self->icon, problem->severity);
      gtk_label_set_label (self->message_label, problem->message != NULL ? problem->message : "");
      gtk_label_set_label (self->fix_label, problem->fix != NULL ? problem->fix : "");
      gtk_widget_set_visible (GTK_WIDGET (self->fix_label),
                              problem->fix != NULL && problem->fix[0] != '\0');
      gtk_widget_set_visible (GTK_WIDGET (self->waived_label), problem->waived);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->help_button), "s", problem->rule);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->help_button), "win.rule-help");
      if (problem->waived)
        gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
