/* wp-arrange-private.h: what the arrange tools share */
#pragma once

#include "wp-arrange.h"

G_BEGIN_DECLS

#define WP_ARRANGE_ROW_GAP (WP_ARRANGE_GAP / 2)

typedef struct {
  double x, y, w, h;
} WpBox;

static inline WpBox
wp_arrange_device_box (WpDevice   *device,
                       WpSizeFunc  size,
                       gpointer    user_data)
{
  WpBox box = { wp_device_get_x (device), wp_device_get_y (device), 0, 0 };

  size (device, &box.w, &box.h, user_data);
  return box;
}

G_END_DECLS
