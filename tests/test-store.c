/* test-store.c — the store on real SQLite files: creating, refusing what is
 * not ours without writing a byte, migrating with a backup, the sample
 * data, observations, computed indicators and the check. */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "mp-error.h"
#include "mp-schema.h"
#include "mp-store.h"
#include "mp-test-util.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("medplan-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "medplan.db", NULL);
}


static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  mp_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}


static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

/* The file is byte for byte what it was, and nothing was created beside it. */
static void
assert_untouched (const char *path,
                  GBytes     *before)
{
  g_autofree char *contents = NULL;
  gsize len;
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpmem (contents, len, g_bytes_get_data (before, NULL), g_bytes_get_size (before));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      g_assert_false (g_file_test (side, G_FILE_TEST_EXISTS));
    }
}

static GBytes *
read_bytes (const char *path)
{
  char *contents;
  gsize len;
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_bytes_new_take (contents, len);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  sqlite3 *db;

  /* Not there and not asked to create it. */
  store = mp_store_open (f->path, MP_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, MP_ERROR, MP_ERROR_IO);
  g_assert_true (mp_error_is_unusable (error));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  store = mp_store_open (f->path, MP_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (mp_store_is_empty (store));
  g_assert_null (mp_store_get_backup_path (store));
  g_clear_object (&store);

  db = raw_open (f->path);
  g_assert_cmpint (mp_test_query_int (db, "PRAGMA application_id"), ==, MP_APPLICATION_ID);
  g_assert_cmpint (mp_test_query_int (db, "PRAGMA user_version"), ==, MP_SCHEMA_VERSION);
  for (int i = 0; mp_schema_tables[i]; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%s'",
                                              mp_schema_tables[i]);
      g_assert_cmpint (mp_test_query_int (db, sql), ==, 1);
    }
  {
    sqlite3_stmt *stmt;
    sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);

  /* Opening again is fine and changes nothing. */
  store = mp_store_open (f->path, MP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mp_store_get_opened_version (store), ==, MP_SCHEMA_VERSION);
}

static void
test_refuse_not_sqlite (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  const char *texts[] = { "hello\n", "", "SQLite format 3" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_assert_true (g_file_set_contents (f->path, texts[i], -1, NULL));
      before = read_bytes (f->path);
      g_assert_null (mp_store_open (f->path, MP_STORE_OPEN_CREATE, &error));
      g_assert_error (error, MP_ERROR, MP_ERROR_NOT_MEDPLAN);
      g_assert_nonnull (strstr (error->message, f->path));
      assert_untouched (f->path, before);
      g_clear_error (&error);
      g_clear_pointer (&before, g_bytes_unref);
    }

  /* A folder. */
  g_assert_null (mp_store_open (f->dir, MP_STORE_OPEN_CREATE, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_MEDPLAN);
}

static void
test_refuse_other_sqlite (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  sqlite3 *db = raw_open (f->path);

  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE accounts (id INTEGER); INSERT INTO accounts VALUES (1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = read_bytes (f->path);

  g_assert_null (mp_store_open (f->path, MP_STORE_OPEN_CREATE, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_MEDPLAN);
  g_assert_true (mp_error_is_unusable (error));
  assert_untouched (f->path, before);
}

/* Makes a Medplan file of schema version `version` with a raw connection. */
static void
make_file (const char *path,
           int         version)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = raw_open (path);

  g_assert_true (mp_schema_migrate (db, 0, MIN (version, MP_SCHEMA_VERSION), &error));
  g_assert_no_error (error);
  if (version > MP_SCHEMA_VERSION)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  sqlite3_close (db);
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;

  make_file (f->path, MP_SCHEMA_VERSION + 1);
  before = read_bytes (f->path);
  g_assert_null (mp_store_open (f->path, MP_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NEWER_SCHEMA);
  assert_untouched (f->path, before);
}

static void
test_refuse_corrupt (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  {
    g_autoptr(MpStore) store = mp_store_open (f->path, MP_STORE_OPEN_CREATE, &error);
    g_assert_no_error (error);
    g_assert_true (mp_store_load_sample (store, &error));
    g_assert_no_error (error);
  }
  /* Keep the header (page 1's first 100 bytes) and garble the rest of the
   * first page, where the schema lives. */
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 4096);
  for (gsize i = 100; i < 4096; i++)
    contents[i] = (char) (i * 7);
  g_assert_true (g_file_set_contents (f->path, contents, len, NULL));
  before = read_bytes (f->path);

  g_assert_null (mp_store_open (f->path, MP_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_CORRUPT);
  assert_untouched (f->path, before);
}

/* The process was killed before the log reached the main file: the file
 * is still ours, with everything that was committed. */
static void
test_open_after_crash (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  g_autofree char *live = g_build_filename (f->dir, "live.db", NULL);
  g_autofree char *live_wal = g_strconcat (live, "-wal", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  sqlite3 *db = raw_open (live);

  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (mp_schema_migrate (db, 0, MP_SCHEMA_VERSION, &error));
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO unit (code, name_vi, level) VALUES ('VN', 'Việt Nam', 'country')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* Copy the files as a killed process leaves them: header still blank. */
  g_assert_true (g_file_get_contents (live, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, len, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (live_wal, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 0);
  g_assert_true (g_file_set_contents (wal, contents, len, NULL));
  sqlite3_close (db);

  store = mp_store_open (f->path, MP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (mp_store_is_empty (store));
}

/* A new store's header holds its marks at once, without waiting for the
 * log to be checkpointed on close. */
static void
test_header_written_at_once (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (f->path, MP_STORE_OPEN_CREATE, &error);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_no_error (error);
  g_assert_true (mp_store_load_sample (store, &error));
  /* The store is still open. */
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >=, 100);
  g_assert_cmpint (GUINT32_FROM_BE (*(guint32 *) (contents + 68)), ==, MP_APPLICATION_ID);
  g_assert_cmpint (GUINT32_FROM_BE (*(guint32 *) (contents + 60)), ==, MP_SCHEMA_VERSION);
}

/* A version-1 file migrates forward, keeps its rows, and leaves a backup
 * that is still version 1. */
static void
test_migrate_v1 (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  sqlite3 *db;
  const char *backup;

  make_file (f->path, 1);
  db = raw_open (f->path);
  g_assert_cmpint (mp_test_query_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (mp_test_query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'change_log'"), ==, 0);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO unit (code, name_vi, level) VALUES ('VN-CT', 'Cần Thơ', 'province');"
                                 "INSERT INTO indicator (code, name_vi, measure) VALUES ('DOCTORS_PER_10K', 'Bác sĩ', 'per_10k');"
                                 "INSERT INTO target (indicator_id, unit_id, year, comparator, value) VALUES (1, 1, 2030, 'ge', 19);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = mp_store_open (f->path, MP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mp_store_get_opened_version (store), ==, 1);
  backup = mp_store_get_backup_path (store);
  g_assert_nonnull (backup);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  /* The new tables work, the old rows are there. */
  g_assert_true (mp_store_set_observation (store, "DOCTORS_PER_10K", "VN-CT", "2025", 14.8, "test", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) targets = mp_store_list_targets (store, NULL, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (targets->len, ==, 1);
  }

  db = raw_open (f->path);
  g_assert_cmpint (mp_test_query_int (db, "PRAGMA user_version"), ==, MP_SCHEMA_VERSION);
  g_assert_cmpint (mp_test_query_int (db, "SELECT count(*) FROM change_log"), ==, 1);
  sqlite3_close (db);

  db = raw_open (backup);
  g_assert_cmpint (mp_test_query_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (mp_test_query_int (db, "PRAGMA application_id"), ==, MP_APPLICATION_ID);
  g_assert_cmpint (mp_test_query_int (db, "SELECT count(*) FROM target"), ==, 1);
  sqlite3_close (db);
}

/* Only the last five backups are kept. */
static void
test_backups_kept (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *backups = g_build_filename (f->dir, "backups", NULL);
  g_autoptr(GDir) d = NULL;
  guint n = 0;

  for (int i = 0; i < 7; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MpStore) store = NULL;

      g_unlink (f->path);
      make_file (f->path, 1);
      store = mp_store_open (f->path, MP_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
    }
  d = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (d);
  while (g_dir_read_name (d))
    n++;
  g_assert_cmpuint (n, ==, 5);
}

static MpTargetStatus *
find_target (GPtrArray  *targets,
             const char *indicator,
             const char *unit,
             int         year)
{
  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);
      if (g_str_equal (ts->indicator, indicator) && g_str_equal (ts->unit, unit) && ts->year == year)
        return ts;
    }
  return NULL;
}

static MpStore *
sample_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  MpStore *store = mp_store_open (f->path, MP_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (mp_store_load_sample (store, &error));
  g_assert_no_error (error);
  return store;
}

/* The sample reads the documents right. */
static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = sample_store (f);
  g_autoptr(GPtrArray) targets = mp_store_list_targets (store, NULL, 0, &error);
  g_autoptr(GPtrArray) units = mp_store_list_units (store, &error);
  g_autoptr(GPtrArray) facilities = mp_store_list_facilities (store, &error);
  g_autoptr(GPtrArray) trainings = mp_store_list_trainings (store, &error);
  g_autoptr(GPtrArray) transfers = mp_store_list_transfers (store, &error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  struct {
    const char *indicator, *unit;
    int year;
    MpComparator comparator;
    double value, value_high;
  } expected[] = {
    { "DOCTORS_PER_10K", "VN-CT", 2030, MP_COMPARATOR_GE, 19, NAN },          /* "đạt 19" */
    { "NURSES_PER_10K", "VN-CT", 2030, MP_COMPARATOR_GE, 33, NAN },
    { "POSTGRAD_CLINICAL_DOCTORS_PCT", "VN-CT", 2030, MP_COMPARATOR_GT, 60, NAN }, /* "trên 60%" */
    { "PHD_TRAINED", "VN-CT", 2030, MP_COMPARATOR_BETWEEN, 30, 50 },          /* "từ 30 đến 50" */
    { "STUNTING_U5_PCT", "PROVINCE-A", 2025, MP_COMPARATOR_LT, 15, NAN },     /* "dưới 15%" */
    { "STUNTING_U5_PCT", "PROVINCE-A", 2030, MP_COMPARATOR_LT, 12, NAN },
    { "OOP_SHARE_PCT", "PROVINCE-A", 2025, MP_COMPARATOR_LE, 35, NAN },       /* "giảm còn 35%" */
    { "OOP_SHARE_PCT", "PROVINCE-A", 2030, MP_COMPARATOR_LE, 30, NAN },
    { "INSURANCE_COVERAGE_PCT", "PROVINCE-A", 2025, MP_COMPARATOR_GE, 95, NAN }, /* "tối thiểu 95%" */
    { "INSURANCE_COVERAGE_PCT", "PROVINCE-A", 2030, MP_COMPARATOR_GT, 97, NAN }, /* "trên 97%" */
    { "LIFE_EXPECTANCY", "PROVINCE-A", 2030, MP_COMPARATOR_GE, 75.5, NAN },
    { "BEDS_PER_10K", "PROVINCE-A", 2025, MP_COMPARATOR_GE, 43.6, NAN },
    { "U5_MORTALITY", "PROVINCE-A", 2025, MP_COMPARATOR_LE, 3.5, NAN },       /* "còn 3,5%" */
    { "HEIGHT_MALE_18", "PROVINCE-A", 2030, MP_COMPARATOR_GE, 168.5, NAN },
    { "EPI_VACCINES", "PROVINCE-A", 2030, MP_COMPARATOR_GE, 14, NAN },
    { "AIDS_ENDED", "PROVINCE-A", 2030, MP_COMPARATOR_DONE, NAN, NAN },
    { "MALARIA_ELIMINATED", "PROVINCE-A", 2030, MP_COMPARATOR_DONE, NAN, NAN },
  };

  g_assert_no_error (error);
  g_assert_false (mp_store_is_empty (store));
  g_assert_cmpuint (targets->len, ==, 53);
  g_assert_cmpuint (units->len, >=, 6);
  g_assert_cmpuint (facilities->len, >=, 15);
  g_assert_cmpuint (trainings->len, >=, 5);
  g_assert_cmpuint (transfers->len, >=, 5);
  /* Each end of a transfer by code and by unit, for the network chart: a
   * facility and its province, a unit alone, or nothing (not named). */
  for (guint i = 0; i < transfers->len; i++)
    {
      MpTransferRow *row = g_ptr_array_index (transfers, i);
      g_assert_nonnull (row->to_code);
      g_assert_nonnull (row->to_unit);
      g_assert_cmpint (row->staff_trained, ==, -1);
      if (g_str_equal (row->code, "CT-LK-CHORAY"))
        {
          g_assert_cmpstr (row->from_code, ==, "VN-SG-BV-CHORAY");
          g_assert_cmpstr (row->from_unit, ==, "VN-SG");
          g_assert_cmpstr (row->to_code, ==, "VN-CT");
          g_assert_cmpstr (row->to_unit, ==, "VN-CT");
        }
      else if (g_str_equal (row->code, "CT-LK-NUOCNGOAI"))
        g_assert_null (row->from_code);
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      MpTargetStatus *ts = find_target (targets, expected[i].indicator, expected[i].unit, expected[i].year);

      g_assert_nonnull (ts);
      g_assert_cmpint (ts->comparator, ==, expected[i].comparator);
      if (isnan (expected[i].value))
        g_assert_true (isnan (ts->value));
      else
        g_assert_cmpfloat (ts->value, ==, expected[i].value);
      if (!isnan (expected[i].value_high))
        g_assert_cmpfloat (ts->value_high, ==, expected[i].value_high);
      g_assert_nonnull (ts->document);
    }

  /* The "đến nay" baseline of Cần Thơ. */
  {
    MpTargetStatus *ts = find_target (targets, "DOCTORS_PER_10K", "VN-CT", 2030);
    g_assert_cmpfloat (ts->baseline_value, ==, 14.8);
    g_assert_cmpstr (ts->latest_period, ==, "2025");
    g_assert_cmpfloat (ts->latest_value, ==, 14.8);
    g_assert_cmpint (ts->latest_source, ==, MP_SOURCE_TYPED);
  }

  /* Loading twice is refused and changes nothing. */
  g_assert_false (mp_store_load_sample (store, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (mp_store_check (store, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* A broken sample file names the file, line and value at fault, and loads
 * nothing. */
static void
test_sample_error_rolls_back (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (f->path, MP_STORE_OPEN_CREATE, &error);
  g_autofree char *sample = g_build_filename (f->dir, "bad.xml", NULL);
  g_autofree char *at = g_strdup_printf ("%s:", sample);
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
    "  <units>\n"
    "    <unit code=\"VN-CT\" level=\"province\"><name xml:lang=\"vi\">Cần Thơ</name></unit>\n"
    "  </units>\n"
    "  <indicators>\n"
    "    <indicator code=\"DOCTORS_PER_10K\" measure=\"per_10k\" direction=\"up\" decimals=\"1\">"
    "<name xml:lang=\"vi\">Bác sĩ</name></indicator>\n"
    "  </indicators>\n"
    "  <targets>\n"
    "    <target indicator=\"DOCTORS_PER_10K\" unit=\"VN-CT\" year=\"2030\" comparator=\"ge\" value=\"19,5\"/>\n"
    "  </targets>\n"
    "</medplan>\n";

  g_assert_true (g_file_set_contents (sample, text, -1, NULL));
  g_assert_false (mp_store_load_sample_file (store, sample, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, at));
  g_assert_nonnull (strstr (error->message, ":10:"));
  g_assert_nonnull (strstr (error->message, "value"));
  g_assert_nonnull (strstr (error->message, "19,5"));
  g_assert_true (mp_store_is_empty (store));
  g_clear_error (&error);

  /* An unknown reference. */
  text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
    "  <units>\n"
    "    <unit code=\"VN-CT\" level=\"province\" parent=\"VN\"><name xml:lang=\"vi\">Cần Thơ</name></unit>\n"
    "  </units>\n"
    "</medplan>\n";
  g_assert_true (g_file_set_contents (sample, text, -1, NULL));
  g_assert_false (mp_store_load_sample_file (store, sample, &error));
  g_assert_nonnull (strstr (error->message, ":4:"));
  g_assert_nonnull (strstr (error->message, "“VN”"));
  g_assert_true (mp_store_is_empty (store));
  g_clear_error (&error);

  /* A value the schema refuses (a level that does not exist). */
  text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
    "  <units>\n"
    "    <unit code=\"VN\" level=\"country\"><name xml:lang=\"vi\">Việt Nam</name></unit>\n"
    "    <unit code=\"VN-CT\" level=\"city\" parent=\"VN\"><name xml:lang=\"vi\">Cần Thơ</name></unit>\n"
    "  </units>\n"
    "</medplan>\n";
  g_assert_true (g_file_set_contents (sample, text, -1, NULL));
  g_assert_false (mp_store_load_sample_file (store, sample, &error));
  g_assert_nonnull (strstr (error->message, ":5:"));
  g_assert_nonnull (strstr (error->message, "“city”"));
  g_assert_true (mp_store_is_empty (store));
}

static void
test_set_observation (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = sample_store (f);
  g_autoptr(GPtrArray) targets = NULL;
  MpTargetStatus *ts;
  sqlite3 *db;

  g_assert_false (mp_store_set_observation (store, "DOCTORS_PER_10K", "VN-CT", "2026Q5", 1, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2026Q5"));
  g_clear_error (&error);
  g_assert_false (mp_store_set_observation (store, "NOPE", "VN-CT", "2026", 1, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "NOPE"));
  g_assert_false (mp_error_is_unusable (error));
  g_clear_error (&error);
  g_assert_false (mp_store_set_observation (store, "DOCTORS_PER_10K", "VN-XX", "2026", 1, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (mp_store_set_observation (store, "DOCTORS_PER_10K", "VN-CT", "2026", NAN, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* The worked example of DESIGN §5 on the sample. */
  g_assert_true (mp_store_set_observation (store, "DOCTORS_PER_10K", "VN-CT", "2026", 15.6, "test", &error));
  g_assert_no_error (error);
  targets = mp_store_list_targets (store, "VN-CT", 2030, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (targets->len, ==, 9);
  ts = find_target (targets, "DOCTORS_PER_10K", "VN-CT", 2030);
  g_assert_cmpint (ts->status, ==, MP_STATUS_AT_RISK);
  g_assert_cmpfloat_with_epsilon (ts->projected, 18.8, 1e-9);
  g_assert_cmpstr (ts->latest_period, ==, "2026");
  /* Worst first. */
  for (guint i = 1; i < targets->len; i++)
    g_assert_cmpint (((MpTargetStatus *) targets->pdata[i - 1])->status, <=,
                     ((MpTargetStatus *) targets->pdata[i])->status);
  g_clear_pointer (&targets, g_ptr_array_unref);

  g_assert_true (mp_store_set_observation (store, "DOCTORS_PER_10K", "VN-CT", "2026", 16.0, "test", &error));
  targets = mp_store_list_targets (store, "VN-CT", 0, &error);
  ts = find_target (targets, "DOCTORS_PER_10K", "VN-CT", 2030);
  g_assert_cmpint (ts->status, ==, MP_STATUS_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (ts->projected, 20.8, 1e-9);

  db = raw_open (f->path);
  g_assert_cmpint (mp_test_query_int (db, "SELECT count(*) FROM observation WHERE period = '2026'"), ==, 1);
  g_assert_cmpint (mp_test_query_int (db, "SELECT count(*) FROM change_log WHERE tbl = 'observation' AND action = 'update'"
                              " AND before = '{\"value\":15.6}' AND after = '{\"value\":16}'"), ==, 1);
  sqlite3_close (db);
}

/* Doctors per 10,000 from staffing and population; the typed value wins. */
static void
test_computed (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = sample_store (f);
  g_autoptr(GPtrArray) targets = NULL;
  MpValueSource source;
  double value, num, den;
  MpTargetStatus *ts;
  sqlite3 *db = raw_open (f->path);

  /* Synthetic test figures, not real ones. */
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO unit (code, name_vi, level, parent_id) VALUES ('TEST-D', 'Huyện thử', 'district',"
    "  (SELECT id FROM unit WHERE code = 'PROVINCE-A'));"
    "INSERT INTO population (unit_id, year, persons) VALUES ((SELECT id FROM unit WHERE code = 'PROVINCE-A'), 2024, 1000000),"
    "  ((SELECT id FROM unit WHERE code = 'PROVINCE-A'), 2025, 1000000);"
    "INSERT INTO facility (code, name_vi, kind, unit_id, beds) VALUES"
    "  ('T1', 'BV thử 1', 'hospital', (SELECT id FROM unit WHERE code = 'PROVINCE-A'), 3000),"
    "  ('T2', 'BV thử 2', 'hospital', (SELECT id FROM unit WHERE code = 'TEST-D'), 1000),"
    "  ('T3', 'Trạm thử', 'commune_station', (SELECT id FROM unit WHERE code = 'TEST-D'), 500);"
    "INSERT INTO staffing (facility_id, year, category, headcount) VALUES"
    "  ((SELECT id FROM facility WHERE code = 'T1'), 2024, 'doctor', 700),"
    "  ((SELECT id FROM facility WHERE code = 'T2'), 2024, 'doctor', 200),"
    "  ((SELECT id FROM facility WHERE code = 'T1'), 2025, 'doctor', 800),"
    "  ((SELECT id FROM facility WHERE code = 'T2'), 2025, 'doctor', 250),"
    "  ((SELECT id FROM facility WHERE code = 'T1'), 2025, 'nurse', 2000),"
    "  ((SELECT id FROM facility WHERE code = 'T2'), 2025, 'midwife', 500);",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (mp_store_get_value (store, "DOCTORS_PER_10K", "PROVINCE-A", "2025", &value, &source, &num, &den, &error));
  g_assert_no_error (error);
  g_assert_cmpint (source, ==, MP_SOURCE_COMPUTED);
  g_assert_cmpfloat_with_epsilon (value, 10.5, 1e-9);
  g_assert_cmpfloat (num, ==, 1050);
  g_assert_cmpfloat (den, ==, 1000000);

  g_assert_true (mp_store_get_value (store, "NURSES_MIDWIVES_PER_10K", "PROVINCE-A", "2025", &value, &source, NULL, NULL, &error));
  g_assert_cmpfloat_with_epsilon (value, 25, 1e-9);

  /* Beds exclude commune stations. */
  g_assert_true (mp_store_get_value (store, "BEDS_PER_10K", "PROVINCE-A", "2025", &value, &source, &num, NULL, &error));
  g_assert_cmpfloat (num, ==, 4000);
  g_assert_cmpfloat_with_epsilon (value, 40, 1e-9);

  /* No population for 2023: nothing to compute. */
  g_assert_false (mp_store_get_value (store, "DOCTORS_PER_10K", "PROVINCE-A", "2023", &value, &source, NULL, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The computed series judges the target: 9.0 (2024), 10.5 (2025) -> the
   * 2025 target "đạt 10" is achieved. */
  targets = mp_store_list_targets (store, "PROVINCE-A", 2025, &error);
  ts = find_target (targets, "DOCTORS_PER_10K", "PROVINCE-A", 2025);
  g_assert_cmpint (ts->status, ==, MP_STATUS_ACHIEVED);
  g_assert_cmpint (ts->latest_source, ==, MP_SOURCE_COMPUTED);
  g_assert_cmpstr (ts->latest_period, ==, "2025");
  g_assert_cmpfloat (ts->latest_numerator, ==, 1050);
  g_assert_cmpfloat (ts->latest_denominator, ==, 1000000);
  g_clear_pointer (&targets, g_ptr_array_unref);

  /* A typed value for the same period wins. */
  g_assert_true (mp_store_set_observation (store, "DOCTORS_PER_10K", "PROVINCE-A", "2025", 9.5, "test", &error));
  g_assert_true (mp_store_get_value (store, "DOCTORS_PER_10K", "PROVINCE-A", "2025", &value, &source, &num, &den, &error));
  g_assert_cmpint (source, ==, MP_SOURCE_TYPED);
  g_assert_cmpfloat (value, ==, 9.5);
  g_assert_true (isnan (num) && isnan (den));
  targets = mp_store_list_targets (store, "PROVINCE-A", 2025, &error);
  ts = find_target (targets, "DOCTORS_PER_10K", "PROVINCE-A", 2025);
  g_assert_cmpint (ts->status, ==, MP_STATUS_MISSED);
  g_assert_cmpint (ts->latest_source, ==, MP_SOURCE_TYPED);
  g_assert_true (isnan (ts->latest_numerator));

  /* The whole series, as the trend chart draws it: the computed 2024, the
   * typed 2025 instead of the computed one, a half year in its place. */
  g_assert_true (mp_store_set_observation (store, "DOCTORS_PER_10K", "PROVINCE-A", "2025S1", 9.2, "test", &error));
  {
    g_autoptr(GArray) series = mp_store_get_series (store, "DOCTORS_PER_10K", "PROVINCE-A", &error);
    MpSeriesPoint *p;

    g_assert_no_error (error);
    g_assert_cmpuint (series->len, ==, 3);
    p = &g_array_index (series, MpSeriesPoint, 0);
    g_assert_cmpstr (p->period, ==, "2024");
    g_assert_cmpint (p->source, ==, MP_SOURCE_COMPUTED);
    g_assert_cmpfloat_with_epsilon (p->value, 9.0, 1e-9);
    g_assert_cmpfloat (p->numerator, ==, 900);
    g_assert_null (p->comment);
    p = &g_array_index (series, MpSeriesPoint, 1);
    g_assert_cmpstr (p->period, ==, "2025S1");
    g_assert_cmpfloat (p->t, ==, 2024.5);
    g_assert_cmpint (p->source, ==, MP_SOURCE_TYPED);
    p = &g_array_index (series, MpSeriesPoint, 2);
    g_assert_cmpstr (p->period, ==, "2025");
    g_assert_cmpfloat (p->value, ==, 9.5);
    g_assert_true (isnan (p->denominator));
  }
  /* A typed value keeps its comment: the sentence of the document. */
  {
    g_autoptr(GArray) series = mp_store_get_series (store, "DOCTORS_PER_10K", "VN-CT", &error);
    const MpSeriesPoint *p;

    g_assert_no_error (error);
    g_assert_cmpuint (series->len, >=, 1);
    p = &g_array_index (series, MpSeriesPoint, 0);
    g_assert_cmpstr (p->period, ==, "2025");
    g_assert_nonnull (p->comment);
    g_assert_nonnull (strstr (p->comment, "14,8"));
  }
  g_assert_null (mp_store_get_series (store, "DOCTORS_PER_10K", "NO-SUCH", &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
}

static void
test_check_finds_problems (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = sample_store (f);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = raw_open (f->path);

  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO observation (indicator_id, unit_id, period, value, updated_at) VALUES (1, 1, '2025-06', 1, 'x');"
    "UPDATE indicator SET formula = 'per_10k:dentist' WHERE code = 'DOCTORS_PER_10K';",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (mp_store_check (store, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (problems->pdata[0], "2025-06"));
  g_assert_nonnull (strstr (problems->pdata[1], "per_10k:dentist"));
}

static void
test_format (void)
{
  /* The test environment reads Vietnamese (LANGUAGE=vi). */
  g_assert_cmpstr (mp_status_label (MP_STATUS_ON_TRACK), ==, "Đúng tiến độ");
  g_autofree char *a = mp_format_value (14.8, 1);
  g_autofree char *b = mp_format_value (1500, 0);
  g_autofree char *c = mp_format_value (-1234567.25, 2);
  g_autofree char *d = mp_format_value (NAN, 1);

  g_assert_cmpstr (a, ==, "14,8");
  g_assert_cmpstr (b, ==, "1.500");
  g_assert_cmpstr (c, ==, "-1.234.567,25");
  g_assert_cmpstr (d, ==, "—");
  g_assert_cmpstr (mp_pick_name ("Bác sĩ", "Doctors"), ==, "Bác sĩ");

  {
    MpTargetStatus ts = { 0 };
    g_autofree char *ge = NULL;
    g_autofree char *range = NULL;
    g_autofree char *beds = NULL;

    ts.decimals = 1;
    ts.comparator = MP_COMPARATOR_GE;
    ts.value = 19;
    ge = mp_format_target (&ts);
    g_assert_cmpstr (ge, ==, "≥ 19");
    ts.value = 43.6;
    beds = mp_format_target (&ts);
    g_assert_cmpstr (beds, ==, "≥ 43,6");
    ts.comparator = MP_COMPARATOR_BETWEEN;
    ts.value = 30;
    ts.value_high = 50;
    range = mp_format_target (&ts);
    g_assert_cmpstr (range, ==, "30–50");
  }
  g_assert_cmpstr (mp_pick_name (NULL, "Doctors"), ==, "Doctors");

  /* In English, names, marks and words all switch together. */
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  {
    g_autofree char *e = mp_format_value (1500.5, 1);
    g_assert_cmpstr (e, ==, "1,500.5");
    g_assert_cmpstr (mp_pick_name ("Bác sĩ", "Doctors"), ==, "Doctors");
    g_assert_cmpstr (mp_status_label (MP_STATUS_ON_TRACK), ==, "On track");
  }
  g_setenv ("LANGUAGE", "vi", TRUE);
  setlocale (LC_ALL, "");
  g_assert_cmpstr (mp_pick_name ("Bác sĩ", "Doctors"), ==, "Bác sĩ");
}

static const MpFacilityRow *
find_facility (GPtrArray  *rows,
               const char *code)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const MpFacilityRow *row = g_ptr_array_index (rows, i);
      if (g_str_equal (row->code, code))
        return row;
    }
  return NULL;
}

/* Each facility with its unit's name and the doctors and nurses of its
 * latest staffing year only: a category missing from that year is unknown
 * (-1), even when an older year has it. */
static void
test_facility_staffing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = sample_store (f);
  g_autoptr(GPtrArray) units = mp_store_list_units (store, &error);
  g_autoptr(GPtrArray) rows = NULL;
  const MpFacilityRow *row;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO staffing (facility_id, year, category, headcount) "
    "SELECT id, 2023, 'doctor', 900 FROM facility WHERE code = 'VN-SG-BV-CHORAY' UNION ALL "
    "SELECT id, 2023, 'nurse', 1500 FROM facility WHERE code = 'VN-SG-BV-CHORAY' UNION ALL "
    "SELECT id, 2024, 'doctor', 1000 FROM facility WHERE code = 'VN-SG-BV-CHORAY' UNION ALL "
    "SELECT id, 2024, 'midwife', 40 FROM facility WHERE code = 'VN-SG-BV-CHORAY' UNION ALL "
    "SELECT id, 2022, 'doctor', 120 FROM facility WHERE code = 'VN-13-CDC' UNION ALL "
    "SELECT id, 2022, 'nurse', 0 FROM facility WHERE code = 'VN-13-CDC'",
    NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  rows = mp_store_list_facilities (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 21);

  row = find_facility (rows, "VN-SG-BV-CHORAY");
  g_assert_nonnull (row);
  g_assert_cmpint (row->doctors, ==, 1000);
  g_assert_cmpint (row->nurses, ==, -1);
  g_assert_cmpstr (row->unit, ==, "VN-SG");
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *u = g_ptr_array_index (units, i);
      if (g_str_equal (u->code, "VN-SG"))
        g_assert_cmpstr (row->unit_name, ==, u->name);
    }
  g_assert_nonnull (row->unit_name);

  row = find_facility (rows, "VN-13-CDC");
  g_assert_cmpint (row->doctors, ==, 120);
  g_assert_cmpint (row->nurses, ==, 0);

  row = find_facility (rows, "VN-13-BVDK-MOI");
  g_assert_cmpint (row->doctors, ==, -1);
  g_assert_cmpint (row->nurses, ==, -1);
  g_assert_cmpint (row->beds, ==, 1500);
  g_assert_cmpstr (row->ownership, ==, "public");
  g_assert_cmpstr (mp_facility_ownership_label (row->ownership), ==, "Công lập");
  g_assert_cmpstr (mp_facility_ownership_label ("private"), ==, "Tư nhân");
  g_assert_cmpstr (mp_facility_ownership_label (NULL), ==, "");
  g_assert_cmpstr (mp_facility_class_label ("I"), ==, "Hạng I");
  g_assert_cmpstr (mp_facility_class_label (NULL), ==, "");

  row = find_facility (rows, "VN-13-TTYT-THAN-MAOKHE");
  g_assert_null (row->ownership);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

/* The unit shown when none is chosen: Cần Thơ when it has targets, else
 * the first province with targets, else the first unit with targets, else
 * the first unit. */
static void
test_default_unit (void)
{
  MpUnitRow rows[] = {
    { "VN", "Việt Nam", "country", NULL },
    { "VN-R", "Vùng", "region", "VN" },
    { "VN-A", "Tỉnh A", "province", "VN-R" },
    { "VN-CT", "Cần Thơ", "province", "VN-R" },
  };
  MpTargetStatus national = { .unit = "VN" }, province = { .unit = "VN-A" }, ct = { .unit = "VN-CT" };
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();

  g_assert_cmpuint (mp_pick_default_unit (units, targets), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_ptr_array_add (units, &rows[i]);
  g_assert_cmpuint (mp_pick_default_unit (units, NULL), ==, 0);
  g_ptr_array_add (targets, &national);
  g_assert_cmpuint (mp_pick_default_unit (units, targets), ==, 0);
  g_ptr_array_add (targets, &province);
  g_assert_cmpuint (mp_pick_default_unit (units, targets), ==, 2);
  g_ptr_array_add (targets, &ct);
  g_assert_cmpuint (mp_pick_default_unit (units, targets), ==, 3);
}

int
main (int    argc,
      char **argv)
{
  /* Vietnamese messages, names and numbers (tests/meson.build sets
   * LANGUAGE=vi and the folder of the built translations). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  ADD ("/store/create", test_create);
  ADD ("/store/refuse/not-sqlite", test_refuse_not_sqlite);
  ADD ("/store/refuse/other-sqlite", test_refuse_other_sqlite);
  ADD ("/store/refuse/newer", test_refuse_newer);
  ADD ("/store/refuse/corrupt", test_refuse_corrupt);
  ADD ("/store/migrate/v1", test_migrate_v1);
  ADD ("/store/open-after-crash", test_open_after_crash);
  ADD ("/store/header-written-at-once", test_header_written_at_once);
  ADD ("/store/migrate/backups-kept", test_backups_kept);
  ADD ("/store/sample", test_sample);
  ADD ("/store/sample/facilities", test_facility_staffing);
  ADD ("/store/sample/error-rolls-back", test_sample_error_rolls_back);
  ADD ("/store/set-observation", test_set_observation);
  ADD ("/store/computed", test_computed);
  ADD ("/store/check", test_check_finds_problems);
  g_test_add_func ("/store/format", test_format);
  g_test_add_func ("/store/default-unit", test_default_unit);
  return g_test_run ();
}
