/* wp-catalogue-row.c: one device template in the catalogue list
 *
 * Its name over the first line of its description, the rest in the tooltip.
 * The row is a drag source whose content is the template itself, which the
 * canvas accepts as a drop.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-catalogue-row.h"

struct _WpCatalogueRow
{
  GtkWidget         parent_instance;

  GtkLabel         *name_label;
  GtkLabel         *description_label;

  WpDeviceTemplate *device_template;
};

G_DEFINE_FINAL_TYPE (WpCatalogueRow, wp_catalogue_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DEVICE_TEMPLATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
make_tooltip (WpDeviceTemplate *device_template)
{
  const char *description = wp_device_template_get_description (device_template);
  guint n_ports = wp_device_template_get_n_ports (device_template);
  GString *tooltip = g_string_new (NULL);

  if (description != NULL && description[0] != '\0')
    g_string_append_printf (tooltip, "%s\n\n", description);
  /* Translators: the catalogue id of a device, e.g. "generic.dynamic-vocal-mic" */
  g_string_append_printf (tooltip, _("Model: %s"), wp_device_template_get_model (device_template));
  g_string_append_c (tooltip, '\n');
  g_string_append_printf (tooltip, ngettext ("%u port", "%u ports", n_ports), n_ports);
  return g_string_free (tooltip, FALSE);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource  *source,
                 double          x,
                 double          y,
                 WpCatalogueRow *self)
{
  if (self->device_template == NULL)
    return NULL;
  return gdk_content_provider_new_typed (WP_TYPE_DEVICE_TEMPLATE, self->device_template);
}

static void
on_drag_begin (GtkDragSource  *source,
               GdkDrag        *drag,
               WpCatalogueRow *self)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (wp_device_template_get_name (self->device_template));

  /* A card, so the name reads over whatever the pointer crosses. */
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_box_append (GTK_BOX (card), label);
  gtk_drag_icon_set_child (GTK_DRAG_ICON (gtk_drag_icon_get_for_drag (drag)), card);
}

static void
wp_catalogue_row_dispose (GObject *object)
{
  WpCatalogueRow *self = WP_CATALOGUE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_CATALOGUE_ROW);
  g_clear_object (&self->device_template);

  G_OBJECT_CLASS (wp_catalogue_row_parent_class)->dispose (object);
}

static void
wp_catalogue_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WpCatalogueRow *self = WP_CATALOGUE_ROW (object);

  switch (prop_id)
    {
    case PROP_DEVICE_TEMPLATE:
      g_value_set_object (value, self->device_template);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_catalogue_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WpCatalogueRow *self = WP_CATALOGUE_ROW (object);

  switch (prop_id)
    {
    case PROP_DEVICE_TEMPLATE:
      wp_catalogue_row_set_device_template (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_catalogue_row_class_init (WpCatalogueRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_catalogue_row_dispose;
  object_class->get_property = wp_catalogue_row_get_property;
  object_class->set_property = wp_catalogue_row_set_property;

  properties[PROP_DEVICE_TEMPLATE] =
    g_param_spec_object ("device-template", NULL, NULL, WP_TYPE_DEVICE_TEMPLATE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/wireplan/Wireplan/ui/wp-catalogue-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpCatalogueRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, WpCatalogueRow, description_label);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_prepare);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_begin);
}

static void
wp_catalogue_row_init (WpCatalogueRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
wp_catalogue_row_new (void)
{
  return g_object_new (WP_TYPE_CATALOGUE_ROW, NULL);
}

WpDeviceTemplate *
wp_catalogue_row_get_device_template (WpCatalogueRow *self)
{
  g_return_val_if_fail (WP_IS_CATALOGUE_ROW (self), NULL);

  return self->device_template;
}

/* Shows @device_template (NULL for none, as a recycled row is between items). */
void
wp_catalogue_row_set_device_template (WpCatalogueRow   *self,
                                      WpDeviceTemplate *device_template)
{
  g_autofree char *tooltip = NULL;
  const char *name = NULL;
  const char *description = NULL;

  g_return_if_fail (WP_IS_CATALOGUE_ROW (self));
  g_return_if_fail (device_template == NULL || WP_IS_DEVICE_TEMPLATE (device_template));

  if (!g_set_object (&self->device_template, device_template))
    return;

  if (device_template != NULL)
    {
      tooltip = make_tooltip (device_template);
      name = wp_device_template_get_name (device_template);
      description = wp_device_template_get_description (device_template);
    }
  gtk_label_set_label (self->name_label, name != NULL ? name : "");
  gtk_label_set_label (self->description_label, description != NULL ? description : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEVICE_TEMPLATE]);
}
