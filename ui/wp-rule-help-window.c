/* wp-rule-help-window.c: the connection rules explained
 *
 * Every rule of RULES.md, grouped by topic, as an expander row whose title is
 * the rule's name and whose subtitle is its id (the id that `wireplan check`
 * prints and waivers store) and severity. A problem's help button, F1 on the
 * canvas and the primary menu open it at one rule.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-rule-help.h"
#include "wp-rule-help-window.h"

struct _WpRuleHelpWindow
{
  AdwWindow        parent_instance;

  GtkSearchEntry  *search_entry;
  GtkWidget       *page;
  GHashTable      *rows;        /* rule id → AdwExpanderRow */
  GPtrArray       *groups;      /* of AdwPreferencesGroup, by topic */
};

G_DEFINE_FINAL_TYPE (WpRuleHelpWindow, wp_rule_help_window, ADW_TYPE_WINDOW)

static gboolean
matches (const WpRuleHelp *help,
         const char       *query)
{
  g_autofree char *text = g_strjoin (" ", help->id, help->title, help->topic,
                                     help->explanation, NULL);
  g_autofree char *folded_text = g_utf8_casefold (text, -1);
  g_autofree char *folded_query = g_utf8_casefold (query, -1);

  return strstr (folded_text, folded_query) != NULL;
}

/* Shows the rules that mention the search text, and the topics that keep one. */
static void
on_search_changed (WpRuleHelpWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  for (guint i = 0; i < self->groups->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->groups, i), FALSE);
  for (guint i = 0; i < wp_rule_help_get_n_rules (); i++)
    {
      WpRuleHelp help = wp_rule_help_get_nth (i);
      GtkWidget *row = g_hash_table_lookup (self->rows, help.id);
      gboolean visible = matches (&help, query);

      gtk_widget_set_visible (row, visible);
      if (visible)
        gtk_widget_set_visible (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP), TRUE);
    }
}

static GtkWidget *
make_row (const WpRuleHelp *help)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *label = gtk_label_new (help->explanation);
  /* Translators: a rule's id and its severity, e.g. "phantom-missing · Error" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), help->id, help->severity);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), help->title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_set_name (row, help->id);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), label);
  return row;
}

static void
build_rules (WpRuleHelpWindow *self)
{
  GtkWidget *group = NULL;
  const char *topic = NULL;

  for (guint i = 0; i < wp_rule_help_get_n_rules (); i++)
    {
      WpRuleHelp help = wp_rule_help_get_nth (i);
      GtkWidget *row = make_row (&help);

      if (g_strcmp0 (topic, help.topic) != 0)
        {
          topic = help.topic;
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), topic);
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));
          g_ptr_array_add (self->groups, group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_hash_table_insert (self->rows, (gpointer) help.id, row);
    }
}

static void
wp_rule_help_window_finalize (GObject *object)
{
  WpRuleHelpWindow *self = WP_RULE_HELP_WINDOW (object);

  g_hash_table_unref (self->rows);
  g_ptr_array_unref (self->groups);

  G_OBJECT_CLASS (wp_rule_help_window_parent_class)->finalize (object);
}

static void
wp_rule_help_window_class_init (WpRuleHelpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = wp_rule_help_window_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wp_rule_help_window_init (WpRuleHelpWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_ptr_array_new ();
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the rules"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (on_search_changed), self);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->search_entry));

  self->page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (self->page, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->page);
  adw_window_set_content (ADW_WINDOW (self), box);

  gtk_window_set_title (GTK_WINDOW (self), _("Connection Rules"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  build_rules (self);
}

WpRuleHelpWindow *
wp_rule_help_window_new (GtkWindow *parent)
{
  return g_object_new (WP_TYPE_RULE_HELP_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
}

/* Opens the row of @rule_id and moves the focus (and so the view) to it; an
 * unknown id leaves the list as it is. Call it on a presented window. */
void
wp_rule_help_window_show_rule (WpRuleHelpWindow *self,
                               const char       *rule_id)
{
  GtkWidget *row;

  g_return_if_fail (WP_IS_RULE_HELP_WINDOW (self));

  row = rule_id != NULL ? g_hash_table_lookup (self->rows, rule_id) : NULL;
  if (row == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_changed (self);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  /* The row's header takes the focus, which scrolls the page to it. */
  gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
}
