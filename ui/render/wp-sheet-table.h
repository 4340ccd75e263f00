/* wp-sheet-table.h: text tables of the wiring sheet, measured once and cut into pages */
#pragma once

#include "wp-sheet-text.h"

G_BEGIN_DECLS

typedef struct {
  char    *group;    /* a heading row across the table, or NULL */
  GStrv    cells;    /* one per column, when not a heading */
  double   height;
} WpSheetRow;

typedef struct {
  char       *title;
  gboolean    landscape;
  guint       n_columns;
  const char **headers;      /* translated, n_columns */
  const double *widths;      /* fractions of the width, n_columns */
  int         tick_column;   /* drawn as an empty tick box, or -1 */
  GPtrArray  *rows;          /* of WpSheetRow* */
  double      header_height;
} WpSheetTable;

/* A run of a table's rows on one page. */
typedef struct {
  WpSheetTable *table;
  guint         first;
  guint         n_rows;
  gboolean      continued;   /* not the table's first page */
  int           heading;     /* the heading row repeated atop a page that continues its
                              * group, or -1 */
} WpSheetTablePage;

WpSheetTable *wp_sheet_table_new      (const char   *title,
                                       gboolean      landscape,
                                       guint         n_columns,
                                       const char  **headers,
                                       const double *widths,
                                       int           tick_column);
void          wp_sheet_table_free     (WpSheetTable *table);
void          wp_sheet_table_add_group (WpSheetTable *table,
                                       const char   *group);
void          wp_sheet_table_add_row  (WpSheetTable *table,
                                       GStrv         cells);
void          wp_sheet_table_paginate (WpSheetTable *table,
                                       WpSheetText  *text,
                                       double        width,
                                       double        height,
                                       GArray       *pages);
void          wp_sheet_table_draw     (const WpSheetTablePage *page,
                                       WpSheetText  *text,
                                       cairo_t      *cr,
                                       double        x,
                                       double        y,
                                       double        width);

G_END_DECLS
