/* mp-edit-observation.c — observations typed in the application: saved,
 * moved to another period, deleted, each logged and undoable like the
 * records (mp-edit.h). An indicator with a formula may have typed values
 * too; they win over the computed ones (as in mp_store_set_observation). */
#include "mp-edit-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mp-error.h"
#include "mp-judge.h"

gboolean
mp_edit_write_observation (MpStore                  *self,
                           const MpEditObservation  *obs,
                           GError                  **error)
{
  g_autofree char *now = mp_store_now_iso ();
  sqlite3_stmt *stmt;
  gint64 indicator_id = mp_store_id_for_code (self, "indicator", obs->indicator);
  gint64 unit_id = mp_store_id_for_code (self, "unit", obs->unit);
  int rc;

  if (indicator_id == 0 || unit_id == 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There is no indicator “%s” or no unit “%s”."), obs->indicator, obs->unit);
      return FALSE;
    }
  stmt = mp_store_prepare (self,
                           "INSERT INTO observation (indicator_id, unit_id, period, value, source, comment, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                           "ON CONFLICT (indicator_id, unit_id, period) DO UPDATE SET "
                           "value = excluded.value, source = excluded.source, comment = excluded.comment,"
                           " updated_at = excluded.updated_at", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_text (stmt, 3, obs->period, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 4, obs->value);
  sqlite3_bind_text (stmt, 5, obs->source, -1, SQLITE_TRANSIENT);
  if (obs->comment && *obs->comment)
    sqlite3_bind_text (stmt, 6, obs->comment, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot save the observation"));
      return FALSE;
    }
  return TRUE;
}

gboolean
mp_edit_remove_observation (MpStore     *self,
                            const char  *indicator,
                            const char  *unit,
                            const char  *period,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mp_store_prepare (self,
                           "DELETE FROM observation WHERE indicator_id = (SELECT id FROM indicator WHERE code = ?1)"
                           " AND unit_id = (SELECT id FROM unit WHERE code = ?2) AND period = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, indicator, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, unit, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, period, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot delete the observation"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
invalid (const char **field,
         const char  *name)
{
  mp_edit_set_field (field, name);
  return FALSE;
}

static gboolean
check_observation (MpStore     *self,
                   const char  *indicator,
                   const char  *unit,
                   const char  *old_period,
                   const char  *period,
                   double       value,
                   const char **field,
                   GError     **error)
{
  g_autoptr(MpEditObservation) old = NULL;
  g_autoptr(MpEditObservation) taken = NULL;

  if (mp_store_id_for_code (self, "indicator", indicator) == 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("There is no indicator with the code “%s”."), indicator ? indicator : "");
      return invalid (field, "indicator");
    }
  if (mp_store_id_for_code (self, "unit", unit) == 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("There is no unit with the code “%s”."), unit ? unit : "");
      return invalid (field, "unit");
    }
  if (!mp_period_is_valid (period))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("“%s” is not a valid period: write a year (2025), a half-year (2025S1, 2025S2) or a quarter (2025Q1 to 2025Q4)."),
                   period ? period : "");
      return invalid (field, "period");
    }
  if (!isfinite (value))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("The value must be a finite number."));
      return invalid (field, "value");
    }
  if (old_period == NULL || g_str_equal (old_period, period))
    return TRUE;

  old = mp_edit_get_observation (self, indicator, unit, old_period, error);
  if (old == NULL)
    {
      if (error && *error == NULL)
        g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                     _("There is no value of “%s” for “%s” in %s."), indicator, unit, old_period);
      return invalid (field, "period");
    }
  taken = mp_edit_get_observation (self, indicator, unit, period, error);
  if (taken)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("There is already a value for %s: edit that one instead."), period);
      return invalid (field, "period");
    }
  return error == NULL || *error == NULL;
}

gboolean
mp_store_save_observation (MpStore     *self,
                           const char  *indicator,
                           const char  *unit,
                           const char  *old_period,
                           const char  *period,
                           double       value,
                           const char  *comment,
                           const char **field,
                           GError     **error)
{
  g_autofree char *old_key = NULL;
  g_autofree char *key = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  MpEditObservation obs;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  mp_edit_set_field (field, NULL);

  if (!mp_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!check_observation (self, indicator, unit, old_period, period, value, field, error))
    goto fail;

  key = mp_edit_observation_key (indicator, unit, period);
  old_key = mp_edit_observation_key (indicator, unit, old_period ? old_period : period);
  if (!mp_edit_snapshot (self, "observation", old_key, &before, error))
    goto fail;
  if (old_period && !g_str_equal (old_period, period) &&
      !mp_edit_remove_observation (self, indicator, unit, old_period, error))
    goto fail;

  obs.indicator = (char *) indicator;
  obs.unit = (char *) unit;
  obs.period = (char *) period;
  obs.value = value;
  obs.comment = (char *) comment;
  obs.source = (char *) "gui";
  if (!mp_edit_write_observation (self, &obs, error) ||
      !mp_edit_snapshot (self, "observation", key, &after, error))
    goto fail;
  return mp_edit_finish (self, "observation", key, before ? "update" : "insert", before, after, error);

fail:
  mp_edit_rollback (self);
  return FALSE;
}

gboolean
mp_store_delete_observation (MpStore     *self,
                             const char  *indicator,
                             const char  *unit,
                             const char  *period,
                             GError     **error)
{
  g_autofree char *key = NULL;
  g_autofree char *before = NULL;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  key = mp_edit_observation_key (indicator, unit, period);
  if (!mp_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!mp_edit_snapshot (self, "observation", key, &before, error))
    goto fail;
  if (before == NULL)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There is no value of “%s” for “%s” in %s."),
                   indicator ? indicator : "", unit ? unit : "", period ? period : "");
      goto fail;
    }
  if (!mp_edit_remove_observation (self, indicator, unit, period, error))
    goto fail;
  return mp_edit_finish (self, "observation", key, "delete", before, NULL, error);

fail:
  mp_edit_rollback (self);
  return FALSE;
}
