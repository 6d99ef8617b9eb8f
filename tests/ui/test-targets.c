/* test-targets.c — the Targets page in the running application, on the
 * sample database: the indicators with targets of Cần Thơ, the milestones
 * of the doctors per 10,000, adding, editing and deleting a value through
 * the dialog's widgets (and what the database and the statuses say after
 * each), invalid input, undo, a target of another unit; on a copy with
 * staffing and population, a computed value that cannot be edited. Also
 * renders the window to targets.png in the build folder.
 *
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1 (CI),
 * where a missing display fails. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "mp-application.h"
#include "mp-chart-view.h"
#include "mp-edit.h"
#include "mp-error.h"
#include "mp-observation-dialog.h"
#include "mp-store.h"
#include "mp-targets-page.h"
#include "mp-window.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"

static char *tmp_dir;

/* Whether numbers are written the Vietnamese way here (as the app does). */
static gboolean
vi_numbers (void)
{
  g_autofree char *text = mp_format_value (1.5, 1);
  return g_str_equal (text, "1,5");
}

/* A number as the user types it: "15,6" in Vietnamese, "15.6" in English. */
static const char *
typed (const char *vi, const char *en)
{
  return vi_numbers () ? vi : en;
}

/* ---- Helpers on the running application ---- */

static sqlite3 *
open_db (MpWindow *window)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (mp_store_get_path (mp_window_get_store (window)), &db,
                                    SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  return db;
}

/* The value stored for DOCTORS_PER_10K, VN-CT, `period`; NAN when none. */
static double
stored_value (MpWindow   *window,
              const char *period)
{
  sqlite3 *db = open_db (window);
  sqlite3_stmt *stmt = NULL;
  double value = NAN;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT o.value FROM observation o "
                                       "JOIN indicator i ON i.id = o.indicator_id "
                                       "JOIN unit u ON u.id = o.unit_id "
                                       "WHERE i.code = 'DOCTORS_PER_10K' AND u.code = 'VN-CT' AND o.period = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_double (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static gint64
count_observations (MpWindow *window)
{
  sqlite3 *db = open_db (window);
  gint64 n = mp_test_query_int (db, "SELECT count(*) FROM observation");

  sqlite3_close (db);
  return n;
}

/* The status the core gives the 2030 target of the doctors in Cần Thơ. */
static MpStatus
doctors_status (MpWindow *window,
                gint64   *target_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) targets = mp_store_list_targets (mp_window_get_store (window), "VN-CT", 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);

      if (g_str_equal (ts->indicator, "DOCTORS_PER_10K") && ts->year == 2030)
        {
          if (target_id)
            *target_id = ts->target_id;
          return ts->status;
        }
    }
  g_assert_not_reached ();
}

/* The text of the first label with CSS class "status" under `widget`. */
static const char *
status_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "status"))
    return gtk_label_get_label (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = status_text (child);
      if (text != NULL)
        return text;
    }
  return NULL;
}

/* The button under `widget` with `action` as its action. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first chart view under `widget` (the trend), or NULL. */
static MpChartView *
first_chart_view (GtkWidget *widget)
{
  if (MP_IS_CHART_VIEW (widget))
    return MP_CHART_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      MpChartView *found = first_chart_view (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The button under `widget` showing the icon `icon`. */
static GtkWidget *
find_button_named (GtkWidget  *widget,
                   const char *icon)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_named (child, icon);
      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct {
  MpChartView *view;
  guint        renders;
} RenderWait;

static gboolean
rendered_again (gpointer data)
{
  RenderWait *wait = data;
  return mp_chart_view_get_renders (wait->view) > wait->renders;
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window; /* the toplevel list keeps it */
    }
  return NULL;
}

static gboolean
dialog_is_open (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
dialog_is_gone (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

static MpObservationDialog *
wait_for_dialog (void)
{
  g_assert_true (mp_ui_test_spin_until (dialog_is_open, GSIZE_TO_POINTER (MP_TYPE_OBSERVATION_DIALOG)));
  return MP_OBSERVATION_DIALOG (find_toplevel (MP_TYPE_OBSERVATION_DIALOG));
}

/* Types into the dialog's rows (NULL: leave) and clicks Save. */
static void
fill_and_save (MpObservationDialog *dialog,
               const char          *period,
               const char          *value,
               const char          *comment)
{
  if (period)
    gtk_editable_set_text (GTK_EDITABLE (mp_observation_dialog_get_period_row (dialog)), period);
  if (value)
    gtk_editable_set_text (GTK_EDITABLE (mp_observation_dialog_get_value_row (dialog)), value);
  if (comment)
    gtk_editable_set_text (GTK_EDITABLE (mp_observation_dialog_get_comment_row (dialog)), comment);
  /* As a click does (activating a button waits for its animation). */
  g_signal_emit_by_name (mp_observation_dialog_get_save_button (dialog), "clicked");
  mp_ui_test_spin_for (50);
}

/* The row of `period` in the observations table, or NULL. */
static MpObservationItem *
observation_row (MpTargetsPage *page,
                 const char    *period)
{
  GListModel *model = mp_observations_view_get_model (mp_targets_page_get_observations_view (page));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MpObservationItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (mp_observation_item_get_period (item), period))
        return item; /* the model keeps it */
    }
  return NULL;
}

static GtkListBoxRow *
indicator_row (MpTargetsPage *page,
               const char    *indicator)
{
  GtkListBox *list = mp_targets_page_get_list_box (page);

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "indicator"), indicator) == 0)
        return row;
    }
  return NULL;
}

/* Selects the doctors per 10,000 in the list, as a click does. */
static void
select_doctors (MpTargetsPage *page)
{
  GtkListBoxRow *row = indicator_row (page, "DOCTORS_PER_10K");

  g_assert_nonnull (row);
  gtk_list_box_select_row (mp_targets_page_get_list_box (page), row);
  gtk_widget_activate (GTK_WIDGET (row));
  mp_ui_test_spin_for (100);
  g_assert_cmpstr (mp_targets_page_get_selected_indicator (page), ==, "DOCTORS_PER_10K");
}

/* The status badge of the first milestone (the 2030 target). */
static const char *
milestone_status (MpTargetsPage *page)
{
  return status_text (GTK_WIDGET (gtk_list_box_get_row_at_index (mp_targets_page_get_milestones (page), 0)));
}

/* ---- The sample ---- */

static void
check_list (MpWindow      *window,
            MpTargetsPage *page)
{
  sqlite3 *db = open_db (window);
  gint64 n_indicators = mp_test_query_int (db,
    "SELECT count(DISTINCT t.indicator_id) FROM target t JOIN unit u ON u.id = t.unit_id WHERE u.code = 'VN-CT'");
  gint64 n_milestones = mp_test_query_int (db,
    "SELECT count(*) FROM target t JOIN unit u ON u.id = t.unit_id "
    "JOIN indicator i ON i.id = t.indicator_id WHERE u.code = 'VN-CT' AND i.code = 'DOCTORS_PER_10K'");
  gint64 first_year = mp_test_query_int (db,
    "SELECT min(year) FROM target t JOIN unit u ON u.id = t.unit_id "
    "JOIN indicator i ON i.id = t.indicator_id WHERE u.code = 'VN-CT' AND i.code = 'DOCTORS_PER_10K'");
  g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, first_year);
  MpObservationItem *item;
  GtkListBoxRow *milestone;

  sqlite3_close (db);

  /* Cần Thơ's indicators that have targets, one row each; none selected. */
  g_assert_cmpstr (mp_targets_page_get_unit (page), ==, "VN-CT");
  g_assert_cmpint (n_indicators, >, 1);
  g_assert_cmpuint (mp_targets_page_get_row_count (page), ==, n_indicators);
  g_assert_cmpint (mp_targets_page_get_selected_target (page), ==, 0);

  /* The search narrows the list, by name or code. */
  gtk_widget_activate_action (GTK_WIDGET (page), "page.search", NULL);
  gtk_editable_set_text (mp_targets_page_get_search (page), "doctors_per");
  mp_ui_test_spin_for (400); /* the entry waits a moment after typing */
  g_assert_cmpuint (mp_targets_page_get_row_count (page), ==, 1);
  gtk_editable_set_text (mp_targets_page_get_search (page), "");
  mp_ui_test_spin_for (400);
  g_assert_cmpuint (mp_targets_page_get_row_count (page), ==, n_indicators);

  /* The doctors: the milestones are its targets in the database. */
  select_doctors (page);
  g_assert_cmpint (mp_targets_page_get_selected_target (page), !=, 0);
  g_assert_cmpint (n_milestones, >=, 1);
  for (gint64 i = 0; i < n_milestones; i++)
    g_assert_nonnull (gtk_list_box_get_row_at_index (mp_targets_page_get_milestones (page), i));
  g_assert_null (gtk_list_box_get_row_at_index (mp_targets_page_get_milestones (page), n_milestones));
  milestone = gtk_list_box_get_row_at_index (mp_targets_page_get_milestones (page), 0);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (milestone)), year));
  g_assert_cmpstr (milestone_status (page), ==, mp_status_label (doctors_status (window, NULL)));

  /* The observations: 2025 = 14,8, entered. */
  item = observation_row (page, "2025");
  g_assert_nonnull (item);
  g_assert_true (mp_observation_item_is_typed (item));
  g_assert_true (g_str_has_prefix (mp_observation_item_get_value_text (item), typed ("14,8", "14.8")));
  g_assert_cmpstr (mp_observation_item_get_formula_text (item), ==, "");
}

static void
check_editing (MpWindow      *window,
               MpTargetsPage *page)
{
  MpObservationsView *view = mp_targets_page_get_observations_view (page);
  MpChartView *chart = NULL;
  MpObservationDialog *dialog;
  MpObservationItem *item;
  gint64 n_before;
  guint renders;
  gint64 target_id = 0;

  chart = first_chart_view (GTK_WIDGET (page));
  g_assert_nonnull (chart);
  g_assert_nonnull (mp_chart_view_get_chart (chart));
  renders = mp_chart_view_get_renders (chart);
  g_assert_cmpint (doctors_status (window, &target_id), ==, MP_STATUS_NO_DATA);
  g_assert_true (isnan (stored_value (window, "2026")));

  /* Add 2026 = 15,6 through the dialog: a typed row, the database, and the
   * status of DESIGN §5's example. */
  gtk_widget_activate_action (GTK_WIDGET (page), "targets.add-observation", NULL);
  dialog = wait_for_dialog ();
  fill_and_save (dialog, "2026", typed ("15,6", "15.6"), "Báo cáo của Sở Y tế");
  g_assert_true (mp_ui_test_spin_until (dialog_is_gone, GSIZE_TO_POINTER (MP_TYPE_OBSERVATION_DIALOG)));
  g_assert_cmpfloat (stored_value (window, "2026"), ==, 15.6);
  {
    sqlite3 *db = open_db (window);

    /* Typed in the application, with its comment. */
    g_assert_cmpint (mp_test_query_int (db, "SELECT count(*) FROM observation WHERE period = '2026' "
                                            "AND source = 'gui' AND comment = 'Báo cáo của Sở Y tế'"), ==, 1);
    sqlite3_close (db);
  }
  item = observation_row (page, "2026");
  g_assert_nonnull (item);
  g_assert_true (mp_observation_item_is_typed (item));
  g_assert_true (g_str_has_prefix (mp_observation_item_get_value_text (item), typed ("15,6", "15.6")));
  g_assert_cmpint (doctors_status (window, NULL), ==, MP_STATUS_AT_RISK);
  g_assert_cmpstr (milestone_status (page), ==, mp_status_label (MP_STATUS_AT_RISK));
  g_assert_cmpstr (status_text (GTK_WIDGET (indicator_row (page, "DOCTORS_PER_10K"))), ==,
                   mp_status_label (MP_STATUS_AT_RISK));
  /* The selection stays; the trend is drawn again with the new value. */
  g_assert_cmpstr (mp_targets_page_get_selected_indicator (page), ==, "DOCTORS_PER_10K");
  g_assert_cmpint (mp_targets_page_get_selected_target (page), ==, target_id);
  {
    RenderWait wait = { chart, renders };
    g_assert_true (mp_ui_test_spin_until (rendered_again, &wait));
  }

  /* The new row is the selected one; edit it to 16,0: on track. */
  item = mp_observations_view_get_selected (view);
  g_assert_nonnull (item);
  g_assert_cmpstr (mp_observation_item_get_period (item), ==, "2026");
  gtk_widget_activate_action (GTK_WIDGET (page), "targets.edit-observation", NULL);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mp_observation_dialog_get_period_row (dialog))), ==, "2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mp_observation_dialog_get_value_row (dialog))), ==,
                   typed ("15,6", "15.6"));
  fill_and_save (dialog, NULL, typed ("16,0", "16.0"), NULL);
  g_assert_true (mp_ui_test_spin_until (dialog_is_gone, GSIZE_TO_POINTER (MP_TYPE_OBSERVATION_DIALOG)));
  g_assert_cmpfloat (stored_value (window, "2026"), ==, 16.0);
  g_assert_cmpint (doctors_status (window, NULL), ==, MP_STATUS_ON_TRACK);
  g_assert_cmpstr (milestone_status (page), ==, mp_status_label (MP_STATUS_ON_TRACK));
  /* The edited row is still the selected one. */
  item = mp_observations_view_get_selected (view);
  g_assert_nonnull (item);
  g_assert_cmpstr (mp_observation_item_get_period (item), ==, "2026");

  mp_ui_test_spin_for (300);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (window), "targets"));

  /* Invalid period, then invalid value: the field is marked, the dialog
   * stays open, nothing is written. */
  n_before = count_observations (window);
  gtk_widget_activate_action (GTK_WIDGET (page), "targets.edit-observation", NULL);
  dialog = wait_for_dialog ();
  fill_and_save (dialog, "2026X", typed ("17,5", "17.5"), NULL);
  g_assert_cmpstr (mp_observation_dialog_get_error_field (dialog), ==, "period");
  g_assert_nonnull (mp_observation_dialog_get_error (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (mp_observation_dialog_get_period_row (dialog)), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  fill_and_save (dialog, "2026", "abc", NULL);
  g_assert_cmpstr (mp_observation_dialog_get_error_field (dialog), ==, "value");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (mp_observation_dialog_get_value_row (dialog)), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (mp_observation_dialog_get_period_row (dialog)), "error"));
  mp_ui_test_spin_for (300);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (dialog), "observation-dialog"));
  /* "15.6" is no Vietnamese number (nor "15,6" an English one). */
  fill_and_save (dialog, NULL, typed ("15.6", "15,6"), NULL);
  g_assert_cmpstr (mp_observation_dialog_get_error_field (dialog), ==, "value");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpfloat (stored_value (window, "2026"), ==, 16.0);
  g_assert_cmpint (count_observations (window), ==, n_before);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  g_assert_true (mp_ui_test_spin_until (dialog_is_gone, GSIZE_TO_POINTER (MP_TYPE_OBSERVATION_DIALOG)));
  g_assert_cmpfloat (stored_value (window, "2026"), ==, 16.0);

  /* Delete, after the confirmation: gone from the table and the database. */
  g_assert_true (mp_observations_view_select_period (view, "2026"));
  gtk_widget_activate_action (GTK_WIDGET (page), "targets.delete-observation", NULL);
  g_assert_true (mp_ui_test_spin_until (dialog_is_open, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  {
    AdwMessageDialog *confirm = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    /* Nothing is deleted before the answer; "delete" is the destructive one. */
    g_assert_cmpfloat (stored_value (window, "2026"), ==, 16.0);
    g_assert_cmpint (adw_message_dialog_get_response_appearance (confirm, "delete"), ==, ADW_RESPONSE_DESTRUCTIVE);
    /* What clicking "Delete" does: the response, and the dialog closes. */
    adw_message_dialog_response (confirm, "delete");
    gtk_window_close (GTK_WINDOW (confirm));
  }
  g_assert_true (mp_ui_test_spin_until (dialog_is_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  mp_ui_test_spin_for (50);
  g_assert_true (isnan (stored_value (window, "2026")));
  g_assert_null (observation_row (page, "2026"));
  g_assert_cmpint (count_observations (window), ==, n_before - 1);
  g_assert_cmpint (doctors_status (window, NULL), ==, MP_STATUS_NO_DATA);
  g_assert_cmpstr (milestone_status (page), ==, mp_status_label (MP_STATUS_NO_DATA));

  /* Undo brings it back, in the table too. */
  g_assert_true (mp_store_undo (mp_window_get_store (window), NULL));
  mp_ui_test_spin_for (50);
  g_assert_cmpfloat (stored_value (window, "2026"), ==, 16.0);
  g_assert_nonnull (observation_row (page, "2026"));
  g_assert_cmpstr (milestone_status (page), ==, mp_status_label (MP_STATUS_ON_TRACK));
}

/* A target of another unit switches the page to that unit. */
static void
check_other_unit (MpWindow      *window,
                  MpTargetsPage *page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) targets = mp_store_list_targets (mp_window_get_store (window), "PROVINCE-A", 0, &error);
  const MpTargetStatus *ts;

  g_assert_no_error (error);
  g_assert_cmpuint (targets->len, >, 0);
  ts = g_ptr_array_index (targets, targets->len - 1);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-target", g_variant_new_int64 (ts->target_id));
  mp_ui_test_spin_for (100);
  g_assert_cmpstr (mp_targets_page_get_unit (page), ==, "PROVINCE-A");
  g_assert_cmpint (mp_targets_page_get_selected_target (page), ==, ts->target_id);
  g_assert_cmpstr (mp_targets_page_get_selected_indicator (page), ==, ts->indicator);

  /* Back to Cần Thơ by its unit. */
  g_assert_true (mp_targets_page_set_unit (page, "VN-CT", &error));
  g_assert_no_error (error);
  g_assert_cmpint (mp_targets_page_get_selected_target (page), ==, 0);
  g_assert_false (mp_targets_page_set_unit (page, "NO-SUCH-UNIT", &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
}

/* Narrow, one pane at a time: the indicators, then the detail with a back
 * button; the page never asks for more than a phone's width. */
static void
check_narrow (MpWindow      *window,
              MpTargetsPage *page)
{
  AdwLeaflet *leaflet = mp_targets_page_get_leaflet (page);
  gint64 target_id = 0;
  int min_width;

  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 340);
  g_assert_false (adw_leaflet_get_folded (leaflet));

  gtk_window_set_default_size (GTK_WINDOW (window), 560, 800);
  mp_ui_test_spin_for (300);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  doctors_status (window, &target_id);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-target", g_variant_new_int64 (target_id));
  mp_ui_test_spin_for (400);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_free (mp_ui_test_screenshot (GTK_WIDGET (window), "targets-narrow"));
  g_signal_emit_by_name (find_button_named (GTK_WIDGET (page), "go-previous-symbolic"), "clicked");
  mp_ui_test_spin_for (400);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  mp_ui_test_spin_for (300);
  g_assert_false (adw_leaflet_get_folded (leaflet));
}

static void
check_sample (MpApplication *app,
              gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  MpTargetsPage *page = mp_window_get_targets_page (window);

  g_assert_null (mp_window_get_error_message (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("targets"));
  mp_ui_test_spin_for (200);

  check_list (window, page);
  check_editing (window, page);
  check_other_unit (window, page);
  check_narrow (window, page);
}

static void
test_sample (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_sample, NULL);
}

/* ---- A computed value ---- */

static void
check_computed (MpApplication *app,
                gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  MpTargetsPage *page = mp_window_get_targets_page (window);
  MpObservationsView *view = mp_targets_page_get_observations_view (page);
  g_autofree char *formula = g_strdup_printf ("%s / %s × %s", typed ("1.480", "1,480"),
                                              typed ("1.000.000", "1,000,000"),
                                              typed ("10.000", "10,000"));
  GtkWidget *edit, *delete;
  MpObservationItem *item;
  MpObservationDialog *dialog;

  g_assert_null (mp_window_get_error_message (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("targets"));
  mp_ui_test_spin_for (200);
  select_doctors (page);

  /* 2024 is computed from the staffing and the population: 14,8, with
   * what it is made of; it cannot be edited or deleted. */
  item = observation_row (page, "2024");
  g_assert_nonnull (item);
  g_assert_false (mp_observation_item_is_typed (item));
  g_assert_cmpfloat_with_epsilon (mp_observation_item_get_value (item), 14.8, 1e-9);
  g_assert_cmpstr (mp_observation_item_get_formula_text (item), ==, formula);
  g_assert_true (mp_observations_view_select_period (view, "2024"));
  mp_ui_test_spin_for (50);
  edit = find_button (GTK_WIDGET (page), "targets.edit-observation");
  delete = find_button (GTK_WIDGET (page), "targets.delete-observation");
  g_assert_nonnull (edit);
  g_assert_nonnull (delete);
  g_assert_false (gtk_widget_get_sensitive (edit));
  g_assert_false (gtk_widget_get_sensitive (delete));
  g_assert_nonnull (gtk_widget_get_tooltip_text (edit));
  g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (page), "targets.add-observation")));
  /* A typed row can be. */
  g_assert_true (mp_observations_view_select_period (view, "2025"));
  mp_ui_test_spin_for (50);
  g_assert_true (gtk_widget_get_sensitive (edit));

  /* A value typed for 2024 wins, and shows as typed. */
  gtk_widget_activate_action (GTK_WIDGET (page), "targets.add-observation", NULL);
  dialog = wait_for_dialog ();
  fill_and_save (dialog, "2024", typed ("14,5", "14.5"), NULL);
  g_assert_true (mp_ui_test_spin_until (dialog_is_gone, GSIZE_TO_POINTER (MP_TYPE_OBSERVATION_DIALOG)));
  item = observation_row (page, "2024");
  g_assert_nonnull (item);
  g_assert_true (mp_observation_item_is_typed (item));
  g_assert_cmpfloat (mp_observation_item_get_value (item), ==, 14.5);
}

static void
test_computed (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "computed.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);
  const char *argv[] = { "medplan", path, NULL };
  sqlite3 *db;

  g_assert_no_error (error);
  g_assert_true (mp_store_load_sample (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA foreign_keys = ON;"
                                 "INSERT INTO population (unit_id, year, persons) "
                                 "  SELECT id, 2024, 1000000 FROM unit WHERE code = 'VN-CT';"
                                 "INSERT INTO facility (code, name_vi, kind, unit_id) "
                                 "  SELECT 'VN-CT-BV-THU', 'Bệnh viện thử', 'hospital', id FROM unit WHERE code = 'VN-CT';"
                                 "INSERT INTO staffing (facility_id, year, category, headcount) "
                                 "  SELECT id, 2024, 'doctor', 1480 FROM facility WHERE code = 'VN-CT-BV-THU';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  mp_ui_test_run_app (argv, check_computed, NULL);
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  /* The application starts on a new database, which it fills with the
   * sample. */
  tmp_dir = mp_ui_test_init (&argc, &argv, "targets", "db", &has_display);
  if (has_display)
    {
      adw_init ();
      g_test_add_func ("/ui/targets/sample", test_sample);
      g_test_add_func ("/ui/targets/computed", test_computed);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
