/* wp-inspector-problems.c: the problems of the cable the inspector shows
 *
 * Each problem with its severity, message and fix. A warning or a note may be
 * waived with a reason, which the plan keeps; an error may not, since it will
 * not work or may damage equipment (RULES.md), but a waiver on it that a file
 * brought can be removed. A problem of a net lists several cables and is waived
 * only when each of them waives its rule, so waiving and unwaiving act on all
 * of its cables, as one undo step.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-inspector-private.h"
#include "wp-severity.h"

static gboolean
can_waive (const WpProblem *problem)
{
  return !problem->waived && problem->severity != WP_SEVERITY_ERROR;
}

static void
set_waived (WpInspector     *self,
            const WpProblem *problem,
            gboolean         waive,
            const char      *note)
{
  WpPlan *plan = wp_document_get_plan (self->document);
  WpHistory *history = wp_inspector_get_history (self);
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();

  for (guint i = 0; i < problem->cables->len; i++)
    {
      WpCable *cable = wp_plan_find_cable (plan, g_ptr_array_index (problem->cables, i));

      if (cable != NULL && wp_cable_is_waived (cable, problem->rule) != waive)
        g_ptr_array_add (cables, cable);
    }
  if (cables->len > 1)
    {
      g_autofree char *label = NULL;

      if (waive)
        label = g_strdup_printf (ngettext ("Waive “%s” on %u cable", "Waive “%s” on %u cables",
                                           cables->len), problem->rule, cables->len);
      else
        label = g_strdup_printf (ngettext ("Stop waiving “%s” on %u cable",
                                           "Stop waiving “%s” on %u cables", cables->len),
                                 problem->rule, cables->len);
      wp_history_begin_group (history, label);
    }
  for (guint i = 0; i < cables->len; i++)
    {
      if (waive)
        wp_history_waive (history, g_ptr_array_index (cables, i), problem->rule, note);
      else
        wp_history_unwaive (history, g_ptr_array_index (cables, i), problem->rule);
    }
  if (cables->len > 1)
    wp_history_end_group (history);

  /* The button just used went with its old row: its successor takes the focus,
   * so the keyboard stays where it was. */
  g_free (self->focus_rule);
  self->focus_rule = g_strdup (problem->rule);
  wp_inspector_problems_refresh (self);
}

static void
on_note_changed (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "waive", note[0] != '\0');
}

static void
on_waive_response (AdwMessageDialog *dialog,
                   const char       *response,
                   WpInspector      *self)
{
  const WpProblem *problem = g_object_get_data (G_OBJECT (dialog), "wp-problem");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "wp-note");
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  /* A waiver without its reason tells the next reader nothing. */
  if (g_strcmp0 (response, "waive") == 0 && note[0] != '\0' && self->document != NULL)
    set_waived (self, problem, TRUE, note);
}

static void
on_waive_clicked (GtkButton   *button,
                  WpInspector *self)
{
  const WpProblem *problem = g_object_get_data (G_OBJECT (button), "wp-problem");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Waive This Problem?"), problem->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "waive", _("_Waive"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "waive",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "waive", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "waive");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "waive-note");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why it is acceptable here"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for the waiver"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_note_changed), dialog, 0);

  g_object_set_data_full (G_OBJECT (dialog), "wp-problem", wp_problem_copy (problem),
                          (GDestroyNotify) wp_problem_free);
  g_object_set_data (G_OBJECT (dialog), "wp-note", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_waive_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_unwaive_clicked (GtkButton   *button,
                    WpInspector *self)
{
  if (self->document != NULL)
    set_waived (self, g_object_get_data (G_OBJECT (button), "wp-problem"), FALSE, NULL);
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (box, label);
  return label;
}

/* Opens the rule's explanation (win.rule-help). */
static GtkWidget *
help_button_new (const WpProblem *problem)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("help-about-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Explain this rule"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Explain this rule"), -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", problem->rule);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.rule-help");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  return button;
}

/* The row of @problem, and in @button_out its button, if it has one. */
static GtkWidget *
problem_row_new (WpInspector     *self,
                 const WpProblem *problem,
                 GtkWidget      **button_out)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new ();
  g_autofree char *row_name = g_strconcat ("problem:", problem->rule, NULL);
  GtkWidget *button = NULL;

  gtk_widget_set_name (row, row_name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "wp-problem", wp_problem_copy (problem),
                          (GDestroyNotify) wp_problem_free);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  wp_severity_show (GTK_IMAGE (icon), problem->severity);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), help_button_new (problem));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  add_label (GTK_BOX (text), problem->message, NULL);
  if (problem->fix != NULL && problem->fix[0] != '\0')
    add_label (GTK_BOX (text), problem->fix, "dim-label");

  if (problem->waived)
    {
      const WpWaiver *waiver = wp_cable_find_waiver (self->cable, problem->rule, NULL);
      g_autofree char *waived = NULL;

      /* Translators: a waived problem, with the reason the user gave */
      waived = g_strdup_printf (_("Waived: %s"),
                                waiver != NULL && waiver->note != NULL ? waiver->note : "");
      gtk_widget_set_name (add_label (GTK_BOX (text), waived, "success"), "waiver-note");
      button = gtk_button_new_with_label (_("Unwaive"));
      gtk_widget_set_name (button, "unwaive");
      g_signal_connect (button, "clicked", G_CALLBACK (on_unwaive_clicked), self);
    }
  else if (can_waive (problem))
    {
      button = gtk_button_new_with_label (_("Waive…"));
      gtk_widget_set_name (button, "waive");
      g_signal_connect (button, "clicked", G_CALLBACK (on_waive_clicked), self);
    }
  if (button != NULL)
    {
      g_autofree char *label = g_strdup_printf (problem->waived ? _("Stop waiving: %s")
                                                                : _("Waive: %s"),
                                                problem->message);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_object_set_data_full (G_OBJECT (button), "wp-problem", wp_problem_copy (problem),
                              (GDestroyNotify) wp_problem_free);
      gtk_widget_set_halign (button, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (text), button);
    }
  *button_out = button;
  return row;
}

/* Lists the problems of the cable shown, anew. */
void
wp_inspector_problems_refresh (WpInspector *self)
{
  GtkListBoxRow *old;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *focus_rule = g_steal_pointer (&self->focus_rule);

  while ((old = gtk_list_box_get_row_at_index (self->cable_problems, 0)) != NULL)
    gtk_list_box_remove (self->cable_problems, GTK_WIDGET (old));
  if (self->cable == NULL)
    return;

  problems = wp_validator_get_cable_problems (wp_document_get_validator (self->document),
                                              wp_cable_get_id (self->cable));
  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *button;

      gtk_list_box_append (self->cable_problems, problem_row_new (self, problem, &button));
      if (button != NULL && g_strcmp0 (focus_rule, problem->rule) == 0)
        {
          gtk_widget_grab_focus (button);
          g_clear_pointer (&focus_rule, g_free);
        }
    }
}
