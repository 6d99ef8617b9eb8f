/* test-facility-edit.c — editing facilities in the running application, on
 * the sample database, through the page's actions and the dialog's own
 * widgets: creating one with staffing, editing it, numbers the dialog
 * refuses, a duplicate code, deleting (with the confirmation) and undoing;
 * the staffing detail of a sample facility; a screenshot of the page.
 * Every change is checked in the table and in the SQLite file.
 *
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1 (CI),
 * where a missing display fails. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "mp-application.h"
#include "mp-edit.h"
#include "mp-facilities-page.h"
#include "mp-facility-detail.h"
#include "mp-error.h"
#include "mp-facility-dialog.h"
#include "mp-facility-item.h"
#include "mp-staffing-row.h"
#include "mp-store.h"
#include "mp-types.h"
#include "mp-window.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"

#define CODE "VN-CT-BV-THUNGHIEM"

static char *tmp_dir;

/* ---- Looking at the database ---- */

static gint64
query_int (MpWindow   *window,
           const char *sql)
{
  sqlite3 *db = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (mp_store_get_path (mp_window_get_store (window)), &db,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  value = mp_test_query_int (db, sql);
  sqlite3_close (db);
  return value;
}

static char *
query_text (MpWindow   *window,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (mp_store_get_path (mp_window_get_store (window)), &db,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static gint64
count_code (MpWindow   *window,
            const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM facility WHERE code = '%s'", code);
  return query_int (window, sql);
}

/* ---- Looking at the page ---- */

static MpFacilityItem *
find_item (MpFacilitiesPage *page,
           const char       *code)
{
  GListModel *model = mp_facilities_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MpFacilityItem) item = g_list_model_get_item (model, i);
      if (g_str_equal (mp_facility_item_get_code (item), code))
        return item; /* the model keeps it */
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_name)
{
  GtkWidget *child;

  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;
  for (child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name);
      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_labelled (GtkWidget  *widget,
               const char *label)
{
  GtkWidget *child;

  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_labelled (child, label);
      if (found)
        return found;
    }
  return NULL;
}

/* ---- Dialogs ---- */

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK keeps it */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window; /* GTK keeps it */
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

static gboolean
dialog_drawn (gpointer data)
{
  GtkWidget *dialog = find_toplevel (MP_TYPE_FACILITY_DIALOG);

  return dialog != NULL && gtk_widget_get_mapped (dialog) && gtk_widget_get_width (dialog) > 0;
}

static MpFacilityDialog *
open_dialog (MpFacilitiesPage *page,
             const char       *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
  g_assert_true (mp_ui_test_spin_until (dialog_drawn, NULL));
  mp_ui_test_spin_for (100);
  return find_toplevel (MP_TYPE_FACILITY_DIALOG);
}

static void
set_field (MpFacilityDialog *dialog,
           const char       *field,
           const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (mp_facility_dialog_get_field (dialog, field)), text);
}

static const char *
field_text (MpFacilityDialog *dialog,
            const char       *field)
{
  return gtk_editable_get_text (GTK_EDITABLE (mp_facility_dialog_get_field (dialog, field)));
}

/* Picks the entry `label` of a combo row. */
static void
pick (MpFacilityDialog *dialog,
      const char       *field,
      const char       *label)
{
  AdwComboRow *row = ADW_COMBO_ROW (mp_facility_dialog_get_field (dialog, field));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);
      if (g_str_equal (gtk_string_object_get_string (item), label))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  g_error ("No entry “%s” in %s", label, field);
}

static gboolean
field_has_error (MpFacilityDialog *dialog,
                 const char       *field)
{
  return gtk_widget_has_css_class (mp_facility_dialog_get_field (dialog, field), "error");
}

static void
click_save (MpFacilityDialog *dialog)
{
  /* As Enter or a click: the button shows it is pressed for a moment
   * (250 ms), then saves. */
  gtk_widget_activate (mp_facility_dialog_get_save_button (dialog));
  mp_ui_test_spin_for (350);
}

static gboolean
page_is_loaded (gpointer data)
{
  return mp_facilities_page_is_loaded (data);
}

/* The page reads the facilities again in a thread after each change. */
static void
wait_reloaded (MpFacilitiesPage *page)
{
  g_assert_true (mp_ui_test_spin_until (page_is_loaded, page));
}

static void
save_and_wait (MpFacilityDialog *dialog,
               MpFacilitiesPage *page)
{
  click_save (dialog);
  if (!mp_ui_test_spin_until (dialog_gone, GSIZE_TO_POINTER (MP_TYPE_FACILITY_DIALOG)))
    g_error ("The dialog stayed open: %s", mp_facility_dialog_get_error (dialog));
  wait_reloaded (page);
}

/* Saving is refused at `field`: the row is marked, a message is shown, the
 * dialog stays open. */
static void
assert_refused_at (MpFacilityDialog *dialog,
                   const char       *field)
{
  GtkWidget *focus;

  click_save (dialog);
  g_test_message ("Refused at %s: %s", field, mp_facility_dialog_get_error (dialog));
  g_assert_true (find_toplevel (MP_TYPE_FACILITY_DIALOG) == (gpointer) dialog);
  g_assert_true (field_has_error (dialog, field));
  /* The field is focused, to be corrected. */
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_nonnull (focus);
  g_assert_true (focus == mp_facility_dialog_get_field (dialog, field) ||
                 gtk_widget_is_ancestor (focus, mp_facility_dialog_get_field (dialog, field)));
  g_assert_nonnull (mp_facility_dialog_get_error (dialog));
  g_assert_cmpstr (mp_facility_dialog_get_error (dialog), !=, "");
}

static const char *
unit_name (MpWindow   *window,
           const char *code,
           GPtrArray  *units)
{
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *unit = g_ptr_array_index (units, i);
      if (g_str_equal (unit->code, code))
        return unit->name;
    }
  g_error ("No unit %s", code);
}

/* ---- The checks ---- */

static void
check_create (MpWindow         *window,
              MpFacilitiesPage *page)
{
  g_autoptr(GPtrArray) units = mp_store_list_units (mp_window_get_store (window), NULL);
  g_autofree char *beds_text = mp_format_value (1500, 0);   /* "1.500" */
  gint64 n_before = query_int (window, "SELECT count(*) FROM facility");
  guint n_rows = g_list_model_get_n_items (mp_facilities_page_get_model (page));
  MpFacilityDialog *dialog = open_dialog (page, "facilities.new");
  GtkWidget *row;
  g_autofree char *name = NULL;

  g_assert_nonnull (units);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, _("New Facility"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  /* Nothing invented for a new facility. */
  g_assert_cmpstr (field_text (dialog, "code"), ==, "");
  g_assert_cmpstr (field_text (dialog, "name_vi"), ==, "");
  g_assert_cmpstr (field_text (dialog, "beds"), ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (mp_facility_dialog_get_field (dialog, "unit"))), ==, 0);

  set_field (dialog, "code", CODE);
  set_field (dialog, "name_vi", "Bệnh viện Thử nghiệm");
  set_field (dialog, "name_en", "Test Hospital");
  pick (dialog, "kind", mp_facility_kind_label ("hospital"));
  pick (dialog, "klass", mp_facility_class_label ("II"));
  pick (dialog, "ownership", mp_facility_ownership_label ("public"));
  pick (dialog, "unit", unit_name (window, "VN-CT", units));
  set_field (dialog, "opened", "2019");

  /* Beds that are not a count: marked, the dialog stays, nothing written. */
  set_field (dialog, "beds", "abc");
  assert_refused_at (dialog, "beds");
  g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "facility-dialog-error"));
  g_assert_cmpint (count_code (window, CODE), ==, 0);
  set_field (dialog, "beds", "-3");
  assert_refused_at (dialog, "beds");
  g_assert_cmpint (count_code (window, CODE), ==, 0);
  set_field (dialog, "beds", "1,5 giường");
  assert_refused_at (dialog, "beds");
  g_assert_cmpint (query_int (window, "SELECT count(*) FROM facility"), ==, n_before);

  /* In the user's format: 1.500 in Vietnamese. */
  set_field (dialog, "beds", beds_text);
  row = mp_facility_dialog_add_staffing (dialog);
  gtk_editable_set_text (GTK_EDITABLE (mp_staffing_row_get_cell (MP_STAFFING_ROW (row), "year")), "2024");
  gtk_editable_set_text (GTK_EDITABLE (mp_staffing_row_get_cell (MP_STAFFING_ROW (row), "headcount")), "120");
  gtk_editable_set_text (GTK_EDITABLE (mp_staffing_row_get_cell (MP_STAFFING_ROW (row), "postgraduate")), "35");
  row = mp_facility_dialog_add_staffing (dialog);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (mp_staffing_row_get_cell (MP_STAFFING_ROW (row), "category")), 1);
  gtk_editable_set_text (GTK_EDITABLE (mp_staffing_row_get_cell (MP_STAFFING_ROW (row), "year")), "2024");
  gtk_editable_set_text (GTK_EDITABLE (mp_staffing_row_get_cell (MP_STAFFING_ROW (row), "headcount")), "x");
  /* A staffing count that is not a number is marked in its row. */
  click_save (dialog);
  g_assert_true (gtk_widget_has_css_class (mp_staffing_row_get_cell (MP_STAFFING_ROW (row), "headcount"), "error"));
  g_assert_false (field_has_error (dialog, "beds"));
  g_assert_cmpint (count_code (window, CODE), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (mp_staffing_row_get_cell (MP_STAFFING_ROW (row), "headcount")), "310");

  save_and_wait (dialog, page);
  g_assert_cmpint (count_code (window, CODE), ==, 1);
  g_assert_cmpint (query_int (window, "SELECT beds FROM facility WHERE code = '" CODE "'"), ==, 1500);
  name = query_text (window, "SELECT name_vi FROM facility WHERE code = '" CODE "'");
  g_assert_cmpstr (name, ==, "Bệnh viện Thử nghiệm");
  g_assert_cmpint (query_int (window, "SELECT s.headcount FROM staffing s JOIN facility f ON f.id = s.facility_id"
                                      " WHERE f.code = '" CODE "' AND s.year = 2024 AND s.category = 'doctor'"), ==, 120);
  g_assert_cmpint (query_int (window, "SELECT s.postgraduate FROM staffing s JOIN facility f ON f.id = s.facility_id"
                                      " WHERE f.code = '" CODE "' AND s.category = 'doctor'"), ==, 35);
  g_assert_cmpint (query_int (window, "SELECT s.headcount FROM staffing s JOIN facility f ON f.id = s.facility_id"
                                      " WHERE f.code = '" CODE "' AND s.category = 'nurse'"), ==, 310);

  /* The page reloaded itself and selected the new facility. */
  g_assert_cmpuint (g_list_model_get_n_items (mp_facilities_page_get_model (page)), ==, n_rows + 1);
  g_assert_nonnull (find_item (page, CODE));
  g_assert_cmpint (mp_facility_item_get_beds (find_item (page, CODE)), ==, 1500);
  g_assert_cmpint (mp_facility_item_get_doctors (find_item (page, CODE)), ==, 120);
  g_assert_cmpstr (mp_facilities_page_get_selected_code (page), ==, CODE);
}

static void
check_edit (MpWindow         *window,
            MpFacilitiesPage *page)
{
  g_autofree char *beds_shown = mp_format_value (1500, 0);
  g_autofree char *beds_text = mp_format_value (1620, 0);
  g_autofree char *name = NULL;
  MpFacilityDialog *dialog;

  g_assert_true (mp_facilities_page_select (page, CODE));
  dialog = open_dialog (page, "facilities.edit");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, _("Edit Facility"));
  g_assert_cmpstr (mp_facility_dialog_get_code (dialog), ==, CODE);
  g_assert_cmpstr (field_text (dialog, "code"), ==, CODE);
  g_assert_cmpstr (field_text (dialog, "beds"), ==, beds_shown);
  g_assert_cmpstr (field_text (dialog, "opened"), ==, "2019");

  g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "facility-dialog"));
  set_field (dialog, "beds", beds_text);
  set_field (dialog, "name_vi", "Bệnh viện Thử nghiệm Cần Thơ");
  save_and_wait (dialog, page);

  g_assert_cmpint (query_int (window, "SELECT beds FROM facility WHERE code = '" CODE "'"), ==, 1620);
  name = query_text (window, "SELECT name_vi FROM facility WHERE code = '" CODE "'");
  g_assert_cmpstr (name, ==, "Bệnh viện Thử nghiệm Cần Thơ");
  /* Staffing kept. */
  g_assert_cmpint (query_int (window, "SELECT count(*) FROM staffing s JOIN facility f ON f.id = s.facility_id"
                                      " WHERE f.code = '" CODE "'"), ==, 2);
  g_assert_cmpint (mp_facility_item_get_beds (find_item (page, CODE)), ==, 1620);
  g_assert_cmpstr (mp_facility_item_get_name (find_item (page, CODE)), ==, "Bệnh viện Thử nghiệm Cần Thơ");
  g_assert_cmpstr (mp_facilities_page_get_selected_code (page), ==, CODE);
}

static void
check_duplicate (MpWindow         *window,
                 MpFacilitiesPage *page)
{
  g_autoptr(GPtrArray) units = mp_store_list_units (mp_window_get_store (window), NULL);
  gint64 n_before = query_int (window, "SELECT count(*) FROM facility");
  g_autofree char *name = NULL;
  MpFacilityDialog *dialog = open_dialog (page, "facilities.new");

  set_field (dialog, "code", "VN-SG-BV-CHORAY");
  set_field (dialog, "name_vi", "Bệnh viện Trùng mã");
  pick (dialog, "kind", mp_facility_kind_label ("hospital"));
  pick (dialog, "unit", unit_name (window, "VN-CT", units));
  assert_refused_at (dialog, "code");
  g_assert_false (field_has_error (dialog, "name_vi"));
  g_assert_cmpint (query_int (window, "SELECT count(*) FROM facility"), ==, n_before);
  name = query_text (window, "SELECT name_vi FROM facility WHERE code = 'VN-SG-BV-CHORAY'");
  g_assert_cmpstr (name, ==, "Bệnh viện Chợ Rẫy");

  /* Cancel closes it; nothing written. */
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (mp_ui_test_spin_until (dialog_gone, GSIZE_TO_POINTER (MP_TYPE_FACILITY_DIALOG)));
  g_assert_cmpint (query_int (window, "SELECT count(*) FROM facility"), ==, n_before);

  /* Enter or a double click on a row opens it. */
  g_assert_true (mp_facilities_page_select (page, "VN-SG-BV-CHORAY"));
  g_signal_emit_by_name (mp_facilities_page_get_column_view (page), "activate",
                         gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (
                           gtk_column_view_get_model (mp_facilities_page_get_column_view (page)))));
  g_assert_true (mp_ui_test_spin_until (dialog_drawn, NULL));
  dialog = find_toplevel (MP_TYPE_FACILITY_DIALOG);
  g_assert_cmpstr (mp_facility_dialog_get_code (dialog), ==, "VN-SG-BV-CHORAY");
  g_assert_cmpstr (field_text (dialog, "name_vi"), ==, "Bệnh viện Chợ Rẫy");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (mp_ui_test_spin_until (dialog_gone, GSIZE_TO_POINTER (MP_TYPE_FACILITY_DIALOG)));
}

static void
check_delete_undo (MpWindow         *window,
                   MpFacilitiesPage *page)
{
  guint n_rows = g_list_model_get_n_items (mp_facilities_page_get_model (page));
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *confirm;
  g_autofree char *heading = NULL;

  g_assert_true (mp_facilities_page_select (page, CODE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.delete", NULL));
  g_assert_true (mp_ui_test_spin_until (dialog_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  confirm = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  heading = g_strdup_printf (_("Delete “%s”?"), "Bệnh viện Thử nghiệm Cần Thơ");
  g_assert_cmpstr (adw_message_dialog_get_heading (confirm), ==, heading);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (confirm, "delete"), ==, ADW_RESPONSE_DESTRUCTIVE);

  /* Cancelling keeps it. */
  g_assert_nonnull (find_labelled (GTK_WIDGET (confirm), _("_Cancel")));
  gtk_widget_activate (find_labelled (GTK_WIDGET (confirm), _("_Cancel")));
  g_assert_true (mp_ui_test_spin_until (dialog_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  g_assert_cmpint (count_code (window, CODE), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.delete", NULL));
  g_assert_true (mp_ui_test_spin_until (dialog_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  confirm = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (find_labelled (GTK_WIDGET (confirm), _("_Delete")));
  gtk_widget_activate (find_labelled (GTK_WIDGET (confirm), _("_Delete")));
  g_assert_true (mp_ui_test_spin_until (dialog_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  wait_reloaded (page);

  g_assert_cmpint (count_code (window, CODE), ==, 0);
  g_assert_cmpint (query_int (window, "SELECT count(*) FROM staffing WHERE facility_id NOT IN (SELECT id FROM facility)"), ==, 0);
  g_assert_null (find_item (page, CODE));
  g_assert_cmpuint (g_list_model_get_n_items (mp_facilities_page_get_model (page)), ==, n_rows - 1);
  g_assert_null (mp_facilities_page_get_selected_code (page));
  /* Nothing selected: editing and deleting are off. */
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (page), "facilities.edit")));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (page), "facilities.delete")));
  g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (page), "facilities.new")));

  /* Undo brings it back, with its staffing; the page reloads itself. Right
   * away, as a user pressing Ctrl+Z would: the window updates its toast in
   * place rather than replacing it while it slides in (libadwaita 1.2 frees
   * a toast dismissed mid-animation and then uses it). */
  g_assert_true (mp_store_undo (mp_window_get_store (window), &error));
  g_assert_no_error (error);
  /* The old list stays on screen until the new one is in. */
  g_assert_false (mp_facilities_page_is_loaded (page));
  g_assert_cmpstr (mp_facilities_page_get_state (page), ==, "list");
  wait_reloaded (page);
  g_assert_cmpint (count_code (window, CODE), ==, 1);
  g_assert_cmpint (query_int (window, "SELECT count(*) FROM staffing s JOIN facility f ON f.id = s.facility_id"
                                      " WHERE f.code = '" CODE "'"), ==, 2);
  g_assert_nonnull (find_item (page, CODE));
  g_assert_cmpint (mp_facility_item_get_beds (find_item (page, CODE)), ==, 1620);
  g_assert_cmpuint (g_list_model_get_n_items (mp_facilities_page_get_model (page)), ==, n_rows);
}

/* A facility that a transfer or a training programme refers to is not
 * deleted: the refusal is told, the facility stays in the table and the
 * file. */
static void
check_delete_refused (MpWindow         *window,
                      MpFacilitiesPage *page)
{
  g_autofree char *code = query_text (window,
                                      "SELECT code FROM facility WHERE id IN"
                                      " (SELECT to_facility_id FROM transfer UNION SELECT from_facility_id FROM transfer"
                                      "  UNION SELECT institution_id FROM training) ORDER BY code LIMIT 1");
  guint n_rows = g_list_model_get_n_items (mp_facilities_page_get_model (page));
  AdwMessageDialog *confirm;

  g_assert_nonnull (code);
  g_assert_true (mp_facilities_page_select (page, code));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "facilities.delete", NULL));
  g_assert_true (mp_ui_test_spin_until (dialog_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  confirm = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  gtk_widget_activate (find_labelled (GTK_WIDGET (confirm), _("_Delete")));
  g_assert_true (mp_ui_test_spin_until (dialog_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  mp_ui_test_spin_for (50);
  g_assert_cmpint (count_code (window, code), ==, 1);
  g_assert_nonnull (find_item (page, code));
  g_assert_cmpuint (g_list_model_get_n_items (mp_facilities_page_get_model (page)), ==, n_rows);
}

/* A facility with staffing (the sample has none of its own, so this is the
 * first one that has, here the one created above): the detail shows the
 * figures the database holds. */
static void
check_detail (MpWindow         *window,
              MpFacilitiesPage *page)
{
  g_autofree char *code = query_text (window,
                                      "SELECT f.code FROM staffing s JOIN facility f ON f.id = s.facility_id"
                                      " ORDER BY f.code, s.year, s.category LIMIT 1");
  g_autofree char *sql = NULL;
  g_autofree char *category = NULL;
  g_autofree char *table = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *headcount = NULL;
  gint64 year, count;

  g_assert_nonnull (code);
  sql = g_strdup_printf ("SELECT s.year FROM staffing s JOIN facility f ON f.id = s.facility_id"
                         " WHERE f.code = '%s' ORDER BY s.year, s.category LIMIT 1", code);
  year = query_int (window, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT s.category FROM staffing s JOIN facility f ON f.id = s.facility_id"
                         " WHERE f.code = '%s' ORDER BY s.year, s.category LIMIT 1", code);
  category = query_text (window, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT s.headcount FROM staffing s JOIN facility f ON f.id = s.facility_id"
                         " WHERE f.code = '%s' AND s.year = %" G_GINT64_FORMAT " AND s.category = '%s'",
                         code, year, category);
  count = query_int (window, sql);
  g_assert_cmpint (count, >=, 0);

  g_assert_true (mp_facilities_page_select (page, code));
  mp_ui_test_spin_for (300);
  table = mp_facility_detail_get_table_text (mp_facilities_page_get_detail (page));
  headcount = mp_format_value ((double) count, 0);
  expected = g_strdup_printf ("%s\t%s\t", mp_staffing_category_label (category), headcount);
  g_test_message ("Staffing of %s:\n%s", code, table);
  g_assert_true (g_str_has_prefix (table, _("Year")));
  g_assert_nonnull (strstr (table, expected));
  g_free (expected);
  expected = g_strdup_printf ("\n%" G_GINT64_FORMAT "\t", year);
  g_assert_nonnull (strstr (table, expected));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (mp_facilities_page_get_detail (page))));
  g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (page), "facilities.edit")));

  g_free (mp_ui_test_screenshot (GTK_WIDGET (window), "facilities"));
}

static void
check_search_action (MpWindow         *window,
                     MpFacilitiesPage *page)
{
  GtkWidget *focus;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.search", NULL));
  mp_ui_test_spin_for (50);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (mp_facilities_page_get_search (page)) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (mp_facilities_page_get_search (page))));
}

static void
check_editing (MpApplication *app,
               gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  MpFacilitiesPage *page = mp_window_get_facilities_page (window);

  /* The page loads when first asked for, in a thread. */
  g_assert_true (mp_ui_test_spin_until (page_is_loaded, page));
  g_assert_null (mp_window_get_error_message (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("facilities"));
  mp_ui_test_spin_for (200);
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "facilities");

  check_search_action (window, page);
  check_create (window, page);
  check_edit (window, page);
  check_duplicate (window, page);
  check_delete_undo (window, page);
  check_delete_refused (window, page);
  check_detail (window, page);
}

static void
test_editing (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_editing, NULL);
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  tmp_dir = mp_ui_test_init (&argc, &argv, "facility-edit", "db", &has_display);
  if (has_display)
    {
      adw_init ();
      g_test_add_func ("/ui/facility-edit/editing", test_editing);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
