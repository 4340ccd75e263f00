/* wp-canvas-focus.c: the canvas without a pointer
 *
 * Tab and Shift+Tab walk the devices in plan order, selecting each and scrolling
 * it into view; past the last one Tab leaves the canvas, so the keyboard is never
 * trapped. The device reached is drawn with a focus ring. GTK 4.8 cannot expose
 * custom accessible children of one widget, so the canvas's accessible description
 * says what is selected: a device with its ports, their cables and the cables'
 * problems, as the tooltips do. Ctrl+L opens the Connect dialog.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-canvas-private.h"
#include "wp-connect-dialog.h"
#include "wp-inspector.h"

#define FOCUS_RING_GAP   4.0   /* pixels between a device and its ring */
#define FOCUS_RING_WIDTH 2.0

/* The device the keyboard is on: the first selected one in plan order. */
static WpDevice *
focused_device (WpCanvas *self,
                guint    *index)
{
  WpPlan *plan = wp_document_get_plan (self->document);
  WpSelection *selection = wp_document_get_selection (self->document);

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);

      if (wp_selection_has_device (selection, device))
        {
          *index = i;
          return device;
        }
    }
  return NULL;
}

/* Selects the next (@step 1) or previous (@step -1) device. Returns FALSE, so the
 * key moves the focus on, when the walk leaves the plan's ends. */
static gboolean
focus_step (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  WpCanvas *self = WP_CANVAS (widget);
  int step = g_variant_get_int32 (args);
  WpPlan *plan;
  guint index = 0;
  int next;

  if (self->document == NULL)
    return FALSE;
  plan = wp_document_get_plan (self->document);
  if (focused_device (self, &index) == NULL)
    next = step > 0 ? 0 : (int) wp_plan_get_n_devices (plan) - 1;
  else
    next = (int) index + step;
  if (next < 0 || next >= (int) wp_plan_get_n_devices (plan))
    {
      wp_selection_clear (wp_document_get_selection (self->document));
      return FALSE;
    }
  wp_selection_select_device (wp_document_get_selection (self->document),
                              wp_plan_get_device (plan, next), WP_SELECT_REPLACE);
  wp_canvas_reveal_selection (self);
  return TRUE;
}

static void
connect_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WpConnectDialog *dialog = wp_connect_dialog_new (WP_CANVAS (widget));
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
wp_canvas_class_init_focus (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.connect", NULL, connect_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Tab, 0, focus_step, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Tab, 0, focus_step, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Tab, GDK_SHIFT_MASK, focus_step, "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "canvas.connect", NULL);
}

/* A ring around the focused device while the canvas has keyboard focus. */
void
wp_canvas_snapshot_focus (WpCanvas    *self,
                          GtkSnapshot *snapshot)
{
  const GdkRGBA accent = { 0.208, 0.518, 0.894, 1.0 };   /* GNOME's accent blue */
  const float widths[4] = { FOCUS_RING_WIDTH, FOCUS_RING_WIDTH, FOCUS_RING_WIDTH, FOCUS_RING_WIDTH };
  const GdkRGBA colors[4] = { accent, accent, accent, accent };
  cairo_rectangle_t bounds;
  GskRoundedRect ring;
  WpDevice *device;
  double x0, y0, x1, y1;
  guint index;

  if (!gtk_widget_has_visible_focus (GTK_WIDGET (self)) || self->document == NULL
      || (device = focused_device (self, &index)) == NULL)
    return;
  wp_layout_get_device_bounds (self->layout, device, &bounds);
  wp_viewport_to_view (self->viewport, bounds.x, bounds.y, &x0, &y0);
  wp_viewport_to_view (self->viewport, bounds.x + bounds.width, bounds.y + bounds.height, &x1, &y1);
  gsk_rounded_rect_init_from_rect (&ring,
                                   &GRAPHENE_RECT_INIT (x0 - FOCUS_RING_GAP, y0 - FOCUS_RING_GAP,
                                                        x1 - x0 + 2 * FOCUS_RING_GAP,
                                                        y1 - y0 + 2 * FOCUS_RING_GAP),
                                   FOCUS_RING_GAP);
  gtk_snapshot_append_border (snapshot, &ring, widths, colors);
}

/* The plain text of the canvas's markup (a tooltip, a verdict), for assistive
 * technology; NULL for NULL or broken markup. */
char *
wp_canvas_plain_text (const char *markup)
{
  char *plain = NULL;

  if (markup == NULL || !pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, NULL))
    return NULL;
  return plain;
}

static void
append_plain (GString    *text,
              const char *markup)
{
  g_autofree char *plain = wp_canvas_plain_text (markup);

  if (plain == NULL)
    return;
  if (text->len > 0)
    g_string_append (text, "\n");
  g_string_append (text, plain);
}

static void
describe_device (WpCanvas *self,
                 WpDevice *device,
                 GString  *text)
{
  WpHit hit = { .kind = WP_HIT_DEVICE, .device = device };
  g_autofree char *markup = wp_canvas_describe_hit (self, &hit);

  append_plain (text, markup);
  hit.kind = WP_HIT_PORT;
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    {
      g_autofree char *port = NULL;

      hit.port = i;
      port = wp_canvas_describe_hit (self, &hit);
      append_plain (text, port);
    }
}

/* Says what the selection is, as the tooltips would, in the canvas's description. */
void
wp_canvas_update_accessible (WpCanvas *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->document != NULL && self->drag != WP_CANVAS_DRAG_CABLE)
    {
      WpSelection *selection = wp_document_get_selection (self->document);
      g_autoptr(GPtrArray) devices = wp_selection_get_devices (selection);
      g_autoptr(GPtrArray) cables = wp_selection_get_cables (selection);

      if (devices->len + cables->len > 1)
        {
          g_autofree char *several = wp_inspector_describe_selection (devices->len, cables->len);

          g_string_append (text, several);
        }
      else if (devices->len == 1)
        describe_device (self, g_ptr_array_index (devices, 0), text);
      else if (cables->len == 1)
        {
          WpHit hit = { .kind = WP_HIT_CABLE, .cable = g_ptr_array_index (cables, 0) };
          g_autofree char *markup = wp_canvas_describe_hit (self, &hit);

          append_plain (text, markup);
        }
      else
        g_string_append (text, _("Nothing selected. Tab selects the first device."));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text->str, -1);
}
