/* test-exchange.c — import and export in the running application, on the
 * sample database and real files:
 *
 *  - a native file with one observation changed: the check (a dry run in
 *    a thread) shows "updated 1" in its summary and writes nothing; Import
 *    writes it and the Overview shows the new value;
 *  - broken files (truncated XML, an unknown indicator): the problems with
 *    FILE:LINE:, no Import button, the database unchanged;
 *  - 200,000 observations: the main loop keeps running during the check,
 *    the progress bar moves, Cancel during the import leaves the database
 *    as it was;
 *  - dropping a file on the window opens the import dialog;
 *  - export in each format: the native file imports back with nothing
 *    added; ADX and DHIS2 have their root namespaces; a bad period is
 *    refused at its field; a table as CSV (a line per facility) and XLSX.
 *
 * The file choosers cannot be driven headlessly: the tests start from the
 * flows after them (mp_exchange_import_file, mp_export_dialog_export_to).
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "mp-exchange-actions.h"
#include "mp-exchange.h"
#include "mp-export-dialog.h"
#include "mp-import-dialog.h"
#include "mp-store.h"
#include "mp-target-row.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"
#include "mp-window.h"

#define N_BIG_UNITS      200
#define N_BIG_INDICATORS 20
#define N_BIG_YEARS      50
#define N_BIG            (N_BIG_UNITS * N_BIG_INDICATORS * N_BIG_YEARS)

static char *tmp_dir;

/* ---- Helpers ---- */

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* A checksum of what the database holds (every data table, in order). */
static char *
db_checksum (const char *db_path)
{
  static const char *tables[] = { "document", "unit", "unit_succession", "population", "indicator", "target",
                                  "observation", "facility", "staffing", "training", "transfer" };
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s", tables[t]);
      g_autoptr(GString) ordered = g_string_new (sql);
      sqlite3_stmt *stmt;

      /* Ordered by every column: the same rows give the same sum. */
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (ordered, "%s%d", c == 0 ? " ORDER BY " : ", ", c + 1);
      sqlite3_finalize (stmt);
      g_assert_cmpint (sqlite3_prepare_v2 (db, ordered->str, -1, &stmt, NULL), ==, SQLITE_OK);
      g_checksum_update (sum, (const guchar *) tables[t], -1);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const unsigned char *text = sqlite3_column_text (stmt, c);
            g_checksum_update (sum, text ? text : (const guchar *) "\x01NULL", -1);
            g_checksum_update (sum, (const guchar *) "|", 1);
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_strdup (g_checksum_get_string (sum));
}

static double
db_double (const char *db_path,
           const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  double v;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = sqlite3_column_double (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

#define DOCTORS_CT_2025 \
  "SELECT o.value FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id" \
  " WHERE i.code = 'DOCTORS_PER_10K' AND u.code = 'VN-CT' AND o.period = '2025'"

static void
write_text (const char *path,
            const char *text,
            gssize      len)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, len, &error));
  g_assert_no_error (error);
}

/* Replaces the one occurrence of `from` in `text`. */
static char *
replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, from));
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* The 1-based line of the first occurrence of `needle`. */
static int
line_of (const char *text,
         const char *needle)
{
  const char *at = strstr (text, needle);
  int line = 1;

  g_assert_nonnull (at);
  for (const char *p = text; p < at; p++)
    line += *p == '\n';
  return line;
}

/* A native file of N_BIG observations with their units and indicators. */
static void
write_big (const char *path)
{
  FILE *out = fopen (path, "w");

  g_assert_nonnull (out);
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\" exported=\"2026-11-22T05:00:00Z\">\n"
         "  <units>\n", out);
  for (int u = 0; u < N_BIG_UNITS; u++)
    fprintf (out, "    <unit code=\"BU-%04d\" level=\"province\"><name xml:lang=\"vi\">Tỉnh thử %d</name></unit>\n", u, u);
  fputs ("  </units>\n  <indicators>\n", out);
  for (int i = 0; i < N_BIG_INDICATORS; i++)
    fprintf (out, "    <indicator code=\"BENCH_%02d\" measure=\"per_10k\" direction=\"up\" decimals=\"1\">"
             "<name xml:lang=\"vi\">Chỉ số thử %d</name></indicator>\n", i, i);
  fputs ("  </indicators>\n  <observations>\n", out);
  for (int i = 0; i < N_BIG_INDICATORS; i++)
    for (int u = 0; u < N_BIG_UNITS; u++)
      for (int y = 0; y < N_BIG_YEARS; y++)
        fprintf (out, "    <observation indicator=\"BENCH_%02d\" unit=\"BU-%04d\" period=\"%d\" value=\"%d.5\""
                 " updated-at=\"2026-01-02T03:04:05Z\"/>\n", i, u, 2000 + y, (i * 7 + u * 3 + y) % 1000);
  fputs ("  </observations>\n</medplan>\n", out);
  g_assert_cmpint (fclose (out), ==, 0);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found)
        return found;
    }
  return NULL;
}

/* The text of every visible label under `widget`, one per line. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static const char *
grid_text (GtkGrid *grid,
           int      column,
           int      row)
{
  GtkWidget *child = gtk_grid_get_child_at (grid, column, row);

  g_assert_true (GTK_IS_LABEL (child));
  return gtk_label_get_text (GTK_LABEL (child));
}

/* The summary's counts of `table_label`: "added/updated/unchanged". */
static char *
summary_counts (MpImportDialog *dialog,
                const char     *table_label)
{
  GtkGrid *grid = GTK_GRID (find_descendant (mp_import_dialog_get_summary (dialog), GTK_TYPE_GRID));

  g_assert_nonnull (grid);
  for (int row = 1; gtk_grid_get_child_at (grid, 0, row) != NULL; row++)
    if (g_str_equal (grid_text (grid, 0, row), table_label))
      return g_strdup_printf ("%s/%s/%s", grid_text (grid, 1, row), grid_text (grid, 2, row), grid_text (grid, 3, row));
  return NULL;
}

/* What a click does (gtk_widget_activate() would click only after the
 * button's press animation). */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
import_not_checking (gpointer data)
{
  return g_strcmp0 (mp_import_dialog_get_state (data), "checking") != 0;
}

static gboolean
import_idle (gpointer data)
{
  return !mp_import_dialog_is_busy (data);
}

static gboolean
export_idle (gpointer data)
{
  return !mp_export_dialog_is_busy (data);
}

/* Spins the main loop until `cond` holds, for up to `seconds`. */
static gboolean
spin_until_long (gboolean (*cond) (gpointer),
                 gpointer  data,
                 int       seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!cond (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}

/* Opens the import dialog on `path` and waits for the check. */
static MpImportDialog *
check_file (MpWindow   *window,
            const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MpImportDialog *dialog = g_object_ref (mp_exchange_import_file (window, file));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (spin_until_long (import_not_checking, dialog, 60));
  g_assert_false (mp_import_dialog_is_busy (dialog));
  return dialog;
}

static void
close_import (MpImportDialog *dialog)
{
  click (mp_import_dialog_get_cancel_button (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
}

typedef struct {
  MpOverviewPage *page;
  const char     *text;
} RowWait;

/* Whether a row of the Overview says `text` in its subtitle. */
static gboolean
overview_shows (gpointer data)
{
  RowWait *w = data;

  for (guint i = 0; i < mp_overview_page_get_row_count (w->page); i++)
    {
      const char *subtitle = mp_target_row_get_subtitle (mp_overview_page_get_row (w->page, i));
      if (subtitle && strstr (subtitle, w->text))
        return TRUE;
    }
  return FALSE;
}

/* ---- Import: a changed value ---- */

static void
check_import_changed (MpWindow   *window,
                      const char *db_path,
                      const char *sample_xml)
{
  g_autofree char *path = tmp_path ("changed.xml");
  g_autofree char *changed = replace_once (sample_xml, "unit=\"VN-CT\" period=\"2025\" value=\"14.8\"",
                                             "unit=\"VN-CT\" period=\"2025\" value=\"16.2\"");
  g_autofree char *before = db_checksum (db_path);
  g_autofree char *after = NULL;
  g_autofree char *counts = NULL;
  g_autoptr(GString) labels = g_string_new (NULL);
  MpImportDialog *dialog;
  RowWait old_value = { mp_window_get_overview_page (window), "14,8" };
  RowWait new_value = { mp_window_get_overview_page (window), "16,2" };

  g_assert_true (overview_shows (&old_value));
  g_assert_false (overview_shows (&new_value));
  write_text (path, changed, -1);

  dialog = check_file (window, path);
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "summary");
  /* The summary: the format, and one observation updated, one unchanged. */
  collect_labels (mp_import_dialog_get_summary (dialog), labels);
  g_test_message ("Summary:\n%s", labels->str);
  g_assert_nonnull (strstr (labels->str, _("Medplan (native)")));
  counts = summary_counts (dialog, _("Observations"));
  g_assert_cmpstr (counts, ==, "0/1/1");
  g_clear_pointer (&counts, g_free);
  counts = summary_counts (dialog, _("Units"));
  g_assert_nonnull (counts);
  g_assert_true (g_str_has_prefix (counts, "0/0/"));
  g_assert_true (gtk_widget_get_visible (mp_import_dialog_get_import_button (dialog)));
  mp_ui_test_spin_for (300);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "import-summary"));

  /* The check wrote nothing. */
  after = db_checksum (db_path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpfloat_with_epsilon (db_double (db_path, DOCTORS_CT_2025), 14.8, 1e-9);

  /* Import: written, the dialog closes, the Overview shows the value. */
  click (mp_import_dialog_get_import_button (dialog));
  g_assert_true (spin_until_long (import_idle, dialog, 60));
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "done");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpfloat_with_epsilon (db_double (db_path, DOCTORS_CT_2025), 16.2, 1e-9);
  g_assert_true (mp_ui_test_spin_until (overview_shows, &new_value));
  g_object_unref (dialog);
}

/* ---- Import: broken files ---- */

static void
check_broken (MpWindow   *window,
              const char *db_path,
              const char *name,
              const char *text,
              gssize      len,
              int         line)
{
  g_autofree char *path = tmp_path (name);
  g_autofree char *before = db_checksum (db_path);
  g_autofree char *after = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GString) labels = g_string_new (NULL);
  MpImportDialog *dialog;

  write_text (path, text, len);
  dialog = check_file (window, path);
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "problems");
  g_assert_cmpuint (mp_import_report_get_n_errors (mp_import_dialog_get_report (dialog)), >, 0);
  collect_labels (mp_import_dialog_get_summary (dialog), labels);
  g_test_message ("Problems:\n%s", labels->str);
  /* FILE:LINE: of the problem. */
  where = line > 0 ? g_strdup_printf ("\n%s:%d:", name, line) : g_strdup_printf ("\n%s:", name);
  g_assert_nonnull (strstr (labels->str, where));
  g_assert_nonnull (strstr (labels->str, ": error: "));
  /* Only Close. */
  g_assert_false (gtk_widget_get_visible (mp_import_dialog_get_import_button (dialog)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (mp_import_dialog_get_cancel_button (dialog))), ==, _("_Close"));
  after = db_checksum (db_path);
  g_assert_cmpstr (after, ==, before);
  close_import (dialog);
}

/* ---- Import: a file that is not local, a database that is busy ---- */

static void
check_failures (MpWindow   *window,
                const char *db_path,
                const char *path)
{
  g_autoptr(GFile) remote = g_file_new_for_uri ("https://example.org/medplan.xml");
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autofree char *before = db_checksum (db_path);
  g_autofree char *after = NULL;
  MpImportDialog *dialog = g_object_ref (mp_exchange_import_file (window, remote));
  sqlite3 *db;

  /* Not on this computer: told at once, nothing to import. */
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "failed");
  g_assert_false (mp_import_dialog_is_busy (dialog));
  g_assert_false (gtk_widget_get_visible (mp_import_dialog_get_import_button (dialog)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (mp_import_dialog_get_cancel_button (dialog))), ==, _("_Close"));
  close_import (dialog);

  /* Another program writes to the database: the check cannot start its
   * transaction; the dialog says so. */
  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  dialog = check_file (window, path);
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "failed");
  collect_labels (GTK_WIDGET (dialog), labels);
  g_test_message ("Busy:\n%s", labels->str);
  g_assert_nonnull (strstr (labels->str, _("The Import Failed")));
  g_assert_false (gtk_widget_get_visible (mp_import_dialog_get_import_button (dialog)));
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  close_import (dialog);
  after = db_checksum (db_path);
  g_assert_cmpstr (after, ==, before);
}

/* ---- Import: a big file, the main loop, Cancel ---- */

typedef struct {
  guint           ticks;
  double          max_fraction;
  MpImportDialog *dialog;
} Ticker;

static gboolean
tick_cb (gpointer data)
{
  Ticker *t = data;

  t->ticks++;
  if (t->dialog && mp_import_dialog_is_busy (t->dialog))
    t->max_fraction = MAX (t->max_fraction, gtk_progress_bar_get_fraction (mp_import_dialog_get_progress_bar (t->dialog)));
  return G_SOURCE_CONTINUE;
}

static gboolean
import_moved (gpointer data)
{
  MpImportDialog *dialog = data;

  return !mp_import_dialog_is_busy (dialog) ||
         gtk_progress_bar_get_fraction (mp_import_dialog_get_progress_bar (dialog)) > 0.05;
}

static void
check_cancel_big (MpWindow   *window,
                  const char *db_path)
{
  g_autofree char *path = tmp_path ("big.xml");
  g_autofree char *before = db_checksum (db_path);
  g_autofree char *after = NULL;
  g_autofree char *counts = NULL;
  g_autoptr(GFile) file = NULL;
  MpImportDialog *dialog;
  Ticker ticker = { 0 };
  guint tick_id;
  gint64 start, elapsed_ms;
  guint ticks;

  write_big (path);
  file = g_file_new_for_path (path);

  /* The check: a timeout keeps ticking while the thread works. */
  tick_id = g_timeout_add (10, tick_cb, &ticker);
  start = g_get_monotonic_time ();
  dialog = g_object_ref (mp_exchange_import_file (window, file));
  ticker.dialog = dialog;
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "checking");
  g_assert_true (spin_until_long (import_not_checking, dialog, 100));
  elapsed_ms = (g_get_monotonic_time () - start) / 1000;
  g_test_message ("Checking %d observations: %" G_GINT64_FORMAT " ms, %u ticks, progress up to %.2f",
                  N_BIG, elapsed_ms, ticker.ticks, ticker.max_fraction);
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "summary");
  counts = summary_counts (dialog, _("Observations"));
  /* Counts are shown in the user's format ("200.000" in Vietnamese). */
  g_assert_nonnull (counts);
  g_assert_cmpuint (mp_import_report_get_counts (mp_import_dialog_get_report (dialog), MP_TABLE_OBSERVATION)->added, ==, N_BIG);
  /* The main loop ran: at least a tick every 100 ms on average. */
  g_assert_cmpuint (ticker.ticks, >=, (guint) (elapsed_ms / 100));
  g_assert_cmpfloat (ticker.max_fraction, >, 0.0);

  /* Import, then Cancel as soon as it has moved. */
  ticker.max_fraction = 0;
  ticks = ticker.ticks;
  click (mp_import_dialog_get_import_button (dialog));
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "importing");
  g_assert_true (spin_until_long (import_moved, dialog, 60));
  g_assert_true (mp_import_dialog_is_busy (dialog));
  click (mp_import_dialog_get_cancel_button (dialog));
  /* The dialog closes at once; the thread rolls back. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (spin_until_long (import_idle, dialog, 60));
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "cancelled");
  g_assert_cmpuint (ticker.ticks, >, ticks);
  after = db_checksum (db_path);
  g_assert_cmpstr (after, ==, before);
  ticker.dialog = NULL;
  g_object_unref (dialog);

  /* The window still answers. */
  ticks = ticker.ticks;
  mp_ui_test_spin_for (100);
  g_assert_cmpuint (ticker.ticks, >, ticks);

  /* Now the whole import, then an export of it: the progress bar moves
   * while the main loop runs. */
  dialog = check_file (window, path);
  click (mp_import_dialog_get_import_button (dialog));
  g_assert_true (spin_until_long (import_idle, dialog, 100));
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "done");
  g_object_unref (dialog);
  g_assert_cmpfloat (db_double (db_path, "SELECT count(*) FROM observation"), ==, N_BIG + 2);
  {
    g_autofree char *out = tmp_path ("big-export.xml");
    g_autoptr(GFile) out_file = g_file_new_for_path (out);
    MpExportDialog *export = g_object_ref (mp_export_dialog_new (window));
    double max_fraction = 0;

    gtk_window_present (GTK_WINDOW (export));
    ticks = ticker.ticks;
    g_assert_true (mp_export_dialog_export_to (export, out_file));
    while (mp_export_dialog_is_busy (export))
      {
        g_main_context_iteration (NULL, TRUE);
        if (mp_export_dialog_is_busy (export))
          max_fraction = MAX (max_fraction, gtk_progress_bar_get_fraction (mp_export_dialog_get_progress_bar (export)));
      }
    g_test_message ("Export: %u ticks, progress up to %.2f", ticker.ticks - ticks, max_fraction);
    g_assert_cmpstr (mp_export_dialog_get_state (export), ==, "done");
    g_assert_cmpfloat (max_fraction, >, 0.0);
    g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
    g_object_unref (export);
  }
  g_source_remove (tick_id);
}

/* ---- Drop ---- */

static MpImportDialog *
find_import_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (MP_IS_IMPORT_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return MP_IMPORT_DIALOG (w);
    }
  return NULL;
}

static void
check_drop (MpWindow   *window,
            const char *path)
{
  GtkDropTarget *target = mp_exchange_actions_get_drop_target (window);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  MpImportDialog *dialog;
  g_autofree char *counts = NULL;

  g_assert_nonnull (target);
  g_assert_null (find_import_dialog ());

  /* A hint while a file is dragged over the window. */
  {
    GdkDragAction action = 0;

    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "mp-drop-hover"));
    g_signal_emit_by_name (target, "enter", 10.0, 10.0, &action);
    g_assert_cmpint (action, ==, GDK_ACTION_COPY);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "mp-drop-hover"));
    g_signal_emit_by_name (target, "leave");
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "mp-drop-hover"));
    g_signal_emit_by_name (target, "enter", 10.0, 10.0, &action);
  }

  /* A GFile. */
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "mp-drop-hover"));
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  g_assert_true (spin_until_long (import_not_checking, dialog, 60));
  /* The changed file was imported already: nothing new in it. */
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "summary");
  counts = summary_counts (dialog, _("Observations"));
  g_assert_cmpstr (counts, ==, "0/0/2");
  close_import (dialog);
  g_assert_null (find_import_dialog ());

  /* A file list, as file managers send. */
  {
    GFile *files[] = { file };
    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, gdk_file_list_new_from_array (files, 1));
    g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
    g_value_unset (&value);
  }
  g_assert_true (accepted);
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  g_assert_true (spin_until_long (import_not_checking, dialog, 60));
  g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "summary");
  close_import (dialog);
}

/* ---- Export ---- */

static char *
root_namespace (const char *path)
{
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  xmlNodePtr root;
  char *ns;

  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_nonnull (root);
  ns = g_strdup (root->ns ? (const char *) root->ns->href : "");
  xmlFreeDoc (doc);
  return ns;
}

static void
export_with (MpWindow   *window,
             guint       format,
             const char *path)
{
  MpExportDialog *dialog = g_object_ref (mp_export_dialog_new (window));
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_window_present (GTK_WINDOW (dialog));
  adw_combo_row_set_selected (mp_export_dialog_get_format_row (dialog), format);
  g_assert_true (mp_export_dialog_export_to (dialog, file));
  g_assert_cmpstr (mp_export_dialog_get_state (dialog), ==, "exporting");
  g_assert_true (spin_until_long (export_idle, dialog, 60));
  g_assert_cmpstr (mp_export_dialog_get_state (dialog), ==, "done");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_object_unref (dialog);
}

static void
check_export (MpWindow   *window,
              const char *db_path)
{
  g_autofree char *native = tmp_path ("export.xml");
  g_autofree char *adx = tmp_path ("export-adx.xml");
  g_autofree char *dhis2 = tmp_path ("export-dhis2.xml");
  g_autofree char *ns = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(MpImportReport) report = mp_import_report_new ("export.xml");
  MpCounts total;

  /* The native file reads back into the same database: nothing added,
   * nothing updated. */
  export_with (window, 0, native);
  ns = root_namespace (native);
  g_assert_cmpstr (ns, ==, MP_NS_NATIVE);
  g_clear_pointer (&ns, g_free);
  store = mp_store_open (db_path, MP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (mp_store_import (store, native, MP_FORMAT_AUTO, TRUE, report, NULL, &error));
  g_assert_no_error (error);
  total = mp_import_report_get_total (report);
  g_assert_cmpuint (total.added, ==, 0);
  g_assert_cmpuint (total.updated, ==, 0);
  g_assert_cmpuint (total.unchanged, >, 0);
  g_assert_cmpuint (mp_import_report_get_counts (report, MP_TABLE_OBSERVATION)->unchanged, ==, 2);

  export_with (window, 1, adx);
  ns = root_namespace (adx);
  g_assert_cmpstr (ns, ==, MP_NS_ADX);
  g_clear_pointer (&ns, g_free);
  export_with (window, 2, dhis2);
  ns = root_namespace (dhis2);
  g_assert_cmpstr (ns, ==, MP_NS_DHIS2);

  /* A period Medplan does not model is refused at its field; a unit
   * narrows the file. */
  {
    MpExportDialog *dialog = g_object_ref (mp_export_dialog_new (window));
    g_autofree char *unit_path = tmp_path ("export-unit.xml");
    g_autoptr(GFile) file = g_file_new_for_path (unit_path);
    AdwComboRow *units = mp_export_dialog_get_unit_row (dialog);
    g_autofree char *contents = NULL;
    guint ct = G_MAXUINT;

    gtk_window_present (GTK_WINDOW (dialog));
    g_assert_null (mp_export_dialog_get_error (dialog));
    gtk_editable_set_text (GTK_EDITABLE (mp_export_dialog_get_period_row (dialog)), "2025X");
    g_assert_false (mp_export_dialog_export_to (dialog, file));
    g_assert_nonnull (mp_export_dialog_get_error (dialog));
    g_assert_nonnull (strstr (mp_export_dialog_get_error (dialog), "2025X"));
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (mp_export_dialog_get_period_row (dialog)), "error"));
    g_assert_cmpstr (mp_export_dialog_get_state (dialog), ==, "form");
    g_assert_false (g_file_test (unit_path, G_FILE_TEST_EXISTS));

    gtk_editable_set_text (GTK_EDITABLE (mp_export_dialog_get_period_row (dialog)), "2025");
    g_assert_null (mp_export_dialog_get_error (dialog));
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (mp_export_dialog_get_period_row (dialog)), "error"));
    g_assert_null (mp_export_dialog_get_unit_code (dialog, 0));
    for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (units)); i++)
      if (g_strcmp0 (mp_export_dialog_get_unit_code (dialog, i), "VN-CT") == 0)
        ct = i;
    g_assert_cmpuint (ct, !=, G_MAXUINT);
    adw_combo_row_set_selected (units, ct);
    mp_ui_test_spin_for (300);
    g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "export-dialog"));
    g_assert_true (mp_export_dialog_export_to (dialog, file));
    g_assert_true (spin_until_long (export_idle, dialog, 60));
    g_assert_cmpstr (mp_export_dialog_get_state (dialog), ==, "done");
    g_assert_true (g_file_get_contents (unit_path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "unit=\"VN-CT\""));
    /* Less than everything. */
    {
      g_autofree char *all = NULL;
      gsize all_len;

      g_assert_true (g_file_get_contents (native, &all, &all_len, NULL));
      g_assert_cmpuint (strlen (contents), <, all_len);
    }
    g_object_unref (dialog);
  }
}

/* A table as a spreadsheet: the table row shows (the period row goes),
 * the facilities of the sample land in a CSV with a header row and one
 * line each, and in an XLSX (a zip archive: "PK"). */
static void
check_export_tables (MpWindow *window)
{
  MpExportDialog *dialog = g_object_ref (mp_export_dialog_new (window));
  g_autofree char *csv = tmp_path ("facilities.csv");
  g_autofree char *xlsx = tmp_path ("facilities.xlsx");
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines = 0;

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (mp_export_dialog_get_table_row (dialog))));
  adw_combo_row_set_selected (mp_export_dialog_get_format_row (dialog), 4);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (mp_export_dialog_get_table_row (dialog))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (mp_export_dialog_get_period_row (dialog))));
  /* Opened over the Overview: the targets, by unit. */
  g_assert_cmpuint (adw_combo_row_get_selected (mp_export_dialog_get_table_row (dialog)), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (mp_export_dialog_get_unit_row (dialog))));
  adw_combo_row_set_selected (mp_export_dialog_get_table_row (dialog), 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (mp_export_dialog_get_unit_row (dialog))));
  mp_ui_test_spin_for (200);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "export-dialog-table"));
  g_assert_true (mp_export_dialog_export_to (dialog, csv_file));
  g_assert_true (spin_until_long (export_idle, dialog, 60));
  g_assert_cmpstr (mp_export_dialog_get_state (dialog), ==, "done");
  g_object_unref (dialog);

  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      n_lines++;
  g_assert_cmpuint (n_lines, ==, 1 + 21);
  g_assert_nonnull (strstr (contents, "Chợ Rẫy"));

  dialog = g_object_ref (mp_export_dialog_new (window));
  gtk_window_present (GTK_WINDOW (dialog));
  adw_combo_row_set_selected (mp_export_dialog_get_format_row (dialog), 3);
  adw_combo_row_set_selected (mp_export_dialog_get_table_row (dialog), 1);
  {
    g_autoptr(GFile) xlsx_file = g_file_new_for_path (xlsx);
    g_autofree char *zip = NULL;
    gsize len = 0;

    g_assert_true (mp_export_dialog_export_to (dialog, xlsx_file));
    g_assert_true (spin_until_long (export_idle, dialog, 60));
    g_assert_cmpstr (mp_export_dialog_get_state (dialog), ==, "done");
    g_assert_true (g_file_get_contents (xlsx, &zip, &len, NULL));
    g_assert_cmpuint (len, >, 4);
    g_assert_true (memcmp (zip, "PK", 2) == 0);
  }
  g_object_unref (dialog);
}

/* ---- The whole run ---- */

static void
check_exchange (MpApplication *app,
                gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  g_autofree char *db_path = NULL;
  g_autofree char *sample = tmp_path ("sample.xml");
  g_autofree char *changed = tmp_path ("changed.xml");
  g_autofree char *sample_xml = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) accels = NULL;
  gsize len;

  g_assert_null (mp_window_get_error_message (window));
  db_path = g_strdup (mp_store_get_path (mp_window_get_store (window)));

  /* The actions and their shortcuts. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "import"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.import");
  g_assert_cmpstr (accels[0], ==, "<Control>i");
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.export");
  g_assert_cmpstr (accels[0], ==, "<Control>e");

  /* The sample as a native file, written by the core. */
  g_assert_true (mp_store_export (mp_window_get_store (window), sample, MP_FORMAT_NATIVE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (sample, &sample_xml, &len, NULL));

  check_import_changed (window, db_path, sample_xml);

  /* Truncated: not well-formed, at the end of the file. */
  check_broken (window, db_path, "truncated.xml", sample_xml, (gssize) (len / 2), 0);
  /* An unknown indicator, at the line of its observation. */
  {
    g_autofree char *unknown = replace_once (sample_xml, "<observation indicator=\"DOCTORS_PER_10K\"",
                                             "<observation indicator=\"NO_SUCH_INDICATOR\"");
    check_broken (window, db_path, "unknown.xml", unknown, -1, line_of (unknown, "NO_SUCH_INDICATOR"));
  }

  /* More problems than are listed: the rest are counted. */
  {
    g_autoptr(GString) many = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                            "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
                                            "  <observations>\n");
    g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more problem",
                                                          "… and %u more problems", 10), 10);
    g_autofree char *many_path = tmp_path ("many.xml");
    g_autoptr(GString) labels = g_string_new (NULL);
    MpImportDialog *dialog;

    for (int i = 0; i < MP_IMPORT_MAX_MESSAGES + 10; i++)
      g_string_append_printf (many, "    <observation indicator=\"NO_%d\" unit=\"VN-CT\" period=\"2025\" value=\"1\"/>\n", i);
    g_string_append (many, "  </observations>\n</medplan>\n");
    write_text (many_path, many->str, -1);
    dialog = check_file (window, many_path);
    g_assert_cmpstr (mp_import_dialog_get_state (dialog), ==, "problems");
    collect_labels (mp_import_dialog_get_summary (dialog), labels);
    g_assert_nonnull (strstr (labels->str, "many.xml:4:"));
    g_assert_nonnull (strstr (labels->str, "many.xml:53:"));
    g_assert_null (strstr (labels->str, "many.xml:54:"));
    g_assert_nonnull (strstr (labels->str, more));
    close_import (dialog);
  }

  check_failures (window, db_path, changed);
  check_drop (window, changed);
  check_export (window, db_path);
  check_export_tables (window);
  check_cancel_big (window, db_path);
}

static void
test_exchange (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_exchange, NULL);
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  tmp_dir = mp_ui_test_init (&argc, &argv, "exchange", "db", &has_display);
  if (has_display)
    {
      adw_init ();
      g_test_add_func ("/ui/exchange/import-export", test_exchange);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
