/* wp-inspector-fields.c: how the inspector's fields show the model and commit
 *
 * Entry rows and text views commit when the user confirms them or leaves them.
 * Number fields may be empty, for a value that is not known (NAN in the model).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-inspector-private.h"

/* Calls @commit on @self when the user confirms @field (Enter, the apply button)
 * or moves the focus out of it. */
void
wp_inspector_watch_field (WpInspector *self,
                          GtkWidget   *field,
                          GCallback    commit)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", commit, self);
  gtk_widget_add_controller (field, focus);
  if (ADW_IS_ENTRY_ROW (field))
    {
      g_signal_connect_swapped (field, "apply", commit, self);
      g_signal_connect_swapped (field, "entry-activated", commit, self);
    }
  else if (GTK_IS_SPIN_BUTTON (field))
    g_signal_connect_swapped (field, "value-changed", commit, self);
}

/* NULL and "" are the same text to the user. */
gboolean
wp_inspector_text_differs (const char *shown,
                           const char *stored)
{
  return g_strcmp0 (shown != NULL ? shown : "", stored != NULL ? stored : "") != 0;
}

/* Shows @text in @row as the stored value. libadwaita 1.2 reveals the apply button
 * for any change of the text, even one made by the program, and hides it again
 * when the button is switched off and on. */
void
wp_inspector_show_entry (AdwEntryRow *row,
                         const char  *text)
{
  adw_entry_row_set_show_apply_button (row, FALSE);
  if (wp_inspector_text_differs (gtk_editable_get_text (GTK_EDITABLE (row)), text))
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_entry_row_set_show_apply_button (row, TRUE);
}

void
wp_inspector_show_text_view (GtkTextView *view,
                             const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *shown = wp_inspector_get_text_view (view);

  /* Setting the same text again would move the cursor of someone typing. */
  if (wp_inspector_text_differs (shown, text))
    gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
}

char *
wp_inspector_get_text_view (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Number fields whose value may be unknown (NAN): the spin button holds 0 for
 * unknown and shows it empty, and an empty field means unknown. */
static gboolean
on_number_output (GtkSpinButton *spin)
{
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *text = NULL;
  char *end;

  if (value == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (spin), "");
      return TRUE;
    }
  /* Up to three decimals, without trailing zeros: 1.5, 12.25, 10. Any value
   * typed with three decimals survives a round trip through the text. */
  text = g_strdup_printf ("%.3f", value);
  end = text + strlen (text);
  while (end > text && end[-1] == '0')
    *--end = '\0';
  if (end > text && !g_ascii_isdigit (end[-1]))
    end[-1] = '\0';
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_number_input (GtkSpinButton *spin,
                 double        *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end;
  double parsed;

  if (text[0] == '\0')
    {
      *value = 0;
      return TRUE;
    }
  parsed = g_strtod (text, &end);
  /* What is not a number keeps the value it replaced. */
  *value = *end == '\0' && isfinite (parsed) && parsed >= 0 ? parsed
                                                            : gtk_spin_button_get_value (spin);
  return TRUE;
}

void
wp_inspector_number_field_init (GtkSpinButton *spin,
                                const char    *placeholder)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  g_signal_connect (spin, "output", G_CALLBACK (on_number_output), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (on_number_input), NULL);
  if (GTK_IS_TEXT (text))
    gtk_text_set_placeholder_text (GTK_TEXT (text), placeholder);
}

void
wp_inspector_show_number (GtkSpinButton *spin,
                          double         value)
{
  /* Also shows the value again when it is the same, over what was typed. */
  gtk_spin_button_set_value (spin, isnan (value) ? 0 : value);
}

double
wp_inspector_get_number (GtkSpinButton *spin)
{
  double value = gtk_spin_button_get_value (spin);

  return value == 0 ? NAN : value;
}

gboolean
wp_inspector_number_differs (GtkSpinButton *spin,
                             double         stored)
{
  return gtk_spin_button_get_value (spin) != (isnan (stored) ? 0 : stored);
}
