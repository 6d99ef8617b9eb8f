/* test-edit-fixture.c — what the editing tests share: a fixture holding a
 * new database with the sample, a second raw connection and what
 * MpStore::changed said; dumps of the tables; records to save. */
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "test-edit-fixture.h"
#include "mp-error.h"
#include "mp-schema.h"
#include "mp-test-util.h"

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

void
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

void
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
char *
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

gint64
count (Fixture    *f,
       const char *sql)
{
  return mp_test_query_int (f->raw, sql);
}

void
add_staffing (MpFacility *fac,
              int         year,
              const char *category,
              gint64      headcount,
              gint64      postgraduate)
{
  MpStaffing s = { year, g_strdup (category), headcount, postgraduate, -1, -1 };
  g_array_append_val (fac->staffing, s);
}

MpFacility *
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

void
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

void
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

void
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

void
set_str (char      **slot,
         const char *value)
{
  g_free (*slot);
  *slot = g_strdup (value);
}

/* The last change_log row: "tbl|code|action|origin". */
char *
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

void
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

MpTraining *
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

MpTransfer *
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
