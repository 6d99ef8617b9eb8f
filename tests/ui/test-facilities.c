/* test-facilities.c — the Facilities page: on the sample database (through
 * the running application) searching, filtering by kind, sorting by a
 * column and clearing; on a synthetic database of 100,000 facilities,
 * loading and filtering. Also renders the window to facilities.png in the
 * build folder, to look at.
 *
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1 (CI),
 * where a missing display fails. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <sqlite3.h>

#include "mp-application.h"
#include "mp-facilities-page.h"
#include "mp-facility-item.h"
#include "mp-store.h"
#include "mp-window.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"

#define N_SYNTHETIC 100000

static char *tmp_dir;

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

static gboolean
page_is_loaded (gpointer data)
{
  return mp_facilities_page_is_loaded (data);
}

/* Types `text` into the search and waits for `n` facilities to show. */
static void
search (MpFacilitiesPage *page,
        const char       *text,
        guint             n)
{
  CountWait w = { mp_facilities_page_get_model (page), n };

  gtk_editable_set_text (mp_facilities_page_get_search (page), text);
  if (!mp_ui_test_spin_until (count_is, &w))
    g_error ("Searching “%s” shows %u facilities, not %u", text,
             g_list_model_get_n_items (w.model), n);
}

static MpFacilityItem *
nth (MpFacilitiesPage *page,
     guint             i)
{
  g_autoptr(MpFacilityItem) item = g_list_model_get_item (mp_facilities_page_get_model (page), i);
  return item; /* the model keeps it */
}

static guint
select_choice (MpFacilitiesPage *page,
               GtkDropDown      *dropdown,
               const char       *code)
{
  GListModel *choices = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    if (g_strcmp0 (mp_facilities_page_get_choice_code (page, dropdown, i), code) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return i;
      }
  g_error ("No choice %s", code);
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
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* ---- The sample, in the running application ---- */

static void
check_sample (MpWindow *window)
{
  MpFacilitiesPage *page = mp_window_get_facilities_page (window);
  GListModel *model = mp_facilities_page_get_model (page);
  GtkColumnView *view = mp_facilities_page_get_column_view (page);
  g_autoptr(GPtrArray) rows = mp_store_list_facilities (mp_window_get_store (window), NULL);
  guint n_special = 0, n_can_tho = 0;

  /* The page loads when first asked for, in a thread. */
  g_assert_true (mp_ui_test_spin_until (page_is_loaded, page));
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 21);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 21);
  g_assert_cmpstr (mp_facilities_page_get_state (page), ==, "list");
  g_assert_true (gtk_column_view_get_model (view) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 9);
  for (guint i = 0; i < rows->len; i++)
    {
      const MpFacilityRow *row = g_ptr_array_index (rows, i);
      n_special += g_str_equal (row->kind, "specialised_hospital");
      n_can_tho += g_str_equal (row->unit, "VN-CT");
    }
  g_assert_cmpuint (n_special, >, 0);
  g_assert_cmpuint (n_can_tho, >, 0);

  /* The window shows this page; a picture of it in Vietnamese. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("facilities"));
  mp_ui_test_spin_for (300);
  g_assert_cmpstr (mp_window_get_visible_page (window), ==, "facilities");
  save_screenshot (GTK_WIDGET (window), "facilities.png");

  /* Without diacritics, in any case: "cho ray" finds Chợ Rẫy only. */
  search (page, "cho ray", 1);
  g_assert_cmpstr (mp_facility_item_get_code (nth (page, 0)), ==, "VN-SG-BV-CHORAY");
  g_assert_cmpstr (mp_facility_item_get_name (nth (page, 0)), ==, "Bệnh viện Chợ Rẫy");
  search (page, "CHỢ RẪY", 1);
  /* By unit name: "can tho" finds the facilities of Cần Thơ. */
  search (page, "can tho", n_can_tho);
  for (guint i = 0; i < n_can_tho; i++)
    g_assert_cmpstr (mp_facility_item_get_unit (nth (page, i)), ==, "VN-CT");
  search (page, "no such facility", 0);
  g_assert_cmpstr (mp_facilities_page_get_state (page), ==, "no-match");
  search (page, "", 21);
  g_assert_cmpstr (mp_facilities_page_get_state (page), ==, "list");

  /* A kind. */
  select_choice (page, mp_facilities_page_get_kind_dropdown (page), "specialised_hospital");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_special);
  for (guint i = 0; i < n_special; i++)
    g_assert_cmpstr (mp_facility_item_get_kind (nth (page, i)), ==, "specialised_hospital");
  /* … with an ownership, and a unit. */
  select_choice (page, mp_facilities_page_get_ownership_dropdown (page), "private");
  g_assert_cmpuint (g_list_model_get_n_items (model), <, n_special);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpstr (mp_facility_item_get_ownership (nth (page, 0)), ==, "private");
  select_choice (page, mp_facilities_page_get_unit_dropdown (page), "VN-CT");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (mp_facilities_page_get_state (page), ==, "no-match");

  /* Clearing shows all again. */
  gtk_drop_down_set_selected (mp_facilities_page_get_kind_dropdown (page), 0);
  gtk_drop_down_set_selected (mp_facilities_page_get_ownership_dropdown (page), 0);
  gtk_drop_down_set_selected (mp_facilities_page_get_unit_dropdown (page), 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 21);

  /* Sorting by beds, largest first; unknown beds last. */
  gtk_column_view_sort_by_column (view, column_titled (view, _("Beds")), GTK_SORT_DESCENDING);
  g_assert_cmpint (mp_facility_item_get_beds (nth (page, 0)), ==, 1500);
  g_assert_cmpstr (mp_facility_item_get_code (nth (page, 0)), ==, "VN-13-BVDK-MOI");
  g_assert_cmpint (mp_facility_item_get_beds (nth (page, 1)), ==, 25);
  g_assert_cmpint (mp_facility_item_get_beds (nth (page, 20)), ==, -1);
  gtk_column_view_sort_by_column (view, column_titled (view, _("Beds")), GTK_SORT_ASCENDING);
  g_assert_cmpint (mp_facility_item_get_beds (nth (page, 20)), ==, 1500);
  /* By code, and the search keeps the order. */
  gtk_column_view_sort_by_column (view, column_titled (view, _("Code")), GTK_SORT_ASCENDING);
  g_assert_cmpstr (mp_facility_item_get_code (nth (page, 0)), ==, "VN-13-BV-BAICHAY");
  search (page, "vn-13-bv-", 4);
  g_assert_cmpstr (mp_facility_item_get_code (nth (page, 0)), ==, "VN-13-BV-BAICHAY");
  search (page, "", 21);
  mp_ui_test_spin_for (100);
}

static void
check_facilities (MpApplication *app,
                  gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);

  g_assert_null (mp_window_get_error_message (window));
  check_sample (window);
}

static void
test_sample (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_facilities, NULL);
}

/* ---- 100,000 facilities ---- */

/* 34 provinces and N_SYNTHETIC facilities named from Vietnamese syllables,
 * every kind and ownership, some with beds and staffing; made up. */
static void
write_synthetic (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);
  g_autofree char *facilities = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  g_clear_object (&store);
  facilities = mp_test_synthetic_facilities_sql (N_SYNTHETIC, "Cơ sở");
  sql = g_strconcat ("BEGIN;", facilities,
                     "INSERT INTO staffing (facility_id, year, category, headcount) "
                     "SELECT id, 2024, 'doctor', id % 300 FROM facility WHERE id % 5 = 0;"
                     "COMMIT;", NULL);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (mp_test_query_int (db, "SELECT count(*) FROM facility"), ==, N_SYNTHETIC);
  sqlite3_close (db);
}

static void
test_large (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "large.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  GtkWidget *window = gtk_window_new ();
  MpFacilitiesPage *page = g_object_new (MP_TYPE_FACILITIES_PAGE, NULL);
  GListModel *model = mp_facilities_page_get_model (page);
  GtkColumnView *view = mp_facilities_page_get_column_view (page);
  guint n_nguyen;

  write_synthetic (path);
  store = mp_store_open (path, MP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));

  /* Loaded in a thread: the page says so until the facilities are in. */
  mp_facilities_page_begin_load (page, store);
  g_assert_false (mp_facilities_page_is_loaded (page));
  g_assert_cmpstr (mp_facilities_page_get_state (page), ==, "loading");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (mp_ui_test_spin_until (page_is_loaded, page));
  g_assert_cmpstr (mp_facilities_page_get_state (page), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_SYNTHETIC);

  /* A load at once cancels one running: the page stays loaded after it. */
  mp_facilities_page_begin_load (page, store);
  g_assert_true (mp_facilities_page_load (page, store, &error));
  g_assert_no_error (error);
  g_assert_true (mp_facilities_page_is_loaded (page));
  mp_ui_test_spin_for (100);
  g_assert_true (mp_facilities_page_is_loaded (page));
  g_assert_cmpstr (mp_facilities_page_get_state (page), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_SYNTHETIC);
  /* The units offered are those of the facilities: "All units" and 34. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (mp_facilities_page_get_unit_dropdown (page))), ==, 35);

  /* One facility in 20 has "Nguyễn" as its first syllable, and one in 20 of
   * the others as its second. */
  n_nguyen = N_SYNTHETIC / 20 + (N_SYNTHETIC - N_SYNTHETIC / 20) / 20;
  search (page, "n", N_SYNTHETIC);
  search (page, "nguy", n_nguyen);
  search (page, "nguyen", n_nguyen);
  search (page, "F012345", 1);
  g_assert_cmpstr (mp_facility_item_get_code (nth (page, 0)), ==, "F012345");
  search (page, "", N_SYNTHETIC);
  select_choice (page, mp_facilities_page_get_kind_dropdown (page), "clinic");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_SYNTHETIC / 8);
  gtk_column_view_sort_by_column (view, column_titled (view, _("Doctors")), GTK_SORT_DESCENDING);
  g_assert_cmpint (mp_facility_item_get_doctors (nth (page, 0)), >, 0);
  for (guint i = 1; i < 100; i++)
    g_assert_cmpint (mp_facility_item_get_doctors (nth (page, i - 1)), >=,
                     mp_facility_item_get_doctors (nth (page, i)));
  g_assert_cmpint (mp_facility_item_get_doctors (nth (page, N_SYNTHETIC / 8 - 1)), ==, -1);
  gtk_drop_down_set_selected (mp_facilities_page_get_kind_dropdown (page), 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_SYNTHETIC);
  mp_ui_test_spin_for (100);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Folding, as searching relies on it; needs no display. */
static void
test_fold (void)
{
  g_autofree char *a = mp_facility_fold ("Bệnh viện Chợ Rẫy");
  g_autofree char *b = mp_facility_fold ("ĐÀ NẴNG, Cần Thơ, Thừa Thiên Huế");
  g_autofree char *c = mp_facility_fold ("VN-SG đường Москва");
  g_autofree char *d = mp_facility_fold ("bad \xff utf-8");

  g_assert_cmpstr (a, ==, "benh vien cho ray");
  g_assert_cmpstr (b, ==, "da nang, can tho, thua thien hue");
  g_assert_cmpstr (c, ==, "vn-sg duong москва");
  g_assert_true (g_utf8_validate (d, -1, NULL));
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  /* The application starts on a new database, which it fills with the
   * sample. */
  tmp_dir = mp_ui_test_init (&argc, &argv, "facilities", "db", &has_display);
  g_test_add_func ("/ui/facilities/fold", test_fold);
  if (has_display)
    {
      adw_init ();
      g_test_add_func ("/ui/facilities/sample", test_sample);
      g_test_add_func ("/ui/facilities/large", test_large);
    }
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
