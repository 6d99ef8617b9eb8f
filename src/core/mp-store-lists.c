/* mp-store-lists.c — the rows of units, facilities, training plans and
 * transfers, and the translated labels of their coded fields. */
#include "mp-store-private.h"

#include <glib/gi18n-lib.h>

void
mp_unit_row_free (MpUnitRow *row)
{
  if (!row)
    return;
  g_free (row->code);
  g_free (row->name);
  g_free (row->level);
  g_free (row->parent);
  g_free (row);
}

static int
compare_change_times (gconstpointer a,
                      gconstpointer b)
{
  return g_strcmp0 ((*(MpStatusChange * const *) a)->at, (*(MpStatusChange * const *) b)->at);
}

void
mp_status_change_free (MpStatusChange *change)
{
  if (change == NULL)
    return;
  g_free (change->code);
  g_free (change->before);
  g_free (change->after);
  g_free (change->at);
  g_free (change);
}

GPtrArray *
mp_store_list_status_changes (MpStore     *self,
                              const char  *table,
                              const char  *since,
                              const char  *until,
                              GError     **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_status_change_free);
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL && since != NULL && until != NULL, NULL);

  /* Updates only: a record made or deleted has no status before or after. */
  stmt = mp_store_prepare (self,
                           "SELECT code, json_extract (before, '$.status'), json_extract (after, '$.status'), at"
                           " FROM change_log"
                           " WHERE tbl = ?1 AND action = 'update' AND substr (at, 1, 10) BETWEEN ?2 AND ?3"
                           " AND json_extract (before, '$.status') IS NOT json_extract (after, '$.status')"
                           " ORDER BY at, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, since, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, until, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      MpStatusChange *change = g_hash_table_lookup (by_code, code);

      if (change == NULL)
        {
          change = g_new0 (MpStatusChange, 1);
          change->code = g_strdup (code);
          change->before = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          g_ptr_array_add (changes, change);
          g_hash_table_insert (by_code, change->code, change);
        }
      g_free (change->after);
      change->after = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_free (change->at);
      change->at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot read the database"));
      return NULL;
    }

  /* In the order of the last change; those back where they began go. */
  for (guint i = changes->len; i-- > 0;)
    {
      MpStatusChange *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->before, change->after) == 0)
        g_ptr_array_remove_index (changes, i);
    }
  g_ptr_array_sort (changes, compare_change_times);
  return g_steal_pointer (&changes);
}

guint
mp_pick_default_unit (GPtrArray *units,
                      GPtrArray *targets)
{
  g_autoptr(GHashTable) with_targets = g_hash_table_new (g_str_hash, g_str_equal);
  guint any = G_MAXUINT;

  g_return_val_if_fail (units != NULL, 0);

  for (guint i = 0; targets != NULL && i < targets->len; i++)
    g_hash_table_add (with_targets, ((MpTargetStatus *) g_ptr_array_index (targets, i))->unit);
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *u = g_ptr_array_index (units, i);

      if (g_str_equal (u->code, "VN-CT") && g_hash_table_contains (with_targets, u->code))
        return i;
    }
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *u = g_ptr_array_index (units, i);

      if (!g_hash_table_contains (with_targets, u->code))
        continue;
      if (g_strcmp0 (u->level, "province") == 0)
        return i;
      if (any == G_MAXUINT)
        any = i;
    }
  return any != G_MAXUINT ? any : 0;
}

void
mp_facility_row_free (MpFacilityRow *row)
{
  if (!row)
    return;
  g_free (row->code);
  g_free (row->name);
  g_free (row->kind);
  g_free (row->klass);
  g_free (row->ownership);
  g_free (row->unit);
  g_free (row->unit_name);
  g_free (row);
}

void
mp_training_row_free (MpTrainingRow *row)
{
  if (!row)
    return;
  g_free (row->code);
  g_free (row->title);
  g_free (row->kind);
  g_free (row->institution);
  g_free (row->start);
  g_free (row->end);
  g_free (row->status);
  g_free (row->institution_code);
  g_free (row->target_indicator);
  g_free (row->target_indicator_name);
  g_free (row->target_unit);
  g_free (row->target_unit_name);
  g_free (row);
}

void
mp_transfer_row_free (MpTransferRow *row)
{
  if (!row)
    return;
  g_free (row->code);
  g_free (row->technique);
  g_free (row->from_facility);
  g_free (row->to_facility);
  g_free (row->kind);
  g_free (row->status);
  g_free (row->start);
  g_free (row->end);
  g_free (row->from_code);
  g_free (row->from_unit);
  g_free (row->to_code);
  g_free (row->to_unit);
  g_free (row);
}

static char *
pick_dup (sqlite3_stmt *stmt,
          int           col_vi)
{
  const char *name = mp_pick_name ((const char *) sqlite3_column_text (stmt, col_vi),
                                   (const char *) sqlite3_column_text (stmt, col_vi + 1));
  return g_strdup (name);
}

typedef gpointer (*RowReader) (sqlite3_stmt *stmt);

static GPtrArray *
list_rows (MpStore        *self,
           const char     *sql,
           RowReader       read,
           GDestroyNotify  free_row,
           GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_row);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  stmt = mp_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read (stmt));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, self->db, rc, _("Cannot read the database"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gpointer
read_unit (sqlite3_stmt *stmt)
{
  MpUnitRow *row = g_new0 (MpUnitRow, 1);
  row->code = mp_column_dup (stmt, 0);
  row->name = pick_dup (stmt, 1);
  row->level = mp_column_dup (stmt, 3);
  row->parent = mp_column_dup (stmt, 4);
  return row;
}

GPtrArray *
mp_store_list_units (MpStore  *self,
                     GError  **error)
{
  return list_rows (self,
                    "SELECT u.code, u.name_vi, u.name_en, u.level, p.code FROM unit u "
                    "LEFT JOIN unit p ON p.id = u.parent_id "
                    "ORDER BY CASE u.level WHEN 'country' THEN 0 WHEN 'region' THEN 1 WHEN 'province' THEN 2 "
                    "WHEN 'district' THEN 3 ELSE 4 END, u.name_vi",
                    read_unit, (GDestroyNotify) mp_unit_row_free, error);
}

/* A headcount packed by the query of mp_store_list_facilities(): the
 * figure plus one, 0 when there is none. */
static gint64
unpack_headcount (gint64 packed)
{
  return packed > 0 ? packed - 1 : -1;
}

static gpointer
read_facility (sqlite3_stmt *stmt)
{
  MpFacilityRow *row = g_new0 (MpFacilityRow, 1);
  row->code = mp_column_dup (stmt, 0);
  row->name = pick_dup (stmt, 1);
  row->kind = mp_column_dup (stmt, 3);
  row->klass = mp_column_dup (stmt, 4);
  row->ownership = mp_column_dup (stmt, 5);
  row->unit = mp_column_dup (stmt, 6);
  row->beds = mp_column_int_or (stmt, 7);
  row->unit_name = pick_dup (stmt, 8);
  row->doctors = -1;
  row->nurses = -1;
  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    {
      gint64 staff = sqlite3_column_int64 (stmt, 10);

      row->doctors = unpack_headcount (staff >> 32);
      row->nurses = unpack_headcount (staff & G_GINT64_CONSTANT (0xffffffff));
    }
  return row;
}

/* The doctors and nurses of each facility's latest staffing year (a
 * category missing from that year is unknown). The latest year is looked
 * up once per facility, with one probe of the primary key (facility_id,
 * year, category), and that year's few rows are read once: the one
 * subquery gives both figures in one integer, (doctors + 1) << 32 |
 * (nurses + 1), 0 standing for a missing figure; read_facility() takes it
 * apart. (SQLite cannot return two columns from one correlated subquery,
 * and a second subquery, or a derived table, which it flattens, would look
 * the year up again; a MATERIALIZED one costs as much as it saves.) On
 * 100,000 facilities this takes about 10 % less time than a subquery per
 * figure, each with its own look-up of the year, and a third less than
 * grouping the whole staffing table and joining it back. */
GPtrArray *
mp_store_list_facilities (MpStore  *self,
                          GError  **error)
{
  return list_rows (self,
                    "SELECT f.code, f.name_vi, f.name_en, f.kind, f.class, f.ownership, u.code, f.beds,"
                    " u.name_vi, u.name_en,"
                    " (SELECT SUM (CASE st.category WHEN 'doctor' THEN st.headcount + 1 ELSE 0 END) * 4294967296"
                    "    + SUM (CASE st.category WHEN 'nurse' THEN st.headcount + 1 ELSE 0 END)"
                    "  FROM staffing st WHERE st.facility_id = f.id"
                    "   AND st.year = (SELECT MAX (l.year) FROM staffing l WHERE l.facility_id = f.id)) "
                    "FROM facility f JOIN unit u ON u.id = f.unit_id "
                    "ORDER BY u.code, f.name_vi",
                    read_facility, (GDestroyNotify) mp_facility_row_free, error);
}

static gpointer
read_training (sqlite3_stmt *stmt)
{
  MpTrainingRow *row = g_new0 (MpTrainingRow, 1);
  row->code = mp_column_dup (stmt, 0);
  row->title = pick_dup (stmt, 1);
  row->kind = mp_column_dup (stmt, 3);
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    row->institution = pick_dup (stmt, 4);
  row->start = mp_column_dup (stmt, 6);
  row->end = mp_column_dup (stmt, 7);
  row->seats_planned = mp_column_int_or (stmt, 8);
  row->seats_enrolled = mp_column_int_or (stmt, 9);
  row->seats_completed = mp_column_int_or (stmt, 10);
  row->status = mp_column_dup (stmt, 11);
  row->budget_vnd = mp_column_int_or (stmt, 12);
  row->institution_code = mp_column_dup (stmt, 13);
  if (sqlite3_column_type (stmt, 14) != SQLITE_NULL)
    {
      row->target_id = sqlite3_column_int64 (stmt, 14);
      row->target_indicator = mp_column_dup (stmt, 15);
      row->target_indicator_name = pick_dup (stmt, 16);
      row->target_unit = mp_column_dup (stmt, 18);
      row->target_unit_name = pick_dup (stmt, 19);
      row->target_year = sqlite3_column_int (stmt, 21);
    }
  return row;
}

GPtrArray *
mp_store_list_trainings (MpStore  *self,
                         GError  **error)
{
  return list_rows (self,
                    "SELECT t.code, t.title_vi, t.title_en, t.kind, f.name_vi, f.name_en, t.start_date, t.end_date,"
                    " t.seats_planned, t.seats_enrolled, t.seats_completed, t.status, t.budget_vnd, f.code,"
                    " tg.id, i.code, i.name_vi, i.name_en, u.code, u.name_vi, u.name_en, tg.year "
                    "FROM training t LEFT JOIN facility f ON f.id = t.institution_id "
                    "LEFT JOIN target tg ON tg.id = t.target_id LEFT JOIN indicator i ON i.id = tg.indicator_id "
                    "LEFT JOIN unit u ON u.id = tg.unit_id ORDER BY t.start_date, t.code",
                    read_training, (GDestroyNotify) mp_training_row_free, error);
}

static gpointer
read_transfer (sqlite3_stmt *stmt)
{
  MpTransferRow *row = g_new0 (MpTransferRow, 1);
  row->code = mp_column_dup (stmt, 0);
  row->technique = pick_dup (stmt, 1);
  /* Each side is a facility, or else a unit (e.g. "the hospitals of Cần
   * Thơ"), or unknown. */
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    row->from_facility = pick_dup (stmt, 3);
  else if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    row->from_facility = pick_dup (stmt, 5);
  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    row->to_facility = pick_dup (stmt, 7);
  else
    row->to_facility = pick_dup (stmt, 9);
  row->kind = mp_column_dup (stmt, 11);
  row->status = mp_column_dup (stmt, 12);
  row->start = mp_column_dup (stmt, 13);
  row->end = mp_column_dup (stmt, 14);
  row->from_code = mp_column_dup (stmt, 15);
  row->from_unit = mp_column_dup (stmt, 16);
  row->to_code = mp_column_dup (stmt, 17);
  row->to_unit = mp_column_dup (stmt, 18);
  row->staff_trained = mp_column_int_or (stmt, 19);
  row->cases_done = mp_column_int_or (stmt, 20);
  return row;
}

GPtrArray *
mp_store_list_transfers (MpStore  *self,
                         GError  **error)
{
  return list_rows (self,
                    "SELECT t.code, t.technique_vi, t.technique_en, ff.name_vi, ff.name_en, fu.name_vi, fu.name_en,"
                    " tf.name_vi, tf.name_en, tu.name_vi, tu.name_en, t.kind, t.status, t.start_date, t.end_date,"
                    " COALESCE (ff.code, fu.code), COALESCE (ffu.code, fu.code),"
                    " COALESCE (tf.code, tu.code), COALESCE (tfu.code, tu.code), t.staff_trained, t.cases_done "
                    "FROM transfer t LEFT JOIN facility ff ON ff.id = t.from_facility_id "
                    "LEFT JOIN unit fu ON fu.id = t.from_unit_id LEFT JOIN facility tf ON tf.id = t.to_facility_id "
                    "LEFT JOIN unit tu ON tu.id = t.to_unit_id LEFT JOIN unit ffu ON ffu.id = ff.unit_id "
                    "LEFT JOIN unit tfu ON tfu.id = tf.unit_id ORDER BY t.code",
                    read_transfer, (GDestroyNotify) mp_transfer_row_free, error);
}

typedef struct {
  const char *code;
  const char *label;
} Label;

/* The translated label of a stored code; an unknown code shows as is. */
static const char *
lookup_label_ctx (const Label *map,
                  gsize        n,
                  const char  *code,
                  const char  *context)
{
  for (gsize i = 0; i < n; i++)
    if (g_strcmp0 (code, map[i].code) == 0)
      return context ? g_dpgettext2 (GETTEXT_PACKAGE, context, map[i].label) : _(map[i].label);
  return code ? code : "";
}

static const char *
lookup_label (const Label *map,
              gsize        n,
              const char  *code)
{
  return lookup_label_ctx (map, n, code, NULL);
}

const char *
mp_facility_kind_label (const char *kind)
{
  static const Label map[] = {
    { "hospital", N_("Hospital") },
    { "specialised_hospital", N_("Specialised hospital") },
    { "district_health_centre", N_("District health centre") },
    { "commune_station", N_("Commune health station") },
    { "clinic", N_("Clinic") },
    { "training_institution", N_("Training institution") },
    { "cdc", N_("Centre for disease control") },
    { "other", N_("Other") },
  };
  return lookup_label (map, G_N_ELEMENTS (map), kind);
}

const char *
mp_facility_class_label (const char *klass)
{
  static const Label map[] = {
    { "special", NC_("facility class", "Special") },
    { "I", NC_("facility class", "Class I") },
    { "II", NC_("facility class", "Class II") },
    { "III", NC_("facility class", "Class III") },
    { "unranked", NC_("facility class", "Unranked") },
  };
  return lookup_label_ctx (map, G_N_ELEMENTS (map), klass, "facility class");
}

const char *
mp_facility_ownership_label (const char *ownership)
{
  static const Label map[] = {
    { "public", NC_("ownership", "Public") },
    { "private", NC_("ownership", "Private") },
  };
  return lookup_label_ctx (map, G_N_ELEMENTS (map), ownership, "ownership");
}

const char *
mp_training_kind_label (const char *kind)
{
  static const Label map[] = {
    { "phd", N_("PhD") },
    { "specialist_1", N_("Specialist level I") },
    { "specialist_2", N_("Specialist level II") },
    { "master", N_("Master") },
    { "residency", N_("Residency") },
    { "family_medicine", N_("Family medicine") },
    { "bridging_doctor", N_("Bridging doctor (4-year)") },
    { "foreign_language", N_("Foreign language") },
    { "digital", N_("Digital transformation and AI") },
    { "short_course", N_("Short course") },
    { "rotation", N_("Rotation") },
    { "other", N_("Other") },
  };
  return lookup_label (map, G_N_ELEMENTS (map), kind);
}

const char *
mp_training_status_label (const char *status)
{
  static const Label map[] = {
    { "planned", N_("Planned") },
    { "running", N_("Running") },
    { "completed", N_("Completed") },
    { "cancelled", N_("Cancelled") },
  };
  return lookup_label (map, G_N_ELEMENTS (map), status);
}

const char *
mp_transfer_kind_label (const char *kind)
{
  static const Label map[] = {
    { "technique", N_("Technique transfer") },
    { "satellite", N_("Satellite hospital") },
    { "rotation", N_("Rotation") },
    { "telehealth", N_("Telehealth") },
  };
  return lookup_label (map, G_N_ELEMENTS (map), kind);
}

const char *
mp_transfer_status_label (const char *status)
{
  static const Label map[] = {
    { "planned", NC_("transfer status", "Planned") },
    { "training", NC_("transfer status", "Training") },
    { "supervised", NC_("transfer status", "Supervised") },
    { "independent", NC_("transfer status", "Independent") },
    { "stopped", NC_("transfer status", "Stopped") },
  };
  return lookup_label_ctx (map, G_N_ELEMENTS (map), status, "transfer status");
}

const char *
mp_unit_level_label (const char *level)
{
  static const Label map[] = {
    { "country", N_("Country") },
    { "region", N_("Region") },
    { "province", N_("Province") },
    { "district", N_("District") },
    { "commune", N_("Commune") },
  };
  return lookup_label (map, G_N_ELEMENTS (map), level);
}
