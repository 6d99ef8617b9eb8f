/* mp-edit-history.c — the end of every edit (log, commit, undo stack,
 * ::changed), and undo and redo.
 *
 * Each change_log row of an edit holds the whole record before and after.
 * Undoing it checks that the record is still what "after" says (else
 * something else, an import or another program, changed it since: the
 * stale stack is dropped and nothing is written), writes "before" back in
 * one transaction, and logs that as a change of its own (origin "undo",
 * the inverse action). Redo reverts such an undo row the same way. */
#include "mp-edit-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mp-error.h"

/* ---- Stacks --------------------------------------------------------------- */

static GArray *
stack_get (GArray **stack)
{
  if (*stack == NULL)
    *stack = g_array_new (FALSE, FALSE, sizeof (gint64));
  return *stack;
}

static gint64
stack_top (GArray *stack)
{
  if (stack == NULL || stack->len == 0)
    return 0;
  return g_array_index (stack, gint64, stack->len - 1);
}

void
mp_edit_push_done (MpStore *self,
                   gint64   log_id)
{
  g_array_append_val (stack_get (&self->undo_stack), log_id);
  if (self->redo_stack)
    g_array_set_size (self->redo_stack, 0);
}

void
mp_edit_clear_history (MpStore *self)
{
  if (self->undo_stack)
    g_array_set_size (self->undo_stack, 0);
  if (self->redo_stack)
    g_array_set_size (self->redo_stack, 0);
}

gboolean
mp_store_can_undo (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  return stack_top (self->undo_stack) != 0;
}

gboolean
mp_store_can_redo (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  return stack_top (self->redo_stack) != 0;
}

/* ---- Snapshots and restoring, by table ---------------------------------- */

/* Splits "INDICATOR|UNIT|PERIOD". */
static gboolean
split_key (const char  *key,
           char      ***parts)
{
  *parts = g_strsplit (key ? key : "", "|", 3);
  return g_strv_length (*parts) == 3;
}

gboolean
mp_edit_snapshot (MpStore     *self,
                  const char  *table,
                  const char  *code,
                  char       **json,
                  GError     **error)
{
  g_autoptr(GError) local = NULL;

  *json = NULL;
  if (g_str_equal (table, "facility"))
    {
      g_autoptr(MpFacility) f = mp_store_get_facility (self, code, &local);
      if (f)
        *json = mp_facility_to_json (f);
    }
  else if (g_str_equal (table, "training"))
    {
      g_autofree char *dating = NULL;
      g_autoptr(MpTraining) t = mp_edit_get_training (self, code, &dating, &local);
      if (t)
        *json = mp_training_to_json (t, dating);
    }
  else if (g_str_equal (table, "transfer"))
    {
      g_autofree char *dating = NULL;
      g_autoptr(MpTransfer) t = mp_edit_get_transfer (self, code, &dating, &local);
      if (t)
        *json = mp_transfer_to_json (t, dating);
    }
  else if (g_str_equal (table, "observation"))
    {
      g_auto(GStrv) parts = NULL;
      g_autoptr(MpEditObservation) obs = NULL;

      if (split_key (code, &parts))
        obs = mp_edit_get_observation (self, parts[0], parts[1], parts[2], &local);
      if (obs)
        *json = mp_edit_observation_to_json (obs);
    }
  else
    {
      g_set_error (error, MP_ERROR, MP_ERROR_FAILED, _("Changes to “%s” cannot be undone."), table);
      return FALSE;
    }
  if (local && !g_error_matches (local, MP_ERROR, MP_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

/* The code of a snapshot: its "code", or the key of an observation. */
static char *
snapshot_code (const char *table,
               const char *json)
{
  if (json == NULL)
    return NULL;
  if (g_str_equal (table, "observation"))
    {
      g_autoptr(MpEditObservation) obs = mp_edit_observation_from_json (json, NULL);
      return obs ? mp_edit_observation_key (obs->indicator, obs->unit, obs->period) : NULL;
    }
  if (g_str_equal (table, "facility"))
    {
      g_autoptr(MpFacility) f = mp_facility_from_json (json, NULL);
      return f ? g_strdup (f->code) : NULL;
    }
  if (g_str_equal (table, "training"))
    {
      g_autoptr(MpTraining) t = mp_training_from_json (json, NULL, NULL);
      return t ? g_strdup (t->code) : NULL;
    }
  {
    g_autoptr(MpTransfer) t = mp_transfer_from_json (json, NULL, NULL);
    return t ? g_strdup (t->code) : NULL;
  }
}

/* Makes the record `code` (NULL: none yet) of `table` become `json`
 * (NULL: deleted). The record is checked again: what it refers to may
 * have gone, or its code been taken, since. */
static gboolean
restore (MpStore     *self,
         const char  *table,
         const char  *code,
         const char  *json,
         GError     **error)
{
  gint64 id = 0;

  if (g_str_equal (table, "observation"))
    {
      g_auto(GStrv) parts = NULL;
      g_autoptr(MpEditObservation) obs = NULL;

      if (code && split_key (code, &parts) &&
          !mp_edit_remove_observation (self, parts[0], parts[1], parts[2], error))
        return FALSE;
      if (json == NULL)
        return TRUE;
      obs = mp_edit_observation_from_json (json, error);
      return obs && mp_edit_write_observation (self, obs, error);
    }

  if (code)
    id = mp_store_id_for_code (self, table, code);
  if (json == NULL)
    return mp_edit_remove_row (self, table, id, code, error);

  if (g_str_equal (table, "facility"))
    {
      g_autoptr(MpFacility) f = mp_facility_from_json (json, error);
      return f && mp_edit_check_facility (self, id, f, NULL, error) &&
             mp_edit_write_facility (self, id, f, error);
    }
  if (g_str_equal (table, "training"))
    {
      g_autofree char *dating = NULL;
      g_autoptr(MpTraining) t = mp_training_from_json (json, &dating, error);
      return t && mp_edit_check_training (self, id, t, NULL, error) &&
             mp_edit_write_training (self, id, t, dating, error);
    }
  {
    g_autofree char *dating = NULL;
    g_autoptr(MpTransfer) t = mp_transfer_from_json (json, &dating, error);
    /* No lifecycle check: undo goes back. */
    return t && mp_edit_check_transfer (self, id, t, NULL, NULL, error) &&
           mp_edit_write_transfer (self, id, t, dating, error);
  }
}

/* ---- Ending an edit -------------------------------------------------------- */

void
mp_edit_rollback (MpStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    mp_store_exec (self, "ROLLBACK", NULL);
}

gboolean
mp_edit_finish (MpStore     *self,
                const char  *table,
                const char  *code,
                const char  *action,
                const char  *before,
                const char  *after,
                GError     **error)
{
  gint64 log_id;

  if (!mp_store_log_change (self, table, code, action, before, after, "local", error))
    {
      mp_edit_rollback (self);
      return FALSE;
    }
  log_id = sqlite3_last_insert_rowid (self->db);
  if (!mp_store_exec (self, "COMMIT", error))
    {
      mp_edit_rollback (self);
      return FALSE;
    }
  mp_edit_push_done (self, log_id);
  mp_store_notify_changed (self, table, code, action);
  return TRUE;
}

/* ---- Undo and redo --------------------------------------------------------- */

typedef struct {
  char *tbl;
  char *code;
  char *action;
  char *before;
  char *after;
} LogRow;

static void
log_row_clear (LogRow *row)
{
  g_free (row->tbl);
  g_free (row->code);
  g_free (row->action);
  g_free (row->before);
  g_free (row->after);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LogRow, log_row_clear)

static gboolean
read_log_row (MpStore  *self,
              gint64    id,
              LogRow   *row,
              GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mp_store_prepare (self, "SELECT tbl, code, action, before, after FROM change_log WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      row->tbl = mp_column_dup (stmt, 0);
      row->code = mp_column_dup (stmt, 1);
      row->action = mp_column_dup (stmt, 2);
      row->before = mp_column_dup (stmt, 3);
      row->after = mp_column_dup (stmt, 4);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("The change to undo is no longer recorded."));
  else
    mp_sqlite_error (error, self->db, rc, _("Cannot read the database"));
  return FALSE;
}

static const char *
inverse_action (const char *action)
{
  if (g_strcmp0 (action, "insert") == 0)
    return "delete";
  if (g_strcmp0 (action, "delete") == 0)
    return "insert";
  return "update";
}

/* Reverts the change_log row on top of `from` and moves it to `to`. */
static gboolean
revert (MpStore     *self,
        GArray     **from,
        GArray     **to,
        gboolean     is_undo,
        GError     **error)
{
  g_auto(LogRow) row = { NULL, NULL, NULL, NULL, NULL };
  g_autofree char *current_code = NULL;
  g_autofree char *result_code = NULL;
  g_autofree char *now = NULL;
  g_autofree char *result = NULL;
  const char *origin = is_undo ? "undo" : "redo";
  const char *code;
  gint64 id = stack_top (*from), log_id;
  gboolean stale;

  if (id == 0)
    {
      if (is_undo)
        g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("There is nothing to undo."));
      else
        g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("There is nothing to redo."));
      return FALSE;
    }
  if (!read_log_row (self, id, &row, error))
    return FALSE;
  current_code = snapshot_code (row.tbl, row.after);
  result_code = snapshot_code (row.tbl, row.before);
  code = result_code ? result_code : current_code ? current_code : row.code;

  if (!mp_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  /* Is the record still what this edit left? */
  if (!mp_edit_snapshot (self, row.tbl, row.after ? current_code : result_code, &now, error))
    goto fail;
  stale = row.after ? g_strcmp0 (now, row.after) != 0 : now != NULL;
  if (stale)
    {
      mp_edit_rollback (self);
      g_array_set_size (*from, 0);
      if (is_undo)
        g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                     _("“%s” was changed since by something else (an import or another program), so this edit cannot be undone."),
                     row.code);
      else
        g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                     _("“%s” was changed since by something else (an import or another program), so this edit cannot be redone."),
                     row.code);
      return FALSE;
    }

  if (!restore (self, row.tbl, row.after ? current_code : NULL, row.before, error) ||
      !mp_edit_snapshot (self, row.tbl, code, &result, error))
    goto fail;
  if (!mp_store_log_change (self, row.tbl, code, inverse_action (row.action), row.after,
                            row.before ? result : NULL, origin, error))
    goto fail;
  log_id = sqlite3_last_insert_rowid (self->db);
  if (!mp_store_exec (self, "COMMIT", error))
    goto fail;

  g_array_set_size (*from, (*from)->len - 1);
  g_array_append_val (stack_get (to), log_id);
  mp_store_notify_changed (self, row.tbl, code, origin);
  return TRUE;

fail:
  mp_edit_rollback (self);
  return FALSE;
}

gboolean
mp_store_undo (MpStore  *self,
               GError  **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  return revert (self, &self->undo_stack, &self->redo_stack, TRUE, error);
}

gboolean
mp_store_redo (MpStore  *self,
               GError  **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  return revert (self, &self->redo_stack, &self->undo_stack, FALSE, error);
}

/* ---- Descriptions ---------------------------------------------------------- */

static char *
describe (MpStore  *self,
          GArray   *stack,
          gboolean  is_undo)
{
  /* [undo/redo][table][insert/update/delete] */
  static const char * const texts[2][4][3] = {
    {
      { N_("Undo: add facility “%s”"), N_("Undo: edit facility “%s”"), N_("Undo: delete facility “%s”") },
      { N_("Undo: add training plan “%s”"), N_("Undo: edit training plan “%s”"),
        N_("Undo: delete training plan “%s”") },
      { N_("Undo: add transfer “%s”"), N_("Undo: edit transfer “%s”"), N_("Undo: delete transfer “%s”") },
      { N_("Undo: add value “%s”"), N_("Undo: edit value “%s”"), N_("Undo: delete value “%s”") },
    },
    {
      { N_("Redo: add facility “%s”"), N_("Redo: edit facility “%s”"), N_("Redo: delete facility “%s”") },
      { N_("Redo: add training plan “%s”"), N_("Redo: edit training plan “%s”"),
        N_("Redo: delete training plan “%s”") },
      { N_("Redo: add transfer “%s”"), N_("Redo: edit transfer “%s”"), N_("Redo: delete transfer “%s”") },
      { N_("Redo: add value “%s”"), N_("Redo: edit value “%s”"), N_("Redo: delete value “%s”") },
    },
  };
  static const char * const tables[] = { "facility", "training", "transfer", "observation" };
  g_auto(LogRow) row = { NULL, NULL, NULL, NULL, NULL };
  g_autofree char *shown = NULL;
  const char *action;
  gint64 id = stack_top (stack);
  int t = -1, a;

  if (id == 0 || !read_log_row (self, id, &row, NULL))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (row.tbl, tables[i]) == 0)
      t = (int) i;
  if (t < 0)
    return NULL;
  /* What redo does is the inverse of the undo it reverts. */
  action = is_undo ? row.action : inverse_action (row.action);
  a = g_strcmp0 (action, "insert") == 0 ? 0 : g_strcmp0 (action, "update") == 0 ? 1 : 2;
  if (t == 3)
    {
      g_auto(GStrv) parts = g_strsplit (row.code, "|", -1);
      shown = g_strjoinv (", ", parts);
    }
  else
    shown = g_strdup (row.code);
  /* The table holds the format strings only: each is one of the literals
   * above. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (_(texts[is_undo ? 0 : 1][t][a]), shown);
#pragma GCC diagnostic pop
}

char *
mp_store_describe_undo (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  return describe (self, self->undo_stack, TRUE);
}

char *
mp_store_describe_redo (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  return describe (self, self->redo_stack, FALSE);
}
