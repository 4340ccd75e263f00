/* test-sheet-text.c: the wiring sheet's text, drawn from cached glyphs, against pango */
#include "config.h"

#include <math.h>

#include "wp-sheet-text.h"

static const char problem[] =
  "3 outputs drive “Phantom power supply, 1 channel 1334” Mic in, “Digital stage box, "
  "Dante, 16 in 8 out 1442” In 9: “USB audio interface, 1 input (bus-powered) 1336” Out L, "
  "“Portable multitrack recorder, 8 inputs 1406” Phones. Joined outputs fight each other; "
  "the sound distorts and the outputs can be damaged.\n"
  "Combine the outputs with a mixer or a summing box, or connect each output to its own input.";

#define SCALE   4.0    /* pixels per point */
#define BORDER 10.0    /* points of room around the text */

/* Where @string's ink lands when drawn at (0, 0) in @width, by the sheet or by pango:
 * the box of the pixels it paints, in points. */
static void
ink_of (WpSheetText       *text,
        const char        *string,
        double             width,
        PangoAlignment     alignment,
        gboolean           with_pango,
        cairo_rectangle_t *ink)
{
  double tall = 2 * wp_sheet_text_set (text, text->normal, string, width);
  int w = (int) ((width + 2 * BORDER) * SCALE), h = (int) ((tall + 2 * BORDER) * SCALE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, w, h);
  cairo_t *cr = cairo_create (surface);
  int left = w, right = -1, top = h, bottom = -1;
  const guint8 *data;

  cairo_scale (cr, SCALE, SCALE);
  cairo_translate (cr, BORDER, BORDER);
  if (with_pango)
    {
      wp_sheet_text_set (text, text->normal, string, width);
      pango_layout_set_alignment (text->layout, alignment);
      pango_cairo_show_layout (cr, text->layout);
      pango_layout_set_alignment (text->layout, PANGO_ALIGN_LEFT);
    }
  else
    wp_sheet_text_draw (text, cr, text->normal, string, 0, 0, width, alignment);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (data[y * cairo_image_surface_get_stride (surface) + x] > 64)
        {
          left = MIN (left, x);
          right = MAX (right, x + 1);
          top = MIN (top, y);
          bottom = MAX (bottom, y + 1);
        }
  cairo_surface_destroy (surface);
  g_assert_cmpint (right, >, left);
  *ink = (cairo_rectangle_t) { left / SCALE - BORDER, top / SCALE - BORDER,
                               (right - left) / SCALE, (bottom - top) / SCALE };
}

/* Wrapped plain text stays inside its width and inside the height measured for it, in
 * whole lines, at every width down to a few characters. */
static void
test_wraps_within_width (void)
{
  WpSheetText text;
  double line;

  wp_sheet_text_init (&text);
  line = wp_sheet_text_measure (&text, text.normal, "X", -1);
  g_assert_cmpfloat (line, >, WP_SHEET_FONT_SIZE);
  for (double width = 30; width <= 400; width += 7)
    {
      double height = wp_sheet_text_measure (&text, text.normal, problem, width);
      double lines = height / line;
      cairo_rectangle_t ink;

      g_assert_cmpfloat (fabs (lines - round (lines)), <, 1e-6);
      g_assert_cmpfloat (lines, >=, 3);
      ink_of (&text, problem, width, PANGO_ALIGN_LEFT, FALSE, &ink);
      /* Some glyphs (J, j) reach a little left of their origin. */
      g_assert_cmpfloat (ink.x, >=, -1);
      g_assert_cmpfloat (ink.x + ink.width, <=, width + 0.25);
      g_assert_cmpfloat (ink.y, >=, 0);
      g_assert_cmpfloat (ink.y + ink.height, <=, height);
      /* The last line is drawn: the ink reaches into it. */
      g_assert_cmpfloat (ink.y + ink.height, >, height - line);
    }
  wp_sheet_text_clear (&text);
}

/* A line that fits is drawn where pango would draw it, however it is aligned; a word
 * longer than the line is cut within the width as pango's word-char wrapping does. */
static void
test_same_as_pango (void)
{
  static const char * const strings[] = {
    "C-0001",
    "Microphone splitter, 8 channels: Direct 8 (XLR M)",
    "“Stage piano 1218” MIDI in → “Fog machine (DMX) 1219” DMX in",
    "Ωmega Привет café",
  };
  static const PangoAlignment alignments[] = {
    PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT,
  };
  WpSheetText text;
  cairo_rectangle_t ours, theirs;

  wp_sheet_text_init (&text);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    for (guint a = 0; a < G_N_ELEMENTS (alignments); a++)
      {
        g_assert_cmpfloat (wp_sheet_text_measure (&text, text.normal, strings[i], 400), ==,
                           wp_sheet_text_set (&text, text.normal, strings[i], 400));
        ink_of (&text, strings[i], 400, alignments[a], FALSE, &ours);
        ink_of (&text, strings[i], 400, alignments[a], TRUE, &theirs);
        g_assert_cmpfloat (ours.width, >, 10);
        g_assert_cmpfloat (fabs (ours.x - theirs.x), <, 0.3);
        g_assert_cmpfloat (fabs (ours.y - theirs.y), <, 0.2);
        g_assert_cmpfloat (fabs (ours.width - theirs.width), <, 0.3);
        g_assert_cmpfloat (fabs (ours.height - theirs.height), <, 0.2);
      }

  g_assert_cmpfloat (wp_sheet_text_measure (&text, text.normal, "C-0001-0002-0003-0004", 30), ==,
                     wp_sheet_text_set (&text, text.normal, "C-0001-0002-0003-0004", 30));
  ink_of (&text, "C-0001-0002-0003-0004", 30, PANGO_ALIGN_LEFT, FALSE, &ours);
  g_assert_cmpfloat (ours.x + ours.width, <=, 30.25);
  wp_sheet_text_clear (&text);
}

/* Text the glyph cache cannot draw (other scripts, tabs, marks) is left to pango whole. */
static void
test_other_text_goes_to_pango (void)
{
  static const char * const strings[] = {
    "مكبر الصوت 1 ومكبر الصوت 2 ومكبر الصوت 3",
    "マイク 1 とミキサー 2 とスピーカー 3 と",
    "In 1\tIn 2\tIn 3\tIn 4\tIn 5\tIn 6",
    "e\xcc\x81te\xcc\x81 lignes e\xcc\x81te\xcc\x81",
  };
  WpSheetText text;

  wp_sheet_text_init (&text);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    for (double width = 20; width <= 200; width += 30)
      {
        cairo_rectangle_t ours, theirs;

        g_assert_cmpfloat (wp_sheet_text_measure (&text, text.normal, strings[i], width), ==,
                           wp_sheet_text_set (&text, text.normal, strings[i], width));
        ink_of (&text, strings[i], width, PANGO_ALIGN_LEFT, FALSE, &ours);
        ink_of (&text, strings[i], width, PANGO_ALIGN_LEFT, TRUE, &theirs);
        g_assert_cmpfloat (ours.width, >, 0);
        g_assert_cmpfloat (ours.x, ==, theirs.x);
        g_assert_cmpfloat (ours.y, ==, theirs.y);
        g_assert_cmpfloat (ours.width, ==, theirs.width);
        g_assert_cmpfloat (ours.height, ==, theirs.height);
      }
  wp_sheet_text_clear (&text);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sheet-text/wraps-within-width", test_wraps_within_width);
  g_test_add_func ("/sheet-text/same-as-pango", test_same_as_pango);
  g_test_add_func ("/sheet-text/other-text-goes-to-pango", test_other_text_goes_to_pango);
  return g_test_run ();
}
