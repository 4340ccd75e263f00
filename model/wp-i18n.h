/* wp-i18n.h: where the translations come from */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void wp_i18n_init (void);

G_END_DECLS
