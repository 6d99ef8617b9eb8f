/* main.c — medplan-cli. */
#include <glib/gi18n.h>
#include <locale.h>

#include "mp-cli.h"

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("MEDPLAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  return mp_cli_run (argc, argv);
}
