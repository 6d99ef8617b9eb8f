/* test-training.c — the Training page in the running application, on the
 * sample database: it lists every training programme; a programme created
 * through the dialog's widgets shows in the list and the database; editing
 * its seats; invalid input (completed > enrolled, a bad date, "abc" seats)
 * is shown at its field and writes nothing; deleting after confirmation,
 * undoing; searching without diacritics and filtering by status. On an
 * empty database, the empty state and a programme saved through the store
 * showing at once. Also renders the window to screenshots/training.png
 * (and the dialog to training-dialog.png, training-dialog-error.png).
 *
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1 (CI),
 * where a missing display fails. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <sqlite3.h>

#include "mp-application.h"
#include "mp-edit.h"
#include "mp-store.h"
#include "mp-training-dialog.h"
#include "mp-training-item.h"
#include "mp-training-page.h"
#include "mp-window.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"

#define CODE "TEST-DT-2026"

static char *tmp_dir;

static gint64
db_int (MpWindow   *window,
        const char *sql)
{
  sqlite3 *db;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (mp_store_get_path (mp_window_get_store (window)), &db,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  value = mp_test_query_int (db, sql);
  sqlite3_close (db);
  return value;
}

static char *
db_text (MpWindow   *window,
         const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (mp_store_get_path (mp_window_get_store (window)), &db,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static MpTrainingItem *
find_item (MpTrainingPage *page,
           const char     *code)
{
  GListModel *model = mp_training_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MpTrainingItem) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (mp_training_item_get_code (item), code) == 0)
        return item; /* the model keeps it */
    }
  return NULL;
}

static void
set_field (MpTrainingDialog *dialog,
           const char       *field,
           const char       *text)
{
  GtkWidget *row = mp_training_dialog_get_field (dialog, field);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static MpTrainingDialog *
open_dialog (MpTrainingPage *page,
             const char     *action)
{
  MpTrainingDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
  dialog = mp_training_page_get_dialog (page);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  mp_ui_test_spin_for (50);
  return dialog;
}

/* Clicks the Save button. */
static void
save (MpTrainingPage   *page,
      MpTrainingDialog *dialog)
{
  GtkWidget *button = mp_training_dialog_get_save_button (dialog);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  mp_ui_test_spin_for (20);
}

/* Saving `dialog` succeeds: it closes. */
static void
save_ok (MpTrainingPage   *page,
         MpTrainingDialog *dialog)
{
  save (page, dialog);
  if (mp_training_page_get_dialog (page) != NULL)
    g_error ("Saving failed at %s: %s", mp_training_dialog_get_error_field (dialog),
             mp_training_dialog_get_error (dialog));
}

/* Saving `dialog` fails at `field`, which is marked; the dialog stays. */
static void
save_fails_at (MpTrainingPage   *page,
               MpTrainingDialog *dialog,
               const char       *field)
{
  save (page, dialog);
  g_assert_true (mp_training_page_get_dialog (page) == dialog);
  g_assert_cmpstr (mp_training_dialog_get_error_field (dialog), ==, field);
  g_assert_nonnull (mp_training_dialog_get_error (dialog));
  g_assert_true (gtk_widget_has_css_class (mp_training_dialog_get_field (dialog, field), "error"));
}

static void
search (MpTrainingPage *page,
        const char     *text)
{
  /* The entry tells a moment after the last keystroke. */
  gtk_editable_set_text (mp_training_page_get_search (page), text);
  mp_ui_test_spin_for (400);
}

static void
check_page (MpWindow *window)
{
  MpTrainingPage *page = mp_window_get_training_page (window);
  MpStore *store = mp_window_get_store (window);
  GListModel *model = mp_training_page_get_model (page);
  gint64 n = db_int (window, "SELECT count(*) FROM training");
  g_autoptr(GPtrArray) targets = mp_store_list_targets (store, "VN-CT", 2030, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *target_code = NULL;
  g_autofree char *text = NULL;
  const MpTargetStatus *target = NULL;
  MpTrainingDialog *dialog;
  MpTrainingItem *item;
  AdwMessageDialog *confirmation;
  gint64 changes;

  /* Every programme of the sample. */
  g_assert_cmpint (n, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (guint) n);
  g_assert_cmpstr (mp_training_page_get_state (page), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (mp_training_page_get_column_view (page))), ==, 14);

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("training"));
  mp_ui_test_spin_for (300);
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "training");

  /* Nothing selected: nothing to edit or delete. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "training.delete", NULL) &&
                  mp_training_page_get_confirmation (page) != NULL);

  /* A new programme, through the dialog's widgets. */
  g_assert_nonnull (targets);
  g_assert_cmpuint (targets->len, >, 0);
  target = g_ptr_array_index (targets, 0);
  target_code = target->document
    ? g_strdup_printf ("%s/%s/%d/%s", target->indicator, target->unit, target->year, target->document)
    : g_strdup_printf ("%s/%s/%d", target->indicator, target->unit, target->year);
  dialog = open_dialog (page, "training.new");
  set_field (dialog, "code", CODE);
  set_field (dialog, "title_vi", "Đào tạo bác sĩ chuyên khoa thử nghiệm");
  set_field (dialog, "title_en", "Test specialist training");
  set_field (dialog, "start", "01/09/2026");
  set_field (dialog, "end", "2028");
  set_field (dialog, "seats_planned", "30");
  set_field (dialog, "seats_enrolled", "20");
  set_field (dialog, "seats_completed", "12");
  set_field (dialog, "budget_vnd", "1.500.000");
  g_assert_true (mp_training_dialog_choose (dialog, "kind", "specialist_1"));
  g_assert_true (mp_training_dialog_choose (dialog, "institution", "VN-CT-DHYD"));
  g_assert_true (mp_training_dialog_choose (dialog, "target_indicator", target_code));
  g_assert_false (mp_training_dialog_choose (dialog, "institution", "NO-SUCH-FACILITY"));
  mp_ui_test_spin_for (300);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "training-dialog"));
  save_ok (page, dialog);
  g_assert_null (mp_training_page_get_dialog (page));
  g_assert_cmpint (db_int (window, "SELECT count(*) FROM training"), ==, n + 1);
  g_assert_cmpint (db_int (window, "SELECT seats_planned FROM training WHERE code = '" CODE "'"), ==, 30);
  g_assert_cmpint (db_int (window, "SELECT budget_vnd FROM training WHERE code = '" CODE "'"), ==, 1500000);
  g_assert_cmpint (db_int (window, "SELECT target_id IS NOT NULL FROM training WHERE code = '" CODE "'"), ==, 1);
  text = db_text (window, "SELECT start_date FROM training WHERE code = '" CODE "'");
  g_assert_cmpstr (text, ==, "2026-09-01");
  g_clear_pointer (&text, g_free);
  text = db_text (window, "SELECT end_date FROM training WHERE code = '" CODE "'");
  g_assert_cmpstr (text, ==, "2028");
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (guint) n + 1);
  item = find_item (page, CODE);
  g_assert_nonnull (item);
  g_assert_cmpstr (mp_training_item_get_title (item), ==, "Đào tạo bác sĩ chuyên khoa thử nghiệm");
  g_assert_cmpint (mp_training_item_get_seats_completed (item), ==, 12);
  g_assert_cmpfloat_with_epsilon (mp_training_item_get_progress (item), 0.4, 1e-9);
  g_assert_true (g_str_has_suffix (mp_training_item_get_target_label (item), " 2030"));
  g_assert_true (mp_training_item_get_target_status (item, NULL));
  /* The new row is selected. */
  g_assert_cmpstr (mp_training_page_get_selected (page), ==, CODE);

  /* Activating a row (Enter, double click) edits it. */
  {
    GListModel *shown = mp_training_page_get_model (page);
    guint last = g_list_model_get_n_items (shown) - 1;
    g_autoptr(MpTrainingItem) other = g_list_model_get_item (shown, last);

    g_signal_emit_by_name (mp_training_page_get_column_view (page), "activate", last);
    dialog = mp_training_page_get_dialog (page);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mp_training_dialog_get_field (dialog, "code"))), ==,
                     mp_training_item_get_code (other));
    gtk_window_close (GTK_WINDOW (dialog));
    mp_ui_test_spin_for (50);
    g_assert_null (mp_training_page_get_dialog (page));
    g_assert_true (mp_training_page_select (page, CODE));
  }

  /* Editing its seats; the dialog shows what was saved. */
  dialog = open_dialog (page, "training.edit");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (mp_training_dialog_get_field (dialog, "target_indicator"))), >, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (mp_training_dialog_get_field (dialog, "institution"))), >, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mp_training_dialog_get_field (dialog, "end"))), ==, "2028");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mp_training_dialog_get_field (dialog, "start"))), ==, "01/09/2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mp_training_dialog_get_field (dialog, "budget_vnd"))), ==, "1.500.000");
  set_field (dialog, "seats_enrolled", "25");
  set_field (dialog, "seats_completed", "15");
  save_ok (page, dialog);
  g_assert_null (mp_training_page_get_dialog (page));
  g_assert_cmpint (db_int (window, "SELECT seats_enrolled FROM training WHERE code = '" CODE "'"), ==, 25);
  g_assert_cmpint (db_int (window, "SELECT seats_completed FROM training WHERE code = '" CODE "'"), ==, 15);
  item = find_item (page, CODE);
  g_assert_cmpint (mp_training_item_get_seats_enrolled (item), ==, 25);
  g_assert_cmpfloat_with_epsilon (mp_training_item_get_progress (item), 0.5, 1e-9);
  g_assert_cmpstr (mp_training_page_get_selected (page), ==, CODE);
  /* A picture of the page, with the new programme's progress. */
  mp_ui_test_spin_for (300);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (window), "training"));

  /* Invalid input: shown at the field, nothing written. */
  changes = db_int (window, "SELECT count(*) FROM change_log");
  dialog = open_dialog (page, "training.edit");
  set_field (dialog, "seats_completed", "26");
  save_fails_at (page, dialog, "seats_completed");
  mp_ui_test_spin_for (300);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "training-dialog-error"));
  set_field (dialog, "seats_completed", "15");
  set_field (dialog, "start", "32/13/2026");
  save_fails_at (page, dialog, "start");
  set_field (dialog, "start", "2026");
  set_field (dialog, "seats_planned", "abc");
  save_fails_at (page, dialog, "seats_planned");
  set_field (dialog, "seats_planned", "14,5");
  save_fails_at (page, dialog, "seats_planned");
  set_field (dialog, "seats_planned", "30");
  set_field (dialog, "code", "has space");
  save_fails_at (page, dialog, "code");
  gtk_window_close (GTK_WINDOW (dialog));
  mp_ui_test_spin_for (50);
  g_assert_null (mp_training_page_get_dialog (page));
  g_assert_cmpint (db_int (window, "SELECT count(*) FROM change_log"), ==, changes);
  g_assert_cmpint (db_int (window, "SELECT seats_completed FROM training WHERE code = '" CODE "'"), ==, 15);
  text = db_text (window, "SELECT start_date FROM training WHERE code = '" CODE "'");
  g_assert_cmpstr (text, ==, "2026-09-01");
  g_clear_pointer (&text, g_free);

  /* Searching, without diacritics; by status. */
  search (page, "dao tao bac si chuyen khoa thu");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  search (page, "test-dt");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  search (page, "no such training");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (mp_training_page_get_state (page), ==, "no-match");
  search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (guint) n + 1);
  gtk_drop_down_set_selected (mp_training_page_get_status_dropdown (page), 1); /* planned */
  g_assert_cmpuint (g_list_model_get_n_items (model), <, (guint) n + 1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MpTrainingItem) it = g_list_model_get_item (model, i);
      g_assert_cmpstr (mp_training_item_get_status (it), ==, "planned");
    }
  g_assert_nonnull (find_item (page, CODE));
  gtk_drop_down_set_selected (mp_training_page_get_status_dropdown (page), 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (guint) n + 1);

  /* Deleting, after confirmation; cancelling keeps it. */
  g_assert_true (mp_training_page_select (page, CODE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "training.delete", NULL));
  confirmation = mp_training_page_get_confirmation (page);
  g_assert_nonnull (confirmation);
  adw_message_dialog_response (confirmation, "cancel");
  mp_ui_test_spin_for (50);
  g_assert_nonnull (find_item (page, CODE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "training.delete", NULL));
  confirmation = mp_training_page_get_confirmation (page);
  g_assert_nonnull (confirmation);
  adw_message_dialog_response (confirmation, "delete");
  mp_ui_test_spin_for (50);
  g_assert_null (find_item (page, CODE));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (guint) n);
  g_assert_cmpint (db_int (window, "SELECT count(*) FROM training WHERE code = '" CODE "'"), ==, 0);

  /* Undo brings it back, in the list too. */
  g_assert_true (mp_store_undo (store, &error));
  g_assert_no_error (error);
  mp_ui_test_spin_for (20);
  g_assert_cmpint (db_int (window, "SELECT seats_enrolled FROM training WHERE code = '" CODE "'"), ==, 25);
  item = find_item (page, CODE);
  g_assert_nonnull (item);
  g_assert_cmpint (mp_training_item_get_seats_enrolled (item), ==, 25);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (guint) n + 1);
  mp_ui_test_spin_for (100);
}

static void
check_training (MpApplication *app,
                gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);

  g_assert_null (mp_window_get_error_message (window));
  check_page (window);
}

static void
test_sample (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_training, NULL);
}

/* A database without programmes shows the empty state; one saved through
 * the store (not the page) shows at once, and goes with undo. */
static void
test_empty (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);
  g_autoptr(MpTraining) training = mp_training_new ();
  GtkWidget *window = gtk_window_new ();
  MpTrainingPage *page = g_object_new (MP_TYPE_TRAINING_PAGE, NULL);
  GListModel *model = mp_training_page_get_model (page);
  const char *field = NULL;

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (mp_training_page_load (page, store, &error));
  g_assert_no_error (error);
  mp_ui_test_spin_for (50);
  g_assert_cmpstr (mp_training_page_get_state (page), ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  training->code = g_strdup ("EMPTY-1");
  training->title_vi = g_strdup ("Bồi dưỡng ngoại ngữ");
  training->kind = g_strdup ("foreign_language");
  training->seats_planned = 10;
  g_assert_true (mp_store_save_training (store, NULL, training, &field, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (mp_training_page_get_state (page), ==, "list");
  g_assert_cmpstr (mp_training_page_get_selected (page), ==, "EMPTY-1");
  search (page, "boi duong");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  search (page, "");
  g_assert_true (mp_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (mp_training_page_get_state (page), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
  mp_ui_test_spin_for (50);
}

/* Dates as the list shows them; needs no display. */
static void
test_format_date (void)
{
  g_autofree char *a = mp_training_format_date ("2026-09-01");
  g_autofree char *b = mp_training_format_date ("2026");
  g_autofree char *c = mp_training_format_date (NULL);

  g_assert_cmpstr (a, ==, "01/09/2026");
  g_assert_cmpstr (b, ==, "2026");
  g_assert_cmpstr (c, ==, "");
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  tmp_dir = mp_ui_test_init (&argc, &argv, "training", "db", &has_display);
  g_test_add_func ("/ui/training/format-date", test_format_date);
  if (has_display)
    {
      adw_init ();
      g_test_add_func ("/ui/training/sample", test_sample);
      g_test_add_func ("/ui/training/empty", test_empty);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
