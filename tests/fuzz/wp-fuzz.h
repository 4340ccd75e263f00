/* wp-fuzz.h: what every fuzz target checks besides "no crash" */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int   LLVMFuzzerInitialize   (int           *argc,
                              char        ***argv);
int   LLVMFuzzerTestOneInput (const guint8  *data,
                              size_t         size);
void  wp_fuzz_check_error    (const GError  *error);

G_END_DECLS
