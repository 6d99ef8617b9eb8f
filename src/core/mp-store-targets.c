/* mp-store-targets.c — observations, values and the judgement of targets. */
#include "mp-store-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mp-compute.h"
#include "mp-error.h"
#include "mp-judge.h"

gboolean
mp_store_set_observation (MpStore     *self,
                          const char  *indicator,
                          const char  *unit,
                          const char  *period,
                          double       value,
                          const char  *source,
                          GError     **error)
{
  g_autofree char *now = NULL;
  g_autofree char *key = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  sqlite3_stmt *stmt;
  gint64 indicator_id, unit_id;
  int rc;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  if (!isfinite (value))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("The value must be a finite number."));
      return FALSE;
    }
  if (!mp_period_is_valid (period))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("“%s” is not a valid period: write a year (2025), a half-year (2025S1, 2025S2) or a quarter (2025Q1 to 2025Q4)."),
                   period ? period : "");
      return FALSE;
    }
  indicator_id = mp_store_id_for_code (self, "indicator", indicator);
  if (indicator_id == 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There is no indicator with the code “%s”."), indicator ? indicator : "");
      return FALSE;
    }
  unit_id = mp_store_id_for_code (self, "unit", unit);
  if (unit_id == 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There is no unit with the code “%s”."), unit ? unit : "");
      return FALSE;
    }

  if (!mp_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  stmt = mp_store_prepare (self, "SELECT value FROM observation WHERE indicator_id = ?1 AND unit_id = ?2 AND period = ?3", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_text (stmt, 3, period, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    before = g_strdup_printf ("{\"value\":%s}",
                              g_ascii_dtostr (buf, sizeof buf, sqlite3_column_double (stmt, 0)));
  sqlite3_finalize (stmt);

  now = mp_store_now_iso ();
  stmt = mp_store_prepare (self,
                           "INSERT INTO observation (indicator_id, unit_id, period, value, source, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                           "ON CONFLICT (indicator_id, unit_id, period) DO UPDATE SET "
                           "value = excluded.value, source = excluded.source, updated_at = excluded.updated_at",
                           error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_text (stmt, 3, period, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 4, value);
  sqlite3_bind_text (stmt, 5, source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot save the observation"));
      goto fail;
    }

  key = g_strdup_printf ("%s|%s|%s", indicator, unit, period);
  after = g_strdup_printf ("{\"value\":%s}", g_ascii_dtostr (buf, sizeof buf, value));
  if (!mp_store_log_change (self, "observation", key, before ? "update" : "insert",
                            before, after, source, error))
    goto fail;

  return mp_store_exec (self, "COMMIT", error);

fail:
  mp_store_exec (self, "ROLLBACK", NULL);
  return FALSE;
}

static void
series_point_clear (gpointer data)
{
  g_free (((MpSeriesPoint *) data)->period);
  g_free (((MpSeriesPoint *) data)->comment);
}

static int
compare_series_points (gconstpointer a,
                       gconstpointer b)
{
  const MpSeriesPoint *pa = a, *pb = b;

  return (pa->t > pb->t) - (pa->t < pb->t);
}

/* Typed observations of the indicator for the unit, plus the computed
 * annual values for the years with no typed annual value, ascending t. */
static GArray *
load_series (MpStore     *self,
             gint64       indicator_id,
             const char  *formula,
             gint64       unit_id,
             GError     **error)
{
  g_autoptr(GArray) series = g_array_new (FALSE, FALSE, sizeof (MpSeriesPoint));
  g_autoptr(GArray) computed = g_array_new (FALSE, FALSE, sizeof (MpComputed));
  g_autoptr(GHashTable) typed_years = g_hash_table_new (g_direct_hash, g_direct_equal);
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (series, series_point_clear);
  stmt = mp_store_prepare (self,
                           "SELECT period, value, comment FROM observation WHERE indicator_id = ?1 AND unit_id = ?2 "
                           "ORDER BY period", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MpSeriesPoint sp = { NULL, 0, 0, MP_SOURCE_TYPED, NAN, NAN };
      const char *period = (const char *) sqlite3_column_text (stmt, 0);
      int year;

      if (!mp_period_parse (period, &sp.t, &year))
        continue; /* `check` reports it */
      sp.value = sqlite3_column_double (stmt, 1);
      sp.period = g_strdup (period);
      sp.comment = mp_column_dup (stmt, 2);
      g_array_append_val (series, sp);
      if (period[4] == '\0')
        g_hash_table_add (typed_years, GINT_TO_POINTER (year));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot read the observations"));
      return NULL;
    }

  if (!mp_compute_series (self, formula, unit_id, computed, error))
    return NULL;
  for (guint i = 0; i < computed->len; i++)
    {
      MpComputed *c = &g_array_index (computed, MpComputed, i);
      MpSeriesPoint sp = { NULL, c->year, c->value, MP_SOURCE_COMPUTED, c->numerator, c->denominator };

      if (g_hash_table_contains (typed_years, GINT_TO_POINTER (c->year)))
        continue; /* the typed value wins */
      sp.period = g_strdup_printf ("%d", c->year);
      g_array_append_val (series, sp);
    }
  g_array_sort (series, compare_series_points);
  return g_steal_pointer (&series);
}

GArray *
mp_store_get_series (MpStore     *self,
                     const char  *indicator,
                     const char  *unit,
                     GError     **error)
{
  g_autofree char *formula = NULL;
  sqlite3_stmt *stmt;
  gint64 indicator_id, unit_id;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  indicator_id = mp_store_id_for_code (self, "indicator", indicator);
  unit_id = mp_store_id_for_code (self, "unit", unit);
  if (indicator_id == 0 || unit_id == 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There is no indicator “%s” or no unit “%s”."), indicator, unit);
      return NULL;
    }
  stmt = mp_store_prepare (self, "SELECT formula FROM indicator WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    formula = mp_column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  return load_series (self, indicator_id, formula, unit_id, error);
}

gboolean
mp_store_get_value (MpStore        *self,
                    const char     *indicator,
                    const char     *unit,
                    const char     *period,
                    double         *value,
                    MpValueSource  *source,
                    double         *numerator,
                    double         *denominator,
                    GError        **error)
{
  g_autoptr(GArray) computed = g_array_new (FALSE, FALSE, sizeof (MpComputed));
  g_autofree char *formula = NULL;
  sqlite3_stmt *stmt;
  gint64 indicator_id, unit_id;
  int year;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  if (!mp_period_parse (period, NULL, &year))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("“%s” is not a valid period."),
                   period ? period : "");
      return FALSE;
    }
  indicator_id = mp_store_id_for_code (self, "indicator", indicator);
  unit_id = mp_store_id_for_code (self, "unit", unit);
  if (indicator_id == 0 || unit_id == 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There is no indicator “%s” or no unit “%s”."), indicator, unit);
      return FALSE;
    }

  stmt = mp_store_prepare (self,
                           "SELECT (SELECT value FROM observation WHERE indicator_id = ?1 AND unit_id = ?2 AND period = ?3),"
                           " (SELECT formula FROM indicator WHERE id = ?1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_text (stmt, 3, period, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      formula = mp_column_dup (stmt, 1);
      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        {
          *value = sqlite3_column_double (stmt, 0);
          if (source) *source = MP_SOURCE_TYPED;
          if (numerator) *numerator = NAN;
          if (denominator) *denominator = NAN;
          sqlite3_finalize (stmt);
          return TRUE;
        }
    }
  sqlite3_finalize (stmt);

  if (period[4] == '\0' && !mp_compute_series (self, formula, unit_id, computed, error))
    return FALSE;
  for (guint i = 0; i < computed->len; i++)
    {
      MpComputed *c = &g_array_index (computed, MpComputed, i);
      if (c->year != year)
        continue;
      *value = c->value;
      if (source) *source = MP_SOURCE_COMPUTED;
      if (numerator) *numerator = c->numerator;
      if (denominator) *denominator = c->denominator;
      return TRUE;
    }
  g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
               _("There is no value of “%s” for “%s” in %s."), indicator, unit, period);
  return FALSE;
}

static int
compare_targets (gconstpointer a,
                 gconstpointer b)
{
  const MpTargetStatus *x = *(const MpTargetStatus * const *) a;
  const MpTargetStatus *y = *(const MpTargetStatus * const *) b;
  int c;

  if (x->status != y->status)
    return (int) x->status - (int) y->status;
  if ((c = g_strcmp0 (x->document, y->document)) != 0)
    return c;
  if ((c = g_strcmp0 (x->indicator, y->indicator)) != 0)
    return c;
  if ((c = g_strcmp0 (x->unit, y->unit)) != 0)
    return c;
  return x->year - y->year;
}

GPtrArray *
mp_store_list_targets (MpStore     *self,
                       const char  *unit,
                       int          year,
                       GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_target_status_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  stmt = mp_store_prepare (self,
                           "SELECT t.id, i.id, i.code, i.name_vi, i.name_en, i.measure, i.decimals, i.direction, i.formula,"
                           " u.id, u.code, u.name_vi, u.name_en, t.year, t.comparator, t.value, t.value_high,"
                           " t.baseline_year, t.baseline_value, d.code, d.title_vi, d.title_en, t.note "
                           "FROM target t JOIN indicator i ON i.id = t.indicator_id JOIN unit u ON u.id = t.unit_id "
                           "LEFT JOIN document d ON d.id = t.document_id "
                           "WHERE (?1 IS NULL OR u.code = ?1) AND (?2 = 0 OR t.year = ?2)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, unit, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MpTargetStatus *ts = g_new0 (MpTargetStatus, 1);
      g_autoptr(GArray) series = NULL;
      g_autofree MpPoint *points = NULL;
      g_autofree char *formula = mp_column_dup (stmt, 8);
      MpTargetSpec spec = { 0 };
      MpJudgement j;

      ts->target_id = sqlite3_column_int64 (stmt, 0);
      ts->indicator = mp_column_dup (stmt, 2);
      ts->indicator_name = g_strdup (mp_pick_name ((const char *) sqlite3_column_text (stmt, 3),
                                                   (const char *) sqlite3_column_text (stmt, 4)));
      ts->measure = mp_column_dup (stmt, 5);
      ts->decimals = sqlite3_column_int (stmt, 6);
      mp_direction_from_string ((const char *) sqlite3_column_text (stmt, 7), &ts->direction);
      ts->unit = mp_column_dup (stmt, 10);
      ts->unit_name = g_strdup (mp_pick_name ((const char *) sqlite3_column_text (stmt, 11),
                                              (const char *) sqlite3_column_text (stmt, 12)));
      ts->year = sqlite3_column_int (stmt, 13);
      mp_comparator_from_string ((const char *) sqlite3_column_text (stmt, 14), &ts->comparator);
      ts->value = mp_column_double (stmt, 15);
      ts->value_high = mp_column_double (stmt, 16);
      ts->baseline_year = sqlite3_column_int (stmt, 17);
      ts->baseline_value = mp_column_double (stmt, 18);
      ts->document = mp_column_dup (stmt, 19);
      ts->document_title = g_strdup (mp_pick_name ((const char *) sqlite3_column_text (stmt, 20),
                                                   (const char *) sqlite3_column_text (stmt, 21)));
      ts->note = mp_column_dup (stmt, 22);
      ts->latest_value = NAN;
      ts->latest_numerator = NAN;
      ts->latest_denominator = NAN;
      ts->projected = NAN;
      ts->trend_slope = NAN;
      ts->trend_intercept = NAN;
      g_ptr_array_add (out, ts);

      series = load_series (self, sqlite3_column_int64 (stmt, 1), formula,
                            sqlite3_column_int64 (stmt, 9), error);
      if (series == NULL)
        {
          sqlite3_finalize (stmt);
          return NULL;
        }
      points = g_new (MpPoint, series->len + 1);
      for (guint i = 0; i < series->len; i++)
        {
          MpSeriesPoint *sp = &g_array_index (series, MpSeriesPoint, i);
          points[i] = (MpPoint) { sp->t, sp->value };
        }

      spec.comparator = ts->comparator;
      spec.value = ts->value;
      spec.value_high = ts->value_high;
      spec.year = ts->year;
      spec.decimals = ts->decimals;
      spec.has_baseline = ts->baseline_year > 0 && !isnan (ts->baseline_value);
      spec.baseline_t = ts->baseline_year;
      spec.baseline_value = ts->baseline_value;
      spec.current_year = g_date_time_get_year (now);
      j = mp_judge (&spec, points, series->len);

      ts->status = j.status;
      ts->projected = j.projected;
      ts->trend_slope = j.slope;
      ts->trend_intercept = j.intercept;
      if (j.latest_index >= 0)
        {
          MpSeriesPoint *sp = &g_array_index (series, MpSeriesPoint, j.latest_index);
          ts->latest_period = g_strdup (sp->period);
          ts->latest_value = sp->value;
          ts->latest_source = sp->source;
          ts->latest_numerator = sp->numerator;
          ts->latest_denominator = sp->denominator;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot read the targets"));
      return NULL;
    }

  g_ptr_array_sort (out, compare_targets);
  return g_steal_pointer (&out);
}
