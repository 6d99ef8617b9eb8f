/* test-progress.c — the progress an import and an export report: on a
 * real file of 60,000 observations and a real database, the fractions
 * grow from 0 to 1, come about every 64 KB of the file, stop at once when
 * the callback cancels (nothing written), and an export reports as it
 * writes. */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "mp-error.h"
#include "mp-exchange.h"
#include "mp-store-private.h"
#include "mp-test-util.h"

#define N_UNITS        200
#define N_INDICATORS   10
#define N_PERIODS      30   /* 2000..2029 */
#define N_OBSERVATIONS (N_UNITS * N_INDICATORS * N_PERIODS)

typedef struct {
  GArray       *fractions;  /* of double */
  GCancellable *cancel_at_half;
} Progress;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *p = user_data;

  g_array_append_val (p->fractions, fraction);
  if (p->cancel_at_half && fraction >= 0.5)
    g_cancellable_cancel (p->cancel_at_half);
}

/* A native file with the units and indicators it uses and N_OBSERVATIONS
 * observations in key order. */
static void
write_file (const char *path)
{
  FILE *out = fopen (path, "w");

  g_assert_nonnull (out);
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\" exported=\"2026-11-22T05:00:00Z\">\n"
         "  <units>\n", out);
  for (int u = 0; u < N_UNITS; u++)
    fprintf (out, "    <unit code=\"PU-%04d\" level=\"province\"><name xml:lang=\"vi\">Tỉnh %d</name></unit>\n", u, u);
  fputs ("  </units>\n  <indicators>\n", out);
  for (int i = 0; i < N_INDICATORS; i++)
    fprintf (out, "    <indicator code=\"PI_%02d\" measure=\"per_10k\" direction=\"up\" decimals=\"1\">"
             "<name xml:lang=\"vi\">Chỉ số %d</name></indicator>\n", i, i);
  fputs ("  </indicators>\n  <observations>\n", out);
  for (int i = 0; i < N_INDICATORS; i++)
    for (int u = 0; u < N_UNITS; u++)
      for (int p = 0; p < N_PERIODS; p++)
        fprintf (out, "    <observation indicator=\"PI_%02d\" unit=\"PU-%04d\" period=\"%d\" value=\"%d.5\""
                 " updated-at=\"2026-01-02T03:04:05Z\"/>\n", i, u, 2000 + p, (i * u + p) % 1000);
  fputs ("  </observations>\n</medplan>\n", out);
  g_assert_cmpint (fclose (out), ==, 0);
}

static gint64
count_observations (MpStore *store)
{
  sqlite3_stmt *stmt = mp_store_prepare (store, "SELECT count(*) FROM observation", NULL);
  gint64 n;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* From 0, never down, within [0, 1]. */
static void
assert_growing (GArray *fractions)
{
  g_assert_cmpuint (fractions->len, >=, 2);
  g_assert_cmpfloat (g_array_index (fractions, double, 0), ==, 0.0);
  for (guint i = 0; i < fractions->len; i++)
    {
      double f = g_array_index (fractions, double, i);
      g_assert_cmpfloat (f, >=, 0.0);
      g_assert_cmpfloat (f, <=, 1.0);
      if (i > 0)
        g_assert_cmpfloat (f, >=, g_array_index (fractions, double, i - 1));
    }
}

static void
test_progress (void)
{
  g_autofree char *dir = g_dir_make_tmp ("medplan-progress-XXXXXX", NULL);
  g_autofree char *xml = g_build_filename (dir, "big.xml", NULL);
  g_autofree char *db = g_build_filename (dir, "p.db", NULL);
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress p = { g_array_new (FALSE, FALSE, sizeof (double)), NULL };
  GStatBuf st;
  guint max_calls;

  write_file (xml);
  g_assert_cmpint (g_stat (xml, &st), ==, 0);
  /* One call per 64 KB at most, plus the first and the last. */
  max_calls = (guint) (st.st_size / (64 * 1024)) + 3;
  store = mp_store_open (db, MP_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  /* A dry run reports its way through the file and writes nothing. */
  {
    g_autoptr(MpImportReport) report = mp_import_report_new ("big.xml");

    g_assert_true (mp_store_import_with_progress (store, xml, MP_FORMAT_AUTO, TRUE, report,
                                                  progress_cb, &p, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (mp_import_report_get_counts (report, MP_TABLE_OBSERVATION)->added, ==, N_OBSERVATIONS);
    assert_growing (p.fractions);
    g_assert_cmpuint (p.fractions->len, >=, 10);
    g_assert_cmpuint (p.fractions->len, <=, max_calls);
    g_assert_cmpfloat (g_array_index (p.fractions, double, p.fractions->len - 1), ==, 1.0);
    /* Something in the middle: the fractions follow the bytes. */
    g_assert_cmpfloat (g_array_index (p.fractions, double, p.fractions->len / 2), >, 0.2);
    g_assert_cmpfloat (g_array_index (p.fractions, double, p.fractions->len / 2), <, 0.8);
    g_assert_cmpint (count_observations (store), ==, 0);
  }

  /* Cancelled from the callback halfway: it stops soon, nothing is
   * written, and 1 is never reported. */
  {
    g_autoptr(MpImportReport) report = mp_import_report_new ("big.xml");

    g_array_set_size (p.fractions, 0);
    p.cancel_at_half = cancellable;
    g_assert_false (mp_store_import_with_progress (store, xml, MP_FORMAT_AUTO, FALSE, report,
                                                   progress_cb, &p, cancellable, &error));
    g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
    g_clear_error (&error);
    assert_growing (p.fractions);
    g_assert_cmpfloat (g_array_index (p.fractions, double, p.fractions->len - 1), <, 0.6);
    g_assert_cmpint (count_observations (store), ==, 0);
    p.cancel_at_half = NULL;
  }

  /* The real import, without a callback, as before. */
  {
    g_autoptr(MpImportReport) report = mp_import_report_new ("big.xml");

    g_assert_true (mp_store_import (store, xml, MP_FORMAT_AUTO, FALSE, report, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_observations (store), ==, N_OBSERVATIONS);
  }

  /* An export reports as it writes rows, and 1 once the file is there. */
  for (MpFormat format = MP_FORMAT_NATIVE; format <= MP_FORMAT_DHIS2; format++)
    {
      g_array_set_size (p.fractions, 0);
      g_assert_true (mp_store_export_with_progress (store, out, format, NULL, progress_cb, &p, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
      assert_growing (p.fractions);
      /* 60,000 rows: a report every 4096 elements or so. */
      g_assert_cmpuint (p.fractions->len, >=, 10);
      g_assert_cmpfloat (g_array_index (p.fractions, double, p.fractions->len - 2), <, 1.0);
      g_assert_cmpfloat (g_array_index (p.fractions, double, p.fractions->len - 1), ==, 1.0);
      g_assert_cmpint (g_unlink (out), ==, 0);
    }

  /* A failed export reports no 1. */
  g_array_set_size (p.fractions, 0);
  {
    MpExportFilter filter = { "NO-SUCH-UNIT", NULL };
    g_assert_false (mp_store_export_with_progress (store, out, MP_FORMAT_NATIVE, &filter, progress_cb, &p,
                                                   NULL, &error));
    g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpuint (p.fractions->len, ==, 0);
  }

  g_array_unref (p.fractions);
  g_clear_object (&store);
  mp_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/progress/import-export", test_progress);
  return g_test_run ();
}
