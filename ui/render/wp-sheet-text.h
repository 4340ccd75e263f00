/* wp-sheet-text.h: measuring and drawing the wiring sheet's text
 *
 * A big sheet has hundreds of thousands of cells. Text in the sheet's own fonts that
 * needs no shaping (Latin, Greek, Cyrillic and common punctuation, each character one
 * glyph of the main font) is measured, wrapped at spaces and hyphens and drawn from
 * glyphs and kerning cached per character and per pair, where pango would put them;
 * anything else goes through a pango layout. Measuring and drawing break lines the same
 * way, so a cell's height always fits its text.
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

#define WP_SHEET_FONT_SIZE  7.5   /* points, table text */

typedef struct _WpSheetFont WpSheetFont;

typedef struct {
  PangoContext         *context;
  PangoLayout          *layout;     /* one layout, reused for every piece of text */
  PangoFontDescription *normal;
  PangoFontDescription *bold;
  PangoFontDescription *heading;
  WpSheetFont          *fonts[3];   /* the glyphs of normal, bold and heading */
  GArray               *lines;      /* scratch: the lines of one text */
  GArray               *glyphs;     /* scratch: cairo_glyph_t of one text */
  GArray               *clusters;   /* scratch: cairo_text_cluster_t of one text */
  GString              *utf8;       /* scratch: the characters drawn */
} WpSheetText;

void    wp_sheet_text_init    (WpSheetText *text);
void    wp_sheet_text_clear   (WpSheetText *text);
double  wp_sheet_text_set     (WpSheetText *text,
                               const PangoFontDescription *font,
                               const char  *string,
                               double       width);
double  wp_sheet_text_measure (WpSheetText *text,
                               const PangoFontDescription *font,
                               const char  *string,
                               double       width);
void    wp_sheet_text_draw    (WpSheetText *text,
                               cairo_t     *cr,
                               const PangoFontDescription *font,
                               const char  *string,
                               double       x,
                               double       y,
                               double       width,
                               PangoAlignment alignment);

G_END_DECLS
