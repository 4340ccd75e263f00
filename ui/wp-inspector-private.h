/* wp-inspector-private.h: what the inspector's pages share
 *
 * wp-inspector.c follows the document and switches pages, and holds the plan and
 * zone pages; wp-inspector-device.c, wp-inspector-cable.c and
 * wp-inspector-problems.c hold the others; wp-inspector-fields.c what the
 * fields of all pages share. A page fills its fields from the model
 * in refresh() and writes them back, through the history, in its commit
 * functions; a commit writes only what differs from the model, with the syncing
 * count raised.
 */
#pragma once

#include "wp-inspector.h"

G_BEGIN_DECLS

struct _WpInspector
{
  AdwBin          parent_instance;

  WpDocument     *document;
  WpDevice       *device;       /* what the device, cable or zone page shows */
  WpCable        *cable;
  WpZone         *zone;
  guint           syncing;      /* > 0 while fields or model are being brought
                                 * in line with the other: see wp-inspector.c */
  GPtrArray      *port_rows;    /* of WpPortRow, the device page's ports */
  char           *focus_rule;   /* the problem whose button to focus after a rebuild */

  GtkStack       *stack;

  AdwEntryRow    *meta_rows[WP_N_META];  /* WP_META_NOTES has meta_notes instead */
  GtkTextView    *meta_notes;

  AdwEntryRow    *device_name;
  AdwActionRow   *device_model;
  AdwActionRow   *device_zone;
  GtkTextView    *device_notes;
  AdwPreferencesGroup *device_ports;

  GtkLabel       *cable_ends;
  AdwEntryRow    *cable_label;
  GtkSpinButton  *cable_length;
  AdwEntryRow    *cable_colour;
  GtkMenuButton  *cable_colour_menu;
  GtkTextView    *cable_notes;
  GtkListBox     *cable_problems;

  AdwEntryRow    *zone_name;
  AdwActionRow   *zone_size;

  GtkLabel       *summary;
};

/* wp-inspector.c */
gboolean    wp_inspector_can_commit       (WpInspector *self);
WpHistory  *wp_inspector_get_history      (WpInspector *self);

/* wp-inspector-fields.c */
void        wp_inspector_watch_field      (WpInspector *self,
                                           GtkWidget   *field,
                                           GCallback    commit);
void        wp_inspector_show_entry       (AdwEntryRow *row,
                                           const char  *text);
void        wp_inspector_show_text_view   (GtkTextView *view,
                                           const char  *text);
char       *wp_inspector_get_text_view    (GtkTextView *view);
gboolean    wp_inspector_text_differs     (const char  *shown,
                                           const char  *stored);
void        wp_inspector_number_field_init (GtkSpinButton *spin,
                                           const char    *placeholder);
void        wp_inspector_show_number      (GtkSpinButton *spin,
                                           double         value);
double      wp_inspector_get_number       (GtkSpinButton *spin);
gboolean    wp_inspector_number_differs   (GtkSpinButton *spin,
                                           double         stored);

/* wp-inspector-device.c */
void        wp_inspector_device_init      (WpInspector *self);
void        wp_inspector_device_refresh   (WpInspector *self,
                                           gboolean     new_device);
void        wp_inspector_device_commit    (WpInspector *self);

/* wp-inspector-cable.c */
void        wp_inspector_cable_class_init (GtkWidgetClass *widget_class);
void        wp_inspector_cable_init       (WpInspector *self);
void        wp_inspector_cable_refresh    (WpInspector *self);
void        wp_inspector_cable_commit     (WpInspector *self);

/* wp-inspector-problems.c */
void        wp_inspector_problems_refresh (WpInspector *self);

G_END_DECLS
