/* mp-window-files.c — the databases a window shows: creating a new one,
 * opening another (through the portal-friendly file chooser, or from the
 * recent list). A file that cannot be used never replaces the database
 * shown: it is told in a toast (or, with none shown, instead of the pages). */
#include "mp-window-private.h"

#include <glib/gi18n.h>

#include "mp-error.h"

/* The local path of `file`, or NULL with `error` set: databases are
 * SQLite files on this computer. */
static char *
local_path (GFile   *file,
            GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, MP_ERROR, MP_ERROR_IO,
                   _("“%s” is not a file on this computer. Medplan opens local database files only."),
                   uri);
    }
  return path;
}

/* Shows `store` if it opened, else why `path` could not be used. */
static void
use_store (MpWindow     *self,
           const char   *path,
           MpStore      *store,
           const GError *error)
{
  if (store != NULL)
    mp_window_set_store (self, store);
  else if (self->store != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  else
    mp_window_show_error (self, path, error);
}

/* Opens the database `file` in this window. */
void
mp_window_open_file (MpWindow *self,
                     GFile    *file)
{
  g_autofree char *path = NULL;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = local_path (file, &error);
  if (path != NULL && self->store != NULL && g_strcmp0 (path, self->path) == 0)
    return;
  if (path != NULL && !g_file_test (path, G_FILE_TEST_EXISTS))
    error = g_error_new (MP_ERROR, MP_ERROR_IO, _("The file “%s” does not exist."), path);
  else if (path != NULL)
    store = mp_store_open (path, MP_STORE_OPEN_DEFAULT, &error);
  use_store (self, path, store, error);
}

/* Creates an empty database at `file` and opens it. An existing file is
 * never replaced. */
void
mp_window_new_file (MpWindow *self,
                    GFile    *file)
{
  g_autofree char *path = NULL;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = local_path (file, &error);
  if (path != NULL && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (path);

      error = g_error_new (MP_ERROR, MP_ERROR_IO,
                           _("A file named “%s” already exists. Medplan never replaces a file with a new database: choose another name."),
                           name);
    }
  else if (path != NULL)
    store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);
  use_store (self, path, store, error);
}

static GtkFileFilter *
database_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Medplan Databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  return filter;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     MpWindow        *self)
{
  gboolean create = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (create)
        mp_window_new_file (self, file);
      else
        mp_window_open_file (self, file);
    }
  g_object_unref (chooser);
}

static void
run_chooser (MpWindow *self,
             gboolean  create)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = database_filter ();

  chooser = gtk_file_chooser_native_new (create ? _("New Database") : _("Open Database"),
                                         GTK_WINDOW (self),
                                         create ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         create ? _("_Create") : _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (create)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "medplan.db");
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
new_database_activated_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  run_chooser (MP_WINDOW (user_data), TRUE);
}

static void
open_database_activated_cb (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  run_chooser (MP_WINDOW (user_data), FALSE);
}

static void
open_recent_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  mp_window_open_file (MP_WINDOW (user_data), file);
}

static const GActionEntry file_actions[] = {
  { .name = "new-database", .activate = new_database_activated_cb },
  { .name = "open-database", .activate = open_database_activated_cb },
  { .name = "open-recent", .activate = open_recent_activated_cb, .parameter_type = "s" },
};

void
mp_window_files_install_actions (MpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), file_actions, G_N_ELEMENTS (file_actions), self);
}
