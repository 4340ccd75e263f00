/* wp-util.h: small helpers shared by the model */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_set_str() arrived in GLib 2.76; Debian 12 has 2.74. */
static inline gboolean
wp_set_string (char       **field,
               const char  *value)
{
  char *copy;

  if (*field == value || g_strcmp0 (*field, value) == 0)
    return FALSE;
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;
  return TRUE;
}

G_END_DECLS
