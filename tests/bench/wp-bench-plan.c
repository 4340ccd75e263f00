/* wp-bench-plan.c: realistic big plans for the benchmark, the same for the same arguments
 *
 * A plan is a festival of stages, each wired as a crew would wire it: microphones, DI
 * boxes and the guitar amplifier's DI out over the multicore to the FOH desk; its
 * insert sends and auxes through the patchbay to the outboard (back into the insert
 * returns) and on to the monitor desk; the FOH desk into the drive rack, the drive rack
 * into the front fills and the PA amplifier; the monitor desk into the wedge EQs and
 * the in-ear transmitter, amplifiers to the PA and the wedges; network gear (the
 * drive rack, a Dante amplifier for the delay line, the recorder) to a switch. Every
 * stage is the same recipe (wp-bench-stage.c), laid out in zones from left to right as
 * the signal flows: stage, stage rack, FOH, monitor world, amp rack, PA.
 *
 * A cable runs from an output to the first free input, among the devices the output
 * feeds, that the rules themselves accept (no error, no warning; phantom is switched on
 * where a source needs it), each input taken once. One cable in WP_BENCH_MISTAKE_EVERY
 * is a deliberate mistake instead: an input nearby the rules object to, of the kind
 * made least so far (wrong level, missing phantom, speaker into a line input, an input
 * taken twice, an adapter needed, speaker level on a jack …). Spare outputs fill what
 * the recipe leaves short of the cables asked for, and a stage that would make more
 * than its share leaves its last parts (the extras: phones, talkback) unwired.
 */
#include "config.h"

#include <math.h>

#include "wp-bench-plan.h"
#include "wp-bench-plan-private.h"
#include "wp-bench-stage.h"
#include "wp-net.h"
#include "wp-rules.h"
#include "wp-sheet.h"
#include "wp-signal-kind.h"

#define PORT_PITCH 20.0      /* as the layout puts port rows */
#define HEADER 40.0
#define BOX_WIDTH 260.0      /* about, of a device box with ports on its sides … */
#define BOTTOM_PITCH 64.0    /* … and per port in the row at its bottom */
#define COLUMN_GAP 150.0     /* room for the cables between columns */
#define ROW_GAP 40.0
#define ZONE_TITLE 50.0
#define ZONE_PAD 30.0
#define ZONE_GAP 120.0
#define ZONE_MAX_HEIGHT 1500.0
#define BLOCK_GAP 300.0
#define MISTAKE_TRIES 120    /* candidate inputs judged for one mistake … */
#define MISTAKE_PER_DEVICE 3 /* … a few of each device, for a mix of kinds */

typedef struct {
  WpDevice   *device;
  const Part *part;
  guint       block;
  guint8     *used;    /* per port: has a cable */
} Slot;

typedef struct {
  WpPlan     *plan;       /* the stage being wired */
  GRand      *rand;
  Slot       *slots;
  guint       n_slots;
  guint       n_made;
  guint       n_mistakes;
  GHashTable *labels;     /* label key -> the last number given (one key can cover two kinds) */
  GHashTable *mistakes;   /* interned rule id -> how many made */
} Wiring;

double
wp_bench_device_height (WpDevice *device)
{
  guint n_in = 0, n_out = 0, n = wp_device_get_n_ports (device);

  for (guint p = 0; p < n; p++)
    {
      WpDirection direction = wp_device_get_port (device, p)->direction;

      n_in += direction == WP_DIRECTION_IN;
      n_out += direction == WP_DIRECTION_OUT;
    }
  /* Inputs left, outputs right, the rest in a row at the bottom. */
  return HEADER + MAX (MAX (n_in, n_out), 1) * PORT_PITCH + (n_in + n_out < n ? 34 : 4);
}

static double
device_width (WpDevice *device)
{
  guint n_bottom = 0;

  for (guint p = 0; p < wp_device_get_n_ports (device); p++)
    n_bottom += wp_device_get_port (device, p)->direction == WP_DIRECTION_BIDIR;
  return MAX (BOX_WIDTH, n_bottom * BOTTOM_PITCH + 24);
}

/* Stage numbers as crews write them: S1 … */
static char *
device_name (guint       block,
             const Part *part)
{
  return g_strdup_printf ("S%u %s", block + 1, part->name);
}

/* Zones of one stage left to right, devices in columns within them; every stage the
 * same size, stages in rows so the whole plan is about 16:9. */
static void
lay_out (WpPlan *plan,
         Slot   *slots,
         guint   n_slots)
{
  const guint n_parts = wp_bench_n_parts;
  guint n_blocks = (n_slots + n_parts - 1) / n_parts, per_row;
  double zone_x[N_ZONES], zone_width[N_ZONES], block_width, block_height = 0;
  double *x = g_new0 (double, n_parts), *y = g_new0 (double, n_parts);

  /* The layout within a stage, from the recipe: every stage has the same devices. */
  block_width = 0;
  for (Zone z = 0; z < N_ZONES; z++)
    {
      double left = ZONE_PAD, width = 0, top = ZONE_TITLE, height = 0;
      gboolean any = FALSE;

      for (guint i = 0; i < n_parts && i < n_slots; i++)
        {
          double h;

          if (wp_bench_parts[i].zone != z)
            continue;
          h = wp_bench_device_height (slots[i].device);
          if (any && top + h > ZONE_MAX_HEIGHT)
            left += width + COLUMN_GAP, width = 0, top = ZONE_TITLE;
          x[i] = left;
          y[i] = top;
          top += h + ROW_GAP;
          height = MAX (height, top);
          width = MAX (width, device_width (slots[i].device));
          any = TRUE;
        }
      zone_x[z] = block_width;
      zone_width[z] = any ? left + width + ZONE_PAD : 0;
      block_width += any ? zone_width[z] + ZONE_GAP : 0;
      block_height = MAX (block_height, height + ZONE_PAD);
    }
  per_row = MAX (1, (guint) round (sqrt (WP_BENCH_ASPECT * n_blocks * (block_height + BLOCK_GAP)
                                         / (block_width + BLOCK_GAP))));

  for (guint b = 0; b < n_blocks; b++)
    {
      double left = (b % per_row) * (block_width + BLOCK_GAP);
      double top = (b / per_row) * (block_height + BLOCK_GAP);
      char *zone_ids[N_ZONES] = { NULL };

      for (Zone z = 0; z < N_ZONES; z++)
        {
          g_autoptr(WpZone) zone = NULL;
          g_autofree char *name = NULL;

          if (zone_width[z] == 0)
            continue;
          zone_ids[z] = g_strdup_printf ("z%u-%u", b + 1, z + 1);
          name = g_strdup_printf ("%s %u", wp_bench_zone_names[z], b + 1);
          zone = wp_zone_new (zone_ids[z], name, left + zone_x[z], top, zone_width[z], block_height);
          wp_plan_insert_zone (plan, zone, -1);
        }
      for (guint i = b * n_parts; i < MIN (n_slots, (b + 1) * n_parts); i++)
        {
          const Part *part = slots[i].part;
          guint r = i - b * n_parts;

          wp_device_set_position (slots[i].device, left + zone_x[part->zone] + x[r], top + y[r]);
          wp_device_set_zone (slots[i].device, zone_ids[part->zone]);
        }
      for (Zone z = 0; z < N_ZONES; z++)
        g_free (zone_ids[z]);
    }
  g_free (x);
  g_free (y);
}

/* The first and after-last slot of @slot's stage. */
static void
get_stage (Wiring *wiring,
           Slot   *slot,
           guint  *first,
           guint  *last)
{
  *first = (slot - wiring->slots) / wp_bench_n_parts * wp_bench_n_parts;
  *last = MIN (wiring->n_slots, *first + wp_bench_n_parts);
}

/* Worth asking the rules about, for a mistake: the same kind of signal, or two analog
 * ones (no loudspeaker into a MIDI input). */
static gboolean
related (const WpPort *from,
         const WpPort *to)
{
  return wp_signal_kind_for_port (from) == wp_signal_kind_for_port (to)
         || (from->signal == WP_SIGNAL_ANALOG && to->signal == WP_SIGNAL_ANALOG);
}

/* What output @p of @slot carries: for a link of a passive device (a multicore or
 * patchbay line, which has no level of its own), what drives its net. The rules judge
 * a cable by its two ends, so without this a microphone line through a multicore
 * would be "fine" into a loudspeaker's line input. */
static WpSignalKind
sent_kind (Wiring *wiring,
           Slot   *slot,
           guint   p)
{
  const WpPort *port = wp_device_get_port (slot->device, p);
  WpSignalKind kind = wp_signal_kind_for_port (port);

  if (kind == WP_SIGNAL_KIND_ANALOG && port->link_of != NULL)
    {
      WpEndpoint seed = { (char *) wp_device_get_id (slot->device), port->id, NULL };
      g_autoptr(WpNet) net = wp_net_new (wiring->plan, &seed);
      const WpNetPort *driver = wp_net_get_driver (net);

      if (driver != NULL)
        kind = wp_signal_kind_for_port (driver->port);
    }
  return kind;
}

/* Worth asking the rules about, for a cable a crew would make: the same kind of signal
 * at both ends, or an analog one into a passive device's line. */
static gboolean
fits (const WpPort *from,
      WpSignalKind  sent,
      const WpPort *to)
{
  WpSignalKind kind = wp_signal_kind_for_port (to);

  return kind == sent || (kind == WP_SIGNAL_KIND_ANALOG && from->signal == WP_SIGNAL_ANALOG);
}

/* A link (a loudspeaker's link socket, a DI box's thru) whose input has a cable. */
static gboolean
is_live_link (Slot  *slot,
              guint  p)
{
  const char *link_of = wp_device_get_port (slot->device, p)->link_of;

  for (guint q = 0; link_of != NULL && q < wp_device_get_n_ports (slot->device); q++)
    if (g_str_equal (wp_device_get_port (slot->device, q)->id, link_of))
      return slot->used[q];
  return FALSE;
}

static gboolean
can_send (Slot  *slot,
          guint  p)
{
  const WpPort *port = wp_device_get_port (slot->device, p);

  if (slot->used[p] || (port->direction != WP_DIRECTION_OUT && port->direction != WP_DIRECTION_BIDIR))
    return FALSE;
  /* A link passes on what its input gets: worth a cable only where something comes in. */
  return port->link_of == NULL || ((slot->part->flags & THROUGH) && is_live_link (slot, p));
}

static gboolean
can_receive (Slot  *slot,
             guint  p)
{
  WpDirection direction = wp_device_get_port (slot->device, p)->direction;

  return direction == WP_DIRECTION_IN || direction == WP_DIRECTION_BIDIR;
}

static GPtrArray *
judge (Wiring *wiring,
       Slot   *from,
       guint   p,
       Slot   *to,
       guint   q)
{
  WpEndpoint a = { (char *) wp_device_get_id (from->device), wp_device_get_port (from->device, p)->id, NULL };
  WpEndpoint b = { (char *) wp_device_get_id (to->device), wp_device_get_port (to->device, q)->id, NULL };

  return wp_rules_check_candidate (wiring->plan, &a, &b);
}

/* The first error or warning, or NULL when the rules accept the cable. */
static const WpProblem *
first_fault (GPtrArray *problems,
             gboolean   but_phantom)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity >= WP_SEVERITY_WARNING
          && !(but_phantom && g_str_equal (problem->rule, "phantom-missing")))
        return problem;
    }
  return NULL;
}

static void
connect (Wiring *wiring,
         Slot   *from,
         guint   p,
         Slot   *to,
         guint   q)
{
  const WpPort *out = wp_device_get_port (from->device, p);
  const WpPort *in = wp_device_get_port (to->device, q);
  g_autofree char *id = g_strdup_printf ("c%u", wiring->n_made + 1);
  g_autofree char *label = NULL;
  g_autoptr(WpCable) cable = wp_cable_new (id, wp_device_get_id (from->device), out->id,
                                           wp_device_get_id (to->device), in->id);
  WpSignalKind kind = wp_signal_kind_for_ports (out, in);
  const char *key = wp_cable_label_key_for_kind (kind);
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (wiring->labels, key)) + 1;

  g_hash_table_insert (wiring->labels, (gpointer) key, GUINT_TO_POINTER (number));
  label = wp_cable_label_format (NULL, kind, number);
  wp_cable_set_label (cable, label);
  wp_plan_insert_cable (wiring->plan, cable, -1);
  from->used[p] = TRUE;
  to->used[q] = TRUE;
  wiring->n_made++;
}

/* A cable the rules accept, switching on the input's phantom power where that is
 * all they ask for, as the engineer would. */
static gboolean
try_clean (Wiring       *wiring,
           Slot         *from,
           guint         p,
           WpSignalKind  sent,
           Slot         *to,
           guint         q)
{
  const WpPort *in = wp_device_get_port (to->device, q);
  g_autoptr(GPtrArray) problems = NULL;

  if (to->used[q] || !fits (wp_device_get_port (from->device, p), sent, in))
    return FALSE;
  problems = judge (wiring, from, p, to, q);
  if (first_fault (problems, FALSE) == NULL)
    return TRUE;
  if (first_fault (problems, TRUE) == NULL && in->phantom > WP_PHANTOM_NONE && in->phantom_on != WP_FLAG_YES)
    {
      WpPort *on = wp_port_copy (in);

      on->phantom_on = WP_FLAG_YES;
      wp_plan_replace_port (wiring->plan, to->device, q, on);
      g_ptr_array_unref (problems);
      problems = judge (wiring, from, p, to, q);
      return first_fault (problems, FALSE) == NULL;
    }
  return FALSE;
}

static gboolean
is_mistake_rule (const char *rule)
{
  for (guint i = 0; i < wp_bench_n_mistake_rules; i++)
    if (g_str_equal (wp_bench_mistake_rules[i], rule))
      return TRUE;
  return FALSE;
}

typedef struct {
  Slot       *from, *to;
  guint       p, q;
  guint       count;   /* mistakes of its rule made so far */
  const char *rule;    /* interned */
} Mistake;

/* Output @p of @from into inputs of its stage (free or taken), a few of each device
 * from a random one on: keeps in @best the one that breaks the rule made least. */
static void
consider (Wiring  *wiring,
          Slot    *from,
          guint    p,
          Mistake *best)
{
  guint first, last, n, start, tries = 0;

  get_stage (wiring, from, &first, &last);
  n = last - first;
  start = g_rand_int_range (wiring->rand, 0, n);

  for (guint k = 0; k < n && tries < MISTAKE_TRIES; k++)
    {
      Slot *to = &wiring->slots[first + (start + k) % n];

      if (to == from)
        continue;
      for (guint q = 0, judged = 0; q < wp_device_get_n_ports (to->device)
           && judged < MISTAKE_PER_DEVICE && tries < MISTAKE_TRIES; q++)
        {
          g_autoptr(GPtrArray) problems = NULL;
          const WpProblem *fault;
          const char *rule;
          guint count;

          if (!can_receive (to, q) || !related (wp_device_get_port (from->device, p),
                                                wp_device_get_port (to->device, q)))
            continue;
          tries++, judged++;
          problems = judge (wiring, from, p, to, q);
          fault = first_fault (problems, FALSE);
          if (fault == NULL || !is_mistake_rule (fault->rule))
            continue;
          rule = g_intern_string (fault->rule);
          count = GPOINTER_TO_UINT (g_hash_table_lookup (wiring->mistakes, rule));
          if (best->from == NULL || count < best->count)
            *best = (Mistake) { from, to, p, q, count, rule };
        }
    }
}

/* A deliberate mistake from output @p of @from, or from a link socket of its stage
 * (a second loudspeaker on an amplifier, a DI box's thru into a line input): the one
 * that breaks the rule made least so far. */
static gboolean
try_mistake (Wiring *wiring,
             Slot   *from,
             guint   p)
{
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  Mistake best = { NULL };
  guint first, last;

  get_stage (wiring, from, &first, &last);
  consider (wiring, from, p, &best);
  for (guint d = first; d < last; d++)
    for (guint q = 0; q < wp_device_get_n_ports (wiring->slots[d].device); q++)
      if (!wiring->slots[d].used[q] && !(wiring->slots[d].part->flags & THROUGH)
          && is_live_link (&wiring->slots[d], q))
        g_array_append_val (links, ((guint[2]) { d, q }));
  if (links->len > 0)
    {
      guint *link = &g_array_index (links, guint, 2 * g_rand_int_range (wiring->rand, 0, links->len));

      consider (wiring, &wiring->slots[link[0]], link[1], &best);
    }
  if (best.from == NULL)
    return FALSE;
  g_hash_table_insert (wiring->mistakes, (gpointer) best.rule, GUINT_TO_POINTER (best.count + 1));
  connect (wiring, best.from, best.p, best.to, best.q);
  wiring->n_mistakes++;
  return TRUE;
}

/* The first free input the rules accept among the devices of @role in @from's stage;
 * with ROLE_NONE, of any device there. */
static gboolean
try_role (Wiring       *wiring,
          Slot         *from,
          guint         p,
          WpSignalKind  sent,
          Role          role,
          const char   *in)
{
  guint first, last;

  get_stage (wiring, from, &first, &last);
  for (guint d = first; d < last; d++)
    {
      Slot *to = &wiring->slots[d];

      if (to == from || (role != ROLE_NONE && to->part->role != role))
        continue;
      for (guint q = 0; q < wp_device_get_n_ports (to->device); q++)
        if (can_receive (to, q) && (in == NULL || g_str_has_prefix (wp_device_get_port (to->device, q)->id, in))
            && try_clean (wiring, from, p, sent, to, q))
          {
            connect (wiring, from, p, to, q);
            return TRUE;
          }
    }
  return FALSE;
}

static gboolean
mistake_due (Wiring *wiring)
{
  return (wiring->n_mistakes + 1) * WP_BENCH_MISTAKE_EVERY <= wiring->n_made + 1;
}

/* Each output into the first device it is routed to or feeds, in that order of
 * preference, that has a free input the rules accept for it. */
static void
wire_device (Wiring *wiring,
             Slot   *slot,
             guint   budget)
{
  const Part *part = slot->part;
  guint n_sent = 0;

  for (guint p = 0; p < wp_device_get_n_ports (slot->device) && wiring->n_made < budget; p++)
    {
      const char *id = wp_device_get_port (slot->device, p)->id;
      gboolean done = FALSE;
      WpSignalKind sent;

      if (!can_send (slot, p))
        continue;
      if ((part->flags & ONE_OUT) && n_sent++ > 0)
        break;
      /* Unless the mistake came from somewhere else, this output is done. */
      if (mistake_due (wiring) && try_mistake (wiring, slot, p)
          && (slot->used[p] || wiring->n_made == budget))
        continue;
      sent = sent_kind (wiring, slot, p);
      for (guint r = 0; r < wp_bench_n_routes && !done; r++)
        {
          const Route *route = &wp_bench_routes[r];

          done = g_str_equal (route->part, part->name) && g_str_has_prefix (id, route->out)
                 && try_role (wiring, slot, p, sent, route->role, route->in);
        }
      for (guint f = 0; f < MAX_FEEDS && part->feeds[f] != ROLE_NONE && !done; f++)
        done = try_role (wiring, slot, p, sent, part->feeds[f], NULL);
    }
}

/* Spare outputs into any free input of the stage the rules accept, until @budget. */
static void
fill_block (Wiring *wiring,
            guint   first,
            guint   last,
            guint   budget)
{
  for (guint d = first; d < last && wiring->n_made < budget; d++)
    {
      Slot *slot = &wiring->slots[d];

      for (guint p = 0; p < wp_device_get_n_ports (slot->device) && wiring->n_made < budget; p++)
        {
          if (!can_send (slot, p))
            continue;
          if (mistake_due (wiring) && try_mistake (wiring, slot, p)
              && (slot->used[p] || wiring->n_made == budget))
            continue;
          try_role (wiring, slot, p, sent_kind (wiring, slot, p), ROLE_NONE, NULL);
        }
    }
}

/**
 * wp_bench_plan_new:
 * @catalogue: the built-in catalogue, to take devices from
 * @n_devices: how many devices
 * @n_cables: how many cables (fewer only when no output has a free input left)
 * @seed: the same seed gives the same plan
 *
 * A festival of stages wired as a crew would, with one cable in
 * %WP_BENCH_MISTAKE_EVERY a deliberate mistake.
 *
 * Returns: (transfer full): a new plan
 */
WpPlan *
wp_bench_plan_new (WpCatalogue *catalogue,
                   guint        n_devices,
                   guint        n_cables,
                   guint32      seed)
{
  const guint n_parts = wp_bench_n_parts;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *title = NULL;
  g_autofree char *notes = NULL;
  WpPlan *plan = wp_plan_new ();
  /* Each stage is wired in a plan of its own: the rules judge a candidate cable in
   * time that grows with the plan it is in. */
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_object_unref);
  Wiring wiring = { NULL, rand, g_new0 (Slot, n_devices), n_devices, 0, 0,
                    g_hash_table_new (g_str_hash, g_str_equal),
                    g_hash_table_new (g_direct_hash, g_direct_equal) };

  for (guint i = 0; i < n_devices; i++)
    {
      Slot *slot = &wiring.slots[i];
      WpDeviceTemplate *template;
      g_autofree char *id = g_strdup_printf ("d%u", i + 1);
      g_autofree char *name = NULL;

      slot->part = &wp_bench_parts[i % n_parts];
      slot->block = i / n_parts;
      template = wp_catalogue_find (catalogue, slot->part->model);
      g_assert (template != NULL);
      name = device_name (slot->block, slot->part);
      slot->device = wp_device_template_instantiate (template, id);
      wp_device_set_name (slot->device, name);
      slot->used = g_new0 (guint8, wp_device_get_n_ports (slot->device));
    }
  lay_out (plan, wiring.slots, n_devices);
  for (guint i = 0; i < n_devices; i++)
    {
      if (i % n_parts == 0)
        g_ptr_array_add (stages, wp_plan_new ());
      wp_plan_insert_device (g_ptr_array_index (stages, i / n_parts), wiring.slots[i].device, -1);
      wp_plan_insert_device (plan, wiring.slots[i].device, -1);
    }

  /* Each stage gets its share of the cables, what one leaves short going to the next. */
  for (guint b = 0; b < stages->len; b++)
    {
      guint first = b * n_parts, last = MIN (n_devices, first + n_parts);
      guint budget = (guint) ((guint64) n_cables * last / n_devices);

      wiring.plan = g_ptr_array_index (stages, b);
      for (guint d = first; d < last; d++)
        wire_device (&wiring, &wiring.slots[d], budget);
      fill_block (&wiring, first, last, budget);
    }
  /* What every stage left short, from any of them. */
  for (guint b = 0; b < stages->len && wiring.n_made < n_cables; b++)
    {
      wiring.plan = g_ptr_array_index (stages, b);
      fill_block (&wiring, b * n_parts, MIN (n_devices, (b + 1) * n_parts), n_cables);
    }
  for (guint b = 0; b < stages->len; b++)
    {
      WpPlan *stage = g_ptr_array_index (stages, b);

      for (guint c = 0; c < wp_plan_get_n_cables (stage); c++)
        wp_plan_insert_cable (plan, wp_plan_get_cable (stage, c), -1);
    }

  title = g_strdup_printf ("Festival: %u stage%s, %u devices, %u cables (generated)", stages->len,
                           stages->len == 1 ? "" : "s", n_devices, wiring.n_made);
  notes = g_strdup_printf ("%u of the cables are deliberate mistakes.", wiring.n_mistakes);
  wp_plan_set_meta (plan, WP_META_TITLE, title);
  wp_plan_set_meta (plan, WP_META_NOTES, notes);
  for (guint i = 0; i < n_devices; i++)
    {
      g_free (wiring.slots[i].used);
      g_object_unref (wiring.slots[i].device);
    }
  g_free (wiring.slots);
  g_hash_table_unref (wiring.labels);
  g_hash_table_unref (wiring.mistakes);
  return plan;
}
