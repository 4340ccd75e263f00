/* wp-spatial-index.c: uniform grid buckets of bounding boxes */
#include "config.h"

#include <math.h>

#include "wp-spatial-index.h"

/* An item over more cells than this is kept in one list instead: moving a device
 * moves its cables, and a long cable re-filed into hundreds of cells made a drag slow. */
#define MAX_CELLS 16

typedef struct {
  gpointer          item;
  cairo_rectangle_t bounds;
  int               x0, y0, x1, y1;  /* the cells it is in, inclusive */
  guint             stamp;           /* the last query that returned it */
  int               large;           /* its place in WpSpatialIndex.large, or -1 */
} Entry;

typedef struct {
  gint64     key;
  GPtrArray *entries;
} Cell;

struct _WpSpatialIndex
{
  double      cell_size;
  GHashTable *cells;    /* &Cell.key -> Cell */
  GHashTable *entries;  /* item -> Entry */
  GPtrArray  *large;    /* of Entry: those over more than MAX_CELLS cells */
  guint       stamp;
};

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_ptr_array_unref (cell->entries);
  g_free (cell);
}

WpSpatialIndex *
wp_spatial_index_new (double cell_size)
{
  WpSpatialIndex *self = g_new0 (WpSpatialIndex, 1);

  g_return_val_if_fail (cell_size > 0, NULL);

  self->cell_size = cell_size;
  self->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, cell_free);
  self->entries = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->large = g_ptr_array_new ();
  return self;
}

void
wp_spatial_index_free (WpSpatialIndex *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->large);
  g_hash_table_unref (self->entries);
  g_hash_table_unref (self->cells);
  g_free (self);
}

static gint64
cell_key (int x,
          int y)
{
  return (gint64) ((guint64) (guint32) x << 32 | (guint32) y);
}

static int
cell_of (WpSpatialIndex *self,
         double          v)
{
  return (int) CLAMP (floor (v / self->cell_size), G_MININT32 / 2, G_MAXINT32 / 2);
}

static void
cell_range (WpSpatialIndex          *self,
            const cairo_rectangle_t *r,
            int                     *x0,
            int                     *y0,
            int                     *x1,
            int                     *y1)
{
  *x0 = cell_of (self, r->x);
  *y0 = cell_of (self, r->y);
  *x1 = cell_of (self, r->x + r->width);
  *y1 = cell_of (self, r->y + r->height);
}

static gboolean
is_large (const Entry *entry)
{
  return (gint64) (entry->x1 - entry->x0 + 1) * (entry->y1 - entry->y0 + 1) > MAX_CELLS;
}

static void
unlink_entry (WpSpatialIndex *self,
              Entry          *entry)
{
  if (entry->large >= 0)
    {
      Entry *last = g_ptr_array_index (self->large, self->large->len - 1);

      last->large = entry->large;
      g_ptr_array_remove_index_fast (self->large, entry->large);
      entry->large = -1;
      return;
    }
  for (int x = entry->x0; x <= entry->x1; x++)
    for (int y = entry->y0; y <= entry->y1; y++)
      {
        gint64 key = cell_key (x, y);
        Cell *cell = g_hash_table_lookup (self->cells, &key);

        g_assert (cell != NULL);
        g_ptr_array_remove_fast (cell->entries, entry);
        if (cell->entries->len == 0)
          g_hash_table_remove (self->cells, &key);
      }
}

/* Adds ITEM, or moves it when it is already there. */
void
wp_spatial_index_set (WpSpatialIndex          *self,
                      gpointer                 item,
                      const cairo_rectangle_t *bounds)
{
  Entry *entry;

  g_return_if_fail (self != NULL);
  g_return_if_fail (bounds != NULL);

  entry = g_hash_table_lookup (self->entries, item);
  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->item = item;
      entry->large = -1;
      g_hash_table_insert (self->entries, item, entry);
    }
  else
    {
      unlink_entry (self, entry);
    }

  entry->bounds = *bounds;
  cell_range (self, bounds, &entry->x0, &entry->y0, &entry->x1, &entry->y1);
  if (is_large (entry))
    {
      entry->large = self->large->len;
      g_ptr_array_add (self->large, entry);
      return;
    }
  for (int x = entry->x0; x <= entry->x1; x++)
    for (int y = entry->y0; y <= entry->y1; y++)
      {
        gint64 key = cell_key (x, y);
        Cell *cell = g_hash_table_lookup (self->cells, &key);

        if (cell == NULL)
          {
            cell = g_new0 (Cell, 1);
            cell->key = key;
            cell->entries = g_ptr_array_new ();
            g_hash_table_insert (self->cells, &cell->key, cell);
          }
        g_ptr_array_add (cell->entries, entry);
      }
}

void
wp_spatial_index_remove (WpSpatialIndex *self,
                         gpointer        item)
{
  Entry *entry;

  g_return_if_fail (self != NULL);

  entry = g_hash_table_lookup (self->entries, item);
  if (entry == NULL)
    return;
  unlink_entry (self, entry);
  g_hash_table_remove (self->entries, item);
}

gboolean
wp_spatial_index_get_bounds (WpSpatialIndex    *self,
                             gpointer           item,
                             cairo_rectangle_t *bounds)
{
  Entry *entry;

  g_return_val_if_fail (self != NULL, FALSE);

  entry = g_hash_table_lookup (self->entries, item);
  if (entry == NULL)
    return FALSE;
  if (bounds != NULL)
    *bounds = entry->bounds;
  return TRUE;
}

guint
wp_spatial_index_get_n_items (WpSpatialIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return g_hash_table_size (self->entries);
}

static gboolean
meets_any (const cairo_rectangle_t *bounds,
           const cairo_rectangle_t *areas,
           guint                    n_areas)
{
  for (guint i = 0; i < n_areas; i++)
    if (wp_rectangle_intersects (bounds, &areas[i]))
      return TRUE;
  return FALSE;
}

/* Appends to ITEMS, once each and in no particular order, the items whose bounds meet
 * any of the N_AREAS AREAS. */
void
wp_spatial_index_query_areas (WpSpatialIndex          *self,
                              const cairo_rectangle_t *areas,
                              guint                    n_areas,
                              GPtrArray               *items)
{
  guint64 n_cells = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (areas != NULL || n_areas == 0);
  g_return_if_fail (items != NULL);

  self->stamp++;
  for (guint a = 0; a < n_areas; a++)
    {
      int x0, y0, x1, y1;

      cell_range (self, &areas[a], &x0, &y0, &x1, &y1);
      n_cells += (guint64) (x1 - x0 + 1) * (guint64) (y1 - y0 + 1);
    }

  /* Areas larger than the occupied grid: walking the cells that exist is cheaper. */
  if (n_cells > g_hash_table_size (self->cells))
    {
      GHashTableIter iter;
      Entry *entry;

      g_hash_table_iter_init (&iter, self->entries);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
        if (meets_any (&entry->bounds, areas, n_areas))
          g_ptr_array_add (items, entry->item);
      return;
    }

  for (guint i = 0; i < self->large->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->large, i);

      if (meets_any (&entry->bounds, areas, n_areas))
        {
          entry->stamp = self->stamp;
          g_ptr_array_add (items, entry->item);
        }
    }
  for (guint a = 0; a < n_areas; a++)
    {
      const cairo_rectangle_t *area = &areas[a];
      int x0, y0, x1, y1;

      cell_range (self, area, &x0, &y0, &x1, &y1);
      for (int x = x0; x <= x1; x++)
        for (int y = y0; y <= y1; y++)
          {
            gint64 key = cell_key (x, y);
            Cell *cell = g_hash_table_lookup (self->cells, &key);

            if (cell == NULL)
              continue;
            for (guint i = 0; i < cell->entries->len; i++)
              {
                Entry *entry = g_ptr_array_index (cell->entries, i);

                /* Each item once, over all the areas. */
                if (entry->stamp != self->stamp && wp_rectangle_intersects (&entry->bounds, area))
                  {
                    entry->stamp = self->stamp;
                    g_ptr_array_add (items, entry->item);
                  }
              }
          }
    }
}

/* Appends to ITEMS, once each and in no particular order, the items whose bounds meet AREA. */
void
wp_spatial_index_query (WpSpatialIndex          *self,
                        const cairo_rectangle_t *area,
                        GPtrArray               *items)
{
  g_return_if_fail (area != NULL);

  wp_spatial_index_query_areas (self, area, 1, items);
}

gboolean
wp_rectangle_intersects (const cairo_rectangle_t *a,
                         const cairo_rectangle_t *b)
{
  return a->x <= b->x + b->width && b->x <= a->x + a->width &&
         a->y <= b->y + b->height && b->y <= a->y + a->height;
}

/* Whether OUTER holds all of INNER. */
gboolean
wp_rectangle_contains (const cairo_rectangle_t *outer,
                       const cairo_rectangle_t *inner)
{
  return inner->x >= outer->x && inner->y >= outer->y
         && inner->x + inner->width <= outer->x + outer->width
         && inner->y + inner->height <= outer->y + outer->height;
}

/* R with MARGIN more on every side. */
cairo_rectangle_t
wp_rectangle_grow (const cairo_rectangle_t *r,
                   double                   margin)
{
  return (cairo_rectangle_t) { r->x - margin, r->y - margin,
                               r->width + 2 * margin, r->height + 2 * margin };
}

/* Grows A to hold B too; an A of negative width is empty. */
void
wp_rectangle_union (cairo_rectangle_t       *a,
                    const cairo_rectangle_t *b)
{
  double x0, y0, x1, y1;

  if (a->width < 0)
    {
      *a = *b;
      return;
    }
  x0 = MIN (a->x, b->x);
  y0 = MIN (a->y, b->y);
  x1 = MAX (a->x + a->width, b->x + b->width);
  y1 = MAX (a->y + a->height, b->y + b->height);
  *a = (cairo_rectangle_t) { x0, y0, x1 - x0, y1 - y0 };
}
