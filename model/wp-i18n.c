/* wp-i18n.c: where the translations come from
 *
 * The installed catalogues, or those of a build tree when WIREPLAN_LOCALEDIR names
 * one (the tests run untranslated and translated programs without installing).
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "wp-i18n.h"

/* Follows the user's locale and binds the wireplan domain; call first thing. */
void
wp_i18n_init (void)
{
  const char *localedir = g_getenv ("WIREPLAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
