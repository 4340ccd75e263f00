/* wp-window-filter.c: the Filter popover and the bar that says what it hides
 *
 * A check button per signal family and one for "only problem cables" set the
 * canvas's view filter; while it hides cables, a bar over the canvas says how
 * many, with a button that shows everything again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-window-private.h"

static void
apply_filter (WpWindow *self)
{
  WpViewFilter filter = { 0, FALSE };

  for (guint i = 0; i < WP_N_FILTER_GROUPS; i++)
    if (!gtk_check_button_get_active (self->filter_checks[i]))
      filter.hidden_groups |= 1u << i;
  filter.only_problems = gtk_check_button_get_active (self->filter_checks[WP_N_FILTER_GROUPS]);
  wp_canvas_set_filter (self->canvas, &filter);
}

static void
update_filter_bar (WpWindow *self)
{
  guint hidden = wp_canvas_get_n_hidden_cables (self->canvas);
  gboolean active = wp_view_filter_is_active (wp_canvas_get_filter (self->canvas));
  g_autofree char *text = NULL;

  if (hidden > 0)
    text = g_strdup_printf (ngettext ("%u cable hidden by the filter; devices without shown cables are faded",
                                      "%u cables hidden by the filter; devices without shown cables are faded",
                                      hidden), hidden);
  else
    text = g_strdup (_("The filter is on but hides no cable"));
  gtk_label_set_text (self->filter_label, text);
  gtk_revealer_set_reveal_child (self->filter_revealer, active);
  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

static void
clear_filter (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WpWindow *self = WP_WINDOW (widget);

  /* Each toggle re-applies the filter; the last one leaves it cleared. */
  for (guint i = 0; i < WP_N_FILTER_GROUPS; i++)
    gtk_check_button_set_active (self->filter_checks[i], TRUE);
  gtk_check_button_set_active (self->filter_checks[WP_N_FILTER_GROUPS], FALSE);
  apply_filter (self);
}

void
wp_window_class_init_filter (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, WpWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, filter_label);
  gtk_widget_class_install_action (widget_class, "win.clear-filter", NULL, clear_filter);
}

void
wp_window_init_filter (WpWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *heading = gtk_label_new (_("Show cables of"));

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (box), heading);
  for (guint i = 0; i <= WP_N_FILTER_GROUPS; i++)
    {
      const char *label = i < WP_N_FILTER_GROUPS ? wp_filter_group_get_label (i) : _("Only cables with problems");
      GtkWidget *check = gtk_check_button_new_with_label (label);

      if (i == WP_N_FILTER_GROUPS)
        gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i < WP_N_FILTER_GROUPS);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (apply_filter), self);
      gtk_box_append (GTK_BOX (box), check);
      self->filter_checks[i] = GTK_CHECK_BUTTON (check);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (self->filter_button, popover);
  g_signal_connect_swapped (self->canvas, "hidden-changed", G_CALLBACK (update_filter_bar), self);
  for (guint i = 0; i <= WP_N_FILTER_GROUPS; i++)
    g_signal_connect_swapped (self->filter_checks[i], "toggled", G_CALLBACK (update_filter_bar), self);
  update_filter_bar (self);
}
