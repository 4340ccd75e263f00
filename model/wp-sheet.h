/* wp-sheet.h: the wiring sheet as data: cable schedule, input list, pack list, problems
 *
 * Built once from a plan; the sheet renderer, the CSV writer and the tests read it. Every
 * text is ready to print (translated where it is prose). Cables without a label get the
 * automatic one (wp-sheet-labels.c), marked auto_label, so every printed cable can be
 * tagged.
 */
#pragma once

#include <gio/gio.h>

#include "wp-plan.h"
#include "wp-signal-kind.h"

G_BEGIN_DECLS

typedef struct {
  char *zone;
  char *device;
  char *port;
  char *connector;   /* the panel connector, e.g. "XLR M" */
} WpSheetEnd;

typedef struct {
  WpCable     *cable;        /* borrowed from the plan */
  char        *label;
  gboolean     auto_label;   /* the cable has no label in the plan */
  WpSheetEnd   from;         /* the signal source side */
  WpSheetEnd   to;
  char        *type;         /* "XLR F to XLR M, balanced mic" */
  double       length_m;     /* NAN: not given */
  char        *notes;
  char        *problems;     /* "" or the cable's open problems, one per line */
  char        *problem_refs; /* "" or "P3 phantom-missing", one per line: the problem's
                              * number on the sheet's open problems and its rule */
} WpScheduleRow;

typedef struct {
  char      *title;   /* "Stage → FOH" */
  GPtrArray *rows;    /* of WpScheduleRow*, in document order */
} WpScheduleGroup;

typedef struct {
  char     *channel;   /* the input's name */
  char     *source;    /* the device plugged in */
  char     *kind;      /* "Mic", "DI", "Line", "Instrument" */
  gboolean  phantom;
} WpInputRow;

typedef struct {
  char      *device;   /* the mixer, stage box or interface */
  GPtrArray *rows;     /* of WpInputRow* */
} WpInputList;

typedef struct {
  char  *item;         /* a cable type, an adapter, or a device model */
  double length_m;     /* cables: the stock length; NAN for length not given and the rest */
  guint  count;
  char  *detail;       /* devices: their names, comma-separated; else "" */
} WpPackRow;

typedef struct {
  GPtrArray *schedule;      /* of WpScheduleGroup* */
  GPtrArray *inputs;        /* of WpInputList* */
  GPtrArray *pack_cables;   /* of WpPackRow*, by type then length */
  GPtrArray *pack_adapters; /* of WpPackRow* */
  GPtrArray *pack_devices;  /* of WpPackRow*, by model */
  GPtrArray *problems;      /* of WpProblem*, the open (not waived) ones, by rule (in the
                             * order the rules first report them); problem i is "P<i+1>" */
  guint      n_cables;
} WpSheet;

WpSheet    *wp_sheet_new               (WpPlan       *plan,
                                        GHashTable   *prefixes);
void        wp_sheet_free              (WpSheet      *sheet);
char       *wp_sheet_problem_number    (guint         index);
char       *wp_sheet_cable_type        (WpPlan       *plan,
                                        WpCable      *cable);
double      wp_sheet_stock_length      (double        length_m);
char       *wp_sheet_to_csv            (WpSheet      *sheet);
gboolean    wp_sheet_write_csv         (WpSheet      *sheet,
                                        const char   *path,
                                        GError      **error);

/* Labels (wp-sheet-labels.c). @prefixes maps the keys of wp_cable_label_keys() to
 * prefixes; NULL or a missing key takes the default. */
const char * const *wp_cable_label_keys          (void);
GHashTable         *wp_cable_label_default_prefixes (void);
const char         *wp_cable_label_key_for_kind  (WpSignalKind  kind);
WpSignalKind        wp_cable_label_kind          (WpPlan       *plan,
                                                  WpCable      *cable);
char               *wp_cable_label_format        (GHashTable   *prefixes,
                                                  WpSignalKind  kind,
                                                  guint         number);
char               *wp_cable_label_next          (WpPlan       *plan,
                                                  GHashTable   *prefixes,
                                                  WpSignalKind  kind);
GStrv               wp_cable_label_renumber      (WpPlan       *plan,
                                                  GHashTable   *prefixes);
GStrv               wp_cable_label_fill          (WpPlan       *plan,
                                                  GHashTable   *prefixes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpSheet, wp_sheet_free)

G_END_DECLS
