/* wp-arrange.c: a layered layout by signal flow, align, distribute, free spots
 *
 * Arrange works per zone (devices without a zone form one more group), so zones
 * stay apart. In a group, cables point from sources to sinks; longest-path
 * layering puts each device one column right of its furthest source, then
 * barycentre sweeps reorder each column by the heights of its neighbours and the
 * order with the fewest cable crossings wins. A last pass moves any device that
 * would land on another one to the nearest free spot.
 */
#include "config.h"

#include <math.h>

#include "wp-arrange-private.h"

#define ZONE_TOP_INSET   50.0   /* below a zone's title */
#define ZONE_SIDE_INSET  30.0
#define COLUMN_GAP       (2 * WP_ARRANGE_GAP)   /* room for the cables between columns */
#define SPOT_STEP        20.0
#define SPOT_MAX_RINGS   400
#define N_SWEEPS         6


static gboolean
boxes_overlap (const WpBox *a,
               const WpBox *b)
{
  return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h && b->y < a->y + a->h;
}

/* A cable drawn straight from the right edge of its source to the left edge of
 * its sink, where outputs and inputs sit. */
typedef struct {
  double   x1, y1, x2, y2;
  gpointer from, to;
} Segment;

static Segment
make_segment (const WpBox *from,
              const WpBox *to,
              gpointer   from_key,
              gpointer   to_key)
{
  return (Segment) { from->x + from->w, from->y + from->h / 2, to->x, to->y + to->h / 2, from_key, to_key };
}

static double
orientation (double ax, double ay, double bx, double by, double cx, double cy)
{
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

static gboolean
segments_cross (const Segment *s,
                const Segment *t)
{
  double d1, d2, d3, d4;

  /* Cables that share a device meet there; that is no crossing. */
  if (s->from == t->from || s->from == t->to || s->to == t->from || s->to == t->to)
    return FALSE;
  d1 = orientation (s->x1, s->y1, s->x2, s->y2, t->x1, t->y1);
  d2 = orientation (s->x1, s->y1, s->x2, s->y2, t->x2, t->y2);
  d3 = orientation (t->x1, t->y1, t->x2, t->y2, s->x1, s->y1);
  d4 = orientation (t->x1, t->y1, t->x2, t->y2, s->x2, s->y2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

static guint
count_segment_crossings (GArray *segments)
{
  guint count = 0;

  for (guint i = 0; i < segments->len; i++)
    for (guint j = i + 1; j < segments->len; j++)
      if (segments_cross (&g_array_index (segments, Segment, i), &g_array_index (segments, Segment, j)))
        count++;
  return count;
}

/* The devices at both ends of @cable, or FALSE for a cable from a device to itself. */
static gboolean
cable_devices (WpPlan    *plan,
               WpCable   *cable,
               WpDevice **from,
               WpDevice **to)
{
  *from = wp_plan_find_device (plan, wp_cable_get_from (cable)->device);
  *to = wp_plan_find_device (plan, wp_cable_get_to (cable)->device);
  return *from != NULL && *to != NULL && *from != *to;
}

/* Crossings of the plan's cables drawn as straight lines (see make_segment()). */
guint
wp_arrange_count_crossings (WpPlan     *plan,
                            WpSizeFunc  size,
                            gpointer    user_data)
{
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));

  g_return_val_if_fail (WP_IS_PLAN (plan), 0);
  g_return_val_if_fail (size != NULL, 0);

  for (guint i = 0; i < wp_plan_get_n_cables (plan); i++)
    {
      WpDevice *from, *to;
      WpBox a, b;
      Segment segment;

      if (!cable_devices (plan, wp_plan_get_cable (plan, i), &from, &to))
        continue;
      a = wp_arrange_device_box (from, size, user_data);
      b = wp_arrange_device_box (to, size, user_data);
      segment = make_segment (&a, &b, from, to);
      g_array_append_val (segments, segment);
    }
  return count_segment_crossings (segments);
}

/* Pairs of devices whose boxes overlap. */
guint
wp_arrange_count_overlaps (WpPlan     *plan,
                           WpSizeFunc  size,
                           gpointer    user_data)
{
  guint n = wp_plan_get_n_devices (plan);
  g_autofree WpBox *boxes = g_new (WpBox, n);
  guint count = 0;

  g_return_val_if_fail (WP_IS_PLAN (plan), 0);
  g_return_val_if_fail (size != NULL, 0);

  for (guint i = 0; i < n; i++)
    boxes[i] = wp_arrange_device_box (wp_plan_get_device (plan, i), size, user_data);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (boxes_overlap (&boxes[i], &boxes[j]))
        count++;
  return count;
}

static gboolean
box_is_free (const WpBox *box,
             GArray    *obstacles)
{
  /* A margin, so that a device never touches another one either. */
  WpBox padded = { box->x - WP_ARRANGE_ROW_GAP / 2, box->y - WP_ARRANGE_ROW_GAP / 2, box->w + WP_ARRANGE_ROW_GAP, box->h + WP_ARRANGE_ROW_GAP };

  for (guint i = 0; i < obstacles->len; i++)
    if (boxes_overlap (&padded, &g_array_index (obstacles, WpBox, i)))
      return FALSE;
  return TRUE;
}

/* Moves @box to the free place nearest to where it is, searching square rings
 * of grid points around it. */
static void
find_free_spot (WpBox    *box,
                GArray *obstacles)
{
  for (int ring = 0; ring <= SPOT_MAX_RINGS; ring++)
    {
      double best_distance = INFINITY;
      WpBox best = *box;

      for (int i = -ring; i <= ring; i++)
        for (int j = -ring; j <= ring; j++)
          {
            WpBox candidate = { box->x + i * SPOT_STEP, box->y + j * SPOT_STEP, box->w, box->h };
            double distance = (double) i * i + (double) j * j;

            if (MAX (ABS (i), ABS (j)) != ring || distance >= best_distance)
              continue;
            if (box_is_free (&candidate, obstacles))
              {
                best_distance = distance;
                best = candidate;
              }
          }
      if (isfinite (best_distance))
        {
          *box = best;
          return;
        }
    }
}

/* Finds the place nearest to @x, @y where a device of @width × @height overlaps
 * no device of @plan (but @ignore, the device being placed, if it is in @plan). */
void
wp_arrange_free_spot (WpPlan     *plan,
                      WpDevice   *ignore,
                      double      width,
                      double      height,
                      WpSizeFunc  size,
                      gpointer    user_data,
                      double     *x,
                      double     *y)
{
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (WpBox));
  WpBox box = { *x, *y, width, height };

  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (size != NULL);

  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    {
      WpDevice *device = wp_plan_get_device (plan, i);
      WpBox obstacle;

      if (device == ignore)
        continue;
      obstacle = wp_arrange_device_box (device, size, user_data);
      g_array_append_val (obstacles, obstacle);
    }
  find_free_spot (&box, obstacles);
  *x = box.x;
  *y = box.y;
}

typedef struct {
  guint   input;       /* index into the caller's devices */
  WpBox     box;
  int     layer;
  double  key;         /* sort key in the layer */
  GArray *preds;       /* of guint, node indices */
  GArray *succs;
  gboolean any_in;     /* cables from anywhere, other zones included */
  gboolean any_out;
} Node;

typedef struct {
  WpPlan     *plan;
  const char *zone_id;
  GArray     *nodes;       /* of Node */
  GPtrArray  *layers;      /* of GArray of guint */
  double      origin_x;
  double      origin_y;
  double      max_height;  /* a column taller than this wraps; 0: no limit */
  double      max_width;   /* columns beyond this wrap into a band below */
} Group;

static void
clear_node (gpointer data)
{
  Node *node = data;

  g_clear_pointer (&node->preds, g_array_unref);
  g_clear_pointer (&node->succs, g_array_unref);
}

static int
find_node (Group    *group,
           WpDevice *device,
           WpDevice * const *devices)
{
  for (guint i = 0; i < group->nodes->len; i++)
    if (devices[g_array_index (group->nodes, Node, i).input] == device)
      return (int) i;
  return -1;
}

static void
collect_edges (Group            *group,
               WpDevice * const *devices)
{
  for (guint c = 0; c < wp_plan_get_n_cables (group->plan); c++)
    {
      WpDevice *from, *to;
      int a, b;

      if (!cable_devices (group->plan, wp_plan_get_cable (group->plan, c), &from, &to))
        continue;
      a = find_node (group, from, devices);
      b = find_node (group, to, devices);
      if (a >= 0)
        g_array_index (group->nodes, Node, a).any_out = TRUE;
      if (b >= 0)
        g_array_index (group->nodes, Node, b).any_in = TRUE;
      if (a >= 0 && b >= 0)
        {
          guint ua = (guint) a, ub = (guint) b;

          g_array_append_val (g_array_index (group->nodes, Node, a).succs, ub);
          g_array_append_val (g_array_index (group->nodes, Node, b).preds, ua);
        }
    }
}

/* Longest path from the sources, in the order of Kahn's algorithm; in a cycle
 * the device with the fewest unplaced sources goes first, which drops the
 * cable that closes the cycle. */
static int
assign_layers (Group *group)
{
  guint n = group->nodes->len;
  g_autofree guint *waiting = g_new0 (guint, n);
  g_autofree gboolean *done = g_new0 (gboolean, n);
  g_autoptr(GQueue) ready = g_queue_new ();
  int max_layer = 0;

  for (guint i = 0; i < n; i++)
    {
      waiting[i] = g_array_index (group->nodes, Node, i).preds->len;
      if (waiting[i] == 0)
        g_queue_push_tail (ready, GUINT_TO_POINTER (i));
    }
  for (guint placed = 0; placed < n; placed++)
    {
      Node *node;
      guint u;

      if (g_queue_is_empty (ready))
        {
          guint pick = G_MAXUINT;

          for (guint i = 0; i < n; i++)
            if (!done[i] && (pick == G_MAXUINT || waiting[i] < waiting[pick]))
              pick = i;
          g_queue_push_tail (ready, GUINT_TO_POINTER (pick));
        }
      u = GPOINTER_TO_UINT (g_queue_pop_head (ready));
      done[u] = TRUE;
      node = &g_array_index (group->nodes, Node, u);
      max_layer = MAX (max_layer, node->layer);
      for (guint s = 0; s < node->succs->len; s++)
        {
          guint v = g_array_index (node->succs, guint, s);
          Node *succ = &g_array_index (group->nodes, Node, v);

          if (done[v])
            continue;
          succ->layer = MAX (succ->layer, node->layer + 1);
          if (--waiting[v] == 0)
            g_queue_push_tail (ready, GUINT_TO_POINTER (v));
        }
    }

  /* A device wired only to other zones goes left if it sends, right if it only
   * receives. */
  for (guint i = 0; i < n; i++)
    {
      Node *node = &g_array_index (group->nodes, Node, i);

      if (node->preds->len == 0 && node->succs->len == 0 && node->any_in && !node->any_out)
        node->layer = max_layer;
    }
  return max_layer;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GArray *nodes = user_data;
  const Node *x = &g_array_index (nodes, Node, *(const guint *) a);
  const Node *y = &g_array_index (nodes, Node, *(const guint *) b);

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return (int) x->input - (int) y->input;
}

static void
sort_layer (Group  *group,
            GArray *layer)
{
  g_array_sort_with_data (layer, compare_keys, group->nodes);
}

typedef struct {
  guint  layer, start, end;   /* a run of a layer's devices */
  double width, height;
  guint  band;                /* a row of columns; a long chain wraps into the next */
} Column;

/* Columns from left to right, each layer wrapped into as many columns as the
 * zone's height needs, columns wrapped into bands below each other where the
 * zone is too narrow, each column centred on the tallest one of its band. */
static void
place (Group *group)
{
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_autoptr(GArray) band_heights = g_array_new (FALSE, TRUE, sizeof (double));
  double x = group->origin_x, band_top = group->origin_y;
  guint band = 0;

  for (guint l = 0; l < group->layers->len; l++)
    {
      GArray *layer = g_ptr_array_index (group->layers, l);
      Column column = { l, 0, 0, 0, 0, 0 };

      while (column.start < layer->len)
        {
          column.end = column.start;
          column.width = column.height = 0;
          while (column.end < layer->len)
            {
              WpBox *box = &g_array_index (group->nodes, Node, g_array_index (layer, guint, column.end)).box;
              double next = column.height + (column.end > column.start ? WP_ARRANGE_ROW_GAP : 0) + box->h;

              if (column.end > column.start && group->max_height > 0 && next > group->max_height)
                break;
              column.height = next;
              column.width = MAX (column.width, box->w);
              column.end++;
            }
          if (x > group->origin_x && group->max_width > 0 && x + column.width > group->origin_x + group->max_width)
            {
              band++;
              x = group->origin_x;
            }
          column.band = band;
          x += column.width + COLUMN_GAP;
          if (band_heights->len <= band)
            g_array_set_size (band_heights, band + 1);
          g_array_index (band_heights, double, band) = MAX (g_array_index (band_heights, double, band),
                                                            column.height);
          g_array_append_val (columns, column);
          column.start = column.end;
        }
    }

  x = group->origin_x;
  band = 0;
  for (guint c = 0; c < columns->len; c++)
    {
      Column *column = &g_array_index (columns, Column, c);
      GArray *layer = g_ptr_array_index (group->layers, column->layer);
      double tallest, y;

      if (column->band != band)
        {
          band_top += g_array_index (band_heights, double, band) + COLUMN_GAP;
          band = column->band;
          x = group->origin_x;
        }
      tallest = g_array_index (band_heights, double, band);
      y = band_top + round ((tallest - column->height) / 2);
      for (guint i = column->start; i < column->end; i++)
        {
          Node *node = &g_array_index (group->nodes, Node, g_array_index (layer, guint, i));

          node->box.x = x;
          node->box.y = y;
          y += node->box.h + WP_ARRANGE_ROW_GAP;
        }
      x += column->width + COLUMN_GAP;
    }
}

static guint
group_crossings (Group *group)
{
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));

  for (guint i = 0; i < group->nodes->len; i++)
    {
      Node *node = &g_array_index (group->nodes, Node, i);

      for (guint s = 0; s < node->succs->len; s++)
        {
          guint j = g_array_index (node->succs, guint, s);
          Segment segment = make_segment (&node->box, &g_array_index (group->nodes, Node, j).box,
                                          GUINT_TO_POINTER (i + 1), GUINT_TO_POINTER (j + 1));

          g_array_append_val (segments, segment);
        }
    }
  return count_segment_crossings (segments);
}

/* One sweep: each column in turn (left to right, or right to left) is sorted by
 * the mean height of its neighbours in the columns already swept. */
static void
sweep (Group    *group,
       gboolean  down)
{
  for (guint k = 1; k < group->layers->len; k++)
    {
      GArray *layer = g_ptr_array_index (group->layers, down ? k : group->layers->len - 1 - k);

      for (guint i = 0; i < layer->len; i++)
        {
          Node *node = &g_array_index (group->nodes, Node, g_array_index (layer, guint, i));
          GArray *neighbours = down ? node->preds : node->succs;
          double sum = 0;

          node->key = node->box.y + node->box.h / 2;
          if (neighbours->len == 0)
            continue;
          for (guint j = 0; j < neighbours->len; j++)
            {
              WpBox *other = &g_array_index (group->nodes, Node, g_array_index (neighbours, guint, j)).box;

              sum += other->y + other->h / 2;
            }
          node->key = sum / neighbours->len;
        }
      sort_layer (group, layer);
      place (group);
    }
}

static GPtrArray *
copy_layers (GPtrArray *layers)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint l = 0; l < layers->len; l++)
    {
      GArray *layer = g_ptr_array_index (layers, l);
      GArray *dup = g_array_sized_new (FALSE, FALSE, sizeof (guint), layer->len);

      g_array_append_vals (dup, layer->data, layer->len);
      g_ptr_array_add (copy, dup);
    }
  return copy;
}

static void
arrange_group (Group            *group,
               WpDevice * const *devices)
{
  g_autoptr(GPtrArray) best = NULL;
  guint best_crossings;
  int max_layer;

  collect_edges (group, devices);
  max_layer = assign_layers (group);
  group->layers = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (int l = 0; l <= max_layer; l++)
    g_ptr_array_add (group->layers, g_array_new (FALSE, FALSE, sizeof (guint)));
  for (guint i = 0; i < group->nodes->len; i++)
    {
      Node *node = &g_array_index (group->nodes, Node, i);

      /* Start from the order the user gave: top to bottom. */
      node->key = node->box.y;
      g_array_append_val (g_ptr_array_index (group->layers, node->layer), i);
    }
  for (guint l = 0; l < group->layers->len; l++)
    sort_layer (group, g_ptr_array_index (group->layers, l));
  place (group);
  best = copy_layers (group->layers);
  best_crossings = group_crossings (group);

  for (guint s = 0; s < N_SWEEPS && best_crossings > 0; s++)
    {
      guint crossings;

      sweep (group, s % 2 == 0);
      crossings = group_crossings (group);
      if (crossings < best_crossings)
        {
          best_crossings = crossings;
          g_clear_pointer (&best, g_ptr_array_unref);
          best = copy_layers (group->layers);
        }
    }
  g_ptr_array_unref (group->layers);
  group->layers = g_steal_pointer (&best);
  place (group);
}

/* Where a group starts: inside its zone for the whole plan, where the devices
 * were for a selection; devices without a zone go below the zones. */
static void
set_origin (Group            *group,
            gboolean          whole_plan,
            double            zones_left,
            double            zones_bottom)
{
  WpZone *zone = group->zone_id != NULL ? wp_plan_find_zone (group->plan, group->zone_id) : NULL;
  double left = INFINITY, top = INFINITY;

  for (guint i = 0; i < group->nodes->len; i++)
    {
      Node *node = &g_array_index (group->nodes, Node, i);

      left = MIN (left, node->box.x);
      top = MIN (top, node->box.y);
    }
  group->origin_x = left;
  group->origin_y = top;
  group->max_height = 0;
  group->max_width = 0;
  if (zone != NULL)
    {
      double x, y, w, h;

      wp_zone_get_bounds (zone, &x, &y, &w, &h);
      if (whole_plan)
        {
          group->origin_x = x + ZONE_SIDE_INSET;
          group->origin_y = y + ZONE_TOP_INSET;
        }
      group->max_height = MAX (y + h - ZONE_SIDE_INSET - group->origin_y, 1);
      group->max_width = MAX (x + w - ZONE_SIDE_INSET - group->origin_x, 1);
    }
  else if (whole_plan && isfinite (zones_bottom))
    {
      group->origin_x = zones_left;
      group->origin_y = zones_bottom + COLUMN_GAP;
    }
}

/* Returns new positions (x, y pairs in the order of @devices) that lay @devices
 * out by signal flow; devices of @plan not in @devices stay where they are and
 * are never overlapped. */
double *
wp_arrange_layout (WpPlan           *plan,
                   WpDevice * const *devices,
                   guint             n_devices,
                   WpSizeFunc        size,
                   gpointer          user_data)
{
  double *positions = g_new0 (double, 2 * (gsize) n_devices);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (WpBox));
  g_autofree gboolean *arranged = NULL;
  gboolean whole_plan = n_devices == wp_plan_get_n_devices (plan);
  double zones_left = INFINITY, zones_bottom = -INFINITY;

  g_return_val_if_fail (WP_IS_PLAN (plan), positions);
  g_return_val_if_fail (devices != NULL || n_devices == 0, positions);
  g_return_val_if_fail (size != NULL, positions);

  for (guint z = 0; z < wp_plan_get_n_zones (plan); z++)
    {
      double x, y, w, h;

      wp_zone_get_bounds (wp_plan_get_zone (plan, z), &x, &y, &w, &h);
      zones_left = MIN (zones_left, x);
      zones_bottom = MAX (zones_bottom, y + h);
    }

  /* Groups by zone, in the order their first device comes. */
  for (guint i = 0; i < n_devices; i++)
    {
      const char *zone_id = wp_device_get_zone (devices[i]);
      const char *key = zone_id != NULL && wp_plan_find_zone (plan, zone_id) != NULL ? zone_id : "";
      Group *group = g_hash_table_lookup (groups, key);
      Node node = { i, wp_arrange_device_box (devices[i], size, user_data), 0, 0,
                    g_array_new (FALSE, FALSE, sizeof (guint)), g_array_new (FALSE, FALSE, sizeof (guint)),
                    FALSE, FALSE };

      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->plan = plan;
          group->zone_id = *key != '\0' ? key : NULL;
          group->nodes = g_array_new (FALSE, FALSE, sizeof (Node));
          g_array_set_clear_func (group->nodes, clear_node);
          g_hash_table_insert (groups, (gpointer) key, group);
          g_ptr_array_add (order, group);
        }
      g_array_append_val (group->nodes, node);
    }

  arranged = g_new0 (gboolean, wp_plan_get_n_devices (plan));
  for (guint i = 0; i < n_devices; i++)
    {
      guint index;

      if (wp_plan_index_of_device (plan, devices[i], &index))
        arranged[index] = TRUE;
    }
  for (guint i = 0; i < wp_plan_get_n_devices (plan); i++)
    if (!arranged[i])
      {
        WpBox box = wp_arrange_device_box (wp_plan_get_device (plan, i), size, user_data);

        g_array_append_val (obstacles, box);
      }

  for (guint g = 0; g < order->len; g++)
    {
      Group *group = g_ptr_array_index (order, g);

      set_origin (group, whole_plan, zones_left, zones_bottom);
      arrange_group (group, devices);
      for (guint i = 0; i < group->nodes->len; i++)
        {
          Node *node = &g_array_index (group->nodes, Node, i);

          if (!box_is_free (&node->box, obstacles))
            find_free_spot (&node->box, obstacles);
          g_array_append_val (obstacles, node->box);
          positions[2 * node->input] = node->box.x;
          positions[2 * node->input + 1] = node->box.y;
        }
      g_ptr_array_unref (group->layers);
      g_array_unref (group->nodes);
      g_free (group);
    }
  return positions;
}
