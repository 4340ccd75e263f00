/* wp-plan-renderer.c: the static scene of a plan: zones, cables and devices */
#include "config.h"

#include <math.h>

#include "wp-plan-renderer-private.h"
#include "wp-render-glyphs.h"
#include "wp-spatial-index.h"

#define ICON_RADIUS       6.5
#define GRID_DEFAULT     10.0
#define GRID_MAJOR_EVERY  5      /* minor lines per major line */
#define GRID_MIN_PIXELS  12.0   /* closer lines are left out */
#define MIN_TEXT_PIXELS   4.5   /* smaller text is not drawn on screen */
#define MIN_GLYPH_PIXELS  1.5   /* nor glyphs of a smaller radius */
#define OVERVIEW_NAME_PIXELS 8.0  /* a device name too small to read is drawn this size */
#define COARSE_SCALE      0.5   /* below it curves may be flattened more coarsely */
#define COARSE_TOLERANCE  0.5   /* device pixels */
#define OVERVIEW_SCALE    0.2   /* below it cables are drawn without antialiasing */
#define OVERVIEW_TOLERANCE 1.0  /* device pixels: a pixel-wide jagged line shows no finer */
#define MIN_DASH_PIXELS   3.0   /* a finer dash pattern is drawn as a solid line on screen */
#define MIN_CORNER_PIXELS 0.75  /* a smaller rounding of a device's corners is left out */


G_DEFINE_FINAL_TYPE (WpPlanRenderer, wp_plan_renderer, G_TYPE_OBJECT)

static void
wp_plan_renderer_dispose (GObject *object)
{
  WpPlanRenderer *self = WP_PLAN_RENDERER (object);

  g_clear_object (&self->layout);
  g_clear_object (&self->text);
  g_clear_pointer (&self->lifted, g_hash_table_unref);
  g_clear_pointer (&self->changed_devices, g_hash_table_unref);
  g_clear_pointer (&self->changed_cables, g_hash_table_unref);

  G_OBJECT_CLASS (wp_plan_renderer_parent_class)->dispose (object);
}

static void
wp_plan_renderer_class_init (WpPlanRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wp_plan_renderer_dispose;
}

static void
wp_plan_renderer_init (WpPlanRenderer *self)
{
  self->style = *wp_render_style_get (WP_RENDER_THEME_LIGHT);
  self->grid = GRID_DEFAULT;
}

WpPlanRenderer *
wp_plan_renderer_new (WpLayout *layout)
{
  WpPlanRenderer *self;

  g_return_val_if_fail (WP_IS_LAYOUT (layout), NULL);

  self = g_object_new (WP_TYPE_PLAN_RENDERER, NULL);
  self->layout = g_object_ref (layout);
  self->text = g_object_ref (wp_layout_get_text (layout));
  return self;
}

WpLayout *
wp_plan_renderer_get_layout (WpPlanRenderer *self)
{
  g_return_val_if_fail (WP_IS_PLAN_RENDERER (self), NULL);
  return self->layout;
}

const WpRenderStyle *
wp_plan_renderer_get_style (WpPlanRenderer *self)
{
  g_return_val_if_fail (WP_IS_PLAN_RENDERER (self), NULL);
  return &self->style;
}

/* STYLE is copied: one of wp_render_style_get()'s, or the caller's own. */
void
wp_plan_renderer_set_style (WpPlanRenderer      *self,
                            const WpRenderStyle *style)
{
  g_return_if_fail (WP_IS_PLAN_RENDERER (self));
  g_return_if_fail (style != NULL);

  self->style = *style;
}

/**
 * wp_plan_renderer_set_lifted:
 * @device_ids: (nullable): a set of device ids (char * keys, as
 *   WpOverlay.selected_devices), or NULL to lift nothing
 *
 * Lifts devices off the scene: wp_plan_renderer_draw_scene() leaves them out, with
 * every cable that has an end at one of them, and wp_plan_renderer_draw_lifted()
 * draws just those. The renderer keeps a reference to the set and reads it as it
 * is when drawing.
 */
void
wp_plan_renderer_set_lifted (WpPlanRenderer *self,
                             GHashTable     *device_ids)
{
  g_return_if_fail (WP_IS_PLAN_RENDERER (self));

  if (device_ids != NULL)
    g_hash_table_ref (device_ids);
  g_clear_pointer (&self->lifted, g_hash_table_unref);
  self->lifted = device_ids;
}

/* The spacing of the placement grid (WP_SCENE_GRID), in plan units: the
 * canvas's snapping step, so the lines show where devices land. */
void
wp_plan_renderer_set_grid (WpPlanRenderer *self,
                           double          step)
{
  g_return_if_fail (WP_IS_PLAN_RENDERER (self));
  g_return_if_fail (step > 0);

  self->grid = step;
}

/* Surface units per plan unit under CR's transformation. */
double
wp_plan_renderer_get_scale (cairo_t *cr)
{
  double dx = 1, dy = 0;

  cairo_user_to_device_distance (cr, &dx, &dy);
  return hypot (dx, dy);
}

WpSignalKind
wp_plan_renderer_cable_kind (WpPlanRenderer *self,
                             WpCable        *cable)
{
  WpDevice *from_device, *to_device;
  guint from_port, to_port;

  if (!wp_layout_get_cable_ends (self->layout, cable, &from_device, &from_port,
                                 &to_device, &to_port))
    return WP_SIGNAL_KIND_UNKNOWN;
  return wp_signal_kind_for_ports (wp_device_get_port (from_device, from_port),
                                   wp_device_get_port (to_device, to_port));
}

static void
get_detail (WpPlanRenderer *self,
            double          scale,
            gboolean        full,
            Detail         *detail)
{
  detail->names = full || scale * wp_render_text_get_size (self->text, WP_TEXT_DEVICE_NAME)
                          >= MIN_TEXT_PIXELS;
  detail->overview_name_zoom = detail->names ? 0
                               : OVERVIEW_NAME_PIXELS
                                 / (scale * wp_render_text_get_size (self->text, WP_TEXT_DEVICE_NAME));
  detail->models = full || scale * wp_render_text_get_size (self->text, WP_TEXT_DEVICE_MODEL)
                           >= MIN_TEXT_PIXELS;
  detail->port_text = full || scale * wp_render_text_get_size (self->text, WP_TEXT_PORT)
                              >= MIN_TEXT_PIXELS;
  detail->glyphs = full || scale * WP_LAYOUT_PORT_RADIUS >= MIN_GLYPH_PIXELS;
  detail->icons = full || scale * ICON_RADIUS >= MIN_GLYPH_PIXELS;
  detail->corner = full || scale * CORNER_RADIUS >= MIN_CORNER_PIXELS ? CORNER_RADIUS : 0;
  detail->coarse = !full && scale < COARSE_SCALE;
  detail->overview = !full && scale < OVERVIEW_SCALE;
  detail->min_dash_period = full ? 0 : MIN_DASH_PIXELS / scale;
  detail->scale = scale;
  detail->pixel = 1 / scale;
}

/* Whether a scene drawn for the screen at SCALE shows cable labels or problem icons:
 * they are placed where no device covers them, so a device moved can move them. */
gboolean
wp_plan_renderer_shows_marks (WpPlanRenderer *self,
                              double          scale)
{
  Detail detail;

  get_detail (self, scale, FALSE, &detail);
  return detail.port_text || detail.icons;
}

static void
draw_grid (WpPlanRenderer          *self,
           cairo_t                 *cr,
           const cairo_rectangle_t *area,
           double                   scale)
{
  double major = self->grid * GRID_MAJOR_EVERY;
  double step = scale * self->grid >= GRID_MIN_PIXELS ? self->grid : major;

  if (scale * step < GRID_MIN_PIXELS)
    return;

  cairo_save (cr);
  cairo_set_line_width (cr, 1 / scale);
  for (guint pass = 0; pass < 2; pass++)
    {
      double pass_step = pass == 0 ? step : major;

      if (pass == 1 && step == major)
        break;
      for (double x = floor (area->x / pass_step) * pass_step; x <= area->x + area->width;
           x += pass_step)
        {
          cairo_move_to (cr, x, area->y);
          cairo_line_to (cr, x, area->y + area->height);
        }
      for (double y = floor (area->y / pass_step) * pass_step; y <= area->y + area->height;
           y += pass_step)
        {
          cairo_move_to (cr, area->x, y);
          cairo_line_to (cr, area->x + area->width, y);
        }
      wp_render_style_set_source (cr, &self->style.grid);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_zones (WpPlanRenderer          *self,
            cairo_t                 *cr,
            const cairo_rectangle_t *area,
            gboolean                 text)
{
  WpPlan *plan = wp_layout_get_plan (self->layout);

  for (guint i = 0; i < wp_plan_get_n_zones (plan); i++)
    {
      WpZone *zone = wp_plan_get_zone (plan, i);
      cairo_rectangle_t r;
      double title = WP_LAYOUT_ZONE_TITLE_HEIGHT;

      wp_zone_get_bounds (zone, &r.x, &r.y, &r.width, &r.height);
      if (!wp_rectangle_intersects (&r, area))
        continue;

      wp_render_rounded_rectangle (cr, r.x, r.y, r.width, r.height, 10);
      wp_render_style_set_source (cr, &self->style.zone_fill);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5);
      wp_render_style_set_source (cr, &self->style.zone_border);
      cairo_stroke (cr);

      if (r.height < title)
        continue;
      cairo_move_to (cr, r.x + 1, r.y + title);
      cairo_line_to (cr, r.x + r.width - 1, r.y + title);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      if (text)
        {
          wp_render_style_set_source (cr, &self->style.zone_title);
          wp_render_text_show (self->text, cr, WP_TEXT_ZONE_TITLE, wp_zone_get_name (zone),
                               r.x + 12, r.y + title / 2, 0, r.width - 24);
        }
    }
}

/* Where along the curve a mark of WIDTH x HEIGHT centred on the curve covers no device:
 * the middle when it is free, else the free point nearest to it. */
static void
place_mark (WpPlanRenderer *self,
            const WpBezier *curve,
            double          width,
            double          height,
            GPtrArray      *scratch,
            double         *x,
            double         *y)
{
  static const double candidates[] = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      cairo_rectangle_t box;

      wp_bezier_get_point (curve, candidates[i], x, y);
      box = (cairo_rectangle_t) { *x - width / 2, *y - height / 2, width, height };
      g_ptr_array_set_size (scratch, 0);
      wp_layout_query_devices (self->layout, &box, scratch);
      if (scratch->len == 0)
        return;
    }
  wp_bezier_get_point (curve, 0.5, x, y);
}

/* The label of a cable in a pill on the curve, with the state icon before it. */
static void
draw_cable_marks (WpPlanRenderer *self,
                  cairo_t        *cr,
                  WpCable        *cable,
                  WpCableState    state,
                  const Detail   *detail,
                  GPtrArray      *scratch)
{
  const char *label = wp_cable_get_label (cable);
  gboolean has_label = detail->port_text && label != NULL && label[0] != '\0';
  gboolean has_icon = detail->icons && state != WP_CABLE_STATE_OK;
  double x, y, width = 0, height = 2 * ICON_RADIUS, icon_width, total;
  WpBezier curve;

  if ((!has_label && !has_icon) || !wp_layout_get_cable_curve (self->layout, cable, &curve))
    return;

  icon_width = has_icon ? 2 * ICON_RADIUS + (has_label ? 2 : 0) : 0;
  if (has_label)
    {
      width = wp_render_text_measure (self->text, WP_TEXT_CABLE_LABEL, label, &height) + 8;
      height += 2;
    }
  total = icon_width + width;
  place_mark (self, &curve, total, MAX (height, 2 * ICON_RADIUS), scratch, &x, &y);

  if (has_label)
    {
      double lx = x - total / 2 + icon_width + width / 2;

      wp_render_rounded_rectangle (cr, lx - width / 2, y - height / 2, width, height, height / 2);
      wp_render_style_set_source (cr, &self->style.label_fill);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 0.75);
      wp_render_style_set_source (cr, &self->style.device_border);
      cairo_stroke (cr);
      wp_render_style_set_source (cr, &self->style.text_dim);
      wp_render_text_show (self->text, cr, WP_TEXT_CABLE_LABEL, label, lx, y, 0.5, -1);
    }
  if (has_icon)
    wp_render_state_icon (cr, &self->style, state, x - total / 2 + ICON_RADIUS, y, ICON_RADIUS);
}

static WpCableState
state_of (WpCableStates *states,
          WpCable       *cable)
{
  return states != NULL ? wp_cable_states_lookup (states, wp_cable_get_id (cable))
                        : WP_CABLE_STATE_OK;
}

/* Dots and dashes that repeat within a few pixels look like a solid line, and zoomed
 * out, stroking each of them cost most of the drawing of a big plan. */
static void
drop_fine_dashes (cairo_t      *cr,
                  const Detail *detail)
{
  double dashes[4], period = 0;
  int n = cairo_get_dash_count (cr);

  if (n == 0 || n > (int) G_N_ELEMENTS (dashes))
    return;
  cairo_get_dash (cr, dashes, NULL);
  for (int i = 0; i < n; i++)
    period += dashes[i];
  if (period < detail->min_dash_period)
    cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_cables (WpPlanRenderer *self,
             cairo_t        *cr,
             GPtrArray      *cables,
             WpCableStates  *states,
             const Detail   *detail)
{
  cairo_save (cr);
  /* Zoomed out, thousands of small curves: coarser flattening halves the cost, and in an
   * overview of the whole plan so does drawing them without antialiasing (and flattening
   * them coarser still). */
  if (detail->coarse)
    cairo_set_tolerance (cr, COARSE_TOLERANCE);
  if (detail->overview)
    {
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
      cairo_set_tolerance (cr, OVERVIEW_TOLERANCE);
    }
  for (guint i = 0; i < cables->len; i++)
    {
      WpCable *cable = g_ptr_array_index (cables, i);
      WpBezier curve;

      if (!wp_layout_get_cable_curve (self->layout, cable, &curve))
        continue;
      wp_bezier_path (&curve, cr);
      wp_render_cable_pen (cr, &self->style, wp_plan_renderer_cable_kind (self, cable),
                           state_of (states, cable));
      drop_fine_dashes (cr, detail);
      /* Zoomed far out a cable stays at least a pixel wide. */
      cairo_set_line_width (cr, MAX (cairo_get_line_width (cr), detail->pixel));
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Labels and problem icons above everything else, where no device hides them. */
static void
draw_cable_marks_of (WpPlanRenderer *self,
                     cairo_t        *cr,
                     GPtrArray      *cables,
                     WpCableStates  *states,
                     const Detail   *detail)
{
  g_autoptr(GPtrArray) scratch = g_ptr_array_new ();

  for (guint i = 0; i < cables->len; i++)
    {
      WpCable *cable = g_ptr_array_index (cables, i);

      draw_cable_marks (self, cr, cable, state_of (states, cable), detail, scratch);
    }
}

/* A device the caller lifted off the scene. */
static gboolean
is_lifted_device (gpointer device,
                  gpointer user_data)
{
  WpPlanRenderer *self = user_data;

  return g_hash_table_contains (self->lifted, wp_device_get_id (device));
}

/* A cable with an end at a lifted device. */
static gboolean
is_lifted_cable (gpointer cable,
                 gpointer user_data)
{
  WpPlanRenderer *self = user_data;
  WpDevice *from, *to;

  return wp_layout_get_cable_ends (self->layout, cable, &from, NULL, &to, NULL)
         && (is_lifted_device (from, self) || is_lifted_device (to, self));
}

typedef gboolean (*Predicate) (gpointer item,
                               gpointer user_data);

/* Takes out of ITEMS those for which PREDICATE holds, keeping the others' order. */
static void
remove_if (GPtrArray *items,
           Predicate  predicate,
           gpointer   user_data)
{
  guint kept = 0;

  for (guint i = 0; i < items->len; i++)
    if (!predicate (g_ptr_array_index (items, i), user_data))
      items->pdata[kept++] = items->pdata[i];
  g_ptr_array_set_size (items, kept);
}

/* Draws the background and grid (as FLAGS say) and zones in AREA, then CABLES and
 * DEVICES, in drawing order, but for the lifted ones. */
void
wp_plan_renderer_draw_items (WpPlanRenderer          *self,
                             cairo_t                 *cr,
                             const cairo_rectangle_t *area,
                             GPtrArray               *cables,
                             GPtrArray               *devices,
                             WpCableStates           *states,
                             WpSceneFlags             flags)
{
  Detail detail;

  get_detail (self, wp_plan_renderer_get_scale (cr), (flags & WP_SCENE_FULL_DETAIL) != 0, &detail);
  cairo_save (cr);
  wp_render_text_prepare (self->text, cr);
  if (flags & WP_SCENE_BACKGROUND)
    {
      cairo_rectangle (cr, area->x, area->y, area->width, area->height);
      wp_render_style_set_source (cr, &self->style.background);
      cairo_fill (cr);
    }
  if (flags & WP_SCENE_GRID)
    draw_grid (self, cr, area, detail.scale);
  draw_zones (self, cr, area, detail.names);

  if (self->lifted != NULL)
    {
      remove_if (cables, is_lifted_cable, self);
      remove_if (devices, is_lifted_device, self);
    }
  wp_plan_renderer_remove_hidden (self, cables, states);
  draw_cables (self, cr, cables, states, &detail);
  wp_plan_renderer_draw_devices (self, cr, devices, states, &detail);
  wp_plan_renderer_draw_changes (self, cr, devices, cables);
  draw_cable_marks_of (self, cr, cables, states, &detail);
  cairo_restore (cr);
}

static void
query_grown (WpPlanRenderer          *self,
             const cairo_rectangle_t *areas,
             guint                    n_areas,
             double                   reach,
             gboolean                 cables,
             GPtrArray               *items)
{
  g_autofree cairo_rectangle_t *grown = g_new (cairo_rectangle_t, MAX (n_areas, 1));

  for (guint i = 0; i < n_areas; i++)
    grown[i] = wp_rectangle_grow (&areas[i], reach);
  if (cables)
    wp_layout_query_cables_in (self->layout, grown, n_areas, items);
  else
    wp_layout_query_devices_in (self->layout, grown, n_areas, items);
}

/* The cables and devices that may draw into any of AREAS (plan units) in a scene drawn
 * at SCALE with FLAGS, each once, in drawing order. Their drawing reaches out of their
 * boxes: a device's shadow and glyphs; a cable's label and icon where they are drawn,
 * else only its pen, kept a pixel wide. */
void
wp_plan_renderer_query (WpPlanRenderer          *self,
                        const cairo_rectangle_t *areas,
                        guint                    n_areas,
                        double                   scale,
                        WpSceneFlags             flags,
                        GPtrArray               *cables,
                        GPtrArray               *devices)
{
  Detail detail;

  get_detail (self, scale, (flags & WP_SCENE_FULL_DETAIL) != 0, &detail);
  query_grown (self, areas, n_areas,
               detail.port_text || detail.icons ? LABEL_MARGIN : CABLE_MARGIN + 2 * detail.pixel,
               TRUE, cables);
  query_grown (self, areas, n_areas, DEVICE_MARGIN + 2 * detail.pixel, FALSE, devices);
}

/* Draws the zones, cables and devices that meet AREA (plan units), but for the lifted
 * devices and their cables. STATES, when not NULL, gives each cable's state; FLAGS adds
 * the background and the grid. */
void
wp_plan_renderer_draw_scene (WpPlanRenderer          *self,
                             cairo_t                 *cr,
                             const cairo_rectangle_t *area,
                             WpCableStates           *states,
                             WpSceneFlags             flags)
{
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();
  g_autoptr(GPtrArray) devices = g_ptr_array_new ();

  g_return_if_fail (WP_IS_PLAN_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (area != NULL);

  wp_plan_renderer_query (self, area, 1, wp_plan_renderer_get_scale (cr), flags, cables, devices);
  wp_plan_renderer_draw_items (self, cr, area, cables, devices, states, flags);
}

/* Adds to CABLES, once each, DEVICE's cables whose curves' bounds meet AREA. */
static void
add_cables_at (WpPlanRenderer          *self,
               WpDevice                *device,
               const cairo_rectangle_t *area,
               GHashTable              *seen,
               GPtrArray               *cables)
{
  WpPlan *plan = wp_layout_get_plan (self->layout);

  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    {
      GPtrArray *at = wp_plan_get_cables_at (plan, wp_device_get_id (device),
                                             wp_device_get_port (device, i)->id);

      for (guint c = 0; at != NULL && c < at->len; c++)
        {
          WpCable *cable = g_ptr_array_index (at, c);
          cairo_rectangle_t bounds;
          WpBezier curve;

          if (!g_hash_table_add (seen, cable)
              || !wp_layout_get_cable_curve (self->layout, cable, &curve))
            continue;
          wp_bezier_get_bounds (&curve, &bounds);
          if (wp_rectangle_intersects (&bounds, area))
            g_ptr_array_add (cables, cable);
        }
    }
}

/* A cable ends under its port's glyph. The scene drew the glyphs of the devices that
 * stayed before the lifted cables that end there, so draw those again on top. */
static void
draw_still_ends (WpPlanRenderer *self,
                 cairo_t        *cr,
                 GPtrArray      *cables)
{
  for (guint i = 0; i < cables->len; i++)
    {
      WpDevice *from, *to;
      guint from_port, to_port;

      wp_layout_get_cable_ends (self->layout, g_ptr_array_index (cables, i),
                                &from, &from_port, &to, &to_port);
      if (!is_lifted_device (from, self))
        wp_plan_renderer_draw_glyph (self, cr, from, from_port);
      if (!is_lifted_device (to, self))
        wp_plan_renderer_draw_glyph (self, cr, to, to_port);
    }
}

/* Draws what the scene left out (see wp_plan_renderer_set_lifted()) where it meets
 * AREA: the lifted devices at their current places and their cables, at the detail of
 * a scene drawn for the screen (without WP_SCENE_FULL_DETAIL). Over the scene drawn
 * with the same devices lifted, it makes the whole scene, except that the lifted
 * objects are above the rest. The cost is that of the lifted devices and their cables
 * alone. */
void
wp_plan_renderer_draw_lifted (WpPlanRenderer          *self,
                              cairo_t                 *cr,
                              const cairo_rectangle_t *area,
                              WpCableStates           *states)
{
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();
  g_autoptr(GPtrArray) devices = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = NULL;
  WpPlan *plan;
  cairo_rectangle_t grown;
  GHashTableIter iter;
  gpointer id;
  Detail detail;

  g_return_if_fail (WP_IS_PLAN_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (area != NULL);

  if (self->lifted == NULL)
    return;

  plan = wp_layout_get_plan (self->layout);
  /* As far as a cable's label or icon may stick out of its curve's box. */
  grown = wp_rectangle_grow (area, LABEL_MARGIN);
  seen = g_hash_table_new (NULL, NULL);
  g_hash_table_iter_init (&iter, self->lifted);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      WpDevice *device = wp_plan_find_device (plan, id);
      cairo_rectangle_t bounds;

      if (device == NULL)
        continue;
      wp_layout_get_device_bounds (self->layout, device, &bounds);
      if (wp_rectangle_intersects (&bounds, area))
        g_ptr_array_add (devices, device);
      add_cables_at (self, device, &grown, seen, cables);
    }
  /* In the order the scene would draw them, for where they overlap each other. */
  wp_layout_sort (self->layout, devices);
  wp_layout_sort (self->layout, cables);
  wp_plan_renderer_remove_hidden (self, cables, states);

  get_detail (self, wp_plan_renderer_get_scale (cr), FALSE, &detail);
  cairo_save (cr);
  wp_render_text_prepare (self->text, cr);
  draw_cables (self, cr, cables, states, &detail);
  if (detail.glyphs)
    draw_still_ends (self, cr, cables);
  wp_plan_renderer_draw_devices (self, cr, devices, states, &detail);
  draw_cable_marks_of (self, cr, cables, states, &detail);
  cairo_restore (cr);
}

/* Draws the whole plan scaled to fit TARGET (surface units) with MARGIN around it, for
 * export and print. FALSE, with only the background drawn, for an empty plan. */
gboolean
wp_plan_renderer_draw_fitted (WpPlanRenderer          *self,
                              cairo_t                 *cr,
                              const cairo_rectangle_t *target,
                              double                   margin,
                              WpCableStates           *states,
                              WpSceneFlags             flags)
{
  cairo_rectangle_t bounds;
  double room_x, room_y, scale;

  g_return_val_if_fail (WP_IS_PLAN_RENDERER (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (flags & WP_SCENE_BACKGROUND)
    {
      cairo_save (cr);
      cairo_rectangle (cr, target->x, target->y, target->width, target->height);
      wp_render_style_set_source (cr, &self->style.background);
      cairo_fill (cr);
      cairo_restore (cr);
    }
  if (!wp_layout_get_plan_bounds (self->layout, &bounds))
    return FALSE;

  room_x = MAX (target->width - 2 * margin, 1);
  room_y = MAX (target->height - 2 * margin, 1);
  scale = MIN (room_x / MAX (bounds.width, 1), room_y / MAX (bounds.height, 1));

  cairo_save (cr);
  cairo_rectangle (cr, target->x, target->y, target->width, target->height);
  cairo_clip (cr);
  cairo_translate (cr, target->x + (target->width - bounds.width * scale) / 2,
                   target->y + (target->height - bounds.height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -bounds.x, -bounds.y);
  wp_plan_renderer_draw_scene (self, cr, &bounds, states, flags & ~WP_SCENE_BACKGROUND);
  cairo_restore (cr);
  return TRUE;
}
