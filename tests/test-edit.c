/* test-edit.c — editing records on real SQLite files (mp-edit.h): create,
 * read back, update (renaming a referenced facility), delete; every
 * validation rule refused with its field and the file unchanged; the
 * transfer lifecycle. Undo and redo are in test-undo.c. */
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "mp-error.h"
#include "mp-schema.h"
#include "mp-test-util.h"
#include "test-edit-fixture.h"

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

/* The status changes of a time, as the change log holds them: before the
 * first and after the last; a record back where it began is left out;
 * nothing outside the days asked. */
static void
test_status_changes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpTransfer) t = new_transfer ();
  g_autoptr(MpTransfer) other = new_transfer ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const MpStatusChange *change;

  set_str (&other->code, "CT-TEST-CG-2");
  g_assert_true (mp_store_save_transfer (f->store, NULL, t, NULL, &error));
  g_assert_true (mp_store_save_transfer (f->store, NULL, other, NULL, &error));
  g_assert_no_error (error);
  /* Made: no change of status yet. */
  changes = mp_store_list_status_changes (f->store, "transfer", today, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  g_assert_true (mp_store_set_transfer_status (f->store, "CT-TEST-CG", "training", &error));
  g_assert_true (mp_store_set_transfer_status (f->store, "CT-TEST-CG", "supervised", &error));
  g_assert_true (mp_store_set_transfer_status (f->store, "CT-TEST-CG-2", "training", &error));
  g_assert_no_error (error);
  /* Undone: back to planned, so no change. */
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_no_error (error);
  changes = mp_store_list_status_changes (f->store, "transfer", today, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->code, ==, "CT-TEST-CG");
  g_assert_cmpstr (change->before, ==, "planned");
  g_assert_cmpstr (change->after, ==, "supervised");
  g_assert_true (g_str_has_prefix (change->at, today));
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Another time, another table: nothing. */
  changes = mp_store_list_status_changes (f->store, "transfer", "2000-01-01", "2000-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = mp_store_list_status_changes (f->store, "training", today, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
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
  ADD ("/edit/transfer/status-changes", test_status_changes);
  g_test_add_func ("/edit/transfer/lifecycle", test_transfer_lifecycle);
  return g_test_run ();
}
