/* wp-port-editor.c: one port of the device editor
 *
 * The fields are made from the port attribute table (wp_port_get_attributes()),
 * so every attribute a port file may carry can be edited, and a new attribute
 * needs no change here beyond its caption: text rows for strings, drop-downs
 * for enumerations (the first choice is "Unset"), and for numbers and flags a
 * check that says whether the value is known beside a spin button or a switch.
 * Sample rates are a comma-separated list of Hz.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-port-editor.h"

struct _WpPortEditor
{
  AdwExpanderRow  parent_instance;

  WpPort         *port;     /* as given: keeps the keys this version does not know */
  GPtrArray      *fields;   /* per attribute: the row, or the spin button or switch */
  GPtrArray      *known;    /* per attribute: the "known" check of numbers and flags, or NULL */
};

G_DEFINE_FINAL_TYPE (WpPortEditor, wp_port_editor, ADW_TYPE_EXPANDER_ROW)

enum {
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define FIELD(port, attribute, type) G_STRUCT_MEMBER (type, port, (attribute)->offset)

static const struct {
  const char *key;
  const char *caption;
} captions[] = {
  { "id", N_("Id") },
  { "name", N_("Name") },
  { "direction", N_("Direction") },
  { "signal", N_("Signal") },
  { "level", N_("Level") },
  { "wiring", N_("Wiring") },
  { "channels", N_("Channels") },
  { "connector", N_("Connector") },
  { "gender", N_("Gender") },
  { "impedance_ohm", N_("Impedance (Ω)") },
  { "min_load_ohm", N_("Minimum load (Ω)") },
  { "bridged", N_("Bridged") },
  { "power_w", N_("Power (W)") },
  { "cv_tap_w", N_("Transformer tap (W)") },
  { "combo_level", N_("Jack level of a combo input") },
  { "phantom", N_("Phantom power supplied") },
  { "phantom_on", N_("Phantom power on") },
  { "needs_phantom", N_("Phantom power needed") },
  { "battery", N_("Can run from a battery") },
  { "phantom_tolerance", N_("Phantom tolerance") },
  { "mic_type", N_("Microphone type") },
  { "pad_db", N_("Pad (dB)") },
  { "pad_on", N_("Pad on") },
  { "sample_rates", N_("Sample rates (Hz, comma separated)") },
  { "src", N_("Sample-rate converter") },
  { "smux", N_("S/MUX") },
  { "usb_role", N_("USB role") },
  { "link_of", N_("Linked to port (id)") },
  { "length_limit_m", N_("Cable length limit (m)") },
};

static const char *
caption_for (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    if (g_str_equal (captions[i].key, key))
      return _(captions[i].caption);
  return key;
}

static void
update_title (WpPortEditor *self)
{
  WpPort *port = wp_port_editor_get_port (self);
  const char *name = port->name != NULL ? port->name : port->id;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name != NULL && name[0] != '\0' ? name : _("New port"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 wp_enum_to_string (WP_ENUM_CONNECTOR, port->connector) != NULL
                                 ? wp_enum_to_string (WP_ENUM_CONNECTOR, port->connector) : "");
  wp_port_free (port);
}

static char *
rates_to_text (const GArray *rates)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; rates != NULL && i < rates->len; i++)
    g_string_append_printf (text, "%s%u", i > 0 ? ", " : "", g_array_index (rates, guint, i));
  return g_string_free (text, FALSE);
}

/* The rates of "48000, 96000"; NULL when empty. Words that are no positive
 * number are kept as 0, which the catalogue reader then refuses by name. */
static GArray *
rates_from_text (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  GArray *rates = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 parsed = 0;
      guint rate;

      if (g_strstrip (parts[i])[0] == '\0')
        continue;
      rate = g_ascii_string_to_unsigned (parts[i], 10, 1, G_MAXUINT, &parsed, NULL) ? parsed : 0;
      g_array_append_val (rates, rate);
    }
  if (rates->len == 0)
    g_clear_pointer (&rates, g_array_unref);
  return rates;
}

static GtkWidget *
add_known_row (WpPortEditor *self,
               const char   *caption,
               GtkWidget    *value,
               gboolean      known)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caption);
  gtk_widget_set_tooltip_text (check, _("Known: leave unchecked when the value is not known"));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (value, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), known);
  g_object_bind_property (check, "active", value, "sensitive", G_BINDING_SYNC_CREATE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_LABEL, caption, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  g_ptr_array_add (self->known, check);
  return value;
}

static GtkWidget *
add_field (WpPortEditor          *self,
           const WpPortAttribute *attribute)
{
  const char *caption = caption_for (attribute->key);
  WpPort *port = self->port;
  GtkWidget *row;

  switch (attribute->type)
    {
    case WP_ATTRIBUTE_NUMBER:
    case WP_ATTRIBUTE_COUNT:
      {
        gboolean count = attribute->type == WP_ATTRIBUTE_COUNT;
        GtkWidget *spin = gtk_spin_button_new_with_range (count ? 1 : 0, count ? 4096 : 1e6, count ? 1 : 0.1);
        double value = count ? FIELD (port, attribute, int) : FIELD (port, attribute, double);
        gboolean known = count ? value > 0 : !isnan (value);

        gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), count ? 0 : 1);
        if (known)
          gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
        return add_known_row (self, caption, spin, known);
      }
    case WP_ATTRIBUTE_FLAG:
      {
        WpFlag flag = FIELD (port, attribute, int);
        GtkWidget *toggle = gtk_switch_new ();

        gtk_switch_set_active (GTK_SWITCH (toggle), flag == WP_FLAG_YES);
        return add_known_row (self, caption, toggle, flag != WP_FLAG_UNSET);
      }
    case WP_ATTRIBUTE_ENUM:
      {
        g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

        row = adw_combo_row_new ();
        gtk_string_list_append (names, _("Unset"));
        for (guint v = 1; v < wp_enum_n_values (attribute->enum_kind); v++)
          gtk_string_list_append (names, wp_enum_to_string (attribute->enum_kind, v));
        adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), FIELD (port, attribute, int));
        g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (update_title), self);
        break;
      }
    case WP_ATTRIBUTE_STRING:
    case WP_ATTRIBUTE_RATES:
    default:
      {
        g_autofree char *text = attribute->type == WP_ATTRIBUTE_RATES
                                ? rates_to_text (FIELD (port, attribute, GArray *))
                                : g_strdup (FIELD (port, attribute, char *));

        row = adw_entry_row_new ();
        gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
        g_signal_connect_swapped (row, "changed", G_CALLBACK (update_title), self);
        break;
      }
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caption);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  g_ptr_array_add (self->known, NULL);
  return row;
}

static void
on_up (WpPortEditor *self)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
on_down (WpPortEditor *self)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
on_remove (WpPortEditor *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
add_button (WpPortEditor *self,
            const char   *icon,
            const char   *tooltip,
            GCallback     callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), button);
}

static void
wp_port_editor_dispose (GObject *object)
{
  WpPortEditor *self = WP_PORT_EDITOR (object);

  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->known, g_ptr_array_unref);
  g_clear_pointer (&self->port, wp_port_free);

  G_OBJECT_CLASS (wp_port_editor_parent_class)->dispose (object);
}

static void
wp_port_editor_class_init (WpPortEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wp_port_editor_dispose;

  /* ::move (delta): the user asks to move the port up (-1) or down (+1). */
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
wp_port_editor_init (WpPortEditor *self)
{
  self->fields = g_ptr_array_new ();
  self->known = g_ptr_array_new ();
  /* The title is the port's name as typed: text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

GtkWidget *
wp_port_editor_new (const WpPort *port)
{
  WpPortEditor *self;
  const WpPortAttribute *attributes;
  guint n_attributes;

  g_return_val_if_fail (port != NULL, NULL);

  self = g_object_new (WP_TYPE_PORT_EDITOR, NULL);
  self->port = wp_port_copy (port);
  /* Each action goes before the ones added earlier. */
  add_button (self, "user-trash-symbolic", _("Remove Port"), G_CALLBACK (on_remove));
  add_button (self, "go-down-symbolic", _("Move Down"), G_CALLBACK (on_down));
  add_button (self, "go-up-symbolic", _("Move Up"), G_CALLBACK (on_up));
  attributes = wp_port_get_attributes (&n_attributes);
  for (guint i = 0; i < n_attributes; i++)
    g_ptr_array_add (self->fields, add_field (self, &attributes[i]));
  update_title (self);
  return GTK_WIDGET (self);
}

/* The row (text, drop-down) or the value widget (spin button, switch) of @key. */
GtkWidget *
wp_port_editor_get_field (WpPortEditor *self,
                          const char   *key)
{
  const WpPortAttribute *attributes;
  guint n_attributes;

  g_return_val_if_fail (WP_IS_PORT_EDITOR (self), NULL);

  attributes = wp_port_get_attributes (&n_attributes);
  for (guint i = 0; i < n_attributes && i < self->fields->len; i++)
    if (g_str_equal (attributes[i].key, key))
      return g_ptr_array_index (self->fields, i);
  return NULL;
}

/* A new port as the fields show it; keys unknown to this version are kept. */
WpPort *
wp_port_editor_get_port (WpPortEditor *self)
{
  const WpPortAttribute *attributes;
  guint n_attributes;
  WpPort *port;

  g_return_val_if_fail (WP_IS_PORT_EDITOR (self), NULL);

  port = wp_port_copy (self->port);
  attributes = wp_port_get_attributes (&n_attributes);
  for (guint i = 0; i < n_attributes && i < self->fields->len; i++)
    {
      const WpPortAttribute *attribute = &attributes[i];
      GtkWidget *field = g_ptr_array_index (self->fields, i);
      GtkCheckButton *known = g_ptr_array_index (self->known, i);
      gboolean is_known = known != NULL && gtk_check_button_get_active (known);
      const char *text = GTK_IS_EDITABLE (field) ? gtk_editable_get_text (GTK_EDITABLE (field)) : NULL;

      switch (attribute->type)
        {
        case WP_ATTRIBUTE_STRING:
          g_free (FIELD (port, attribute, char *));
          /* An empty id stays "", for the reader to refuse by name. */
          FIELD (port, attribute, char *) = text[0] != '\0' || g_str_equal (attribute->key, "id")
                                            ? g_strdup (text) : NULL;
          break;
        case WP_ATTRIBUTE_RATES:
          g_clear_pointer (&FIELD (port, attribute, GArray *), g_array_unref);
          FIELD (port, attribute, GArray *) = rates_from_text (text);
          break;
        case WP_ATTRIBUTE_ENUM:
          FIELD (port, attribute, int) = adw_combo_row_get_selected (ADW_COMBO_ROW (field));
          break;
        case WP_ATTRIBUTE_FLAG:
          FIELD (port, attribute, int) = !is_known ? WP_FLAG_UNSET
                                         : gtk_switch_get_active (GTK_SWITCH (field)) ? WP_FLAG_YES : WP_FLAG_NO;
          break;
        case WP_ATTRIBUTE_COUNT:
          FIELD (port, attribute, int) = is_known ? gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field)) : 0;
          break;
        case WP_ATTRIBUTE_NUMBER:
        default:
          FIELD (port, attribute, double) = is_known ? gtk_spin_button_get_value (GTK_SPIN_BUTTON (field)) : NAN;
          break;
        }
    }
  return port;
}
