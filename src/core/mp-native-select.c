/* mp-native-select.c — which rows an export by unit holds, collected
 * into temporary tables (temp.mp_x_*) that the native exporter reads. */
#include "mp-native-private.h"

#include <glib/gi18n-lib.h>

/* ---- Selection by unit ------------------------------------------------ */

/* The rows an export by unit holds: the unit and the units under it
 * (mp_x_sub), their populations, targets, observations and facilities,
 * the trainings and transfers that touch them, and whatever those rows
 * refer to (facilities, targets, units with their parents, indicators,
 * documents), so that the file imports into an empty database. */
static const char select_by_unit_sql[] =
  "CREATE TEMP TABLE mp_x_sub (id INTEGER PRIMARY KEY);"
  "CREATE TEMP TABLE mp_x_unit (id INTEGER PRIMARY KEY);"
  "CREATE TEMP TABLE mp_x_facility (id INTEGER PRIMARY KEY);"
  "CREATE TEMP TABLE mp_x_target (id INTEGER PRIMARY KEY);"
  "CREATE TEMP TABLE mp_x_training (id INTEGER PRIMARY KEY);"
  "CREATE TEMP TABLE mp_x_transfer (id INTEGER PRIMARY KEY);"
  "CREATE TEMP TABLE mp_x_indicator (id INTEGER PRIMARY KEY);"
  "CREATE TEMP TABLE mp_x_document (id INTEGER PRIMARY KEY);"
  "WITH RECURSIVE sub (id) AS (SELECT id FROM main.unit WHERE code = :unit"
  "  UNION SELECT u.id FROM main.unit u JOIN sub ON u.parent_id = sub.id)"
  " INSERT INTO mp_x_sub SELECT id FROM sub;"
  "INSERT INTO mp_x_facility SELECT id FROM main.facility WHERE unit_id IN mp_x_sub;"
  "INSERT INTO mp_x_target SELECT id FROM main.target WHERE unit_id IN mp_x_sub;"
  "INSERT INTO mp_x_training SELECT id FROM main.training"
  "  WHERE sending_unit_id IN mp_x_sub OR sending_facility_id IN mp_x_facility"
  "     OR institution_id IN mp_x_facility OR target_id IN mp_x_target;"
  "INSERT INTO mp_x_transfer SELECT id FROM main.transfer"
  "  WHERE from_unit_id IN mp_x_sub OR to_unit_id IN mp_x_sub"
  "     OR from_facility_id IN mp_x_facility OR to_facility_id IN mp_x_facility;"
  "INSERT OR IGNORE INTO mp_x_facility"
  "  SELECT institution_id FROM main.training WHERE id IN mp_x_training AND institution_id IS NOT NULL"
  "  UNION SELECT sending_facility_id FROM main.training WHERE id IN mp_x_training AND sending_facility_id IS NOT NULL"
  "  UNION SELECT from_facility_id FROM main.transfer WHERE id IN mp_x_transfer AND from_facility_id IS NOT NULL"
  "  UNION SELECT to_facility_id FROM main.transfer WHERE id IN mp_x_transfer AND to_facility_id IS NOT NULL;"
  "INSERT OR IGNORE INTO mp_x_target"
  "  SELECT target_id FROM main.training WHERE id IN mp_x_training AND target_id IS NOT NULL;"
  "INSERT OR IGNORE INTO mp_x_unit"
  "  SELECT id FROM mp_x_sub"
  "  UNION SELECT unit_id FROM main.facility WHERE id IN mp_x_facility"
  "  UNION SELECT unit_id FROM main.target WHERE id IN mp_x_target"
  "  UNION SELECT sending_unit_id FROM main.training WHERE id IN mp_x_training AND sending_unit_id IS NOT NULL"
  "  UNION SELECT from_unit_id FROM main.transfer WHERE id IN mp_x_transfer AND from_unit_id IS NOT NULL"
  "  UNION SELECT to_unit_id FROM main.transfer WHERE id IN mp_x_transfer AND to_unit_id IS NOT NULL"
  "  UNION SELECT from_unit_id FROM main.unit_succession WHERE from_unit_id IN mp_x_sub OR to_unit_id IN mp_x_sub"
  "  UNION SELECT to_unit_id FROM main.unit_succession WHERE from_unit_id IN mp_x_sub OR to_unit_id IN mp_x_sub;"
  "WITH RECURSIVE up (id) AS (SELECT parent_id FROM main.unit WHERE id IN mp_x_unit AND parent_id IS NOT NULL"
  "  UNION SELECT u.parent_id FROM main.unit u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL)"
  " INSERT OR IGNORE INTO mp_x_unit SELECT id FROM up;"
  "INSERT OR IGNORE INTO mp_x_indicator"
  "  SELECT indicator_id FROM main.target WHERE id IN mp_x_target"
  "  UNION SELECT DISTINCT indicator_id FROM main.observation WHERE unit_id IN mp_x_sub;"
  "INSERT OR IGNORE INTO mp_x_document"
  "  SELECT document_id FROM main.target WHERE id IN mp_x_target AND document_id IS NOT NULL"
  "  UNION SELECT document_id FROM main.facility WHERE id IN mp_x_facility AND document_id IS NOT NULL"
  "  UNION SELECT document_id FROM main.training WHERE id IN mp_x_training AND document_id IS NOT NULL"
  "  UNION SELECT document_id FROM main.transfer WHERE id IN mp_x_transfer AND document_id IS NOT NULL;";

static const char drop_selection_sql[] =
  "DROP TABLE IF EXISTS temp.mp_x_sub; DROP TABLE IF EXISTS temp.mp_x_unit;"
  "DROP TABLE IF EXISTS temp.mp_x_facility; DROP TABLE IF EXISTS temp.mp_x_target;"
  "DROP TABLE IF EXISTS temp.mp_x_training; DROP TABLE IF EXISTS temp.mp_x_transfer;"
  "DROP TABLE IF EXISTS temp.mp_x_indicator; DROP TABLE IF EXISTS temp.mp_x_document;";

void
mp_native_drop_selection (MpStore *store)
{
  mp_store_exec (store, drop_selection_sql, NULL);
}

gboolean
mp_native_select_by_unit (MpStore     *store,
                          const char  *unit,
                          GError     **error)
{
  const char *sql = select_by_unit_sql;
  sqlite3 *db = store->db;

  mp_native_drop_selection (store);
  /* Statement by statement: only the recursive one takes the unit code. */
  while (sql && *sql)
    {
      sqlite3_stmt *stmt = NULL;
      const char *tail = NULL;
      int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, &tail);

      if (rc != SQLITE_OK)
        {
          mp_sqlite_error (error, db, rc, _("Cannot export"));
          return FALSE;
        }
      if (stmt)
        {
          int param = sqlite3_bind_parameter_index (stmt, ":unit");
          if (param > 0)
            sqlite3_bind_text (stmt, param, unit, -1, SQLITE_STATIC);
          rc = sqlite3_step (stmt);
          sqlite3_finalize (stmt);
          if (rc != SQLITE_DONE)
            {
              mp_sqlite_error (error, db, rc, _("Cannot export"));
              return FALSE;
            }
        }
      sql = tail;
    }
  return TRUE;
}
