/* test-shell.c — the window around the pages: settings kept across runs,
 * the header bar (unit selector, primary menu), shortcuts, undo and redo
 * with their toasts, new and open database, recent databases, a 360 px
 * wide window, the English and Vietnamese interface, and labels for every
 * control. Runs the real application under a display. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mp-application.h"
#include "mp-edit.h"
#include "mp-error.h"
#include "mp-facility-detail.h"
#include "mp-facility-item.h"
#include "mp-preferences-window.h"
#include "mp-store.h"
#include "mp-window.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"

static char *tmp_dir;
static char *first_db_path;

static GSettings *
app_settings (MpApplication *app)
{
  GSettings *settings = mp_application_get_settings (app);

  g_assert_nonnull (settings); /* GSETTINGS_SCHEMA_DIR from tests/ui/meson.build */
  return settings;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
page_title (MpWindow   *window,
            const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (mp_window_get_overview_page (window)),
                                                                  ADW_TYPE_VIEW_STACK));
  GtkWidget *child = adw_view_stack_get_child_by_name (stack, name);

  return adw_view_stack_page_get_title (adw_view_stack_get_page (stack, child));
}

/* ---- Settings across two runs: size, last unit, recent databases ---- */

static void
check_settings_first (MpApplication *app,
                      gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  GSettings *settings = app_settings (app);
  g_auto(GStrv) recent = NULL;
  g_autofree char *last = NULL;
  int width, height;

  mp_ui_test_spin_for (100);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  /* The database opened is remembered. */
  recent = g_settings_get_strv (settings, "recent-databases");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  g_assert_cmpstr (recent[0], ==, first_db_path);
  last = g_settings_get_string (settings, "last-database");
  g_assert_cmpstr (last, ==, first_db_path);

  /* The unit of the header bar is the Overview's, and choosing another
   * shows it. */
  g_assert_cmpstr (mp_unit_selector_get_unit (mp_window_get_unit_selector (window)), ==, "VN-CT");
  g_assert_cmpuint (mp_unit_selector_get_n_units (mp_window_get_unit_selector (window)), ==, 7);
  g_action_group_activate_action (G_ACTION_GROUP (window), "select-unit", g_variant_new_string ("PROVINCE-A"));
  mp_ui_test_spin_for (50);
  g_assert_cmpstr (mp_overview_page_get_unit (mp_window_get_overview_page (window)), ==, "PROVINCE-A");
  g_assert_cmpstr (mp_unit_selector_get_unit (mp_window_get_unit_selector (window)), ==, "PROVINCE-A");
  g_assert_cmpstr (mp_targets_page_get_unit (mp_window_get_targets_page (window)), ==, "PROVINCE-A");

  /* So does choosing it in the drop-down, as a user's click would. */
  {
    GtkDropDown *drop_down = mp_unit_selector_get_drop_down (mp_window_get_unit_selector (window));
    guint n = g_list_model_get_n_items (gtk_drop_down_get_model (drop_down));
    guint hanoi = G_MAXUINT;

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GtkStringObject) item = g_list_model_get_item (gtk_drop_down_get_model (drop_down), i);
        if (strstr (gtk_string_object_get_string (item), "Hà Nội") != NULL)
          hanoi = i;
      }
    g_assert_cmpuint (hanoi, !=, G_MAXUINT);
    gtk_drop_down_set_selected (drop_down, hanoi);
    mp_ui_test_spin_for (50);
    g_assert_cmpstr (mp_overview_page_get_unit (mp_window_get_overview_page (window)), ==, "VN-HN");
    g_assert_cmpstr (mp_targets_page_get_unit (mp_window_get_targets_page (window)), ==, "VN-HN");
  }
  g_action_group_activate_action (G_ACTION_GROUP (window), "select-unit", g_variant_new_string ("PROVINCE-A"));
  mp_ui_test_spin_for (50);
  g_assert_cmpstr (mp_overview_page_get_unit (mp_window_get_overview_page (window)), ==, "PROVINCE-A");

  {
    g_autofree char *unit = g_settings_get_string (settings, "last-unit");
    g_assert_cmpstr (unit, ==, "PROVINCE-A");
  }

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  mp_ui_test_spin_for (100);
}

static void
check_settings_second (MpApplication *app,
                       gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  GSettings *settings = app_settings (app);
  g_autofree char *unit = g_settings_get_string (settings, "last-unit");
  int width, height;

  mp_ui_test_spin_for (100);
  g_assert_cmpstr (unit, ==, "PROVINCE-A");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_assert_cmpstr (mp_overview_page_get_unit (mp_window_get_overview_page (window)), ==, "PROVINCE-A");
  g_assert_cmpstr (mp_unit_selector_get_unit (mp_window_get_unit_selector (window)), ==, "PROVINCE-A");
  g_assert_cmpuint (mp_overview_page_get_row_count (mp_window_get_overview_page (window)), ==, 44);
  g_assert_cmpstr (mp_targets_page_get_unit (mp_window_get_targets_page (window)), ==, "PROVINCE-A");

  /* Back to the defaults for the tests that follow. */
  g_settings_reset (settings, "last-unit");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
}

static void
test_settings (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_settings_first, NULL);
  mp_ui_test_run_app (argv, check_settings_second, NULL);
}

/* Which database `medplan` opens. */
static void
test_pick_database (void)
{
  g_autofree char *existing = g_build_filename (tmp_dir, "picked.db", NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "gone.db", NULL);
  g_autofree char *default_path = mp_store_default_path ();
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;
  g_autoptr(GError) error = NULL;
  gboolean is_default;

  g_file_set_contents (existing, "", 0, &error);
  g_assert_no_error (error);

  a = mp_application_pick_database ("/env/medplan.db", existing, &is_default);
  g_assert_cmpstr (a, ==, "/env/medplan.db");
  g_assert_true (is_default);
  b = mp_application_pick_database (NULL, existing, &is_default);
  g_assert_cmpstr (b, ==, existing);
  g_assert_false (is_default);
  c = mp_application_pick_database ("", missing, &is_default);
  g_assert_cmpstr (c, ==, default_path);
  g_assert_true (is_default);
  d = mp_application_pick_database (NULL, "", &is_default);
  g_assert_cmpstr (d, ==, default_path);
  g_remove (existing);
}

/* ---- The primary menu, the shortcuts, the preferences ---- */

static void
collect_actions (GMenuModel *model,
                 GPtrArray  *actions,
                 guint      *n_submenus)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, g_steal_pointer (&action));
      if (section != NULL)
        collect_actions (section, actions, n_submenus);
      if (submenu != NULL)
        {
          (*n_submenus)++;
          collect_actions (submenu, actions, n_submenus);
        }
    }
}

static void
collect_shortcuts (GtkWidget *widget,
                   GPtrArray *names)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action = NULL;
      g_autofree char *accelerator = NULL;

      g_object_get (widget, "action-name", &action, "accelerator", &accelerator, NULL);
      g_ptr_array_add (names, g_strdup (action ? action : accelerator));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, names);
}

static void
check_menu (MpApplication *app,
            gpointer       data)
{
  static const char *expected[] = {
    "win.new-database", "win.open-database", "win.import", "win.export", "win.report",
    "app.preferences", "win.show-help-overlay", "app.about",
  };
  MpWindow *window = mp_ui_test_wait_for_window (app);
  GMenuModel *menu = gtk_menu_button_get_menu_model (mp_window_get_menu_button (window));
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) accels = NULL;
  guint n_submenus = 0;
  GtkWidget *preferences;

  mp_ui_test_spin_for (50);
  g_assert_nonnull (menu);
  collect_actions (menu, actions, &n_submenus);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (actions, expected[i], g_str_equal, NULL));
  /* The recent databases, one so far (the default one). */
  g_assert_cmpuint (n_submenus, ==, 1);
  g_assert_true (g_ptr_array_find_with_equal_func (actions, "win.open-recent", g_str_equal, NULL));

  /* The shortcuts: the window's actions have their keys; the shortcuts
   * window is the application's help overlay. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  {
    static const char *listed[] = {
      "win.new-database", "win.open-database", "win.import", "win.export", "win.report",
      "app.preferences", "win.show-help-overlay", "app.quit", "win.undo", "win.redo", "win.search",
      "<Control>1", "<Control>2", "<Control>3", "<Control>4", "<Control>5",
    };
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

    collect_shortcuts (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))), names);
    for (guint i = 0; i < G_N_ELEMENTS (listed); i++)
      {
        g_autofree char *message = g_strdup_printf ("the shortcuts window lists %s", listed[i]);
        g_test_message ("%s", message);
        g_assert_true (g_ptr_array_find_with_equal_func (names, listed[i], g_str_equal, NULL));
      }
  }
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.search");
  g_assert_cmpstr (accels[0], ==, "<Control>f");
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>z");
  g_assert_cmpstr (accels[0], ==, "win.undo");
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>p");
  g_assert_cmpstr (accels[0], ==, "win.report");
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>3");
  g_assert_cmpstr (accels[0], ==, "win.show-page::facilities");
  g_clear_pointer (&accels, g_strfreev);

  /* Ctrl+3 shows the Facilities, as the key press would. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("facilities"));
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "facilities");
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("overview"));

  /* The preferences: the names in the data. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  mp_ui_test_spin_for (100);
  preferences = NULL;
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (MP_IS_PREFERENCES_WINDOW (l->data))
      preferences = l->data;
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == GTK_WINDOW (window));
  {
    MpOverviewPage *overview = mp_window_get_overview_page (window);
    g_autofree char *title_vi = g_strdup (mp_target_row_get_title (mp_overview_page_get_row (overview, 0)));
    g_autofree char *names = NULL;
    g_autoptr(GPtrArray) targets = NULL;
    g_autoptr(GError) error = NULL;
    const char *title_en;

    g_assert_nonnull (strstr (title_vi, "bác sĩ"));
    adw_combo_row_set_selected (mp_preferences_window_get_names_row (MP_PREFERENCES_WINDOW (preferences)), 2);
    names = g_settings_get_string (app_settings (app), "data-names");
    g_assert_cmpstr (names, ==, "en");

    /* The pages show the English names of the data at once, the interface
     * stays Vietnamese. */
    mp_ui_test_spin_for (100);
    g_assert_cmpstr (mp_overview_page_get_unit (overview), ==, "VN-CT");
    title_en = mp_target_row_get_title (mp_overview_page_get_row (overview, 0));
    g_assert_cmpstr (title_en, !=, title_vi);
    targets = mp_store_list_targets (mp_window_get_store (window), "VN-CT", 0, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (title_en, ==, ((MpTargetStatus *) g_ptr_array_index (targets, 0))->indicator_name);
    g_assert_null (strstr (title_en, "bác sĩ"));
    g_assert_cmpstr (page_title (window, "overview"), ==, "Tổng quan");

    g_settings_reset (app_settings (app), "data-names");
    mp_ui_test_spin_for (100);
    g_assert_cmpuint (adw_combo_row_get_selected (mp_preferences_window_get_names_row (MP_PREFERENCES_WINDOW (preferences))), ==, 0);
    g_assert_cmpstr (mp_target_row_get_title (mp_overview_page_get_row (overview, 0)), ==, title_vi);
  }
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_menu (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_menu, NULL);
}

/* ---- Ctrl+F: the search of the visible page ---- */

static void
check_search (MpApplication *app,
              gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  GtkWidget *facilities = GTK_WIDGET (mp_window_get_facilities_page (window));
  GtkWidget *focus;

  mp_ui_test_spin_for (100);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("facilities"));
  mp_ui_test_spin_for (50);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (focus == NULL || !gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));

  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  mp_ui_test_spin_for (100);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));
  g_assert_true (gtk_widget_is_ancestor (focus, facilities));

  /* On the Overview, which has no search, nothing happens. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("overview"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  mp_ui_test_spin_for (50);
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "overview");
}

static void
test_search (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_search, NULL);
}

/* ---- Undo and redo, and their toasts ---- */

static gboolean
facility_exists (const char *db_path,
                 const char *code)
{
  g_autoptr(MpStore) store = NULL;
  g_autoptr(MpFacility) facility = NULL;
  g_autoptr(GError) error = NULL;

  store = mp_store_open (db_path, MP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  facility = mp_store_get_facility (store, code, &error);
  if (facility == NULL)
    {
      g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
      return FALSE;
    }
  return TRUE;
}

static void
check_undo (MpApplication *app,
            gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  MpStore *store = mp_window_get_store (window);
  g_autoptr(MpFacility) facility = mp_facility_new ();
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  AdwToast *toast;

  mp_ui_test_spin_for (100);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "redo"));
  g_assert_null (mp_window_get_edit_toast (window));

  facility->code = g_strdup ("TEST-SHELL-UNDO");
  facility->name_vi = g_strdup ("Bệnh viện thử");
  facility->kind = g_strdup ("hospital");
  facility->unit = g_strdup ("VN-CT");
  mp_store_save_facility (store, NULL, facility, &field, &error);
  g_assert_no_error (error);
  mp_ui_test_spin_for (50);
  g_assert_true (facility_exists (first_db_path, "TEST-SHELL-UNDO"));

  /* A toast tells it, with Undo. */
  toast = mp_window_get_edit_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "TEST-SHELL-UNDO"));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.undo");
  g_assert_nonnull (adw_toast_get_button_label (toast));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "redo"));

  /* Undo (the toast's button, Ctrl+Z): the row is gone from the file. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  mp_ui_test_spin_for (50);
  g_assert_false (facility_exists (first_db_path, "TEST-SHELL-UNDO"));
  toast = mp_window_get_edit_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "TEST-SHELL-UNDO"));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.redo");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "redo"));

  /* Redo brings it back, with Undo again. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "redo", NULL);
  mp_ui_test_spin_for (50);
  g_assert_true (facility_exists (first_db_path, "TEST-SHELL-UNDO"));
  g_assert_cmpstr (adw_toast_get_action_name (mp_window_get_edit_toast (window)), ==, "win.undo");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));

  /* Leave the database as it was. */
  mp_store_delete_facility (store, "TEST-SHELL-UNDO", &error);
  g_assert_no_error (error);
  mp_ui_test_spin_for (50);
  g_assert_false (facility_exists (first_db_path, "TEST-SHELL-UNDO"));
  g_assert_nonnull (strstr (adw_toast_get_title (mp_window_get_edit_toast (window)), "TEST-SHELL-UNDO"));
}

static void
test_undo (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_undo, NULL);
}

/* ---- New database, open, recent ---- */

static guint
recent_count (MpWindow *window)
{
  return g_menu_model_get_n_items (mp_window_get_recent_menu (window));
}

static void
check_files (MpApplication *app,
             gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  g_autofree char *new_path = g_build_filename (tmp_dir, "new.db", NULL);
  g_autofree char *missing_path = g_build_filename (tmp_dir, "missing.db", NULL);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(GFile) first_file = g_file_new_for_path (first_db_path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing_path);
  g_autofree char *target = NULL;
  g_auto(GStrv) recent = NULL;

  mp_ui_test_spin_for (100);
  g_assert_cmpstr (mp_window_get_path (window), ==, first_db_path);
  g_assert_cmpuint (recent_count (window), ==, 1);

  /* New Database…: an empty database, opened in the window. */
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  mp_window_new_file (window, new_file);
  mp_ui_test_spin_for (100);
  g_assert_true (g_file_test (new_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (mp_window_get_path (window), ==, new_path);
  g_assert_null (mp_window_get_error_message (window));
  g_assert_true (mp_store_is_empty (mp_window_get_store (window)));
  g_assert_cmpuint (mp_overview_page_get_row_count (mp_window_get_overview_page (window)), ==, 0);
  g_assert_null (mp_unit_selector_get_unit (mp_window_get_unit_selector (window)));
  {
    GtkWidget *empty = find_widget (GTK_WIDGET (mp_window_get_overview_page (window)), ADW_TYPE_STATUS_PAGE);

    g_assert_nonnull (empty);
    g_assert_true (gtk_widget_get_mapped (empty));
    g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==, _("The Database Is Empty"));
  }

  /* It heads the recent databases, in the settings and in the menu. */
  recent = g_settings_get_strv (app_settings (app), "recent-databases");
  g_assert_cmpstr (recent[0], ==, new_path);
  g_assert_cmpstr (recent[1], ==, first_db_path);
  g_assert_cmpuint (recent_count (window), ==, 2);
  g_assert_true (g_menu_model_get_item_attribute (mp_window_get_recent_menu (window), 0,
                                                  G_MENU_ATTRIBUTE_TARGET, "s", &target));
  g_assert_cmpstr (target, ==, new_path);

  /* An existing file is never replaced by a new database. */
  mp_window_new_file (window, first_file);
  mp_ui_test_spin_for (50);
  g_assert_cmpstr (mp_window_get_path (window), ==, new_path);
  g_assert_null (mp_window_get_error_message (window));

  /* Recent: back to the first database. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "open-recent", g_variant_new_string (first_db_path));
  mp_ui_test_spin_for (100);
  g_assert_cmpstr (mp_window_get_path (window), ==, first_db_path);
  g_assert_false (mp_store_is_empty (mp_window_get_store (window)));
  g_assert_cmpuint (mp_overview_page_get_row_count (mp_window_get_overview_page (window)), ==, 9);
  g_clear_pointer (&recent, g_strfreev);
  recent = g_settings_get_strv (app_settings (app), "recent-databases");
  g_assert_cmpstr (recent[0], ==, first_db_path);
  g_assert_cmpuint (g_strv_length (recent), ==, 2);

  /* A missing file: told in a toast, the database shown stays. */
  mp_window_open_file (window, missing_file);
  mp_ui_test_spin_for (50);
  g_assert_cmpstr (mp_window_get_path (window), ==, first_db_path);
  g_assert_nonnull (mp_window_get_store (window));
  g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));

  /* Open: the new database again. */
  mp_window_open_file (window, new_file);
  mp_ui_test_spin_for (100);
  g_assert_cmpstr (mp_window_get_path (window), ==, new_path);
  /* Back to the first, for the tests that follow. */
  mp_window_open_file (window, first_file);
  mp_ui_test_spin_for (50);
  g_assert_cmpstr (mp_window_get_path (window), ==, first_db_path);
}

static void
test_files (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_files, NULL);
}

/* ---- 360 px wide ---- */

static void
assert_inside (GtkWidget *widget,
               GtkWidget *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (window));
}

static void
report_wide (GtkWidget *widget,
             int        depth)
{
  int min = 0;

  if (!gtk_widget_get_visible (widget))
    return;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min <= 360 && depth > 9)
    return;
  g_test_message ("%*s%s %s: %d", depth, "", G_OBJECT_TYPE_NAME (widget),
                  gtk_widget_get_name (widget), min);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    report_wide (child, depth + 1);
}

/* The squeezer around a page's toolbar filters shows the dropdowns
 * themselves when they fit, else the "Filters" menu button. */
static GtkWidget *
filter_squeezer_child (GtkDropDown *dropdown)
{
  GtkWidget *squeezer = gtk_widget_get_ancestor (GTK_WIDGET (dropdown), ADW_TYPE_SQUEEZER);

  g_assert_nonnull (squeezer);
  return adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer));
}

/* In a narrow window the filters are in the "Filters" popover, whose
 * dropdowns (in the toolbar's order) choose what the toolbar's do, and
 * the toolbar's search is a second entry bound to the page's. */
static void
assert_filters_in_popover (GtkWidget    *page,
                           GtkEditable  *search,
                           GtkDropDown **dropdowns,
                           guint         n_dropdowns,
                           const char   *shot_name)
{
  GtkWidget *narrow = filter_squeezer_child (dropdowns[0]);
  GtkWidget *button = find_widget (narrow, GTK_TYPE_MENU_BUTTON);
  GtkWidget *narrow_search = find_widget (narrow, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *focus;
  GtkPopover *popover;
  GtkWidget *box;
  guint i = 0;

  g_assert_true (narrow != gtk_widget_get_parent (GTK_WIDGET (dropdowns[0])));
  g_assert_nonnull (button);
  g_assert_nonnull (narrow_search);
  g_assert_true (gtk_widget_get_mapped (narrow_search));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (search)));
  /* One search: typed in either, shown in both. */
  gtk_editable_set_text (search, "Quảng");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (narrow_search)), ==, "Quảng");
  gtk_editable_set_text (GTK_EDITABLE (narrow_search), "");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  /* Ctrl+F's action focuses the one shown. */
  g_assert_true (gtk_widget_activate_action (page, "page.search", NULL));
  mp_ui_test_spin_for (50);
  focus = gtk_root_get_focus (gtk_widget_get_root (page));
  g_assert_nonnull (focus);
  g_assert_true (focus == narrow_search || gtk_widget_is_ancestor (focus, narrow_search));
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (dropdowns[0])));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  mp_ui_test_spin_for (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  box = gtk_popover_get_child (popover);
  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *inner;
      guint before;

      if (!GTK_IS_DROP_DOWN (child))
        continue;
      g_assert_cmpuint (i, <, n_dropdowns);
      inner = GTK_DROP_DOWN (child);
      g_assert_true (gtk_widget_get_mapped (child));
      g_assert_true (gtk_drop_down_get_model (inner) == gtk_drop_down_get_model (dropdowns[i]));
      g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (inner)), >, 1);
      before = gtk_drop_down_get_selected (dropdowns[i]);
      gtk_drop_down_set_selected (inner, 1);
      g_assert_cmpuint (gtk_drop_down_get_selected (dropdowns[i]), ==, 1);
      gtk_drop_down_set_selected (dropdowns[i], before);
      g_assert_cmpuint (gtk_drop_down_get_selected (inner), ==, before);
      i++;
    }
  g_assert_cmpuint (i, ==, n_dropdowns);
  mp_ui_test_spin_for (100);
  g_free (mp_ui_test_screenshot (box, shot_name));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  mp_ui_test_spin_for (50);
}

/* The staffing detail of a facility (six columns) does not widen the page
 * either: it scrolls. */
static void
check_detail_fits (MpWindow         *window,
                   MpFacilitiesPage *page,
                   int               max_width,
                   const char       *shot_name)
{
  g_autoptr(MpFacility) facility = mp_facility_new ();
  GListModel *model = mp_facilities_page_get_model (page);
  g_autoptr(MpFacilityItem) first = NULL;
  MpStaffing staffing = { 2024, NULL, 120, 30, 12, 45 };
  GtkWidget *detail = GTK_WIDGET (mp_facilities_page_get_detail (page));
  g_autofree char *table = NULL;
  int page_min;

  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  first = g_list_model_get_item (model, 0);
  g_assert_true (mp_facilities_page_select (page, mp_facility_item_get_code (first)));
  facility->name_vi = g_strdup ("Bệnh viện Đa khoa tỉnh Quảng Ninh (xây mới, quy mô 1.500 giường)");
  facility->kind = g_strdup ("hospital");
  facility->unit = g_strdup ("VN-13");
  for (const char *const *c = (const char *const[]) { "doctor", "nurse", "technician", NULL }; *c; c++)
    {
      staffing.category = g_strdup (*c);
      g_array_append_val (facility->staffing, staffing);
    }
  mp_facility_detail_show (MP_FACILITY_DETAIL (detail), facility, "Tỉnh Quảng Ninh");
  mp_ui_test_spin_for (400);
  table = mp_facility_detail_get_table_text (MP_FACILITY_DETAIL (detail));
  g_assert_nonnull (strstr (table, "2024"));
  g_assert_true (gtk_widget_get_mapped (detail));
  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &page_min, NULL, NULL, NULL);
  g_test_message ("narrowest facilities page with the staffing detail: %d px", page_min);
  g_assert_cmpint (page_min, <=, max_width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, max_width);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (window), shot_name));
  g_assert_true (mp_facilities_page_select (page, NULL) == FALSE);
  mp_ui_test_spin_for (300);
}

static void
check_narrow (MpApplication *app,
              gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  AdwViewSwitcherTitle *title;
  AdwViewSwitcherBar *bar;
  g_autofree char *shot = NULL;
  int min_width;

  mp_ui_test_spin_for (100);
  title = ADW_VIEW_SWITCHER_TITLE (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  bar = ADW_VIEW_SWITCHER_BAR (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  g_assert_nonnull (title);
  g_assert_nonnull (bar);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  mp_ui_test_spin_for (300);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (min_width > 360)
    report_wide (GTK_WIDGET (window), 0);
  g_assert_cmpint (min_width, <=, 360);
  /* The window's surface is 360 px wide (the widget is that less the
   * frame the window draws around itself). */
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), ==, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  /* The switcher moves to the bottom bar; the title shows the name. */
  g_assert_true (adw_view_switcher_title_get_title_visible (title));
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
  assert_inside (GTK_WIDGET (mp_window_get_unit_selector (window)), GTK_WIDGET (window));
  assert_inside (GTK_WIDGET (mp_window_get_menu_button (window)), GTK_WIDGET (window));
  assert_inside (GTK_WIDGET (bar), GTK_WIDGET (window));
  shot = mp_ui_test_screenshot (GTK_WIDGET (window), "overview-narrow");

  /* Every page fits the 360 px window: the page (the view stack's
   * visible child) needs at most the window's width less its frame, the
   * window stays 360 px wide, and the page lies inside it. */
  {
    static const char *pages[] = { "overview", "targets", "facilities", "training", "transfers" };
    AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (mp_window_get_overview_page (window)),
                                                                    ADW_TYPE_VIEW_STACK));
    int frame = gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window)))
                - gtk_widget_get_width (GTK_WIDGET (window));

    g_assert_cmpint (frame, >=, 0);
    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      {
        g_autofree char *name = g_strdup_printf ("narrow-%s", pages[i]);
        g_autofree char *page_shot = NULL;
        GtkWidget *page;
        int page_min, window_min;

        g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string (pages[i]));
        mp_ui_test_spin_for (150);
        g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, pages[i]);
        page = adw_view_stack_get_visible_child (stack);
        gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &page_min, NULL, NULL, NULL);
        gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &window_min, NULL, NULL, NULL);
        g_test_message ("narrowest page %s: %d px, window %d px", pages[i], page_min, window_min);
        if (page_min > 360 - frame || window_min > 360)
          report_wide (page, 0);
        g_assert_cmpint (page_min, <=, 360 - frame);
        g_assert_cmpint (window_min, <=, 360);
        g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), ==, 360);
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360 - frame);
        g_assert_cmpint (gtk_widget_get_width (page), <=, 360 - frame);
        assert_inside (page, GTK_WIDGET (window));
        page_shot = mp_ui_test_screenshot (GTK_WIDGET (window), name);
        if (g_str_equal (pages[i], "facilities"))
          {
            MpFacilitiesPage *facilities = mp_window_get_facilities_page (window);
            GtkDropDown *dropdowns[] = { mp_facilities_page_get_kind_dropdown (facilities),
                                         mp_facilities_page_get_unit_dropdown (facilities),
                                         mp_facilities_page_get_ownership_dropdown (facilities) };

            assert_filters_in_popover (GTK_WIDGET (facilities), mp_facilities_page_get_search (facilities),
                                       dropdowns, G_N_ELEMENTS (dropdowns), "narrow-facilities-filters");
            check_detail_fits (window, facilities, 360 - frame, "narrow-facilities-detail");
            g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), ==, 360);
          }
        else if (g_str_equal (pages[i], "training"))
          {
            MpTrainingPage *training = mp_window_get_training_page (window);
            GtkDropDown *dropdowns[] = { mp_training_page_get_status_dropdown (training) };

            assert_filters_in_popover (GTK_WIDGET (training), mp_training_page_get_search (training),
                                       dropdowns, G_N_ELEMENTS (dropdowns), "narrow-training-filters");
          }
      }
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("overview"));
  }

  /* Between the two: the toolbars choose by themselves. */
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 640);
  mp_ui_test_spin_for (300);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("facilities"));
  mp_ui_test_spin_for (150);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (window), "medium-facilities"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("training"));
  mp_ui_test_spin_for (150);
  g_free (mp_ui_test_screenshot (GTK_WIDGET (window), "medium-training"));

  /* Wide again: the filters stand in the toolbars themselves. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  mp_ui_test_spin_for (300);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  {
    static const char *pages[] = { "overview", "targets", "facilities", "training", "transfers" };

    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      {
        g_autofree char *name = g_strdup_printf ("wide-%s", pages[i]);
        g_autofree char *page_shot = NULL;

        g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string (pages[i]));
        mp_ui_test_spin_for (150);
        page_shot = mp_ui_test_screenshot (GTK_WIDGET (window), name);
      }
  }
  {
    MpFacilitiesPage *facilities = mp_window_get_facilities_page (window);
    GtkDropDown *status = mp_training_page_get_status_dropdown (mp_window_get_training_page (window));

    g_assert_true (filter_squeezer_child (mp_facilities_page_get_kind_dropdown (facilities))
                   == gtk_widget_get_parent (GTK_WIDGET (mp_facilities_page_get_kind_dropdown (facilities))));
    g_assert_true (filter_squeezer_child (status) == gtk_widget_get_parent (GTK_WIDGET (status)));
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("facilities"));
    mp_ui_test_spin_for (100);
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (mp_facilities_page_get_search (facilities))));
    check_detail_fits (window, facilities, 1280, "wide-facilities-detail");
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("overview"));
  }

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  mp_ui_test_spin_for (200);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
}

static void
test_narrow (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_narrow, NULL);
}

/* ---- Every control has a name ---- */

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static gboolean
has_label_inside (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && has_text (gtk_label_get_label (GTK_LABEL (widget))))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_label_inside (child))
      return TRUE;
  return FALSE;
}

/* A control is named by visible text, a tooltip, a mnemonic label, the
 * row it sits in, or the accessible label its .ui sets (recorded by the
 * template's "label" property on the accessible: not readable in GTK 4.8,
 * so the tooltip stands for it in the widgets of the shell). */
static gboolean
is_named (GtkWidget *widget)
{
  g_autoptr(GList) mnemonics = gtk_widget_list_mnemonic_labels (widget);

  if (has_text (gtk_widget_get_tooltip_text (widget)) || mnemonics != NULL)
    return TRUE;
  if (gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW) != NULL)
    return TRUE;
  if (GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;
      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      return has_text (placeholder);
    }
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget))
    return has_label_inside (widget);
  return TRUE;
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *unnamed)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if ((GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget) ||
       GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget)) &&
      !is_named (widget))
    {
      GtkWidget *parent = gtk_widget_get_parent (widget);
      g_string_append_printf (unnamed, " %s (in %s)", G_OBJECT_TYPE_NAME (widget),
                              parent ? G_OBJECT_TYPE_NAME (parent) : "-");
    }
  /* The parts of these are GTK's own, named by GTK or by the widget. */
  if (GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_WINDOW_CONTROLS (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

static void
check_accessible (MpApplication *app,
                  gpointer       data)
{
  static const char *pages[] = { "overview", "targets", "facilities", "training", "transfers" };
  MpWindow *window = mp_ui_test_wait_for_window (app);

  mp_ui_test_spin_for (100);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GString) unnamed = g_string_new (NULL);

      g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string (pages[i]));
      mp_ui_test_spin_for (100);
      collect_unnamed (GTK_WIDGET (window), unnamed);
      if (unnamed->len > 0)
        g_test_message ("page %s: controls without a name:%s", pages[i], unnamed->str);
      g_assert_cmpstr (unnamed->str, ==, "");
    }
  /* The unit selector: its tooltip and accessible label come from its .ui. */
  g_assert_true (has_text (gtk_widget_get_tooltip_text (GTK_WIDGET (mp_unit_selector_get_drop_down (mp_window_get_unit_selector (window))))));
  g_assert_true (has_text (gtk_widget_get_tooltip_text (GTK_WIDGET (mp_window_get_menu_button (window)))));
}

static void
test_accessible (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_accessible, NULL);
}

/* ---- Vietnamese, English ---- */

static void
check_vietnamese (MpApplication *app,
                  gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);
  g_autofree char *shot = NULL;

  mp_ui_test_spin_for (200);
  g_assert_cmpstr (page_title (window, "overview"), ==, "Tổng quan");
  g_assert_cmpstr (page_title (window, "targets"), ==, "Chỉ tiêu");
  shot = mp_ui_test_screenshot (GTK_WIDGET (window), "overview");
}

static void
check_english (MpApplication *app,
               gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);

  mp_ui_test_spin_for (100);
  g_assert_cmpstr (page_title (window, "overview"), ==, "Overview");
  g_assert_cmpstr (page_title (window, "targets"), ==, "Targets");
  g_assert_cmpstr (mp_overview_page_get_unit (mp_window_get_overview_page (window)), ==, "VN-CT");
}

static void
test_language (void)
{
  const char *argv[] = { "medplan", NULL };

  if (g_test_subprocess ())
    {
      /* Started with LANGUAGE=en, before gettext was set up. */
      mp_ui_test_run_app (argv, check_english, NULL);
      return;
    }
  mp_ui_test_run_app (argv, check_vietnamese, NULL);

  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LANGUAGE", "vi", TRUE);
  g_test_trap_assert_passed ();
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  tmp_dir = mp_ui_test_init (&argc, &argv, "shell", "first", &has_display);
  first_db_path = g_strdup (g_getenv ("MEDPLAN_DB"));
  g_test_add_func ("/ui/shell/pick-database", test_pick_database);
  if (has_display)
    {
      /* In this order: the first run creates the database and its settings. */
      g_test_add_func ("/ui/shell/settings", test_settings);
      g_test_add_func ("/ui/shell/menu", test_menu);
      g_test_add_func ("/ui/shell/search", test_search);
      g_test_add_func ("/ui/shell/undo", test_undo);
      g_test_add_func ("/ui/shell/files", test_files);
      g_test_add_func ("/ui/shell/narrow", test_narrow);
      g_test_add_func ("/ui/shell/accessible", test_accessible);
      g_test_add_func ("/ui/shell/language", test_language);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (first_db_path);
  g_free (tmp_dir);
  return status;
}
