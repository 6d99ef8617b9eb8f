/* mp-compute.c — computed indicators.
 *
 * Formulas:
 *   per_10k:CAT[+CAT…]  sum of the staffing headcount of the categories over
 *                       the facilities of the unit and the units under it,
 *                       divided by the unit's population, × 10,000;
 *   per_10k:beds        the beds of the facilities open that year, except
 *                       commune stations (the official definition), per
 *                       10,000 people.
 */
#include "mp-compute.h"

#include <glib/gi18n-lib.h>
#include <string.h>

static const char * const categories[] = { "doctor", "nurse", "midwife", "pharmacist", "technician", NULL };

/* ",nurse,midwife," for "per_10k:nurse+midwife", or NULL if invalid. */
static char *
category_list (const char *formula)
{
  g_auto(GStrv) parts = NULL;
  GString *list;

  if (!g_str_has_prefix (formula, "per_10k:"))
    return NULL;
  parts = g_strsplit (formula + strlen ("per_10k:"), "+", -1);
  list = g_string_new (",");
  for (int i = 0; parts[i]; i++)
    {
      if (!g_strv_contains (categories, parts[i]))
        {
          g_string_free (list, TRUE);
          return NULL;
        }
      g_string_append_printf (list, "%s,", parts[i]);
    }
  if (list->len == 1)
    {
      g_string_free (list, TRUE);
      return NULL;
    }
  return g_string_free (list, FALSE);
}

gboolean
mp_formula_is_valid (const char *formula)
{
  g_autofree char *cats = NULL;

  if (formula == NULL)
    return FALSE;
  if (g_str_equal (formula, "per_10k:beds"))
    return TRUE;
  cats = category_list (formula);
  return cats != NULL;
}

#define UNIT_TREE \
  "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) "

gboolean
mp_compute_series (MpStore    *self,
                   const char *formula,
                   gint64      unit_id,
                   GArray     *out,
                   GError    **error)
{
  g_autofree char *cats = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (formula == NULL)
    return TRUE;

  if (g_str_equal (formula, "per_10k:beds"))
    stmt = mp_store_prepare (self,
                             UNIT_TREE
                             "SELECT p.year, sum(f.beds), p.persons FROM population p "
                             "JOIN facility f ON f.unit_id IN sub AND f.kind <> 'commune_station' "
                             "  AND f.beds IS NOT NULL "
                             "  AND (f.opened IS NULL OR CAST(substr(f.opened, 1, 4) AS INTEGER) <= p.year) "
                             "  AND (f.closed IS NULL OR CAST(substr(f.closed, 1, 4) AS INTEGER) > p.year) "
                             "WHERE p.unit_id = ?1 GROUP BY p.year ORDER BY p.year", error);
  else if ((cats = category_list (formula)) != NULL)
    {
      stmt = mp_store_prepare (self,
                               UNIT_TREE
                               "SELECT s.year, sum(s.headcount), p.persons FROM staffing s "
                               "JOIN facility f ON f.id = s.facility_id "
                               "JOIN population p ON p.unit_id = ?1 AND p.year = s.year "
                               "WHERE f.unit_id IN sub AND instr(?2, ',' || s.category || ',') > 0 "
                               "GROUP BY s.year ORDER BY s.year", error);
      if (stmt)
        sqlite3_bind_text (stmt, 2, cats, -1, SQLITE_TRANSIENT);
    }
  else
    return TRUE; /* not computable: `check` reports the formula */

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MpComputed c;

      c.year = sqlite3_column_int (stmt, 0);
      c.numerator = sqlite3_column_double (stmt, 1);
      c.denominator = sqlite3_column_double (stmt, 2);
      c.value = c.numerator / c.denominator * 10000.0;
      g_array_append_val (out, c);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot compute the indicator"));
      return FALSE;
    }
  return TRUE;
}
