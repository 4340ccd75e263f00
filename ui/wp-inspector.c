/* wp-inspector.c: the side panel that shows and edits the selection of a document
 *
 * It follows the selection (which page to show) and the plan (so an undo shows in
 * the fields). Edits are written through the history when the user confirms them
 * or leaves the field, and before the inspector turns to another object.
 *
 * The syncing count guards both directions: while fields are filled from the
 * model they write nothing back, and while the inspector writes an edit the
 * plan's change is not shown back, since the field already shows it and other
 * fields may hold text typed and not yet confirmed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-inspector-private.h"

G_DEFINE_FINAL_TYPE (WpInspector, wp_inspector, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The template ids of the plan page's rows, by field. */
static const char * const meta_row_ids[WP_N_META] = {
  [WP_META_TITLE] = "meta_title",
  [WP_META_VENUE] = "meta_venue",
  [WP_META_AUTHOR] = "meta_author",
  [WP_META_DATE] = "meta_date",
  [WP_META_REVISION] = "meta_revision",
};

gboolean
wp_inspector_can_commit (WpInspector *self)
{
  return self->document != NULL && self->syncing == 0;
}

WpHistory *
wp_inspector_get_history (WpInspector *self)
{
  return wp_document_get_history (self->document);
}

/* The plan page */

static void
commit_meta (WpInspector *self)
{
  WpPlan *plan;
  g_autofree char *notes = NULL;

  if (!wp_inspector_can_commit (self))
    return;

  plan = wp_document_get_plan (self->document);
  notes = wp_inspector_get_text_view (self->meta_notes);
  self->syncing++;
  for (guint i = 0; i < WP_N_META; i++)
    {
      g_autofree char *text = NULL;

      if (self->meta_rows[i] == NULL)
        continue;
      text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->meta_rows[i])));
      if (wp_inspector_text_differs (text, wp_plan_get_meta (plan, i)))
        wp_history_set_meta (wp_inspector_get_history (self), i, text);
      wp_inspector_show_entry (self->meta_rows[i], wp_plan_get_meta (plan, i));
    }
  if (wp_inspector_text_differs (notes, wp_plan_get_meta (plan, WP_META_NOTES)))
    wp_history_set_meta (wp_inspector_get_history (self), WP_META_NOTES, notes);
  self->syncing--;
}

/* Without a document the fields are empty. */
static void
refresh_meta (WpInspector *self)
{
  WpPlan *plan = self->document != NULL ? wp_document_get_plan (self->document) : NULL;

  for (guint i = 0; i < WP_N_META; i++)
    if (self->meta_rows[i] != NULL)
      wp_inspector_show_entry (self->meta_rows[i], plan != NULL ? wp_plan_get_meta (plan, i) : NULL);
  wp_inspector_show_text_view (self->meta_notes,
                               plan != NULL ? wp_plan_get_meta (plan, WP_META_NOTES) : NULL);
}

/* The zone page */

static void
commit_zone (WpInspector *self)
{
  g_autofree char *name = NULL;

  if (!wp_inspector_can_commit (self) || self->zone == NULL
      || !wp_plan_index_of_zone (wp_document_get_plan (self->document), self->zone, NULL))
    return;

  name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->zone_name)));
  self->syncing++;
  if (wp_inspector_text_differs (name, wp_zone_get_name (self->zone)))
    wp_history_rename_zone (wp_inspector_get_history (self), self->zone, name);
  wp_inspector_show_entry (self->zone_name, wp_zone_get_name (self->zone));
  self->syncing--;
}

static void
refresh_zone (WpInspector *self)
{
  g_autofree char *size = NULL;
  double width, height;

  wp_zone_get_bounds (self->zone, NULL, NULL, &width, &height);
  /* Translators: a zone's width and height in canvas units */
  size = g_strdup_printf (_("%.0f × %.0f"), width, height);
  wp_inspector_show_entry (self->zone_name, wp_zone_get_name (self->zone));
  adw_action_row_set_subtitle (self->zone_size, size);
}

/* Showing the selection */

/* "3 devices and 2 cables selected"; the canvas says it to assistive technology too. */
char *
wp_inspector_describe_selection (guint n_devices,
                                 guint n_cables)
{
  g_autofree char *devices = NULL;
  g_autofree char *cables = NULL;

  if (n_cables == 0)
    return g_strdup_printf (ngettext ("%u device selected", "%u devices selected", n_devices),
                            n_devices);
  if (n_devices == 0)
    return g_strdup_printf (ngettext ("%u cable selected", "%u cables selected", n_cables),
                            n_cables);
  devices = g_strdup_printf (ngettext ("%u device", "%u devices", n_devices), n_devices);
  cables = g_strdup_printf (ngettext ("%u cable", "%u cables", n_cables), n_cables);
  /* Translators: "3 devices and 2 cables selected" */
  return g_strdup_printf (_("%s and %s selected"), devices, cables);
}

/* Writes what the user typed on the page shown and not yet confirmed. */
static void
commit_page (WpInspector *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "plan") == 0)
    commit_meta (self);
  else if (g_strcmp0 (page, "device") == 0)
    wp_inspector_device_commit (self);
  else if (g_strcmp0 (page, "cable") == 0)
    wp_inspector_cable_commit (self);
  else if (g_strcmp0 (page, "zone") == 0)
    commit_zone (self);
}

static void
show_selection (WpInspector *self)
{
  WpSelection *selection;
  g_autoptr(GPtrArray) devices = NULL;
  g_autoptr(GPtrArray) cables = NULL;
  WpDevice *device = NULL;
  WpCable *cable = NULL;
  WpZone *zone = NULL;
  gboolean new_device;
  const char *page;

  if (self->document != NULL)
    {
      selection = wp_document_get_selection (self->document);
      devices = wp_selection_get_devices (selection);
      cables = wp_selection_get_cables (selection);
      zone = wp_selection_get_zone (selection);
    }
  else
    {
      devices = g_ptr_array_new ();
      cables = g_ptr_array_new ();
    }
  if (devices->len == 1 && cables->len == 0)
    device = g_ptr_array_index (devices, 0);
  else if (devices->len == 0 && cables->len == 1)
    cable = g_ptr_array_index (cables, 0);

  new_device = device != self->device;
  g_set_object (&self->device, device);
  g_set_object (&self->cable, cable);
  g_set_object (&self->zone, zone);

  self->syncing++;
  if (device != NULL || new_device)
    wp_inspector_device_refresh (self, new_device);
  if (cable == NULL)
    wp_inspector_problems_refresh (self);
  if (device != NULL)
    page = "device";
  else if (cable != NULL)
    {
      wp_inspector_cable_refresh (self);
      page = "cable";
    }
  else if (zone != NULL)
    {
      refresh_zone (self);
      page = "zone";
    }
  else if (devices->len + cables->len > 0)
    {
      g_autofree char *summary = wp_inspector_describe_selection (devices->len, cables->len);

      gtk_label_set_text (self->summary, summary);
      page = "several";
    }
  else
    {
      refresh_meta (self);
      page = "plan";
    }
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), self->document != NULL);
  self->syncing--;
}

static void
on_selection_changed (WpInspector *self)
{
  commit_page (self);
  show_selection (self);
}

static gboolean
is_end_of (WpCable  *cable,
           WpDevice *device)
{
  const char *id = wp_device_get_id (device);

  return g_strcmp0 (wp_cable_get_from (cable)->device, id) == 0
         || g_strcmp0 (wp_cable_get_to (cable)->device, id) == 0;
}

/* Refreshes the page shown when @change touched what it shows. */
static void
on_plan_changed (WpInspector        *self,
                 const WpPlanChange *change)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (self->syncing > 0)
    return;

  self->syncing++;
  if (g_strcmp0 (page, "plan") == 0 && change->kind == WP_CHANGE_META)
    refresh_meta (self);
  else if (g_strcmp0 (page, "device") == 0
           && (((change->kind == WP_CHANGE_DEVICE_EDITED || change->kind == WP_CHANGE_PORT_EDITED)
                && change->device == self->device)
               || change->kind == WP_CHANGE_ZONE_EDITED
               || change->kind == WP_CHANGE_ZONE_ADDED
               || change->kind == WP_CHANGE_ZONE_REMOVED))
    wp_inspector_device_refresh (self, FALSE);
  else if (g_strcmp0 (page, "cable") == 0
           && ((change->kind == WP_CHANGE_CABLE_EDITED && change->cable == self->cable)
               || ((change->kind == WP_CHANGE_DEVICE_EDITED || change->kind == WP_CHANGE_PORT_EDITED)
                   && is_end_of (self->cable, change->device))))
    wp_inspector_cable_refresh (self);
  else if (g_strcmp0 (page, "zone") == 0 && change->kind == WP_CHANGE_ZONE_EDITED
           && change->zone == self->zone)
    refresh_zone (self);
  self->syncing--;
}

static void
on_problems_changed (WpInspector *self,
                     GPtrArray   *appeared,
                     GPtrArray   *disappeared)
{
  const char *id;
  gboolean touched = FALSE;

  if (self->cable == NULL)
    return;

  id = wp_cable_get_id (self->cable);
  for (guint i = 0; !touched && i < appeared->len; i++)
    touched = wp_problem_has_cable (g_ptr_array_index (appeared, i), id);
  for (guint i = 0; !touched && i < disappeared->len; i++)
    touched = wp_problem_has_cable (g_ptr_array_index (disappeared, i), id);
  if (touched)
    wp_inspector_problems_refresh (self);
}

static void
disconnect_document (WpInspector *self)
{
  if (self->document == NULL)
    return;

  g_signal_handlers_disconnect_by_data (wp_document_get_selection (self->document), self);
  g_signal_handlers_disconnect_by_data (wp_document_get_plan (self->document), self);
  g_signal_handlers_disconnect_by_data (wp_document_get_validator (self->document), self);
  g_clear_object (&self->document);
}

static void
wp_inspector_dispose (GObject *object)
{
  WpInspector *self = WP_INSPECTOR (object);

  /* Without a document the fields' focus handlers that run while the widgets go
   * away write nothing. */
  disconnect_document (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_INSPECTOR);
  g_clear_object (&self->device);
  g_clear_object (&self->cable);
  g_clear_object (&self->zone);
  g_clear_pointer (&self->port_rows, g_ptr_array_unref);
  g_clear_pointer (&self->focus_rule, g_free);

  G_OBJECT_CLASS (wp_inspector_parent_class)->dispose (object);
}

static void
wp_inspector_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WpInspector *self = WP_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_inspector_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WpInspector *self = WP_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      wp_inspector_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_inspector_class_init (WpInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_inspector_dispose;
  object_class->get_property = wp_inspector_get_property;
  object_class->set_property = wp_inspector_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, WP_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/wireplan/Wireplan/ui/wp-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, WpInspector, stack);
  for (guint i = 0; i < WP_N_META; i++)
    if (meta_row_ids[i] != NULL)
      gtk_widget_class_bind_template_child_full (widget_class, meta_row_ids[i], FALSE,
                                                 G_STRUCT_OFFSET (WpInspector, meta_rows)
                                                 + i * sizeof (AdwEntryRow *));
  gtk_widget_class_bind_template_child (widget_class, WpInspector, meta_notes);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, device_name);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, device_model);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, device_zone);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, device_notes);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, device_ports);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, cable_ends);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, cable_label);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, cable_length);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, cable_colour);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, cable_colour_menu);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, cable_notes);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, cable_problems);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, zone_name);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, zone_size);
  gtk_widget_class_bind_template_child (widget_class, WpInspector, summary);

  wp_inspector_cable_class_init (widget_class);
}

static void
wp_inspector_init (WpInspector *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < WP_N_META; i++)
    if (self->meta_rows[i] != NULL)
      wp_inspector_watch_field (self, GTK_WIDGET (self->meta_rows[i]), G_CALLBACK (commit_meta));
  wp_inspector_watch_field (self, GTK_WIDGET (self->meta_notes), G_CALLBACK (commit_meta));
  wp_inspector_watch_field (self, GTK_WIDGET (self->zone_name), G_CALLBACK (commit_zone));
  wp_inspector_device_init (self);
  wp_inspector_cable_init (self);
  show_selection (self);
}

GtkWidget *
wp_inspector_new (void)
{
  return g_object_new (WP_TYPE_INSPECTOR, NULL);
}

WpDocument *
wp_inspector_get_document (WpInspector *self)
{
  g_return_val_if_fail (WP_IS_INSPECTOR (self), NULL);

  return self->document;
}

/* Shows and edits the selection of @document (NULL: nothing, insensitive). */
void
wp_inspector_set_document (WpInspector *self,
                           WpDocument  *document)
{
  g_return_if_fail (WP_IS_INSPECTOR (self));
  g_return_if_fail (document == NULL || WP_IS_DOCUMENT (document));

  if (document == self->document)
    return;

  commit_page (self);
  disconnect_document (self);
  if (document != NULL)
    {
      self->document = g_object_ref (document);
      g_signal_connect_object (wp_document_get_selection (document), "changed",
                               G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (wp_document_get_plan (document), "changed",
                               G_CALLBACK (on_plan_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (wp_document_get_validator (document), "problems-changed",
                               G_CALLBACK (on_problems_changed), self, G_CONNECT_SWAPPED);
    }
  show_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
