/* mp-edit-rows.c — reading one record from its rows, and writing a
 * validated record into them (a facility with its staffing as a set).
 * Records name other rows by code; the rows hold ids. */
#include "mp-edit-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mp-error.h"

/* ---- Binding ------------------------------------------------------------- */

/* Optional texts: NULL and "" are both stored as NULL. */
static void
bind_text (sqlite3_stmt *stmt,
           int           col,
           const char   *text)
{
  if (text && *text)
    sqlite3_bind_text (stmt, col, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, col);
}

/* Counts below 0 are unknown. */
static void
bind_count (sqlite3_stmt *stmt,
            int           col,
            gint64        value)
{
  if (value >= 0)
    sqlite3_bind_int64 (stmt, col, value);
  else
    sqlite3_bind_null (stmt, col);
}

static void
bind_real (sqlite3_stmt *stmt,
           int           col,
           double        value)
{
  if (isfinite (value))
    sqlite3_bind_double (stmt, col, value);
  else
    sqlite3_bind_null (stmt, col);
}

/* The id of a referenced row, bound as NULL when the code is empty. */
static void
bind_ref (MpStore      *self,
          sqlite3_stmt *stmt,
          int           col,
          const char   *table,
          const char   *code)
{
  gint64 id = mp_store_id_for_code (self, table, code);

  if (id > 0)
    sqlite3_bind_int64 (stmt, col, id);
  else
    sqlite3_bind_null (stmt, col);
}

static gboolean
step_done (MpStore      *self,
           sqlite3_stmt *stmt,
           const char   *what,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, what);
      return FALSE;
    }
  return TRUE;
}

/* ---- Reading ------------------------------------------------------------- */

MpFacility *
mp_store_get_facility (MpStore     *self,
                       const char  *code,
                       GError     **error)
{
  g_autoptr(MpFacility) f = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  stmt = mp_store_prepare (self,
                           "SELECT f.id, f.code, f.name_vi, f.name_en, f.kind, f.class, f.ownership, u.code,"
                           " f.beds, f.opened, f.closed, f.latitude, f.longitude, f.family_medicine, d.code, f.note "
                           "FROM facility f JOIN unit u ON u.id = f.unit_id "
                           "LEFT JOIN document d ON d.id = f.document_id WHERE f.code = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      f = mp_facility_new ();
      id = sqlite3_column_int64 (stmt, 0);
      f->code = mp_column_dup (stmt, 1);
      f->name_vi = mp_column_dup (stmt, 2);
      f->name_en = mp_column_dup (stmt, 3);
      f->kind = mp_column_dup (stmt, 4);
      f->klass = mp_column_dup (stmt, 5);
      f->ownership = mp_column_dup (stmt, 6);
      f->unit = mp_column_dup (stmt, 7);
      f->beds = mp_column_int_or (stmt, 8);
      f->opened = mp_column_dup (stmt, 9);
      f->closed = mp_column_dup (stmt, 10);
      f->latitude = mp_column_double (stmt, 11);
      f->longitude = mp_column_double (stmt, 12);
      f->family_medicine = (int) mp_column_int_or (stmt, 13);
      f->document = mp_column_dup (stmt, 14);
      f->note = mp_column_dup (stmt, 15);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot read the database"));
      return NULL;
    }
  if (f == NULL)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no facility with the code “%s”."), code ? code : "");
      return NULL;
    }

  stmt = mp_store_prepare (self,
                           "SELECT year, category, headcount, postgraduate, language_certified, digital_trained "
                           "FROM staffing WHERE facility_id = ?1 ORDER BY year, category", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MpStaffing s;

      s.year = sqlite3_column_int (stmt, 0);
      s.category = mp_column_dup (stmt, 1);
      s.headcount = sqlite3_column_int64 (stmt, 2);
      s.postgraduate = mp_column_int_or (stmt, 3);
      s.language_certified = mp_column_int_or (stmt, 4);
      s.digital_trained = mp_column_int_or (stmt, 5);
      g_array_append_val (f->staffing, s);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot read the database"));
      return NULL;
    }
  return g_steal_pointer (&f);
}

MpTraining *
mp_edit_get_training (MpStore     *self,
                      const char  *code,
                      char       **dating,
                      GError     **error)
{
  MpTraining *t = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mp_store_prepare (self,
                           "SELECT t.code, t.title_vi, t.title_en, t.kind, t.speciality, fi.code, fs.code, us.code,"
                           " t.start_date, t.end_date, t.seats_planned, t.seats_enrolled, t.seats_completed,"
                           " t.budget_vnd, t.status, ti.code, tu.code, tg.year, td.code, d.code, t.note, t.dating "
                           "FROM training t LEFT JOIN facility fi ON fi.id = t.institution_id "
                           "LEFT JOIN facility fs ON fs.id = t.sending_facility_id "
                           "LEFT JOIN unit us ON us.id = t.sending_unit_id "
                           "LEFT JOIN target tg ON tg.id = t.target_id "
                           "LEFT JOIN indicator ti ON ti.id = tg.indicator_id "
                           "LEFT JOIN unit tu ON tu.id = tg.unit_id "
                           "LEFT JOIN document td ON td.id = tg.document_id "
                           "LEFT JOIN document d ON d.id = t.document_id WHERE t.code = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      t = g_new0 (MpTraining, 1);
      t->code = mp_column_dup (stmt, 0);
      t->title_vi = mp_column_dup (stmt, 1);
      t->title_en = mp_column_dup (stmt, 2);
      t->kind = mp_column_dup (stmt, 3);
      t->speciality = mp_column_dup (stmt, 4);
      t->institution = mp_column_dup (stmt, 5);
      t->sending_facility = mp_column_dup (stmt, 6);
      t->sending_unit = mp_column_dup (stmt, 7);
      t->start = mp_column_dup (stmt, 8);
      t->end = mp_column_dup (stmt, 9);
      t->seats_planned = mp_column_int_or (stmt, 10);
      t->seats_enrolled = mp_column_int_or (stmt, 11);
      t->seats_completed = mp_column_int_or (stmt, 12);
      t->budget_vnd = mp_column_int_or (stmt, 13);
      t->status = mp_column_dup (stmt, 14);
      t->target_indicator = mp_column_dup (stmt, 15);
      t->target_unit = mp_column_dup (stmt, 16);
      t->target_year = sqlite3_column_int (stmt, 17);
      t->target_document = mp_column_dup (stmt, 18);
      t->document = mp_column_dup (stmt, 19);
      t->note = mp_column_dup (stmt, 20);
      if (dating)
        *dating = mp_column_dup (stmt, 21);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot read the database"));
      return NULL;
    }
  if (t == NULL)
    g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no training plan with the code “%s”."), code ? code : "");
  return t;
}

MpTraining *
mp_store_get_training (MpStore     *self,
                       const char  *code,
                       GError     **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  return mp_edit_get_training (self, code, NULL, error);
}

MpTransfer *
mp_edit_get_transfer (MpStore     *self,
                      const char  *code,
                      char       **dating,
                      GError     **error)
{
  MpTransfer *t = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mp_store_prepare (self,
                           "SELECT t.code, t.technique_vi, t.technique_en, t.speciality, ff.code, fu.code,"
                           " tf.code, tu.code, t.kind, t.start_date, t.end_date, t.status, t.staff_trained,"
                           " t.cases_done, d.code, t.note, t.dating "
                           "FROM transfer t LEFT JOIN facility ff ON ff.id = t.from_facility_id "
                           "LEFT JOIN unit fu ON fu.id = t.from_unit_id "
                           "LEFT JOIN facility tf ON tf.id = t.to_facility_id "
                           "LEFT JOIN unit tu ON tu.id = t.to_unit_id "
                           "LEFT JOIN document d ON d.id = t.document_id WHERE t.code = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      t = g_new0 (MpTransfer, 1);
      t->code = mp_column_dup (stmt, 0);
      t->technique_vi = mp_column_dup (stmt, 1);
      t->technique_en = mp_column_dup (stmt, 2);
      t->speciality = mp_column_dup (stmt, 3);
      t->from_facility = mp_column_dup (stmt, 4);
      t->from_unit = mp_column_dup (stmt, 5);
      t->to_facility = mp_column_dup (stmt, 6);
      t->to_unit = mp_column_dup (stmt, 7);
      t->kind = mp_column_dup (stmt, 8);
      t->start = mp_column_dup (stmt, 9);
      t->end = mp_column_dup (stmt, 10);
      t->status = mp_column_dup (stmt, 11);
      t->staff_trained = mp_column_int_or (stmt, 12);
      t->cases_done = mp_column_int_or (stmt, 13);
      t->document = mp_column_dup (stmt, 14);
      t->note = mp_column_dup (stmt, 15);
      if (dating)
        *dating = mp_column_dup (stmt, 16);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot read the database"));
      return NULL;
    }
  if (t == NULL)
    g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no transfer with the code “%s”."), code ? code : "");
  return t;
}

MpTransfer *
mp_store_get_transfer (MpStore     *self,
                       const char  *code,
                       GError     **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  return mp_edit_get_transfer (self, code, NULL, error);
}

MpEditObservation *
mp_edit_get_observation (MpStore     *self,
                         const char  *indicator,
                         const char  *unit,
                         const char  *period,
                         GError     **error)
{
  MpEditObservation *obs = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mp_store_prepare (self,
                           "SELECT o.value, o.comment, o.source FROM observation o "
                           "JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id "
                           "WHERE i.code = ?1 AND u.code = ?2 AND o.period = ?3", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, indicator, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, unit, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, period, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      obs = g_new0 (MpEditObservation, 1);
      obs->indicator = g_strdup (indicator);
      obs->unit = g_strdup (unit);
      obs->period = g_strdup (period);
      obs->value = sqlite3_column_double (stmt, 0);
      obs->comment = mp_column_dup (stmt, 1);
      obs->source = mp_column_dup (stmt, 2);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    mp_sqlite_error (error, self->db, rc, _("Cannot read the database"));
  return obs;
}

/* ---- Writing ------------------------------------------------------------- */

gboolean
mp_edit_write_facility (MpStore           *self,
                        gint64             id,
                        const MpFacility  *f,
                        GError           **error)
{
  sqlite3_stmt *stmt;
  const char *sql;

  if (id > 0)
    sql = "UPDATE facility SET code = ?1, name_vi = ?2, name_en = ?3, kind = ?4, class = ?5,"
          " ownership = ?6, unit_id = ?7, beds = ?8, opened = ?9, closed = ?10, latitude = ?11,"
          " longitude = ?12, family_medicine = ?13, document_id = ?14, note = ?15 WHERE id = ?16";
  else
    sql = "INSERT INTO facility (code, name_vi, name_en, kind, class, ownership, unit_id, beds, opened,"
          " closed, latitude, longitude, family_medicine, document_id, note)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
  stmt = mp_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, f->code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, f->name_vi, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 3, f->name_en);
  sqlite3_bind_text (stmt, 4, f->kind, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 5, f->klass);
  bind_text (stmt, 6, f->ownership);
  bind_ref (self, stmt, 7, "unit", f->unit);
  bind_count (stmt, 8, f->beds);
  bind_text (stmt, 9, f->opened);
  bind_text (stmt, 10, f->closed);
  bind_real (stmt, 11, f->latitude);
  bind_real (stmt, 12, f->longitude);
  bind_count (stmt, 13, f->family_medicine);
  bind_ref (self, stmt, 14, "document", f->document);
  bind_text (stmt, 15, f->note);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 16, id);
  if (!step_done (self, stmt, _("Cannot save the facility"), error))
    return FALSE;
  if (id <= 0)
    id = sqlite3_last_insert_rowid (self->db);

  /* The staffing, replaced as a set. */
  stmt = mp_store_prepare (self, "DELETE FROM staffing WHERE facility_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_done (self, stmt, _("Cannot save the facility"), error))
    return FALSE;
  for (guint i = 0; f->staffing && i < f->staffing->len; i++)
    {
      const MpStaffing *s = &g_array_index (f->staffing, MpStaffing, i);

      stmt = mp_store_prepare (self,
                               "INSERT INTO staffing (facility_id, year, category, headcount, postgraduate,"
                               " language_certified, digital_trained) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, s->year);
      sqlite3_bind_text (stmt, 3, s->category, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, s->headcount);
      bind_count (stmt, 5, s->postgraduate);
      bind_count (stmt, 6, s->language_certified);
      bind_count (stmt, 7, s->digital_trained);
      if (!step_done (self, stmt, _("Cannot save the facility"), error))
        return FALSE;
    }
  return TRUE;
}

/* The id of the target a training serves, 0 when none (or not found: the
 * validation has said so before). */
static gint64
training_target_id (MpStore          *self,
                    const MpTraining *t)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (t->target_indicator == NULL || *t->target_indicator == '\0')
    return 0;
  stmt = mp_store_prepare (self,
                           "SELECT tg.id FROM target tg JOIN indicator i ON i.id = tg.indicator_id "
                           "JOIN unit u ON u.id = tg.unit_id LEFT JOIN document d ON d.id = tg.document_id "
                           "WHERE i.code = ?1 AND u.code = ?2 AND tg.year = ?3 AND d.code IS ?4", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, t->target_indicator, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 2, t->target_unit);
  sqlite3_bind_int (stmt, 3, t->target_year);
  bind_text (stmt, 4, t->target_document);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

gboolean
mp_edit_target_exists (MpStore          *self,
                       const MpTraining *t)
{
  return training_target_id (self, t) > 0;
}

gboolean
mp_edit_write_training (MpStore           *self,
                        gint64             id,
                        const MpTraining  *t,
                        const char        *dating,
                        GError           **error)
{
  sqlite3_stmt *stmt;
  const char *sql;
  gint64 target;

  if (id > 0)
    sql = "UPDATE training SET code = ?1, title_vi = ?2, title_en = ?3, kind = ?4, speciality = ?5,"
          " institution_id = ?6, sending_facility_id = ?7, sending_unit_id = ?8, start_date = ?9,"
          " end_date = ?10, seats_planned = ?11, seats_enrolled = ?12, seats_completed = ?13,"
          " budget_vnd = ?14, status = ?15, target_id = ?16, document_id = ?17, dating = ?18,"
          " note = ?19 WHERE id = ?20";
  else
    sql = "INSERT INTO training (code, title_vi, title_en, kind, speciality, institution_id,"
          " sending_facility_id, sending_unit_id, start_date, end_date, seats_planned, seats_enrolled,"
          " seats_completed, budget_vnd, status, target_id, document_id, dating, note)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)";
  stmt = mp_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, t->code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, t->title_vi, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 3, t->title_en);
  sqlite3_bind_text (stmt, 4, t->kind, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 5, t->speciality);
  bind_ref (self, stmt, 6, "facility", t->institution);
  bind_ref (self, stmt, 7, "facility", t->sending_facility);
  bind_ref (self, stmt, 8, "unit", t->sending_unit);
  bind_text (stmt, 9, t->start);
  bind_text (stmt, 10, t->end);
  bind_count (stmt, 11, t->seats_planned);
  bind_count (stmt, 12, t->seats_enrolled);
  bind_count (stmt, 13, t->seats_completed);
  bind_count (stmt, 14, t->budget_vnd);
  sqlite3_bind_text (stmt, 15, t->status ? t->status : "planned", -1, SQLITE_TRANSIENT);
  target = training_target_id (self, t);
  if (target > 0)
    sqlite3_bind_int64 (stmt, 16, target);
  else
    sqlite3_bind_null (stmt, 16);
  bind_ref (self, stmt, 17, "document", t->document);
  bind_text (stmt, 18, dating);
  bind_text (stmt, 19, t->note);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 20, id);
  return step_done (self, stmt, _("Cannot save the training plan"), error);
}

gboolean
mp_edit_write_transfer (MpStore           *self,
                        gint64             id,
                        const MpTransfer  *t,
                        const char        *dating,
                        GError           **error)
{
  sqlite3_stmt *stmt;
  const char *sql;

  if (id > 0)
    sql = "UPDATE transfer SET code = ?1, technique_vi = ?2, technique_en = ?3, speciality = ?4,"
          " from_facility_id = ?5, from_unit_id = ?6, to_facility_id = ?7, to_unit_id = ?8, kind = ?9,"
          " start_date = ?10, end_date = ?11, status = ?12, staff_trained = ?13, cases_done = ?14,"
          " document_id = ?15, dating = ?16, note = ?17 WHERE id = ?18";
  else
    sql = "INSERT INTO transfer (code, technique_vi, technique_en, speciality, from_facility_id,"
          " from_unit_id, to_facility_id, to_unit_id, kind, start_date, end_date, status, staff_trained,"
          " cases_done, document_id, dating, note)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";
  stmt = mp_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, t->code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, t->technique_vi, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 3, t->technique_en);
  bind_text (stmt, 4, t->speciality);
  bind_ref (self, stmt, 5, "facility", t->from_facility);
  bind_ref (self, stmt, 6, "unit", t->from_unit);
  bind_ref (self, stmt, 7, "facility", t->to_facility);
  bind_ref (self, stmt, 8, "unit", t->to_unit);
  sqlite3_bind_text (stmt, 9, t->kind, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 10, t->start);
  bind_text (stmt, 11, t->end);
  sqlite3_bind_text (stmt, 12, t->status ? t->status : "planned", -1, SQLITE_TRANSIENT);
  bind_count (stmt, 13, t->staff_trained);
  bind_count (stmt, 14, t->cases_done);
  bind_ref (self, stmt, 15, "document", t->document);
  bind_text (stmt, 16, dating);
  bind_text (stmt, 17, t->note);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 18, id);
  return step_done (self, stmt, _("Cannot save the transfer"), error);
}

/* How many trainings and transfers refer to the facility. */
static gint64
facility_references (MpStore *self,
                     gint64   id)
{
  sqlite3_stmt *stmt;
  gint64 n = 0;

  stmt = mp_store_prepare (self,
                           "SELECT (SELECT count(*) FROM training WHERE institution_id = ?1 OR sending_facility_id = ?1)"
                           " + (SELECT count(*) FROM transfer WHERE from_facility_id = ?1 OR to_facility_id = ?1)",
                           NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

gboolean
mp_edit_remove_row (MpStore     *self,
                    const char  *table,
                    gint64       id,
                    const char  *code,
                    GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (g_str_equal (table, "facility"))
    {
      gint64 refs = facility_references (self, id);

      if (refs > 0)
        {
          g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "The facility “%s” cannot be deleted: %d training plan or transfer refers to it.",
                                    "The facility “%s” cannot be deleted: %d training plans and transfers refer to it.",
                                    (gulong) refs),
                       code, (int) refs);
          return FALSE;
        }
    }
  /* `table` is one of our literal table names; staffing goes with its
   * facility (ON DELETE CASCADE). */
  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table);
  stmt = mp_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return step_done (self, stmt, _("Cannot delete the record"), error);
}
