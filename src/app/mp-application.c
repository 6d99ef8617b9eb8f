/* mp-application.c — the Medplan application.
 *
 * `medplan FILE.db` opens that file, which must exist. `medplan` opens
 * $MEDPLAN_DB when it is set, else the database opened last (the setting
 * last-database) when it still exists, else the default database
 * ($XDG_DATA_HOME/medplan/medplan.db); the default database ($MEDPLAN_DB
 * or the default path) is created with the sample data on first start. A
 * file that cannot be used is never written: its window shows why.
 *
 * The settings (io.github.medplan.Medplan) are used when their schema is
 * installed (or found through GSETTINGS_SCHEMA_DIR); without it the
 * application runs with the defaults and remembers nothing. */
#include "mp-application.h"

#include <glib/gi18n.h>

#include "mp-error.h"
#include "mp-help-window.h"
#include "mp-preferences-window.h"
#include "mp-store.h"
#include "mp-window.h"

struct _MpApplication
{
  AdwApplication parent_instance;

  GSettings     *settings; /* NULL without the schema */
};

#define MAX_RECENT 10

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

char *
mp_application_pick_database (const char *env_db,
                              const char *last_database,
                              gboolean   *is_default)
{
  *is_default = TRUE;
  if (env_db != NULL && *env_db != '\0')
    return g_strdup (env_db);
  if (last_database != NULL && *last_database != '\0' &&
      g_file_test (last_database, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *default_path = mp_store_default_path ();

      /* The default database keeps its first-start behaviour. */
      *is_default = g_strcmp0 (last_database, default_path) == 0;
      return g_strdup (last_database);
    }
  return mp_store_default_path ();
}

static void
mp_application_activate (GApplication *app)
{
  MpApplication *self = MP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *last = NULL;
  g_autofree char *path = NULL;
  gboolean is_default;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-database");
  path = mp_application_pick_database (g_getenv ("MEDPLAN_DB"), last, &is_default);
  open_path (self, path, is_default);
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
                        "application-icon", APP_ID,
                        "website", "https://github.com/medplan/medplan",
                        "issue-url", "https://github.com/medplan/medplan/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 Medplan developers",
                        /* TRANSLATORS: Put your name here, it is shown in About. */
                        "translator-credits", _("translator-credits"),
                        "transient-for", parent,
                        "modal", TRUE,
                        NULL);
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Sample data"),
                                       (const char *[]) { _("Five public documents of Vietnamese health authorities, listed in data/sample/ of the source code"),
                                                          NULL });
  gtk_window_present (GTK_WINDOW (about));
}

/* The user guide, in the language of the messages. */
static void
help_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (app);
  MpHelpWindow *help = NULL;

  for (GList *l = gtk_application_get_windows (app); l; l = l->next)
    if (MP_IS_HELP_WINDOW (l->data))
      help = l->data;
  if (help == NULL)
    {
      help = mp_help_window_new ();
      gtk_window_set_transient_for (GTK_WINDOW (help), parent);
      gtk_window_set_application (GTK_WINDOW (help), app);
    }
  gtk_window_present (GTK_WINDOW (help));
}

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  MpApplication *self = MP_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  MpPreferencesWindow *preferences = mp_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated_cb },
  { .name = "about", .activate = about_activated_cb },
  { .name = "help", .activate = help_activated_cb },
  { .name = "preferences", .activate = preferences_activated_cb },
};

/* The names in the data follow the preference; every window shows its
 * database again with them. */
static void
data_names_changed_cb (MpApplication *self)
{
  g_autofree char *names = g_settings_get_string (self->settings, "data-names");

  mp_set_name_language (names);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (MP_IS_WINDOW (l->data) && mp_window_get_store (l->data) != NULL)
      {
        g_autoptr(MpStore) store = g_object_ref (mp_window_get_store (l->data));
        mp_window_set_store (l->data, store);
      }
}

static void
mp_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const struct {
    const char *action;
    const char *accels[3];
  } win_accels[] = {
    { "win.new-database", { "<Control>n", NULL } },
    { "win.open-database", { "<Control>o", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.report", { "<Control>p", NULL } },
    { "win.show-page::overview", { "<Control>1", NULL } },
    { "win.show-page::targets", { "<Control>2", NULL } },
    { "win.show-page::facilities", { "<Control>3", NULL } },
    { "win.show-page::training", { "<Control>4", NULL } },
    { "win.show-page::transfers", { "<Control>5", NULL } },
  };

  G_APPLICATION_CLASS (mp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
  gtk_window_set_default_icon_name (APP_ID);
  for (guint i = 0; i < G_N_ELEMENTS (win_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), win_accels[i].action,
                                           win_accels[i].accels);

  if (MP_APPLICATION (app)->settings != NULL)
    {
      g_autofree char *names = g_settings_get_string (MP_APPLICATION (app)->settings, "data-names");

      mp_set_name_language (names);
      g_signal_connect_object (MP_APPLICATION (app)->settings, "changed::data-names",
                               G_CALLBACK (data_names_changed_cb), app, G_CONNECT_SWAPPED);
    }
}

static void
mp_application_dispose (GObject *object)
{
  MpApplication *self = MP_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (mp_application_parent_class)->dispose (object);
}

static void
mp_application_class_init (MpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mp_application_dispose;
  app_class->startup = mp_application_startup;
  app_class->activate = mp_application_activate;
  app_class->open = mp_application_open;
}

static void
mp_application_init (MpApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new_full (schema, NULL, NULL);
  else
    g_message ("The settings schema %s is not installed: nothing is remembered", APP_ID);
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

GSettings *
mp_application_get_settings (MpApplication *self)
{
  g_return_val_if_fail (MP_IS_APPLICATION (self), NULL);
  return self->settings;
}

void
mp_application_add_recent (MpApplication *self,
                           const char    *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_return_if_fail (MP_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  if (self->settings == NULL)
    return;
  recent = g_settings_get_strv (self->settings, "recent-databases");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-databases", (const char * const *) updated);
  g_settings_set_string (self->settings, "last-database", path);
}
