/* wp-window-private.h: what the parts of WpWindow share */
#pragma once

#include "wp-canvas.h"
#include "wp-catalogue-panel.h"
#include "wp-compare-panel.h"
#include "wp-find-bar.h"
#include "wp-inspector.h"
#include "wp-problems-panel.h"
#include "wp-recovery.h"
#include "wp-window.h"

G_BEGIN_DECLS

struct _WpWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toasts;
  GtkProgressBar       *load_progress;
  AdwWindowTitle       *title;
  GtkWidget            *problems_icon;
  GtkLabel             *problems_label;
  WpCataloguePanel     *catalogue_panel;
  WpCanvas             *canvas;
  WpInspector          *inspector;
  WpProblemsPanel      *problems_panel;
  GtkSearchBar         *find_search_bar;
  WpFindBar            *find_bar;
  GtkMenuButton        *filter_button;
  GtkRevealer          *filter_revealer;
  GtkLabel             *filter_label;
  GtkCheckButton       *filter_checks[WP_N_FILTER_GROUPS + 1];   /* + only problems */
  GtkRevealer          *compare_revealer;
  WpComparePanel       *compare_panel;
  GMenu                *recent_menu;
  GtkWindow            *rule_help;      /* weak: open while it lives */

  WpCatalogue          *catalogue;
  WpDocument           *document;
  GFile                *file;

  /* wp-window-files.c */
  WpRecovery           *recovery;
  guint                 autosave_id;
  GFileMonitor         *monitor;
  char                 *saved_etag;     /* of the file as this window last read or wrote it */
  gboolean              close_when_saved;

  /* wp-window-load.c */
  GCancellable         *load_cancellable;
  guint                 n_loading;
  guint                 pulse_id;
};

/* What becomes of a plan read in the background (wp_window_load()). */
typedef void (*WpWindowLoaded) (WpWindow   *self,
                                WpDocument *document,
                                GFile      *file);


/* wp-window.c */
void      wp_window_update_title      (WpWindow    *self);
char     *wp_window_get_plan_name     (WpWindow    *self);
void      wp_window_set_document      (WpWindow    *self,
                                       WpDocument  *document,
                                       GFile       *file);

/* wp-window-filter.c */
void      wp_window_class_init_filter (GtkWidgetClass *widget_class);
void      wp_window_init_filter       (WpWindow    *self);

/* wp-window-compare.c */
void      wp_window_class_init_compare (GtkWidgetClass *widget_class);
void      wp_window_compare_with      (WpWindow    *self,
                                       GFile       *file);
void      wp_window_end_compare       (WpWindow    *self);

/* wp-window-files.c */
GtkFileFilter *wp_window_plan_filter  (void);
void      wp_window_class_init_files  (GtkWidgetClass *widget_class);
void      wp_window_init_files        (WpWindow    *self);
void      wp_window_dispose_files     (WpWindow    *self);
void      wp_window_watch_file        (WpWindow    *self);
void      wp_window_document_changed  (WpWindow    *self);

/* wp-window-load.c */
void      wp_window_init_load         (WpWindow    *self);
void      wp_window_dispose_load      (WpWindow    *self);
void      wp_window_load              (WpWindow    *self,
                                       GFile       *file,
                                       WpWindowLoaded then);

/* wp-window-sheet.c */
void      wp_window_class_init_sheet  (GtkWidgetClass *widget_class);

G_END_DECLS
