/* wp-export-dialog.h: choose what to export and how, then where */
#pragma once

#include <adwaita.h>

#include "wp-catalogue.h"
#include "wp-plan.h"
#include "wp-sheet-export.h"

G_BEGIN_DECLS

#define WP_TYPE_EXPORT_DIALOG (wp_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WpExportDialog, wp_export_dialog, WP, EXPORT_DIALOG, AdwWindow)

WpExportDialog *wp_export_dialog_new           (GtkWindow       *parent,
                                                WpPlan          *plan,
                                                WpCatalogue     *catalogue,
                                                const char      *plan_name);
void            wp_export_dialog_set_format    (WpExportDialog  *self,
                                                WpExportFormat   format);
char           *wp_export_dialog_get_file_name (WpExportDialog  *self);
gboolean        wp_export_dialog_export        (WpExportDialog  *self,
                                                GFile           *file,
                                                GError         **error);

G_END_DECLS
