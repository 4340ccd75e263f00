/* wp-sheet-export.h: the wiring sheet, the diagram and the cable labels as files */
#pragma once

#include "wp-sheet-renderer.h"

G_BEGIN_DECLS

typedef enum {
  WP_EXPORT_PDF,      /* the wiring sheet */
  WP_EXPORT_SVG,      /* the diagram */
  WP_EXPORT_PNG,      /* the diagram, at a DPI */
  WP_EXPORT_CSV,      /* the cable schedule */
  WP_EXPORT_LABELS,   /* a PDF of cable labels */
} WpExportFormat;

typedef struct {
  WpExportFormat  format;
  WpPaper         paper;
  gboolean        tiled;
  double          dpi;
  GHashTable     *prefixes;   /* label prefixes, or NULL for the defaults */
} WpExportOptions;

gboolean wp_export_format_from_string (const char            *name,
                                       WpExportFormat        *format);
gboolean wp_export_format_from_path   (const char            *path,
                                       WpExportFormat        *format);
gboolean wp_export_plan               (WpPlan                *plan,
                                       WpCatalogue           *catalogue,
                                       const WpExportOptions *options,
                                       const char            *path,
                                       GError               **error);
void     wp_label_sheet_get_n_pages   (WpSheet               *sheet,
                                       WpPaper                paper,
                                       guint                 *n_pages);
void     wp_label_sheet_draw_page     (WpSheet               *sheet,
                                       WpPaper                paper,
                                       cairo_t               *cr,
                                       guint                  page);

G_END_DECLS
