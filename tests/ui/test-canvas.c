/* test-canvas.c: the canvas driven through its own gesture and drop handlers */
#include "config.h"

#include <math.h>

#include "wp-canvas-private.h"
#include "wp-settings.h"
#include "wp-ui-test-util.h"

/* Keeps the message a ::message signal carried. */
static void
keep_message (char       **store,
                const char  *message)
{
  g_free (*store);
  *store = g_strdup (message);
}

typedef struct {
  WpCatalogue *catalogue;
  WpDocument  *document;
  GtkWindow   *window;
  WpCanvas    *canvas;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(GError) error = NULL;

  fixture->catalogue = wp_catalogue_new ();
  g_assert_true (wp_catalogue_load_builtin (fixture->catalogue, &error));
  g_assert_no_error (error);
  fixture->document = wp_document_new (plan);
  fixture->canvas = WP_CANVAS (wp_canvas_new ());
  wp_canvas_set_catalogue (fixture->canvas, fixture->catalogue);
  wp_canvas_set_document (fixture->canvas, fixture->document);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->canvas));
  wp_ui_test_present (fixture->window);
  wp_viewport_set_zoom (wp_canvas_get_viewport (fixture->canvas), 1.0);
  wp_viewport_set_offset (wp_canvas_get_viewport (fixture->canvas), 0, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GSettings *settings = wp_settings_get ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  /* Each test starts from the default preferences. */
  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  gtk_window_destroy (fixture->window);
  wp_ui_test_iterate ();
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->catalogue);
}

static WpPlan *
plan_of (Fixture *fixture)
{
  return wp_document_get_plan (fixture->document);
}

/* Drops the catalogue entry @model at view point (@x, @y), as a drag from the
 * catalogue would, through the canvas's drop target. */
static WpDevice *
drop (Fixture    *fixture,
      const char *model,
      double      x,
      double      y)
{
  WpDeviceTemplate *template = wp_catalogue_find (fixture->catalogue, model);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  guint n_before = wp_plan_get_n_devices (plan_of (fixture));

  g_assert_nonnull (template);
  g_value_init (&value, WP_TYPE_DEVICE_TEMPLATE);
  g_value_set_object (&value, template);
  g_signal_emit_by_name (fixture->canvas->drop_target, "drop", &value, x, y, &accepted);
  g_assert_true (accepted);
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, n_before + 1);
  return wp_plan_get_device (plan_of (fixture), n_before);
}

static guint
port_index (WpDevice   *device,
            const char *id)
{
  guint index = G_MAXUINT;

  g_assert_nonnull (wp_device_find_port (device, id, &index));
  return index;
}

static void
port_in_view (Fixture    *fixture,
              WpDevice   *device,
              const char *port,
              double     *x,
              double     *y)
{
  double plan_x, plan_y;

  wp_layout_get_port_anchor (wp_canvas_get_layout (fixture->canvas), device,
                             port_index (device, port), &plan_x, &plan_y);
  wp_viewport_to_view (wp_canvas_get_viewport (fixture->canvas), plan_x, plan_y, x, y);
}

static void
press (Fixture *fixture,
       double   x,
       double   y)
{
  g_signal_emit_by_name (fixture->canvas->primary_drag, "drag-begin", x, y);
}

static void
drag_to (Fixture *fixture,
         double   dx,
         double   dy)
{
  g_signal_emit_by_name (fixture->canvas->primary_drag, "drag-update", dx, dy);
}

static void
release (Fixture *fixture,
         double   dx,
         double   dy)
{
  g_signal_emit_by_name (fixture->canvas->primary_drag, "drag-end", dx, dy);
}

/* Waits until every port in view has its verdict on the cable being drawn. */
static void
wait_for_verdicts (Fixture *fixture)
{
  for (guint i = 0; i < 500 && fixture->canvas->verdict_idle != 0; i++)
    wp_ui_test_wait (5);
  g_assert_cmpuint (fixture->canvas->verdict_idle, ==, 0);
}

static WpPortVerdict
draw_cable (Fixture    *fixture,
            WpDevice   *from,
            const char *from_port,
            WpDevice   *to,
            const char *to_port,
            char      **message)
{
  double x1, y1, x2, y2;
  WpPortVerdict verdict;

  port_in_view (fixture, from, from_port, &x1, &y1);
  port_in_view (fixture, to, to_port, &x2, &y2);
  press (fixture, x1, y1);
  drag_to (fixture, (x2 - x1) / 2, (y2 - y1) / 2);
  g_assert_cmpint (fixture->canvas->drag, ==, WP_CANVAS_DRAG_CABLE);
  wait_for_verdicts (fixture);
  drag_to (fixture, x2 - x1, y2 - y1);
  g_assert_true (fixture->canvas->target_device == to);
  verdict = wp_port_verdicts_lookup (fixture->canvas->verdicts, to, port_index (to, to_port));
  if (message != NULL)
    *message = g_strdup (fixture->canvas->target_message);
  /* Assistive technology hears the verdict as text, without its markup. */
  {
    g_autofree char *plain = NULL;
    g_autofree char *mismatch = NULL;

    g_assert_true (pango_parse_markup (fixture->canvas->target_message, -1, 0, NULL, &plain,
                                       NULL, NULL));
    mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (fixture->canvas),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, plain);
    g_assert_null (mismatch);
  }
  release (fixture, x2 - x1, y2 - y1);
  return verdict;
}

static void
test_drop_places_device (Fixture       *fixture,
                         gconstpointer  data)
{
  WpDevice *mic = drop (fixture, "generic.dynamic-vocal-mic", 300, 200);
  WpSelection *selection = wp_document_get_selection (fixture->document);

  g_assert_cmpstr (wp_device_get_model (mic), ==, "generic.dynamic-vocal-mic");
  /* Held by its title, on the grid. */
  g_assert_cmpfloat (fmod (wp_device_get_x (mic), WP_CANVAS_GRID), ==, 0);
  g_assert_cmpfloat (fabs (wp_device_get_x (mic) - 240), <=, WP_CANVAS_GRID);
  g_assert_true (wp_selection_has_device (selection, mic));
  g_assert_true (wp_history_get_can_undo (wp_document_get_history (fixture->document)));
}

static void
test_draw_valid_and_invalid (Fixture       *fixture,
                             gconstpointer  data)
{
  WpDevice *mic = drop (fixture, "generic.dynamic-vocal-mic", 120, 100);
  WpDevice *mic2 = drop (fixture, "generic.dynamic-vocal-mic", 120, 400);
  WpDevice *mixer = drop (fixture, "generic.compact-analog-mixer-12", 600, 100);
  WpDevice *speaker = drop (fixture, "generic.passive-fullrange-12", 600, 500);
  WpValidator *validator = wp_document_get_validator (fixture->document);
  g_autofree char *good_message = NULL;
  g_autofree char *bad_message = NULL;
  g_autoptr(GPtrArray) good_problems = NULL;
  g_autoptr(GPtrArray) bad_problems = NULL;
  WpCable *good, *bad;

  g_assert_cmpint (draw_cable (fixture, mic, "out", mixer, "in1", &good_message),
                   ==, WP_PORT_VERDICT_OK);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 1);
  good = wp_plan_get_cable (plan_of (fixture), 0);
  g_assert_cmpstr (wp_cable_get_from (good)->device, ==, wp_device_get_id (mic));
  g_assert_cmpstr (wp_cable_get_to (good)->port, ==, "in1");
  good_problems = wp_validator_get_cable_problems (validator, wp_cable_get_id (good));
  g_assert_cmpuint (good_problems->len, ==, 0);
  g_assert_nonnull (strstr (good_message, "Good connection"));
  g_assert_cmpint (wp_cable_states_lookup (fixture->canvas->states, wp_cable_get_id (good)),
                   ==, WP_CABLE_STATE_OK);

  /* A microphone into a speaker input: refused by the rules, drawn red. */
  g_assert_cmpint (draw_cable (fixture, mic2, "out", speaker, "in", &bad_message),
                   ==, WP_PORT_VERDICT_ERROR);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 2);
  bad = wp_plan_get_cable (plan_of (fixture), 1);
  bad_problems = wp_validator_get_cable_problems (validator, wp_cable_get_id (bad));
  g_assert_cmpuint (bad_problems->len, >, 0);
  g_assert_cmpint (((WpProblem *) g_ptr_array_index (bad_problems, 0))->severity, ==,
                   WP_SEVERITY_ERROR);
  g_assert_nonnull (strstr (bad_message, ((WpProblem *) g_ptr_array_index (bad_problems, 0))->message));
  g_assert_cmpint (wp_cable_states_lookup (fixture->canvas->states, wp_cable_get_id (bad)),
                   ==, WP_CABLE_STATE_ERROR);

  /* Hovering the red cable tells what is wrong and how to fix it. */
  {
    WpProblem *first = g_ptr_array_index (bad_problems, 0);
    WpHit hit = { .kind = WP_HIT_CABLE, .cable = bad };
    g_autofree char *tooltip = wp_canvas_describe_hit (fixture->canvas, &hit);
    g_autofree char *message = g_markup_escape_text (first->message, -1);
    g_autofree char *fix = g_markup_escape_text (first->fix, -1);

    g_assert_nonnull (strstr (tooltip, message));
    g_assert_nonnull (strstr (tooltip, fix));
  }
}

static void
test_cancel_and_miss (Fixture       *fixture,
                      gconstpointer  data)
{
  WpDevice *mic = drop (fixture, "generic.dynamic-vocal-mic", 120, 100);
  double x, y;

  port_in_view (fixture, mic, "out", &x, &y);
  press (fixture, x, y);
  drag_to (fixture, 200, 40);
  g_assert_cmpint (fixture->canvas->drag, ==, WP_CANVAS_DRAG_CABLE);
  /* Released on empty canvas: no cable. */
  release (fixture, 200, 40);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 0);

  press (fixture, x, y);
  drag_to (fixture, 200, 40);
  wp_canvas_cancel_drag (fixture->canvas);
  g_assert_cmpint (fixture->canvas->drag, ==, WP_CANVAS_DRAG_NONE);
  g_assert_null (fixture->canvas->verdicts);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 0);
}

static void
test_reroute (Fixture       *fixture,
              gconstpointer  data)
{
  WpDevice *mic = drop (fixture, "generic.dynamic-vocal-mic", 120, 100);
  WpDevice *mixer = drop (fixture, "generic.compact-analog-mixer-12", 600, 100);
  double x1, y1, x2, y2;
  WpCable *cable;

  draw_cable (fixture, mic, "out", mixer, "in1", NULL);
  /* Dragging the plugged end off the mixer's input moves it to another input. */
  port_in_view (fixture, mixer, "in1", &x1, &y1);
  port_in_view (fixture, mixer, "in3", &x2, &y2);
  press (fixture, x1, y1);
  drag_to (fixture, 0, (y2 - y1) / 2);
  g_assert_cmpint (fixture->canvas->drag, ==, WP_CANVAS_DRAG_REROUTE);
  drag_to (fixture, x2 - x1, y2 - y1);
  release (fixture, x2 - x1, y2 - y1);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 1);
  cable = wp_plan_get_cable (plan_of (fixture), 0);
  g_assert_cmpstr (wp_cable_get_to (cable)->port, ==, "in3");
  g_assert_cmpstr (wp_cable_get_from (cable)->device, ==, wp_device_get_id (mic));
  wp_history_undo (wp_document_get_history (fixture->document));
  g_assert_cmpstr (wp_cable_get_to (wp_plan_get_cable (plan_of (fixture), 0))->port, ==, "in1");
}

static void
test_move_delete_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  WpDevice *mic = drop (fixture, "generic.dynamic-vocal-mic", 120, 100);
  WpDevice *mixer = drop (fixture, "generic.compact-analog-mixer-12", 600, 100);
  WpHistory *history = wp_document_get_history (fixture->document);
  double x0 = wp_device_get_x (mixer), y0 = wp_device_get_y (mixer);
  double vx, vy;
  g_autofree char *undo_label = NULL;

  draw_cable (fixture, mic, "out", mixer, "in1", NULL);
  /* Grab the mixer by its title and drag it in many small steps. */
  wp_viewport_to_view (wp_canvas_get_viewport (fixture->canvas), x0 + 20, y0 + 10, &vx, &vy);
  press (fixture, vx, vy);
  for (int step = 1; step <= 20; step++)
    drag_to (fixture, step * 5.3, step * 2.1);
  g_assert_nonnull (fixture->canvas->lifted);
  release (fixture, 106, 42);
  g_assert_null (fixture->canvas->lifted);
  g_assert_cmpfloat (wp_device_get_x (mixer), ==, x0 + 110);
  g_assert_cmpfloat (wp_device_get_y (mixer), ==, y0 + 40);
  undo_label = g_strdup (wp_history_get_undo_label (history));
  g_assert_nonnull (strstr (undo_label, "Move"));

  /* One gesture, one step. */
  g_assert_true (wp_history_undo (history));
  g_assert_cmpfloat (wp_device_get_x (mixer), ==, x0);
  g_assert_cmpfloat (wp_device_get_y (mixer), ==, y0);
  g_assert_true (wp_history_redo (history));
  g_assert_cmpfloat (wp_device_get_x (mixer), ==, x0 + 110);

  /* Arrow keys move the selection by a grid step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.nudge", "(dd)", 1.0, 0.0));
  g_assert_cmpfloat (wp_device_get_x (mixer), ==, x0 + 120);

  /* Delete takes the device and its cable; undo puts both back. */
  wp_selection_select_device (wp_document_get_selection (fixture->document), mixer, WP_SELECT_REPLACE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.delete", NULL));
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, 1);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 0);
  g_assert_true (wp_history_undo (history));
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, 2);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 1);
}

static void
test_rubber_band_and_select_all (Fixture       *fixture,
                                 gconstpointer  data)
{
  WpSelection *selection = wp_document_get_selection (fixture->document);

  drop (fixture, "generic.dynamic-vocal-mic", 120, 100);
  drop (fixture, "generic.dynamic-vocal-mic", 120, 300);
  drop (fixture, "generic.compact-analog-mixer-12", 700, 100);
  wp_selection_clear (selection);

  /* A band around the two microphones selects them and not the mixer. */
  press (fixture, 20, 40);
  drag_to (fixture, 400, 400);
  g_assert_cmpint (fixture->canvas->drag, ==, WP_CANVAS_DRAG_RUBBER_BAND);
  release (fixture, 400, 400);
  g_assert_cmpuint (wp_selection_get_n_devices (selection), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.select-all", NULL));
  g_assert_cmpuint (wp_selection_get_n_devices (selection), ==, 3);

  /* A click on empty space selects nothing. */
  press (fixture, 950, 650);
  release (fixture, 0, 0);
  g_assert_true (wp_selection_is_empty (selection));
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  WpViewport *viewport = wp_canvas_get_viewport (fixture->canvas);
  cairo_rectangle_t bounds, visible;
  WpDevice *far;

  drop (fixture, "generic.dynamic-vocal-mic", 120, 100);
  far = drop (fixture, "generic.compact-analog-mixer-12", 600, 100);
  wp_history_move_devices (wp_document_get_history (fixture->document), &far,
                           (double[]) { 5000, 3000 }, NULL, 1, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.zoom-fit", NULL));
  g_assert_true (wp_layout_get_plan_bounds (wp_canvas_get_layout (fixture->canvas), &bounds));
  wp_viewport_get_visible_area (viewport, &visible);
  g_assert_cmpfloat (bounds.x, >=, visible.x);
  g_assert_cmpfloat (bounds.y, >=, visible.y);
  g_assert_cmpfloat (bounds.x + bounds.width, <=, visible.x + visible.width);
  g_assert_cmpfloat (bounds.y + bounds.height, <=, visible.y + visible.height);
  g_assert_cmpfloat (wp_viewport_get_zoom (viewport), <, 1.0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.zoom-actual", NULL));
  g_assert_cmpfloat (wp_viewport_get_zoom (viewport), ==, 1.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.zoom-in", NULL));
  g_assert_cmpfloat (wp_viewport_get_zoom (viewport), >, 1.0);
}

static void
test_waived_cable_is_muted (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  g_autoptr(WpDocument) document = wp_document_new (plan);
  WpValidator *validator = wp_document_get_validator (document);
  g_autoptr(GPtrArray) problems = wp_validator_get_problems (validator);
  WpProblem *warning = NULL;
  const char *cable_id;

  wp_canvas_set_document (fixture->canvas, document);
  for (guint i = 0; i < problems->len && warning == NULL; i++)
    if (((WpProblem *) g_ptr_array_index (problems, i))->severity == WP_SEVERITY_WARNING
        && ((WpProblem *) g_ptr_array_index (problems, i))->cables->len == 1)
      warning = g_ptr_array_index (problems, i);
  g_assert_nonnull (warning);
  cable_id = g_ptr_array_index (warning->cables, 0);
  g_assert_cmpint (wp_cable_states_lookup (fixture->canvas->states, cable_id), ==,
                   WP_CABLE_STATE_WARNING);
  wp_history_waive (wp_document_get_history (document), wp_plan_find_cable (plan, cable_id),
                    warning->rule, "Checked with the band");
  g_assert_cmpint (wp_cable_states_lookup (fixture->canvas->states, cable_id), ==,
                   WP_CABLE_STATE_WAIVED);
  wp_history_undo (wp_document_get_history (document));
  g_assert_cmpint (wp_cable_states_lookup (fixture->canvas->states, cable_id), ==,
                   WP_CABLE_STATE_WARNING);
}


static void
test_zones (Fixture       *fixture,
            gconstpointer  data)
{
  WpDevice *mic = drop (fixture, "generic.dynamic-vocal-mic", 200, 200);
  WpDevice *mixer = drop (fixture, "generic.compact-analog-mixer-12", 700, 150);
  WpHistory *history = wp_document_get_history (fixture->document);
  WpSelection *selection = wp_document_get_selection (fixture->document);
  WpZone *zone;
  double x, y, width, height, mic_x;

  /* With nothing selected, Add Zone lets the next drag draw it. */
  wp_selection_clear (selection);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.add-zone", NULL));
  press (fixture, 60, 60);
  drag_to (fixture, 400, 300);
  g_assert_cmpint (fixture->canvas->drag, ==, WP_CANVAS_DRAG_ZONE_DRAW);
  release (fixture, 400, 300);
  g_assert_cmpuint (wp_plan_get_n_zones (plan_of (fixture)), ==, 1);
  zone = wp_plan_get_zone (plan_of (fixture), 0);
  g_assert_true (wp_selection_get_zone (selection) == zone);
  /* The microphone stands in it and joined it, in the same step; the mixer did not. */
  g_assert_cmpstr (wp_device_get_zone (mic), ==, wp_zone_get_id (zone));
  g_assert_null (wp_device_get_zone (mixer));

  /* Dragging the title moves the zone with its device, as one step. */
  mic_x = wp_device_get_x (mic);
  wp_zone_get_bounds (zone, &x, &y, &width, &height);
  press (fixture, x + 40, y + 10);
  drag_to (fixture, 20, 0);
  drag_to (fixture, 50, 0);
  release (fixture, 50, 0);
  g_assert_cmpfloat (wp_device_get_x (mic), ==, mic_x + 50);
  g_assert_true (wp_history_undo (history));
  g_assert_cmpfloat (wp_device_get_x (mic), ==, mic_x);

  /* Dragging the right edge resizes it. */
  press (fixture, x + width, y + height / 2);
  g_assert_cmpint (fixture->canvas->drag_intent, ==, WP_CANVAS_DRAG_ZONE_RESIZE);
  drag_to (fixture, 100, 0);
  release (fixture, 100, 0);
  g_assert_cmpfloat (width, ==, 400);
  wp_zone_get_bounds (zone, &x, &y, &width, &height);
  g_assert_cmpfloat (width, ==, 500);

  /* A device moved out of the zone leaves it. */
  wp_selection_select_device (selection, mic, WP_SELECT_REPLACE);
  wp_canvas_move_selection (fixture->canvas, 0, 600);
  g_assert_null (wp_device_get_zone (mic));

  /* With devices selected, Add Zone wraps them. */
  wp_selection_select_device (selection, mixer, WP_SELECT_REPLACE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.add-zone", NULL));
  g_assert_cmpuint (wp_plan_get_n_zones (plan_of (fixture)), ==, 2);
  g_assert_cmpstr (wp_device_get_zone (mixer), ==, wp_zone_get_id (wp_plan_get_zone (plan_of (fixture), 1)));
}

static void
test_duplicate_and_clipboard (Fixture       *fixture,
                              gconstpointer  data)
{
  WpDevice *mic = drop (fixture, "generic.dynamic-vocal-mic", 120, 100);
  WpDevice *mixer = drop (fixture, "generic.compact-analog-mixer-12", 600, 100);
  WpSelection *selection = wp_document_get_selection (fixture->document);
  WpHistory *history = wp_document_get_history (fixture->document);
  WpDevice *copies[2] = { mic, mixer };
  g_autoptr(GPtrArray) selected = NULL;

  draw_cable (fixture, mic, "out", mixer, "in1", NULL);
  wp_selection_set (selection, copies, 2, NULL, 0, WP_SELECT_REPLACE);

  /* Ctrl+D: the two devices and the cable between them, offset, selected, one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.duplicate", NULL));
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, 4);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 2);
  selected = wp_selection_get_devices (selection);
  g_assert_cmpuint (selected->len, ==, 2);
  g_assert_false (g_ptr_array_find (selected, mic, NULL));
  g_assert_cmpfloat (wp_device_get_x (g_ptr_array_index (selected, 0)), ==, wp_device_get_x (mic) + 40);
  g_assert_true (wp_history_undo (history));
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, 2);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 1);

  /* Cut puts plan JSON on the clipboard and takes the devices out; paste brings them back. */
  wp_selection_set (selection, copies, 2, NULL, 0, WP_SELECT_REPLACE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.cut", NULL));
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.paste", NULL));
  for (guint i = 0; i < 200 && wp_plan_get_n_devices (plan_of (fixture)) == 0; i++)
    wp_ui_test_wait (5);
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, 2);
  g_assert_cmpuint (wp_plan_get_n_cables (plan_of (fixture)), ==, 1);
  g_assert_cmpuint (wp_selection_get_n_devices (selection), ==, 2);
}

static void
test_paste_refuses_text (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *message = NULL;

  g_signal_connect_swapped (fixture->canvas, "message", G_CALLBACK (keep_message), &message);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (fixture->canvas)), "not a plan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.paste", NULL));
  for (guint i = 0; i < 200 && message == NULL; i++)
    wp_ui_test_wait (5);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "clipboard"));
  g_assert_cmpuint (wp_plan_get_n_devices (plan_of (fixture)), ==, 0);
  g_assert_false (wp_history_get_can_undo (wp_document_get_history (fixture->document)));
}

/* The preferences steer the canvas: grid size (drops, nudges, the drawn
 * grid), snapping, the length of new cables and the severities shown. */
static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  GSettings *settings = wp_settings_get ();
  WpDevice *mic, *mixer, *free_mic;
  WpCable *cable;
  double x;

  g_assert_nonnull (settings);
  g_settings_set_double (settings, "grid-size", 25);
  g_settings_set_double (settings, "default-cable-length", 12.5);
  mic = drop (fixture, "generic.dynamic-vocal-mic", 313, 207);
  g_assert_cmpfloat (fmod (wp_device_get_x (mic), 25), ==, 0);
  g_assert_cmpfloat (fmod (wp_device_get_y (mic), 25), ==, 0);
  x = wp_device_get_x (mic);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->canvas), "canvas.nudge", "(dd)", 1.0, 0.0));
  g_assert_cmpfloat (wp_device_get_x (mic), ==, x + 25);

  /* A new cable takes the default length. */
  mixer = drop (fixture, "generic.compact-analog-mixer-12", 700, 200);
  g_assert_cmpint (draw_cable (fixture, mic, "out", mixer, "in1", NULL), ==, WP_PORT_VERDICT_OK);
  cable = wp_plan_get_cable (plan_of (fixture), 0);
  g_assert_cmpfloat (wp_cable_get_length_m (cable), ==, 12.5);

  /* Without snapping a device lands where it is dropped. */
  g_settings_set_boolean (settings, "snap-to-grid", FALSE);
  free_mic = drop (fixture, "generic.dynamic-vocal-mic", 313.5, 407.5);
  g_assert_cmpfloat (fmod (wp_device_get_x (free_mic), 5), !=, 0);

  /* A warning hidden by the preferences leaves its cable uncoloured. */
  wp_cable_set_length_m (cable, 0);
  g_settings_set_boolean (settings, "show-warnings", FALSE);
  {
    WpDevice *keys = drop (fixture, "generic.stage-piano", 100, 500);
    WpCable *hot;

    /* A line output into a microphone input: too hot, a warning. */
    draw_cable (fixture, keys, "out-l", mixer, "in2", NULL);
    hot = wp_plan_get_cable (plan_of (fixture), 1);
    g_assert_cmpint (wp_cable_states_lookup (fixture->canvas->states, wp_cable_get_id (hot)),
                     ==, WP_CABLE_STATE_OK);
    g_settings_set_boolean (settings, "show-warnings", TRUE);
    g_assert_cmpint (wp_cable_states_lookup (fixture->canvas->states, wp_cable_get_id (hot)),
                     ==, WP_CABLE_STATE_WARNING);
  }
}

/* A drawn cable is labelled at once, numbered on from the plan's labels of its kind,
 * with the prefix of the preferences. */
static void
test_automatic_label (Fixture       *fixture,
                      gconstpointer  data)
{
  WpDevice *mic = drop (fixture, "generic.dynamic-vocal-mic", 120, 100);
  WpDevice *mic2 = drop (fixture, "generic.dynamic-vocal-mic", 120, 300);
  WpDevice *mic3 = drop (fixture, "generic.dynamic-vocal-mic", 120, 500);
  WpDevice *mixer = drop (fixture, "generic.compact-analog-mixer-12", 600, 100);
  g_autoptr(GVariant) prefixes = NULL;
  WpCable *first;

  g_assert_cmpint (draw_cable (fixture, mic, "out", mixer, "in1", NULL), ==, WP_PORT_VERDICT_OK);
  first = wp_plan_get_cable (plan_of (fixture), 0);
  g_assert_cmpstr (wp_cable_get_label (first), ==, "MIC-01");

  /* Numbering follows the highest label in use, not the count of cables. */
  wp_cable_set_label (first, "MIC-07");
  g_assert_cmpint (draw_cable (fixture, mic2, "out", mixer, "in2", NULL), ==, WP_PORT_VERDICT_OK);
  g_assert_cmpstr (wp_cable_get_label (wp_plan_get_cable (plan_of (fixture), 1)), ==, "MIC-08");

  prefixes = g_variant_ref_sink (g_variant_new_parsed ("{'mic': 'VOX'}"));
  g_settings_set_value (wp_settings_get (), "cable-label-prefixes", prefixes);
  g_assert_cmpint (draw_cable (fixture, mic3, "out", mixer, "in3", NULL), ==, WP_PORT_VERDICT_OK);
  g_assert_cmpstr (wp_cable_get_label (wp_plan_get_cable (plan_of (fixture), 2)), ==, "VOX-01");
}

/* Each cable of the document has the state a full recount from all problems gives. */
static void
assert_states_recounted (Fixture *fixture)
{
  WpPlan *plan = plan_of (fixture);
  g_autoptr(GPtrArray) problems = wp_validator_get_problems (wp_document_get_validator (fixture->document));
  const gboolean shown[3] = { TRUE, TRUE, TRUE };
  g_autoptr(WpCableStates) recounted = wp_canvas_states_new (problems, shown);

  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      const char *id = wp_cable_get_id (wp_plan_get_cable (plan, i));

      g_assert_cmpint (wp_cable_states_lookup (fixture->canvas->states, id), ==,
                       wp_cable_states_lookup (recounted, id));
    }
}

/* After each edit only the cables whose problems changed are given new states; they
 * must end as a recount from all the problems would colour them. */
static void
test_states_follow_edits (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(WpPlan) plan = wp_test_load_example ("club-gig.wireplan");
  WpHistory *history;
  guint n;

  g_clear_object (&fixture->document);
  fixture->document = wp_document_new (plan);
  wp_canvas_set_document (fixture->canvas, fixture->document);
  history = wp_document_get_history (fixture->document);
  n = wp_plan_get_n_cables (plan);
  assert_states_recounted (fixture);
  for (guint i = 0; i < n; i++)
    {
      WpCable *cable = wp_plan_get_cable (plan, i);

      wp_history_remove_cables (history, &cable, 1);
      assert_states_recounted (fixture);
      g_assert_true (wp_history_undo (history));
      assert_states_recounted (fixture);
    }
  /* Phantom power switched on at the desk clears a cable's error. */
  {
    WpDevice *desk = wp_plan_find_device (plan, "desk");
    guint index;
    WpPort *port = wp_port_copy (wp_device_find_port (desk, "mic4", &index));

    port->phantom_on = WP_FLAG_YES;
    wp_history_replace_port (history, desk, index, port);
    wp_port_free (port);
    assert_states_recounted (fixture);
  }
}

static void
add (const char *name,
     void      (*test) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  wp_ui_test_init (&argc, &argv);

  add ("/canvas/drop", test_drop_places_device);
  add ("/canvas/cable/valid-and-invalid", test_draw_valid_and_invalid);
  add ("/canvas/cable/cancel", test_cancel_and_miss);
  add ("/canvas/cable/reroute", test_reroute);
  add ("/canvas/move-delete-undo", test_move_delete_undo);
  add ("/canvas/select", test_rubber_band_and_select_all);
  add ("/canvas/zoom", test_zoom);
  add ("/canvas/waived", test_waived_cable_is_muted);
  add ("/canvas/zones", test_zones);
  add ("/canvas/duplicate-and-clipboard", test_duplicate_and_clipboard);
  add ("/canvas/paste-refuses-text", test_paste_refuses_text);
  add ("/canvas/preferences", test_preferences);
  add ("/canvas/cable/automatic-label", test_automatic_label);
  add ("/canvas/states-follow-edits", test_states_follow_edits);
  return g_test_run ();
}
