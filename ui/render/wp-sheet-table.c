/* wp-sheet-table.c: measuring, paginating and drawing the sheet's tables */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-sheet-table.h"

#define PAD        2.5    /* inside a cell */
#define TITLE_GAP  22.0   /* the table's title above it */
#define TICK       8.0    /* the side of a tick box */

static void
row_free (WpSheetRow *row)
{
  g_free (row->group);
  g_strfreev (row->cells);
  g_free (row);
}

WpSheetTable *
wp_sheet_table_new (const char   *title,
                    gboolean      landscape,
                    guint         n_columns,
                    const char  **headers,
                    const double *widths,
                    int           tick_column)
{
  WpSheetTable *table = g_new0 (WpSheetTable, 1);

  table->title = g_strdup (title);
  table->landscape = landscape;
  table->n_columns = n_columns;
  table->headers = headers;
  table->widths = widths;
  table->tick_column = tick_column;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  return table;
}

void
wp_sheet_table_free (WpSheetTable *table)
{
  g_free (table->title);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
wp_sheet_table_add_group (WpSheetTable *table,
                          const char   *group)
{
  WpSheetRow *row = g_new0 (WpSheetRow, 1);

  row->group = g_strdup (group);
  g_ptr_array_add (table->rows, row);
}

/* Takes @cells, which has n_columns strings. */
void
wp_sheet_table_add_row (WpSheetTable *table,
                        GStrv         cells)
{
  WpSheetRow *row = g_new0 (WpSheetRow, 1);

  g_assert (g_strv_length (cells) == table->n_columns);
  row->cells = cells;
  g_ptr_array_add (table->rows, row);
}

static double
measure_cells (WpSheetTable               *table,
               WpSheetText                *text,
               const PangoFontDescription *font,
               const char * const         *cells,
               double                      width)
{
  double height = 0;

  for (guint c = 0; c < table->n_columns; c++)
    if ((int) c != table->tick_column && cells[c][0] != '\0')
      height = MAX (height, wp_sheet_text_measure (text, font, cells[c],
                                                   table->widths[c] * width - 2 * PAD));
  return MAX (height, TICK) + 2 * PAD;
}

/* Measures every row once and appends the pages, each as full as @height allows; a
 * heading never ends a page, and a page that continues a group repeats its heading. */
void
wp_sheet_table_paginate (WpSheetTable *table,
                         WpSheetText  *text,
                         double        width,
                         double        height,
                         GArray       *pages)
{
  WpSheetTablePage page = { table, 0, 0, FALSE, -1 };
  int heading = -1;
  double used;

  table->header_height = measure_cells (table, text, text->bold, table->headers, width);
  for (guint r = 0; r < table->rows->len; r++)
    {
      WpSheetRow *row = g_ptr_array_index (table->rows, r);

      row->height = row->group != NULL
                    ? wp_sheet_text_measure (text, text->bold, row->group, width - 2 * PAD) + 2 * PAD + 4
                    : measure_cells (table, text, text->normal, (const char * const *) row->cells,
                                     width);
    }

  used = TITLE_GAP + table->header_height;
  for (guint r = 0; r < table->rows->len; r++)
    {
      WpSheetRow *row = g_ptr_array_index (table->rows, r);
      double need = row->height;

      if (row->group != NULL && r + 1 < table->rows->len)
        need += ((WpSheetRow *) g_ptr_array_index (table->rows, r + 1))->height;
      if (page.n_rows > 0 && used + need > height)
        {
          g_array_append_val (pages, page);
          page = (WpSheetTablePage) { table, r, 0, TRUE, row->group != NULL ? -1 : heading };
          used = TITLE_GAP + table->header_height;
          if (page.heading >= 0)
            used += ((WpSheetRow *) g_ptr_array_index (table->rows, heading))->height;
        }
      if (row->group != NULL)
        heading = (int) r;
      used += row->height;
      page.n_rows++;
    }
  g_array_append_val (pages, page);
}

static void
draw_heading (WpSheetText *text,
              cairo_t     *cr,
              const char  *heading,
              double       x,
              double       y,
              double       width,
              double       height)
{
  cairo_set_source_rgb (cr, 0.96, 0.96, 0.97);
  cairo_rectangle (cr, x, y + 4, width, height - 4);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  wp_sheet_text_draw (text, cr, text->bold, heading, x + PAD, y + 4 + PAD, width - 2 * PAD,
                      PANGO_ALIGN_LEFT);
}

static void
draw_cells (const WpSheetTable         *table,
            WpSheetText                *text,
            cairo_t                    *cr,
            const PangoFontDescription *font,
            const char * const         *cells,
            double                      x,
            double                      y,
            double                      width,
            double                      height)
{
  for (guint c = 0; c < table->n_columns; c++)
    {
      double w = table->widths[c] * width;

      if ((int) c == table->tick_column && cells != table->headers)
        {
          cairo_rectangle (cr, x + (w - TICK) / 2, y + PAD, TICK, TICK);
          cairo_set_line_width (cr, 0.6);
          cairo_stroke (cr);
        }
      else if (cells[c][0] != '\0')
        wp_sheet_text_draw (text, cr, font, cells[c], x + PAD, y + PAD, w - 2 * PAD,
                            PANGO_ALIGN_LEFT);
      x += w;
    }
  cairo_move_to (cr, x - width, y + height);
  cairo_rel_line_to (cr, width, 0);
  cairo_set_line_width (cr, 0.3);
  cairo_stroke (cr);
}

void
wp_sheet_table_draw (const WpSheetTablePage *page,
                     WpSheetText            *text,
                     cairo_t                *cr,
                     double                  x,
                     double                  y,
                     double                  width)
{
  const WpSheetTable *table = page->table;
  g_autofree char *title = page->continued
                           /* Translators: the title of a table continued from the page before */
                           ? g_strdup_printf (_("%s (continued)"), table->title)
                           : g_strdup (table->title);

  cairo_set_source_rgb (cr, 0, 0, 0);
  wp_sheet_text_draw (text, cr, text->heading, title, x, y, width, PANGO_ALIGN_LEFT);
  y += TITLE_GAP;

  cairo_set_source_rgb (cr, 0.9, 0.91, 0.93);
  cairo_rectangle (cr, x, y, width, table->header_height);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_cells (table, text, cr, text->bold, table->headers, x, y, width, table->header_height);
  y += table->header_height;

  if (page->heading >= 0)
    {
      WpSheetRow *row = g_ptr_array_index (table->rows, page->heading);
      /* Translators: a group of a table continued from the page before */
      g_autofree char *heading = g_strdup_printf (_("%s (continued)"), row->group);

      draw_heading (text, cr, heading, x, y, width, row->height);
      y += row->height;
    }
  for (guint r = page->first; r < page->first + page->n_rows; r++)
    {
      WpSheetRow *row = g_ptr_array_index (table->rows, r);

      if (row->group != NULL)
        draw_heading (text, cr, row->group, x, y, width, row->height);
      else
        draw_cells (table, text, cr, text->normal, (const char * const *) row->cells,
                    x, y, width, row->height);
      y += row->height;
    }
}
