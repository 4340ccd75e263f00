/* wp-arrange.h: laying devices out by signal flow, aligning them, free spots
 *
 * The model does not know how big a device is drawn, so every function takes a
 * WpSizeFunc (the window passes the renderer's measurements). Functions compute
 * positions only; the caller applies them through the history.
 */
#pragma once

#include "wp-plan.h"

G_BEGIN_DECLS

#define WP_ARRANGE_GAP 40.0   /* between neighbouring devices */

typedef void (*WpSizeFunc) (WpDevice *device,
                            double   *width,
                            double   *height,
                            gpointer  user_data);

typedef enum {
  WP_ALIGN_LEFT,
  WP_ALIGN_RIGHT,
  WP_ALIGN_TOP,
  WP_ALIGN_BOTTOM,
  WP_ALIGN_CENTRE_HORIZONTAL,   /* centres on one vertical line */
  WP_ALIGN_CENTRE_VERTICAL,     /* centres on one horizontal line */
} WpAlign;

double   *wp_arrange_layout          (WpPlan            *plan,
                                      WpDevice * const  *devices,
                                      guint              n_devices,
                                      WpSizeFunc         size,
                                      gpointer           user_data);
double   *wp_arrange_align           (WpDevice * const  *devices,
                                      guint              n_devices,
                                      WpAlign            align,
                                      WpSizeFunc         size,
                                      gpointer           user_data);
double   *wp_arrange_distribute      (WpDevice * const  *devices,
                                      guint              n_devices,
                                      gboolean           vertically,
                                      WpSizeFunc         size,
                                      gpointer           user_data);
void      wp_arrange_free_spot       (WpPlan            *plan,
                                      WpDevice          *ignore,
                                      double             width,
                                      double             height,
                                      WpSizeFunc         size,
                                      gpointer           user_data,
                                      double            *x,
                                      double            *y);
guint     wp_arrange_count_crossings (WpPlan            *plan,
                                      WpSizeFunc         size,
                                      gpointer           user_data);
guint     wp_arrange_count_overlaps  (WpPlan            *plan,
                                      WpSizeFunc         size,
                                      gpointer           user_data);

G_END_DECLS
