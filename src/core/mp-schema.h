/* mp-schema.h — the SQL schema and its forward-only migrations. Private
 * to the core (and its tests). */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Brings a database at schema version `from` (0 = empty) up to `to`, each
 * step in its own transaction that also sets PRAGMA user_version. The
 * tests use it with `to` < MP_SCHEMA_VERSION to build old files. */
gboolean mp_schema_migrate (sqlite3  *db,
                            int       from,
                            int       to,
                            GError  **error);

/* Sets an error of the MP_ERROR domain from SQLite's last error on `db`,
 * with `what` saying what was being done. */
void     mp_sqlite_error   (GError  **error,
                            sqlite3  *db,
                            int       rc,
                            const char *what);

/* The tables every Medplan file of the current version must have. */
extern const char * const mp_schema_tables[];

G_END_DECLS
