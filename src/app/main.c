/* main.c — medplan, the GNOME application. */
#include <glib/gi18n.h>
#include <locale.h>

#include "mp-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(MpApplication) app = NULL;
  const char *localedir = g_getenv ("MEDPLAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = mp_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
