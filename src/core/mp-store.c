/* mp-store.c — opening, creating, refusing and migrating a Medplan file.
 *
 * Before SQLite touches an existing file, its header is read by hand: a
 * file that is not a Medplan database, or has a newer schema, is refused
 * without a byte written (not even a journal). A file that looks right is
 * then probed read-only and immutable, so a damaged one is refused too.
 */
#include "mp-store-private.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "mp-edit-private.h"
#include "mp-error.h"

/* How many backups are kept beside a database. */
#define MP_BACKUPS_KEPT 5
/* How long to wait for another program's lock, in milliseconds. */
#define MP_BUSY_TIMEOUT 3000

G_DEFINE_FINAL_TYPE (MpStore, mp_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
mp_store_finalize (GObject *object)
{
  MpStore *self = MP_STORE (object);

  if (self->db)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->backup_path);
  g_clear_pointer (&self->undo_stack, g_array_unref);
  g_clear_pointer (&self->redo_stack, g_array_unref);
  G_OBJECT_CLASS (mp_store_parent_class)->finalize (object);
}

static void
mp_store_class_init (MpStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mp_store_finalize;

  /**
   * MpStore::changed:
   * @table: (nullable): the table changed ("facility", "staffing",
   *   "training", "transfer", "observation", ...), or NULL when anything may
   *   have changed (an import)
   * @code: (nullable): the code (or natural key) of the row changed
   * @action: "insert", "update", "delete", "undo", "redo" or "import"
   *
   * Emitted after a change has been committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 3,
                                   G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

void
mp_store_notify_changed (MpStore    *self,
                         const char *table,
                         const char *code,
                         const char *action)
{
  g_return_if_fail (MP_IS_STORE (self));
  /* An import: its rows are not undone one by one (mp-edit.h). */
  if (table == NULL)
    mp_edit_clear_history (self);
  g_signal_emit (self, signals[CHANGED], 0, table, code, action);
}

static void
mp_store_init (MpStore *self)
{
}

char *
mp_store_default_path (void)
{
  const char *env = g_getenv ("MEDPLAN_DB");

  if (env && *env)
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "medplan", "medplan.db", NULL);
}

const char *
mp_store_get_path (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  return self->path;
}

int
mp_store_get_opened_version (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), -1);
  return self->opened_version;
}

const char *
mp_store_get_backup_path (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  return self->backup_path;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* When the last session did not close cleanly, or another program has the
 * file open, the newest header may still be in the -wal file: read the
 * marks through SQLite, read-only. */
static gboolean
read_marks_from_wal (const char *path,
                     guint32    *app_id,
                     int        *version)
{
  g_autofree char *abs = g_canonicalize_filename (path, NULL);
  g_autofree char *escaped = g_uri_escape_string (abs, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", escaped);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT application_id, user_version FROM pragma_application_id, pragma_user_version",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *app_id = (guint32) sqlite3_column_int64 (stmt, 0);
      *version = sqlite3_column_int (stmt, 1);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  return ok;
}

static gboolean
has_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* Reads the 100-byte SQLite header of an existing file and refuses what is
 * not ours. Gives the schema version recorded there. */
static gboolean
check_header (const char  *path,
              int         *version,
              GError     **error)
{
  guint8 header[100];
  guint32 app_id;
  FILE *f;
  size_t got;

  f = g_fopen (path, "rb");
  if (f == NULL)
    {
      int saved = errno;
      g_set_error (error, MP_ERROR, MP_ERROR_IO, _("Cannot read “%s”: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  got = fread (header, 1, sizeof header, f);
  fclose (f);

  if (got < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_MEDPLAN,
                   _("“%s” is not a Medplan database (it is not an SQLite file). It was left untouched."),
                   path);
      return FALSE;
    }
  app_id = read_be32 (header + 68);
  *version = (int) read_be32 (header + 60);
  if (has_wal (path) && !read_marks_from_wal (path, &app_id, version))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read (%s). It was left untouched; restore it from a backup."),
                   path, _("unreadable write-ahead log"));
      return FALSE;
    }
  if (app_id != MP_APPLICATION_ID)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_MEDPLAN,
                   _("“%s” is an SQLite database of another program, not a Medplan database. It was left untouched."),
                   path);
      return FALSE;
    }
  if (*version > MP_SCHEMA_VERSION)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NEWER_SCHEMA,
                   _("“%s” was written by a newer version of Medplan (database version %d; this version reads up to %d). Update Medplan to open it. The file was left untouched."),
                   path, *version, MP_SCHEMA_VERSION);
      return FALSE;
    }
  if (*version < 1)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_CORRUPT,
                   _("“%s” is damaged: it is marked as a Medplan database but has no schema version. It was left untouched."),
                   path);
      return FALSE;
    }
  return TRUE;
}

/* Opens the file read-only and immutable (SQLite writes nothing, not even
 * a lock or journal) and checks its schema can be read and holds the
 * tables of its version. Skipped when a WAL file is beside it: then the
 * last session did not close cleanly and SQLite must recover the log. */
static gboolean
probe_readonly (const char  *path,
                int          version,
                GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *abs = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc, tables = 0;

  if (has_wal (path))
    return TRUE;

  abs = g_canonicalize_filename (path, NULL);
  {
    g_autofree char *escaped = g_uri_escape_string (abs, "/", FALSE);
    uri = g_strdup_printf ("file:%s?mode=ro&immutable=1", escaped);
  }
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                 "('document','unit','indicator','target','observation','facility')",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          tables = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  if (rc != SQLITE_OK || tables != 6)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read (%s). It was left untouched; restore it from a backup."),
                   path, rc != SQLITE_OK ? sqlite3_errstr (rc) : _("tables are missing"));
      return FALSE;
    }
  (void) version;
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Copies the open database with SQLite's online backup (consistent even
 * with a WAL), into backups/ beside it, and keeps the last few. */
gboolean
mp_store_backup (MpStore     *self,
              const char  *reason,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S.%f");
  g_autofree char *name = NULL;
  g_autofree char *dest_path = NULL;
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = NULL;
  const char *entry;
  g_autofree char *prefix = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *bk;
  int rc;

  if (g_mkdir_with_parents (backups, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, MP_ERROR, MP_ERROR_IO, _("Cannot create the backup folder “%s”: %s"),
                   backups, g_strerror (saved));
      return FALSE;
    }
  name = g_strdup_printf ("%s.%s.%s.bak", base, stamp, reason);
  dest_path = g_build_filename (backups, name, NULL);

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      bk = sqlite3_backup_init (dest, "main", self->db, "main");
      if (bk)
        {
          sqlite3_backup_step (bk, -1);
          rc = sqlite3_backup_finish (bk);
        }
      else
        rc = sqlite3_errcode (dest);
    }
  if (rc != SQLITE_OK)
    {
      g_autofree char *what = g_strdup_printf (_("Cannot write the backup “%s”"), dest_path);
      mp_sqlite_error (error, dest, rc, what);
      sqlite3_close_v2 (dest);
      g_unlink (dest_path);
      return FALSE;
    }
  sqlite3_close_v2 (dest);
  g_free (self->backup_path);
  self->backup_path = g_strdup (dest_path);

  /* Keep the newest MP_BACKUPS_KEPT of this database's backups. The names
   * sort by time. */
  prefix = g_strconcat (base, ".", NULL);
  d = g_dir_open (backups, 0, NULL);
  while (d && (entry = g_dir_read_name (d)))
    if (g_str_has_prefix (entry, prefix) && g_str_has_suffix (entry, ".bak"))
      g_ptr_array_add (old, g_strdup (entry));
  g_ptr_array_sort (old, compare_names);
  for (guint i = 0; i + MP_BACKUPS_KEPT < old->len; i++)
    {
      g_autofree char *victim = g_build_filename (backups, g_ptr_array_index (old, i), NULL);
      g_unlink (victim);
    }
  return TRUE;
}

static gboolean
configure_connection (MpStore  *self,
                      GError  **error)
{
  sqlite3_busy_timeout (self->db, MP_BUSY_TIMEOUT);
  sqlite3_extended_result_codes (self->db, 1);
  return mp_store_exec (self, "PRAGMA foreign_keys = ON;", error);
}

MpStore *
mp_store_open (const char        *path,
               MpStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(MpStore) self = NULL;
  gboolean exists;
  int version = 0;
  int open_flags;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (exists && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_MEDPLAN,
                   _("“%s” is a folder, not a Medplan database."), path);
      return NULL;
    }
  if (!exists && !(flags & MP_STORE_OPEN_CREATE))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_IO,
                   _("The database “%s” does not exist. Create it with “medplan-cli init”."), path);
      return NULL;
    }
  if (exists && (!check_header (path, &version, error) || !probe_readonly (path, version, error)))
    return NULL;

  if (!exists)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;
          g_set_error (error, MP_ERROR, MP_ERROR_IO, _("Cannot create the folder “%s”: %s"),
                       dir, g_strerror (saved));
          return NULL;
        }
    }

  self = g_object_new (MP_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->opened_version = version;

  if (flags & MP_STORE_OPEN_READ_ONLY)
    open_flags = SQLITE_OPEN_READONLY;
  else
    open_flags = SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE);
  rc = sqlite3_open_v2 (path, &self->db, open_flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *what = g_strdup_printf (_("Cannot open “%s”"), path);
      mp_sqlite_error (error, self->db, rc, what);
      return NULL;
    }
  if (!configure_connection (self, error))
    return NULL;

  if (!exists)
    {
      if (!mp_store_exec (self, "PRAGMA journal_mode = WAL;", error) ||
          !mp_schema_migrate (self->db, 0, MP_SCHEMA_VERSION, error))
        {
          g_clear_pointer (&self->db, sqlite3_close_v2);
          g_unlink (path);
          return NULL;
        }
      mp_store_checkpoint (self);
      return g_steal_pointer (&self);
    }

  if (version < MP_SCHEMA_VERSION)
    {
      g_autofree char *reason = g_strdup_printf ("before-migration-v%d", version);

      if (flags & MP_STORE_OPEN_READ_ONLY)
        {
          g_set_error (error, MP_ERROR, MP_ERROR_IO,
                       _("“%s” has an older database version (%d) and must be updated, which cannot be done read-only."),
                       path, version);
          return NULL;
        }
      if (!mp_store_backup (self, reason, error) ||
          !mp_schema_migrate (self->db, version, MP_SCHEMA_VERSION, error))
        return NULL;
      mp_store_checkpoint (self);
    }
  return g_steal_pointer (&self);
}

void
mp_store_checkpoint (MpStore *self)
{
  /* Best effort: a reader elsewhere may keep part of the log alive, and the
   * header check copes with a log either way. */
  sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
}

gboolean
mp_store_exec (MpStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      mp_sqlite_error (error, self->db, rc, _("Database error"));
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
mp_store_prepare (MpStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      mp_sqlite_error (error, self->db, rc, _("Database error"));
      return NULL;
    }
  return stmt;
}

gint64
mp_store_id_for_code (MpStore    *self,
                      const char *table,
                      const char *code)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (code == NULL || *code == '\0')
    return 0;
  /* `table` is always one of our own literal table names. */
  sql = g_strdup_printf ("SELECT id FROM %s WHERE code = ?1", table);
  stmt = mp_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

char *
mp_store_now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
mp_store_log_change (MpStore     *self,
                     const char  *table,
                     const char  *code,
                     const char  *action,
                     const char  *before,
                     const char  *after,
                     const char  *origin,
                     GError     **error)
{
  g_autofree char *now = mp_store_now_iso ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = mp_store_prepare (self,
                           "INSERT INTO change_log (at, tbl, code, action, before, after, origin) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, before, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, after, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, origin ? origin : "local", -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot record the change"));
      return FALSE;
    }
  return TRUE;
}

char *
mp_column_dup (sqlite3_stmt *stmt,
               int           col)
{
  const unsigned char *text = sqlite3_column_text (stmt, col);
  return text ? g_strdup ((const char *) text) : NULL;
}

double
mp_column_double (sqlite3_stmt *stmt,
                  int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return NAN;
  return sqlite3_column_double (stmt, col);
}

gint64
mp_column_int_or (sqlite3_stmt *stmt,
                  int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return -1;
  return sqlite3_column_int64 (stmt, col);
}

gboolean
mp_store_is_empty (MpStore *self)
{
  sqlite3_stmt *stmt;
  gboolean empty = TRUE;

  g_return_val_if_fail (MP_IS_STORE (self), TRUE);
  stmt = mp_store_prepare (self,
                           "SELECT (SELECT count(*) FROM document) + (SELECT count(*) FROM unit)"
                           " + (SELECT count(*) FROM indicator) + (SELECT count(*) FROM target)", NULL);
  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int64 (stmt, 0) == 0;
  sqlite3_finalize (stmt);
  return empty;
}
