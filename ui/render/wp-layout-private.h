/* wp-layout-private.h: shared by the parts of WpLayout */
#pragma once

#include "wp-layout.h"
#include "wp-spatial-index.h"

G_BEGIN_DECLS

typedef struct {
  WpDevice *from_device;
  guint     from_port;
  WpDevice *to_device;
  guint     to_port;
} WpCableEnds;

struct _WpLayout
{
  GObject         parent_instance;

  WpPlan         *plan;
  WpCatalogue    *catalogue;
  WpRenderText   *text;
  gulong          changed_id;

  GHashTable     *geometry;       /* WpDevice -> WpDeviceGeometry */
  GHashTable     *ends;           /* WpCable -> WpCableEnds, for cables whose ends resolve */
  GHashTable     *device_cables;  /* WpDevice -> GPtrArray of the WpCables at its ports */
  WpSpatialIndex *device_index;   /* devices by their bounds */
  WpSpatialIndex *cable_index;    /* cables by the bounds of their curves */
  GHashTable     *order;          /* WpDevice or WpCable -> its place in the plan + 1 */
  gboolean        order_valid;
};

WpDeviceGeometry *wp_layout_measure_device   (WpLayout         *self,
                                              WpDevice         *device);
void              wp_device_geometry_free    (WpDeviceGeometry *geometry);
guint             wp_layout_get_order        (WpLayout         *self,
                                              gpointer          item);

G_END_DECLS
