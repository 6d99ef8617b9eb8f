/* main.c — medplan, the GNOME application. */
#include <glib/gi18n.h>
#include <locale.h>

#include "mp-application.h"
#include "mp-first-frame.h"

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
  mp_first_frame_watch (GTK_APPLICATION (app));
  return g_application_run (G_APPLICATION (app), argc, argv);
}
