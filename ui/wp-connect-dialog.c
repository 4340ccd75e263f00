/* wp-connect-dialog.c: making a cable by choosing its two ports
 *
 * Two lists of every port in the plan, in plan order, named as the rule messages
 * name them; the source starts on the first port of the selected device. The
 * verdict under them is the one the canvas shows while a cable is drawn
 * (wp_rules_check_candidate), and Connect adds the cable through the canvas, so
 * it is undone like a drawn one.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-canvas-private.h"
#include "wp-connect-dialog.h"
#include "wp-rules.h"

typedef struct {
  WpDevice *device;
  guint     port;
} PortRef;

struct _WpConnectDialog
{
  AdwWindow    parent_instance;

  WpCanvas    *canvas;
  GArray      *ports;        /* of PortRef, as listed in both choosers */
  char        *verdict_text; /* plain text of the verdict, for tests and assistive technology */

  GtkDropDown *source_ports;
  GtkDropDown *target_ports;
  GtkLabel    *verdict;
  GtkWidget   *connect_button;
};

G_DEFINE_FINAL_TYPE (WpConnectDialog, wp_connect_dialog, ADW_TYPE_WINDOW)

static WpPlan *
get_plan (WpConnectDialog *self)
{
  return wp_document_get_plan (wp_canvas_get_document (self->canvas));
}

static gboolean
get_endpoint (WpConnectDialog *self,
              GtkDropDown     *chooser,
              WpEndpoint      *endpoint)
{
  guint position = gtk_drop_down_get_selected (chooser);
  PortRef *ref;

  if (position == GTK_INVALID_LIST_POSITION || position >= self->ports->len)
    return FALSE;
  ref = &g_array_index (self->ports, PortRef, position);
  *endpoint = (WpEndpoint) { (char *) wp_device_get_id (ref->device),
                             wp_device_get_port (ref->device, ref->port)->id, NULL };
  return TRUE;
}

static void
set_verdict (WpConnectDialog *self,
             const char      *markup,
             gboolean         can_connect)
{
  g_autofree char *plain = NULL;

  gtk_label_set_markup (self->verdict, markup);
  if (!pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, NULL))
    plain = g_strdup (markup);
  g_free (self->verdict_text);
  self->verdict_text = g_steal_pointer (&plain);
  gtk_widget_set_sensitive (self->connect_button, can_connect);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->connect_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->verdict_text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->target_ports),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->verdict_text, -1);
}

/* The live verdict for the chosen pair. */
static void
update_verdict (WpConnectDialog *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *markup = NULL;
  WpEndpoint from, to;

  if (!get_endpoint (self, self->source_ports, &from) || !get_endpoint (self, self->target_ports, &to))
    {
      set_verdict (self, _("The plan has no ports to connect."), FALSE);
      return;
    }
  if (g_str_equal (from.device, to.device) && g_str_equal (from.port, to.port))
    {
      set_verdict (self, _("Choose two different ports."), FALSE);
      return;
    }
  problems = wp_rules_check_candidate (get_plan (self), &from, &to);
  if (problems->len == 0)
    {
      markup = g_markup_escape_text (_("No problems: this cable can be made."), -1);
      set_verdict (self, markup, TRUE);
      return;
    }
  markup = wp_canvas_describe_problems (problems);
  /* A bad cable can still be made, as on the canvas, where it then shows red. */
  set_verdict (self, markup, TRUE);
}

static void
on_connect_clicked (WpConnectDialog *self)
{
  WpEndpoint from, to;

  if (!get_endpoint (self, self->source_ports, &from) || !get_endpoint (self, self->target_ports, &to))
    return;
  wp_canvas_connect (self->canvas, &from, &to);
  gtk_window_close (GTK_WINDOW (self));
}

static void
fill_ports (WpConnectDialog *self)
{
  WpPlan *plan = get_plan (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) selected = wp_selection_get_devices (wp_document_get_selection (wp_canvas_get_document (self->canvas)));
  guint source = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);

      for (guint j = 0; j < wp_device_get_n_ports (device); j++)
        {
          PortRef ref = { g_object_ref (device), j };
          g_autofree char *name = wp_rules_describe_port (device, wp_device_get_port (device, j));

          if (source == GTK_INVALID_LIST_POSITION && selected->len > 0
              && g_ptr_array_index (selected, 0) == device)
            source = self->ports->len;
          g_array_append_val (self->ports, ref);
          gtk_string_list_append (names, name);
        }
    }
  gtk_drop_down_set_model (self->source_ports, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->target_ports, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->source_ports, source != GTK_INVALID_LIST_POSITION ? source : 0);
  gtk_drop_down_set_selected (self->target_ports, 0);
  update_verdict (self);
}

static void
clear_port_ref (gpointer data)
{
  g_object_unref (((PortRef *) data)->device);
}

static void
wp_connect_dialog_dispose (GObject *object)
{
  WpConnectDialog *self = WP_CONNECT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_CONNECT_DIALOG);
  g_clear_object (&self->canvas);
  g_clear_pointer (&self->ports, g_array_unref);
  g_clear_pointer (&self->verdict_text, g_free);

  G_OBJECT_CLASS (wp_connect_dialog_parent_class)->dispose (object);
}

static void
wp_connect_dialog_class_init (WpConnectDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = wp_connect_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/wireplan/Wireplan/ui/wp-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpConnectDialog, source_ports);
  gtk_widget_class_bind_template_child (widget_class, WpConnectDialog, target_ports);
  gtk_widget_class_bind_template_child (widget_class, WpConnectDialog, verdict);
  gtk_widget_class_bind_template_child (widget_class, WpConnectDialog, connect_button);
  gtk_widget_class_bind_template_callback (widget_class, on_connect_clicked);
}

static void
wp_connect_dialog_init (WpConnectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ports = g_array_new (FALSE, FALSE, sizeof (PortRef));
  g_array_set_clear_func (self->ports, clear_port_ref);
  /* Typing in an open list finds a port by its name. */
  gtk_drop_down_set_expression (self->source_ports,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_expression (self->target_ports,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  g_signal_connect_swapped (self->source_ports, "notify::selected", G_CALLBACK (update_verdict), self);
  g_signal_connect_swapped (self->target_ports, "notify::selected", G_CALLBACK (update_verdict), self);
}

WpConnectDialog *
wp_connect_dialog_new (WpCanvas *canvas)
{
  WpConnectDialog *self;

  g_return_val_if_fail (WP_IS_CANVAS (canvas), NULL);
  g_return_val_if_fail (wp_canvas_get_document (canvas) != NULL, NULL);

  self = g_object_new (WP_TYPE_CONNECT_DIALOG, NULL);
  self->canvas = g_object_ref (canvas);
  fill_ports (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->connect_button);
  return self;
}

/* Chooses @device's @port as the source, or with @target as the target. */
void
wp_connect_dialog_select_port (WpConnectDialog *self,
                               gboolean         target,
                               WpDevice        *device,
                               guint            port)
{
  g_return_if_fail (WP_IS_CONNECT_DIALOG (self));

  for (guint i = 0; i < self->ports->len; i++)
    {
      PortRef *ref = &g_array_index (self->ports, PortRef, i);

      if (ref->device == device && ref->port == port)
        {
          gtk_drop_down_set_selected (target ? self->target_ports : self->source_ports, i);
          return;
        }
    }
  g_return_if_reached ();
}

/* The verdict shown for the chosen pair, as plain text. */
const char *
wp_connect_dialog_get_verdict (WpConnectDialog *self)
{
  g_return_val_if_fail (WP_IS_CONNECT_DIALOG (self), NULL);
  return self->verdict_text;
}
