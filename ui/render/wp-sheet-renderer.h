/* wp-sheet-renderer.h: the pages of the wiring sheet, drawn with cairo and pango
 *
 * A WpSheetDocument lays the sheet out once (diagram pages, then the cable schedule, the
 * input lists, the pack list and the open problems, each table cut into pages) and then
 * draws any page onto any cairo context whose units are points with the origin at the
 * page's top-left corner: PDF export and printing both call it.
 */
#pragma once

#include <cairo.h>

#include "wp-plan-renderer.h"
#include "wp-sheet.h"

G_BEGIN_DECLS

typedef enum {
  WP_PAPER_A4,
  WP_PAPER_LETTER,
} WpPaper;

typedef struct _WpSheetDocument WpSheetDocument;

void             wp_paper_get_size              (WpPaper           paper,
                                                 double           *width,
                                                 double           *height);
gboolean         wp_paper_from_string           (const char       *name,
                                                 WpPaper          *paper);
WpSheetDocument *wp_sheet_document_new          (WpPlanRenderer   *renderer,
                                                 WpSheet          *sheet,
                                                 WpPaper           paper,
                                                 gboolean          tiled);
void             wp_sheet_document_free         (WpSheetDocument  *self);
guint            wp_sheet_document_get_n_pages  (WpSheetDocument  *self);
gboolean         wp_sheet_document_is_landscape (WpSheetDocument  *self,
                                                 guint             page);
void             wp_sheet_document_get_page_size (WpSheetDocument *self,
                                                 guint             page,
                                                 double           *width,
                                                 double           *height);
void             wp_sheet_document_draw_page    (WpSheetDocument  *self,
                                                 cairo_t          *cr,
                                                 guint             page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpSheetDocument, wp_sheet_document_free)

G_END_DECLS
