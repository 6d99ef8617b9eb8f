/* mp-store-private.h — the store's instance, shared by the files that
 * implement it (opening, queries, sample loading, checks). */
#pragma once

#include <sqlite3.h>
#include "mp-store.h"
#include "mp-schema.h"

G_BEGIN_DECLS

struct _MpStore {
  GObject  parent_instance;
  sqlite3 *db;
  char    *path;
  char    *backup_path;
  int      opened_version;
  /* Edits of this session (change_log ids) that undo / redo would revert,
   * newest last (mp-edit-history.c); NULL until the first edit. */
  GArray  *undo_stack;
  GArray  *redo_stack;
};

/* Prepares `sql`, or sets `error` and returns NULL. */
sqlite3_stmt *mp_store_prepare     (MpStore     *self,
                                    const char  *sql,
                                    GError     **error);
/* Runs SQL without results; sets `error` on failure. */
gboolean      mp_store_exec        (MpStore     *self,
                                    const char  *sql,
                                    GError     **error);
/* The id of the row of `table` with `code`, or 0 when there is none. */
gint64        mp_store_id_for_code (MpStore     *self,
                                    const char  *table,
                                    const char  *code);
/* Appends a change to change_log. `before` and `after` are JSON or NULL. */
gboolean      mp_store_log_change  (MpStore     *self,
                                    const char  *table,
                                    const char  *code,
                                    const char  *action,
                                    const char  *before,
                                    const char  *after,
                                    const char  *origin,
                                    GError     **error);
/* Writes a consistent copy of the database into backups/ beside it, named
 * with the time and `reason`, and keeps the last five. */
gboolean      mp_store_backup      (MpStore     *self,
                                    const char  *reason,
                                    GError     **error);
/* Moves the write-ahead log into the main file, so the file's header holds
 * the newest marks even if the process is killed afterwards. */
void          mp_store_checkpoint  (MpStore     *self);
/* The current time as ISO 8601 UTC, new string. */
char         *mp_store_now_iso     (void);

/* A nullable text column as a new string. */
char         *mp_column_dup        (sqlite3_stmt *stmt,
                                    int           col);
/* A nullable number column, NAN when NULL. */
double        mp_column_double     (sqlite3_stmt *stmt,
                                    int           col);
/* A nullable integer column, -1 when NULL. */
gint64        mp_column_int_or     (sqlite3_stmt *stmt,
                                    int           col);

G_END_DECLS
