/* wp-list-fill.c: putting many items into a list a few per frame
 *
 * GTK 4.8's list view makes and measures a row for each of the first 200 or so
 * items of its model in one go: 6,609 problems, or the catalogue's 187 devices,
 * held up the main loop for 0.03-0.4 s. Given a few per frame, the rows come
 * over a few frames instead. Past those first items no rows are made, so the
 * rest go in at once.
 */
#include "config.h"

#include "wp-list-fill.h"

/* A row with wrapped labels takes about 1 ms to make and measure. Four at first
 * keep a new window's first layout, which measures everything else too, within
 * a frame and a half (a dozen took two); then a dozen a frame. The chunks come
 * a frame apart: as idles, several went in before a frame, which then took
 * 50-70 ms to measure them. */
#define FIRST_CHUNK        4
#define CHUNK              12
#define CHUNK_MILLISECONDS 16
#define GRADUAL_ITEMS      240

struct _WpListFill
{
  GListStore *store;
  GPtrArray  *items;
  guint       n_done;     /* of @items in @store */
  guint           source_id;
  WpListFillDone  done;
  gpointer        data;
};

/* Puts the next @n items at the end of the store; TRUE once all are in. */
static gboolean
add_items (WpListFill *self,
           guint       n)
{
  n = MIN (n, self->items->len - self->n_done);
  g_list_store_splice (self->store, g_list_model_get_n_items (G_LIST_MODEL (self->store)), 0,
                       self->items->pdata + self->n_done, n);
  self->n_done += n;
  return self->n_done == self->items->len;
}

static gboolean
add_some (gpointer data)
{
  WpListFill *self = data;

  if (!add_items (self, self->n_done < GRADUAL_ITEMS ? CHUNK : G_MAXUINT))
    return G_SOURCE_CONTINUE;
  self->source_id = 0;
  /* Last: the callback may free the fill. */
  if (self->done != NULL)
    self->done (self->data);
  return G_SOURCE_REMOVE;
}

/* Replaces the contents of @store by @items (of its item type), the first few
 * now, the others over the next main-loop turns; then calls @done with @data,
 * unless the fill was finished or freed before. Freeing the fill stops it.
 * NULL when all the items went in at once. */
WpListFill *
wp_list_fill_new (GListStore     *store,
                  GPtrArray      *items,
                  WpListFillDone  done,
                  gpointer        data)
{
  WpListFill *self;
  guint n_first;

  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  n_first = MIN (FIRST_CHUNK, items->len);
  /* One splice: a list replaced never shows empty in between. */
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, n_first);
  if (n_first == items->len)
    return NULL;
  self = g_new0 (WpListFill, 1);
  self->store = g_object_ref (store);
  self->items = g_ptr_array_ref (items);
  self->n_done = n_first;
  self->done = done;
  self->data = data;
  /* Below redrawing, so a late frame comes first. */
  self->source_id = g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, CHUNK_MILLISECONDS, add_some, self, NULL);
  return self;
}

/* Puts every item still to come into the store now, without calling @done. */
void
wp_list_fill_finish (WpListFill *self)
{
  g_return_if_fail (self != NULL);

  if (self->source_id == 0)
    return;
  g_clear_handle_id (&self->source_id, g_source_remove);
  add_items (self, G_MAXUINT);
}

/* Stops the fill where it is. */
void
wp_list_fill_free (WpListFill *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->source_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self);
}
