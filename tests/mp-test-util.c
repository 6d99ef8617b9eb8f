/* mp-test-util.c — helpers the test programs share. */
#include "mp-test-util.h"

#include <glib/gstdio.h>

void
mp_test_remove_tree (const char *path)
{
  GDir *d = g_dir_open (path, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        mp_test_remove_tree (child);
      else
        g_unlink (child);
    }
  if (d)
    g_dir_close (d);
  g_rmdir (path);
}

gint64
mp_test_query_int (sqlite3    *db,
                   const char *sql)
{
  sqlite3_stmt *stmt;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

char *
mp_test_synthetic_facilities_sql (guint       n,
                                  const char *name_prefix)
{
  g_autofree char *prefix = g_strdup_printf ("%s ", name_prefix);
  char *quoted = sqlite3_mprintf ("%Q", prefix);
  char *sql = g_strdup_printf (
    "WITH RECURSIVE u(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM u WHERE i < 33) "
    "INSERT INTO unit (code, name_vi, name_en, level) "
    "SELECT printf ('P%%02d', i), 'Tỉnh Đồng Thử ' || i, 'Test province ' || i, 'province' FROM u;"
    "CREATE TEMP TABLE syl (n INTEGER PRIMARY KEY, w TEXT);"
    "INSERT INTO syl (w) VALUES ('An'), ('Bình'), ('Châu'), ('Đức'), ('Giang'), ('Hòa'), ('Hưng'),"
    " ('Khánh'), ('Long'), ('Minh'), ('Nam'), ('Ninh'), ('Phú'), ('Phước'), ('Quang'), ('Sơn'),"
    " ('Tân'), ('Thạnh'), ('Trung'), ('Nguyễn');"
    "WITH RECURSIVE f(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM f WHERE i < %u) "
    "INSERT INTO facility (code, name_vi, kind, ownership, unit_id, beds) "
    "SELECT printf ('F%%06d', i),"
    " %s || (SELECT w FROM syl WHERE n = 1 + i %% 20) || ' ' || (SELECT w FROM syl WHERE n = 1 + (i / 20) %% 20) || ' ' || i,"
    " CASE i %% 8 WHEN 0 THEN 'hospital' WHEN 1 THEN 'specialised_hospital' WHEN 2 THEN 'district_health_centre'"
    "  WHEN 3 THEN 'commune_station' WHEN 4 THEN 'clinic' WHEN 5 THEN 'training_institution' WHEN 6 THEN 'cdc'"
    "  ELSE 'other' END,"
    " CASE i %% 3 WHEN 0 THEN 'private' ELSE 'public' END,"
    " 1 + i %% 34, CASE WHEN i %% 7 = 0 THEN NULL ELSE (i * 37) %% 1500 END FROM f;"
    "DROP TABLE temp.syl;",
    n - 1, quoted);

  sqlite3_free (quoted);
  return sql;
}
