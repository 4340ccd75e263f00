/* wp-preferences-window.c: the user's preferences
 *
 * Every control is bound to its GSettings key, so a change applies at once to
 * every open window and is kept for the next start.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-preferences-window.h"
#include "wp-sheet.h"

struct _WpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *style_row;
  GtkSwitch            *snap_switch;
  GtkSpinButton        *grid_spin;
  GtkSpinButton        *length_spin;
  GtkSwitch            *warnings_switch;
  GtkSwitch            *notes_switch;
  AdwPreferencesGroup  *prefixes_group;

  GSettings            *settings;
  GPtrArray            *prefix_rows;   /* of AdwEntryRow, named by signal family */
};

G_DEFINE_FINAL_TYPE (WpPreferencesWindow, wp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The nicks of the color-scheme key, in the order of the style row. */
static const char * const style_nicks[] = { "default", "light", "dark" };

/* The titles of the signal families of wp_cable_label_keys(). */
static const struct {
  const char *family;
  const char *title;
} families[] = {
  { "mic", N_("Microphone") },
  { "line", N_("Line") },
  { "speaker", N_("Speaker") },
  { "digital", N_("Digital") },
  { "network", N_("Network") },
  { "midi", N_("MIDI") },
  { "control", N_("Control") },
  { "usb", N_("USB") },
  { "power", N_("Power") },
  { "other", N_("Other") },
};

static const char *
family_title (const char *family)
{
  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    if (g_str_equal (families[i].family, family))
      return _(families[i].title);
  g_return_val_if_reached (family);
}

static gboolean
style_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (style_nicks); i++)
    if (g_str_equal (nick, style_nicks[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
style_to_setting (const GValue       *value,
                  const GVariantType *type,
                  gpointer            data)
{
  guint index = g_value_get_uint (value);

  return index < G_N_ELEMENTS (style_nicks) ? g_variant_new_string (style_nicks[index]) : NULL;
}

/* Writes the prefixes back when each is a usable label start; an empty one is
 * marked and kept out of the settings until it is filled in. */
static void
on_prefix_changed (WpPreferencesWindow *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  gboolean complete = TRUE;

  for (guint i = 0; i < self->prefix_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->prefix_rows, i);
      g_autofree char *prefix = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

      if (prefix[0] == '\0')
        {
          gtk_widget_add_css_class (row, "error");
          complete = FALSE;
          continue;
        }
      gtk_widget_remove_css_class (row, "error");
      g_variant_builder_add (&builder, "{ss}", gtk_widget_get_name (row), prefix);
    }
  if (complete)
    g_settings_set_value (self->settings, "cable-label-prefixes", g_variant_builder_end (&builder));
}

static void
add_prefix_rows (WpPreferencesWindow *self)
{
  g_autoptr(GVariant) prefixes = g_settings_get_value (self->settings, "cable-label-prefixes");
  g_autoptr(GHashTable) defaults = wp_cable_label_default_prefixes ();
  const char * const *keys = wp_cable_label_keys ();

  for (guint i = 0; keys[i] != NULL; i++)
    {
      GtkWidget *row = adw_entry_row_new ();
      const char *prefix = NULL;

      gtk_widget_set_name (row, keys[i]);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), family_title (keys[i]));
      if (!g_variant_lookup (prefixes, keys[i], "&s", &prefix))
        prefix = g_hash_table_lookup (defaults, keys[i]);
      gtk_editable_set_text (GTK_EDITABLE (row), prefix);
      g_signal_connect_swapped (row, "changed", G_CALLBACK (on_prefix_changed), self);
      adw_preferences_group_add (self->prefixes_group, row);
      g_ptr_array_add (self->prefix_rows, row);
    }
}

static void
wp_preferences_window_dispose (GObject *object)
{
  WpPreferencesWindow *self = WP_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->prefix_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_preferences_window_parent_class)->dispose (object);
}

static void
wp_preferences_window_class_init (WpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/wireplan/Wireplan/ui/wp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WpPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, WpPreferencesWindow, snap_switch);
  gtk_widget_class_bind_template_child (widget_class, WpPreferencesWindow, grid_spin);
  gtk_widget_class_bind_template_child (widget_class, WpPreferencesWindow, length_spin);
  gtk_widget_class_bind_template_child (widget_class, WpPreferencesWindow, warnings_switch);
  gtk_widget_class_bind_template_child (widget_class, WpPreferencesWindow, notes_switch);
  gtk_widget_class_bind_template_child (widget_class, WpPreferencesWindow, prefixes_group);
}

static void
wp_preferences_window_init (WpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->prefix_rows = g_ptr_array_new ();
}

WpPreferencesWindow *
wp_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  WpPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (WP_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind_with_mapping (settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, style_from_setting, style_to_setting,
                                NULL, NULL);
  g_settings_bind (settings, "snap-to-grid", self->snap_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "grid-size", self->grid_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "default-cable-length", self->length_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-warnings", self->warnings_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-notes", self->notes_switch, "active", G_SETTINGS_BIND_DEFAULT);
  add_prefix_rows (self);
  return self;
}
