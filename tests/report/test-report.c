/* test-report.c — the PDF report: drawn from the sample database and from
 * a made-up larger one, written as PDF and read back with pdftotext,
 * pdfinfo and pdffonts; page 1 rendered to PNG and kept as an artifact;
 * the `report` command of medplan-cli with its exit statuses. */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "mp-edit.h"
#include "mp-error.h"
#include "mp-report.h"
#include "mp-test-store.h"
#include "mp-test-util.h"

/* The sample database in a temporary folder. */
typedef MpTestSample Fixture;

static char *
out_path (const char *name)
{
  const char *dir = g_getenv ("MEDPLAN_REPORT_OUT");

  return g_build_filename (dir ? dir : g_get_tmp_dir (), name, NULL);
}

/* Runs a program; returns its standard output, asserts it exits with 0. */
static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The text of the PDF (pages `first` to `last`, 0: all), every run of
 * white space made one space, so that words wrapped in a table cell read
 * as one phrase. */
static char *
pdf_text (const char *pdf,
          guint       first,
          guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", first ? first : 1);
  g_autofree char *l = g_strdup_printf ("%u", last ? last : 100000);
  const char *argv[] = { "pdftotext", "-f", f, "-l", l, "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *raw = run_tool (argv);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, raw, -1, 0, " ", 0, NULL);
}

static guint
pdf_pages (const char *pdf,
           char      **size)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  guint pages = 0;

  for (guint i = 0; lines[i]; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        pages = (guint) g_ascii_strtoull (g_strstrip (lines[i] + 6), NULL, 10);
      if (g_str_has_prefix (lines[i], "Page size:") && size)
        *size = g_strdup (g_strstrip (lines[i] + 10));
    }
  return pages;
}

/* Every font of the PDF is embedded, and the sans is DejaVu. */
static void
assert_fonts_embedded (const char *pdf)
{
  const char *argv[] = { "pdffonts", pdf, NULL };
  g_autofree char *out = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint fonts = 0;

  for (guint i = 2; lines[i]; i++)
    {
      g_auto(GStrv) fields = NULL;
      guint n;

      if (*lines[i] == '\0')
        continue;
      fields = g_regex_split_simple ("\\s+", g_strstrip (lines[i]), 0, 0);
      n = g_strv_length (fields);
      /* name type [type…] encoding emb sub uni object ID */
      g_assert_cmpuint (n, >=, 7);
      g_assert_cmpstr (fields[n - 5], ==, "yes");
      fonts++;
    }
  g_assert_cmpuint (fonts, >, 0);
  g_assert_nonnull (strstr (out, "DejaVuSans"));
}

static void
assert_page_numbers (const char *pdf,
                     guint       n_pages)
{
  for (guint i = 1; i <= n_pages; i++)
    {
      g_autofree char *text = pdf_text (pdf, i, i);
      g_autofree char *number = g_strdup_printf (_("Page %u/%u"), i, n_pages);
      g_assert_nonnull (strstr (text, number));
    }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mp_test_sample_open (f, "medplan-report-XXXXXX");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  mp_test_sample_close (f);
}

static void
exec_sql (const char *db_path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (db);
}

/* Made-up data, for the tests only: a plan of Cần Thơ with a target of
 * every numeric indicator for 2024, 2030 and 2033, values 10 to 14 in
 * 2021–2025 (so the targets are achieved, missed, on track, at risk or
 * off track), a training that ended in the first half of 2025 and a
 * transfer that started then. */
static void
add_made_up_data (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  exec_sql (f->db,
            "BEGIN;"
            "INSERT INTO document (code, title_vi, title_en, kind) VALUES ('TEST-KH-2026',"
            " 'Kế hoạch thử nghiệm phát triển y tế (dữ liệu giả lập)', 'Made-up test plan', 'plan');"
            "INSERT INTO target (indicator_id, unit_id, year, comparator, value, baseline_year, baseline_value, document_id)"
            " SELECT i.id, u.id, 2024, 'ge', CASE i.id % 2 WHEN 0 THEN 12 ELSE 15 END, 2020, 9, d.id"
            " FROM indicator i, unit u, document d"
            " WHERE i.measure <> 'yesno' AND u.code = 'VN-CT' AND d.code = 'TEST-KH-2026';"
            "INSERT INTO target (indicator_id, unit_id, year, comparator, value, baseline_year, baseline_value, document_id)"
            " SELECT i.id, u.id, y.year, 'ge', CASE i.id % 3 WHEN 0 THEN 19 WHEN 1 THEN 19.5 ELSE 25 END, 2020, 9, d.id"
            " FROM indicator i, unit u, document d, (SELECT 2030 AS year UNION SELECT 2033) y"
            " WHERE i.measure <> 'yesno' AND u.code = 'VN-CT' AND d.code = 'TEST-KH-2026';"
            "INSERT OR REPLACE INTO observation (indicator_id, unit_id, period, value, source, updated_at)"
            " SELECT i.id, u.id, CAST (p.year AS TEXT), p.year - 2011, 'test', '2026-01-01T00:00:00Z'"
            " FROM indicator i, unit u,"
            " (SELECT 2021 AS year UNION SELECT 2022 UNION SELECT 2023 UNION SELECT 2024 UNION SELECT 2025) p"
            " WHERE i.measure <> 'yesno' AND u.code = 'VN-CT';"
            "INSERT INTO training (code, title_vi, title_en, kind, start_date, end_date, seats_planned, seats_enrolled,"
            " seats_completed, status, target_id)"
            " SELECT 'TEST-TR-1', 'Lớp đào tạo thử nghiệm Nguyễn', 'Test course', 'phd', '2023-09-01', '2025-05-31',"
            " 12, 10, 7, 'completed', MIN (t.id) FROM target t JOIN unit u ON u.id = t.unit_id WHERE u.code = 'VN-CT';"
            "INSERT INTO transfer (code, technique_vi, technique_en, from_unit_id, to_unit_id, kind, start_date, status,"
            " staff_trained, cases_done)"
            " SELECT 'TEST-CG-1', 'Kỹ thuật thử nghiệm can thiệp mạch', 'Test technique', f.id, t.id, 'technique',"
            " '2025-03-01', 'training', 4, 11 FROM unit f, unit t WHERE f.code = 'VN-SG' AND t.code = 'VN-CT';"
            "COMMIT;");
  f->store = mp_store_open (f->db, MP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
set_issue_date (MpReport *report)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 22, 9, 0, 0);
  mp_report_set_issue_date (report, date);
}

/* Renders page 1 to a PNG artifact and checks it is not blank: ink in the
 * title block, and some colour (a status swatch) on the page. */
static void
render_first_page (MpReport   *report,
                   const char *name)
{
  g_autofree char *png = out_path (name);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1191, 1684);
  cairo_t *cr = cairo_create (surface);
  guint dark = 0, coloured = 0, title_ink = 0;
  unsigned char *data;
  int stride;

  cairo_scale (cr, 1191 / MP_REPORT_PAGE_WIDTH, 1684 / MP_REPORT_PAGE_HEIGHT);
  mp_report_draw_page (report, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 1684; y++)
    for (int x = 0; x < 1191; x++)
      {
        guint32 px = *(guint32 *) (data + y * stride + x * 4);
        int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;
        if (r < 100 && g < 100 && b < 100)
          {
            dark++;
            title_ink += y < 400;
          }
        if (MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)) > 80)
          coloured++;
      }
  cairo_surface_destroy (surface);
  g_assert_cmpuint (dark, >, 5000);
  g_assert_cmpuint (title_ink, >, 1000);
  g_assert_cmpuint (coloured, >, 100);
  g_test_message ("page 1 rendered to %s", png);
}

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpReport) report = mp_report_new (f->store, NULL, "2025S1", &error);
  g_autoptr(GPtrArray) targets = NULL;
  g_autofree char *pdf = out_path ("report-sample.pdf");
  g_autofree char *title = NULL, *text = NULL, *size = NULL;
  guint n_pages;

  g_assert_no_error (error);
  /* The Overview's default unit: Cần Thơ. */
  g_assert_cmpstr (mp_report_get_unit (report), ==, "VN-CT");
  g_assert_cmpstr (mp_report_get_period (report), ==, "2025S1");
  title = mp_report_get_title (report);
  g_assert_nonnull (strstr (title, "Cần Thơ"));
  g_assert_nonnull (strstr (title, "2025"));
  set_issue_date (report);
  n_pages = mp_report_get_n_pages (report);
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (mp_report_get_n_pages (report), ==, n_pages);

  g_assert_true (mp_report_write_pdf (report, pdf, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf, &size), ==, n_pages);
  g_assert_nonnull (strstr (size, "595.28 x 841.89"));
  g_assert_nonnull (strstr (size, "A4"));
  assert_fonts_embedded (pdf);
  assert_page_numbers (pdf, n_pages);

  text = pdf_text (pdf, 0, 0);
  g_assert_nonnull (strstr (text, "Cần Thơ"));
  g_assert_nonnull (strstr (text, "VN-CT"));
  g_assert_nonnull (strstr (text, "22/11/2026"));
  g_assert_nonnull (strstr (text, "01/01/2025"));
  g_assert_nonnull (strstr (text, "30/06/2025"));
  g_assert_nonnull (strstr (text, "NQ-CT-NNL-2030"));
  /* Every target of the unit: its indicator, and its status in words. */
  targets = mp_store_list_targets (f->store, "VN-CT", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (targets->len, >, 0);
  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);
      g_autofree char *latest = mp_format_value (ts->latest_value, ts->decimals);
      g_assert_nonnull (strstr (text, ts->indicator_name));
      g_assert_nonnull (strstr (text, mp_status_label (ts->status)));
      if (!isnan (ts->latest_value))
        g_assert_nonnull (strstr (text, latest));
    }
  /* Sections with nothing to show say so. */
  g_assert_nonnull (strstr (text, _("No target of the unit is at risk, off track or missed.")));
  g_assert_nonnull (strstr (text, _("No training programme ended in the period.")));
  /* The sample's trainings are in the training summary. */
  g_assert_nonnull (strstr (text, mp_training_kind_label ("phd")));

  render_first_page (report, "report-sample-page1.png");
}

static void
test_long (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autofree char *pdf = out_path ("report-long.pdf");
  g_autofree char *text = NULL, *continued = NULL;
  guint n_pages, with_header = 0, with_continued = 0, counts[MP_STATUS_ACHIEVED + 1] = { 0 };
  gint64 t0;

  add_made_up_data (f);
  t0 = g_get_monotonic_time ();
  report = mp_report_new (f->store, "VN-CT", "2025S1", &error);
  g_assert_no_error (error);
  g_test_message ("mp_report_new: %.1f ms", (g_get_monotonic_time () - t0) / 1000.0);
  set_issue_date (report);
  t0 = g_get_monotonic_time ();
  n_pages = mp_report_get_n_pages (report);
  g_test_message ("layout of %u pages: %.1f ms", n_pages, (g_get_monotonic_time () - t0) / 1000.0);
  g_assert_cmpuint (n_pages, >=, 3);
  t0 = g_get_monotonic_time ();
  g_assert_true (mp_report_write_pdf (report, pdf, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("PDF written: %.1f ms", (g_get_monotonic_time () - t0) / 1000.0);
  g_assert_cmpuint (pdf_pages (pdf, NULL), ==, n_pages);
  assert_fonts_embedded (pdf);
  assert_page_numbers (pdf, n_pages);

  text = pdf_text (pdf, 0, 0);
  g_assert_nonnull (strstr (text, "TEST-KH-2026"));
  targets = mp_store_list_targets (f->store, "VN-CT", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (targets->len, >, 60);
  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);
      counts[ts->status]++;
      g_assert_nonnull (strstr (text, ts->indicator_name));
    }
  /* The made-up data gives every status but no data; each in words. */
  for (MpStatus s = MP_STATUS_MISSED; s <= MP_STATUS_ACHIEVED; s++)
    {
      if (s != MP_STATUS_NO_DATA)
        g_assert_cmpuint (counts[s], >, 0);
      if (counts[s] > 0)
        g_assert_nonnull (strstr (text, mp_status_label (s)));
    }

  /* The targets table spans pages; each page it continues on starts with
   * the header row and the document's group marked as continued. */
  continued = g_strdup_printf (_("%s (continued)"),
                               "TEST-KH-2026 — Kế hoạch thử nghiệm phát triển y tế (dữ liệu giả lập)");
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *page = pdf_text (pdf, p, p);
      if (strstr (page, _("Baseline")) == NULL)
        continue;
      with_header++;
      g_assert_nonnull (strstr (page, _("Indicator")));
      g_assert_nonnull (strstr (page, _("Latest value")));
      with_continued += strstr (page, continued) != NULL;
    }
  g_assert_cmpuint (with_header, >=, 2);
  g_assert_cmpuint (with_continued, >=, 1);

  /* The trends of the targets in trouble are drawn: their indicators'
   * names appear on the pages after the table. */
  g_assert_null (strstr (text, _("No target of the unit is at risk, off track or missed.")));
  /* The training that ended and the transfer that started in the period. */
  g_assert_nonnull (strstr (text, "Lớp đào tạo thử nghiệm Nguyễn"));
  g_assert_nonnull (strstr (text, "31/05/2025"));
  g_assert_nonnull (strstr (text, "Kỹ thuật thử nghiệm can thiệp mạch"));
  g_assert_nonnull (strstr (text, "01/03/2025"));
  g_assert_nonnull (strstr (text, mp_transfer_status_label ("training")));

  render_first_page (report, "report-long-page1.png");
}

/* The second half ends nothing of the made-up data; the year takes both
 * halves. */
static void
test_periods (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpReport) s2 = NULL, year = NULL, s1 = NULL;
  g_autofree char *t1 = NULL, *t2 = NULL, *ty = NULL, *pdf = out_path ("report-2025S2.pdf");
  g_autofree char *text = NULL;

  add_made_up_data (f);
  s1 = mp_report_new (f->store, "VN-CT", "2025S1", &error);
  g_assert_no_error (error);
  s2 = mp_report_new (f->store, "VN-CT", "2025S2", &error);
  g_assert_no_error (error);
  year = mp_report_new (f->store, "VN-CT", "2025", &error);
  g_assert_no_error (error);
  t1 = mp_report_get_title (s1);
  t2 = mp_report_get_title (s2);
  ty = mp_report_get_title (year);
  g_assert_cmpstr (t1, !=, t2);
  g_assert_cmpstr (t1, !=, ty);
  g_assert_cmpstr (t2, !=, ty);

  g_assert_true (mp_report_write_pdf (s2, pdf, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf, 0, 0);
  g_assert_nonnull (strstr (text, "01/07/2025"));
  g_assert_nonnull (strstr (text, "31/12/2025"));
  g_assert_nonnull (strstr (text, _("No training programme ended in the period.")));
  g_assert_nonnull (strstr (text, _("No technology-transfer link started or ended in the period.")));
  g_assert_null (strstr (text, "Lớp đào tạo thử nghiệm Nguyễn"));
}

/* A link whose status was changed (through the core, logged) shows in the
 * report of the period of the change, from the status before to the one
 * after; not in another period's. */
static void
test_status_changes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *period = g_strdup_printf ("%d%s", g_date_time_get_year (now),
                                             g_date_time_get_month (now) > 6 ? "S2" : "S1");
  g_autoptr(MpReport) report = NULL;
  g_autoptr(MpReport) before = NULL;
  g_autofree char *pdf = out_path ("report-status-changes.pdf");
  g_autofree char *old_pdf = out_path ("report-status-changes-2025S1.pdf");
  g_autofree char *text = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *change = g_strdup_printf (_("%s → %s"), mp_transfer_status_label ("planned"),
                                             mp_transfer_status_label ("training"));

  g_assert_true (mp_store_set_transfer_status (f->store, "CT-LK-CHORAY", "training", &error));
  g_assert_no_error (error);
  report = mp_report_new (f->store, "VN-CT", period, &error);
  g_assert_no_error (error);
  g_assert_true (mp_report_write_pdf (report, pdf, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf, 0, 0);
  g_assert_nonnull (strstr (text, _("Links whose status changed in the period")));
  g_assert_nonnull (strstr (text, change));
  g_assert_null (strstr (text, _("No link’s status was changed in this database during the period.")));

  before = mp_report_new (f->store, "VN-CT", "2025S1", &error);
  g_assert_no_error (error);
  g_assert_true (mp_report_write_pdf (before, old_pdf, NULL, &error));
  g_assert_no_error (error);
  old_text = pdf_text (old_pdf, 0, 0);
  g_assert_null (strstr (old_text, change));
  g_assert_nonnull (strstr (old_text, _("No link’s status was changed in this database during the period.")));
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  const char *bad_periods[] = { "2025S3", "2025Q1", "25", "", "2025s1", "abcd" };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpReport) report = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad_periods); i++)
    {
      report = mp_report_new (f->store, "VN-CT", bad_periods[i], &error);
      g_assert_null (report);
      g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
      if (*bad_periods[i])
        g_assert_nonnull (strstr (error->message, bad_periods[i]));
      g_clear_error (&error);
    }
  report = mp_report_new (f->store, "VN-XX", "2025", &error);
  g_assert_null (report);
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "VN-XX"));
  g_clear_error (&error);

  /* A unit with no target still gets a report that says so. */
  report = mp_report_new (f->store, "VN-HN", "2025", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mp_report_get_n_pages (report), >=, 1);
}

/* A cancelled write leaves the existing file as it was, and no temporary
 * file behind. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpReport) report = mp_report_new (f->store, NULL, "2025", &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *pdf = g_build_filename (f->dir, "r.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint files = 0;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (pdf, "old", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (mp_report_write_pdf (report, pdf, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)))
    files += !g_str_has_prefix (name, "m.db");
  g_assert_cmpuint (files, ==, 1);
  g_clear_error (&error);

  /* A folder that does not exist: an error naming the file. */
  g_clear_pointer (&pdf, g_free);
  pdf = g_build_filename (f->dir, "missing", "r.pdf", NULL);
  g_assert_false (mp_report_write_pdf (report, pdf, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_IO);
  g_assert_nonnull (strstr (error->message, pdf));
}

typedef struct {
  MpReport *report;
  char     *path;
  gboolean  ok;
} WriteJob;

static gpointer
write_in_thread (gpointer data)
{
  WriteJob *job = data;

  job->ok = mp_report_write_pdf (job->report, job->path, NULL, NULL);
  return NULL;
}

/* Two reports laid out and written at the same time, each in its own
 * thread, give the same pages as one written alone. */
static void
test_threads (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WriteJob jobs[2];
  GThread *threads[2];
  guint expected[2];
  const char *periods[2] = { "2025S1", "2025" };

  add_made_up_data (f);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(MpReport) alone = mp_report_new (f->store, "VN-CT", periods[i], &error);
      g_assert_no_error (error);
      expected[i] = mp_report_get_n_pages (alone);
      jobs[i].report = mp_report_new (f->store, "VN-CT", periods[i], &error);
      g_assert_no_error (error);
      jobs[i].path = g_strdup_printf ("%s/thread-%u.pdf", f->dir, i);
      jobs[i].ok = FALSE;
    }
  for (guint i = 0; i < 2; i++)
    threads[i] = g_thread_new ("report", write_in_thread, &jobs[i]);
  for (guint i = 0; i < 2; i++)
    {
      g_thread_join (threads[i]);
      g_assert_true (jobs[i].ok);
      g_assert_cmpuint (mp_report_get_n_pages (jobs[i].report), ==, expected[i]);
      g_assert_cmpuint (pdf_pages (jobs[i].path, NULL), ==, expected[i]);
      assert_page_numbers (jobs[i].path, expected[i]);
      g_object_unref (jobs[i].report);
      g_free (jobs[i].path);
    }
}

static gpointer
cancel_soon (gpointer data)
{
  g_usleep (g_random_int_range (0, 100000));
  g_cancellable_cancel (data);
  return NULL;
}

/* Cancelled at a random moment while the pages are written: either the
 * whole report is there, or the old file, never a part. */
static void
test_cancel_midway (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpReport) report = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "r.pdf", NULL);
  guint n_pages, cancelled = 0;

  add_made_up_data (f);
  report = mp_report_new (f->store, "VN-CT", "2025", &error);
  g_assert_no_error (error);
  n_pages = mp_report_get_n_pages (report);
  for (guint round = 0; round < 8; round++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autofree char *contents = NULL;
      GThread *thread;
      gboolean ok;

      g_assert_true (g_file_set_contents (pdf, "old", -1, NULL));
      thread = g_thread_new ("cancel", cancel_soon, cancellable);
      ok = mp_report_write_pdf (report, pdf, cancellable, &error);
      g_thread_join (thread);
      g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
      if (ok)
        {
          g_assert_no_error (error);
          g_assert_true (g_str_has_prefix (contents, "%PDF"));
          g_assert_cmpuint (pdf_pages (pdf, NULL), ==, n_pages);
        }
      else
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
          g_assert_cmpstr (contents, ==, "old");
          g_clear_error (&error);
          cancelled++;
        }
    }
  g_test_message ("cancelled %u of 8 writes", cancelled);
}

typedef struct {
  int   status;
  char *out;
  char *err;
} Result;

static Result
run_cli (const char *db,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Result r = { 0 };
  const char *arg;
  va_list ap;
  int status;

  g_ptr_array_add (argv, (char *) g_getenv ("MEDPLAN_CLI"));
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, (char *) db);
  va_start (ap, db);
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &r.out, &r.err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  r.status = WEXITSTATUS (status);
  return r;
}

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = out_path ("report-cli.pdf");
  g_autofree char *bad = g_build_filename (f->dir, "bad.pdf", NULL);
  g_autofree char *junk = g_build_filename (f->dir, "junk.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autofree char *pages = NULL, *text = NULL;
  Result r;
  guint n;

  g_assert_nonnull (g_getenv ("MEDPLAN_CLI"));
  g_clear_object (&f->store);
  g_remove (pdf);

  r = run_cli (f->db, "report", "--period", "2025S1", "--unit", "VN-CT", "--out", pdf, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  n = pdf_pages (pdf, NULL);
  g_assert_cmpuint (n, >=, 1);
  pages = g_strdup_printf ("%u", n);
  g_assert_nonnull (strstr (r.out, pdf));
  g_assert_nonnull (strstr (r.out, pages));
  result_clear (&r);
  text = pdf_text (pdf, 0, 0);
  g_assert_nonnull (strstr (text, "Cần Thơ"));

  /* Bad input: 1, the message names the period or the unit; no file. */
  r = run_cli (f->db, "report", "--period", "2025S3", "--out", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "2025S3"));
  result_clear (&r);
  r = run_cli (f->db, "report", "--period", "2025", "--unit", "VN-XX", "--out", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "VN-XX"));
  result_clear (&r);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  /* Usage: 2. */
  r = run_cli (f->db, "report", "--out", bad, NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run_cli (f->db, "report", "--period", "2025", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run_cli (f->db, "report", "--period", "2025", "--out", "x.png", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  /* Database unusable: 3. */
  g_assert_true (g_file_set_contents (junk, "this is not a database, just some text to fill a page ......", -1, NULL));
  r = run_cli (junk, "report", "--period", "2025", "--out", bad, NULL);
  g_assert_cmpint (r.status, ==, 3);
  result_clear (&r);
  r = run_cli (missing, "report", "--period", "2025", "--out", bad, NULL);
  g_assert_cmpint (r.status, ==, 3);
  result_clear (&r);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR") ? g_getenv ("MEDPLAN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add ("/report/sample", Fixture, NULL, fixture_setup, test_sample, fixture_teardown);
  g_test_add ("/report/long", Fixture, NULL, fixture_setup, test_long, fixture_teardown);
  g_test_add ("/report/periods", Fixture, NULL, fixture_setup, test_periods, fixture_teardown);
  g_test_add ("/report/status-changes", Fixture, NULL, fixture_setup, test_status_changes, fixture_teardown);
  g_test_add ("/report/bad-input", Fixture, NULL, fixture_setup, test_bad_input, fixture_teardown);
  g_test_add ("/report/cancel", Fixture, NULL, fixture_setup, test_cancel, fixture_teardown);
  g_test_add ("/report/threads", Fixture, NULL, fixture_setup, test_threads, fixture_teardown);
  g_test_add ("/report/cancel-midway", Fixture, NULL, fixture_setup, test_cancel_midway, fixture_teardown);
  g_test_add ("/report/cli", Fixture, NULL, fixture_setup, test_cli, fixture_teardown);
  return g_test_run ();
}
