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
  gpointer              shown_load;     /* the load the bar shows, or NULL */
};

/* What a plan is read in the background for (wp_window_load()). */
typedef enum {
  WP_LOAD_TO_OPEN,       /* to show: checked, with the views' data */
  WP_LOAD_TO_RESTORE,    /* the same, from a recovery copy */
  WP_LOAD_TO_COMPARE,    /* only the plan */
} WpWindowLoadKind;

/* A plan read in the background, and what was made for its views beside it. */
typedef struct {
  WpPlan        *plan;
  WpDocument    *document;       /* of the plan, checked; NULL for WP_LOAD_TO_COMPARE */
  WpLayout      *layout;         /* for the canvas (wp_canvas_set_document_with_layout()) */
  WpCableStates *states;         /* the same; NULL: to be made again */
  GPtrArray     *problem_items;  /* for the problems list */
  gboolean       gradually;      /* whether the list may fill over a few main-loop turns */
} WpLoadedPlan;

void wp_loaded_plan_free (WpLoadedPlan *loaded);

/* What becomes of a plan read in the background; @loaded is freed after. */
typedef void (*WpWindowLoaded) (WpWindow     *self,
                                WpLoadedPlan *loaded,
                                GFile        *file,
                                gpointer      data);


/* wp-window.c */
void      wp_window_update_title      (WpWindow    *self);
char     *wp_window_get_plan_name     (WpWindow    *self);
void      wp_window_set_document      (WpWindow    *self,
                                       WpDocument  *document,
                                       GFile       *file);
void      wp_window_present_soon      (WpWindow    *self);
void      wp_window_show_loaded       (WpWindow    *self,
                                       WpLoadedPlan *loaded,
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
                                       WpWindowLoadKind kind,
                                       WpWindowLoaded then,
                                       gpointer     data,
                                       GDestroyNotify destroy);

/* wp-window-sheet.c */
void      wp_window_class_init_sheet  (GtkWidgetClass *widget_class);

G_END_DECLS
