/* mp-application.c — the Medplan application.
 *
 * `medplan` opens the default database ($MEDPLAN_DB, else
 * $XDG_DATA_HOME/medplan/medplan.db), creating it with the sample data on
 * first start; `medplan FILE.db` opens that file, which must exist. A file
 * that cannot be used is never written: its window shows why. */
#include "mp-application.h"

#include <glib/gi18n.h>

#include "mp-error.h"
#include "mp-store.h"
#include "mp-window.h"

struct _MpApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (MpApplication, mp_application, ADW_TYPE_APPLICATION)

/* The default database; on first start it is created with the sample data,
 * so that a new user sees what Medplan does. */
static MpStore *
open_default_store (const char  *path,
                    GError     **error)
{
  g_autoptr(MpStore) store = NULL;
  gboolean first_start = !g_file_test (path, G_FILE_TEST_EXISTS);

  store = mp_store_open (path, first_start ? MP_STORE_OPEN_CREATE : MP_STORE_OPEN_DEFAULT, error);
  if (store == NULL)
    return NULL;
  if (first_start && !mp_store_load_sample (store, error))
    return NULL;
  return g_steal_pointer (&store);
}

/* A file named by the user: opened as it is, never created. */
static MpStore *
open_named_store (const char  *path,
                  GError     **error)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_IO, _("The file “%s” does not exist."), path);
      return NULL;
    }
  return mp_store_open (path, MP_STORE_OPEN_DEFAULT, error);
}

static MpWindow *
find_window_for_path (MpApplication *self,
                      const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (MP_IS_WINDOW (l->data) && g_strcmp0 (mp_window_get_path (l->data), path) == 0)
      return l->data;
  return NULL;
}

/* Opens `path` in a window of its own, or presents the window that already
 * shows it. `is_default` selects the first-start behaviour. */
static void
open_path (MpApplication *self,
           const char    *path,
           gboolean       is_default)
{
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  MpWindow *window = find_window_for_path (self, path);

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  store = is_default ? open_default_store (path, &error) : open_named_store (path, &error);
  window = mp_window_new (self);
  if (store != NULL)
    mp_window_set_store (window, store);
  else
    mp_window_show_error (window, path, error);
  gtk_window_present (GTK_WINDOW (window));
}

static void
mp_application_activate (GApplication *app)
{
  MpApplication *self = MP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  path = mp_store_default_path ();
  open_path (self, path, TRUE);
}

static void
mp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  MpApplication *self = MP_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_autoptr(GError) error = g_error_new (MP_ERROR, MP_ERROR_IO,
                                                 _("“%s” is not a file on this computer. Medplan opens local database files only."),
                                                 uri);
          MpWindow *window = mp_window_new (self);

          mp_window_show_error (window, uri, error);
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }
      open_path (self, path, FALSE);
    }
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows;

  /* Closing the windows releases their databases before the run ends. */
  while ((windows = gtk_application_get_windows (app)) != NULL)
    gtk_window_destroy (windows->data);
  g_application_quit (G_APPLICATION (app));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (app);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application-name", "Medplan",
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Medplan developers"),
                        "comments", _("Track the health targets of a province, and the facilities, training plans and technology transfers that move them."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 Medplan developers",
                        "transient-for", parent,
                        "modal", TRUE,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated_cb },
  { .name = "about", .activate = about_activated_cb },
};

static void
mp_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (mp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
}

static void
mp_application_class_init (MpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = mp_application_startup;
  app_class->activate = mp_application_activate;
  app_class->open = mp_application_open;
}

static void
mp_application_init (MpApplication *self)
{
}

MpApplication *
mp_application_new (void)
{
  return g_object_new (MP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
