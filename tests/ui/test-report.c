/* test-report.c — the report dialog in the running application, on the
 * sample database:
 *
 *  - win.report opens it for the unit the window shows (Cần Thơ) and the
 *    current half-year; the preview has one page view per page of the
 *    report, and the window title is the report's;
 *  - choosing another unit and period makes the report again;
 *  - Save as PDF (from the flow after the file chooser, which cannot be
 *    driven headlessly) writes, in a worker thread while the main loop
 *    runs, a PDF that pdfinfo reads with the same number of A4 pages and
 *    whose text (pdftotext) names the unit; a folder that does not exist
 *    gives a toast and no file;
 *  - printing goes through GtkPrintOperation (exported to a PDF file, the
 *    way a "Print to File" printer does) and gives the same pages;
 *  - a screenshot of the dialog is kept;
 *  - on a database without units the dialog says so.
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "mp-report-dialog.h"
#include "mp-report-page-view.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"
#include "mp-window.h"

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* What a command prints, or NULL when it fails. */
static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return NULL;
  return g_steal_pointer (&out);
}

static guint
pdf_pages (const char *path,
           gboolean   *a4)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  const char *pages;

  g_assert_nonnull (info);
  *a4 = strstr (info, "(A4)") != NULL;
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };

  return run_tool (argv);
}

static guint
count_page_views (MpReportDialog *dialog)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (mp_report_dialog_get_pages_box (dialog));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_assert_true (MP_IS_REPORT_PAGE_VIEW (child));
      g_assert_cmpuint (mp_report_page_view_get_page (MP_REPORT_PAGE_VIEW (child)), ==, n);
      n++;
    }
  return n;
}

static MpReportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (MP_IS_REPORT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return MP_REPORT_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
dialog_idle (gpointer data)
{
  return !mp_report_dialog_is_busy (data);
}

static guint
position_of (MpReportDialog *dialog,
             AdwComboRow    *row,
             const char     *code)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (mp_report_dialog_get_code (dialog, row, i), code) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* The periods offered: the current half-year first, then back in time. */
static void
check_periods (MpReportDialog *dialog)
{
  AdwComboRow *row = mp_report_dialog_get_period_row (dialog);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  g_autofree char *current = g_strdup_printf ("%d%s", year, g_date_time_get_month (now) > 6 ? "S2" : "S1");
  g_autofree char *last_year = g_strdup_printf ("%d", year - 1);

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpstr (mp_report_dialog_get_code (dialog, row, 0), ==, current);
  g_assert_cmpuint (position_of (dialog, row, last_year), !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (position_of (dialog, row, "2025S1"), !=, GTK_INVALID_LIST_POSITION);
}

static void
check_report (MpApplication *app,
              gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  MpReportDialog *dialog;
  MpReport *report;
  AdwComboRow *unit_row;
  g_autofree char *pdf = tmp_path ("report.pdf");
  g_autofree char *printed = tmp_path ("printed.pdf");
  g_autofree char *nowhere = g_build_filename (tmp_dir, "no-such-folder", "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages, first_n;
  gboolean a4 = FALSE;

  mp_ui_test_spin_for (200);
  g_assert_cmpstr (mp_window_get_unit (window), ==, "VN-CT");

  /* win.report opens the dialog on the window's unit. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "report", NULL);
  g_assert_true (mp_ui_test_spin_until (dialog_shown, NULL));
  dialog = find_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  unit_row = mp_report_dialog_get_unit_row (dialog);
  g_assert_cmpstr (mp_report_dialog_get_code (dialog, unit_row, adw_combo_row_get_selected (unit_row)), ==, "VN-CT");
  check_periods (dialog);
  g_assert_cmpstr (mp_report_dialog_get_state (dialog), ==, "preview");
  report = mp_report_dialog_get_report (dialog);
  g_assert_nonnull (report);
  g_assert_cmpstr (mp_report_get_unit (report), ==, "VN-CT");
  n_pages = mp_report_get_n_pages (report);
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (count_page_views (dialog), ==, n_pages);
  title = mp_report_get_title (report);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, title);
  g_assert_nonnull (strstr (title, "Cần Thơ"));
  mp_ui_test_spin_for (300);
  shot = mp_ui_test_screenshot (GTK_WIDGET (dialog), "report-dialog");

  /* Another period and unit make the report again. */
  adw_combo_row_set_selected (mp_report_dialog_get_period_row (dialog),
                              position_of (dialog, mp_report_dialog_get_period_row (dialog), "2025S1"));
  report = mp_report_dialog_get_report (dialog);
  g_assert_cmpstr (mp_report_get_period (report), ==, "2025S1");
  adw_combo_row_set_selected (unit_row, position_of (dialog, unit_row, "VN"));
  report = mp_report_dialog_get_report (dialog);
  g_assert_cmpstr (mp_report_get_unit (report), ==, "VN");
  g_assert_cmpuint (count_page_views (dialog), ==, mp_report_get_n_pages (report));
  adw_combo_row_set_selected (unit_row, position_of (dialog, unit_row, "VN-CT"));
  report = mp_report_dialog_get_report (dialog);
  first_n = mp_report_get_n_pages (report);

  /* Save as PDF: written in a thread; the same pages, A4, the unit named. */
  mp_report_dialog_save_to (dialog, pdf);
  g_assert_true (mp_report_dialog_is_busy (dialog));
  g_assert_cmpstr (mp_report_dialog_get_state (dialog), ==, "saving");
  g_assert_true (mp_ui_test_spin_until (dialog_idle, dialog));
  g_assert_cmpstr (mp_report_dialog_get_state (dialog), ==, "preview");
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (pdf_pages (pdf, &a4), ==, first_n);
  g_assert_true (a4);
  text = pdf_text (pdf);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Cần Thơ"));

  /* A folder that does not exist: no file, the dialog stays usable. */
  mp_report_dialog_save_to (dialog, nowhere);
  g_assert_true (mp_ui_test_spin_until (dialog_idle, dialog));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (mp_report_dialog_get_state (dialog), ==, "preview");

  /* Printing draws the same pages through GtkPrintOperation. */
  g_assert_cmpint (mp_report_dialog_print (dialog, GTK_PRINT_OPERATION_ACTION_EXPORT, printed, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (printed, &a4), ==, first_n);
  g_free (text);
  text = pdf_text (printed);
  g_assert_nonnull (strstr (text, "Cần Thơ"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  mp_ui_test_spin_for (50);
}

/* A database without units: the dialog says so, and offers neither Save
 * nor Print. */
static void
check_empty (MpApplication *app,
             gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  MpReportDialog *dialog;

  mp_ui_test_spin_for (100);
  g_action_group_activate_action (G_ACTION_GROUP (window), "report", NULL);
  g_assert_true (mp_ui_test_spin_until (dialog_shown, NULL));
  dialog = find_dialog ();
  g_assert_cmpstr (mp_report_dialog_get_state (dialog), ==, "error");
  g_assert_null (mp_report_dialog_get_report (dialog));
  g_assert_cmpstr (mp_report_dialog_get_error (dialog), ==, _("The database holds no unit to report on."));
  g_assert_cmpuint (count_page_views (dialog), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  mp_ui_test_spin_for (50);
}

static void
test_empty (void)
{
  g_autofree char *path = tmp_path ("empty.db");
  const char *argv[] = { "medplan", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_clear_object (&store);
  mp_ui_test_run_app (argv, check_empty, NULL);
}

static void
test_report (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_report, NULL);
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  tmp_dir = mp_ui_test_init (&argc, &argv, "report", "db", &has_display);
  if (has_display)
    {
      adw_init ();
      g_test_add_func ("/ui/report/preview-save-print", test_report);
      g_test_add_func ("/ui/report/empty-database", test_empty);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
