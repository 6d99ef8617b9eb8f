/* mp-test-util.h — helpers the test programs share: temporary folders and
 * a look at a database as SQLite sees it. */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Removes a folder and everything under it (symbolic links are removed,
 * not followed). */
void   mp_test_remove_tree (const char *path);

/* The first column of the first row of `sql`, as an integer (-1 if none). */
gint64 mp_test_query_int   (sqlite3    *db,
                            const char *sql);

/* SQL that adds 34 made-up provinces and `n` made-up facilities to an empty
 * Medplan database: names of `name_prefix` and two Vietnamese syllables
 * (one in twenty has "Nguyễn"), every kind, a third private, beds on six
 * in seven. For the tests and benchmarks of large lists; nothing real. */
char  *mp_test_synthetic_facilities_sql (guint       n,
                                         const char *name_prefix);

G_END_DECLS
