/* wp-problems-panel.c: the live list of a plan's problems
 *
 * The list follows the validator edit by edit: on ::problems-changed the
 * problems that disappeared leave the list and those that appeared go in at
 * their place in wp_rules_sort()'s order, so a plan with thousands of problems
 * is never listed again from scratch. The order holds between edits because
 * edits never reorder the cables that stay. Warnings and notes can be hidden in
 * the preferences; the summary still counts them.
 *
 * A plan read in the background comes with its items made off the main thread
 * (wp_problems_panel_set_document_with_items()) and they go into the list a
 * few per main-loop turn (WpListFill): listing the 6,609 problems of the
 * benchmark's plan L at once on the main thread took 0.27-0.36 s.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wp-list-fill.h"
#include "wp-problem-item.h"
#include "wp-problem-row.h"
#include "wp-problems-panel.h"
#include "wp-rules.h"
#include "wp-severity.h"

struct _WpProblemsPanel
{
  GtkWidget       parent_instance;

  GtkStack       *stack;
  GtkListView    *list_view;
  GtkNoSelection *selection;
  GtkLabel       *empty_detail;

  WpDocument     *document;
  GListStore     *items;      /* of WpProblemItem, in wp_rules_sort() order */
  GtkFilterListModel *shown;  /* those of a severity the preferences show */
  guint           counts[3];  /* by WpSeverity, of the problems that count */
  char           *summary;
  WpListFill     *fill;       /* while the list fills gradually */
};

G_DEFINE_FINAL_TYPE (WpProblemsPanel, wp_problems_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SUMMARY,
  N_PROPS
};

enum {
  PROBLEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
make_summary (const guint counts[3])
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *summary;
  guint n;

  if ((n = counts[WP_SEVERITY_ERROR]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u error", "%u errors", n), n));
  if ((n = counts[WP_SEVERITY_WARNING]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u warning", "%u warnings", n), n));
  if ((n = counts[WP_SEVERITY_INFO]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u note", "%u notes", n), n));
  if (parts->len == 0)
    return g_strdup (_("No problems"));

  summary = g_strdup (g_ptr_array_index (parts, 0));
  for (guint i = 1; i < parts->len; i++)
    {
      char *joined;

      /* Translators: joins the parts of the problems summary: "2 errors", "3 warnings" */
      joined = g_strdup_printf (C_("problems summary", "%s, %s"), summary,
                                (char *) g_ptr_array_index (parts, i));
      g_free (summary);
      summary = joined;
    }
  return summary;
}

/* Called after every change of the list: the summary, and the empty state. */
static void
update_summary (WpProblemsPanel *self)
{
  g_autofree char *summary = make_summary (self->counts);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  /* While the list fills, it is not empty yet. */
  guint n_shown = self->fill != NULL ? 1 : g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  gtk_stack_set_visible_child_name (self->stack, n_shown == 0 ? "empty" : "list");
  if (n_shown == 0)
    {
      g_autofree char *hidden = g_strdup_printf (ngettext ("%u problem is hidden by the preferences",
                                                           "%u problems are hidden by the preferences",
                                                           n_items), n_items);

      gtk_label_set_label (self->empty_detail, n_items == 0 ? _("Every connection passes the rules")
                                                            : hidden);
    }
  if (g_strcmp0 (summary, self->summary) == 0)
    return;
  g_free (self->summary);
  self->summary = g_steal_pointer (&summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

static void
count_problem (WpProblemsPanel *self,
               const WpProblem *problem,
               int              delta)
{
  if (wp_problem_counts (problem))
    self->counts[problem->severity] += delta;
}

/* wp_rules_sort()'s order. */
static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      positions)
{
  const WpProblem *pa = wp_problem_item_get_problem ((WpProblemItem *) a);
  const WpProblem *pb = wp_problem_item_get_problem ((WpProblemItem *) b);

  return wp_rules_compare (pa, wp_rules_first_position (positions, pa),
                           wp_problem_item_get_key ((WpProblemItem *) a),
                           pb, wp_rules_first_position (positions, pb),
                           wp_problem_item_get_key ((WpProblemItem *) b));
}

/* Takes each of @problems out of the list: one pass from the end, removing runs. */
static void
remove_problems (WpProblemsPanel *self,
                 GPtrArray       *problems)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_ptr_array_unref);
  guint left = problems->len;
  guint run_start = 0, run_length = 0;

  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);
      char *key = wp_problem_get_key (problem);
      GPtrArray *same = g_hash_table_lookup (by_key, key);

      if (same == NULL)
        g_hash_table_insert (by_key, key, same = g_ptr_array_new ());
      else
        g_free (key);
      g_ptr_array_add (same, problem);
    }

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->items)); left > 0 && i-- > 0;)
    {
      g_autoptr(WpProblemItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      const WpProblem *problem = wp_problem_item_get_problem (item);
      GPtrArray *same = g_hash_table_lookup (by_key, wp_problem_item_get_key (item));
      guint match;

      if (same == NULL
          || !g_ptr_array_find_with_equal_func (same, problem, (GEqualFunc) wp_problem_equal, &match))
        continue;
      g_ptr_array_remove_index_fast (same, match);
      count_problem (self, problem, -1);
      left--;
      if (run_length > 0 && i + 1 != run_start)
        {
          g_list_store_splice (self->items, run_start, run_length, NULL, 0);
          run_length = 0;
        }
      run_start = i;
      run_length++;
    }
  if (run_length > 0)
    g_list_store_splice (self->items, run_start, run_length, NULL, 0);
  if (left > 0)
    g_warning ("%u disappeared problems were not in the problems list", left);
}

static void
insert_problems (WpProblemsPanel *self,
                 GPtrArray       *problems)
{
  g_autoptr(GHashTable) positions = NULL;

  if (problems->len == 0)
    return;
  positions = wp_rules_cable_positions (wp_document_get_plan (self->document));
  for (guint i = 0; i < problems->len; i++)
    {
      g_autoptr(WpProblemItem) item = wp_problem_item_new (g_ptr_array_index (problems, i));

      count_problem (self, g_ptr_array_index (problems, i), 1);
      g_list_store_insert_sorted (self->items, item, compare_items, positions);
    }
}

static void
on_filled (gpointer data)
{
  WpProblemsPanel *self = data;

  g_clear_pointer (&self->fill, wp_list_fill_free);
  update_summary (self);
}

/* The list as it stands once every pending item is in. */
static void
finish_filling (WpProblemsPanel *self)
{
  if (self->fill != NULL)
    wp_list_fill_finish (self->fill);
  g_clear_pointer (&self->fill, wp_list_fill_free);
}

static void
on_problems_changed (WpValidator     *validator,
                     GPtrArray       *appeared,
                     GPtrArray       *disappeared,
                     WpProblemsPanel *self)
{
  finish_filling (self);
  remove_problems (self, disappeared);
  insert_problems (self, appeared);
  update_summary (self);
}

/* Lists @items (of WpProblemItem, in wp_rules_sort() order) from scratch; with
 * @gradually, a few per main-loop turn. */
static void
load_items (WpProblemsPanel *self,
            GPtrArray       *items,
            gboolean         gradually)
{
  g_clear_pointer (&self->fill, wp_list_fill_free);
  memset (self->counts, 0, sizeof self->counts);
  for (guint i = 0; i < items->len; i++)
    count_problem (self, wp_problem_item_get_problem (g_ptr_array_index (items, i)), 1);
  if (gradually)
    self->fill = wp_list_fill_new (self->items, items, on_filled, self);
  else
    g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                         items->pdata, items->len);
  update_summary (self);
}

/* Lists every problem of the document from scratch. */
static void
load_problems (WpProblemsPanel *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) items = NULL;

  if (self->document != NULL)
    problems = wp_validator_get_problems (wp_document_get_validator (self->document));
  items = problems != NULL ? wp_problem_items_new (problems) : g_ptr_array_new ();
  load_items (self, items, FALSE);
}

/* Selects what the problem is about: its cables, or its devices when it has none. */
static void
select_problem (WpProblemsPanel *self,
                const WpProblem *problem)
{
  WpPlan *plan = wp_document_get_plan (self->document);
  WpSelection *selection = wp_document_get_selection (self->document);
  g_autoptr(GPtrArray) cables = g_ptr_array_new ();
  g_autoptr(GPtrArray) devices = g_ptr_array_new ();
  WpCable *cable;
  WpDevice *device;

  for (guint i = 0; i < problem->cables->len; i++)
    if ((cable = wp_plan_find_cable (plan, g_ptr_array_index (problem->cables, i))) != NULL)
      g_ptr_array_add (cables, cable);
  if (cables->len > 0)
    {
      wp_selection_set (selection, NULL, 0, (WpCable * const *) cables->pdata, cables->len,
                        WP_SELECT_REPLACE);
      return;
    }
  for (guint i = 0; i < problem->devices->len; i++)
    if ((device = wp_plan_find_device (plan, g_ptr_array_index (problem->devices, i))) != NULL)
      g_ptr_array_add (devices, device);
  wp_selection_set (selection, (WpDevice * const *) devices->pdata, devices->len, NULL, 0,
                    WP_SELECT_REPLACE);
}

static void
on_list_activate (WpProblemsPanel *self,
                  guint            position)
{
  g_autoptr(WpProblemItem) item = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (item == NULL || self->document == NULL)
    return;
  select_problem (self, wp_problem_item_get_problem (item));
  g_signal_emit (self, signals[PROBLEM_ACTIVATED], 0, wp_problem_item_get_problem (item));
}

static void
disconnect_document (WpProblemsPanel *self)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (wp_document_get_validator (self->document),
                                          on_problems_changed, self);
  g_clear_object (&self->document);
}

static void
wp_problems_panel_dispose (GObject *object)
{
  WpProblemsPanel *self = WP_PROBLEMS_PANEL (object);

  disconnect_document (self);
  g_clear_pointer (&self->fill, wp_list_fill_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_PROBLEMS_PANEL);
  g_clear_object (&self->shown);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (wp_problems_panel_parent_class)->dispose (object);
}

static void
wp_problems_panel_finalize (GObject *object)
{
  WpProblemsPanel *self = WP_PROBLEMS_PANEL (object);

  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (wp_problems_panel_parent_class)->finalize (object);
}

static void
wp_problems_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WpProblemsPanel *self = WP_PROBLEMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_problems_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WpProblemsPanel *self = WP_PROBLEMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      wp_problems_panel_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_problems_panel_class_init (WpProblemsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_problems_panel_dispose;
  object_class->finalize = wp_problems_panel_finalize;
  object_class->get_property = wp_problems_panel_get_property;
  object_class->set_property = wp_problems_panel_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, WP_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WpProblemsPanel::problem-activated:
   * @problem: the problem the user chose
   *
   * Emitted when the user activates a problem, after its cables (or devices)
   * were selected, so the window can bring them into view.
   */
  signals[PROBLEM_ACTIVATED] =
    g_signal_new ("problem-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, WP_TYPE_PROBLEM | G_SIGNAL_TYPE_STATIC_SCOPE);

  g_type_ensure (WP_TYPE_PROBLEM_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/wireplan/Wireplan/ui/wp-problems-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, WpProblemsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, WpProblemsPanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, WpProblemsPanel, selection);
  gtk_widget_class_bind_template_child (widget_class, WpProblemsPanel, empty_detail);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static gboolean
is_shown (gpointer item,
          gpointer data)
{
  return wp_severity_is_shown (wp_problem_item_get_problem (item)->severity);
}

static void
on_shown_severities_changed (WpProblemsPanel *self)
{
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->shown), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static void
wp_problems_panel_init (WpProblemsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (WP_TYPE_PROBLEM_ITEM);
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->items)),
                                           GTK_FILTER (gtk_custom_filter_new (is_shown, NULL, NULL)));
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->shown));
  wp_severity_watch_shown (G_CALLBACK (on_shown_severities_changed), self);
  load_problems (self);
}

GtkWidget *
wp_problems_panel_new (void)
{
  return g_object_new (WP_TYPE_PROBLEMS_PANEL, NULL);
}

WpDocument *
wp_problems_panel_get_document (WpProblemsPanel *self)
{
  g_return_val_if_fail (WP_IS_PROBLEMS_PANEL (self), NULL);

  return self->document;
}

static void
set_document (WpProblemsPanel *self,
              WpDocument      *document)
{
  disconnect_document (self);
  if (document != NULL)
    {
      self->document = g_object_ref (document);
      g_signal_connect (wp_document_get_validator (document), "problems-changed",
                        G_CALLBACK (on_problems_changed), self);
    }
}

/* Lists the problems of @document (none when NULL) and follows its edits. */
void
wp_problems_panel_set_document (WpProblemsPanel *self,
                                WpDocument      *document)
{
  g_return_if_fail (WP_IS_PROBLEMS_PANEL (self));
  g_return_if_fail (document == NULL || WP_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  set_document (self, document);
  load_problems (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* The same with @items made beforehand from the document's problems, in their
 * order (wp_problem_items_new(), in any thread). With @gradually the list fills
 * over the next main-loop turns; its summary is complete at once. */
void
wp_problems_panel_set_document_with_items (WpProblemsPanel *self,
                                           WpDocument      *document,
                                           GPtrArray       *items,
                                           gboolean         gradually)
{
  g_return_if_fail (WP_IS_PROBLEMS_PANEL (self));
  g_return_if_fail (WP_IS_DOCUMENT (document));
  g_return_if_fail (items != NULL);

  set_document (self, document);
  load_items (self, items, gradually);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* Whether rows are still being added (after wp_problems_panel_set_document_with_items()). */
gboolean
wp_problems_panel_is_filling (WpProblemsPanel *self)
{
  g_return_val_if_fail (WP_IS_PROBLEMS_PANEL (self), FALSE);

  return self->fill != NULL;
}

/* "2 errors, 3 warnings", or "No problems": waived problems do not count. */
const char *
wp_problems_panel_get_summary (WpProblemsPanel *self)
{
  g_return_val_if_fail (WP_IS_PROBLEMS_PANEL (self), NULL);

  return self->summary;
}

guint
wp_problems_panel_get_n_errors (WpProblemsPanel *self)
{
  g_return_val_if_fail (WP_IS_PROBLEMS_PANEL (self), 0);

  return self->counts[WP_SEVERITY_ERROR];
}

guint
wp_problems_panel_get_n_warnings (WpProblemsPanel *self)
{
  g_return_val_if_fail (WP_IS_PROBLEMS_PANEL (self), 0);

  return self->counts[WP_SEVERITY_WARNING];
}
