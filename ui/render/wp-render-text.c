/* wp-render-text.c: the plan's fonts, one reusable layout per text role
 *
 * Two pango contexts: one only measures and never changes, so a box is as wide whatever
 * was drawn before; the other follows the surface being drawn on.
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "wp-render-text.h"

typedef struct {
  double width;
  double height;
} Extent;

struct _WpRenderText
{
  GObject       parent_instance;

  PangoContext *measure_context;
  PangoContext *draw_context;
  PangoLayout  *measure_layouts[WP_N_TEXT_ROLES];
  PangoLayout  *draw_layouts[WP_N_TEXT_ROLES];
  GHashTable   *extents[WP_N_TEXT_ROLES];  /* text -> Extent: labels repeat a lot */
};

G_DEFINE_FINAL_TYPE (WpRenderText, wp_render_text, G_TYPE_OBJECT)

typedef struct {
  double      size;      /* plan units */
  PangoWeight weight;
} RoleFont;

static const RoleFont role_fonts[WP_N_TEXT_ROLES] = {
  [WP_TEXT_DEVICE_NAME] = { 12.5, PANGO_WEIGHT_BOLD },
  [WP_TEXT_DEVICE_MODEL] = { 9.5, PANGO_WEIGHT_NORMAL },
  [WP_TEXT_PORT] = { 10.5, PANGO_WEIGHT_NORMAL },
  [WP_TEXT_CONNECTOR] = { 8.5, PANGO_WEIGHT_NORMAL },
  [WP_TEXT_ZONE_TITLE] = { 14.0, PANGO_WEIGHT_BOLD },
  [WP_TEXT_CABLE_LABEL] = { 9.0, PANGO_WEIGHT_NORMAL },
  [WP_TEXT_LEGEND] = { 11.0, PANGO_WEIGHT_NORMAL },
  [WP_TEXT_LEGEND_TITLE] = { 12.0, PANGO_WEIGHT_BOLD },
};

static void
wp_render_text_finalize (GObject *object)
{
  WpRenderText *self = WP_RENDER_TEXT (object);

  for (guint i = 0; i < WP_N_TEXT_ROLES; i++)
    {
      g_clear_object (&self->measure_layouts[i]);
      g_clear_object (&self->draw_layouts[i]);
      g_clear_pointer (&self->extents[i], g_hash_table_unref);
    }
  g_clear_object (&self->measure_context);
  g_clear_object (&self->draw_context);

  G_OBJECT_CLASS (wp_render_text_parent_class)->finalize (object);
}

static void
wp_render_text_class_init (WpRenderTextClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_render_text_finalize;
}

/* Unhinted metrics: text measures the same at every zoom and on every surface. */
static PangoContext *
new_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

static PangoLayout *
new_layout (PangoContext *context,
            WpTextRole    role)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family_static (font, "Sans");
  pango_font_description_set_weight (font, role_fonts[role].weight);
  pango_font_description_set_absolute_size (font, role_fonts[role].size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_font_description_free (font);
  return layout;
}

static void
wp_render_text_init (WpRenderText *self)
{
  self->measure_context = new_context ();
  self->draw_context = new_context ();
  for (guint i = 0; i < WP_N_TEXT_ROLES; i++)
    {
      self->measure_layouts[i] = new_layout (self->measure_context, i);
      self->draw_layouts[i] = new_layout (self->draw_context, i);
      self->extents[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    }
}

WpRenderText *
wp_render_text_new (void)
{
  return g_object_new (WP_TYPE_RENDER_TEXT, NULL);
}

/* The font size of a role, in plan units. */
double
wp_render_text_get_size (WpRenderText *self,
                         WpTextRole    role)
{
  g_return_val_if_fail (WP_IS_RENDER_TEXT (self), 0);
  g_return_val_if_fail (role < WP_N_TEXT_ROLES, 0);

  return role_fonts[role].size;
}

/* The width of TEXT in plan units; its line height in HEIGHT when not NULL. Each text is
 * laid out once; later calls find it in a cache. */
double
wp_render_text_measure (WpRenderText *self,
                        WpTextRole    role,
                        const char   *text,
                        double       *height)
{
  Extent *extent;

  g_return_val_if_fail (WP_IS_RENDER_TEXT (self), 0);
  g_return_val_if_fail (role < WP_N_TEXT_ROLES, 0);

  text = text != NULL ? text : "";
  extent = g_hash_table_lookup (self->extents[role], text);
  if (extent == NULL)
    {
      PangoRectangle logical;

      pango_layout_set_text (self->measure_layouts[role], text, -1);
      pango_layout_get_extents (self->measure_layouts[role], NULL, &logical);
      extent = g_new (Extent, 1);
      extent->width = (double) logical.width / PANGO_SCALE;
      extent->height = (double) logical.height / PANGO_SCALE;
      g_hash_table_insert (self->extents[role], g_strdup (text), extent);
    }
  if (height != NULL)
    *height = extent->height;
  return extent->width;
}

/* Call once before drawing on CR: text is then rendered for CR's surface. */
void
wp_render_text_prepare (WpRenderText *self,
                        cairo_t      *cr)
{
  g_return_if_fail (WP_IS_RENDER_TEXT (self));

  pango_cairo_update_context (cr, self->draw_context);
}

/* Draws TEXT with its line centred vertically on Y; XALIGN 0 puts its left end at X,
 * 1 its right end, 0.5 its middle. Text that measures wider than MAX_WIDTH (when > 0) is
 * ellipsized. Returns the width the text takes. */
double
wp_render_text_show (WpRenderText *self,
                     cairo_t      *cr,
                     WpTextRole    role,
                     const char   *text,
                     double        x,
                     double        y,
                     double        xalign,
                     double        max_width)
{
  PangoLayout *layout;
  double width, height;

  g_return_val_if_fail (WP_IS_RENDER_TEXT (self), 0);
  g_return_val_if_fail (role < WP_N_TEXT_ROLES, 0);

  text = text != NULL ? text : "";
  width = wp_render_text_measure (self, role, text, &height);
  layout = self->draw_layouts[role];
  pango_layout_set_text (layout, text, -1);
  if (max_width > 0 && width > max_width)
    {
      PangoRectangle logical;

      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_extents (layout, NULL, &logical);
      width = (double) logical.width / PANGO_SCALE;
    }
  else
    {
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
  cairo_move_to (cr, x - xalign * width, y - height / 2);
  pango_cairo_show_layout (cr, layout);
  return width;
}
