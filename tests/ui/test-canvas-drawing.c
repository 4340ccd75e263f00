/* test-canvas-drawing.c: what the canvas shows after it redrew only the damage of a change
 *
 * The canvas keeps its scene in pixels and redraws only where devices were lifted,
 * dropped or cables changed state. Here its picture, taken through GTK's own
 * renderer, must be the picture it draws afresh. The suite runs this test with the
 * default renderer and with GSK_RENDERER=cairo, which keep the scene differently.
 */
#include "config.h"

#include "wp-canvas-private.h"
#include "wp-ui-test-util.h"

#define WIDTH     1000
#define HEIGHT    700
#define MAX_STRAY 8   /* pixels: compositing under a clip may round the odd one otherwise */

typedef struct {
  int     width;
  int     height;
  guint8 *pixels;   /* cairo's ARGB32 layout, 4 bytes a pixel, no padding */
} Picture;

/* The canvas as GTK renders it now: its snapshot, as its window takes it each frame. */
static Picture
take_picture (WpCanvas *canvas)
{
  GtkWidget *widget = GTK_WIDGET (canvas);
  GtkWidget *parent = gtk_widget_get_parent (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  Picture picture = { gtk_widget_get_width (widget), gtk_widget_get_height (widget), NULL };
  graphene_rect_t bounds;

  wp_ui_test_iterate ();
  g_assert_true (gtk_widget_compute_bounds (widget, parent, &bounds));
  gtk_widget_snapshot_child (parent, widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, picture.width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, picture.height);
  picture.pixels = g_malloc ((gsize) picture.width * picture.height * 4);
  gdk_texture_download (texture, picture.pixels, (gsize) picture.width * 4);
  return picture;
}

/* The canvas's picture drawn from nothing, as after a change of view. */
static Picture
take_fresh_picture (WpCanvas *canvas)
{
  wp_canvas_invalidate_scene (canvas);
  return take_picture (canvas);
}

static guint
count_differences (const Picture *a,
                   const Picture *b)
{
  g_assert_cmpint (a->width, ==, b->width);
  g_assert_cmpint (a->height, ==, b->height);
  return wp_test_count_differences (a->pixels, b->pixels, a->width, a->height, 4 * a->width);
}

/* A point in the view where a press picks @device up. */
static void
grip_of (WpCanvas *canvas,
         WpDevice *device,
         double   *x,
         double   *y)
{
  const WpDeviceGeometry *geometry = wp_layout_get_device_geometry (wp_canvas_get_layout (canvas), device);
  WpHit hit;

  wp_viewport_to_view (wp_canvas_get_viewport (canvas),
                       wp_device_get_x (device) + geometry->width / 2,
                       wp_device_get_y (device) + geometry->header_height / 2, x, y);
  g_assert_true (wp_canvas_hit (canvas, *x, *y, &hit));
  g_assert_cmpint (hit.kind, ==, WP_HIT_DEVICE);
  g_assert_true (hit.device == device);
}

/* A device dragged away and dropped: mid-drag and after, the canvas shows it (and its
 * cables) only where it is, as a picture drawn afresh does. */
static void
test_moved_device (void)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpDocument) document = wp_document_new (plan);
  g_autoptr(WpCatalogue) catalogue = wp_ui_test_new_catalogue ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  WpCanvas *canvas = WP_CANVAS (wp_canvas_new ());
  WpDevice *device = wp_plan_get_device (plan, 1);
  Picture before, during, during_fresh, after, after_fresh;
  double x, y, start_x = wp_device_get_x (device);

  wp_canvas_set_catalogue (canvas, catalogue);
  wp_canvas_set_document (canvas, document);
  gtk_window_set_default_size (window, WIDTH, HEIGHT);
  gtk_window_set_child (window, GTK_WIDGET (canvas));
  wp_ui_test_present (window);
  wp_canvas_zoom_to_fit (canvas);
  wp_ui_test_wait (50);

  g_test_message ("renderer: %s", G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  before = take_picture (canvas);
  grip_of (canvas, device, &x, &y);
  g_signal_emit_by_name (canvas->primary_drag, "drag-begin", x, y);
  for (int step = 1; step <= 4; step++)
    g_signal_emit_by_name (canvas->primary_drag, "drag-update", 40.0 * step, 25.0 * step);
  g_assert_cmpint (canvas->drag, ==, WP_CANVAS_DRAG_MOVE);
  g_assert_cmpfloat (wp_device_get_x (device), >, start_x);

  during = take_picture (canvas);
  during_fresh = take_fresh_picture (canvas);
  g_test_message ("mid-drag: %u pixels changed, %u differ from a fresh picture",
                  count_differences (&before, &during), count_differences (&during, &during_fresh));
  g_assert_cmpuint (count_differences (&before, &during), >, 100 * MAX_STRAY);
  g_assert_cmpuint (count_differences (&during, &during_fresh), <=, MAX_STRAY);

  g_signal_emit_by_name (canvas->primary_drag, "drag-end", 160.0, 100.0);
  g_assert_cmpint (canvas->drag, ==, WP_CANVAS_DRAG_NONE);
  after = take_picture (canvas);
  after_fresh = take_fresh_picture (canvas);
  g_test_message ("dropped: %u pixels changed, %u differ from a fresh picture",
                  count_differences (&before, &after), count_differences (&after, &after_fresh));
  g_assert_cmpuint (count_differences (&before, &after), >, 100 * MAX_STRAY);
  g_assert_cmpuint (count_differences (&after, &after_fresh), <=, MAX_STRAY);

  g_free (before.pixels);
  g_free (during.pixels);
  g_free (during_fresh.pixels);
  g_free (after.pixels);
  g_free (after_fresh.pixels);
  gtk_window_destroy (window);
  wp_ui_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);
  g_test_add_func ("/canvas-drawing/moved-device", test_moved_device);
  return g_test_run ();
}
