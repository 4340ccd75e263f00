/* wp-bench-plan-random.c: the stress plan, wired nearly at random
 *
 * The worst case for the rules, the problem list and the sheet: devices are taken at random from the built-in catalogue (with their ports as the
 * catalogue has them) and stacked in columns so the whole plan is about 16:9. Each
 * cable runs from an output to a free input of a device nearby; every tenth one goes
 * into an input that is already taken, as a real mistake would (two outputs joined),
 * so the rules have errors to find besides the warnings random pairs of ports give.
 */
#include "config.h"

#include <math.h>

#include "wp-bench-plan.h"
#include "wp-bench-plan-private.h"

#define COLUMN_WIDTH 620.0   /* room for the widest device box and its cables */
#define ROW_GAP 60.0
#define MEAN_HEIGHT 150.0    /* about, with ROW_GAP: to choose the number of columns */
#define JOINED_EVERY 10

typedef struct {
  WpDevice  *device;
  GPtrArray *inputs;    /* ids of its free inputs (borrowed from the device) */
  GPtrArray *outputs;
  GPtrArray *taken;     /* ids of its inputs that already have a cable */
} Slot;

static void
collect_ports (Slot *slot)
{
  slot->inputs = g_ptr_array_new ();
  slot->outputs = g_ptr_array_new ();
  slot->taken = g_ptr_array_new ();
  for (guint p = 0; p < wp_device_get_n_ports (slot->device); p++)
    {
      const WpPort *port = wp_device_get_port (slot->device, p);

      if (port->direction == WP_DIRECTION_IN)
        g_ptr_array_add (slot->inputs, port->id);
      else if (port->direction == WP_DIRECTION_OUT)
        g_ptr_array_add (slot->outputs, port->id);
    }
}

static gpointer
pick (GRand     *rand,
      GPtrArray *items)
{
  return g_ptr_array_index (items, g_rand_int_range (rand, 0, items->len));
}

/* A device near @source (within @reach rows and columns) whose @list is not empty. */
static Slot *
find_near (GRand  *rand,
           Slot   *slots,
           guint   n_slots,
           guint   columns,
           guint   source,
           gboolean taken)
{
  guint column = source % columns, row = source / columns;
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (guint));
  const guint reaches[] = { 2, 4, 8, columns };

  for (guint r = 0; r < G_N_ELEMENTS (reaches); r++)
    {
      guint reach = reaches[r];
      guint first = row > reach ? (row - reach) * columns : 0;
      guint last = MIN (n_slots, (row + reach + 1) * columns);

      for (guint d = first; d < last; d++)
        {
          GPtrArray *list = taken ? slots[d].taken : slots[d].inputs;

          if (d != source && list->len > 0 && (guint) ABS ((int) (d % columns) - (int) column) <= reach)
            g_array_append_val (near, d);
        }
      if (near->len > 0)
        return &slots[g_array_index (near, guint, g_rand_int_range (rand, 0, near->len))];
    }
  return NULL;
}

/**
 * wp_bench_plan_new_random:
 * @catalogue: the built-in catalogue, to take devices from
 * @n_devices: how many devices
 * @n_cables: how many cables (fewer when no free input is left)
 * @seed: the same seed gives the same plan
 *
 * Returns: (transfer full): a new plan
 */
WpPlan *
wp_bench_plan_new_random (WpCatalogue *catalogue,
                          guint        n_devices,
                          guint        n_cables,
                          guint32      seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autofree double *tops = NULL;
  g_autofree char *title = NULL;
  WpPlan *plan = wp_plan_new ();
  guint n_templates = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  guint columns = MAX (1, (guint) round (sqrt (WP_BENCH_ASPECT * n_devices * (MEAN_HEIGHT + ROW_GAP)
                                                / COLUMN_WIDTH)));
  Slot *slots = g_new0 (Slot, n_devices);
  guint n = 0;

  g_return_val_if_fail (n_templates > 0, plan);

  /* Device i stands in column i % columns, as number i / columns in it. */
  tops = g_new0 (double, columns);
  for (guint i = 0; i < n_devices; i++)
    {
      g_autoptr(WpDeviceTemplate) template =
        g_list_model_get_item (G_LIST_MODEL (catalogue), g_rand_int_range (rand, 0, n_templates));
      g_autofree char *id = g_strdup_printf ("d%u", i + 1);
      g_autofree char *name = g_strdup_printf ("%s %u", wp_device_template_get_name (template), i + 1);
      guint column = i % columns;

      slots[i].device = wp_device_template_instantiate (template, id);
      wp_device_set_name (slots[i].device, name);
      wp_device_set_position (slots[i].device, column * COLUMN_WIDTH, tops[column]);
      collect_ports (&slots[i]);
      tops[column] += wp_bench_device_height (slots[i].device) + ROW_GAP;
      wp_plan_insert_device (plan, slots[i].device, -1);
      if (slots[i].outputs->len > 0)
        g_ptr_array_add (sources, GUINT_TO_POINTER (i));
    }

  while (n < n_cables && sources->len > 0)
    {
      guint source = GPOINTER_TO_UINT (pick (rand, sources));
      gboolean joined = (n + 1) % JOINED_EVERY == 0;
      Slot *target = find_near (rand, slots, n_devices, columns, source, joined);
      g_autoptr(WpCable) cable = NULL;
      g_autofree char *id = NULL;
      g_autofree char *label = NULL;
      const char *port;

      if (target == NULL && joined)
        target = find_near (rand, slots, n_devices, columns, source, FALSE), joined = FALSE;
      if (target == NULL)
        break;
      if (joined)
        port = pick (rand, target->taken);
      else
        {
          port = g_ptr_array_steal_index_fast (target->inputs,
                                               g_rand_int_range (rand, 0, target->inputs->len));
          g_ptr_array_add (target->taken, (gpointer) port);
        }
      n++;
      id = g_strdup_printf ("c%u", n);
      label = g_strdup_printf ("C-%04u", n);
      cable = wp_cable_new (id, wp_device_get_id (slots[source].device), pick (rand, slots[source].outputs),
                            wp_device_get_id (target->device), port);
      wp_cable_set_label (cable, label);
      wp_plan_insert_cable (plan, cable, -1);
    }

  title = g_strdup_printf ("%u devices, %u cables (generated)", n_devices, n);
  wp_plan_set_meta (plan, WP_META_TITLE, title);
  for (guint i = 0; i < n_devices; i++)
    {
      g_ptr_array_unref (slots[i].inputs);
      g_ptr_array_unref (slots[i].outputs);
      g_ptr_array_unref (slots[i].taken);
      g_object_unref (slots[i].device);
    }
  g_free (slots);
  return plan;
}
