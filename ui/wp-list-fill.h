/* wp-list-fill.h: putting many items into a list a few per frame */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _WpListFill WpListFill;

typedef void (*WpListFillDone) (gpointer data);

WpListFill *wp_list_fill_new    (GListStore     *store,
                                 GPtrArray      *items,
                                 WpListFillDone  done,
                                 gpointer        data);
void        wp_list_fill_finish (WpListFill     *self);
void        wp_list_fill_free   (WpListFill     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpListFill, wp_list_fill_free)

G_END_DECLS
