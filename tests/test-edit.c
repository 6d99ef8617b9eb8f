/* test-edit.c — editing records on real SQLite files (mp-edit.h): create,
 * read back, update (renaming a referenced facility), delete; every
 * validation rule refused with its field and the file unchanged; the
 * transfer lifecycle; undo and redo of each kind of edit; the ::changed
 * signal; observations. */
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "mp-edit.h"
#include "mp-error.h"
#include "mp-schema.h"
#include "mp-test-util.h"

typedef struct {
  char    *dir;
  char    *path;
  MpStore *store;
  sqlite3 *raw;       /* a second connection, to look as SQLite sees it */
  /* What MpStore::changed said. */
  guint    changes;
  char    *table;
  char    *code;
  char    *action;
} Fixture;

static void
on_changed (MpStore    *store,
            const char *table,
            const char *code,
            const char *action,
            Fixture    *f)
{
  f->changes++;
  g_free (f->table);
  g_free (f->code);
  g_free (f->action);
  f->table = g_strdup (table);
  f->code = g_strdup (code);
  f->action = g_strdup (action);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("medplan-edit-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "medplan.db", NULL);
  f->store = mp_store_open (f->path, MP_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (mp_store_load_sample (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &f->raw), ==, SQLITE_OK);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  sqlite3_close (f->raw);
  g_clear_object (&f->store);
  mp_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->table);
  g_free (f->code);
  g_free (f->action);
}

/* Every row of every table (change_log too) as text: equal dumps, equal
 * data. */
static char *
dump (Fixture *f)
{
  GString *out = g_string_new (NULL);

  for (int t = 0; mp_schema_tables[t]; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s", mp_schema_tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (f->raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "[%s]\n", mp_schema_tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const unsigned char *v = sqlite3_column_text (stmt, c);
              g_string_append (out, v ? (const char *) v : "∅");
              g_string_append_c (out, '\t');
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (out, FALSE);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return mp_test_query_int (f->raw, sql);
}

static void
add_staffing (MpFacility *fac,
              int         year,
              const char *category,
              gint64      headcount,
              gint64      postgraduate)
{
  MpStaffing s = { year, g_strdup (category), headcount, postgraduate, -1, -1 };
  g_array_append_val (fac->staffing, s);
}

static MpFacility *
new_facility (void)
{
  MpFacility *fac = mp_facility_new ();

  fac->code = g_strdup ("VN-CT-TEST");
  fac->name_vi = g_strdup ("Bệnh viện Thử nghiệm");
  fac->name_en = g_strdup ("Test Hospital");
  fac->kind = g_strdup ("hospital");
  fac->klass = g_strdup ("II");
  fac->ownership = g_strdup ("public");
  fac->unit = g_strdup ("VN-CT");
  fac->beds = 250;
  fac->opened = g_strdup ("2001-09-02");
  fac->latitude = 10.03;
  fac->longitude = 105.78;
  fac->family_medicine = 1;
  fac->document = g_strdup ("NQ-CT-NNL-2030");
  fac->note = g_strdup ("ghi chú");
  add_staffing (fac, 2024, "doctor", 80, 20);
  add_staffing (fac, 2024, "nurse", 150, -1);
  return fac;
}

static void
assert_facility_equal (const MpFacility *a,
                       const MpFacility *b)
{
  g_assert_cmpstr (a->code, ==, b->code);
  g_assert_cmpstr (a->name_vi, ==, b->name_vi);
  g_assert_cmpstr (a->name_en, ==, b->name_en);
  g_assert_cmpstr (a->kind, ==, b->kind);
  g_assert_cmpstr (a->klass, ==, b->klass);
  g_assert_cmpstr (a->ownership, ==, b->ownership);
  g_assert_cmpstr (a->unit, ==, b->unit);
  g_assert_cmpint (a->beds, ==, b->beds);
  g_assert_cmpstr (a->opened, ==, b->opened);
  g_assert_cmpstr (a->closed, ==, b->closed);
  g_assert_true ((isnan (a->latitude) && isnan (b->latitude)) || a->latitude == b->latitude);
  g_assert_true ((isnan (a->longitude) && isnan (b->longitude)) || a->longitude == b->longitude);
  g_assert_cmpint (a->family_medicine, ==, b->family_medicine);
  g_assert_cmpstr (a->document, ==, b->document);
  g_assert_cmpstr (a->note, ==, b->note);
  g_assert_cmpuint (a->staffing->len, ==, b->staffing->len);
  for (guint i = 0; i < a->staffing->len; i++)
    {
      const MpStaffing *x = &g_array_index (a->staffing, MpStaffing, i);
      const MpStaffing *y = &g_array_index (b->staffing, MpStaffing, i);
      g_assert_cmpint (x->year, ==, y->year);
      g_assert_cmpstr (x->category, ==, y->category);
      g_assert_cmpint (x->headcount, ==, y->headcount);
      g_assert_cmpint (x->postgraduate, ==, y->postgraduate);
      g_assert_cmpint (x->language_certified, ==, y->language_certified);
      g_assert_cmpint (x->digital_trained, ==, y->digital_trained);
    }
}

static void
assert_training_equal (const MpTraining *a,
                       const MpTraining *b)
{
  g_assert_cmpstr (a->code, ==, b->code);
  g_assert_cmpstr (a->title_vi, ==, b->title_vi);
  g_assert_cmpstr (a->title_en, ==, b->title_en);
  g_assert_cmpstr (a->kind, ==, b->kind);
  g_assert_cmpstr (a->speciality, ==, b->speciality);
  g_assert_cmpstr (a->institution, ==, b->institution);
  g_assert_cmpstr (a->sending_facility, ==, b->sending_facility);
  g_assert_cmpstr (a->sending_unit, ==, b->sending_unit);
  g_assert_cmpstr (a->start, ==, b->start);
  g_assert_cmpstr (a->end, ==, b->end);
  g_assert_cmpint (a->seats_planned, ==, b->seats_planned);
  g_assert_cmpint (a->seats_enrolled, ==, b->seats_enrolled);
  g_assert_cmpint (a->seats_completed, ==, b->seats_completed);
  g_assert_cmpint (a->budget_vnd, ==, b->budget_vnd);
  g_assert_cmpstr (a->status, ==, b->status);
  g_assert_cmpstr (a->target_indicator, ==, b->target_indicator);
  g_assert_cmpstr (a->target_unit, ==, b->target_unit);
  g_assert_cmpint (a->target_year, ==, b->target_year);
  g_assert_cmpstr (a->target_document, ==, b->target_document);
  g_assert_cmpstr (a->document, ==, b->document);
  g_assert_cmpstr (a->note, ==, b->note);
}

static void
assert_transfer_equal (const MpTransfer *a,
                       const MpTransfer *b)
{
  g_assert_cmpstr (a->code, ==, b->code);
  g_assert_cmpstr (a->technique_vi, ==, b->technique_vi);
  g_assert_cmpstr (a->technique_en, ==, b->technique_en);
  g_assert_cmpstr (a->speciality, ==, b->speciality);
  g_assert_cmpstr (a->from_facility, ==, b->from_facility);
  g_assert_cmpstr (a->from_unit, ==, b->from_unit);
  g_assert_cmpstr (a->to_facility, ==, b->to_facility);
  g_assert_cmpstr (a->to_unit, ==, b->to_unit);
  g_assert_cmpstr (a->kind, ==, b->kind);
  g_assert_cmpstr (a->start, ==, b->start);
  g_assert_cmpstr (a->end, ==, b->end);
  g_assert_cmpstr (a->status, ==, b->status);
  g_assert_cmpint (a->staff_trained, ==, b->staff_trained);
  g_assert_cmpint (a->cases_done, ==, b->cases_done);
  g_assert_cmpstr (a->document, ==, b->document);
  g_assert_cmpstr (a->note, ==, b->note);
}

static void
set_str (char      **slot,
         const char *value)
{
  g_free (*slot);
  *slot = g_strdup (value);
}

/* The last change_log row: "tbl|code|action|origin". */
static char *
last_log (Fixture *f)
{
  sqlite3_stmt *stmt = NULL;
  char *out = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (f->raw, "SELECT tbl || '|' || code || '|' || action || '|' || origin "
                                       "FROM change_log ORDER BY id DESC LIMIT 1", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    out = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return out;
}

static void
assert_changed (Fixture    *f,
                guint       before,
                const char *table,
                const char *code,
                const char *action)
{
  g_assert_cmpuint (f->changes, ==, before + 1);
  g_assert_cmpstr (f->table, ==, table);
  g_assert_cmpstr (f->code, ==, code);
  g_assert_cmpstr (f->action, ==, action);
}

/* ---- Facilities ------------------------------------------------------------ */

static void
test_facility_crud (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpFacility) fac = new_facility ();
  g_autoptr(MpFacility) back = NULL;
  g_autoptr(MpFacility) again = NULL;
  g_autofree char *log = NULL;
  const char *field = "x";
  guint n = f->changes;
  gint64 id;

  g_assert_true (mp_store_save_facility (f->store, NULL, fac, &field, &error));
  g_assert_no_error (error);
  g_assert_null (field);
  assert_changed (f, n, "facility", "VN-CT-TEST", "insert");
  log = last_log (f);
  g_assert_cmpstr (log, ==, "facility|VN-CT-TEST|insert|local");
  back = mp_store_get_facility (f->store, "VN-CT-TEST", &error);
  g_assert_no_error (error);
  assert_facility_equal (back, fac);
  g_assert_cmpint (count (f, "SELECT count(*) FROM staffing s JOIN facility x ON x.id = s.facility_id "
                             "WHERE x.code = 'VN-CT-TEST'"), ==, 2);
  /* The after snapshot holds the staffing. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM change_log WHERE after LIKE '%\"staffing\":[{%' "
                             "AND code = 'VN-CT-TEST'"), ==, 1);

  /* Update: staffing replaced as a set, "" stored as NULL. */
  id = count (f, "SELECT id FROM facility WHERE code = 'VN-CT-TEST'");
  g_array_set_size (back->staffing, 0);
  add_staffing (back, 2025, "midwife", 12, 3);
  set_str (&back->name_en, "");
  back->beds = -1;
  n = f->changes;
  g_assert_true (mp_store_save_facility (f->store, "VN-CT-TEST", back, &field, &error));
  g_assert_no_error (error);
  assert_changed (f, n, "facility", "VN-CT-TEST", "update");
  g_assert_cmpint (count (f, "SELECT id FROM facility WHERE code = 'VN-CT-TEST'"), ==, id);
  g_assert_cmpint (count (f, "SELECT count(*) FROM staffing WHERE facility_id = (SELECT id FROM facility WHERE code = 'VN-CT-TEST')"), ==, 1);
  g_assert_cmpint (count (f, "SELECT headcount FROM staffing WHERE year = 2025 AND category = 'midwife'"), ==, 12);
  g_assert_cmpint (count (f, "SELECT name_en IS NULL AND beds IS NULL FROM facility WHERE code = 'VN-CT-TEST'"), ==, 1);
  again = mp_store_get_facility (f->store, "VN-CT-TEST", &error);
  g_assert_no_error (error);
  g_assert_null (again->name_en);
  g_assert_cmpint (again->beds, ==, -1);

  /* Delete: the staffing goes with it. */
  n = f->changes;
  g_assert_true (mp_store_delete_facility (f->store, "VN-CT-TEST", &error));
  g_assert_no_error (error);
  assert_changed (f, n, "facility", "VN-CT-TEST", "delete");
  g_assert_cmpint (count (f, "SELECT count(*) FROM facility WHERE code = 'VN-CT-TEST'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM staffing"), ==, 0);
  g_clear_pointer (&again, mp_facility_free);
  again = mp_store_get_facility (f->store, "VN-CT-TEST", &error);
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_assert_null (again);
  g_clear_error (&error);
  g_assert_false (mp_store_delete_facility (f->store, "VN-CT-TEST", &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
}

static void
test_facility_rename (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpFacility) fac = mp_store_get_facility (f->store, "VN-CT-DHYD", &error);
  g_autoptr(MpTraining) tr = NULL;
  gint64 id = count (f, "SELECT id FROM facility WHERE code = 'VN-CT-DHYD'");

  g_assert_no_error (error);
  g_assert_nonnull (fac);
  g_assert_nonnull (fac->name_vi);
  set_str (&fac->code, "VN-CT-DHYD-2");
  g_assert_true (mp_store_save_facility (f->store, "VN-CT-DHYD", fac, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT id FROM facility WHERE code = 'VN-CT-DHYD-2'"), ==, id);
  tr = mp_store_get_training (f->store, "CT-SAUDAIHOC", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tr->institution, ==, "VN-CT-DHYD-2");
  g_clear_pointer (&tr, mp_training_free);

  /* Undo renames it back; the training follows again. */
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (f->code, ==, "VN-CT-DHYD");
  g_assert_cmpstr (f->action, ==, "undo");
  g_assert_cmpint (count (f, "SELECT id FROM facility WHERE code = 'VN-CT-DHYD'"), ==, id);
  tr = mp_store_get_training (f->store, "CT-SAUDAIHOC", &error);
  g_assert_cmpstr (tr->institution, ==, "VN-CT-DHYD");
  g_clear_pointer (&tr, mp_training_free);
  g_assert_true (mp_store_redo (f->store, &error));
  g_assert_no_error (error);
  tr = mp_store_get_training (f->store, "CT-SAUDAIHOC", &error);
  g_assert_cmpstr (tr->institution, ==, "VN-CT-DHYD-2");
}

static void
test_facility_delete_referenced (Fixture       *f,
                                 gconstpointer  data)
{
  const char *codes[] = { "VN-CT-DHYD", "VN-HN-BV-VIETDUC", "VN-13-BV-BAICHAY" };
  g_autofree char *before = dump (f);
  guint n = f->changes;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (mp_store_delete_facility (f->store, codes[i], &error));
      g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, codes[i]));
      after = dump (f);
      g_assert_cmpstr (after, ==, before);
    }
  g_assert_cmpuint (f->changes, ==, n);
  g_assert_false (mp_store_can_undo (f->store));
}

typedef void (*FacilityBreak) (MpFacility *fac);

static void fb_code_empty (MpFacility *x) { set_str (&x->code, ""); }
static void fb_code_space (MpFacility *x) { set_str (&x->code, "VN CT"); }
static void fb_code_used (MpFacility *x) { set_str (&x->code, "VN-CT-DHYD"); }
static void fb_name (MpFacility *x) { set_str (&x->name_vi, ""); }
static void fb_name_blank (MpFacility *x) { set_str (&x->name_vi, "  "); }
static void fb_kind (MpFacility *x) { set_str (&x->kind, "castle"); }
static void fb_class (MpFacility *x) { set_str (&x->klass, "IV"); }
static void fb_ownership (MpFacility *x) { set_str (&x->ownership, "mixed"); }
static void fb_unit_empty (MpFacility *x) { set_str (&x->unit, NULL); }
static void fb_unit_unknown (MpFacility *x) { set_str (&x->unit, "VN-XX"); }
static void fb_beds (MpFacility *x) { x->beds = -5; }
static void fb_opened (MpFacility *x) { set_str (&x->opened, "2025-02-30"); }
static void fb_closed_format (MpFacility *x) { set_str (&x->closed, "30/04/2025"); }
static void fb_closed_before (MpFacility *x) { set_str (&x->closed, "2000"); }
static void fb_latitude (MpFacility *x) { x->latitude = 91; }
static void fb_longitude (MpFacility *x) { x->longitude = -180.5; }
static void fb_family (MpFacility *x) { x->family_medicine = 2; }
static void fb_document (MpFacility *x) { set_str (&x->document, "NO-SUCH-DOC"); }
static void fb_staff_dup (MpFacility *x) { add_staffing (x, 2024, "doctor", 1, -1); }
static void fb_staff_sub (MpFacility *x) { add_staffing (x, 2023, "doctor", 10, 11); }
static void fb_staff_neg (MpFacility *x) { add_staffing (x, 2023, "doctor", -3, -1); }
static void fb_staff_cat (MpFacility *x) { add_staffing (x, 2023, "wizard", 3, -1); }
static void fb_staff_year (MpFacility *x) { add_staffing (x, 1800, "doctor", 3, -1); }

static const struct {
  FacilityBreak  apply;
  const char    *field;
} facility_breaks[] = {
  { fb_code_empty, "code" }, { fb_code_space, "code" }, { fb_code_used, "code" },
  { fb_name, "name_vi" }, { fb_name_blank, "name_vi" }, { fb_kind, "kind" }, { fb_class, "klass" }, { fb_ownership, "ownership" },
  { fb_unit_empty, "unit" }, { fb_unit_unknown, "unit" }, { fb_beds, "beds" },
  { fb_opened, "opened" }, { fb_closed_format, "closed" }, { fb_closed_before, "closed" },
  { fb_latitude, "latitude" }, { fb_longitude, "longitude" }, { fb_family, "family_medicine" },
  { fb_document, "document" }, { fb_staff_dup, "staffing" }, { fb_staff_sub, "staffing" },
  { fb_staff_neg, "staffing" }, { fb_staff_cat, "staffing" }, { fb_staff_year, "staffing" },
};

static void
test_facility_validation (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpFacility) good = new_facility ();
  g_autofree char *before = NULL;
  guint n;

  /* One facility to update, and one to create. */
  g_assert_true (mp_store_save_facility (f->store, NULL, good, NULL, &error));
  g_assert_no_error (error);
  set_str (&good->code, "VN-CT-TEST-2");
  before = dump (f);
  n = f->changes;

  for (guint i = 0; i < G_N_ELEMENTS (facility_breaks); i++)
    for (int update = 0; update <= 1; update++)
      {
        g_autoptr(MpFacility) bad = mp_facility_copy (good);
        g_autofree char *after = NULL;
        const char *field = NULL;

        if (update)
          set_str (&bad->code, "VN-CT-TEST");
        facility_breaks[i].apply (bad);
        g_assert_false (mp_store_save_facility (f->store, update ? "VN-CT-TEST" : NULL, bad, &field, &error));
        g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
        g_assert_cmpstr (field, ==, facility_breaks[i].field);
        g_assert_cmpstr (error->message, !=, "");
        g_clear_error (&error);
        after = dump (f);
        g_assert_cmpstr (after, ==, before);
      }
  g_assert_cmpuint (f->changes, ==, n);

  /* The message says what is wrong, with the value. */
  {
    g_autoptr(MpFacility) bad = mp_facility_copy (good);
    const char *field = NULL;
    set_str (&bad->unit, "VN-XX");
    g_assert_false (mp_store_save_facility (f->store, NULL, bad, &field, &error));
    g_assert_nonnull (strstr (error->message, "VN-XX"));
  }
}

/* ---- Trainings --------------------------------------------------------------- */

static MpTraining *
new_training (void)
{
  MpTraining *t = mp_training_new ();

  t->code = g_strdup ("CT-TEST-DT");
  t->title_vi = g_strdup ("Đào tạo chuyên khoa I");
  t->title_en = g_strdup ("Specialist I training");
  t->kind = g_strdup ("specialist_1");
  t->speciality = g_strdup ("Nội khoa");
  t->institution = g_strdup ("VN-CT-DHYD");
  t->sending_facility = g_strdup ("VN-HN-BV-VIETDUC");
  t->sending_unit = g_strdup ("VN-CT");
  t->start = g_strdup ("2025-09-01");
  t->end = g_strdup ("2027");
  t->seats_planned = 30;
  t->seats_enrolled = 25;
  t->seats_completed = 0;
  t->budget_vnd = 1500000000;
  t->target_indicator = g_strdup ("FAMILY_MEDICINE_COMMUNES_PCT");
  t->target_unit = g_strdup ("VN-CT");
  t->target_year = 2030;
  t->target_document = g_strdup ("NQ-CT-NNL-2030");
  t->document = g_strdup ("NQ-CT-NNL-2030");
  t->note = g_strdup ("ghi chú");
  return t;
}

typedef void (*TrainingBreak) (MpTraining *t);

static void tb_code_used (MpTraining *x) { set_str (&x->code, "CT-SAUDAIHOC"); }
static void tb_title (MpTraining *x) { set_str (&x->title_vi, NULL); }
static void tb_kind (MpTraining *x) { set_str (&x->kind, "juggling"); }
static void tb_institution (MpTraining *x) { set_str (&x->institution, "NO-SUCH"); }
static void tb_sending (MpTraining *x) { set_str (&x->sending_facility, "NO-SUCH"); }
static void tb_sending_unit (MpTraining *x) { set_str (&x->sending_unit, "NO-SUCH"); }
static void tb_start (MpTraining *x) { set_str (&x->start, "2025-13-01"); }
static void tb_end_before (MpTraining *x) { set_str (&x->end, "2025-08-31"); }
static void tb_seats (MpTraining *x) { x->seats_planned = -2; }
static void tb_completed (MpTraining *x) { x->seats_completed = 26; }
static void tb_budget (MpTraining *x) { x->budget_vnd = -100; }
static void tb_status (MpTraining *x) { set_str (&x->status, "paused"); }
static void tb_target_part (MpTraining *x) { x->target_year = 0; }
static void tb_target_unknown (MpTraining *x) { x->target_year = 2031; }
static void tb_document (MpTraining *x) { set_str (&x->document, "NO-SUCH"); }

static const struct {
  TrainingBreak  apply;
  const char    *field;
} training_breaks[] = {
  { tb_code_used, "code" }, { tb_title, "title_vi" }, { tb_kind, "kind" },
  { tb_institution, "institution" }, { tb_sending, "sending_facility" },
  { tb_sending_unit, "sending_unit" }, { tb_start, "start" }, { tb_end_before, "end" },
  { tb_seats, "seats_planned" }, { tb_completed, "seats_completed" }, { tb_budget, "budget_vnd" },
  { tb_status, "status" }, { tb_target_part, "target_indicator" },
  { tb_target_unknown, "target_indicator" }, { tb_document, "document" },
};

static void
test_training (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpTraining) t = new_training ();
  g_autoptr(MpTraining) back = NULL;
  g_autofree char *before = NULL;
  g_autofree char *log = NULL;
  guint n = f->changes;

  g_assert_true (mp_store_save_training (f->store, NULL, t, NULL, &error));
  g_assert_no_error (error);
  assert_changed (f, n, "training", "CT-TEST-DT", "insert");
  back = mp_store_get_training (f->store, "CT-TEST-DT", &error);
  g_assert_no_error (error);
  assert_training_equal (back, t);
  g_assert_cmpint (count (f, "SELECT target_id IS NOT NULL FROM training WHERE code = 'CT-TEST-DT'"), ==, 1);

  before = dump (f);
  n = f->changes;
  for (guint i = 0; i < G_N_ELEMENTS (training_breaks); i++)
    for (int update = 0; update <= 1; update++)
      {
        g_autoptr(MpTraining) bad = mp_training_copy (t);
        g_autofree char *after = NULL;
        const char *field = NULL;

        if (!update)
          set_str (&bad->code, "CT-TEST-DT-2");
        training_breaks[i].apply (bad);
        g_assert_false (mp_store_save_training (f->store, update ? "CT-TEST-DT" : NULL, bad, &field, &error));
        g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
        g_assert_cmpstr (field, ==, training_breaks[i].field);
        g_clear_error (&error);
        after = dump (f);
        g_assert_cmpstr (after, ==, before);
      }
  g_assert_cmpuint (f->changes, ==, n);

  /* Update without a target; the dating note of a sample row is kept. */
  set_str (&back->target_indicator, NULL);
  set_str (&back->target_unit, NULL);
  set_str (&back->target_document, NULL);
  back->target_year = 0;
  set_str (&back->status, "running");
  g_assert_true (mp_store_save_training (f->store, "CT-TEST-DT", back, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT target_id IS NULL FROM training WHERE code = 'CT-TEST-DT'"), ==, 1);
  {
    g_autoptr(MpTraining) dd = mp_store_get_training (f->store, "QN-2023-DT-DD", &error);
    g_assert_no_error (error);
    set_str (&dd->title_en, "Nursing, renamed");
    g_assert_true (mp_store_save_training (f->store, "QN-2023-DT-DD", dd, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count (f, "SELECT dating IS NOT NULL FROM training WHERE code = 'QN-2023-DT-DD'"), ==, 1);
    /* Deleted and brought back by undo, with its dating. */
    g_assert_true (mp_store_delete_training (f->store, "QN-2023-DT-DD", &error));
    g_assert_no_error (error);
    g_assert_cmpint (count (f, "SELECT count(*) FROM training WHERE code = 'QN-2023-DT-DD'"), ==, 0);
    g_assert_true (mp_store_undo (f->store, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count (f, "SELECT dating IS NOT NULL FROM training WHERE code = 'QN-2023-DT-DD'"), ==, 1);
  }

  n = f->changes;
  g_assert_true (mp_store_delete_training (f->store, "CT-TEST-DT", &error));
  g_assert_no_error (error);
  assert_changed (f, n, "training", "CT-TEST-DT", "delete");
  log = last_log (f);
  g_assert_cmpstr (log, ==, "training|CT-TEST-DT|delete|local");
  g_assert_null (mp_store_get_training (f->store, "CT-TEST-DT", &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
}

/* ---- Transfers --------------------------------------------------------------- */

static MpTransfer *
new_transfer (void)
{
  MpTransfer *t = mp_transfer_new ();

  t->code = g_strdup ("CT-TEST-CG");
  t->technique_vi = g_strdup ("Phẫu thuật nội soi");
  t->technique_en = g_strdup ("Laparoscopic surgery");
  t->speciality = g_strdup ("Ngoại khoa");
  t->from_facility = g_strdup ("VN-HN-BV-VIETDUC");
  t->to_facility = g_strdup ("VN-CT-DHYD");
  t->kind = g_strdup ("technique");
  t->start = g_strdup ("2025");
  t->end = g_strdup ("2026-06-30");
  t->staff_trained = 4;
  t->cases_done = 0;
  t->document = g_strdup ("NQ-CT-NNL-2030");
  return t;
}

typedef void (*TransferBreak) (MpTransfer *t);

static void xb_code (MpTransfer *x) { set_str (&x->code, "CT-LK-VIETDUC"); }
static void xb_technique (MpTransfer *x) { set_str (&x->technique_vi, ""); }
static void xb_from (MpTransfer *x) { set_str (&x->from_facility, "NO-SUCH"); }
static void xb_from_unit (MpTransfer *x) { set_str (&x->from_unit, "NO-SUCH"); }
static void xb_to_none (MpTransfer *x) { set_str (&x->to_facility, NULL); }
static void xb_to_unknown (MpTransfer *x) { set_str (&x->to_unit, "NO-SUCH"); }
static void xb_itself (MpTransfer *x) { set_str (&x->to_facility, "VN-HN-BV-VIETDUC"); }
static void xb_kind (MpTransfer *x) { set_str (&x->kind, "teleport"); }
static void xb_end (MpTransfer *x) { set_str (&x->end, "2024-12-31"); }
static void xb_status (MpTransfer *x) { set_str (&x->status, "paused"); }
static void xb_staff (MpTransfer *x) { x->staff_trained = -4; }
static void xb_cases (MpTransfer *x) { x->cases_done = -2; }
static void xb_document (MpTransfer *x) { set_str (&x->document, "NO-SUCH"); }

static const struct {
  TransferBreak  apply;
  const char    *field;
} transfer_breaks[] = {
  { xb_code, "code" }, { xb_technique, "technique_vi" }, { xb_from, "from_facility" },
  { xb_from_unit, "from_unit" }, { xb_to_none, "to_facility" }, { xb_to_unknown, "to_unit" },
  { xb_itself, "to_facility" }, { xb_kind, "kind" }, { xb_end, "end" }, { xb_status, "status" },
  { xb_staff, "staff_trained" }, { xb_cases, "cases_done" }, { xb_document, "document" },
};

static void
test_transfer (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpTransfer) t = new_transfer ();
  g_autoptr(MpTransfer) back = NULL;
  g_autofree char *before = NULL;
  guint n = f->changes;

  g_assert_true (mp_store_save_transfer (f->store, NULL, t, NULL, &error));
  g_assert_no_error (error);
  assert_changed (f, n, "transfer", "CT-TEST-CG", "insert");
  back = mp_store_get_transfer (f->store, "CT-TEST-CG", &error);
  g_assert_no_error (error);
  assert_transfer_equal (back, t);

  before = dump (f);
  n = f->changes;
  for (guint i = 0; i < G_N_ELEMENTS (transfer_breaks); i++)
    for (int update = 0; update <= 1; update++)
      {
        g_autoptr(MpTransfer) bad = mp_transfer_copy (t);
        g_autofree char *after = NULL;
        const char *field = NULL;

        if (!update)
          set_str (&bad->code, "CT-TEST-CG-2");
        transfer_breaks[i].apply (bad);
        g_assert_false (mp_store_save_transfer (f->store, update ? "CT-TEST-CG" : NULL, bad, &field, &error));
        g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
        g_assert_cmpstr (field, ==, transfer_breaks[i].field);
        g_clear_error (&error);
        after = dump (f);
        g_assert_cmpstr (after, ==, before);
      }

  /* The lifecycle: a new transfer may start anywhere, an existing one
   * only moves as allowed. */
  {
    g_autoptr(MpTransfer) jump = mp_transfer_copy (t);
    g_autofree char *after = NULL;
    const char *field = NULL;

    set_str (&jump->status, "independent");
    g_assert_false (mp_store_save_transfer (f->store, "CT-TEST-CG", jump, &field, &error));
    g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
    g_assert_cmpstr (field, ==, "status");
    g_clear_error (&error);
    g_assert_false (mp_store_set_transfer_status (f->store, "CT-TEST-CG", "supervised", &error));
    g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
    g_clear_error (&error);
    after = dump (f);
    g_assert_cmpstr (after, ==, before);
    g_assert_cmpuint (f->changes, ==, n);

    set_str (&jump->code, "CT-TEST-CG-3");
    g_assert_true (mp_store_save_transfer (f->store, NULL, jump, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_true (mp_store_set_transfer_status (f->store, "CT-TEST-CG", "training", &error));
  g_assert_no_error (error);
  g_assert_true (mp_store_set_transfer_status (f->store, "CT-TEST-CG", "stopped", &error));
  g_assert_no_error (error);
  g_assert_true (mp_store_set_transfer_status (f->store, "CT-TEST-CG", "supervised", &error));
  g_assert_no_error (error);
  g_clear_pointer (&back, mp_transfer_free);
  back = mp_store_get_transfer (f->store, "CT-TEST-CG", &error);
  g_assert_cmpstr (back->status, ==, "supervised");
  /* Undo goes back through the steps, though they run backwards. */
  for (int i = 0; i < 3; i++)
    {
      g_assert_true (mp_store_undo (f->store, &error));
      g_assert_no_error (error);
    }
  g_clear_pointer (&back, mp_transfer_free);
  back = mp_store_get_transfer (f->store, "CT-TEST-CG", &error);
  g_assert_cmpstr (back->status, ==, "planned");

  /* A transfer from a unit to a unit; delete. */
  set_str (&back->from_facility, NULL);
  set_str (&back->to_facility, NULL);
  set_str (&back->from_unit, "VN-HN");
  set_str (&back->to_unit, "VN-CT");
  g_assert_true (mp_store_save_transfer (f->store, "CT-TEST-CG", back, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mp_store_delete_transfer (f->store, "CT-TEST-CG", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM transfer WHERE code = 'CT-TEST-CG'"), ==, 0);
}

static void
test_transfer_lifecycle (void)
{
  static const char * const s[] = { "planned", "training", "supervised", "independent", "stopped" };
  /* allowed[from][to] */
  static const gboolean allowed[5][5] = {
    /* planned */     { 1, 1, 0, 0, 1 },
    /* training */    { 0, 1, 1, 0, 1 },
    /* supervised */  { 0, 0, 1, 1, 1 },
    /* independent */ { 0, 0, 0, 1, 1 },
    /* stopped */     { 1, 1, 1, 0, 1 },
  };

  for (int i = 0; i < 5; i++)
    {
      g_assert_true (mp_transfer_status_allowed (NULL, s[i]));
      for (int j = 0; j < 5; j++)
        {
          if (mp_transfer_status_allowed (s[i], s[j]) != allowed[i][j])
            g_error ("%s → %s should be %s", s[i], s[j], allowed[i][j] ? "allowed" : "refused");
        }
      g_assert_false (mp_transfer_status_allowed (s[i], "paused"));
    }
  g_assert_false (mp_transfer_status_allowed (NULL, "paused"));
  g_assert_false (mp_transfer_status_allowed (NULL, NULL));
}

/* ---- Undo and redo ----------------------------------------------------------- */

/* Undo then redo of every kind of edit: undo gives back the dump of
 * before (change_log aside), redo the dump of after. */
static char *
dump_data (Fixture *f)
{
  g_autofree char *all = dump (f);
  char *log = strstr (all, "[change_log]");

  g_assert_nonnull (log);
  *log = '\0';
  return g_strdup (all);
}

typedef gboolean (*Edit) (Fixture *f, GError **error);

static gboolean
edit_facility_insert (Fixture *f, GError **error)
{
  g_autoptr(MpFacility) fac = new_facility ();
  return mp_store_save_facility (f->store, NULL, fac, NULL, error);
}

static gboolean
edit_facility_update (Fixture *f, GError **error)
{
  g_autoptr(MpFacility) fac = mp_store_get_facility (f->store, "VN-13-BVDK-MOI", error);
  set_str (&fac->code, "VN-13-BVDK-MOI-2");
  set_str (&fac->note, "đổi tên");
  fac->beds = 1600;
  add_staffing (fac, 2025, "doctor", 300, 40);
  return mp_store_save_facility (f->store, "VN-13-BVDK-MOI", fac, NULL, error);
}

static gboolean
edit_facility_delete (Fixture *f, GError **error)
{
  /* The newest facility, so that its id comes back the same. */
  g_autoptr(MpFacility) fac = new_facility ();
  if (!mp_store_save_facility (f->store, NULL, fac, NULL, error))
    return FALSE;
  return mp_store_delete_facility (f->store, "VN-CT-TEST", error);
}

static gboolean
edit_training_insert (Fixture *f, GError **error)
{
  g_autoptr(MpTraining) t = new_training ();
  return mp_store_save_training (f->store, NULL, t, NULL, error);
}

static gboolean
edit_training_update (Fixture *f, GError **error)
{
  g_autoptr(MpTraining) t = mp_store_get_training (f->store, "CT-SAUDAIHOC", error);
  set_str (&t->code, "CT-SAUDAIHOC-2");
  set_str (&t->status, "running");
  t->seats_enrolled = 12;
  return mp_store_save_training (f->store, "CT-SAUDAIHOC", t, NULL, error);
}

static gboolean
edit_training_delete (Fixture *f, GError **error)
{
  return mp_store_delete_training (f->store, "QN-LUANPHIEN-BS", error);
}

static gboolean
edit_transfer_insert (Fixture *f, GError **error)
{
  g_autoptr(MpTransfer) t = new_transfer ();
  return mp_store_save_transfer (f->store, NULL, t, NULL, error);
}

static gboolean
edit_transfer_update (Fixture *f, GError **error)
{
  g_autoptr(MpTransfer) t = mp_store_get_transfer (f->store, "CT-LK-VIETDUC", error);
  set_str (&t->status, "training");
  set_str (&t->to_facility, "VN-CT-DHYD");
  t->cases_done = 7;
  return mp_store_save_transfer (f->store, "CT-LK-VIETDUC", t, NULL, error);
}

static gboolean
edit_transfer_delete (Fixture *f, GError **error)
{
  return mp_store_delete_transfer (f->store, "QN-SANNHI-GEN-TBG", error);
}

static gboolean
edit_observation_insert (Fixture *f, GError **error)
{
  return mp_store_save_observation (f->store, "DOCTORS_PER_10K", "VN-CT", NULL, "2026", 15.5,
                                    "ước tính", NULL, error);
}

static gboolean
edit_observation_update (Fixture *f, GError **error)
{
  return mp_store_save_observation (f->store, "DOCTORS_PER_10K", "VN-CT", NULL, "2025", 14.9,
                                    NULL, NULL, error);
}

static gboolean
edit_observation_move (Fixture *f, GError **error)
{
  return mp_store_save_observation (f->store, "NURSES_PER_10K", "VN-CT", "2025", "2024S2", 21.0,
                                    "chuyển kỳ", NULL, error);
}

static gboolean
edit_observation_delete (Fixture *f, GError **error)
{
  return mp_store_delete_observation (f->store, "NURSES_PER_10K", "VN-CT", "2025", error);
}

static const struct {
  const char *name;
  Edit        edit;
  const char *table;
  const char *action;
  gboolean    same_ids;    /* FALSE: a re-inserted row may get another id */
} edits[] = {
  { "facility-insert", edit_facility_insert, "facility", "insert", TRUE },
  { "facility-update", edit_facility_update, "facility", "update", TRUE },
  { "facility-delete", edit_facility_delete, "facility", "delete", TRUE },
  { "training-insert", edit_training_insert, "training", "insert", TRUE },
  { "training-update", edit_training_update, "training", "update", TRUE },
  { "training-delete", edit_training_delete, "training", "delete", FALSE },
  { "transfer-insert", edit_transfer_insert, "transfer", "insert", TRUE },
  { "transfer-update", edit_transfer_update, "transfer", "update", TRUE },
  { "transfer-delete", edit_transfer_delete, "transfer", "delete", FALSE },
  { "observation-insert", edit_observation_insert, "observation", "insert", TRUE },
  { "observation-update", edit_observation_update, "observation", "update", FALSE },
  { "observation-move", edit_observation_move, "observation", "update", FALSE },
  { "observation-delete", edit_observation_delete, "observation", "delete", FALSE },
};

/* A dump without ids and times: trainings and transfers re-inserted by
 * undo get new ids; observations a new updated_at. */
static char *
dump_content (Fixture *f)
{
  GString *out = g_string_new (NULL);
  const char *queries[] = {
    "SELECT f.code, f.name_vi, f.name_en, f.kind, f.class, f.ownership, f.unit_id, f.beds, f.opened,"
    " f.closed, f.latitude, f.longitude, f.family_medicine, f.document_id, f.note FROM facility f ORDER BY code",
    "SELECT f.code, s.year, s.category, s.headcount, s.postgraduate, s.language_certified, s.digital_trained "
    "FROM staffing s JOIN facility f ON f.id = s.facility_id ORDER BY 1, 2, 3",
    "SELECT code, title_vi, title_en, kind, speciality, institution_id, sending_facility_id, sending_unit_id,"
    " start_date, end_date, seats_planned, seats_enrolled, seats_completed, budget_vnd, status, target_id,"
    " document_id, dating, note FROM training ORDER BY code",
    "SELECT code, technique_vi, technique_en, speciality, from_facility_id, from_unit_id, to_facility_id,"
    " to_unit_id, kind, start_date, end_date, status, staff_trained, cases_done, document_id, dating, note "
    "FROM transfer ORDER BY code",
    "SELECT indicator_id, unit_id, period, value, source, comment FROM observation ORDER BY 1, 2, 3",
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (f->raw, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const unsigned char *v = sqlite3_column_text (stmt, c);
              g_string_append (out, v ? (const char *) v : "∅");
              g_string_append_c (out, '\t');
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (out, FALSE);
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *before_content = NULL;
  g_autofree char *after = NULL;
  g_autofree char *after_content = NULL;
  g_autofree char *now = NULL;
  g_autofree char *desc = NULL;
  g_autofree char *log = NULL;
  g_autofree char *code = NULL;
  gint64 logged;
  guint n;

  g_assert_false (mp_store_can_undo (f->store));
  g_assert_null (mp_store_describe_undo (f->store));
  before = dump_data (f);
  before_content = dump_content (f);
  if (g_str_has_suffix (edits[i].name, "-delete") && g_str_equal (edits[i].table, "facility"))
    {
      /* That edit is two: an insert then the delete. */
      g_assert_true (edits[i].edit (f, &error));
      g_assert_no_error (error);
      g_assert_true (mp_store_undo (f->store, &error));
      g_assert_no_error (error);
      g_assert_true (mp_store_can_undo (f->store));
      g_assert_true (mp_store_redo (f->store, &error));
      g_assert_no_error (error);
      g_assert_true (mp_store_undo (f->store, &error));
      g_assert_no_error (error);
      g_assert_true (mp_store_undo (f->store, &error));
      g_assert_no_error (error);
      g_assert_false (mp_store_can_undo (f->store));
      now = dump_data (f);
      g_assert_cmpstr (now, ==, before);
      return;
    }

  n = f->changes;
  g_assert_true (edits[i].edit (f, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->changes, ==, n + 1);
  g_assert_cmpstr (f->table, ==, edits[i].table);
  g_assert_cmpstr (f->action, ==, edits[i].action);
  code = g_strdup (f->code);
  after = dump_data (f);
  after_content = dump_content (f);
  g_assert_cmpstr (after, !=, before);
  logged = count (f, "SELECT count(*) FROM change_log");

  g_assert_true (mp_store_can_undo (f->store));
  g_assert_false (mp_store_can_redo (f->store));
  desc = mp_store_describe_undo (f->store);
  g_assert_nonnull (desc);
  if (!g_str_equal (edits[i].table, "observation"))
    g_assert_nonnull (strstr (desc, code));
  g_clear_pointer (&desc, g_free);

  n = f->changes;
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->changes, ==, n + 1);
  g_assert_cmpstr (f->table, ==, edits[i].table);
  g_assert_cmpstr (f->action, ==, "undo");
  now = dump_content (f);
  g_assert_cmpstr (now, ==, before_content);
  g_clear_pointer (&now, g_free);
  if (edits[i].same_ids)
    {
      now = dump_data (f);
      g_assert_cmpstr (now, ==, before);
      g_clear_pointer (&now, g_free);
    }
  g_assert_cmpint (count (f, "SELECT count(*) FROM change_log"), ==, logged + 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM change_log WHERE id = (SELECT max(id) FROM change_log)"
                             " AND origin = 'undo'"), ==, 1);
  log = last_log (f);
  if (g_str_equal (edits[i].action, "insert"))
    g_assert_true (g_str_has_suffix (log, "|delete|undo"));
  else if (g_str_equal (edits[i].action, "delete"))
    g_assert_true (g_str_has_suffix (log, "|insert|undo"));
  else
    g_assert_true (g_str_has_suffix (log, "|update|undo"));
  g_clear_pointer (&log, g_free);
  g_assert_false (mp_store_can_undo (f->store));
  g_assert_true (mp_store_can_redo (f->store));
  desc = mp_store_describe_redo (f->store);
  g_assert_nonnull (desc);
  g_clear_pointer (&desc, g_free);

  n = f->changes;
  g_assert_true (mp_store_redo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->changes, ==, n + 1);
  g_assert_cmpstr (f->action, ==, "redo");
  now = dump_content (f);
  g_assert_cmpstr (now, ==, after_content);
  g_clear_pointer (&now, g_free);
  log = last_log (f);
  g_assert_true (g_str_has_suffix (log, "|redo"));
  g_assert_true (mp_store_can_undo (f->store));
  g_assert_false (mp_store_can_redo (f->store));

  /* And once more back. */
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_no_error (error);
  now = dump_content (f);
  g_assert_cmpstr (now, ==, before_content);
  g_assert_false (mp_store_undo (f->store, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
}

static void
test_redo_cleared (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (edit_facility_insert (f, &error));
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_true (mp_store_can_redo (f->store));
  /* A new edit forgets what could be redone. */
  g_assert_true (edit_transfer_insert (f, &error));
  g_assert_no_error (error);
  g_assert_false (mp_store_can_redo (f->store));
  g_assert_null (mp_store_describe_redo (f->store));
  g_assert_false (mp_store_redo (f->store, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* An import forgets both. */
  g_assert_true (edit_training_insert (f, &error));
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_true (mp_store_can_undo (f->store));
  g_assert_true (mp_store_can_redo (f->store));
  mp_store_notify_changed (f->store, NULL, NULL, "import");
  g_assert_false (mp_store_can_undo (f->store));
  g_assert_false (mp_store_can_redo (f->store));
  g_assert_null (mp_store_describe_undo (f->store));
}

static void
test_undo_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n;

  g_assert_true (edit_facility_update (f, &error));
  g_assert_no_error (error);
  /* Something else changes the row (as an import would). */
  g_assert_cmpint (sqlite3_exec (f->raw, "UPDATE facility SET beds = 7 WHERE code = 'VN-13-BVDK-MOI-2'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  before = dump (f);
  n = f->changes;
  g_assert_false (mp_store_undo (f->store, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "VN-13-BVDK-MOI-2"));
  after = dump (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (f->changes, ==, n);
  g_assert_false (mp_store_can_undo (f->store));
  g_assert_false (mp_store_can_redo (f->store));
}

static void
test_describe (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *undo = NULL;
  g_autofree char *redo = NULL;
  g_autofree char *other = NULL;

  g_assert_true (mp_store_delete_transfer (f->store, "QN-HTQT", &error));
  undo = mp_store_describe_undo (f->store);
  g_assert_nonnull (strstr (undo, "“QN-HTQT”"));
  g_assert_true (mp_store_undo (f->store, &error));
  redo = mp_store_describe_redo (f->store);
  g_assert_nonnull (strstr (redo, "“QN-HTQT”"));
  /* The same edit: undo and redo name it alike after their prefix. */
  g_assert_cmpstr (strchr (undo, ':'), ==, strchr (redo, ':'));
  g_assert_true (edit_training_insert (f, &error));
  other = mp_store_describe_undo (f->store);
  g_assert_cmpstr (other, !=, undo);
  g_assert_nonnull (strstr (other, "CT-TEST-DT"));
}

/* ---- Observations ------------------------------------------------------------ */

static void
test_observation (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *field = NULL;
  MpValueSource source;
  double value = 0;
  guint n = f->changes;

  /* DOCTORS_PER_10K has a formula: a typed value is allowed and wins. */
  g_assert_true (mp_store_save_observation (f->store, "DOCTORS_PER_10K", "VN-CT", NULL, "2026", 15.5,
                                            "ước tính", &field, &error));
  g_assert_no_error (error);
  assert_changed (f, n, "observation", "DOCTORS_PER_10K|VN-CT|2026", "insert");
  g_assert_true (mp_store_get_value (f->store, "DOCTORS_PER_10K", "VN-CT", "2026", &value, &source,
                                     NULL, NULL, &error));
  g_assert_cmpfloat (value, ==, 15.5);
  g_assert_cmpint (source, ==, MP_SOURCE_TYPED);
  g_assert_cmpint (count (f, "SELECT count(*) FROM observation WHERE period = '2026' AND source = 'gui'"
                             " AND comment = 'ước tính'"), ==, 1);

  /* Moved to another period. */
  g_assert_true (mp_store_save_observation (f->store, "DOCTORS_PER_10K", "VN-CT", "2026", "2027Q1", 16,
                                            NULL, &field, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM observation WHERE period = '2026'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT value FROM observation WHERE period = '2027Q1'"), ==, 16);

  /* Refused: each with its field, nothing written. */
  before = dump (f);
  n = f->changes;
  g_assert_false (mp_store_save_observation (f->store, "DOCTORS_PER_10K", "VN-CT", "2027Q1", "2025", 1,
                                             NULL, &field, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_cmpstr (field, ==, "period");
  g_clear_error (&error);
  g_assert_false (mp_store_save_observation (f->store, "DOCTORS_PER_10K", "VN-CT", NULL, "2025Q5", 1,
                                             NULL, &field, &error));
  g_assert_cmpstr (field, ==, "period");
  g_clear_error (&error);
  g_assert_false (mp_store_save_observation (f->store, "DOCTORS_PER_10K", "VN-CT", NULL, "2025", NAN,
                                             NULL, &field, &error));
  g_assert_cmpstr (field, ==, "value");
  g_clear_error (&error);
  g_assert_false (mp_store_save_observation (f->store, "NO_SUCH", "VN-CT", NULL, "2025", 1,
                                             NULL, &field, &error));
  g_assert_cmpstr (field, ==, "indicator");
  g_clear_error (&error);
  g_assert_false (mp_store_save_observation (f->store, "DOCTORS_PER_10K", "VN-XX", NULL, "2025", 1,
                                             NULL, &field, &error));
  g_assert_cmpstr (field, ==, "unit");
  g_clear_error (&error);
  g_assert_false (mp_store_save_observation (f->store, "DOCTORS_PER_10K", "VN-CT", "2019", "2020", 1,
                                             NULL, &field, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (mp_store_delete_observation (f->store, "DOCTORS_PER_10K", "VN-CT", "2019", &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = dump (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (f->changes, ==, n);

  /* Delete, then undo all three edits. */
  g_assert_true (mp_store_delete_observation (f->store, "DOCTORS_PER_10K", "VN-CT", "2027Q1", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM observation WHERE period = '2027Q1'"), ==, 0);
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_cmpint (count (f, "SELECT value FROM observation WHERE period = '2027Q1'"), ==, 16);
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM observation WHERE period = '2027Q1'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM observation WHERE period = '2026' AND comment = 'ước tính'"), ==, 1);
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM observation"), ==, 2);
  g_assert_false (mp_store_can_undo (f->store));
}

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_setup, fn, fixture_teardown)

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  ADD ("/edit/facility/crud", test_facility_crud);
  ADD ("/edit/facility/rename-referenced", test_facility_rename);
  ADD ("/edit/facility/delete-referenced", test_facility_delete_referenced);
  ADD ("/edit/facility/validation", test_facility_validation);
  ADD ("/edit/training", test_training);
  ADD ("/edit/transfer", test_transfer);
  g_test_add_func ("/edit/transfer/lifecycle", test_transfer_lifecycle);
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *name = g_strdup_printf ("/edit/undo-redo/%s", edits[i].name);
      g_test_add (name, Fixture, GUINT_TO_POINTER (i), fixture_setup, test_undo_redo, fixture_teardown);
    }
  ADD ("/edit/undo/redo-cleared", test_redo_cleared);
  ADD ("/edit/undo/conflict", test_undo_conflict);
  ADD ("/edit/undo/describe", test_describe);
  ADD ("/edit/observation", test_observation);
  return g_test_run ();
}
