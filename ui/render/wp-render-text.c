/* wp-render-text.c: the plan's fonts, one reusable layout per text role */
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

  PangoContext *context;
  PangoLayout  *layouts[WP_N_TEXT_ROLES];
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
      g_clear_object (&self->layouts[i]);
      g_clear_pointer (&self->extents[i], g_hash_table_unref);
    }
  g_clear_object (&self->context);

  G_OBJECT_CLASS (wp_render_text_parent_class)->finalize (object);
}

static void
wp_render_text_class_init (WpRenderTextClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_render_text_finalize;
}

static void
wp_render_text_init (WpRenderText *self)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: text measures the same at every zoom and on every surface. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < WP_N_TEXT_ROLES; i++)
    {
      PangoFontDescription *font = pango_font_description_new ();

      pango_font_description_set_family_static (font, "Sans");
      pango_font_description_set_weight (font, role_fonts[i].weight);
      pango_font_description_set_absolute_size (font, role_fonts[i].size * PANGO_SCALE);
      self->layouts[i] = pango_layout_new (self->context);
      pango_layout_set_font_description (self->layouts[i], font);
      pango_layout_set_single_paragraph_mode (self->layouts[i], TRUE);
      pango_font_description_free (font);
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

static PangoLayout *
layout_for (WpRenderText *self,
            WpTextRole    role,
            const char   *text,
            double        max_width)
{
  PangoLayout *layout = self->layouts[role];

  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
  return layout;
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

      pango_layout_get_extents (layout_for (self, role, text, -1), NULL, &logical);
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

  pango_cairo_update_context (cr, self->context);
}

/* Draws TEXT with its line centred vertically on Y; XALIGN 0 puts its left end at X,
 * 1 its right end, 0.5 its middle. Longer text than MAX_WIDTH (when > 0) is ellipsized.
 * Returns the drawn width. */
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
  PangoRectangle logical;
  double width;

  g_return_val_if_fail (WP_IS_RENDER_TEXT (self), 0);
  g_return_val_if_fail (role < WP_N_TEXT_ROLES, 0);

  layout = layout_for (self, role, text, max_width);
  pango_layout_get_extents (layout, NULL, &logical);
  width = (double) logical.width / PANGO_SCALE;
  cairo_move_to (cr,
                 x - xalign * width - (double) logical.x / PANGO_SCALE,
                 y - (double) logical.height / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
  return width;
}
