/* mp-check.c — `medplan-cli check`: is the database sound? */
#include "mp-store-private.h"

#include <glib/gi18n-lib.h>

#include "mp-compute.h"
#include "mp-judge.h"

/* Runs `sql`; each row's first column (text) is passed to `report`. */
static gboolean
each_row (MpStore     *self,
          const char  *sql,
          void       (*report) (GPtrArray *problems, sqlite3_stmt *stmt),
          GPtrArray   *problems,
          GError     **error)
{
  sqlite3_stmt *stmt = mp_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    report (problems, stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("The check could not run"));
      return FALSE;
    }
  return TRUE;
}

static void
report_integrity (GPtrArray    *problems,
                  sqlite3_stmt *stmt)
{
  const char *msg = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (msg, "ok") != 0)
    g_ptr_array_add (problems, g_strdup_printf (_("The file is damaged: %s"), msg));
}

static void
report_foreign_key (GPtrArray    *problems,
                    sqlite3_stmt *stmt)
{
  g_ptr_array_add (problems,
                   g_strdup_printf (_("Table “%s”, row %lld refers to a missing row of “%s”."),
                                    sqlite3_column_text (stmt, 0),
                                    (long long) sqlite3_column_int64 (stmt, 1),
                                    sqlite3_column_text (stmt, 2)));
}

static void
report_period (GPtrArray    *problems,
               sqlite3_stmt *stmt)
{
  const char *period = (const char *) sqlite3_column_text (stmt, 2);
  if (!mp_period_is_valid (period))
    g_ptr_array_add (problems,
                     g_strdup_printf (_("Observation of “%s” for “%s” has an invalid period “%s”."),
                                      sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                                      period));
}

static void
report_formula (GPtrArray    *problems,
                sqlite3_stmt *stmt)
{
  const char *formula = (const char *) sqlite3_column_text (stmt, 1);
  if (!mp_formula_is_valid (formula))
    g_ptr_array_add (problems,
                     g_strdup_printf (_("Indicator “%s” has a formula Medplan cannot compute: “%s”."),
                                      sqlite3_column_text (stmt, 0), formula));
}

static void
report_unit_cycle (GPtrArray    *problems,
                   sqlite3_stmt *stmt)
{
  g_ptr_array_add (problems,
                   g_strdup_printf (_("Unit “%s” is its own ancestor: its parents form a loop."),
                                    sqlite3_column_text (stmt, 0)));
}

gboolean
mp_store_check (MpStore    *self,
                GPtrArray  *problems,
                GError    **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  return each_row (self, "PRAGMA integrity_check", report_integrity, problems, error) &&
         each_row (self, "PRAGMA foreign_key_check", report_foreign_key, problems, error) &&
         each_row (self,
                   "SELECT i.code, u.code, o.period FROM observation o JOIN indicator i ON i.id = o.indicator_id "
                   "JOIN unit u ON u.id = o.unit_id",
                   report_period, problems, error) &&
         each_row (self, "SELECT code, formula FROM indicator WHERE formula IS NOT NULL",
                   report_formula, problems, error) &&
         each_row (self,
                   "WITH RECURSIVE up(start, id, depth) AS ("
                   "  SELECT id, parent_id, 1 FROM unit WHERE parent_id IS NOT NULL"
                   "  UNION ALL SELECT up.start, u.parent_id, depth + 1 FROM up JOIN unit u ON u.id = up.id"
                   "  WHERE u.parent_id IS NOT NULL AND depth < 64) "
                   "SELECT DISTINCT u.code FROM up JOIN unit u ON u.id = up.start WHERE up.id = up.start",
                   report_unit_cycle, problems, error);
}
