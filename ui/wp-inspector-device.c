/* wp-inspector-device.c: the inspector's page for one device
 *
 * Name and notes are edited; model and zone are shown. Each port gets a row that
 * describes it, with a control for each setting the rules read that the port
 * has: phantom power on an input that supplies it, the pad of an input that has
 * one, bridge mode where the port declares it, and the transformer tap of a
 * constant-voltage speaker input. A change of a control is one undo step that
 * replaces the port by a changed copy.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wp-inspector-private.h"
#include "wp-rules.h"

typedef enum {
  CONTROL_PHANTOM = 1 << 0,
  CONTROL_PAD     = 1 << 1,
  CONTROL_BRIDGED = 1 << 2,
  CONTROL_TAP     = 1 << 3,
} Control;

/* The row of one port and its controls (owned by the row). */
typedef struct {
  AdwActionRow  *row;
  char          *id;
  guint          controls;
  GtkSwitch     *phantom;
  GtkSwitch     *pad;
  GtkSwitch     *bridged;
  GtkSpinButton *tap;
} WpPortRow;

static void
port_row_free (WpPortRow *port_row)
{
  g_free (port_row->id);
  g_free (port_row);
}

/* The settings of @port the user can change; its other attributes describe the
 * equipment. */
static guint
port_controls (const WpPort *port)
{
  guint controls = 0;

  if (port->phantom == WP_PHANTOM_P12 || port->phantom == WP_PHANTOM_P24
      || port->phantom == WP_PHANTOM_P48)
    controls |= CONTROL_PHANTOM;
  if (isfinite (port->pad_db) && port->pad_db > 0)
    controls |= CONTROL_PAD;
  if (port->bridged != WP_FLAG_UNSET)
    controls |= CONTROL_BRIDGED;
  if ((port->direction == WP_DIRECTION_IN
       && (port->level == WP_LEVEL_CV70 || port->level == WP_LEVEL_CV100))
      || isfinite (port->cv_tap_w))
    controls |= CONTROL_TAP;
  return controls;
}

static const char *
port_name (const WpPort *port)
{
  return port->name != NULL && port->name[0] != '\0' ? port->name : port->id;
}

static const char *
direction_name (WpDirection direction)
{
  switch (direction)
    {
    case WP_DIRECTION_IN:
      return _("Input");
    case WP_DIRECTION_OUT:
      return _("Output");
    case WP_DIRECTION_BIDIR:
      return _("Input and output");
    case WP_DIRECTION_UNSET:
    default:
      return "";
    }
}

/* “Input · XLR (f) · microphone level (about -50 dBu)” */
static char *
describe_port (const WpPort *port)
{
  g_autofree char *connector = wp_rules_connector_name (port->connector, port->gender, FALSE);
  const char *what = port->signal == WP_SIGNAL_ANALOG && port->level != WP_LEVEL_UNSET
                     ? wp_rules_level_name (port->level) : wp_rules_signal_name (port->signal);
  const char *parts[] = { direction_name (port->direction), connector, what };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i][0] == '\0')
        continue;
      if (text->len > 0)
        /* Translators: the separator between the parts of a port's description */
        g_string_append (text, _(" · "));
      g_string_append (text, parts[i]);
    }
  return g_string_free (text, FALSE);
}

/* The device shown, or NULL when it has left the plan. */
static WpDevice *
shown_device (WpInspector *self)
{
  if (self->device == NULL
      || !wp_plan_index_of_device (wp_document_get_plan (self->document), self->device, NULL))
    return NULL;
  return self->device;
}

static void
commit_name (WpInspector *self)
{
  WpDevice *device;
  g_autofree char *name = NULL;

  if (!wp_inspector_can_commit (self) || (device = shown_device (self)) == NULL)
    return;

  name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->device_name)));
  self->syncing++;
  if (wp_inspector_text_differs (name, wp_device_get_name (device)))
    wp_history_set_device_text (wp_inspector_get_history (self), device, name,
                                wp_device_get_notes (device));
  wp_inspector_show_entry (self->device_name, wp_device_get_name (device));
  self->syncing--;
}

static void
commit_notes (WpInspector *self)
{
  WpDevice *device;
  g_autofree char *notes = NULL;

  if (!wp_inspector_can_commit (self) || (device = shown_device (self)) == NULL)
    return;

  notes = wp_inspector_get_text_view (self->device_notes);
  self->syncing++;
  if (wp_inspector_text_differs (notes, wp_device_get_notes (device)))
    wp_history_set_device_text (wp_inspector_get_history (self), device,
                                wp_device_get_name (device), notes);
  self->syncing--;
}

void
wp_inspector_device_commit (WpInspector *self)
{
  commit_name (self);
  commit_notes (self);
}

/* Writes the controls of one port row into a copy of its port. */
static void
commit_port (WpInspector *self,
             WpPortRow   *port_row)
{
  WpDevice *device;
  const WpPort *port;
  g_autoptr(WpPort) copy = NULL;
  guint index;

  if (!wp_inspector_can_commit (self) || (device = shown_device (self)) == NULL
      || (port = wp_device_find_port (device, port_row->id, &index)) == NULL)
    return;

  copy = wp_port_copy (port);
  if (port_row->phantom != NULL)
    copy->phantom_on = gtk_switch_get_active (port_row->phantom) ? WP_FLAG_YES : WP_FLAG_NO;
  if (port_row->pad != NULL)
    copy->pad_on = gtk_switch_get_active (port_row->pad) ? WP_FLAG_YES : WP_FLAG_NO;
  if (port_row->bridged != NULL)
    copy->bridged = gtk_switch_get_active (port_row->bridged) ? WP_FLAG_YES : WP_FLAG_NO;
  if (port_row->tap != NULL)
    copy->cv_tap_w = wp_inspector_get_number (port_row->tap);

  /* An unknown flag shows as off: leaving it off is no change. */
  if (port_row->phantom != NULL && port->phantom_on == WP_FLAG_UNSET && copy->phantom_on == WP_FLAG_NO)
    copy->phantom_on = WP_FLAG_UNSET;
  if (port_row->pad != NULL && port->pad_on == WP_FLAG_UNSET && copy->pad_on == WP_FLAG_NO)
    copy->pad_on = WP_FLAG_UNSET;

  self->syncing++;
  if (!wp_port_equal (port, copy))
    wp_history_replace_port (wp_inspector_get_history (self), device, index, copy);
  self->syncing--;
}

static void
on_control_changed (GtkWidget   *control,
                    GParamSpec  *pspec,
                    WpInspector *self)
{
  WpPortRow *port_row = g_object_get_data (G_OBJECT (control), "wp-port-row");

  commit_port (self, port_row);
}

/* A control of one port: its caption above it, its accessible label naming the port. */
static GtkWidget *
add_control (AdwActionRow *row,
             GtkWidget    *control,
             const char   *caption,
             const char   *tooltip,
             const char   *accessible_label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (caption);

  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_halign (control, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (box, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), control);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (row, box);
  return control;
}

static GtkSwitch *
add_switch (WpPortRow   *port_row,
            WpInspector *self,
            const char  *name,
            const char  *caption,
            const char  *tooltip,
            const char  *accessible_label)
{
  GtkWidget *control = gtk_switch_new ();
  g_autofree char *widget_name = g_strconcat (name, ":", port_row->id, NULL);

  gtk_widget_set_name (control, widget_name);
  g_object_set_data (G_OBJECT (control), "wp-port-row", port_row);
  g_signal_connect (control, "notify::active", G_CALLBACK (on_control_changed), self);
  return GTK_SWITCH (add_control (port_row->row, control, caption, tooltip, accessible_label));
}

static WpPortRow *
port_row_new (WpInspector  *self,
              const WpPort *port)
{
  WpPortRow *port_row = g_new0 (WpPortRow, 1);
  const char *name = port_name (port);
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;

  port_row->row = ADW_ACTION_ROW (adw_action_row_new ());
  port_row->id = g_strdup (port->id);
  port_row->controls = port_controls (port);
  /* Port names are the user's text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (port_row->row), FALSE);

  if (port_row->controls & CONTROL_PHANTOM)
    {
      label = g_strdup_printf (_("Phantom power on %s"), name);
      /* Translators: the tooltip of a phantom power switch, with its voltage */
      tooltip = g_strdup_printf (_("Phantom power, %s"), wp_rules_phantom_name (port->phantom));
      /* Translators: a short caption above a phantom power switch */
      port_row->phantom = add_switch (port_row, self, "phantom", _("Phantom"), tooltip, label);
      g_clear_pointer (&label, g_free);
      g_clear_pointer (&tooltip, g_free);
    }
  if (port_row->controls & CONTROL_PAD)
    {
      label = g_strdup_printf (_("Pad on %s"), name);
      /* Translators: the tooltip of a pad switch; %.0f is the attenuation in dB */
      tooltip = g_strdup_printf (_("Attenuation pad, %.0f dB"), port->pad_db);
      /* Translators: a short caption above an attenuation pad switch */
      port_row->pad = add_switch (port_row, self, "pad", _("Pad"), tooltip, label);
      g_clear_pointer (&label, g_free);
      g_clear_pointer (&tooltip, g_free);
    }
  if (port_row->controls & CONTROL_BRIDGED)
    {
      label = g_strdup_printf (_("Bridge mode on %s"), name);
      /* Translators: a short caption above an amplifier's bridge mode switch */
      port_row->bridged = add_switch (port_row, self, "bridged", _("Bridged"),
                                      _("Bridge mode: the minimum load doubles"), label);
      g_clear_pointer (&label, g_free);
    }
  if (port_row->controls & CONTROL_TAP)
    {
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 1000, 0.5);
      g_autofree char *widget_name = g_strconcat ("tap:", port->id, NULL);

      label = g_strdup_printf (_("Transformer tap of %s in watts"), name);
      gtk_widget_set_name (spin, widget_name);
      gtk_editable_set_width_chars (GTK_EDITABLE (spin), 4);
      wp_inspector_number_field_init (GTK_SPIN_BUTTON (spin), NULL);
      g_object_set_data (G_OBJECT (spin), "wp-port-row", port_row);
      g_signal_connect (spin, "notify::value", G_CALLBACK (on_control_changed), self);
      /* Translators: a short caption above a transformer tap in watts */
      port_row->tap = GTK_SPIN_BUTTON (add_control (port_row->row, spin, _("Tap (W)"),
                                                    _("The transformer tap in watts; empty when not known"),
                                                    label));
    }
  return port_row;
}

static void
show_port (WpPortRow    *port_row,
           const WpPort *port)
{
  g_autofree char *description = describe_port (port);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (port_row->row), port_name (port));
  adw_action_row_set_subtitle (port_row->row, description);
  if (port_row->phantom != NULL)
    gtk_switch_set_active (port_row->phantom, port->phantom_on == WP_FLAG_YES);
  if (port_row->pad != NULL)
    gtk_switch_set_active (port_row->pad, port->pad_on == WP_FLAG_YES);
  if (port_row->bridged != NULL)
    gtk_switch_set_active (port_row->bridged, port->bridged == WP_FLAG_YES);
  if (port_row->tap != NULL)
    wp_inspector_show_number (port_row->tap, port->cv_tap_w);
}

/* TRUE when the rows shown fit the ports of @device one by one. */
static gboolean
rows_fit (WpInspector *self,
          WpDevice    *device)
{
  if (self->port_rows->len != wp_device_get_n_ports (device))
    return FALSE;
  for (guint i = 0; i < self->port_rows->len; i++)
    {
      WpPortRow *port_row = g_ptr_array_index (self->port_rows, i);
      const WpPort *port = wp_device_get_port (device, i);

      if (g_strcmp0 (port_row->id, port->id) != 0 || port_row->controls != port_controls (port))
        return FALSE;
    }
  return TRUE;
}

static void
clear_port_rows (WpInspector *self)
{
  for (guint i = 0; i < self->port_rows->len; i++)
    {
      WpPortRow *port_row = g_ptr_array_index (self->port_rows, i);

      adw_preferences_group_remove (self->device_ports, GTK_WIDGET (port_row->row));
    }
  g_ptr_array_set_size (self->port_rows, 0);
}

static void
refresh_ports (WpInspector *self,
               gboolean     new_device)
{
  WpDevice *device = self->device;
  guint n_ports;

  if (new_device || device == NULL || !rows_fit (self, device))
    {
      clear_port_rows (self);
      for (guint i = 0; device != NULL && i < wp_device_get_n_ports (device); i++)
        {
          WpPortRow *port_row = port_row_new (self, wp_device_get_port (device, i));

          g_ptr_array_add (self->port_rows, port_row);
          adw_preferences_group_add (self->device_ports, GTK_WIDGET (port_row->row));
        }
    }
  if (device == NULL)
    return;

  for (guint i = 0; i < self->port_rows->len; i++)
    show_port (g_ptr_array_index (self->port_rows, i), wp_device_get_port (device, i));
  n_ports = wp_device_get_n_ports (device);
  if (n_ports == 0)
    adw_preferences_group_set_description (self->device_ports, _("This device has no ports."));
  else
    adw_preferences_group_set_description (self->device_ports, NULL);
}

/* Fills the page from the device shown; @new_device when it is another device
 * than before, whose port rows must be made anew. With no device it lets go of
 * the port rows. */
void
wp_inspector_device_refresh (WpInspector *self,
                             gboolean     new_device)
{
  WpDevice *device = self->device;
  WpZone *zone;
  const char *model;

  g_assert (self->syncing > 0);

  refresh_ports (self, new_device);
  if (device == NULL)
    return;

  wp_inspector_show_entry (self->device_name, wp_device_get_name (device));
  wp_inspector_show_text_view (self->device_notes, wp_device_get_notes (device));
  model = wp_device_get_model (device);
  adw_action_row_set_subtitle (self->device_model,
                               model != NULL && model[0] != '\0' ? model : _("None"));
  zone = wp_device_get_zone (device) != NULL
         ? wp_plan_find_zone (wp_document_get_plan (self->document), wp_device_get_zone (device))
         : NULL;
  adw_action_row_set_subtitle (self->device_zone, zone != NULL ? wp_zone_get_name (zone) : _("None"));
}

void
wp_inspector_device_init (WpInspector *self)
{
  self->port_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) port_row_free);
  wp_inspector_watch_field (self, GTK_WIDGET (self->device_name), G_CALLBACK (commit_name));
  wp_inspector_watch_field (self, GTK_WIDGET (self->device_notes), G_CALLBACK (commit_notes));
}
