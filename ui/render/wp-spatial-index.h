/* wp-spatial-index.h: a uniform grid of buckets that finds the items near a rectangle
 *
 * Items are opaque pointers with a bounding box; moving one touches only its own
 * buckets, so a dragged device costs the same in a plan of ten devices or ten thousand.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _WpSpatialIndex WpSpatialIndex;

WpSpatialIndex *wp_spatial_index_new         (double                   cell_size);
void            wp_spatial_index_free        (WpSpatialIndex          *self);
void            wp_spatial_index_set         (WpSpatialIndex          *self,
                                              gpointer                 item,
                                              const cairo_rectangle_t *bounds);
void            wp_spatial_index_remove      (WpSpatialIndex          *self,
                                              gpointer                 item);
gboolean        wp_spatial_index_get_bounds  (WpSpatialIndex          *self,
                                              gpointer                 item,
                                              cairo_rectangle_t       *bounds);
guint           wp_spatial_index_get_n_items (WpSpatialIndex          *self);
void            wp_spatial_index_query_areas (WpSpatialIndex          *self,
                                              const cairo_rectangle_t *areas,
                                              guint                    n_areas,
                                              GPtrArray               *items);
void            wp_spatial_index_query       (WpSpatialIndex          *self,
                                              const cairo_rectangle_t *area,
                                              GPtrArray               *items);

gboolean        wp_rectangle_intersects      (const cairo_rectangle_t *a,
                                              const cairo_rectangle_t *b);
gboolean        wp_rectangle_contains        (const cairo_rectangle_t *outer,
                                              const cairo_rectangle_t *inner);
cairo_rectangle_t wp_rectangle_grow          (const cairo_rectangle_t *r,
                                              double                   margin);
void            wp_rectangle_union           (cairo_rectangle_t       *a,
                                              const cairo_rectangle_t *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpSpatialIndex, wp_spatial_index_free)

G_END_DECLS
