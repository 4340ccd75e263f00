/* wp-arrange-align.c: align and distribute the selected devices */
#include "config.h"

#include <math.h>

#include "wp-arrange-private.h"

static WpBox *
boxes_of (WpDevice * const *devices,
          guint             n_devices,
          WpSizeFunc        size,
          gpointer          user_data,
          WpBox              *bounds)
{
  WpBox *boxes = g_new (WpBox, n_devices);
  double right = -INFINITY, bottom = -INFINITY;

  bounds->x = bounds->y = INFINITY;
  for (guint i = 0; i < n_devices; i++)
    {
      boxes[i] = wp_arrange_device_box (devices[i], size, user_data);
      bounds->x = MIN (bounds->x, boxes[i].x);
      bounds->y = MIN (bounds->y, boxes[i].y);
      right = MAX (right, boxes[i].x + boxes[i].w);
      bottom = MAX (bottom, boxes[i].y + boxes[i].h);
    }
  bounds->w = right - bounds->x;
  bounds->h = bottom - bounds->y;
  return boxes;
}

/* Returns positions (x, y pairs) that line @devices up on one edge or centre line
 * of their bounding box. */
double *
wp_arrange_align (WpDevice * const *devices,
                  guint             n_devices,
                  WpAlign           align,
                  WpSizeFunc        size,
                  gpointer          user_data)
{
  double *positions = g_new0 (double, 2 * (gsize) n_devices);
  g_autofree WpBox *boxes = NULL;
  WpBox bounds;

  g_return_val_if_fail (devices != NULL || n_devices == 0, positions);
  g_return_val_if_fail (size != NULL, positions);

  boxes = boxes_of (devices, n_devices, size, user_data, &bounds);
  for (guint i = 0; i < n_devices; i++)
    {
      WpBox *box = &boxes[i];

      switch (align)
        {
        case WP_ALIGN_LEFT:
          box->x = bounds.x;
          break;
        case WP_ALIGN_RIGHT:
          box->x = bounds.x + bounds.w - box->w;
          break;
        case WP_ALIGN_TOP:
          box->y = bounds.y;
          break;
        case WP_ALIGN_BOTTOM:
          box->y = bounds.y + bounds.h - box->h;
          break;
        case WP_ALIGN_CENTRE_HORIZONTAL:
          box->x = round (bounds.x + (bounds.w - box->w) / 2);
          break;
        case WP_ALIGN_CENTRE_VERTICAL:
          box->y = round (bounds.y + (bounds.h - box->h) / 2);
          break;
        default:
          g_return_val_if_reached (positions);
        }
      positions[2 * i] = box->x;
      positions[2 * i + 1] = box->y;
    }
  return positions;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const double *starts = user_data;
  double x = starts[*(const guint *) a], y = starts[*(const guint *) b];

  return x < y ? -1 : x > y;
}

/* Returns positions (x, y pairs) that spread @devices with equal gaps between
 * the first and the last one, or with a small gap where they do not fit. */
double *
wp_arrange_distribute (WpDevice * const *devices,
                       guint             n_devices,
                       gboolean          vertically,
                       WpSizeFunc        size,
                       gpointer          user_data)
{
  double *positions = g_new0 (double, 2 * (gsize) n_devices);
  g_autofree WpBox *boxes = NULL;
  g_autofree double *starts = g_new (double, n_devices);
  g_autofree guint *sorted = g_new (guint, n_devices);
  double total = 0, gap, at;
  WpBox bounds;

  g_return_val_if_fail (devices != NULL || n_devices == 0, positions);
  g_return_val_if_fail (size != NULL, positions);

  boxes = boxes_of (devices, n_devices, size, user_data, &bounds);
  for (guint i = 0; i < n_devices; i++)
    {
      starts[i] = vertically ? boxes[i].y : boxes[i].x;
      sorted[i] = i;
      total += vertically ? boxes[i].h : boxes[i].w;
      positions[2 * i] = boxes[i].x;
      positions[2 * i + 1] = boxes[i].y;
    }
  if (n_devices < 3)
    return positions;
  g_qsort_with_data (sorted, (int) n_devices, sizeof (guint), compare_by_start, starts);
  gap = MAX (((vertically ? bounds.h : bounds.w) - total) / (n_devices - 1), WP_ARRANGE_ROW_GAP);
  at = vertically ? bounds.y : bounds.x;
  for (guint k = 0; k < n_devices; k++)
    {
      guint i = sorted[k];

      positions[2 * i + (vertically ? 1 : 0)] = round (at);
      at += (vertically ? boxes[i].h : boxes[i].w) + gap;
    }
  return positions;
}
