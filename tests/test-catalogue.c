/* test-catalogue.c: the built-in catalogue is complete and valid, user entries
 * load beside it, broken files are skipped, and search ranks sensibly */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "wp-catalogue.h"
#include "wp-json.h"
#include "wp-plan-io.h"
#include "wp-test-util.h"

static WpCatalogue *
load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  WpCatalogue *catalogue = wp_catalogue_new ();

  g_assert_true (wp_catalogue_load_builtin (catalogue, &error));
  g_assert_no_error (error);
  return catalogue;
}

static void
test_size_and_categories (void)
{
  g_autoptr(WpCatalogue) catalogue = load_builtin ();
  g_auto(GStrv) categories = wp_catalogue_list_categories (catalogue);
  const char *expected[] = {
    "microphones", "instruments", "di-boxes", "preamps", "mixers", "interfaces", "stage-boxes",
    "splitters", "outboard", "amplifiers", "loudspeakers", "monitoring", "recorders", "converters",
    "network", "midi", "patchbays", "utilities", "lighting",
  };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), >=, 120);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (catalogue)) == WP_TYPE_DEVICE_TEMPLATE);
  g_assert_cmpuint (g_strv_length (categories), >=, 14);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!g_strv_contains ((const char * const *) categories, expected[i]))
      g_error ("category %s has no entries", expected[i]);
  /* Every category has a translatable display name. */
  for (guint i = 0; categories[i] != NULL; i++)
    g_assert_cmpstr (wp_catalogue_category_name (categories[i]), !=, categories[i]);
}

/* No two files share a model id: a duplicate would silently replace an entry. */
static void
test_unique_ids (void)
{
  g_autoptr(WpCatalogue) catalogue = load_builtin ();
  g_auto(GStrv) names = g_resources_enumerate_children ("/org/wireplan/Wireplan/catalogue/", 0, NULL);
  guint total = 0;

  g_assert_nonnull (names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat ("/org/wireplan/Wireplan/catalogue/", names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(json_object) root = json_tokener_parse (g_bytes_get_data (bytes, NULL));

      total += json_object_array_length (json_object_object_get (root, "devices"));
    }
  g_assert_cmpuint (total, ==, g_list_model_get_n_items (G_LIST_MODEL (catalogue)));
}

/* Whether @port passes any level through: one end of a link_of pair, or a port
 * of a device none of whose ports has a level (a transformer, a blocker). */
static gboolean
is_level_transparent (WpDeviceTemplate *template,
                      const WpPort     *port)
{
  gboolean any_level = FALSE;

  if (port->link_of != NULL)
    return TRUE;
  for (guint i = 0; i < wp_device_template_get_n_ports (template); i++)
    {
      const WpPort *other = wp_device_template_get_port (template, i);

      if (g_strcmp0 (other->link_of, port->id) == 0)
        return TRUE;
      any_level |= other->level != WP_LEVEL_UNSET;
    }
  return !any_level;
}

/* The attributes the rules need are there: a port the rules cannot judge is useless. */
static void
test_port_attributes (void)
{
  g_autoptr(WpCatalogue) catalogue = load_builtin ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpDeviceTemplate) template = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      const char *model = wp_device_template_get_model (template);

      g_assert_true (g_str_has_prefix (model, "generic."));
      g_assert_nonnull (wp_device_template_get_description (template));
      g_assert_cmpuint (wp_device_template_get_n_ports (template), >, 0);
      for (guint p = 0; p < wp_device_template_get_n_ports (template); p++)
        {
          const WpPort *port = wp_device_template_get_port (template, p);

          if (port->direction == WP_DIRECTION_UNSET || port->signal == WP_SIGNAL_UNSET
              || port->connector == WP_CONNECTOR_UNSET || port->name == NULL)
            g_error ("%s port %s lacks direction, signal, connector or name", model, port->id);
          /* Passive pass-throughs (snakes, tie lines, splitters, transformers) take
           * the level of what is plugged in, so only they may leave it unknown; speaker-level
           * ports have no balanced or unbalanced wiring. */
          if (port->signal == WP_SIGNAL_ANALOG && port->level == WP_LEVEL_UNSET
              && !is_level_transparent (template, port))
            g_error ("%s port %s is analog without a level", model, port->id);
          if (port->signal == WP_SIGNAL_ANALOG && port->wiring == WP_WIRING_UNSET
              && port->level != WP_LEVEL_SPEAKER && port->level != WP_LEVEL_CV70
              && port->level != WP_LEVEL_CV100)
            g_error ("%s port %s is analog below speaker level without wiring", model, port->id);
          if ((port->connector == WP_CONNECTOR_XLR3 || port->connector == WP_CONNECTOR_XLR5)
              && port->gender == WP_GENDER_UNSET)
            g_error ("%s port %s is XLR without gender", model, port->id);
          if (port->needs_phantom != WP_PHANTOM_UNSET && port->needs_phantom != WP_PHANTOM_NONE
              && port->direction != WP_DIRECTION_OUT)
            g_error ("%s port %s needs phantom but is not an output", model, port->id);
        }
    }
}

/* A plan holding one of every device reads back and checks without a read error. */
static void
test_plan_with_every_device (void)
{
  g_autoptr(WpCatalogue) catalogue = load_builtin ();
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "everything.wireplan", NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  int status;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpDeviceTemplate) template = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      g_autofree char *id = wp_plan_make_id (plan, "d");
      g_autoptr(WpDevice) device = wp_device_template_instantiate (template, id);

      wp_device_set_position (device, (i % 10) * 300.0, (i / 10) * 200.0);
      wp_plan_insert_device (plan, device, -1);
    }
  g_assert_true (wp_plan_save (plan, path, &error));
  g_assert_no_error (error);
  status = wp_test_run_wireplan ((const char *[]) { "check", path, NULL }, NULL, NULL);
  g_assert_cmpint (status, ==, 0);
  wp_test_remove_tree (dir);
}

typedef struct {
  const char *query;
  gboolean  (*accept) (WpDeviceTemplate *template);
} SearchCase;

static gboolean
has_word (WpDeviceTemplate *template,
          const char       *word)
{
  g_autofree char *name = g_utf8_strdown (wp_device_template_get_name (template), -1);
  const char * const *keywords = wp_device_template_get_keywords (template);

  if (strstr (name, word) != NULL)
    return TRUE;
  for (guint i = 0; keywords[i] != NULL; i++)
    {
      g_autofree char *keyword = g_utf8_strdown (keywords[i], -1);
      if (strstr (keyword, word) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_port (WpDeviceTemplate *template,
          gboolean        (*test) (const WpPort *port))
{
  for (guint i = 0; i < wp_device_template_get_n_ports (template); i++)
    if (test (wp_device_template_get_port (template, i)))
      return TRUE;
  return FALSE;
}

static gboolean
is_vocal_mic (WpDeviceTemplate *template)
{
  return g_str_equal (wp_device_template_get_category (template), "microphones")
         && has_word (template, "vocal");
}

static gboolean
is_ribbon_port (const WpPort *port)
{
  return port->mic_type == WP_MIC_TYPE_RIBBON || port->mic_type == WP_MIC_TYPE_ACTIVE_RIBBON;
}

static gboolean
is_ribbon (WpDeviceTemplate *template)
{
  return has_port (template, is_ribbon_port);
}

static gboolean
is_cv70_port (const WpPort *port)
{
  return port->level == WP_LEVEL_CV70;
}

static gboolean
is_70v (WpDeviceTemplate *template)
{
  return has_port (template, is_cv70_port);
}

static gboolean
is_di (WpDeviceTemplate *template)
{
  return g_str_equal (wp_device_template_get_category (template), "di-boxes");
}

static gboolean
is_adat_port (const WpPort *port)
{
  return port->signal == WP_SIGNAL_ADAT;
}

static gboolean
is_adat (WpDeviceTemplate *template)
{
  return has_port (template, is_adat_port);
}

static const SearchCase search_cases[] = {
  { "vocal", is_vocal_mic },
  { "ribbon", is_ribbon },
  { "70 V", is_70v },
  { "DI", is_di },
  { "adat", is_adat },
  { "ADAT", is_adat },
};

/* The top three hits are what a user typing the query is after. */
static void
test_search (void)
{
  g_autoptr(WpCatalogue) catalogue = load_builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (search_cases); i++)
    {
      g_autoptr(GPtrArray) hits = wp_catalogue_search (catalogue, search_cases[i].query);

      g_assert_cmpuint (hits->len, >=, 3);
      for (guint h = 0; h < 3; h++)
        if (!search_cases[i].accept (g_ptr_array_index (hits, h)))
          g_error ("“%s”: hit %u is %s", search_cases[i].query, h,
                   wp_device_template_get_model (g_ptr_array_index (hits, h)));
    }
}

static void
test_search_edges (void)
{
  g_autoptr(WpCatalogue) catalogue = load_builtin ();
  g_autoptr(GPtrArray) all = wp_catalogue_search (catalogue, "");
  g_autoptr(GPtrArray) none = wp_catalogue_search (catalogue, "zzzqqq");
  g_autoptr(GPtrArray) both = wp_catalogue_search (catalogue, "ribbon vintage");
  g_autoptr(GPtrArray) one = wp_catalogue_search (catalogue, "ribbon");

  g_assert_cmpuint (all->len, ==, g_list_model_get_n_items (G_LIST_MODEL (catalogue)));
  g_assert_cmpuint (none->len, ==, 0);
  /* Every word must match: more words, fewer hits. */
  g_assert_cmpuint (both->len, >=, 1);
  g_assert_cmpuint (both->len, <, one->len);
}

static const char *user_file =
  "{\"format\": \"wireplan-devices\", \"version\": 1, \"devices\": ["
  "{\"model\": \"my.desk\", \"name\": \"Our desk\", \"category\": \"mixers\", \"keywords\": [\"house\"],"
  " \"ports\": [{\"id\": \"in1\", \"direction\": \"in\"}]},"
  "{\"model\": \"generic.user-override\", \"name\": \"Override\", \"category\": \"custom\","
  " \"ports\": []}]}";

static void
items_changed (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *count)
{
  *count += added;
}

static void
test_user_directory (void)
{
  g_autofree char *dir = wp_test_make_temp_dir ();
  g_autofree char *good = g_build_filename (dir, "a-good.json", NULL);
  g_autofree char *broken = g_build_filename (dir, "b-broken.json", NULL);
  g_autofree char *wrong = g_build_filename (dir, "c-wrong-format.json", NULL);
  g_autofree char *ignored = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr(WpCatalogue) catalogue = wp_catalogue_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) categories = NULL;
  WpDeviceTemplate *desk;
  guint added = 0;

  g_assert_true (g_file_set_contents (good, user_file, -1, NULL));
  g_assert_true (g_file_set_contents (broken, "{\"format\": \"wireplan-devices\", \"version\": 1, \"devices\": [{\"model\": \"x\"}]}", -1, NULL));
  g_assert_true (g_file_set_contents (wrong, "{\"format\": \"wireplan\", \"version\": 1}", -1, NULL));
  g_assert_true (g_file_set_contents (ignored, "not json", -1, NULL));
  g_signal_connect (catalogue, "items-changed", G_CALLBACK (items_changed), &added);

  wp_catalogue_load_directory (catalogue, dir, TRUE, problems);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 2);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "b-broken.json"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "$.devices[0]"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "c-wrong-format.json"));

  desk = wp_catalogue_find (catalogue, "my.desk");
  g_assert_nonnull (desk);
  g_assert_true (wp_device_template_is_user (desk));
  categories = wp_catalogue_list_categories (catalogue);
  g_assert_cmpstr (categories[0], ==, "mixers");
  g_assert_cmpstr (categories[1], ==, "custom");
  g_assert_cmpstr (wp_catalogue_category_name ("custom"), ==, "custom");

  /* Loading a file again replaces its entries rather than adding copies. */
  wp_catalogue_load_directory (catalogue, dir, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, 2);
  wp_test_remove_tree (dir);
}

/* Devices made from a template own their ports: the plan stays self-contained. */
static void
test_instantiate (void)
{
  g_autoptr(WpCatalogue) catalogue = load_builtin ();
  g_autoptr(WpDeviceTemplate) template = g_list_model_get_item (G_LIST_MODEL (catalogue), 0);
  g_autoptr(WpDevice) device = wp_device_template_instantiate (template, "d7");

  g_assert_cmpstr (wp_device_get_id (device), ==, "d7");
  g_assert_cmpstr (wp_device_get_model (device), ==, wp_device_template_get_model (template));
  g_assert_cmpuint (wp_device_get_n_ports (device), ==, wp_device_template_get_n_ports (template));
  g_assert_true (wp_device_get_port (device, 0) != wp_device_template_get_port (template, 0));
  g_assert_true (wp_port_equal (wp_device_get_port (device, 0), wp_device_template_get_port (template, 0)));
}

/* `wireplan catalogue`: the user's folder comes from XDG_DATA_HOME; a broken
 * user file is reported on standard error and the rest still lists. */
static void
test_cli (void)
{
  g_autofree char *home = wp_test_make_temp_dir ();
  g_autofree char *devices = g_build_filename (home, "wireplan", "devices", NULL);
  g_autofree char *good = g_build_filename (devices, "mine.json", NULL);
  g_autofree char *broken = g_build_filename (devices, "broken.json", NULL);
  g_autofree char *out = NULL, *err = NULL, *json = NULL;
  g_autoptr(json_object) report = NULL;
  json_object *first;

  g_assert_cmpint (g_mkdir_with_parents (devices, 0700), ==, 0);
  g_assert_true (g_file_set_contents (good, user_file, -1, NULL));
  g_assert_true (g_file_set_contents (broken, "{", -1, NULL));
  g_setenv ("XDG_DATA_HOME", home, TRUE);

  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "catalogue", "house", NULL }, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "my.desk "));
  g_assert_nonnull (strstr (err, "broken.json"));

  g_assert_cmpint (wp_test_run_wireplan ((const char *[]) { "catalogue", "--json", "adat", NULL }, &json, NULL), ==, 0);
  report = json_tokener_parse (json);
  first = json_object_array_get_idx (json_object_object_get (report, "devices"), 0);
  g_assert_nonnull (first);
  g_assert_true (g_str_has_prefix (json_object_get_string (json_object_object_get (first, "model")), "generic."));
  g_assert_true (json_object_is_type (json_object_object_get (first, "ports"), json_type_array));
  g_assert_true (json_object_is_type (json_object_object_get (first, "category"), json_type_string));
  g_assert_true (json_object_is_type (json_object_object_get (first, "name"), json_type_string));
  g_unsetenv ("XDG_DATA_HOME");
  wp_test_remove_tree (home);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalogue/size-and-categories", test_size_and_categories);
  g_test_add_func ("/catalogue/unique-ids", test_unique_ids);
  g_test_add_func ("/catalogue/port-attributes", test_port_attributes);
  g_test_add_func ("/catalogue/plan-with-every-device", test_plan_with_every_device);
  g_test_add_func ("/catalogue/search", test_search);
  g_test_add_func ("/catalogue/search-edges", test_search_edges);
  g_test_add_func ("/catalogue/user-directory", test_user_directory);
  g_test_add_func ("/catalogue/instantiate", test_instantiate);
  g_test_add_func ("/catalogue/cli", test_cli);

  return g_test_run ();
}
