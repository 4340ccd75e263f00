/* wp-sheet-renderer.c: the wiring sheet's pages: title block, diagram, tables */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "wp-sheet-renderer.h"
#include "wp-problem.h"
#include "wp-rule-help.h"
#include "wp-sheet-table.h"

#define MARGIN        30.0   /* points, around the page */
#define TITLE_BLOCK   34.0   /* the band at the foot of every page */
#define TILE_SCALE     0.6   /* points per plan unit on tiled diagram pages */
#define TILE_OVERLAP  36.0   /* points each tile repeats of its neighbours */

typedef enum {
  PAGE_DIAGRAM,
  PAGE_TABLE,
} PageKind;

typedef struct {
  PageKind          kind;
  gboolean          landscape;
  /* PAGE_DIAGRAM: the plan area; tiled pages have a row and column */
  cairo_rectangle_t area;
  gboolean          tiled;
  guint             row;
  guint             column;
  /* PAGE_TABLE */
  WpSheetTablePage  table;
} Page;

struct _WpSheetDocument {
  WpPlanRenderer *renderer;
  WpSheet        *sheet;
  WpPaper         paper;
  WpCableStates  *states;
  WpSheetText     text;
  GPtrArray      *tables;   /* of WpSheetTable* */
  GArray         *pages;    /* of Page */
  guint           rows;     /* tiles of the diagram */
  guint           columns;
};

void
wp_paper_get_size (WpPaper  paper,
                   double  *width,
                   double  *height)
{
  /* Portrait, in points. */
  *width = paper == WP_PAPER_LETTER ? 612.0 : 595.276;
  *height = paper == WP_PAPER_LETTER ? 792.0 : 841.89;
}

gboolean
wp_paper_from_string (const char *name,
                      WpPaper    *paper)
{
  if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = WP_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = WP_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

void
wp_sheet_document_get_page_size (WpSheetDocument *self,
                                 guint            page,
                                 double          *width,
                                 double          *height)
{
  double w, h;

  g_return_if_fail (page < self->pages->len);

  wp_paper_get_size (self->paper, &w, &h);
  if (g_array_index (self->pages, Page, page).landscape)
    {
      *width = h;
      *height = w;
    }
  else
    {
      *width = w;
      *height = h;
    }
}

static void
content_size (WpSheetDocument *self,
              gboolean         landscape,
              double          *width,
              double          *height)
{
  double w, h;

  wp_paper_get_size (self->paper, &w, &h);
  *width = (landscape ? h : w) - 2 * MARGIN;
  *height = (landscape ? w : h) - 2 * MARGIN - TITLE_BLOCK - 8;
}

static void
add_diagram_pages (WpSheetDocument *self,
                   gboolean         tiled)
{
  WpLayout *layout = wp_plan_renderer_get_layout (self->renderer);
  cairo_rectangle_t bounds = { 0, 0, 1, 1 };
  Page page = { .kind = PAGE_DIAGRAM, .landscape = TRUE };
  double width, height, step_x, step_y;

  wp_layout_get_plan_bounds (layout, &bounds);
  content_size (self, TRUE, &width, &height);
  step_x = (width - TILE_OVERLAP) / TILE_SCALE;
  step_y = (height - TILE_OVERLAP) / TILE_SCALE;
  self->columns = tiled ? MAX (1, (guint) ceil ((bounds.width * TILE_SCALE - TILE_OVERLAP)
                                                / (width - TILE_OVERLAP))) : 1;
  self->rows = tiled ? MAX (1, (guint) ceil ((bounds.height * TILE_SCALE - TILE_OVERLAP)
                                             / (height - TILE_OVERLAP))) : 1;
  if (self->rows * self->columns == 1)
    {
      page.area = bounds;
      g_array_append_val (self->pages, page);
      return;
    }
  page.tiled = TRUE;
  for (guint r = 0; r < self->rows; r++)
    for (guint c = 0; c < self->columns; c++)
      {
        page.row = r;
        page.column = c;
        page.area = (cairo_rectangle_t) { bounds.x + c * step_x, bounds.y + r * step_y,
                                          width / TILE_SCALE, height / TILE_SCALE };
        g_array_append_val (self->pages, page);
      }
}

static char *
length_text (double length_m)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (length_m))
    return g_strdup ("");
  g_ascii_formatd (number, sizeof number, "%g", length_m);
  /* Translators: a cable length in metres */
  return g_strdup_printf (_("%s m"), number);
}

static char *
end_text (const WpSheetEnd *end)
{
  /* Translators: a cable end on the schedule: device, port and connector; the group
   * heading above names the zones */
  return g_strdup_printf (_("%s: %s (%s)"), end->device, end->port, end->connector);
}

static GStrv
make_cells (guint n, ...)
{
  GStrv cells = g_new0 (char *, n + 1);
  va_list args;

  va_start (args, n);
  for (guint i = 0; i < n; i++)
    cells[i] = va_arg (args, char *);
  va_end (args);
  return cells;
}

static WpSheetTable *
schedule_table (WpSheet *sheet)
{
  static const char *headers[8];
  static const double widths[] = { 0.025, 0.07, 0.21, 0.21, 0.16, 0.05, 0.12, 0.155 };
  WpSheetTable *table;

  headers[0] = "";
  headers[1] = _("Label");
  headers[2] = _("From");
  headers[3] = _("To");
  headers[4] = _("Cable type");
  headers[5] = _("Length");
  headers[6] = _("Notes");
  headers[7] = _("Problems");
  table = wp_sheet_table_new (_("Cable schedule"), TRUE, 8, headers, widths, 0);
  for (guint g = 0; g < sheet->schedule->len; g++)
    {
      WpScheduleGroup *group = g_ptr_array_index (sheet->schedule, g);

      wp_sheet_table_add_group (table, group->title);
      for (guint r = 0; r < group->rows->len; r++)
        {
          WpScheduleRow *row = g_ptr_array_index (group->rows, r);

          wp_sheet_table_add_row (table, make_cells (8, g_strdup (""), g_strdup (row->label),
                                                     end_text (&row->from), end_text (&row->to),
                                                     g_strdup (row->type),
                                                     length_text (row->length_m),
                                                     g_strdup (row->notes),
                                                     g_strdup (row->problem_refs)));
        }
    }
  return table;
}

static WpSheetTable *
inputs_table (WpSheet *sheet)
{
  static const char *headers[4];
  static const double widths[] = { 0.3, 0.4, 0.15, 0.15 };
  WpSheetTable *table;

  headers[0] = _("Channel");
  headers[1] = _("Source");
  headers[2] = _("Mic or DI");
  headers[3] = _("Phantom");
  table = wp_sheet_table_new (_("Input list"), FALSE, 4, headers, widths, -1);
  for (guint l = 0; l < sheet->inputs->len; l++)
    {
      WpInputList *list = g_ptr_array_index (sheet->inputs, l);

      wp_sheet_table_add_group (table, list->device);
      for (guint r = 0; r < list->rows->len; r++)
        {
          WpInputRow *row = g_ptr_array_index (list->rows, r);

          wp_sheet_table_add_row (table, make_cells (4, g_strdup (row->channel),
                                                     g_strdup (row->source), g_strdup (row->kind),
                                                     g_strdup (row->phantom ? _("On") : "")));
        }
    }
  return table;
}

static void
add_pack_rows (WpSheetTable *table,
               const char   *group,
               GPtrArray    *rows)
{
  if (rows->len == 0)
    return;
  wp_sheet_table_add_group (table, group);
  for (guint r = 0; r < rows->len; r++)
    {
      WpPackRow *row = g_ptr_array_index (rows, r);

      wp_sheet_table_add_row (table, make_cells (4, g_strdup (row->item),
                                                 length_text (row->length_m),
                                                 g_strdup_printf ("%u", row->count),
                                                 g_strdup (row->detail)));
    }
}

static WpSheetTable *
pack_table (WpSheet *sheet)
{
  static const char *headers[4];
  static const double widths[] = { 0.42, 0.1, 0.08, 0.4 };
  WpSheetTable *table;

  headers[0] = _("Item");
  headers[1] = _("Length");
  headers[2] = _("Count");
  headers[3] = _("Devices");
  table = wp_sheet_table_new (_("Pack list"), FALSE, 4, headers, widths, -1);
  add_pack_rows (table, _("Cables (stock lengths)"), sheet->pack_cables);
  add_pack_rows (table, _("Adapters"), sheet->pack_adapters);
  add_pack_rows (table, _("Devices by model"), sheet->pack_devices);
  return table;
}

/* "Phantom power (phantom-missing)": the heading of a rule's problems. */
static char *
rule_heading (const char *rule)
{
  WpRuleHelp help;

  if (!wp_rule_help_lookup (rule, &help))
    return g_strdup (rule);
  /* Translators: a group of the open problems: the rule's title and its id */
  return g_strdup_printf (_("%s (%s)"), help.title, rule);
}

/* Numbered as the schedule refers to them (P1, P2 …), one group per rule. */
static WpSheetTable *
problems_table (WpSheet *sheet)
{
  static const char *headers[4];
  static const double widths[] = { 0.06, 0.09, 0.72, 0.13 };
  static const char * const severities[] = { N_("Note"), N_("Warning"), N_("Error") };
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  const char *rule = NULL;
  WpSheetTable *table;

  for (guint g = 0; g < sheet->schedule->len; g++)
    {
      WpScheduleGroup *group = g_ptr_array_index (sheet->schedule, g);

      for (guint r = 0; r < group->rows->len; r++)
        {
          WpScheduleRow *row = g_ptr_array_index (group->rows, r);

          g_hash_table_insert (labels, (gpointer) wp_cable_get_id (row->cable), row->label);
        }
    }
  headers[0] = _("No.");
  headers[1] = _("Severity");
  headers[2] = _("Problem and fix");
  headers[3] = _("Cables");
  table = wp_sheet_table_new (_("Open problems"), FALSE, 4, headers, widths, -1);
  if (sheet->problems->len == 0)
    wp_sheet_table_add_group (table, _("No open problems."));
  for (guint i = 0; i < sheet->problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (sheet->problems, i);
      GString *cables = g_string_new (NULL);

      if (rule == NULL || !g_str_equal (rule, problem->rule))
        {
          g_autofree char *heading = rule_heading (problem->rule);

          wp_sheet_table_add_group (table, heading);
          rule = problem->rule;
        }
      for (guint c = 0; c < problem->cables->len; c++)
        {
          const char *label = g_hash_table_lookup (labels, g_ptr_array_index (problem->cables, c));

          if (cables->len > 0)
            g_string_append (cables, _(", "));
          g_string_append (cables, label != NULL ? label : g_ptr_array_index (problem->cables, c));
        }
      wp_sheet_table_add_row (table, make_cells (4, wp_sheet_problem_number (i),
                                                 g_strdup (_(severities[problem->severity])),
                                                 g_strdup_printf ("%s\n%s", problem->message,
                                                                  problem->fix),
                                                 g_string_free (cables, FALSE)));
    }
  return table;
}

WpSheetDocument *
wp_sheet_document_new (WpPlanRenderer *renderer,
                       WpSheet        *sheet,
                       WpPaper         paper,
                       gboolean        tiled)
{
  WpSheetDocument *self;

  g_return_val_if_fail (WP_IS_PLAN_RENDERER (renderer), NULL);
  g_return_val_if_fail (sheet != NULL, NULL);

  self = g_new0 (WpSheetDocument, 1);
  self->renderer = g_object_ref (renderer);
  self->sheet = sheet;
  self->paper = paper;
  self->states = wp_cable_states_new ();
  wp_cable_states_add_problems (self->states, sheet->problems);
  wp_sheet_text_init (&self->text);
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  self->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_sheet_table_free);

  add_diagram_pages (self, tiled);
  g_ptr_array_add (self->tables, schedule_table (sheet));
  g_ptr_array_add (self->tables, inputs_table (sheet));
  g_ptr_array_add (self->tables, pack_table (sheet));
  g_ptr_array_add (self->tables, problems_table (sheet));
  for (guint t = 0; t < self->tables->len; t++)
    {
      WpSheetTable *table = g_ptr_array_index (self->tables, t);
      g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (WpSheetTablePage));
      double width, height;

      if (table->rows->len == 0)
        continue;
      content_size (self, table->landscape, &width, &height);
      wp_sheet_table_paginate (table, &self->text, width, height, runs);
      for (guint i = 0; i < runs->len; i++)
        {
          Page page = { .kind = PAGE_TABLE, .landscape = table->landscape,
                        .table = g_array_index (runs, WpSheetTablePage, i) };

          g_array_append_val (self->pages, page);
        }
    }
  return self;
}

void
wp_sheet_document_free (WpSheetDocument *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->renderer);
  wp_cable_states_free (self->states);
  wp_sheet_text_clear (&self->text);
  g_ptr_array_unref (self->tables);
  g_array_unref (self->pages);
  g_free (self);
}

guint
wp_sheet_document_get_n_pages (WpSheetDocument *self)
{
  return self->pages->len;
}

gboolean
wp_sheet_document_is_landscape (WpSheetDocument *self,
                                guint            page)
{
  g_return_val_if_fail (page < self->pages->len, FALSE);
  return g_array_index (self->pages, Page, page).landscape;
}

/* Title, venue, date, revision and "Page N of M" at the foot of the page. */
static void
draw_title_block (WpSheetDocument *self,
                  cairo_t         *cr,
                  guint            index,
                  double           width,
                  double           height)
{
  WpPlan *plan = wp_layout_get_plan (wp_plan_renderer_get_layout (self->renderer));
  const char *title = wp_plan_get_meta (plan, WP_META_TITLE);
  double x = MARGIN, y = height - MARGIN - TITLE_BLOCK, w = width - 2 * MARGIN;
  g_autofree char *details = NULL;
  g_autofree char *number = NULL;

  details = g_strdup_printf (_("Venue: %s    Date: %s    Revision: %s"),
                             wp_plan_get_meta (plan, WP_META_VENUE) ?: "",
                             wp_plan_get_meta (plan, WP_META_DATE) ?: "",
                             wp_plan_get_meta (plan, WP_META_REVISION) ?: "");
  number = g_strdup_printf (_("Page %u of %u"), index + 1, self->pages->len);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, x, y, w, TITLE_BLOCK);
  cairo_stroke (cr);
  wp_sheet_text_draw (&self->text, cr, self->text.bold,
                      title != NULL && *title != '\0' ? title : _("Untitled plan"),
                      x + 6, y + 4, w * 0.7, PANGO_ALIGN_LEFT);
  wp_sheet_text_draw (&self->text, cr, self->text.normal, details, x + 6, y + 19, w * 0.7,
                      PANGO_ALIGN_LEFT);
  wp_sheet_text_draw (&self->text, cr, self->text.bold, number, x + w * 0.7, y + 4,
                      w * 0.3 - 6, PANGO_ALIGN_RIGHT);
  wp_sheet_text_draw (&self->text, cr, self->text.normal, _("Wiring sheet"), x + w * 0.7,
                      y + 19, w * 0.3 - 6, PANGO_ALIGN_RIGHT);
}

/* "B2": the tile's row as a letter (A, B … Z, AA …), its column as a number. */
static char *
tile_name (guint row,
           guint column)
{
  GString *name = g_string_new (NULL);

  for (guint r = row + 1; r > 0; r = (r - 1) / 26)
    g_string_prepend_c (name, (char) ('A' + (r - 1) % 26));
  g_string_append_printf (name, "%u", column + 1);
  return g_string_free (name, FALSE);
}

static void
draw_reference (WpSheetDocument *self,
                cairo_t         *cr,
                guint            row,
                guint            column,
                const char      *arrow,
                double           x,
                double           y,
                double           width,
                PangoAlignment   alignment)
{
  g_autofree char *name = tile_name (row, column);
  /* Translators: a reference to the neighbouring diagram tile: arrow, tile, page */
  g_autofree char *text = g_strdup_printf (_("%s %s (page %u)"), arrow, name,
                                           row * self->columns + column + 1);

  /* The tiles are the first pages, in reading order. */

  wp_sheet_text_draw (&self->text, cr, self->text.bold, text, x, y, width, alignment);
}

static void
draw_diagram (WpSheetDocument *self,
              cairo_t         *cr,
              const Page      *page,
              double           width,
              double           height)
{
  cairo_rectangle_t target = { MARGIN, MARGIN, width - 2 * MARGIN,
                               height - 2 * MARGIN - TITLE_BLOCK - 8 };

  if (!page->tiled)
    {
      wp_plan_renderer_draw_fitted (self->renderer, cr, &target, 6, self->states,
                                    WP_SCENE_FULL_DETAIL);
      return;
    }

  cairo_save (cr);
  cairo_rectangle (cr, target.x, target.y, target.width, target.height);
  cairo_clip (cr);
  cairo_translate (cr, target.x, target.y);
  cairo_scale (cr, TILE_SCALE, TILE_SCALE);
  cairo_translate (cr, -page->area.x, -page->area.y);
  wp_plan_renderer_draw_scene (self->renderer, cr, &page->area, self->states,
                               WP_SCENE_FULL_DETAIL);
  cairo_restore (cr);

  /* The overlap with the neighbours, dashed, and where each neighbour is. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, target.x, target.y, target.width, target.height);
  cairo_stroke (cr);
  cairo_set_dash (cr, (double[]) { 3, 3 }, 2, 0);
  if (page->column + 1 < self->columns)
    {
      cairo_move_to (cr, target.x + target.width - TILE_OVERLAP, target.y);
      cairo_rel_line_to (cr, 0, target.height);
    }
  if (page->row + 1 < self->rows)
    {
      cairo_move_to (cr, target.x, target.y + target.height - TILE_OVERLAP);
      cairo_rel_line_to (cr, target.width, 0);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  {
    g_autofree char *name = tile_name (page->row, page->column);
    /* Translators: the name of a diagram tile, e.g. "Diagram, tile B2" */
    g_autofree char *caption = g_strdup_printf (_("Diagram, tile %s"), name);

    wp_sheet_text_draw (&self->text, cr, self->text.bold, caption, MARGIN, MARGIN - 14,
                        target.width / 3, PANGO_ALIGN_LEFT);
  }
  if (page->row > 0)
    draw_reference (self, cr, page->row - 1, page->column, "↑", MARGIN + target.width / 3,
                    MARGIN - 14, target.width / 3, PANGO_ALIGN_CENTER);
  if (page->row + 1 < self->rows)
    draw_reference (self, cr, page->row + 1, page->column, "↓", MARGIN + target.width / 3,
                    MARGIN + target.height + 0.5, target.width / 3, PANGO_ALIGN_CENTER);
  if (page->column > 0)
    draw_reference (self, cr, page->row, page->column - 1, "←", MARGIN,
                    MARGIN + target.height + 0.5, target.width / 3, PANGO_ALIGN_LEFT);
  if (page->column + 1 < self->columns)
    draw_reference (self, cr, page->row, page->column + 1, "→",
                    MARGIN + 2 * target.width / 3, MARGIN + target.height + 0.5,
                    target.width / 3, PANGO_ALIGN_RIGHT);
}

void
wp_sheet_document_draw_page (WpSheetDocument *self,
                             cairo_t         *cr,
                             guint            index)
{
  const Page *page;
  double width, height;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->pages->len);

  page = &g_array_index (self->pages, Page, index);
  wp_sheet_document_get_page_size (self, index, &width, &height);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (page->kind == PAGE_DIAGRAM)
    draw_diagram (self, cr, page, width, height);
  else
    wp_sheet_table_draw (&page->table, &self->text, cr, MARGIN, MARGIN, width - 2 * MARGIN);
  draw_title_block (self, cr, index, width, height);
  cairo_restore (cr);
}
