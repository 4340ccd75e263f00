/* wp-validator.c: the problems of a plan, kept up to date edit by edit
 *
 * The validator keeps the problems of every net that has any, and knows which net
 * each port is in. On an edit it re-checks only the nets the edit touched: the
 * nets of the ports the change names (both ends of a cable; every port of an
 * edited or removed device, since link_of joins ports of one device and messages
 * name the device), and the nets those ports were in before, until no port whose
 * net may have changed is left. Its problems are always those wp_rules_check_plan()
 * finds for the plan as it is.
 */
#include "config.h"

#include "wp-net.h"
#include "wp-rules-private.h"
#include "wp-validator.h"

/* One port by ids, and its key "device\x1fport". */
typedef struct {
  char *device;
  char *port;
  char *key;
} PortRef;

/* The problems of one net, and its ports. */
typedef struct {
  GArray    *ports;     /* of PortRef */
  GPtrArray *problems;  /* of WpProblem */
} NetRecord;

struct _WpValidator
{
  GObject     parent_instance;

  WpPlan     *plan;
  GHashTable *records;  /* NetRecord * -> NULL, owned: the nets that have problems */
  GHashTable *by_port;  /* PortRef key (owned by the record) -> NetRecord * */
};

G_DEFINE_FINAL_TYPE (WpValidator, wp_validator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

enum {
  PROBLEMS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
port_ref_clear (gpointer data)
{
  PortRef *ref = data;

  g_clear_pointer (&ref->device, g_free);
  g_clear_pointer (&ref->port, g_free);
  g_clear_pointer (&ref->key, g_free);
}

static GArray *
port_refs_new (void)
{
  GArray *refs = g_array_new (FALSE, TRUE, sizeof (PortRef));

  g_array_set_clear_func (refs, port_ref_clear);
  return refs;
}

static void
port_refs_add (GArray     *refs,
               const char *device,
               const char *port)
{
  PortRef ref = { g_strdup (device), g_strdup (port), g_strconcat (device, "\x1f", port, NULL) };

  g_array_append_val (refs, ref);
}

static void
net_record_free (NetRecord *record)
{
  g_clear_pointer (&record->ports, g_array_unref);
  g_clear_pointer (&record->problems, g_ptr_array_unref);
  g_free (record);
}

static GPtrArray *
problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) wp_problem_free);
}

/* Forgets @record; its ports go on @queue to be re-checked, its problems to @old. */
static void
drop_record (WpValidator *self,
             NetRecord   *record,
             GArray      *queue,
             GPtrArray   *old)
{
  for (guint i = 0; i < record->ports->len; i++)
    {
      const PortRef *ref = &g_array_index (record->ports, PortRef, i);

      g_hash_table_remove (self->by_port, ref->key);
      port_refs_add (queue, ref->device, ref->port);
    }
  g_ptr_array_extend_and_steal (old, g_steal_pointer (&record->problems));
  g_hash_table_remove (self->records, record);
}

/* Checks @net and keeps its problems (copies go to @found) if it has any. */
static void
add_net (WpValidator *self,
         const WpNet *net,
         GArray      *ports,
         GPtrArray   *found)
{
  g_autoptr(GPtrArray) problems = wp_rules_check_net (net);
  NetRecord *record;

  if (problems->len == 0)
    {
      g_array_unref (ports);
      return;
    }
  for (guint i = 0; found != NULL && i < problems->len; i++)
    g_ptr_array_add (found, wp_problem_copy (g_ptr_array_index (problems, i)));
  record = g_new0 (NetRecord, 1);
  record->ports = ports;
  record->problems = g_steal_pointer (&problems);
  g_hash_table_add (self->records, record);
  for (guint i = 0; i < ports->len; i++)
    g_hash_table_insert (self->by_port, g_array_index (ports, PortRef, i).key, record);
}

static GArray *
net_port_refs (const WpNet *net)
{
  GArray *refs = port_refs_new ();

  for (guint i = 0; i < net->ports->len; i++)
    {
      const WpNetPort *item = wp_net_get_port (net, i);

      port_refs_add (refs, wp_device_get_id (item->device), item->port->id);
    }
  return refs;
}

/* Re-checks the nets of the ports in @queue, and of every port that shared a net
 * with one of them before. */
static void
recheck (WpValidator *self,
         GArray      *queue,
         GPtrArray   *old,
         GPtrArray   *found)
{
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < queue->len; i++)
    {
      PortRef seed = g_array_index (queue, PortRef, i);
      WpEndpoint endpoint = { seed.device, seed.port, NULL };
      g_autoptr(WpNet) net = NULL;
      GArray *ports;
      NetRecord *record;

      if (g_hash_table_contains (done, seed.key))
        continue;
      net = wp_net_new (self->plan, &endpoint);
      if (net == NULL)
        {
          /* The port is gone, and with it any cable. */
          if ((record = g_hash_table_lookup (self->by_port, seed.key)) != NULL)
            drop_record (self, record, queue, old);
          g_hash_table_add (done, g_strdup (seed.key));
          continue;
        }

      ports = net_port_refs (net);
      for (guint p = 0; p < ports->len; p++)
        {
          const char *key = g_array_index (ports, PortRef, p).key;

          if ((record = g_hash_table_lookup (self->by_port, key)) != NULL)
            drop_record (self, record, queue, old);
          g_hash_table_add (done, g_strdup (key));
        }
      add_net (self, net, ports, found);
    }
}

/* Takes the problems both lists have out of both. */
static void
cancel_common (GPtrArray *a,
               GPtrArray *b)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);

  for (guint j = 0; j < b->len; j++)
    {
      char *key = wp_problem_get_key (g_ptr_array_index (b, j));
      GPtrArray *same = g_hash_table_lookup (by_key, key);

      if (same == NULL)
        g_hash_table_insert (by_key, g_strdup (key), same = g_ptr_array_new ());
      g_ptr_array_add (same, g_ptr_array_index (b, j));
      g_free (key);
    }
  for (guint i = a->len; i-- > 0;)
    {
      g_autofree char *key = wp_problem_get_key (g_ptr_array_index (a, i));
      GPtrArray *same = g_hash_table_lookup (by_key, key);

      for (guint j = 0; same != NULL && j < same->len; j++)
        {
          if (wp_problem_equal (g_ptr_array_index (a, i), g_ptr_array_index (same, j)))
            {
              g_hash_table_add (taken, g_ptr_array_index (same, j));
              g_ptr_array_remove_index_fast (same, j);
              g_ptr_array_remove_index (a, i);
              break;
            }
        }
    }
  for (guint j = b->len; j-- > 0;)
    if (g_hash_table_contains (taken, g_ptr_array_index (b, j)))
      g_ptr_array_remove_index (b, j);
}

/**
 * wp_validator_apply_change:
 * @appeared: (out) (optional) (transfer full): problems the change brought
 * @disappeared: (out) (optional) (transfer full): problems the change took away
 *
 * Re-checks what @change touched. The validator does this itself on every
 * WpPlan::changed of its plan and then emits ::problems-changed; applying a
 * change again finds nothing new, so this may also be called directly.
 */
void
wp_validator_apply_change (WpValidator         *self,
                           const WpPlanChange  *change,
                           GPtrArray          **appeared,
                           GPtrArray          **disappeared)
{
  g_autoptr(GArray) queue = port_refs_new ();
  g_autoptr(GPtrArray) old = problems_new ();
  g_autoptr(GPtrArray) found = problems_new ();
  WpDevice *device = change->device;

  g_return_if_fail (WP_IS_VALIDATOR (self));
  g_return_if_fail (change != NULL);

  switch (change->kind)
    {
    case WP_CHANGE_CABLE_ADDED:
    case WP_CHANGE_CABLE_REMOVED:
    case WP_CHANGE_CABLE_EDITED:
      port_refs_add (queue, wp_cable_get_from (change->cable)->device,
                     wp_cable_get_from (change->cable)->port);
      port_refs_add (queue, wp_cable_get_to (change->cable)->device,
                     wp_cable_get_to (change->cable)->port);
      break;
    case WP_CHANGE_PORT_EDITED:
    case WP_CHANGE_DEVICE_EDITED:
    case WP_CHANGE_DEVICE_REMOVED:
      if (change->old_port != NULL)
        port_refs_add (queue, wp_device_get_id (device), change->old_port->id);
      for (guint i = 0; i < wp_device_get_n_ports (device); i++)
        port_refs_add (queue, wp_device_get_id (device), wp_device_get_port (device, i)->id);
      break;
    case WP_CHANGE_META:
    case WP_CHANGE_ZONE_ADDED:
    case WP_CHANGE_ZONE_REMOVED:
    case WP_CHANGE_ZONE_EDITED:
    case WP_CHANGE_DEVICE_ADDED:
    case WP_CHANGE_DEVICE_MOVED:
    default:
      break;
    }
  recheck (self, queue, old, found);
  cancel_common (old, found);
  wp_rules_sort (self->plan, found);
  wp_rules_sort (self->plan, old);
  if (appeared != NULL)
    *appeared = g_steal_pointer (&found);
  if (disappeared != NULL)
    *disappeared = g_steal_pointer (&old);
}

static void
on_plan_changed (WpPlan             *plan,
                 const WpPlanChange *change,
                 WpValidator        *self)
{
  g_autoptr(GPtrArray) appeared = NULL;
  g_autoptr(GPtrArray) disappeared = NULL;

  wp_validator_apply_change (self, change, &appeared, &disappeared);
  if (appeared->len > 0 || disappeared->len > 0)
    g_signal_emit (self, signals[PROBLEMS_CHANGED], 0, appeared, disappeared);
}

static void
wp_validator_constructed (GObject *object)
{
  WpValidator *self = WP_VALIDATOR (object);
  g_autoptr(GPtrArray) nets = NULL;

  G_OBJECT_CLASS (wp_validator_parent_class)->constructed (object);

  g_return_if_fail (WP_IS_PLAN (self->plan));

  nets = wp_net_list (self->plan);
  for (guint i = 0; i < nets->len; i++)
    add_net (self, g_ptr_array_index (nets, i), net_port_refs (g_ptr_array_index (nets, i)), NULL);
  g_signal_connect_object (self->plan, "changed", G_CALLBACK (on_plan_changed), self, 0);
}

static void
wp_validator_dispose (GObject *object)
{
  WpValidator *self = WP_VALIDATOR (object);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (wp_validator_parent_class)->dispose (object);
}

static void
wp_validator_finalize (GObject *object)
{
  WpValidator *self = WP_VALIDATOR (object);

  g_clear_pointer (&self->by_port, g_hash_table_unref);
  g_clear_pointer (&self->records, g_hash_table_unref);

  G_OBJECT_CLASS (wp_validator_parent_class)->finalize (object);
}

static void
wp_validator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WpValidator *self = WP_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_validator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WpValidator *self = WP_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_validator_class_init (WpValidatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = wp_validator_constructed;
  object_class->dispose = wp_validator_dispose;
  object_class->finalize = wp_validator_finalize;
  object_class->get_property = wp_validator_get_property;
  object_class->set_property = wp_validator_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, WP_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WpValidator::problems-changed:
   * @appeared: (element-type WpProblem): problems an edit brought, sorted
   * @disappeared: (element-type WpProblem): problems it took away, sorted
   *
   * Emitted after an edit of the plan changed its problems.
   */
  signals[PROBLEMS_CHANGED] =
    g_signal_new ("problems-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_PTR_ARRAY, G_TYPE_PTR_ARRAY);
}

static void
wp_validator_init (WpValidator *self)
{
  self->records = g_hash_table_new_full (NULL, NULL, (GDestroyNotify) net_record_free, NULL);
  self->by_port = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Checks @plan in full, then follows its edits. */
WpValidator *
wp_validator_new (WpPlan *plan)
{
  g_return_val_if_fail (WP_IS_PLAN (plan), NULL);

  return g_object_new (WP_TYPE_VALIDATOR, "plan", plan, NULL);
}

WpPlan *
wp_validator_get_plan (WpValidator *self)
{
  g_return_val_if_fail (WP_IS_VALIDATOR (self), NULL);

  return self->plan;
}

/* Every current problem, as copies, sorted as wp_rules_check_plan() sorts. */
GPtrArray *
wp_validator_get_problems (WpValidator *self)
{
  GPtrArray *problems = problems_new ();
  GHashTableIter iter;
  gpointer record;

  g_return_val_if_fail (WP_IS_VALIDATOR (self), problems);

  g_hash_table_iter_init (&iter, self->records);
  while (g_hash_table_iter_next (&iter, &record, NULL))
    {
      GPtrArray *found = ((NetRecord *) record)->problems;

      for (guint i = 0; i < found->len; i++)
        g_ptr_array_add (problems, wp_problem_copy (g_ptr_array_index (found, i)));
    }
  wp_rules_sort (self->plan, problems);
  return problems;
}

/* The current problems that list the cable @cable_id (for its tooltip), sorted. */
GPtrArray *
wp_validator_get_cable_problems (WpValidator *self,
                                 const char  *cable_id)
{
  GPtrArray *problems = problems_new ();
  g_autofree char *key = NULL;
  const WpEndpoint *from;
  NetRecord *record;
  WpCable *cable;

  g_return_val_if_fail (WP_IS_VALIDATOR (self), problems);
  g_return_val_if_fail (cable_id != NULL, problems);

  cable = wp_plan_find_cable (self->plan, cable_id);
  if (cable == NULL)
    return problems;
  from = wp_cable_get_from (cable);
  key = g_strconcat (from->device, "\x1f", from->port, NULL);
  record = g_hash_table_lookup (self->by_port, key);
  for (guint i = 0; record != NULL && i < record->problems->len; i++)
    if (wp_problem_has_cable (g_ptr_array_index (record->problems, i), cable_id))
      g_ptr_array_add (problems, wp_problem_copy (g_ptr_array_index (record->problems, i)));
  wp_rules_sort (self->plan, problems);
  return problems;
}
