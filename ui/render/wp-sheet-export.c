/* wp-sheet-export.c: PDF sheet, SVG and PNG diagram, CSV schedule and PDF cable labels */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "wp-sheet-export.h"
#include "wp-sheet-table.h"

#define DIAGRAM_MARGIN  20.0     /* plan units around an exported diagram */
#define MAX_PIXELS      32767.0  /* cairo's limit on an image side */
#define MM              (72.0 / 25.4)

gboolean
wp_export_format_from_string (const char     *name,
                              WpExportFormat *format)
{
  static const char * const names[] = { "pdf", "svg", "png", "csv", "labels" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = (WpExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
wp_export_format_from_path (const char     *path,
                            WpExportFormat *format)
{
  const char *dot = strrchr (path, '.');

  return dot != NULL && g_ascii_strcasecmp (dot + 1, "labels") != 0
         && wp_export_format_from_string (dot + 1, format);
}

static gboolean
check_surface (cairo_surface_t  *surface,
               const char       *path,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), path,
               cairo_status_to_string (status));
  return FALSE;
}

/* Finishes @surface and reports what went wrong while writing it. */
static gboolean
finish_surface (cairo_surface_t  *surface,
                const char       *path,
                GError          **error)
{
  gboolean ok;

  cairo_surface_finish (surface);
  ok = check_surface (surface, path, error);
  cairo_surface_destroy (surface);
  return ok;
}

static gboolean
write_sheet (WpPlanRenderer         *renderer,
             WpSheet                *sheet,
             const WpExportOptions  *options,
             const char             *path,
             GError                **error)
{
  g_autoptr(WpSheetDocument) document = wp_sheet_document_new (renderer, sheet, options->paper,
                                                               options->tiled);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 100, 100);
  cairo_t *cr;

  if (!check_surface (surface, path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cr = cairo_create (surface);
  for (guint i = 0; i < wp_sheet_document_get_n_pages (document); i++)
    {
      double width, height;

      wp_sheet_document_get_page_size (document, i, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      wp_sheet_document_draw_page (document, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return finish_surface (surface, path, error);
}

static gboolean
write_diagram (WpPlanRenderer         *renderer,
               const WpExportOptions  *options,
               const char             *path,
               GError                **error)
{
  cairo_rectangle_t bounds = { 0, 0, 1, 1 };
  double scale = options->format == WP_EXPORT_PNG ? options->dpi / 96.0 : 1.0;
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  wp_layout_get_plan_bounds (wp_plan_renderer_get_layout (renderer), &bounds);
  width = ceil ((bounds.width + 2 * DIAGRAM_MARGIN) * scale);
  height = ceil ((bounds.height + 2 * DIAGRAM_MARGIN) * scale);
  if (options->format == WP_EXPORT_PNG)
    {
      if (width > MAX_PIXELS || height > MAX_PIXELS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("The diagram would be %.0f × %.0f pixels at %.0f dpi, more than "
                         "%.0f pixels a side: choose a lower resolution."),
                       width, height, options->dpi, MAX_PIXELS);
          return FALSE;
        }
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
    }
  else
    surface = cairo_svg_surface_create (path, width, height);
  if (!check_surface (surface, path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cr = cairo_create (surface);
  wp_plan_renderer_draw_fitted (renderer, cr, &(cairo_rectangle_t) { 0, 0, width, height },
                                DIAGRAM_MARGIN * scale, NULL,
                                WP_SCENE_BACKGROUND | WP_SCENE_FULL_DETAIL);
  cairo_destroy (cr);
  if (options->format == WP_EXPORT_PNG)
    {
      cairo_status_t status = cairo_surface_write_to_png (surface, path);

      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                       path, cairo_status_to_string (status));
          cairo_surface_destroy (surface);
          return FALSE;
        }
    }
  ok = finish_surface (surface, path, error);
  return ok;
}

/* Common label stock: A4 Avery L7160 (3 × 7, 63.5 × 38.1 mm), Letter Avery 5160
 * (3 × 10, 2.625 × 1 in). */
typedef struct {
  guint  columns;
  guint  rows;
  double left, top, pitch_x, pitch_y, width, height;
} LabelStock;

static const LabelStock *
label_stock (WpPaper paper)
{
  static const LabelStock a4 = { 3, 7, 7.2 * MM, 15.1 * MM, 66.0 * MM, 38.1 * MM,
                                 63.5 * MM, 38.1 * MM };
  static const LabelStock letter = { 3, 10, 13.5, 36, 198, 72, 189, 72 };

  return paper == WP_PAPER_LETTER ? &letter : &a4;
}

void
wp_label_sheet_get_n_pages (WpSheet *sheet,
                            WpPaper  paper,
                            guint   *n_pages)
{
  const LabelStock *stock = label_stock (paper);
  guint per_page = stock->columns * stock->rows;

  *n_pages = MAX (1, (sheet->n_cables + per_page - 1) / per_page);
}

void
wp_label_sheet_draw_page (WpSheet *sheet,
                          WpPaper  paper,
                          cairo_t *cr,
                          guint    page)
{
  const LabelStock *stock = label_stock (paper);
  guint per_page = stock->columns * stock->rows, index = 0;
  WpSheetText text;
  PangoFontDescription *big;

  wp_sheet_text_init (&text);
  big = pango_font_description_copy (text.bold);
  pango_font_description_set_size (big, (paper == WP_PAPER_LETTER ? 14 : 18) * PANGO_SCALE);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint g = 0; g < sheet->schedule->len; g++)
    {
      WpScheduleGroup *group = g_ptr_array_index (sheet->schedule, g);

      for (guint r = 0; r < group->rows->len; r++, index++)
        {
          WpScheduleRow *row = g_ptr_array_index (group->rows, r);
          guint slot = index - page * per_page;
          double x, y, label_height;
          g_autofree char *route = NULL;

          if (index < page * per_page || slot >= per_page)
            continue;
          x = stock->left + (slot % stock->columns) * stock->pitch_x;
          y = stock->top + (slot / stock->columns) * stock->pitch_y;
          /* Translators: a cable label's route: device: port → device: port */
          route = g_strdup_printf (_("%s: %s → %s: %s"), row->from.device, row->from.port,
                                   row->to.device, row->to.port);
          label_height = wp_sheet_text_set (&text, big, row->label, stock->width - 12)
                         + wp_sheet_text_measure (&text, text.normal, route, stock->width - 12) + 2;
          y += MAX (4, (stock->height - label_height) / 2);
          wp_sheet_text_draw (&text, cr, big, row->label, x + 6, y, stock->width - 12,
                              PANGO_ALIGN_CENTER);
          y += wp_sheet_text_set (&text, big, row->label, stock->width - 12) + 2;
          wp_sheet_text_draw (&text, cr, text.normal, route, x + 6, y, stock->width - 12,
                              PANGO_ALIGN_CENTER);
        }
    }
  cairo_restore (cr);
  pango_font_description_free (big);
  wp_sheet_text_clear (&text);
}

static gboolean
write_labels (WpSheet                *sheet,
              const WpExportOptions  *options,
              const char             *path,
              GError                **error)
{
  double width, height;
  guint n_pages;
  cairo_surface_t *surface;
  cairo_t *cr;

  wp_paper_get_size (options->paper, &width, &height);
  surface = cairo_pdf_surface_create (path, width, height);
  if (!check_surface (surface, path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cr = cairo_create (surface);
  wp_label_sheet_get_n_pages (sheet, options->paper, &n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      wp_label_sheet_draw_page (sheet, options->paper, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return finish_surface (surface, path, error);
}

gboolean
wp_export_plan (WpPlan                 *plan,
                WpCatalogue            *catalogue,
                const WpExportOptions  *options,
                const char             *path,
                GError                **error)
{
  g_autoptr(WpSheet) sheet = NULL;
  g_autoptr(WpLayout) layout = NULL;
  g_autoptr(WpPlanRenderer) renderer = NULL;

  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (options != NULL && path != NULL, FALSE);

  if (options->format == WP_EXPORT_SVG || options->format == WP_EXPORT_PNG)
    {
      layout = wp_layout_new (plan, catalogue);
      renderer = wp_plan_renderer_new (layout);
      return write_diagram (renderer, options, path, error);
    }
  sheet = wp_sheet_new (plan, options->prefixes);
  switch (options->format)
    {
    case WP_EXPORT_CSV:
      return wp_sheet_write_csv (sheet, path, error);
    case WP_EXPORT_LABELS:
      return write_labels (sheet, options, path, error);
    case WP_EXPORT_PDF:
    case WP_EXPORT_SVG:
    case WP_EXPORT_PNG:
    default:
      layout = wp_layout_new (plan, catalogue);
      renderer = wp_plan_renderer_new (layout);
      return write_sheet (renderer, sheet, options, path, error);
    }
}
