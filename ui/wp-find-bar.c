/* wp-find-bar.c: plan search with a results list
 *
 * Typing searches the plan (wp_find_in_plan()); Enter, or a click on a result,
 * selects what it found and emits ::result-activated so the window can reveal it
 * on the canvas; Escape emits ::stop-search.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-find-bar.h"
#include "wp-find.h"

#define MAX_RESULTS 100

struct _WpFindBar
{
  GtkWidget   parent_instance;

  WpDocument *document;
  GtkWidget  *entry;
  GtkWidget  *status;
  GtkWidget  *scroller;
  GtkWidget  *list;
  GPtrArray  *results;     /* of WpFindResult, as the rows */
};

G_DEFINE_FINAL_TYPE (WpFindBar, wp_find_bar, GTK_TYPE_WIDGET)

enum {
  RESULT_ACTIVATED,
  STOP_SEARCH,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
refresh (WpFindBar *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  if (self->document == NULL || *query == '\0')
    {
      gtk_widget_set_visible (self->scroller, FALSE);
      gtk_label_set_text (GTK_LABEL (self->status), "");
      return;
    }

  self->results = wp_find_in_plan (wp_document_get_plan (self->document), query, MAX_RESULTS);
  for (guint i = 0; i < self->results->len; i++)
    {
      WpFindResult *result = g_ptr_array_index (self->results, i);
      GtkWidget *label = gtk_label_new (result->text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_set_margin_top (label, 3);
      gtk_widget_set_margin_bottom (label, 3);
      gtk_list_box_append (GTK_LIST_BOX (self->list), label);
    }
  gtk_widget_set_visible (self->scroller, self->results->len > 0);
  if (self->results->len == 0)
    gtk_label_set_text (GTK_LABEL (self->status), _("No matches"));
  else
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u match", "%u matches", self->results->len),
                                               self->results->len);

      gtk_label_set_text (GTK_LABEL (self->status), text);
    }
}

/* Selects result @index and emits ::result-activated; FALSE if there is none. */
gboolean
wp_find_bar_activate_result (WpFindBar *self,
                             guint      index)
{
  WpFindResult *result;
  WpSelection *selection;

  g_return_val_if_fail (WP_IS_FIND_BAR (self), FALSE);

  if (self->results == NULL || index >= self->results->len || self->document == NULL)
    return FALSE;
  result = g_ptr_array_index (self->results, index);
  selection = wp_document_get_selection (self->document);
  if (result->cable != NULL)
    wp_selection_select_cable (selection, result->cable, WP_SELECT_REPLACE);
  else
    wp_selection_select_device (selection, result->device, WP_SELECT_REPLACE);
  g_signal_emit (self, signals[RESULT_ACTIVATED], 0);
  return TRUE;
}

static void
on_row_activated (WpFindBar     *self,
                  GtkListBoxRow *row)
{
  wp_find_bar_activate_result (self, (guint) gtk_list_box_row_get_index (row));
}

static void
on_entry_activate (WpFindBar *self)
{
  if (!wp_find_bar_activate_result (self, 0))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
on_stop_search (WpFindBar *self)
{
  g_signal_emit (self, signals[STOP_SEARCH], 0);
}

static void
on_plan_changed (WpFindBar *self)
{
  /* The results point into the plan, so they follow it. */
  refresh (self);
}

void
wp_find_bar_set_document (WpFindBar  *self,
                          WpDocument *document)
{
  g_return_if_fail (WP_IS_FIND_BAR (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (wp_document_get_plan (self->document), self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_swapped (wp_document_get_plan (document), "changed",
                              G_CALLBACK (on_plan_changed), self);
  refresh (self);
}

void
wp_find_bar_focus (WpFindBar *self)
{
  g_return_if_fail (WP_IS_FIND_BAR (self));

  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

void
wp_find_bar_set_query (WpFindBar  *self,
                       const char *query)
{
  g_return_if_fail (WP_IS_FIND_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), query);
  refresh (self);
}

guint
wp_find_bar_get_n_results (WpFindBar *self)
{
  g_return_val_if_fail (WP_IS_FIND_BAR (self), 0);

  return self->results != NULL ? self->results->len : 0;
}

static void
wp_find_bar_dispose (GObject *object)
{
  WpFindBar *self = WP_FIND_BAR (object);
  GtkWidget *child;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (wp_document_get_plan (self->document), self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (wp_find_bar_parent_class)->dispose (object);
}

static void
wp_find_bar_class_init (WpFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_find_bar_dispose;
  signals[RESULT_ACTIVATED] = g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[STOP_SEARCH] = g_signal_new ("stop-search", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "findbar");
}

static void
wp_find_bar_init (WpFindBar *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->entry = gtk_search_entry_new ();
  gtk_widget_set_hexpand (self->entry, TRUE);
  g_object_set (self->entry, "placeholder-text", _("Find devices, ports, cable labels and notes"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find in plan"), -1);
  self->status = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->status, "dim-label");
  gtk_box_append (GTK_BOX (row), self->entry);
  gtk_box_append (GTK_BOX (row), self->status);
  gtk_widget_set_parent (row, GTK_WIDGET (self));

  self->list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Matches"), -1);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scroller), 200);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->list);
  gtk_widget_set_margin_top (self->scroller, 6);
  gtk_widget_set_visible (self->scroller, FALSE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (refresh), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect_swapped (self->entry, "stop-search", G_CALLBACK (on_stop_search), self);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
}

GtkWidget *
wp_find_bar_new (void)
{
  return g_object_new (WP_TYPE_FIND_BAR, NULL);
}
