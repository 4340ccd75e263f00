/* wp-canvas-edit.c: the canvas's actions: delete, select, duplicate, the
 * clipboard, zones, nudging with the arrow keys, zoom
 *
 * Each action is one undo step. The clipboard holds a plan fragment as JSON
 * text, so it travels between windows and into a text editor.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wp-canvas-private.h"
#include "wp-clip.h"
#include "wp-spatial-index.h"

#define NUDGE_FAR          5.0   /* grid steps with Shift */
#define ZOOM_STEP          1.25
#define DUPLICATE_OFFSET  40.0
#define ZONE_MARGIN       40.0

/* @value on the grid of the preferences, or as it is when snapping is off. */
double
wp_canvas_snap (WpCanvas *self,
                double    value)
{
  if (!self->snap_to_grid)
    return value;
  return round (value / self->grid) * self->grid;
}

/* The id of the zone @device would stand in with its top-left corner at (@x, @y):
 * the zone under its centre. */
const char *
wp_canvas_zone_for_device (WpCanvas *self,
                           WpDevice *device,
                           double    x,
                           double    y)
{
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (self->layout, device);
  WpZone *zone = wp_plan_find_zone_at (wp_document_get_plan (self->document),
                                       x + geometry->width / 2, y + geometry->height / 2);

  return zone != NULL ? wp_zone_get_id (zone) : NULL;
}

/* Adds @zone with the devices that stand in it, as one step, and selects it. */
void
wp_canvas_add_zone (WpCanvas *self,
                    WpZone   *zone)
{
  WpHistory *history = wp_document_get_history (self->document);
  WpPlan *plan = wp_document_get_plan (self->document);
  g_autofree char *label = g_strdup_printf (_("Add zone “%s”"), wp_zone_get_name (zone));

  wp_history_begin_group (history, label);
  wp_history_add_zone (history, zone, -1);
  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      const char *zone_id = wp_canvas_zone_for_device (self, device, wp_device_get_x (device),
                                                       wp_device_get_y (device));

      if (g_strcmp0 (zone_id, wp_device_get_zone (device)) != 0)
        wp_history_set_device_zone (history, device, zone_id);
    }
  wp_history_end_group (history);
  wp_selection_select_zone (wp_document_get_selection (self->document), zone);
}

/* Around the selected devices when there are any; else the next drag on empty
 * space draws the zone. */
static void
add_zone (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  WpCanvas *self = WP_CANVAS (widget);
  WpPlan *plan = wp_document_get_plan (self->document);
  g_autoptr(GPtrArray) devices = wp_selection_get_devices (wp_document_get_selection (self->document));
  cairo_rectangle_t around = { 0, 0, -1, -1 };
  double x, y;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(WpZone) zone = NULL;

  if (devices->len == 0)
    {
      self->adding_zone = TRUE;
      gtk_widget_set_cursor_from_name (widget, "crosshair");
      return;
    }
  for (guint i = 0; i < devices->len; i++)
    {
      cairo_rectangle_t bounds;

      wp_layout_get_device_bounds (self->layout, g_ptr_array_index (devices, i), &bounds);
      wp_rectangle_union (&around, &bounds);
    }
  id = wp_plan_make_id (plan, "z");
  name = g_strdup_printf (_("Zone %u"), wp_plan_get_n_zones (plan) + 1);
  x = wp_canvas_snap (self, around.x - ZONE_MARGIN);
  y = wp_canvas_snap (self, around.y - ZONE_MARGIN - WP_LAYOUT_ZONE_TITLE_HEIGHT);
  zone = wp_zone_new (id, name, x, y,
                      wp_canvas_snap (self, around.x + around.width + ZONE_MARGIN) - x,
                      wp_canvas_snap (self, around.y + around.height + ZONE_MARGIN) - y);
  wp_canvas_add_zone (self, zone);
}

/* The selected cables that go with no selected device: a device takes its own. */
static GPtrArray *
loose_cables (WpSelection *selection)
{
  WpPlan *plan = wp_selection_get_plan (selection);
  GPtrArray *cables = wp_selection_get_cables (selection);

  for (guint i = cables->len; i-- > 0;)
    {
      WpCable *cable = g_ptr_array_index (cables, i);
      WpDevice *from = wp_plan_find_device (plan, wp_cable_get_from (cable)->device);
      WpDevice *to = wp_plan_find_device (plan, wp_cable_get_to (cable)->device);

      if ((from != NULL && wp_selection_has_device (selection, from))
          || (to != NULL && wp_selection_has_device (selection, to)))
        g_ptr_array_remove_index (cables, i);
    }
  return cables;
}

static void
delete_selection (WpCanvas *self)
{
  WpSelection *selection = wp_document_get_selection (self->document);
  WpHistory *history = wp_document_get_history (self->document);
  g_autoptr(GPtrArray) devices = wp_selection_get_devices (selection);
  g_autoptr(GPtrArray) cables = loose_cables (selection);
  g_autofree char *label = NULL;

  if (wp_selection_get_zone (selection) != NULL)
    {
      wp_history_remove_zone (history, wp_selection_get_zone (selection));
      return;
    }
  if (devices->len + cables->len == 0)
    return;
  label = g_strdup_printf (ngettext ("Delete %u item", "Delete %u items",
                                     devices->len + cables->len),
                           devices->len + cables->len);
  wp_history_begin_group (history, label);
  if (cables->len > 0)
    wp_history_remove_cables (history, (WpCable * const *) cables->pdata, cables->len);
  if (devices->len > 0)
    wp_history_remove_devices (history, (WpDevice * const *) devices->pdata, devices->len);
  wp_history_end_group (history);
}

static char *
copy_selection (WpCanvas *self)
{
  WpSelection *selection = wp_document_get_selection (self->document);
  g_autoptr(GPtrArray) devices = wp_selection_get_devices (selection);
  g_autoptr(GPtrArray) cables = wp_selection_get_cables (selection);

  if (devices->len == 0)
    return NULL;
  return wp_clip_copy (wp_document_get_plan (self->document),
                       (WpDevice * const *) devices->pdata, devices->len,
                       (WpCable * const *) cables->pdata, cables->len);
}

/* Adds the fragment @text with its top-left corner at (@x, @y) and selects it;
 * text that is no plan fragment is refused with a message. */
static void
paste_text (WpCanvas   *self,
            const char *text,
            double      x,
            double      y)
{
  g_autoptr(GPtrArray) devices = NULL;
  g_autoptr(GPtrArray) cables = NULL;
  g_autoptr(GError) error = NULL;
  WpPlan *plan = wp_document_get_plan (self->document);
  WpHistory *history = wp_document_get_history (self->document);
  double origin_x, origin_y;

  if (!wp_clip_paste_prepare (plan, text, strlen (text), 0, 0, &devices, &cables, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The clipboard holds no devices: %s"),
                                                  error->message);

      gtk_widget_error_bell (GTK_WIDGET (self));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      message, -1);
      wp_canvas_show_message (self, message);
      return;
    }
  wp_clip_get_origin (devices, &origin_x, &origin_y);
  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);

      wp_device_set_position (device, wp_device_get_x (device) + x - origin_x,
                              wp_device_get_y (device) + y - origin_y);
    }
  /* One step with the zones they land in, which need their laid-out size. */
  wp_history_begin_group (history, NULL);
  wp_history_paste (history, (WpDevice * const *) devices->pdata, devices->len,
                    (WpCable * const *) cables->pdata, cables->len);
  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);

      wp_canvas_move_to_free_spot (self, device);
      wp_history_set_device_zone (history, device,
                                  wp_canvas_zone_for_device (self, device, wp_device_get_x (device),
                                                             wp_device_get_y (device)));
    }
  wp_history_end_group (history);
  wp_selection_set (wp_document_get_selection (self->document),
                    (WpDevice * const *) devices->pdata, devices->len,
                    (WpCable * const *) cables->pdata, cables->len, WP_SELECT_REPLACE);
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(WpCanvas) self = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  cairo_rectangle_t area;
  double x = self->pointer_x, y = self->pointer_y;

  if (self->document == NULL)
    return;
  if (text == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  /* At the pointer when it is over the canvas, else in the middle of the view. */
  if (!self->pointer_inside)
    {
      wp_viewport_get_visible_area (self->viewport, &area);
      x = area.x + area.width / 3;
      y = area.y + area.height / 3;
    }
  paste_text (self, text, wp_canvas_snap (self, x), wp_canvas_snap (self, y));
}

static void
clipboard_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WpCanvas *self = WP_CANVAS (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  g_autofree char *text = NULL;

  if (g_str_equal (action_name, "canvas.paste"))
    {
      gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_text, g_object_ref (self));
      return;
    }
  text = copy_selection (self);
  if (text == NULL)
    return;
  gdk_clipboard_set_text (clipboard, text);
  if (g_str_equal (action_name, "canvas.cut"))
    delete_selection (self);
}

static void
duplicate (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  WpCanvas *self = WP_CANVAS (widget);
  g_autoptr(GPtrArray) devices = wp_selection_get_devices (wp_document_get_selection (self->document));
  g_autofree char *text = copy_selection (self);
  double x, y;

  if (text == NULL)
    return;
  wp_clip_get_origin (devices, &x, &y);
  paste_text (self, text, x + DUPLICATE_OFFSET, y + DUPLICATE_OFFSET);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  delete_selection (WP_CANVAS (widget));
}

static void
select_all (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  wp_selection_select_all (wp_document_get_selection (WP_CANVAS (widget)->document));
}

static void
select_none (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  wp_selection_clear (wp_document_get_selection (WP_CANVAS (widget)->document));
}

/* Moves the selected devices by (@dx, @dy), into the zones they land in. */
void
wp_canvas_move_selection (WpCanvas *self,
                          double    dx,
                          double    dy)
{
  g_autoptr(GPtrArray) devices = wp_selection_get_devices (wp_document_get_selection (self->document));
  g_autofree double *positions = g_new (double, 2 * MAX (devices->len, 1));
  g_autofree const char **zones = g_new0 (const char *, MAX (devices->len, 1));

  if (devices->len == 0)
    return;
  for (guint i = 0; i < devices->len; i++)
    {
      WpDevice *device = g_ptr_array_index (devices, i);

      positions[2 * i] = wp_device_get_x (device) + dx;
      positions[2 * i + 1] = wp_device_get_y (device) + dy;
      zones[i] = wp_canvas_zone_for_device (self, device, positions[2 * i], positions[2 * i + 1]);
    }
  wp_history_move_devices (wp_document_get_history (self->document),
                           (WpDevice * const *) devices->pdata, positions, zones,
                           devices->len, 0);
  wp_canvas_reveal_selection (self);
}

static void
nudge (GtkWidget  *widget,
       const char *action_name,
       GVariant   *parameter)
{
  WpCanvas *self = WP_CANVAS (widget);
  double dx, dy;

  /* In grid steps, so nudged devices stay on the grid. */
  g_variant_get (parameter, "(dd)", &dx, &dy);
  wp_canvas_move_selection (self, dx * self->grid, dy * self->grid);
}

static void
zoom (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  WpCanvas *self = WP_CANVAS (widget);
  WpViewport *viewport = self->viewport;

  if (g_str_equal (action_name, "canvas.zoom-in"))
    wp_viewport_set_zoom (viewport, wp_viewport_get_zoom (viewport) * ZOOM_STEP);
  else if (g_str_equal (action_name, "canvas.zoom-out"))
    wp_viewport_set_zoom (viewport, wp_viewport_get_zoom (viewport) / ZOOM_STEP);
  else if (g_str_equal (action_name, "canvas.zoom-fit"))
    wp_canvas_zoom_to_fit (self);
  else
    wp_viewport_zoom_actual_size (viewport);
}

/* Edits need a selection; paste, zoom and zones are always there. */
void
wp_canvas_update_actions (WpCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  WpSelection *selection = self->document != NULL ? wp_document_get_selection (self->document) : NULL;
  gboolean has_document = selection != NULL;
  gboolean has_devices = has_document && wp_selection_get_n_devices (selection) > 0;
  gboolean has_any = has_document && !wp_selection_is_empty (selection);

  gtk_widget_action_set_enabled (widget, "canvas.delete", has_any);
  gtk_widget_action_set_enabled (widget, "canvas.cut", has_devices);
  gtk_widget_action_set_enabled (widget, "canvas.copy", has_devices);
  gtk_widget_action_set_enabled (widget, "canvas.duplicate", has_devices);
  gtk_widget_action_set_enabled (widget, "canvas.nudge", has_devices);
  gtk_widget_action_set_enabled (widget, "canvas.paste", has_document);
  gtk_widget_action_set_enabled (widget, "canvas.select-all", has_document);
  gtk_widget_action_set_enabled (widget, "canvas.select-none", has_any);
  gtk_widget_action_set_enabled (widget, "canvas.add-zone", has_document);
}

static void
bind_nudge (GtkWidgetClass  *widget_class,
            guint            keyval,
            GdkModifierType  modifiers,
            double           dx,
            double           dy)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, "canvas.nudge",
                                       "(dd)", dx, dy);
}

void
wp_canvas_class_init_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    guint keyval;
    int   dx;
    int   dy;
  } arrows[] = {
    { GDK_KEY_Left, -1, 0 }, { GDK_KEY_Right, 1, 0 }, { GDK_KEY_Up, 0, -1 }, { GDK_KEY_Down, 0, 1 },
  };

  gtk_widget_class_install_action (widget_class, "canvas.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "canvas.cut", NULL, clipboard_action);
  gtk_widget_class_install_action (widget_class, "canvas.copy", NULL, clipboard_action);
  gtk_widget_class_install_action (widget_class, "canvas.paste", NULL, clipboard_action);
  gtk_widget_class_install_action (widget_class, "canvas.duplicate", NULL, duplicate);
  gtk_widget_class_install_action (widget_class, "canvas.select-all", NULL, select_all);
  gtk_widget_class_install_action (widget_class, "canvas.select-none", NULL, select_none);
  gtk_widget_class_install_action (widget_class, "canvas.add-zone", NULL, add_zone);
  gtk_widget_class_install_action (widget_class, "canvas.nudge", "(dd)", nudge);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-fit", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-actual", NULL, zoom);
  gtk_widget_class_install_property_action (widget_class, "canvas.show-legend", "show-legend");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "canvas.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "canvas.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "canvas.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "canvas.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "canvas.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "canvas.select-none", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "canvas.zoom-actual", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      bind_nudge (widget_class, arrows[i].keyval, 0, arrows[i].dx, arrows[i].dy);
      bind_nudge (widget_class, arrows[i].keyval, GDK_SHIFT_MASK,
                  arrows[i].dx * NUDGE_FAR, arrows[i].dy * NUDGE_FAR);
    }
}
