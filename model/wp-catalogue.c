/* wp-catalogue.c: the device catalogue
 *
 * The built-in entries are compiled in as a GResource, so the catalogue is there
 * whether Wireplan runs installed or from its build folder. The user's own
 * entries come from the JSON files in $XDG_DATA_HOME/wireplan/devices and replace built-in
 * entries with the same model id. A broken user file is reported and skipped.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-catalogue-resources.h"
#include "wp-catalogue.h"
#include "wp-json.h"
#include "wp-reader.h"

#define RESOURCE_PATH "/org/wireplan/Wireplan/catalogue/"

struct _WpCatalogue
{
  GObject     parent_instance;

  GPtrArray  *templates;   /* of WpDeviceTemplate, in load order */
  GHashTable *by_model;    /* model id -> index in templates */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpCatalogue, wp_catalogue, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static const struct {
  const char *id;
  const char *name;
} categories[] = {
  { "microphones", N_("Microphones") },
  { "instruments", N_("Instruments and sources") },
  { "di-boxes", N_("DI boxes") },
  { "preamps", N_("Preamps and channel strips") },
  { "mixers", N_("Mixers") },
  { "interfaces", N_("Audio interfaces") },
  { "stage-boxes", N_("Stage boxes and snakes") },
  { "splitters", N_("Splitters") },
  { "outboard", N_("Outboard and effects") },
  { "amplifiers", N_("Amplifiers") },
  { "loudspeakers", N_("Loudspeakers") },
  { "monitoring", N_("Monitoring") },
  { "recorders", N_("Recorders") },
  { "converters", N_("Converters") },
  { "network", N_("Network") },
  { "midi", N_("MIDI") },
  { "patchbays", N_("Patchbays") },
  { "utilities", N_("Utilities") },
  { "lighting", N_("Lighting and control") },
};

static GType
get_item_type (GListModel *model)
{
  return WP_TYPE_DEVICE_TEMPLATE;
}

static guint
get_n_items (GListModel *model)
{
  return WP_CATALOGUE (model)->templates->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  WpCatalogue *self = WP_CATALOGUE (model);

  if (position >= self->templates->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->templates, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
wp_catalogue_finalize (GObject *object)
{
  WpCatalogue *self = WP_CATALOGUE (object);

  g_clear_pointer (&self->by_model, g_hash_table_unref);
  g_clear_pointer (&self->templates, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_catalogue_parent_class)->finalize (object);
}

static void
wp_catalogue_class_init (WpCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_catalogue_finalize;
}

static void
wp_catalogue_init (WpCatalogue *self)
{
  self->templates = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_model = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

WpCatalogue *
wp_catalogue_new (void)
{
  return g_object_new (WP_TYPE_CATALOGUE, NULL);
}

/* The translated name of a category id; unknown ids are shown as they are. */
const char *
wp_catalogue_category_name (const char *category)
{
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (g_strcmp0 (categories[i].id, category) == 0)
      return _(categories[i].name);
  return category;
}

/* Adds @template, replacing an entry with the same model id in place, as a user
 * file replaces a built-in entry. */
void
wp_catalogue_add_or_replace (WpCatalogue      *self,
                             WpDeviceTemplate *template)
{
  const char *model;
  gpointer index;

  g_return_if_fail (WP_IS_CATALOGUE (self));
  g_return_if_fail (WP_IS_DEVICE_TEMPLATE (template));

  model = wp_device_template_get_model (template);

  if (g_hash_table_lookup_extended (self->by_model, model, NULL, &index))
    {
      guint position = GPOINTER_TO_UINT (index);

      g_object_unref (g_ptr_array_index (self->templates, position));
      g_ptr_array_index (self->templates, position) = g_object_ref (template);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
      return;
    }
  g_hash_table_insert (self->by_model, g_strdup (model), GUINT_TO_POINTER (self->templates->len));
  g_ptr_array_add (self->templates, g_object_ref (template));
  g_list_model_items_changed (G_LIST_MODEL (self), self->templates->len - 1, 0, 1);
}

static gboolean
read_keywords (WpReader     *reader,
               json_object  *object,
               GStrv        *keywords)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  json_object *array;
  gsize saved;

  if (!wp_reader_get_array (reader, object, "keywords", FALSE, &array))
    return FALSE;
  saved = wp_reader_enter_key (reader, "keywords");
  for (gsize i = 0; array != NULL && i < json_object_array_length (array); i++)
    {
      json_object *keyword = json_object_array_get_idx (array, i);

      if (!json_object_is_type (keyword, json_type_string))
        {
          wp_reader_enter_index (reader, i);
          return wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("expected a string"));
        }
      g_strv_builder_add (builder, json_object_get_string (keyword));
    }
  wp_reader_leave (reader, saved);
  *keywords = g_strv_builder_end (builder);
  return TRUE;
}

static WpDeviceTemplate *
read_entry (WpReader    *reader,
            json_object *object,
            GHashTable  *seen)
{
  g_autofree char *model = NULL, *name = NULL, *category = NULL, *description = NULL;
  g_auto(GStrv) keywords = NULL;
  g_autoptr(WpDevice) prototype = NULL;

  if (!wp_reader_expect_object (reader, object)
      || !wp_reader_get_id (reader, object, "model", &model)
      || !wp_reader_get_string (reader, object, "name", TRUE, &name)
      || !wp_reader_get_id (reader, object, "category", &category)
      || !read_keywords (reader, object, &keywords)
      || !wp_reader_get_string (reader, object, "description", FALSE, &description))
    return NULL;
  if (!g_hash_table_add (seen, g_strdup (model)))
    {
      wp_reader_enter_key (reader, "model");
      wp_reader_fail (reader, WP_READ_ERROR_INVALID, _("duplicate model id “%s”"), model);
      return NULL;
    }

  prototype = wp_device_new (model);
  wp_device_set_model (prototype, model);
  wp_device_set_name (prototype, name);
  if (!wp_reader_read_ports (reader, object, prototype))
    return NULL;
  return wp_device_template_new (prototype, category, (const char * const *) keywords, description);
}

/* Reads one catalogue file's text (FORMAT.md §3); @display_name names it in messages. */
gboolean
wp_catalogue_load_data (WpCatalogue  *self,
                        const char   *text,
                        gsize         length,
                        const char   *display_name,
                        gboolean      user,
                        GError      **error)
{
  g_autoptr(json_object) root = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  WpReader reader = { 0 };
  json_object *devices;
  gboolean ok;

  root = wp_reader_parse (&reader, display_name, text, length, error);
  ok = root != NULL
       && wp_reader_check_header (&reader, root, "wireplan-devices", 1)
       && wp_reader_get_array (&reader, root, "devices", TRUE, &devices);
  if (ok)
    {
      gsize saved = wp_reader_enter_key (&reader, "devices");

      ok = wp_reader_check_count (&reader, devices, WP_READ_MAX_DEVICES);
      for (gsize i = 0; ok && i < json_object_array_length (devices); i++)
        {
          gsize saved_item = wp_reader_enter_index (&reader, i);
          WpDeviceTemplate *entry = read_entry (&reader, json_object_array_get_idx (devices, i), seen);

          ok = entry != NULL;
          if (ok)
            {
              wp_device_template_set_user (entry, user);
              g_ptr_array_add (entries, entry);
            }
          wp_reader_leave (&reader, saved_item);
        }
      wp_reader_leave (&reader, saved);
    }
  wp_reader_clear (&reader);

  /* All or nothing: a file with one bad entry adds none of its entries. */
  if (!ok)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    wp_catalogue_add_or_replace (self, g_ptr_array_index (entries, i));
  return TRUE;
}

gboolean
wp_catalogue_load_file (WpCatalogue  *self,
                        const char   *filename,
                        gboolean      user,
                        GError      **error)
{
  g_autofree char *text = NULL;
  g_autofree char *display = NULL;
  gsize length;

  g_return_val_if_fail (WP_IS_CATALOGUE (self), FALSE);

  text = wp_read_file_contents (filename, &length, error);
  if (text == NULL)
    return FALSE;
  display = g_filename_display_name (filename);
  return wp_catalogue_load_data (self, text, length, display, user, error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Loads every *.json file of @directory in name order. Files that fail add their
 * message to @problems (may be NULL) and are skipped. A missing folder is fine. */
void
wp_catalogue_load_directory (WpCatalogue *self,
                             const char  *directory,
                             gboolean     user,
                             GPtrArray   *problems)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir;
  const char *name;

  g_return_if_fail (WP_IS_CATALOGUE (self));

  dir = g_dir_open (directory, 0, NULL);
  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (directory, g_ptr_array_index (names, i), NULL);
      g_autoptr(GError) error = NULL;

      if (!wp_catalogue_load_file (self, path, user, &error) && problems != NULL)
        g_ptr_array_add (problems, g_strdup (error->message));
    }
}

/* The entries shipped with Wireplan. */
gboolean
wp_catalogue_load_builtin (WpCatalogue  *self,
                           GError      **error)
{
  static gsize registered = 0;
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (WP_IS_CATALOGUE (self), FALSE);

  if (g_once_init_enter (&registered))
    {
      wp_catalogue_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  names = g_resources_enumerate_children (RESOURCE_PATH, 0, error);
  if (names == NULL)
    return FALSE;
  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, error);
      gsize length;
      const char *text;

      if (bytes == NULL)
        return FALSE;
      text = g_bytes_get_data (bytes, &length);
      if (!wp_catalogue_load_data (self, text, length, names[i], FALSE, error))
        return FALSE;
    }
  return TRUE;
}

char *
wp_catalogue_get_user_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "wireplan", "devices", NULL);
}

/* The built-in entries, then the user's. Returns the messages of files that were
 * skipped (empty when all were fine). */
GPtrArray *
wp_catalogue_load_default (WpCatalogue *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *user_dir = wp_catalogue_get_user_directory ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (WP_IS_CATALOGUE (self), problems);

  if (!wp_catalogue_load_builtin (self, &error))
    g_ptr_array_add (problems, g_strdup (error->message));
  wp_catalogue_load_directory (self, user_dir, TRUE, problems);
  return problems;
}

WpDeviceTemplate *
wp_catalogue_find (WpCatalogue *self,
                   const char  *model)
{
  gpointer index;

  g_return_val_if_fail (WP_IS_CATALOGUE (self), NULL);

  if (model == NULL || !g_hash_table_lookup_extended (self->by_model, model, NULL, &index))
    return NULL;
  return g_ptr_array_index (self->templates, GPOINTER_TO_UINT (index));
}

/* The category ids in use, in the order of the built-in category list, then others. */
GStrv
wp_catalogue_list_categories (WpCatalogue *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (WP_IS_CATALOGUE (self), NULL);

  for (guint i = 0; i < self->templates->len; i++)
    {
      const char *category = wp_device_template_get_category (g_ptr_array_index (self->templates, i));
      if (category != NULL)
        g_hash_table_add (used, (gpointer) category);
    }
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (g_hash_table_remove (used, categories[i].id))
      g_strv_builder_add (builder, categories[i].id);
  g_hash_table_iter_init (&iter, used);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (others, key);
  g_ptr_array_sort (others, compare_strings);
  for (guint i = 0; i < others->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (others, i));
  return g_strv_builder_end (builder);
}

/* How well one folded query token matches one field: the field's words are
 * compared whole (@exact points) or by prefix (@prefix points). */
static int
match_field (const char *token,
             const char *field,
             int         exact,
             int         prefix)
{
  g_auto(GStrv) words = NULL;
  int best = 0;

  if (field == NULL)
    return 0;
  words = g_str_tokenize_and_fold (field, NULL, NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_equal (words[i], token))
        return exact;
      if (g_str_has_prefix (words[i], token))
        best = prefix;
    }
  return best;
}

/* The score of @template for one token: its best field. */
static int
match_token (WpDeviceTemplate *template,
             const char       *token)
{
  const char * const *keywords = wp_device_template_get_keywords (template);
  const char *category = wp_device_template_get_category (template);
  int best;

  best = match_field (token, wp_device_template_get_name (template), 12, 10);
  for (guint i = 0; keywords[i] != NULL; i++)
    best = MAX (best, match_field (token, keywords[i], 10, 8));
  best = MAX (best, match_field (token, category, 7, 6));
  best = MAX (best, match_field (token, wp_catalogue_category_name (category), 7, 6));
  best = MAX (best, match_field (token, wp_device_template_get_model (template), 5, 4));
  for (guint i = 0; best < 4 && i < wp_device_template_get_n_ports (template); i++)
    {
      const WpPort *port = wp_device_template_get_port (template, i);

      best = MAX (best, match_field (token, wp_enum_to_string (WP_ENUM_SIGNAL, port->signal), 4, 3));
      best = MAX (best, match_field (token, wp_enum_to_string (WP_ENUM_CONNECTOR, port->connector), 4, 3));
    }
  best = MAX (best, match_field (token, wp_device_template_get_description (template), 3, 2));
  return best;
}

/* Position of @category in the built-in list, which runs in signal-flow order. */
static guint
category_rank (const char *category)
{
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (g_strcmp0 (categories[i].id, category) == 0)
      return i;
  return G_N_ELEMENTS (categories);
}

typedef struct {
  WpDeviceTemplate *template;
  int               score;
  guint             category_rank;
} Hit;

/* Best score first; equally good hits in signal-flow order of their categories
 * (a microphone before a processor), then by name. */
static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *ha = a, *hb = b;

  if (ha->score != hb->score)
    return hb->score - ha->score;
  if (ha->category_rank != hb->category_rank)
    return ha->category_rank < hb->category_rank ? -1 : 1;
  return g_utf8_collate (wp_device_template_get_name (ha->template),
                         wp_device_template_get_name (hb->template));
}

/* Entries matching every word of @query (by name, keyword, category, model id,
 * port signal or connector, description; whole words or their beginnings, case
 * and accents ignored), best first. An empty query lists everything, by category
 * in signal-flow order (microphones first), then by name. */
GPtrArray *
wp_catalogue_search (WpCatalogue *self,
                     const char  *query)
{
  g_auto(GStrv) tokens = NULL;
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (WP_IS_CATALOGUE (self), result);

  tokens = g_str_tokenize_and_fold (query != NULL ? query : "", NULL, NULL);
  for (guint i = 0; i < self->templates->len; i++)
    {
      WpDeviceTemplate *template = g_ptr_array_index (self->templates, i);
      Hit hit = { template, 0, category_rank (wp_device_template_get_category (template)) };

      for (guint t = 0; tokens[t] != NULL; t++)
        {
          int score = match_token (hit.template, tokens[t]);

          if (score == 0)
            {
              hit.score = -1;
              break;
            }
          hit.score += score;
        }
      if (hit.score >= 0)
        g_array_append_val (hits, hit);
    }
  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (result, g_object_ref (g_array_index (hits, Hit, i).template));
  return result;
}
