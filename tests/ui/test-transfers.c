/* test-transfers.c — the Transfers page in the running application, on the
 * sample database: the list and the network chart show every transfer;
 * search and the status filter; creating and editing one through the
 * dialog's widgets; the status lifecycle through transfers.set-status;
 * invalid input marked at its field with nothing written; deleting with
 * confirmation, and undo. Renders the window to transfers.png.
 *
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1 (CI),
 * where a missing display fails. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "mp-application.h"
#include "mp-chart-view.h"
#include "mp-edit.h"
#include "mp-store.h"
#include "mp-transfer-dialog.h"
#include "mp-transfer-item.h"
#include "mp-transfers-page.h"
#include "mp-window.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"

#define NEW_CODE "CT-TEST-STROKE"

static char *tmp_dir;

typedef struct {
  MpWindow        *window;
  MpTransfersPage *page;
  MpStore         *store;
  sqlite3         *db;       /* the same file, as SQLite sees it */
  gint64           n;        /* transfers in the sample */
} Fixture;

typedef struct {
  GListModel *model;
  guint       n;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *w = data;
  return g_list_model_get_n_items (w->model) == w->n;
}

static void
wait_for_count (MpTransfersPage *page,
                guint            n)
{
  CountWait w = { mp_transfers_page_get_model (page), n };

  if (!mp_ui_test_spin_until (count_is, &w))
    g_error ("The page shows %u transfers, not %u", g_list_model_get_n_items (w.model), n);
}

static void
search (MpTransfersPage *page,
        const char      *text,
        guint            n)
{
  gtk_editable_set_text (mp_transfers_page_get_search (page), text);
  wait_for_count (page, n);
}

static guint
position_of (MpTransfersPage *page,
             const char      *code)
{
  GListModel *model = mp_transfers_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MpTransferItem) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (mp_transfer_item_get_code (item), code) == 0)
        return i;
    }
  g_error ("%s is not listed", code);
}

static MpTransferItem *
find_item (MpTransfersPage *page,
           const char      *code)
{
  GListModel *model = mp_transfers_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MpTransferItem) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (mp_transfer_item_get_code (item), code) == 0)
        return item; /* the model keeps it */
    }
  return NULL;
}

static guint
n_links (MpTransfersPage *page)
{
  MpChart *chart = mp_chart_view_get_chart (mp_transfers_page_get_chart_view (page));

  g_assert_nonnull (chart);
  g_assert_cmpint (mp_chart_get_kind (chart), ==, MP_CHART_NETWORK);
  return mp_chart_get_network (chart)->links->len;
}

/* One transfer's row as text, to tell whether it changed. */
static char *
row_snapshot (Fixture    *f,
              const char *code)
{
  char *sql = sqlite3_mprintf ("SELECT quote(code) || quote(technique_vi) || quote(technique_en) "
                                          "|| quote(speciality) || quote(from_facility_id) || quote(from_unit_id) "
                                          "|| quote(to_facility_id) || quote(to_unit_id) || quote(kind) "
                                          "|| quote(start_date) || quote(end_date) || quote(status) "
                                          "|| quote(staff_trained) || quote(cases_done) || quote(note) "
                                          "FROM transfer WHERE code = %Q", code);
  sqlite3_stmt *stmt;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_free (sql);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gint64
query_int (Fixture    *f,
           const char *format,
           ...)
{
  va_list args;
  char *sql;
  gint64 value;

  va_start (args, format);
  sql = sqlite3_vmprintf (format, args);
  va_end (args);
  value = mp_test_query_int (f->db, sql);
  sqlite3_free (sql);
  return value;
}

static MpTransferDialog *
open_dialog (Fixture    *f,
             const char *action)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
  dialog = mp_transfers_page_get_dialog (f->page);
  g_assert_true (MP_IS_TRANSFER_DIALOG (dialog));
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));
  mp_ui_test_spin_for (100);
  return MP_TRANSFER_DIALOG (dialog);
}

static void
type_into (MpTransferDialog *dialog,
           const char       *field,
           const char       *text)
{
  GtkWidget *row = mp_transfer_dialog_get_row (dialog, field);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Chooses `code` in the drop-down of a side, as a user picks an entry. */
static void
pick (MpTransferDialog *dialog,
      const char       *field,
      const char       *code)
{
  GtkDropDown *dropdown = mp_transfer_dialog_get_dropdown (dialog, field);
  GListModel *choices = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    if (g_strcmp0 (mp_transfer_dialog_get_choice (dialog, field, i), code) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
  g_error ("%s is not offered for %s", code, field);
}

/* Lets the page redraw between changes. No long pause: changes follow one
 * another as fast as a user's clicks (the window's toast is updated in
 * place, never dismissed while it slides in). */
static void
settle (void)
{
  mp_ui_test_spin_for (20);
}

static gboolean
dialog_closed (gpointer data)
{
  return mp_transfers_page_get_dialog (data) == NULL;
}

/* Clicks Save; the dialog must close. */
static void
save (Fixture          *f,
      MpTransferDialog *dialog)
{
  gtk_widget_activate (mp_transfer_dialog_get_save_button (dialog));
  if (!mp_ui_test_spin_until (dialog_closed, f->page))
    g_error ("The dialog stayed open: %s: %s", mp_transfer_dialog_get_error_field (dialog),
             mp_transfer_dialog_get_error_message (dialog));
  settle ();
}

static gboolean
error_shown (gpointer data)
{
  return mp_transfer_dialog_get_error_message (data) != NULL;
}

/* Clicks Save with `field` wrong: the field is marked, the dialog stays,
 * nothing is written. */
static void
save_refused (Fixture          *f,
              MpTransferDialog *dialog,
              const char       *field)
{
  g_autofree char *before = row_snapshot (f, NEW_CODE);
  gint64 log_before = query_int (f, "SELECT count(*) FROM change_log");
  g_autofree char *after = NULL;
  GtkWidget *row = mp_transfer_dialog_get_row (dialog, field);

  /* As a pointer click does (gtk_widget_activate() clicks only when its
   * press animation ends). */
  g_signal_emit_by_name (mp_transfer_dialog_get_save_button (dialog), "clicked");
  g_assert_true (error_shown (dialog));
  mp_ui_test_spin_for (20);
  g_assert_true (mp_transfers_page_get_dialog (f->page) == GTK_WINDOW (dialog));
  g_test_message ("%s: %s", field, mp_transfer_dialog_get_error_message (dialog));
  g_assert_cmpstr (mp_transfer_dialog_get_error_field (dialog), ==, field);
  g_assert_nonnull (mp_transfer_dialog_get_error_message (dialog));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  after = row_snapshot (f, NEW_CODE);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM change_log"), ==, log_before);
}

static void
check_list (Fixture *f)
{
  GtkDropDown *status = mp_transfers_page_get_status_dropdown (f->page);
  guint n = (guint) f->n;

  /* Every transfer, in the list and in the network. */
  g_assert_cmpint (f->n, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mp_transfers_page_get_model (f->page)), ==, n);
  g_assert_cmpstr (mp_transfers_page_get_state (f->page), ==, "list");
  g_assert_cmpuint (n_links (f->page), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (mp_transfers_page_get_column_view (f->page))), ==, 10);

  /* Search by code: the three organ transplant roadmaps. */
  search (f->page, "qn-ghepTANG", 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(MpTransferItem) item = g_list_model_get_item (mp_transfers_page_get_model (f->page), i);
      g_assert_true (g_str_has_prefix (mp_transfer_item_get_code (item), "QN-GHEPTANG-"));
    }
  /* By sender, with or without diacritics: Chợ Rẫy sends one. */
  search (f->page, "CHỢ RẪY", 1);
  search (f->page, "cho ray", 1);
  /* By receiver: one goes to the Bãi Cháy hospital. */
  search (f->page, "BÃI CHÁY", 1);
  {
    g_autoptr(MpTransferItem) item = g_list_model_get_item (mp_transfers_page_get_model (f->page), 0);
    g_assert_cmpstr (mp_transfer_item_get_code (item), ==, "QN-GHEPTANG-BAICHAY");
    g_assert_nonnull (strstr (mp_transfer_item_get_receiver (item), "Bãi Cháy"));
    g_assert_null (mp_transfer_item_get_sender (item));
  }
  search (f->page, "no such transfer", 0);
  g_assert_cmpstr (mp_transfers_page_get_state (f->page), ==, "no-match");
  search (f->page, "", n);

  /* The status filter: every sample transfer is planned. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (status)); i++)
    if (g_strcmp0 (mp_transfers_page_get_status_choice (f->page, i), "training") == 0)
      gtk_drop_down_set_selected (status, i);
  wait_for_count (f->page, 0);
  g_assert_cmpstr (mp_transfers_page_get_state (f->page), ==, "no-match");
  gtk_drop_down_set_selected (status, 0);
  wait_for_count (f->page, n);
}

static void
check_create (Fixture *f)
{
  MpTransferDialog *dialog = open_dialog (f, "transfers.new");
  g_autofree char *thousands = mp_format_value (1000, 0);
  g_autofree char *staff = g_strdup_printf ("1%c500", thousands[1]);
  MpTransferItem *item;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, _("New Transfer"));
  type_into (dialog, "code", NEW_CODE);
  type_into (dialog, "technique_vi", "Can thiệp lấy huyết khối não");
  type_into (dialog, "technique_en", "Stroke thrombectomy");
  type_into (dialog, "speciality", "Thần kinh");
  pick (dialog, "from_facility", "VN-SG-BV-CHORAY");
  pick (dialog, "to_facility", "VN-CT-DHYD");
  g_assert_true (mp_transfer_dialog_choose (dialog, "kind", "technique"));
  type_into (dialog, "start", "01/03/2025");
  type_into (dialog, "end", "2027");
  type_into (dialog, "staff_trained", staff);
  type_into (dialog, "cases_done", "12");
  mp_ui_test_spin_for (100);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "transfer-dialog"));
  save (f, dialog);

  /* In the database as typed, dates stored the ISO way. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM transfer WHERE code = %Q AND staff_trained = 1500 "
                                 "AND cases_done = 12 AND start_date = '2025-03-01' AND end_date = '2027' "
                                 "AND status = 'planned' AND kind = 'technique' AND technique_en = 'Stroke thrombectomy' "
                                 "AND from_facility_id = (SELECT id FROM facility WHERE code = 'VN-SG-BV-CHORAY') "
                                 "AND to_facility_id = (SELECT id FROM facility WHERE code = 'VN-CT-DHYD')",
                             NEW_CODE), ==, 1);
  /* In the list, selected, and in the network. */
  wait_for_count (f->page, (guint) f->n + 1);
  item = find_item (f->page, NEW_CODE);
  g_assert_nonnull (item);
  g_assert_cmpint (mp_transfer_item_get_staff_trained (item), ==, 1500);
  g_assert_cmpstr (mp_transfer_item_get_start (item), ==, "2025-03-01");
  g_assert_cmpstr (mp_transfers_page_get_selected_code (f->page), ==, NEW_CODE);
  g_assert_cmpuint (n_links (f->page), ==, f->n + 1);
}

static void
check_edit (Fixture *f)
{
  MpTransferDialog *dialog = open_dialog (f, "transfers.edit");
  GtkWidget *start = mp_transfer_dialog_get_row (dialog, "start");

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, _("Edit Transfer"));
  /* The stored day shows as people write it. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "01/03/2025");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mp_transfer_dialog_get_row (dialog, "code"))), ==, NEW_CODE);
  type_into (dialog, "cases_done", "40");
  type_into (dialog, "note", "Ca đầu tiên tháng 3");
  save (f, dialog);

  g_assert_cmpint (query_int (f, "SELECT cases_done FROM transfer WHERE code = %Q", NEW_CODE), ==, 40);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM transfer WHERE code = %Q AND note = 'Ca đầu tiên tháng 3'",
                              NEW_CODE), ==, 1);
  g_assert_cmpint (mp_transfer_item_get_cases_done (find_item (f->page, NEW_CODE)), ==, 40);
  g_assert_cmpstr (mp_transfers_page_get_selected_code (f->page), ==, NEW_CODE);
}

static gboolean
menu_offers (GMenuModel *menu,
             const char *status)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);
      if (target && g_str_equal (g_variant_get_string (target, NULL), status))
        return TRUE;
    }
  return FALSE;
}

static GtkColumnViewColumn *
column_titled (GtkColumnView *view,
               const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      if (g_str_equal (gtk_column_view_column_get_title (column), title))
        return column;
    }
  g_error ("No column %s", title);
}

static void
check_status (Fixture *f)
{
  GMenuModel *menu = mp_transfers_page_get_status_menu (f->page);
  guint n_ct = (guint) query_int (f, "SELECT count(*) FROM transfer WHERE code LIKE 'CT-%%'");

  /* Planned may move to training, or stop; nothing else. */
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_assert_true (menu_offers (menu, "training"));
  g_assert_true (menu_offers (menu, "stopped"));
  g_assert_false (menu_offers (menu, "independent"));

  /* The search and the sorting stay as they were when the page reloads
   * after a change. */
  gtk_column_view_sort_by_column (mp_transfers_page_get_column_view (f->page),
                                  column_titled (mp_transfers_page_get_column_view (f->page), _("Code")),
                                  GTK_SORT_DESCENDING);
  search (f->page, "ct-", n_ct);
  g_assert_cmpstr (mp_transfers_page_get_selected_code (f->page), ==, NEW_CODE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "transfers.set-status", "s", "training"));
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (mp_transfers_page_get_model (f->page)), ==, n_ct);
  g_assert_cmpstr (gtk_editable_get_text (mp_transfers_page_get_search (f->page)), ==, "ct-");
  {
    g_autoptr(MpTransferItem) first = g_list_model_get_item (mp_transfers_page_get_model (f->page), 0);
    g_autoptr(MpTransferItem) last = g_list_model_get_item (mp_transfers_page_get_model (f->page), n_ct - 1);
    g_assert_cmpstr (mp_transfer_item_get_code (first), ==, NEW_CODE);
    g_assert_cmpstr (mp_transfer_item_get_code (last), ==, "CT-HOTRO-VUNG");
  }
  search (f->page, "", (guint) f->n + 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM transfer WHERE code = %Q AND status = 'training'",
                              NEW_CODE), ==, 1);
  g_assert_cmpstr (mp_transfer_item_get_status (find_item (f->page, NEW_CODE)), ==, "training");
  g_assert_cmpstr (mp_transfers_page_get_selected_code (f->page), ==, NEW_CODE);
  menu = mp_transfers_page_get_status_menu (f->page);
  g_assert_true (menu_offers (menu, "supervised"));
  g_assert_false (menu_offers (menu, "planned"));

  /* Back to planned is refused: told, and nothing written. */
  g_assert_null (mp_transfers_page_get_last_error (f->page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "transfers.set-status", "s", "planned"));
  settle ();
  g_assert_nonnull (mp_transfers_page_get_last_error (f->page));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM transfer WHERE code = %Q AND status = 'training'",
                              NEW_CODE), ==, 1);
  g_assert_cmpstr (mp_transfer_item_get_status (find_item (f->page, NEW_CODE)), ==, "training");
}

static void
check_invalid (Fixture *f)
{
  MpTransferDialog *dialog;
  guint position = position_of (f->page, NEW_CODE);

  /* Activating a row (double click, Enter) edits it. */
  g_assert_null (mp_transfers_page_get_dialog (f->page));
  g_signal_emit_by_name (mp_transfers_page_get_column_view (f->page), "activate", position);
  dialog = MP_TRANSFER_DIALOG (mp_transfers_page_get_dialog (f->page));
  g_assert_true (MP_IS_TRANSFER_DIALOG (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mp_transfer_dialog_get_row (dialog, "code"))), ==, NEW_CODE);

  /* The status offered: the current one and where it may go. */
  g_assert_cmpstr (mp_transfer_dialog_get_choice (dialog, "status", 0), ==, "training");
  g_assert_false (mp_transfer_dialog_choose (dialog, "status", "planned"));

  /* From a facility to itself. */
  pick (dialog, "to_facility", "VN-SG-BV-CHORAY");
  save_refused (f, dialog, "to_facility");
  pick (dialog, "to_facility", "VN-CT-DHYD");

  /* An end before the start. */
  type_into (dialog, "end", "2024");
  save_refused (f, dialog, "end");
  /* A day that does not exist. */
  type_into (dialog, "end", "31/02/2027");
  save_refused (f, dialog, "end");
  g_assert_false (gtk_widget_has_css_class (mp_transfer_dialog_get_row (dialog, "to_facility"), "error"));
  type_into (dialog, "end", "31/12/2027");

  /* Counts that are not whole numbers of zero or more. */
  type_into (dialog, "staff_trained", "abc");
  save_refused (f, dialog, "staff_trained");
  mp_ui_test_spin_for (100);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "transfer-dialog-error"));
  type_into (dialog, "staff_trained", "-3");
  save_refused (f, dialog, "staff_trained");
  type_into (dialog, "staff_trained", "2");
  type_into (dialog, "cases_done", "1,5.");
  save_refused (f, dialog, "cases_done");
  type_into (dialog, "cases_done", "40");

  /* A code in use, and no technique. */
  type_into (dialog, "code", "CT-LK-CHORAY");
  save_refused (f, dialog, "code");
  type_into (dialog, "code", NEW_CODE);
  type_into (dialog, "technique_vi", "  ");
  save_refused (f, dialog, "technique_vi");

  /* Cancel: closed, nothing written. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  g_assert_true (mp_ui_test_spin_until (dialog_closed, f->page));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM transfer WHERE code = %Q AND end_date = '2027' "
                                 "AND staff_trained = 1500", NEW_CODE), ==, 1);
}

static gboolean
confirmation_closed (gpointer data)
{
  return mp_transfers_page_get_confirmation (data) == NULL;
}

/* The button labelled `label` under `widget`. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks the confirmation's button labelled `label`. */
static void
answer (GtkWindow  *confirmation,
        const char *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (confirmation), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static void
check_delete (Fixture *f)
{
  GtkWindow *confirmation;
  g_autoptr(GError) error = NULL;

  /* Cancelled: kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "transfers.delete", NULL));
  confirmation = mp_transfers_page_get_confirmation (f->page);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (confirmation));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (confirmation), "delete"),
                   ==, ADW_RESPONSE_DESTRUCTIVE);
  answer (confirmation, _("_Cancel"));
  g_assert_true (mp_ui_test_spin_until (confirmation_closed, f->page));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM transfer WHERE code = %Q", NEW_CODE), ==, 1);

  /* Confirmed: gone from the database, the list and the network. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "transfers.delete", NULL));
  confirmation = mp_transfers_page_get_confirmation (f->page);
  answer (confirmation, _("_Delete"));
  g_assert_true (mp_ui_test_spin_until (confirmation_closed, f->page));
  settle ();
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM transfer WHERE code = %Q", NEW_CODE), ==, 0);
  wait_for_count (f->page, (guint) f->n);
  g_assert_null (find_item (f->page, NEW_CODE));
  g_assert_cmpuint (n_links (f->page), ==, f->n);

  /* Undo brings it back, as it was. */
  g_assert_true (mp_store_undo (f->store, &error));
  g_assert_no_error (error);
  settle ();
  wait_for_count (f->page, (guint) f->n + 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM transfer WHERE code = %Q AND status = 'training' "
                                 "AND cases_done = 40", NEW_CODE), ==, 1);
  g_assert_nonnull (find_item (f->page, NEW_CODE));
  g_assert_cmpuint (n_links (f->page), ==, f->n + 1);
}

static void
check_transfers (MpApplication *app,
                 gpointer       data)
{
  Fixture f = { 0 };
  g_autofree char *shot = NULL;

  f.window = mp_ui_test_wait_for_window (app);
  g_assert_null (mp_window_get_error_message (f.window));
  f.store = mp_window_get_store (f.window);
  f.page = mp_window_get_transfers_page (f.window);
  g_assert_true (MP_IS_TRANSFERS_PAGE (f.page));
  g_assert_cmpint (sqlite3_open_v2 (mp_store_get_path (f.store), &f.db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  f.n = mp_test_query_int (f.db, "SELECT count(*) FROM transfer");

  g_action_group_activate_action (G_ACTION_GROUP (f.window), "show-page", g_variant_new_string ("transfers"));
  mp_ui_test_spin_for (300);
  g_assert_cmpstr (mp_window_get_visible_page (f.window), ==, "transfers");
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (mp_transfers_page_get_chart_view (f.page))), >=, 300);

  /* The page fits a phone's width (the window's narrowest is 360 px). */
  {
    int min_width;

    gtk_widget_measure (GTK_WIDGET (f.page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
    g_test_message ("narrowest Transfers page: %d px", min_width);
    g_assert_cmpint (min_width, <=, 360);
  }

  check_list (&f);
  /* "page.search" focuses the search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.page), "page.search", NULL));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (mp_transfers_page_get_search (f.page))) ||
                 gtk_widget_get_focus_child (GTK_WIDGET (mp_transfers_page_get_search (f.page))) != NULL);

  check_create (&f);
  mp_ui_test_spin_for (200);
  shot = mp_ui_test_screenshot (GTK_WIDGET (f.window), "transfers");
  check_edit (&f);
  check_status (&f);
  check_invalid (&f);
  check_delete (&f);

  sqlite3_close (f.db);
}

static void
test_sample (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_transfers, NULL);
}

/* A database without transfers: the page says so, and offers to add one. */
static void
test_empty (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);
  GtkWidget *window = gtk_window_new ();
  MpTransfersPage *page = g_object_new (MP_TYPE_TRANSFERS_PAGE, NULL);

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  /* Before a store, nothing can be done. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "transfers.new", NULL) &&
                  mp_transfers_page_get_dialog (page) != NULL);
  g_assert_true (mp_transfers_page_load (page, store, &error));
  g_assert_no_error (error);
  mp_ui_test_spin_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (mp_transfers_page_get_model (page)), ==, 0);
  g_assert_cmpstr (mp_transfers_page_get_state (page), ==, "empty");
  g_assert_null (mp_transfers_page_get_selected_code (page));
  g_assert_null (mp_transfers_page_get_status_menu (page));
  /* Nothing selected: no edit, delete or status change. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "transfers.delete", NULL) == FALSE ||
                 mp_transfers_page_get_confirmation (page) == NULL);
  /* The new-transfer dialog opens on it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "transfers.new", NULL));
  g_assert_true (MP_IS_TRANSFER_DIALOG (mp_transfers_page_get_dialog (page)));
  gtk_window_destroy (mp_transfers_page_get_dialog (page));
  g_assert_null (mp_transfers_page_get_dialog (page));
  mp_ui_test_spin_for (50);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Dates as the list shows them; needs no display. */
static void
test_format_date (void)
{
  g_autofree char *day = mp_transfer_format_date ("2025-07-01");
  g_autofree char *year = mp_transfer_format_date ("2030");

  g_assert_cmpstr (day, ==, "01/07/2025");
  g_assert_cmpstr (year, ==, "2030");
  g_assert_null (mp_transfer_format_date (NULL));
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  /* The application starts on a new database, which it fills with the
   * sample. */
  tmp_dir = mp_ui_test_init (&argc, &argv, "transfers", "db", &has_display);
  g_test_add_func ("/ui/transfers/format-date", test_format_date);
  if (has_display)
    {
      adw_init ();
      g_test_add_func ("/ui/transfers/sample", test_sample);
      g_test_add_func ("/ui/transfers/empty", test_empty);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
