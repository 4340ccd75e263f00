/* wp-compare-panel.c: what changed since another version of the plan, as a list
 *
 * One row per change (wp_diff_entry_to_string()); activating a row emits
 * ::change-activated with its index; the close button emits ::closed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-compare-panel.h"

struct _WpComparePanel
{
  GtkWidget  parent_instance;

  GtkWidget *heading;
  GtkWidget *list;
  GPtrArray *entries;    /* of WpDiffEntry, as the rows */
};

G_DEFINE_FINAL_TYPE (WpComparePanel, wp_compare_panel, GTK_TYPE_WIDGET)

enum {
  CHANGE_ACTIVATED,
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Shows @entries (a #GPtrArray of #WpDiffEntry from wp_diff_plans(), kept) as the
 * changes from @other_name to the open plan. */
void
wp_compare_panel_set_changes (WpComparePanel *self,
                              const char     *other_name,
                              GPtrArray      *entries)
{
  g_autofree char *heading = NULL;
  GtkWidget *child;

  g_return_if_fail (WP_IS_COMPARE_PANEL (self));

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  if (entries == NULL)
    return;
  self->entries = g_ptr_array_ref (entries);
  if (entries->len == 0)
    /* Translators: %s is a file name */
    heading = g_strdup_printf (_("Compared with “%s”: no differences"), other_name);
  else
    heading = g_strdup_printf (ngettext ("Compared with “%s”: %u difference (green: added, amber: changed)",
                                         "Compared with “%s”: %u differences (green: added, amber: changed)",
                                         entries->len), other_name, entries->len);
  gtk_label_set_text (GTK_LABEL (self->heading), heading);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *text = wp_diff_entry_to_string (g_ptr_array_index (entries, i));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_top (label, 2);
      gtk_widget_set_margin_bottom (label, 2);
      gtk_list_box_append (GTK_LIST_BOX (self->list), label);
    }
}

guint
wp_compare_panel_get_n_changes (WpComparePanel *self)
{
  g_return_val_if_fail (WP_IS_COMPARE_PANEL (self), 0);

  return self->entries != NULL ? self->entries->len : 0;
}

const WpDiffEntry *
wp_compare_panel_get_change (WpComparePanel *self,
                             guint           index)
{
  g_return_val_if_fail (WP_IS_COMPARE_PANEL (self), NULL);
  g_return_val_if_fail (index < wp_compare_panel_get_n_changes (self), NULL);

  return g_ptr_array_index (self->entries, index);
}

static void
on_row_activated (WpComparePanel *self,
                  GtkListBoxRow  *row)
{
  g_signal_emit (self, signals[CHANGE_ACTIVATED], 0, (guint) gtk_list_box_row_get_index (row));
}

static void
on_close_clicked (WpComparePanel *self)
{
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
wp_compare_panel_dispose (GObject *object)
{
  WpComparePanel *self = WP_COMPARE_PANEL (object);
  GtkWidget *child;

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (wp_compare_panel_parent_class)->dispose (object);
}

static void
wp_compare_panel_class_init (WpComparePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_compare_panel_dispose;
  signals[CHANGE_ACTIVATED] = g_signal_new ("change-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "comparepanel");
}

static void
wp_compare_panel_init (WpComparePanel *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *close = gtk_button_new_with_mnemonic (_("_End Comparison"));
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 4);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 4);
  self->heading = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_label_set_wrap (GTK_LABEL (self->heading), TRUE);
  gtk_widget_set_hexpand (self->heading, TRUE);
  gtk_box_append (GTK_BOX (row), self->heading);
  gtk_box_append (GTK_BOX (row), close);
  gtk_widget_set_parent (row, GTK_WIDGET (self));

  self->list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Differences"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_widget_set_margin_top (scroller, 4);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));

  g_signal_connect_swapped (close, "clicked", G_CALLBACK (on_close_clicked), self);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
}

GtkWidget *
wp_compare_panel_new (void)
{
  return g_object_new (WP_TYPE_COMPARE_PANEL, NULL);
}
