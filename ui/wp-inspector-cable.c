/* wp-inspector-cable.c: the inspector's page for one cable
 *
 * Its ends, and label, length, colour and notes to edit; its problems below
 * (wp-inspector-problems.c). The colour is free text, as on a cable schedule;
 * a menu offers common sleeve colours.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-inspector-private.h"
#include "wp-rules.h"

static const char * const common_colours[] = {
  N_("Black"), N_("Grey"), N_("White"), N_("Red"), N_("Orange"), N_("Yellow"),
  N_("Green"), N_("Blue"), N_("Purple"), N_("Brown"),
};

/* The cable shown, or NULL when it has left the plan. */
static WpCable *
shown_cable (WpInspector *self)
{
  if (self->cable == NULL
      || !wp_plan_index_of_cable (wp_document_get_plan (self->document), self->cable, NULL))
    return NULL;
  return self->cable;
}

/* Label, colour and notes are set together in the model, but each is a gesture
 * of its own, so each change is its own undo step. */
typedef enum {
  FIELD_LABEL,
  FIELD_COLOUR,
  FIELD_NOTES,
} TextField;

static char *
get_shown (WpInspector *self,
           TextField    field)
{
  switch (field)
    {
    case FIELD_LABEL:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->cable_label)));
    case FIELD_COLOUR:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->cable_colour)));
    case FIELD_NOTES:
    default:
      return wp_inspector_get_text_view (self->cable_notes);
    }
}

static void
commit_text (WpInspector *self,
             TextField    field)
{
  WpCable *cable;
  g_autofree char *shown = NULL;
  const char *label, *colour, *notes;

  if (!wp_inspector_can_commit (self) || (cable = shown_cable (self)) == NULL)
    return;

  shown = get_shown (self, field);
  label = field == FIELD_LABEL ? shown : wp_cable_get_label (cable);
  colour = field == FIELD_COLOUR ? shown : wp_cable_get_color (cable);
  notes = field == FIELD_NOTES ? shown : wp_cable_get_notes (cable);
  self->syncing++;
  if (wp_inspector_text_differs (label, wp_cable_get_label (cable))
      || wp_inspector_text_differs (colour, wp_cable_get_color (cable))
      || wp_inspector_text_differs (notes, wp_cable_get_notes (cable)))
    wp_history_set_cable_text (wp_inspector_get_history (self), cable, label, colour, notes);
  /* Hides the apply button. */
  if (field == FIELD_LABEL)
    wp_inspector_show_entry (self->cable_label, wp_cable_get_label (cable));
  else if (field == FIELD_COLOUR)
    wp_inspector_show_entry (self->cable_colour, wp_cable_get_color (cable));
  self->syncing--;
}

static void
commit_label (WpInspector *self)
{
  commit_text (self, FIELD_LABEL);
}

static void
commit_colour (WpInspector *self)
{
  commit_text (self, FIELD_COLOUR);
}

static void
commit_notes (WpInspector *self)
{
  commit_text (self, FIELD_NOTES);
}

static void
commit_length (WpInspector *self)
{
  WpCable *cable;

  if (!wp_inspector_can_commit (self) || (cable = shown_cable (self)) == NULL)
    return;

  self->syncing++;
  if (wp_inspector_number_differs (self->cable_length, wp_cable_get_length_m (cable)))
    wp_history_set_cable_length (wp_inspector_get_history (self), cable,
                                 wp_inspector_get_number (self->cable_length));
  self->syncing--;
}

void
wp_inspector_cable_commit (WpInspector *self)
{
  if (!wp_inspector_can_commit (self))
    return;

  /* Reads what was typed in the length field and not yet confirmed. */
  gtk_spin_button_update (self->cable_length);
  commit_length (self);
  commit_label (self);
  commit_colour (self);
  commit_notes (self);
}

static void
set_colour (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  WpInspector *self = WP_INSPECTOR (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->cable_colour), g_variant_get_string (parameter, NULL));
  commit_colour (self);
}

/* “Kick” Out → “Stage box” Ch 1 */
static char *
describe_ends (WpPlan  *plan,
               WpCable *cable)
{
  WpDevice *from_device, *to_device;
  const WpPort *from = wp_plan_resolve (plan, wp_cable_get_from (cable), &from_device);
  const WpPort *to = wp_plan_resolve (plan, wp_cable_get_to (cable), &to_device);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (from == NULL || to == NULL)
    return g_strdup (wp_cable_get_id (cable));
  a = wp_rules_describe_port (from_device, from);
  b = wp_rules_describe_port (to_device, to);
  /* Translators: a cable from one port to another */
  return g_strdup_printf (_("%s → %s"), a, b);
}

void
wp_inspector_cable_refresh (WpInspector *self)
{
  WpCable *cable = self->cable;
  g_autofree char *ends = describe_ends (wp_document_get_plan (self->document), cable);

  g_assert (self->syncing > 0);

  gtk_label_set_text (self->cable_ends, ends);
  wp_inspector_show_entry (self->cable_label, wp_cable_get_label (cable));
  wp_inspector_show_number (self->cable_length, wp_cable_get_length_m (cable));
  wp_inspector_show_entry (self->cable_colour, wp_cable_get_color (cable));
  wp_inspector_show_text_view (self->cable_notes, wp_cable_get_notes (cable));
  wp_inspector_problems_refresh (self);
}

void
wp_inspector_cable_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "inspector.set-cable-colour", "s", set_colour);
}

void
wp_inspector_cable_init (WpInspector *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (common_colours); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(common_colours[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "inspector.set-cable-colour",
                                               g_variant_new_string (_(common_colours[i])));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->cable_colour_menu, G_MENU_MODEL (menu));

  wp_inspector_number_field_init (self->cable_length, _("Unknown"));
  wp_inspector_watch_field (self, GTK_WIDGET (self->cable_label), G_CALLBACK (commit_label));
  wp_inspector_watch_field (self, GTK_WIDGET (self->cable_length), G_CALLBACK (commit_length));
  wp_inspector_watch_field (self, GTK_WIDGET (self->cable_colour), G_CALLBACK (commit_colour));
  wp_inspector_watch_field (self, GTK_WIDGET (self->cable_notes), G_CALLBACK (commit_notes));
}
