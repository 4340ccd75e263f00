/* wp-sheet-text.c: the sheet's text, from cached glyphs where it needs no shaping */
#include "config.h"

#include <math.h>

#include "wp-sheet-text.h"

typedef struct {
  gboolean   known;    /* looked up already */
  gboolean   simple;   /* one glyph of the main font, drawn without shaping */
  PangoGlyph glyph;
  double     advance;
} Glyph;

struct _WpSheetFont {
  const PangoFontDescription *description;
  PangoFont                  *font;        /* the main font, whose glyphs are cached */
  double                      line_height;
  double                      baseline;    /* of the first line, from its top */
  Glyph                       ascii[128];
  GHashTable                 *others;      /* gunichar -> Glyph */
  float                      *ascii_kerning;   /* [128 * 128]; NAN until looked up */
  GHashTable                 *other_kerning;   /* guint64 pair -> double */
};

typedef struct {
  const char *start;
  const char *end;
  double      width;
} Line;

static WpSheetFont *
sheet_font_new (WpSheetText                *text,
                const PangoFontDescription *description)
{
  WpSheetFont *font = g_new0 (WpSheetFont, 1);
  PangoLayoutLine *line;

  font->description = description;
  font->line_height = wp_sheet_text_set (text, description, "X", -1);
  font->baseline = (double) pango_layout_get_baseline (text->layout) / PANGO_SCALE;
  line = pango_layout_get_line_readonly (text->layout, 0);
  font->font = g_object_ref (((PangoLayoutRun *) line->runs->data)->item->analysis.font);
  font->others = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  font->ascii_kerning = g_new (float, 128 * 128);
  for (guint i = 0; i < 128 * 128; i++)
    font->ascii_kerning[i] = NAN;
  font->other_kerning = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  return font;
}

static void
sheet_font_free (WpSheetFont *font)
{
  g_object_unref (font->font);
  g_hash_table_unref (font->others);
  g_free (font->ascii_kerning);
  g_hash_table_unref (font->other_kerning);
  g_free (font);
}

/* Whether @c can be drawn as its own glyph: scripts that need no shaping, and no marks,
 * controls or invisible formatting, which pango treats specially. */
static gboolean
is_plain_character (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_COMMON:
    case G_UNICODE_SCRIPT_LATIN:
    case G_UNICODE_SCRIPT_GREEK:
    case G_UNICODE_SCRIPT_CYRILLIC:
      break;
    default:
      return FALSE;
    }
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return FALSE;
    default:
      return TRUE;
    }
}

/* Shapes @utf8 with pango: its glyphs when they are @n_glyphs unshifted glyphs of the main
 * font on one line, otherwise NULL. */
static const PangoGlyphString *
shape (WpSheetText *text,
       WpSheetFont *font,
       const char  *utf8,
       int          n_glyphs)
{
  PangoLayoutLine *line;
  PangoLayoutRun *run;

  wp_sheet_text_set (text, font->description, utf8, -1);
  line = pango_layout_get_line_readonly (text->layout, 0);
  if (pango_layout_get_line_count (text->layout) != 1 || line->runs == NULL
      || line->runs->next != NULL)
    return NULL;
  run = line->runs->data;
  if (run->item->analysis.font != font->font || run->glyphs->num_glyphs != n_glyphs)
    return NULL;
  for (int i = 0; i < n_glyphs; i++)
    {
      const PangoGlyphInfo *info = &run->glyphs->glyphs[i];

      if ((info->glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0 || info->glyph == PANGO_GLYPH_EMPTY
          || info->geometry.x_offset != 0 || info->geometry.y_offset != 0)
        return NULL;
    }
  return run->glyphs;
}

/* Shapes @c alone, once: simple when pango gives one glyph of the main font. */
static void
look_up (WpSheetText *text,
         WpSheetFont *font,
         gunichar     c,
         Glyph       *glyph)
{
  char utf8[8] = { 0 };
  const PangoGlyphString *glyphs;

  glyph->known = TRUE;
  if (!is_plain_character (c))
    return;
  g_unichar_to_utf8 (c, utf8);
  glyphs = shape (text, font, utf8, 1);
  if (glyphs == NULL)
    return;
  glyph->simple = TRUE;
  glyph->glyph = glyphs->glyphs[0].glyph;
  glyph->advance = (double) glyphs->glyphs[0].geometry.width / PANGO_SCALE;
}

static const Glyph *
get_glyph (WpSheetText *text,
           WpSheetFont *font,
           gunichar     c)
{
  Glyph *glyph;

  if (c < G_N_ELEMENTS (font->ascii))
    glyph = &font->ascii[c];
  else if ((glyph = g_hash_table_lookup (font->others, GUINT_TO_POINTER (c))) == NULL)
    {
      glyph = g_new0 (Glyph, 1);
      g_hash_table_insert (font->others, GUINT_TO_POINTER (c), glyph);
    }
  if (!glyph->known)
    look_up (text, font, c, glyph);
  return glyph;
}

/* How much closer (negative) or further @b sits after @a than their advances say, as
 * pango's shaping of the pair has it (the font's kerning), in @kerning; FALSE when the pair
 * is not two separate glyphs, as in a ligature. Both are plain characters. */
static gboolean
get_kerning (WpSheetText *text,
             WpSheetFont *font,
             gunichar     a,
             gunichar     b,
             double      *kerning)
{
  float *ascii = a < 128 && b < 128 ? &font->ascii_kerning[a * 128 + b] : NULL;
  guint64 pair = (guint64) a << 32 | b;
  double *other = NULL;

  if (a == 0)
    {
      *kerning = 0;
      return TRUE;
    }
  if (ascii == NULL)
    other = g_hash_table_lookup (font->other_kerning, &pair);
  if ((ascii != NULL && isnan (*ascii)) || (ascii == NULL && other == NULL))
    {
      char utf8[16] = { 0 };
      const PangoGlyphString *glyphs;
      double value = INFINITY;

      g_unichar_to_utf8 (b, utf8 + g_unichar_to_utf8 (a, utf8));
      glyphs = shape (text, font, utf8, 2);
      if (glyphs != NULL)
        value = (double) glyphs->glyphs[0].geometry.width / PANGO_SCALE
                - get_glyph (text, font, a)->advance;
      if (ascii != NULL)
        *ascii = (float) value;
      else
        {
          other = g_new (double, 1);
          *other = value;
          g_hash_table_insert (font->other_kerning, g_memdup2 (&pair, sizeof pair), other);
        }
    }
  *kerning = ascii != NULL ? *ascii : *other;
  return isfinite (*kerning);
}

void
wp_sheet_text_init (WpSheetText *text)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoAttrList *attributes;

  /* Unhinted, at 72 dpi: one unit is one point and a text measures the same on every
   * surface, so pagination holds on paper, in PDF and in print preview. */
  text->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (text->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (text->context, options);
  cairo_font_options_destroy (options);
  /* At one unit a point, rounding each glyph to whole units spaces letters unevenly, and
   * costs a PDF a correction after nearly every glyph. */
  pango_context_set_round_glyph_positions (text->context, FALSE);
  text->layout = pango_layout_new (text->context);
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  /* Without ligatures, a character is always its own glyph (fi is f and i), so the glyph
   * cache covers whole words; a table cell gains nothing from them. */
  attributes = pango_attr_list_new ();
  pango_attr_list_insert (attributes, pango_attr_font_features_new ("liga=0"));
  pango_layout_set_attributes (text->layout, attributes);
  pango_attr_list_unref (attributes);
  text->normal = pango_font_description_from_string ("Sans");
  pango_font_description_set_size (text->normal, WP_SHEET_FONT_SIZE * PANGO_SCALE);
  text->bold = pango_font_description_copy (text->normal);
  pango_font_description_set_weight (text->bold, PANGO_WEIGHT_BOLD);
  text->heading = pango_font_description_copy (text->bold);
  pango_font_description_set_size (text->heading, 13 * PANGO_SCALE);
  text->fonts[0] = sheet_font_new (text, text->normal);
  text->fonts[1] = sheet_font_new (text, text->bold);
  text->fonts[2] = sheet_font_new (text, text->heading);
  text->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  text->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  text->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  text->utf8 = g_string_new (NULL);
}

void
wp_sheet_text_clear (WpSheetText *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (text->fonts); i++)
    g_clear_pointer (&text->fonts[i], sheet_font_free);
  g_clear_object (&text->layout);
  g_clear_object (&text->context);
  g_clear_pointer (&text->normal, pango_font_description_free);
  g_clear_pointer (&text->bold, pango_font_description_free);
  g_clear_pointer (&text->heading, pango_font_description_free);
  g_clear_pointer (&text->lines, g_array_unref);
  g_clear_pointer (&text->glyphs, g_array_unref);
  g_clear_pointer (&text->clusters, g_array_unref);
  if (text->utf8 != NULL)
    g_string_free (g_steal_pointer (&text->utf8), TRUE);
}

/* Lays @string out in @width (or unbounded when <= 0) with pango; returns its height. */
double
wp_sheet_text_set (WpSheetText                *text,
                   const PangoFontDescription *font,
                   const char                 *string,
                   double                      width)
{
  int height;

  pango_layout_set_font_description (text->layout, font);
  pango_layout_set_width (text->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_text (text->layout, string, -1);
  pango_layout_get_size (text->layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static WpSheetFont *
find_font (WpSheetText                *text,
           const PangoFontDescription *description)
{
  for (guint i = 0; i < G_N_ELEMENTS (text->fonts); i++)
    if (text->fonts[i]->description == description)
      return text->fonts[i];
  return NULL;
}

static void
add_line (WpSheetText *text,
          const char  *start,
          const char  *end,
          double       width)
{
  Line line = { start, end, width };

  g_array_append_val (text->lines, line);
}

/* Whether a line may start with @c after spaces: not with closing punctuation or a
 * slash (Unicode's line breaking rule 13, which pango follows). */
static gboolean
may_start_line (gunichar c)
{
  switch (g_unichar_break_type (c))
    {
    case G_UNICODE_BREAK_CLOSE_PUNCTUATION:
    case G_UNICODE_BREAK_CLOSE_PARENTHESIS:
    case G_UNICODE_BREAK_EXCLAMATION:
    case G_UNICODE_BREAK_INFIX_SEPARATOR:
    case G_UNICODE_BREAK_SYMBOL:
      return FALSE;
    default:
      return TRUE;
    }
}

/* Breaks @string into text->lines as pango's word-char wrapping does for plain text: at
 * newlines, before a word after spaces or after a hyphen within a word when the word would
 * overflow @width (none when <= 0), and within a word longer than a line. FALSE when a
 * character needs pango. */
static gboolean
break_lines (WpSheetText *text,
             WpSheetFont *font,
             const char  *string,
             double       width)
{
  const char *start = string, *space = NULL, *after_space = NULL;
  const char *break_end = NULL, *break_next = NULL;   /* the last place to break */
  double line = 0, before_space = 0, break_width = 0, break_through = 0, kerning;
  gunichar previous = 0, before_previous = 0;

  g_array_set_size (text->lines, 0);
  for (const char *p = string;;)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      const Glyph *glyph;

      if (c == 0 || c == '\n')
        {
          add_line (text, start, p, line);
          if (c == 0)
            return TRUE;
          start = ++p;
          space = after_space = break_next = NULL;
          line = 0;
          before_previous = previous;
          previous = c;
          continue;
        }
      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      glyph = get_glyph (text, font, c);
      if (!glyph->simple || !get_kerning (text, font, p == start ? 0 : previous, c, &kerning))
        return FALSE;
      if (c == ' ')
        {
          if (after_space != p)
            {
              space = p;
              before_space = line;
            }
          line += kerning + glyph->advance;
          after_space = p = g_utf8_next_char (p);
          before_previous = previous;
          previous = c;
          continue;
        }
      if (p == after_space && space > start && may_start_line (c))
        {
          break_end = space;
          break_next = p;
          break_width = before_space;
          break_through = line + kerning;   /* a line's first character is not kerned */
        }
      else if (previous == '-' && g_unichar_isalnum (before_previous) && g_unichar_isalpha (c))
        {
          break_end = break_next = p;
          break_width = line;
          break_through = line + kerning;
        }
      if (width > 0 && line + kerning + glyph->advance > width && p > start)
        {
          if (break_next != NULL && break_next > start)
            {
              add_line (text, start, break_end, break_width);
              start = break_next;
              line -= break_through;
            }
          else
            {
              add_line (text, start, p, line);
              start = p;
              line = 0;
            }
          space = after_space = break_next = NULL;
          continue;
        }
      line += kerning + glyph->advance;
      p = g_utf8_next_char (p);
      before_previous = previous;
      previous = c;
    }
}

/* The height of @string laid out in @width, as wp_sheet_text_draw() draws it. */
double
wp_sheet_text_measure (WpSheetText                *text,
                       const PangoFontDescription *font,
                       const char                 *string,
                       double                      width)
{
  WpSheetFont *sheet_font = find_font (text, font);

  if (sheet_font == NULL || !break_lines (text, sheet_font, string, width))
    return wp_sheet_text_set (text, font, string, width);
  return text->lines->len * sheet_font->line_height;
}

/* Draws the lines break_lines() left, as one run of glyphs; pango would draw the same
 * glyphs at the same places, and names the characters behind them for copying text out
 * of a PDF the same way. */
static void
show_lines (WpSheetText    *text,
            WpSheetFont    *font,
            cairo_t        *cr,
            double          x,
            double          y,
            double          width,
            PangoAlignment  alignment)
{
  double box = width;

  if (box <= 0)
    for (guint i = 0; i < text->lines->len; i++)
      box = MAX (box, g_array_index (text->lines, Line, i).width);
  g_array_set_size (text->glyphs, 0);
  g_array_set_size (text->clusters, 0);
  g_string_truncate (text->utf8, 0);
  for (guint i = 0; i < text->lines->len; i++)
    {
      const Line *line = &g_array_index (text->lines, Line, i);
      cairo_glyph_t glyph = { 0, x, y + font->baseline + i * font->line_height };

      if (alignment == PANGO_ALIGN_CENTER)
        glyph.x += (box - line->width) / 2;
      else if (alignment == PANGO_ALIGN_RIGHT)
        glyph.x += box - line->width;
      gunichar previous = 0;

      for (const char *p = line->start; p < line->end; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          const Glyph *cached = get_glyph (text, font, c);
          cairo_text_cluster_t cluster = { (int) (g_utf8_next_char (p) - p), 1 };
          double kerning;

          /* Known, as break_lines() met every pair of a line. */
          get_kerning (text, font, previous, c, &kerning);
          previous = c;
          glyph.x += kerning;
          glyph.index = cached->glyph;
          g_array_append_val (text->glyphs, glyph);
          g_array_append_val (text->clusters, cluster);
          g_string_append_len (text->utf8, p, cluster.num_bytes);
          glyph.x += cached->advance;
        }
    }
  if (text->glyphs->len == 0)
    return;
  cairo_set_scaled_font (cr, pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font->font)));
  cairo_show_text_glyphs (cr, text->utf8->str, (int) text->utf8->len,
                          (cairo_glyph_t *) (gpointer) text->glyphs->data,
                          (int) text->glyphs->len,
                          (cairo_text_cluster_t *) (gpointer) text->clusters->data,
                          (int) text->clusters->len, 0);
}

void
wp_sheet_text_draw (WpSheetText                *text,
                    cairo_t                    *cr,
                    const PangoFontDescription *font,
                    const char                 *string,
                    double                      x,
                    double                      y,
                    double                      width,
                    PangoAlignment              alignment)
{
  WpSheetFont *sheet_font = find_font (text, font);

  if (sheet_font != NULL && break_lines (text, sheet_font, string, width))
    {
      show_lines (text, sheet_font, cr, x, y, width, alignment);
      return;
    }
  wp_sheet_text_set (text, font, string, width);
  pango_layout_set_alignment (text->layout, alignment);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, text->layout);
  pango_layout_set_alignment (text->layout, PANGO_ALIGN_LEFT);
}
