/* wp-canvas-cable.c: drawing and re-routing a cable, judged while it is drawn
 *
 * While a cable is dragged every port of the view shows what the rules would make
 * of the cable plugged in there. Judging thousands of ports takes longer than a
 * frame, so the ports are judged in slices in an idle, nearest devices first; the
 * port under the pointer is always judged at once.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-canvas-private.h"
#include "wp-rules.h"
#include "wp-settings.h"
#include "wp-severity.h"
#include "wp-sheet.h"

#define SLICE_MICROSECONDS 6000
#define TARGET_PIXELS        10.0   /* a port this near the pointer takes the cable */

/* The endpoints of the cable from the fixed end to @device's @port, in the
 * orientation the finished cable will have. */
static void
candidate_ends (WpCanvas   *self,
                WpDevice   *device,
                guint       port,
                WpEndpoint *from,
                WpEndpoint *to)
{
  WpEndpoint fixed = { (char *) wp_device_get_id (self->cable_device),
                       wp_device_get_port (self->cable_device, self->cable_port)->id, NULL };
  WpEndpoint moving = { (char *) wp_device_get_id (device),
                        wp_device_get_port (device, port)->id, NULL };

  if (self->rerouted != NULL && !self->rerouted_to)
    *from = moving, *to = fixed;
  else
    *from = fixed, *to = moving;
}

static GPtrArray *
check_candidate (WpCanvas *self,
                 WpDevice *device,
                 guint     port)
{
  WpEndpoint from, to;

  candidate_ends (self, device, port, &from, &to);
  return wp_rules_check_candidate (wp_document_get_plan (self->document), &from, &to);
}

/* The worst of the problems the cable would bring; those the plan has already,
 * such as an amplifier overloaded before, are not held against it. */
static WpPortVerdict
verdict_of (WpCanvas  *self,
            GPtrArray *problems)
{
  WpPortVerdict verdict = WP_PORT_VERDICT_OK;

  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *key = wp_problem_get_key (problem);

      if (g_hash_table_contains (self->problem_keys, key))
        continue;
      if (problem->severity == WP_SEVERITY_ERROR)
        return WP_PORT_VERDICT_ERROR;
      if (problem->severity == WP_SEVERITY_WARNING)
        verdict = WP_PORT_VERDICT_WARNING;
    }
  return verdict;
}

static void
judge_device (WpCanvas *self,
              WpDevice *device)
{
  if (wp_port_verdicts_has_device (self->verdicts, device))
    return;
  for (guint i = 0; i < wp_device_get_n_ports (device); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;

      if (device == self->cable_device && i == self->cable_port)
        {
          wp_port_verdicts_set (self->verdicts, device, i, WP_PORT_VERDICT_NOT_APPLICABLE);
          continue;
        }
      problems = check_candidate (self, device, i);
      wp_port_verdicts_set (self->verdicts, device, i, verdict_of (self, problems));
    }
}

static gboolean
judge_slice (gpointer data)
{
  WpCanvas *self = data;
  gint64 deadline = g_get_monotonic_time () + SLICE_MICROSECONDS;

  while (self->verdict_queue->len > 0 && g_get_monotonic_time () < deadline)
    {
      g_autoptr(WpDevice) device = g_ptr_array_steal_index (self->verdict_queue,
                                                            self->verdict_queue->len - 1);

      judge_device (self, device);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->verdict_queue->len > 0)
    return G_SOURCE_CONTINUE;
  self->verdict_idle = 0;
  return G_SOURCE_REMOVE;
}

static double
distance_to_press (WpCanvas *self,
                   WpDevice *device)
{
  cairo_rectangle_t bounds;
  double dx, dy;

  wp_layout_get_device_bounds (self->layout, device, &bounds);
  dx = bounds.x + bounds.width / 2 - self->press_x;
  dy = bounds.y + bounds.height / 2 - self->press_y;
  return dx * dx + dy * dy;
}

static int
farthest_first (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  double da = distance_to_press (data, *(WpDevice **) a);
  double db = distance_to_press (data, *(WpDevice **) b);

  return (da < db) - (da > db);
}

/* Starts drawing a cable from @device's @port, or, with @rerouted, moving the end
 * of @rerouted that is plugged into that port while its other end stays. */
void
wp_canvas_begin_cable (WpCanvas *self,
                       WpDevice *device,
                       guint     port,
                       WpCable  *rerouted)
{
  g_autoptr(GPtrArray) problems = NULL;
  cairo_rectangle_t area;

  if (rerouted != NULL)
    {
      WpDevice *from_device, *to_device;
      guint from_port, to_port;

      wp_layout_get_cable_ends (self->layout, rerouted, &from_device, &from_port,
                                &to_device, &to_port);
      self->rerouted = g_object_ref (rerouted);
      self->rerouted_to = to_device == device && to_port == port;
      device = self->rerouted_to ? from_device : to_device;
      port = self->rerouted_to ? from_port : to_port;
    }
  self->cable_device = g_object_ref (device);
  self->cable_port = port;
  self->verdicts = wp_port_verdicts_new ();
  /* What the plan has already, so verdicts hold only new problems against the cable. */
  problems = wp_validator_get_problems (wp_document_get_validator (self->document));
  for (guint i = 0; i < problems->len; i++)
    g_hash_table_add (self->problem_keys, wp_problem_get_key (g_ptr_array_index (problems, i)));

  wp_viewport_get_visible_area (self->viewport, &area);
  self->verdict_queue = g_ptr_array_new_with_free_func (g_object_unref);
  wp_layout_query_devices (self->layout, &area, self->verdict_queue);
  for (guint i = 0; i < self->verdict_queue->len; i++)
    g_object_ref (g_ptr_array_index (self->verdict_queue, i));
  /* Taken from the end: the nearest devices are judged first. */
  g_ptr_array_sort_with_data (self->verdict_queue, farthest_first, self);
  self->verdict_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, judge_slice, self, NULL);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
}

static char *
describe_target (WpCanvas *self)
{
  g_autoptr(GPtrArray) problems = check_candidate (self, self->target_device, self->target_port);
  g_autofree char *source = NULL;
  g_autofree char *target = NULL;

  if (problems->len > 0)
    return wp_canvas_describe_problems (problems);
  source = wp_rules_describe_port (self->cable_device,
                                   wp_device_get_port (self->cable_device, self->cable_port));
  target = wp_rules_describe_port (self->target_device,
                                   wp_device_get_port (self->target_device, self->target_port));
  return g_markup_printf_escaped ("<b>%s</b>\n%s → %s", _("Good connection"), source, target);
}

/* Follows the pointer; a port near it becomes the target, with its verdict. */
void
wp_canvas_update_cable (WpCanvas *self,
                        double    plan_x,
                        double    plan_y)
{
  WpHit hit;
  double tolerance = TARGET_PIXELS / wp_viewport_get_zoom (self->viewport);
  WpDevice *device = NULL;
  g_autofree char *description = NULL;
  guint port = 0;

  self->pointer_x = plan_x;
  self->pointer_y = plan_y;
  if (wp_layout_hit (self->layout, plan_x, plan_y, tolerance, &hit) && hit.kind == WP_HIT_PORT
      && !(hit.device == self->cable_device && hit.port == self->cable_port))
    device = hit.device, port = hit.port;

  if (device != self->target_device || port != self->target_port)
    {
      self->target_device = device;
      self->target_port = port;
      g_clear_pointer (&self->target_message, g_free);
      if (device != NULL)
        {
          judge_device (self, device);
          self->target_message = describe_target (self);
        }
      description = wp_canvas_plain_text (self->target_message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      description != NULL ? description : "", -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
commit_cable (WpCanvas *self)
{
  WpHistory *history = wp_document_get_history (self->document);
  WpPlan *plan = wp_document_get_plan (self->document);
  WpSelection *selection = wp_document_get_selection (self->document);
  const char *target_id = wp_device_get_id (self->target_device);
  const char *port_id = wp_device_get_port (self->target_device, self->target_port)->id;
  WpEndpoint from, to;

  if (self->rerouted != NULL)
    {
      const WpEndpoint *moving = self->rerouted_to ? wp_cable_get_to (self->rerouted)
                                                   : wp_cable_get_from (self->rerouted);
      g_autofree char *id = g_strdup (wp_cable_get_id (self->rerouted));

      if (g_strcmp0 (moving->device, target_id) == 0 && g_strcmp0 (moving->port, port_id) == 0)
        return;
      wp_history_reconnect_cable (history, self->rerouted, self->rerouted_to, target_id, port_id);
      wp_selection_select_cable (selection, wp_plan_find_cable (plan, id), WP_SELECT_REPLACE);
    }
  else
    {
      candidate_ends (self, self->target_device, self->target_port, &from, &to);
      wp_canvas_connect (self, &from, &to);
    }
}

/* Adds a cable from @from to @to through the history, so it can be undone, and
 * selects it; drawing and the Connect dialog both make cables here. */
void
wp_canvas_connect (WpCanvas         *self,
                   const WpEndpoint *from,
                   const WpEndpoint *to)
{
  WpPlan *plan;
  g_autofree char *id = NULL;
  g_autofree char *label = NULL;
  g_autoptr(WpCable) cable = NULL;
  g_autoptr(GHashTable) prefixes = wp_settings_get_label_prefixes ();

  g_return_if_fail (WP_IS_CANVAS (self));
  g_return_if_fail (self->document != NULL);

  plan = wp_document_get_plan (self->document);
  id = wp_plan_make_id (plan, "c");
  cable = wp_cable_new (id, from->device, from->port, to->device, to->port);
  if (self->default_cable_length > 0)
    wp_cable_set_length_m (cable, self->default_cable_length);
  /* Tagged at once, so the sheet and the labels printed later agree with the canvas. */
  label = wp_cable_label_next (plan, prefixes, wp_cable_label_kind (plan, cable));
  wp_cable_set_label (cable, label);
  wp_history_add_cable (wp_document_get_history (self->document), cable, -1);
  wp_selection_select_cable (wp_document_get_selection (self->document), cable, WP_SELECT_REPLACE);
}

/* Ends the cable being drawn: with @commit and a port under the pointer, the
 * cable is made (or re-routed), whatever its verdict: a bad one shows red. */
void
wp_canvas_end_cable (WpCanvas *self,
                     gboolean  commit)
{
  if (commit && self->target_device != NULL)
    commit_cable (self);

  g_clear_handle_id (&self->verdict_idle, g_source_remove);
  g_clear_pointer (&self->verdict_queue, g_ptr_array_unref);
  g_clear_pointer (&self->verdicts, wp_port_verdicts_free);
  g_hash_table_remove_all (self->problem_keys);
  g_clear_pointer (&self->target_message, g_free);
  g_clear_object (&self->cable_device);
  g_clear_object (&self->rerouted);
  self->target_device = NULL;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Pango markup: each problem's severity, message and fix. */
char *
wp_canvas_describe_problems (GPtrArray *problems)
{
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      WpProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *part = NULL;

      if (markup->len > 0)
        g_string_append (markup, "\n\n");
      part = g_markup_printf_escaped ("<b>%s%s:</b> %s", wp_severity_get_label (problem->severity),
                                      problem->waived ? _(" (waived)") : "", problem->message);
      g_string_append (markup, part);
      if (problem->fix != NULL && problem->fix[0] != '\0')
        {
          g_autofree char *fix = g_markup_printf_escaped ("\n<i>%s</i> %s", _("Fix:"), problem->fix);

          g_string_append (markup, fix);
        }
    }
  return g_string_free (markup, FALSE);
}

static char *
describe_cable (WpCanvas *self,
                WpCable  *cable)
{
  WpValidator *validator = wp_document_get_validator (self->document);
  g_autoptr(GPtrArray) problems = wp_validator_get_cable_problems (validator, wp_cable_get_id (cable));
  const char *label = wp_cable_get_label (cable);
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", label != NULL && label[0] != '\0'
                                                                  ? label : _("Cable"));
  g_autofree char *details = NULL;

  if (problems->len == 0)
    return g_strconcat (title, "\n", _("No problems"), NULL);
  details = wp_canvas_describe_problems (problems);
  return g_strdup_printf ("%s\n%s\n\n<small>%s</small>", title, details,
                          _("F1 explains the rule"));
}

static char *
describe_port (WpCanvas *self,
               WpDevice *device,
               guint     port_index)
{
  const WpPort *port = wp_device_get_port (device, port_index);
  GPtrArray *cables = wp_plan_get_cables_at (wp_document_get_plan (self->document),
                                             wp_device_get_id (device), port->id);
  g_autofree char *name = wp_rules_describe_port (device, port);
  GString *markup = g_string_new (NULL);
  g_autofree char *title = g_markup_printf_escaped ("<b>%s</b>", name);

  g_string_append (markup, title);
  for (guint i = 0; cables != NULL && i < cables->len; i++)
    {
      g_autofree char *cable = describe_cable (self, g_ptr_array_index (cables, i));

      g_string_append_printf (markup, "\n\n%s", cable);
    }
  return g_string_free (markup, FALSE);
}

/* The tooltip of a hit: a cable's or a port's problems, a device's name. */
char *
wp_canvas_describe_hit (WpCanvas    *self,
                        const WpHit *hit)
{
  switch (hit->kind)
    {
    case WP_HIT_CABLE:
      return describe_cable (self, hit->cable);
    case WP_HIT_PORT:
      return describe_port (self, hit->device, hit->port);
    case WP_HIT_DEVICE:
      return g_markup_printf_escaped ("<b>%s</b>\n%s", wp_device_get_display_name (hit->device),
                                      wp_device_get_model (hit->device) != NULL
                                      ? wp_device_get_model (hit->device) : "");
    case WP_HIT_ZONE_TITLE:
    case WP_HIT_ZONE_EDGE:
      return g_markup_escape_text (wp_zone_get_name (hit->zone), -1);
    case WP_HIT_NONE:
    default:
      return NULL;
    }
}

/* The cable the user is asking about: the one under the pointer, or the first
 * at the port under it, or the only one selected. */
static WpCable *
cable_in_question (WpCanvas *self)
{
  WpPlan *plan = wp_document_get_plan (self->document);
  g_autoptr(GPtrArray) selected = NULL;

  if (self->pointer_inside && self->hover.kind == WP_HIT_CABLE)
    return self->hover.cable;
  if (self->pointer_inside && self->hover.kind == WP_HIT_PORT)
    {
      const WpPort *port = wp_device_get_port (self->hover.device, self->hover.port);
      GPtrArray *cables = wp_plan_get_cables_at (plan, wp_device_get_id (self->hover.device), port->id);

      if (cables != NULL && cables->len > 0)
        return g_ptr_array_index (cables, 0);
    }
  selected = wp_selection_get_cables (wp_document_get_selection (self->document));
  return selected->len == 1 ? g_ptr_array_index (selected, 0) : NULL;
}

/**
 * wp_canvas_get_rule_in_question:
 *
 * Returns: (nullable): the rule id of the first problem of the cable under the
 * pointer (or of the only selected cable), for help on it.
 */
const char *
wp_canvas_get_rule_in_question (WpCanvas *self)
{
  WpCable *cable;
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (WP_IS_CANVAS (self), NULL);

  if (self->document == NULL || (cable = cable_in_question (self)) == NULL)
    return NULL;
  problems = wp_validator_get_cable_problems (wp_document_get_validator (self->document),
                                              wp_cable_get_id (cable));
  if (problems->len == 0)
    return NULL;
  /* Interned: the problems go with the array. */
  return g_intern_string (((WpProblem *) g_ptr_array_index (problems, 0))->rule);
}

