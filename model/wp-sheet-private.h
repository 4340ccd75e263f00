/* wp-sheet-private.h: shared between the parts of the sheet data */
#pragma once

#include "wp-sheet.h"

G_BEGIN_DECLS

void wp_sheet_build_pack_list (WpSheet   *sheet,
                               WpPlan    *plan,
                               GPtrArray *problems);

G_END_DECLS
