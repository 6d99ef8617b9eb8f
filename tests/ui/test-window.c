/* test-window.c — GUI smoke test: runs the real Medplan application under a
 * display and drives it through its actions, as a user's clicks would.
 *
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1 (CI),
 * where a missing display fails. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mp-application.h"
#include "mp-error.h"
#include "mp-facilities-page.h"
#include "mp-store.h"
#include "mp-window.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"

static char *tmp_dir;
static char *first_db_path; /* $MEDPLAN_DB, set before any thread starts */

/* ---- The first start: the sample database, the Overview, the actions ---- */

typedef struct {
  char      *db_path;
  MpStore   *store;    /* weak: must be gone when the application is */
  GtkWidget *pages[5]; /* weak: so must the five pages */
} FirstStart;

static const MpTargetStatus *
find_target (GPtrArray  *targets,
             const char *indicator)
{
  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);
      if (g_str_equal (ts->indicator, indicator))
        return ts;
    }
  return NULL;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
facilities_loaded (gpointer data)
{
  return mp_facilities_page_is_loaded (data);
}

static void
check_first_start (MpApplication *app,
                   gpointer       data)
{
  FirstStart *fs = data;
  MpWindow *window = mp_ui_test_wait_for_window (app);
  MpOverviewPage *overview = mp_window_get_overview_page (window);
  MpTargetsPage *targets_page = mp_window_get_targets_page (window);
  MpStore *store = mp_window_get_store (window);
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) province_a = NULL;
  g_autoptr(GError) error = NULL;
  const MpTargetStatus *doctors;
  const char *doctors_title = NULL;
  MpTargetRow *row;
  MpFacilitiesPage *facilities;
  gint64 other_id;

  g_assert_null (mp_window_get_error_message (window));
  g_assert_nonnull (store);
  g_assert_cmpstr (mp_store_get_path (store), ==, fs->db_path);
  fs->store = store;
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &fs->store);
  mp_ui_test_spin_for (200);

  /* The Overview shows Cần Thơ's targets, worst first. */
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "overview");
  g_assert_cmpstr (mp_overview_page_get_unit (overview), ==, "VN-CT");
  targets = mp_store_list_targets (store, "VN-CT", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (targets->len, ==, 9);
  g_assert_cmpuint (mp_overview_page_get_row_count (overview), ==, targets->len);
  row = mp_overview_page_get_row (overview, 0);
  g_assert_cmpstr (mp_target_row_get_status_text (row), ==,
                   mp_status_label (((MpTargetStatus *) g_ptr_array_index (targets, 0))->status));
  for (guint i = 1; i < mp_overview_page_get_row_count (overview); i++)
    g_assert_cmpint (mp_target_row_get_status (mp_overview_page_get_row (overview, i)), >=,
                     mp_target_row_get_status (row));

  /* The doctors' indicator is there, by its name in the user's language. */
  doctors = find_target (targets, "DOCTORS_PER_10K");
  g_assert_nonnull (doctors);
  for (guint i = 0; i < mp_overview_page_get_row_count (overview); i++)
    {
      const char *title = mp_target_row_get_title (mp_overview_page_get_row (overview, i));
      if (g_str_equal (title, doctors->indicator_name))
        doctors_title = title;
    }
  g_assert_nonnull (doctors_title);
  if (g_str_has_prefix (g_get_language_names ()[0], "vi"))
    g_assert_nonnull (strstr (doctors_title, "bác sĩ"));

  /* Activating a row opens its target in the Targets page. */
  /* The Targets page lists the indicators of the same unit. */
  g_assert_cmpstr (mp_targets_page_get_unit (targets_page), ==, "VN-CT");
  g_assert_cmpuint (mp_targets_page_get_row_count (targets_page), >, 0);
  g_assert_cmpuint (mp_targets_page_get_row_count (targets_page), <=, targets->len);
  gtk_widget_activate (GTK_WIDGET (row));
  mp_ui_test_spin_for (100);
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "targets");
  g_assert_cmpint (mp_targets_page_get_selected_target (targets_page), ==,
                   mp_target_row_get_target_id (row));

  /* So does win.show-target, with any target id. */
  other_id = ((MpTargetStatus *) g_ptr_array_index (targets, targets->len - 1))->target_id;
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-target", g_variant_new_int64 (other_id));
  mp_ui_test_spin_for (100);
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "targets");
  g_assert_cmpint (mp_targets_page_get_selected_target (targets_page), ==, other_id);

  /* win.show-page switches pages; an unknown name is ignored. A page is
   * made and loads the first time it is shown: the Facilities page has not
   * yet, nor the Training page. */
  g_assert_null (find_widget (GTK_WIDGET (window), MP_TYPE_FACILITIES_PAGE));
  g_assert_null (find_widget (GTK_WIDGET (window), MP_TYPE_TRAINING_PAGE));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("facilities"));
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "facilities");
  facilities = MP_FACILITIES_PAGE (find_widget (GTK_WIDGET (window), MP_TYPE_FACILITIES_PAGE));
  g_assert_nonnull (facilities);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (facilities)));
  g_assert_true (mp_ui_test_spin_until (facilities_loaded, facilities));
  g_assert_cmpuint (g_list_model_get_n_items (mp_facilities_page_get_model (facilities)), ==, 21);
  g_assert_true (mp_window_get_facilities_page (window) == facilities);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("no-such-page"));
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "facilities");
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("overview"));
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "overview");

  /* Every page, once made, goes with the window. */
  fs->pages[0] = GTK_WIDGET (overview);
  fs->pages[1] = GTK_WIDGET (targets_page);
  fs->pages[2] = GTK_WIDGET (facilities);
  fs->pages[3] = GTK_WIDGET (mp_window_get_training_page (window));
  fs->pages[4] = GTK_WIDGET (mp_window_get_transfers_page (window));
  for (guint i = 0; i < G_N_ELEMENTS (fs->pages); i++)
    g_object_add_weak_pointer (G_OBJECT (fs->pages[i]), (gpointer *) &fs->pages[i]);

  /* win.select-unit shows another unit's targets. */
  province_a = mp_store_list_targets (store, "PROVINCE-A", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (province_a->len, ==, 44);
  g_action_group_activate_action (G_ACTION_GROUP (window), "select-unit", g_variant_new_string ("PROVINCE-A"));
  mp_ui_test_spin_for (100);
  g_assert_cmpstr (mp_overview_page_get_unit (overview), ==, "PROVINCE-A");
  g_assert_cmpuint (mp_overview_page_get_row_count (overview), ==, province_a->len);
  g_assert_cmpstr (mp_target_row_get_status_text (mp_overview_page_get_row (overview, 0)), ==,
                   mp_status_label (((MpTargetStatus *) g_ptr_array_index (province_a, 0))->status));

  /* An unknown unit is refused without harm. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "select-unit", g_variant_new_string ("NO-SUCH-UNIT"));
  mp_ui_test_spin_for (50);
  g_assert_cmpstr (mp_overview_page_get_unit (overview), ==, "PROVINCE-A");
  g_assert_null (mp_window_get_error_message (window));
}

static void
test_first_start (void)
{
  const char *db_path = first_db_path;
  const char *argv[] = { "medplan", NULL };
  FirstStart fs = { first_db_path, NULL, { NULL } };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (g_file_test (db_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (g_getenv ("MEDPLAN_DB"), ==, db_path);
  mp_ui_test_run_app (argv, check_first_start, &fs);

  /* The store was released with its window, and so were the pages. */
  for (guint i = 0; i < G_N_ELEMENTS (fs.pages); i++)
    {
      if (fs.pages[i] != NULL)
        g_test_message ("page %u (%s) is left", i, G_OBJECT_TYPE_NAME (fs.pages[i]));
      g_assert_null (fs.pages[i]);
    }
  g_assert_null (fs.store);

  /* The database was created, and holds the sample. */
  store = mp_store_open (db_path, MP_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (mp_store_is_empty (store));
  targets = mp_store_list_targets (store, "VN-CT", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (targets->len, ==, 9);
}

/* ---- Files that cannot be used ---- */

static void
check_shows_error (MpApplication *app,
                   gpointer       data)
{
  const char *path = data;
  MpWindow *window = mp_ui_test_wait_for_window (app);
  g_autofree char *name = g_path_get_basename (path);
  const char *message = mp_window_get_error_message (window);

  mp_ui_test_spin_for (100);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, name));
  g_assert_null (mp_window_get_store (window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-target"));
}

static void
assert_no_sqlite_files (const char *path)
{
  static const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      g_assert_false (g_file_test (side, G_FILE_TEST_EXISTS));
    }
}

static void
test_not_medplan (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "hello.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "medplan", path, NULL };
  gsize length = 0;

  g_file_set_contents (path, "hello", -1, &error);
  g_assert_no_error (error);

  mp_ui_test_run_app (argv, check_shows_error, path);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, "hello", 5);
  assert_no_sqlite_files (path);
}

static void
test_missing_file (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "missing.db", NULL);
  const char *argv[] = { "medplan", path, NULL };

  mp_ui_test_run_app (argv, check_shows_error, path);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_no_sqlite_files (path);
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  /* The default database of the application under test: first/medplan.db. */
  tmp_dir = mp_ui_test_init (&argc, &argv, "ui", "first", &has_display);
  first_db_path = g_strdup (g_getenv ("MEDPLAN_DB"));
  if (has_display)
    {
      g_test_add_func ("/ui/window/first-start", test_first_start);
      g_test_add_func ("/ui/window/not-medplan", test_not_medplan);
      g_test_add_func ("/ui/window/missing-file", test_missing_file);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (first_db_path);
  g_free (tmp_dir);
  return status;
}
