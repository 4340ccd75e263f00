/* wp-canvas.c: the canvas widget: its document, view and public operations
 *
 * Drawing lives in wp-canvas-draw.c, pointer and keyboard input in
 * wp-canvas-input.c, cable drawing in wp-canvas-cable.c and the edit actions in
 * wp-canvas-edit.c.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wp-canvas-private.h"
#include "wp-settings.h"
#include "wp-severity.h"
#include "wp-spatial-index.h"

#define FIT_MARGIN 40.0

G_DEFINE_FINAL_TYPE (WpCanvas, wp_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SHOW_LEGEND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_plan_changed (WpPlan             *plan,
                 const WpPlanChange *change,
                 WpCanvas           *self)
{
  /* A device lifted out of the scene is drawn over it every frame: moving it, or
   * the zone it is dragged into changing, needs no new scene. */
  if ((change->kind == WP_CHANGE_DEVICE_MOVED || change->kind == WP_CHANGE_DEVICE_EDITED)
      && self->lifted != NULL
      && g_hash_table_contains (self->lifted, wp_device_get_id (change->device)))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  wp_canvas_invalidate_scene (self);
}

static void
on_problems_changed (WpValidator *validator,
                     GPtrArray   *appeared,
                     GPtrArray   *disappeared,
                     WpCanvas    *self)
{
  /* Only the cables whose problems changed look different. */
  wp_canvas_restate_cables (self, appeared);
  wp_canvas_restate_cables (self, disappeared);
  wp_canvas_update_hidden (self);
  wp_canvas_update_accessible (self);
}

static void
on_selection_changed (WpSelection *selection,
                      WpCanvas    *self)
{
  wp_canvas_update_actions (self);
  wp_canvas_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_viewport_changed (WpViewport *viewport,
                     WpCanvas   *self)
{
  wp_canvas_invalidate_scene (self);
}

static void
disconnect_document (WpCanvas *self)
{
  if (self->document == NULL)
    return;
  wp_canvas_cancel_drag (self);
  g_signal_handlers_disconnect_by_data (wp_document_get_plan (self->document), self);
  g_signal_handlers_disconnect_by_data (wp_document_get_validator (self->document), self);
  g_signal_handlers_disconnect_by_data (wp_document_get_selection (self->document), self);
  g_clear_object (&self->renderer);
  g_clear_object (&self->layout);
  g_clear_object (&self->document);
}

static void
wp_canvas_dispose (GObject *object)
{
  WpCanvas *self = WP_CANVAS (object);

  disconnect_document (self);
  g_clear_object (&self->catalogue);
  g_clear_handle_id (&self->verdict_idle, g_source_remove);
  g_clear_pointer (&self->scene, gsk_render_node_unref);
  g_clear_pointer (&self->scene_surface, cairo_surface_destroy);
  g_clear_pointer (&self->legend, gsk_render_node_unref);

  G_OBJECT_CLASS (wp_canvas_parent_class)->dispose (object);
}

static void
wp_canvas_finalize (GObject *object)
{
  WpCanvas *self = WP_CANVAS (object);

  g_clear_object (&self->viewport);
  g_clear_pointer (&self->states, wp_cable_states_free);
  g_clear_pointer (&self->problem_keys, g_hash_table_unref);
  g_clear_pointer (&self->scene_damage, g_array_unref);

  G_OBJECT_CLASS (wp_canvas_parent_class)->finalize (object);
}

static void
wp_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WpCanvas *self = WP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, self->show_legend);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WpCanvas *self = WP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      wp_canvas_set_document (self, g_value_get_object (value));
      break;
    case PROP_SHOW_LEGEND:
      wp_canvas_set_show_legend (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_canvas_class_init (WpCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_canvas_dispose;
  object_class->finalize = wp_canvas_finalize;
  object_class->get_property = wp_canvas_get_property;
  object_class->set_property = wp_canvas_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, WP_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WpCanvas::message:
   * @message: what went wrong, for the user
   *
   * Emitted when an action could not be done, for the window to show.
   */
  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  wp_canvas_class_init_draw (widget_class);
  wp_canvas_class_init_actions (widget_class);
  wp_canvas_class_init_focus (widget_class);
  wp_canvas_class_init_arrange (widget_class);
  wp_canvas_class_init_filter (widget_class);
  gtk_widget_class_set_css_name (widget_class, "wp-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

/* Grid, snapping and the length of new cables, from the preferences. */
static void
follow_preferences (WpCanvas *self)
{
  GSettings *settings = wp_settings_get ();

  self->grid = settings != NULL ? g_settings_get_double (settings, "grid-size") : WP_CANVAS_GRID;
  self->snap_to_grid = settings == NULL || g_settings_get_boolean (settings, "snap-to-grid");
  self->default_cable_length = settings != NULL
                               ? g_settings_get_double (settings, "default-cable-length") : 0;
  if (self->renderer != NULL)
    {
      wp_plan_renderer_set_grid (self->renderer, self->grid);
      wp_canvas_invalidate_scene (self);
    }
}

static void
wp_canvas_init (WpCanvas *self)
{
  static const char * const keys[] = { "grid-size", "snap-to-grid", "default-cable-length" };

  self->viewport = wp_viewport_new ();
  self->states = wp_cable_states_new ();
  self->scene_damage = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  self->problem_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_signal_connect (self->viewport, "changed", G_CALLBACK (on_viewport_changed), self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (wp_canvas_update_style), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (keys) && wp_settings_get () != NULL; i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", keys[i], NULL);

      g_signal_connect_object (wp_settings_get (), signal, G_CALLBACK (follow_preferences),
                               self, G_CONNECT_SWAPPED);
    }
  wp_severity_watch_shown (G_CALLBACK (wp_canvas_update_states), self);
  follow_preferences (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Plan canvas"),
                                  -1);
  wp_canvas_init_input (self);
}

GtkWidget *
wp_canvas_new (void)
{
  return g_object_new (WP_TYPE_CANVAS, NULL);
}

/* The catalogue gives the devices' model names (optional); set it before the
 * document. */
void
wp_canvas_set_catalogue (WpCanvas    *self,
                         WpCatalogue *catalogue)
{
  g_return_if_fail (WP_IS_CANVAS (self));
  g_return_if_fail (WP_IS_CATALOGUE (catalogue));
  g_return_if_fail (self->document == NULL);

  g_set_object (&self->catalogue, catalogue);
}

void
wp_canvas_show_message (WpCanvas   *self,
                        const char *message)
{
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

WpDocument *
wp_canvas_get_document (WpCanvas *self)
{
  g_return_val_if_fail (WP_IS_CANVAS (self), NULL);
  return self->document;
}

/* Shows @document, zoomed to fit once the canvas has a size. */
void
wp_canvas_set_document (WpCanvas   *self,
                        WpDocument *document)
{
  g_autoptr(WpLayout) layout = NULL;

  g_return_if_fail (WP_IS_CANVAS (self));
  g_return_if_fail (document == NULL || WP_IS_DOCUMENT (document));

  if (document == self->document)
    return;
  if (document != NULL)
    layout = wp_layout_new (wp_document_get_plan (document), self->catalogue);
  wp_canvas_set_document_with_layout (self, document, layout, NULL);
}

/* The same with the geometry of the document's plan made beforehand
 * (wp_layout_new() with a copy of the canvas' catalogue, in any thread), and
 * @states, when not NULL, from wp_canvas_states_new() on the document's problems
 * (taken). The layout follows the plan from now on. */
void
wp_canvas_set_document_with_layout (WpCanvas      *self,
                                    WpDocument    *document,
                                    WpLayout      *layout,
                                    WpCableStates *states)
{
  g_autoptr(WpCableStates) given = states;

  g_return_if_fail (WP_IS_CANVAS (self));
  g_return_if_fail (document == NULL || WP_IS_DOCUMENT (document));
  g_return_if_fail ((document == NULL) == (layout == NULL));
  g_return_if_fail (layout == NULL || wp_layout_get_plan (layout) == wp_document_get_plan (document));

  disconnect_document (self);
  if (document != NULL)
    {
      self->document = g_object_ref (document);
      self->layout = g_object_ref (layout);
      wp_layout_set_catalogue (layout, self->catalogue);
      self->renderer = wp_plan_renderer_new (self->layout);
      wp_plan_renderer_set_grid (self->renderer, self->grid);
      wp_plan_renderer_set_filter (self->renderer, &self->filter);
      wp_canvas_update_style (self);
      /* After the layout's own handler, so geometry is current when we redraw. */
      g_signal_connect (wp_document_get_plan (document), "changed", G_CALLBACK (on_plan_changed), self);
      g_signal_connect (wp_document_get_validator (document), "problems-changed",
                        G_CALLBACK (on_problems_changed), self);
      g_signal_connect (wp_document_get_selection (document), "changed",
                        G_CALLBACK (on_selection_changed), self);
      self->fit_pending = TRUE;
    }
  if (given != NULL)
    {
      g_clear_pointer (&self->states, wp_cable_states_free);
      self->states = g_steal_pointer (&given);
      wp_canvas_invalidate_scene (self);
    }
  else
    wp_canvas_update_states (self);
  wp_canvas_update_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

WpViewport *
wp_canvas_get_viewport (WpCanvas *self)
{
  g_return_val_if_fail (WP_IS_CANVAS (self), NULL);
  return self->viewport;
}

WpLayout *
wp_canvas_get_layout (WpCanvas *self)
{
  g_return_val_if_fail (WP_IS_CANVAS (self), NULL);
  return self->layout;
}

gboolean
wp_canvas_get_show_legend (WpCanvas *self)
{
  g_return_val_if_fail (WP_IS_CANVAS (self), FALSE);
  return self->show_legend;
}

void
wp_canvas_set_show_legend (WpCanvas *self,
                           gboolean  show_legend)
{
  g_return_if_fail (WP_IS_CANVAS (self));

  show_legend = !!show_legend;
  if (show_legend == self->show_legend)
    return;
  self->show_legend = show_legend;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LEGEND]);
}

/* Shows the whole plan; an empty plan at 100 %. */
void
wp_canvas_zoom_to_fit (WpCanvas *self)
{
  cairo_rectangle_t bounds;

  g_return_if_fail (WP_IS_CANVAS (self));

  if (self->layout != NULL && wp_layout_get_plan_bounds (self->layout, &bounds))
    wp_viewport_zoom_to_fit (self->viewport, &bounds, FIT_MARGIN);
  else
    wp_viewport_set_zoom (self->viewport, 1.0);
}

/* Adds a device made from @template with its top-left corner near (@plan_x,
 * @plan_y), on the grid, in the zone it lands in, and selects it. */
WpDevice *
wp_canvas_place_template (WpCanvas         *self,
                          WpDeviceTemplate *template,
                          double            plan_x,
                          double            plan_y)
{
  g_autoptr(WpDevice) device = NULL;
  g_autofree char *id = NULL;
  WpHistory *history;
  WpPlan *plan;

  g_return_val_if_fail (WP_IS_CANVAS (self), NULL);
  g_return_val_if_fail (WP_IS_DEVICE_TEMPLATE (template), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);

  plan = wp_document_get_plan (self->document);
  history = wp_document_get_history (self->document);
  id = wp_plan_make_id (plan, "d");
  device = wp_device_template_instantiate (template, id);
  wp_device_set_position (device, wp_canvas_snap (self, plan_x), wp_canvas_snap (self, plan_y));
  /* One step with the zone it lands in, which needs its laid-out size. */
  wp_history_begin_group (history, NULL);
  wp_history_add_device (history, device, -1);
  wp_canvas_move_to_free_spot (self, device);
  wp_history_set_device_zone (history, device,
                              wp_canvas_zone_for_device (self, device, wp_device_get_x (device),
                                                         wp_device_get_y (device)));
  wp_history_end_group (history);
  wp_selection_select_device (wp_document_get_selection (self->document), device,
                              WP_SELECT_REPLACE);
  return device;
}

/* Adds a device made from @template in the middle of the view, for the keyboard. */
WpDevice *
wp_canvas_place_template_at_centre (WpCanvas         *self,
                                    WpDeviceTemplate *template)
{
  cairo_rectangle_t area;

  g_return_val_if_fail (WP_IS_CANVAS (self), NULL);

  wp_viewport_get_visible_area (self->viewport, &area);
  return wp_canvas_place_template (self, template, area.x + area.width / 2 - 80,
                                   area.y + area.height / 2 - 40);
}

/* Scrolls the view so the selected devices and cables are in it, zooming out only
 * when they do not fit. */
void
wp_canvas_reveal_selection (WpCanvas *self)
{
  g_autoptr(GPtrArray) devices = NULL;
  g_autoptr(GPtrArray) cables = NULL;
  cairo_rectangle_t area = { 0, 0, -1, -1 }, part, visible;

  g_return_if_fail (WP_IS_CANVAS (self));

  if (self->document == NULL)
    return;
  devices = wp_selection_get_devices (wp_document_get_selection (self->document));
  cables = wp_selection_get_cables (wp_document_get_selection (self->document));
  for (guint i = 0; i < devices->len; i++)
    {
      wp_layout_get_device_bounds (self->layout, g_ptr_array_index (devices, i), &part);
      wp_rectangle_union (&area, &part);
    }
  for (guint i = 0; i < cables->len; i++)
    {
      WpBezier curve;

      if (!wp_layout_get_cable_curve (self->layout, g_ptr_array_index (cables, i), &curve))
        continue;
      wp_bezier_get_bounds (&curve, &part);
      wp_rectangle_union (&area, &part);
    }
  wp_viewport_get_visible_area (self->viewport, &visible);
  if (area.width < 0 || wp_rectangle_contains (&visible, &area))
    return;
  if (area.width * wp_viewport_get_zoom (self->viewport) > wp_viewport_get_width (self->viewport) - 2 * FIT_MARGIN
      || area.height * wp_viewport_get_zoom (self->viewport) > wp_viewport_get_height (self->viewport) - 2 * FIT_MARGIN)
    wp_viewport_zoom_to_fit (self->viewport, &area, FIT_MARGIN);
  else
    wp_viewport_set_offset (self->viewport,
                            area.x + area.width / 2 - visible.width / 2,
                            area.y + area.height / 2 - visible.height / 2);
}
