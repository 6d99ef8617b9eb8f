/* mp-schema.c — the SQL schema (DESIGN §3) as a list of forward-only
 * migrations. A new file runs them all from version 0, so a new file and a
 * migrated one are the same. Never edit a migration that has shipped: add
 * the next one. */
#include "mp-schema.h"

#include <glib/gi18n-lib.h>

#include "mp-error.h"
#include "mp-store.h"

/* Version 1: the first schema. */
static const char schema_v1[] =
  "CREATE TABLE document ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
  "  title_vi TEXT NOT NULL,"
  "  title_en TEXT,"
  "  number TEXT,"
  "  issuer TEXT,"
  "  issued TEXT,"
  "  kind TEXT NOT NULL CHECK (kind IN ('resolution','plan','conclusion','notice','decision','other')),"
  "  dating TEXT,"
  "  note TEXT);"
  "CREATE TABLE unit ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
  "  name_vi TEXT NOT NULL,"
  "  name_en TEXT,"
  "  level TEXT NOT NULL CHECK (level IN ('country','region','province','district','commune')),"
  "  parent_id INTEGER REFERENCES unit(id),"
  "  valid_from TEXT,"
  "  valid_to TEXT,"
  "  note TEXT);"
  "CREATE TABLE population ("
  "  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  persons INTEGER NOT NULL CHECK (persons > 0),"
  "  source TEXT,"
  "  PRIMARY KEY (unit_id, year)) WITHOUT ROWID;"
  "CREATE TABLE indicator ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
  "  name_vi TEXT NOT NULL,"
  "  name_en TEXT,"
  "  measure TEXT NOT NULL CHECK (measure IN ('per_10k','percent','count','years','cm','ratio','yesno')),"
  "  direction TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up','down')),"
  "  decimals INTEGER NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 6),"
  "  formula TEXT,"
  "  note TEXT);"
  "CREATE TABLE target ("
  "  id INTEGER PRIMARY KEY,"
  "  indicator_id INTEGER NOT NULL REFERENCES indicator(id),"
  "  unit_id INTEGER NOT NULL REFERENCES unit(id),"
  "  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),"
  "  comparator TEXT NOT NULL CHECK (comparator IN ('ge','gt','le','lt','eq','between','done')),"
  "  value REAL,"
  "  value_high REAL,"
  "  baseline_year INTEGER,"
  "  baseline_value REAL,"
  "  document_id INTEGER REFERENCES document(id),"
  "  quote TEXT,"
  "  dating TEXT,"
  "  note TEXT,"
  "  CHECK (comparator = 'done' OR value IS NOT NULL),"
  "  CHECK (comparator <> 'between' OR (value_high IS NOT NULL AND value_high >= value)),"
  "  UNIQUE (indicator_id, unit_id, year, document_id));"
  "CREATE TABLE observation ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator(id),"
  "  unit_id INTEGER NOT NULL REFERENCES unit(id),"
  "  period TEXT NOT NULL,"
  "  value REAL NOT NULL,"
  "  source TEXT,"
  "  comment TEXT,"
  "  updated_at TEXT NOT NULL,"
  "  PRIMARY KEY (indicator_id, unit_id, period)) WITHOUT ROWID;"
  "CREATE TABLE facility ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
  "  name_vi TEXT NOT NULL,"
  "  name_en TEXT,"
  "  kind TEXT NOT NULL CHECK (kind IN ('hospital','specialised_hospital','district_health_centre',"
  "    'commune_station','clinic','training_institution','cdc','other')),"
  "  class TEXT CHECK (class IN ('special','I','II','III','unranked')),"
  "  ownership TEXT CHECK (ownership IN ('public','private')),"
  "  unit_id INTEGER NOT NULL REFERENCES unit(id),"
  "  beds INTEGER CHECK (beds >= 0),"
  "  opened TEXT,"
  "  closed TEXT,"
  "  latitude REAL CHECK (latitude BETWEEN -90 AND 90),"
  "  longitude REAL CHECK (longitude BETWEEN -180 AND 180),"
  "  family_medicine INTEGER CHECK (family_medicine IN (0, 1)),"
  "  document_id INTEGER REFERENCES document(id),"
  "  note TEXT);"
  "CREATE INDEX facility_unit ON facility (unit_id);"
  "CREATE TABLE staffing ("
  "  facility_id INTEGER NOT NULL REFERENCES facility(id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL,"
  "  category TEXT NOT NULL CHECK (category IN ('doctor','nurse','midwife','pharmacist','technician','other')),"
  "  headcount INTEGER NOT NULL CHECK (headcount >= 0),"
  "  postgraduate INTEGER CHECK (postgraduate >= 0),"
  "  language_certified INTEGER CHECK (language_certified >= 0),"
  "  digital_trained INTEGER CHECK (digital_trained >= 0),"
  "  PRIMARY KEY (facility_id, year, category)) WITHOUT ROWID;"
  "CREATE TABLE training ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
  "  title_vi TEXT NOT NULL,"
  "  title_en TEXT,"
  "  kind TEXT NOT NULL CHECK (kind IN ('phd','specialist_1','specialist_2','master','residency',"
  "    'family_medicine','bridging_doctor','foreign_language','digital','short_course','rotation','other')),"
  "  speciality TEXT,"
  "  institution_id INTEGER REFERENCES facility(id),"
  "  sending_facility_id INTEGER REFERENCES facility(id),"
  "  sending_unit_id INTEGER REFERENCES unit(id),"
  "  start_date TEXT,"
  "  end_date TEXT,"
  "  seats_planned INTEGER CHECK (seats_planned >= 0),"
  "  seats_enrolled INTEGER CHECK (seats_enrolled >= 0),"
  "  seats_completed INTEGER CHECK (seats_completed >= 0),"
  "  budget_vnd INTEGER CHECK (budget_vnd >= 0),"
  "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','running','completed','cancelled')),"
  "  target_id INTEGER REFERENCES target(id) ON DELETE SET NULL,"
  "  document_id INTEGER REFERENCES document(id),"
  "  dating TEXT,"
  "  note TEXT);"
  "CREATE TABLE transfer ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),"
  "  technique_vi TEXT NOT NULL,"
  "  technique_en TEXT,"
  "  speciality TEXT,"
  "  from_facility_id INTEGER REFERENCES facility(id),"
  "  from_unit_id INTEGER REFERENCES unit(id),"
  "  to_facility_id INTEGER REFERENCES facility(id),"
  "  to_unit_id INTEGER REFERENCES unit(id),"
  "  kind TEXT NOT NULL CHECK (kind IN ('technique','satellite','rotation','telehealth')),"
  "  start_date TEXT,"
  "  end_date TEXT,"
  "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','training','supervised','independent','stopped')),"
  "  staff_trained INTEGER CHECK (staff_trained >= 0),"
  "  cases_done INTEGER CHECK (cases_done >= 0),"
  "  document_id INTEGER REFERENCES document(id),"
  "  dating TEXT,"
  "  note TEXT,"
  "  CHECK (to_facility_id IS NOT NULL OR to_unit_id IS NOT NULL));";

/* Version 2: units merge and split (1 July 2025), and the change log that
 * backs undo and "what changed since". */
static const char schema_v2[] =
  "CREATE TABLE unit_succession ("
  "  from_unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,"
  "  to_unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  share REAL NOT NULL DEFAULT 1 CHECK (share > 0 AND share <= 1),"
  "  PRIMARY KEY (from_unit_id, to_unit_id)) WITHOUT ROWID;"
  "CREATE TABLE change_log ("
  "  id INTEGER PRIMARY KEY,"
  "  at TEXT NOT NULL,"
  "  tbl TEXT NOT NULL,"
  "  code TEXT NOT NULL,"
  "  action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),"
  "  before TEXT,"
  "  after TEXT,"
  "  origin TEXT NOT NULL);"
  "CREATE INDEX change_log_at ON change_log (at);";

static const char * const migrations[] = {
  schema_v1,  /* 0 -> 1 */
  schema_v2,  /* 1 -> 2 */
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == MP_SCHEMA_VERSION);

const char * const mp_schema_tables[] = {
  "document", "unit", "population", "indicator", "target", "observation",
  "facility", "staffing", "training", "transfer", "unit_succession", "change_log",
  NULL
};

void
mp_sqlite_error (GError    **error,
                 sqlite3    *db,
                 int         rc,
                 const char *what)
{
  const char *file = db ? sqlite3_db_filename (db, "main") : NULL;
  const char *msg = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  if (file == NULL || *file == '\0')
    file = "?";

  /* The common failures get a sentence that says what to do; the rest keep
   * SQLite's own (English) words after ours. */
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, MP_ERROR, MP_ERROR_LOCKED,
                   _("%s: the database “%s” is locked by another program. Close it and try again."),
                   what, file);
      return;
    case SQLITE_CORRUPT:
      g_set_error (error, MP_ERROR, MP_ERROR_CORRUPT,
                   _("%s: the database “%s” is damaged. Restore it from a backup."), what, file);
      return;
    case SQLITE_NOTADB:
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_MEDPLAN,
                   _("%s: “%s” is not a Medplan database."), what, file);
      return;
    case SQLITE_FULL:
      g_set_error (error, MP_ERROR, MP_ERROR_IO,
                   _("%s: the disk holding “%s” is full."), what, file);
      return;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, MP_ERROR, MP_ERROR_IO,
                   _("%s: “%s” cannot be written (read-only file or folder)."), what, file);
      return;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      g_set_error (error, MP_ERROR, MP_ERROR_IO, _("%s: “%s” cannot be read or written: %s"),
                   what, file, msg);
      return;
    case SQLITE_CONSTRAINT:
      /* TRANSLATORS: the first %s says what was being done, the second is
       * SQLite's own (English) message naming the rule. */
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("%s: %s"), what, msg);
      return;
    default:
      g_set_error (error, MP_ERROR, MP_ERROR_FAILED, _("%s: %s"), what, msg);
      return;
    }
}

gboolean
mp_schema_migrate (sqlite3  *db,
                   int       from,
                   int       to,
                   GError  **error)
{
  g_return_val_if_fail (from >= 0 && to <= MP_SCHEMA_VERSION && from <= to, FALSE);

  for (int v = from; v < to; v++)
    {
      g_autofree char *sql = NULL;
      char *errmsg = NULL;
      int rc;

      sql = g_strdup_printf ("BEGIN IMMEDIATE;%s"
                             "PRAGMA application_id = %d;"
                             "PRAGMA user_version = %d;"
                             "COMMIT;",
                             migrations[v], MP_APPLICATION_ID, v + 1);
      rc = sqlite3_exec (db, sql, NULL, NULL, &errmsg);
      if (rc != SQLITE_OK)
        {
          g_autofree char *what = g_strdup_printf (_("Could not update the database to version %d"), v + 1);
          mp_sqlite_error (error, db, rc, what);
          sqlite3_free (errmsg);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return TRUE;
}
