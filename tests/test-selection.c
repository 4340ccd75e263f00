/* test-selection.c: WpSelection and WpDocument */
#include "config.h"

#include "wp-document.h"
#include "wp-test-util.h"

/* Four devices, three cables and a zone, so order and partial selections show. */
static const char plan_text[] =
  "{\"format\": \"wireplan\", \"version\": 1,\n"
  " \"zones\": [{\"id\": \"z1\", \"name\": \"Stage\", \"x\": 0, \"y\": 0, \"w\": 500, \"h\": 500}],\n"
  " \"devices\": [\n"
  "  {\"id\": \"a\", \"ports\": [{\"id\": \"out\", \"direction\": \"out\"}]},\n"
  "  {\"id\": \"b\", \"ports\": [{\"id\": \"in\", \"direction\": \"in\"},"
  " {\"id\": \"out\", \"direction\": \"out\"}]},\n"
  "  {\"id\": \"c\", \"ports\": [{\"id\": \"in\", \"direction\": \"in\"}]},\n"
  "  {\"id\": \"d\", \"ports\": []}],\n"
  " \"cables\": [\n"
  "  {\"id\": \"ab\", \"from\": {\"device\": \"a\", \"port\": \"out\"},"
  " \"to\": {\"device\": \"b\", \"port\": \"in\"}},\n"
  "  {\"id\": \"bc\", \"from\": {\"device\": \"b\", \"port\": \"out\"},"
  " \"to\": {\"device\": \"c\", \"port\": \"in\"}},\n"
  "  {\"id\": \"ac\", \"from\": {\"device\": \"a\", \"port\": \"out\"},"
  " \"to\": {\"device\": \"c\", \"port\": \"in\"}}]}\n";

typedef struct {
  WpPlan      *plan;
  WpHistory   *history;
  WpSelection *selection;
  guint        changed;
} Fixture;

static void
count_changed (WpSelection *selection,
               Fixture     *fixture)
{
  fixture->changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->plan = wp_test_load_string (plan_text, &error);
  g_assert_no_error (error);
  fixture->history = wp_history_new (fixture->plan);
  fixture->selection = wp_selection_new (fixture->plan);
  g_signal_connect (fixture->selection, "changed", G_CALLBACK (count_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->selection);
  g_clear_object (&fixture->history);
  g_assert_finalize_object (fixture->plan);
}

static WpDevice *
device (Fixture    *fixture,
        const char *id)
{
  WpDevice *found = wp_plan_find_device (fixture->plan, id);

  g_assert_nonnull (found);
  return found;
}

static WpCable *
cable (Fixture    *fixture,
       const char *id)
{
  WpCable *found = wp_plan_find_cable (fixture->plan, id);

  g_assert_nonnull (found);
  return found;
}

/* The ids of the selected devices (in plan order), then " / ", then the cables'. */
static char *
describe (WpSelection *selection)
{
  g_autoptr(GPtrArray) devices = wp_selection_get_devices (selection);
  g_autoptr(GPtrArray) cables = wp_selection_get_cables (selection);
  GString *text = g_string_new (NULL);

  g_assert_cmpuint (devices->len, ==, wp_selection_get_n_devices (selection));
  g_assert_cmpuint (cables->len, ==, wp_selection_get_n_cables (selection));
  for (guint i = 0; i < devices->len; i++)
    g_string_append_printf (text, "%s ", wp_device_get_id (g_ptr_array_index (devices, i)));
  g_string_append (text, "/");
  for (guint i = 0; i < cables->len; i++)
    g_string_append_printf (text, " %s", wp_cable_get_id (g_ptr_array_index (cables, i)));
  return g_string_free (text, FALSE);
}

#define assert_selection(fixture, expected) G_STMT_START { \
  g_autofree char *described = describe ((fixture)->selection); \
  g_assert_cmpstr (described, ==, (expected)); \
} G_STMT_END

static void
test_modes (Fixture       *fixture,
            gconstpointer  data)
{
  WpSelection *selection = fixture->selection;

  g_assert_true (wp_selection_is_empty (selection));
  g_assert_true (wp_selection_get_plan (selection) == fixture->plan);

  wp_selection_select_device (selection, device (fixture, "b"), WP_SELECT_REPLACE);
  assert_selection (fixture, "b /");
  g_assert_cmpuint (fixture->changed, ==, 1);
  wp_selection_select_device (selection, device (fixture, "a"), WP_SELECT_ADD);
  wp_selection_select_cable (selection, cable (fixture, "bc"), WP_SELECT_ADD);
  assert_selection (fixture, "a b / bc");
  g_assert_true (wp_selection_has_device (selection, device (fixture, "a")));
  g_assert_false (wp_selection_has_device (selection, device (fixture, "c")));
  g_assert_true (wp_selection_has_cable (selection, cable (fixture, "bc")));
  g_assert_cmpuint (fixture->changed, ==, 3);

  /* Toggling takes a selected object out and puts an unselected one in. */
  wp_selection_select_device (selection, device (fixture, "a"), WP_SELECT_TOGGLE);
  assert_selection (fixture, "b / bc");
  wp_selection_select_cable (selection, cable (fixture, "ab"), WP_SELECT_TOGGLE);
  assert_selection (fixture, "b / ab bc");
  g_assert_cmpuint (fixture->changed, ==, 5);

  /* Replacing leaves the object alone. */
  wp_selection_select_cable (selection, cable (fixture, "ac"), WP_SELECT_REPLACE);
  assert_selection (fixture, "/ ac");
  g_assert_cmpuint (fixture->changed, ==, 6);

  /* The id sets the renderer draws from follow. */
  g_assert_cmpuint (g_hash_table_size (wp_selection_get_device_ids (selection)), ==, 0);
  g_assert_true (g_hash_table_contains (wp_selection_get_cable_ids (selection), "ac"));

  wp_selection_clear (selection);
  g_assert_true (wp_selection_is_empty (selection));
  g_assert_cmpuint (fixture->changed, ==, 7);
}

static void
test_only_own_objects (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(WpDevice) stranger = wp_device_new ("a");
  g_autoptr(WpZone) zone = wp_zone_new ("z1", NULL, 0, 0, 10, 10);

  /* An object of another plan (or one the plan dropped) has no place in it. */
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*wp_plan_find_device*");
  wp_selection_select_device (fixture->selection, stranger, WP_SELECT_ADD);
  g_test_assert_expected_messages ();
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*wp_plan_find_zone*");
  wp_selection_select_zone (fixture->selection, zone);
  g_test_assert_expected_messages ();
  g_assert_true (wp_selection_is_empty (fixture->selection));
  g_assert_cmpuint (fixture->changed, ==, 0);
}

static void
test_set (Fixture       *fixture,
          gconstpointer  data)
{
  WpSelection *selection = fixture->selection;
  WpDevice *devices[] = { device (fixture, "c"), device (fixture, "a") };
  WpDevice *twice[] = { device (fixture, "c"), device (fixture, "c") };
  WpCable *cables[] = { cable (fixture, "ac") };

  /* Many objects, one signal. */
  wp_selection_set (selection, devices, 2, cables, 1, WP_SELECT_REPLACE);
  assert_selection (fixture, "a c / ac");
  g_assert_cmpuint (fixture->changed, ==, 1);
  wp_selection_set (selection, twice, 1, NULL, 0, WP_SELECT_TOGGLE);
  assert_selection (fixture, "a / ac");
  g_assert_cmpuint (fixture->changed, ==, 2);

  /* A list that names an object twice is still that one object. */
  wp_selection_set (selection, devices, 2, NULL, 0, WP_SELECT_REPLACE);
  g_assert_cmpuint (fixture->changed, ==, 3);
  wp_selection_set (selection, twice, 2, NULL, 0, WP_SELECT_REPLACE);
  assert_selection (fixture, "c /");
  g_assert_cmpuint (fixture->changed, ==, 4);
}

static void
test_select_all (Fixture       *fixture,
                 gconstpointer  data)
{
  WpSelection *selection = fixture->selection;

  wp_selection_select_all (selection);
  assert_selection (fixture, "a b c d / ab bc ac");
  g_assert_cmpuint (fixture->changed, ==, 1);
  wp_selection_select_all (selection);
  g_assert_cmpuint (fixture->changed, ==, 1);

  /* From a zone: the zone goes. */
  wp_selection_select_zone (selection, wp_plan_find_zone (fixture->plan, "z1"));
  wp_selection_select_all (selection);
  g_assert_null (wp_selection_get_zone (selection));
  assert_selection (fixture, "a b c d / ab bc ac");
  g_assert_cmpuint (fixture->changed, ==, 3);
}

static void
test_zone (Fixture       *fixture,
           gconstpointer  data)
{
  WpSelection *selection = fixture->selection;
  WpZone *zone = wp_plan_find_zone (fixture->plan, "z1");

  /* A zone is selected alone: it drops the devices and cables… */
  wp_selection_select_device (selection, device (fixture, "a"), WP_SELECT_REPLACE);
  wp_selection_select_cable (selection, cable (fixture, "ab"), WP_SELECT_ADD);
  wp_selection_select_zone (selection, zone);
  g_assert_true (wp_selection_get_zone (selection) == zone);
  g_assert_false (wp_selection_is_empty (selection));
  assert_selection (fixture, "/");
  g_assert_cmpuint (fixture->changed, ==, 3);
  wp_selection_select_zone (selection, zone);
  g_assert_cmpuint (fixture->changed, ==, 3);

  /* …and any device or cable drops it, whatever the mode. */
  wp_selection_select_device (selection, device (fixture, "b"), WP_SELECT_ADD);
  g_assert_null (wp_selection_get_zone (selection));
  assert_selection (fixture, "b /");
  wp_selection_select_zone (selection, zone);
  wp_selection_select_cable (selection, cable (fixture, "bc"), WP_SELECT_TOGGLE);
  g_assert_null (wp_selection_get_zone (selection));
  assert_selection (fixture, "/ bc");
  g_assert_cmpuint (fixture->changed, ==, 6);

  /* NULL selects nothing. */
  wp_selection_select_zone (selection, zone);
  wp_selection_select_zone (selection, NULL);
  g_assert_true (wp_selection_is_empty (selection));
  g_assert_cmpuint (fixture->changed, ==, 8);
  wp_selection_select_zone (selection, NULL);
  g_assert_cmpuint (fixture->changed, ==, 8);
}

static void
test_no_change_no_signal (Fixture       *fixture,
                          gconstpointer  data)
{
  WpSelection *selection = fixture->selection;
  WpDevice *a = device (fixture, "a");

  wp_selection_clear (selection);
  wp_selection_set (selection, NULL, 0, NULL, 0, WP_SELECT_ADD);
  wp_selection_set (selection, NULL, 0, NULL, 0, WP_SELECT_TOGGLE);
  g_assert_cmpuint (fixture->changed, ==, 0);

  wp_selection_select_device (selection, a, WP_SELECT_REPLACE);
  wp_selection_select_device (selection, a, WP_SELECT_REPLACE);
  wp_selection_select_device (selection, a, WP_SELECT_ADD);
  g_assert_cmpuint (fixture->changed, ==, 1);
  wp_selection_clear (selection);
  wp_selection_clear (selection);
  g_assert_cmpuint (fixture->changed, ==, 2);
}

static void
test_follows_plan (Fixture       *fixture,
                   gconstpointer  data)
{
  WpSelection *selection = fixture->selection;
  WpDevice *b = device (fixture, "b");
  WpCable *ac = cable (fixture, "ac");
  WpZone *zone = wp_plan_find_zone (fixture->plan, "z1");
  g_autoptr(WpDevice) extra = wp_device_new ("e");

  /* Removing a device takes it and its cables out, leaving the rest. */
  wp_selection_select_all (selection);
  fixture->changed = 0;
  wp_history_remove_devices (fixture->history, &b, 1);
  assert_selection (fixture, "a c d / ac");
  g_assert_cmpuint (fixture->changed, >, 0);

  /* Undo puts them back in the plan, not in the selection. */
  g_assert_true (wp_history_undo (fixture->history));
  assert_selection (fixture, "a c d / ac");
  wp_history_remove_cables (fixture->history, &ac, 1);
  assert_selection (fixture, "a c d /");

  /* An object that an undo takes out leaves too. */
  wp_history_add_device (fixture->history, extra, -1);
  wp_selection_select_device (selection, extra, WP_SELECT_ADD);
  assert_selection (fixture, "a c d e /");
  fixture->changed = 0;
  g_assert_true (wp_history_undo (fixture->history));
  assert_selection (fixture, "a c d /");
  g_assert_cmpuint (fixture->changed, ==, 1);

  /* Edits of objects outside the selection tell nothing. */
  wp_selection_select_device (selection, device (fixture, "d"), WP_SELECT_REPLACE);
  fixture->changed = 0;
  wp_history_remove_cables (fixture->history, (WpCable *[]) { cable (fixture, "ab") }, 1);
  wp_history_move_devices (fixture->history, (WpDevice *[]) { device (fixture, "a") },
                           (double[]) { 10, 10 }, NULL, 1, 0);
  g_assert_cmpuint (fixture->changed, ==, 0);

  /* A selected zone that goes leaves the selection empty. */
  wp_selection_select_zone (selection, zone);
  wp_history_remove_zone (fixture->history, zone);
  g_assert_true (wp_selection_is_empty (selection));
  g_assert_cmpuint (fixture->changed, ==, 2);
}

static void
test_plan_order (Fixture       *fixture,
                 gconstpointer  data)
{
  WpSelection *selection = fixture->selection;
  const char * const ids[] = { "d", "b", "c", "a" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    wp_selection_select_device (selection, device (fixture, ids[i]), WP_SELECT_ADD);
  wp_selection_select_cable (selection, cable (fixture, "ac"), WP_SELECT_ADD);
  wp_selection_select_cable (selection, cable (fixture, "ab"), WP_SELECT_ADD);
  assert_selection (fixture, "a b c d / ab ac");

  /* A device that undo puts back comes back at its place in the plan. */
  wp_selection_clear (selection);
  wp_history_remove_devices (fixture->history, (WpDevice *[]) { device (fixture, "b") }, 1);
  g_assert_true (wp_history_undo (fixture->history));
  wp_selection_select_device (selection, device (fixture, "c"), WP_SELECT_ADD);
  wp_selection_select_device (selection, device (fixture, "b"), WP_SELECT_ADD);
  wp_selection_select_device (selection, device (fixture, "a"), WP_SELECT_ADD);
  assert_selection (fixture, "a b c /");
}

static void
test_document (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_test_load_string (plan_text, &error);
  WpDocument *document;
  WpDevice *a;

  g_assert_no_error (error);
  document = wp_document_new (plan);
  g_assert_true (wp_document_get_plan (document) == plan);
  g_assert_true (wp_history_get_plan (wp_document_get_history (document)) == plan);
  g_assert_true (wp_validator_get_plan (wp_document_get_validator (document)) == plan);
  g_assert_true (wp_selection_get_plan (wp_document_get_selection (document)) == plan);

  /* One edit through the history reaches the problems and the selection. */
  a = wp_plan_find_device (plan, "a");
  wp_selection_select_device (wp_document_get_selection (document), a, WP_SELECT_REPLACE);
  wp_history_remove_devices (wp_document_get_history (document), &a, 1);
  g_assert_true (wp_selection_is_empty (wp_document_get_selection (document)));
  g_assert_true (wp_history_get_can_undo (wp_document_get_history (document)));

  /* Dropping the document lets go of the plan, which edits no longer reach it from. */
  g_assert_finalize_object (document);
  wp_plan_remove_device (plan, wp_plan_find_device (plan, "b"));
  g_assert_cmpuint (wp_plan_get_n_devices (plan), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/selection/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("modes", test_modes);
  ADD ("only-own-objects", test_only_own_objects);
  ADD ("set", test_set);
  ADD ("select-all", test_select_all);
  ADD ("zone", test_zone);
  ADD ("no-change-no-signal", test_no_change_no_signal);
  ADD ("follows-plan", test_follows_plan);
  ADD ("plan-order", test_plan_order);
#undef ADD
  g_test_add_func ("/document/parts", test_document);

  return g_test_run ();
}
