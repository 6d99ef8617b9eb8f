/* test-undo.c — undo and redo of every kind of edit on real SQLite files
 * (mp-edit.h): the tables restored exactly, each step logged, the redo
 * stack cleared by a new edit, refusals when a record changed since, the
 * descriptions; and the observations' edits. */
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "mp-error.h"
#include "mp-schema.h"
#include "mp-test-util.h"
#include "test-edit-fixture.h"

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
