/* test-facility-list.c — the model under the Facilities page, without
 * widgets (no display needed): MpFacilityList loaded at once and in a
 * worker thread holds the same facilities, in the same order, as the
 * GListStore of mp_facility_item_load(); cancelling a load in a thread
 * reports it; and mp_facility_item_matches() and MpFacilityFilter keep the
 * rules of the search (text, kind, unit, ownership) through a
 * GtkFilterListModel over the list. On a real SQLite file of 5,000 made-up
 * facilities. */
#include <gtk/gtk.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "mp-facility-filter.h"
#include "mp-facility-item.h"
#include "mp-facility-list.h"
#include "mp-store.h"
#include "mp-test-util.h"

#define N_SYNTHETIC 5000

static char *tmp_dir;

/* `name` in the temporary folder, written on first use. */
static MpStore *
open_synthetic (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  MpStore *store;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(MpStore) created = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);
      g_autofree char *sql = mp_test_synthetic_facilities_sql (N_SYNTHETIC, "Bệnh viện");
      sqlite3 *db = NULL;

      g_assert_no_error (error);
      g_clear_object (&created);
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "INSERT INTO staffing (facility_id, year, category, headcount) "
                                         "SELECT id, 2024, 'doctor', id % 300 FROM facility", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
    }
  store = mp_store_open (path, MP_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return store;
}

static void
assert_same_items (GListModel *a,
                   GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (b));
  g_assert_true (g_list_model_get_item_type (a) == MP_TYPE_FACILITY_ITEM);
  g_assert_true (g_list_model_get_item_type (b) == MP_TYPE_FACILITY_ITEM);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpFacilityItem) x = g_list_model_get_item (a, i);
      g_autoptr(MpFacilityItem) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (mp_facility_item_get_code (x), ==, mp_facility_item_get_code (y));
      g_assert_cmpstr (mp_facility_item_get_name (x), ==, mp_facility_item_get_name (y));
      g_assert_cmpstr (mp_facility_item_get_unit (x), ==, mp_facility_item_get_unit (y));
      g_assert_cmpstr (mp_facility_item_get_unit_name (x), ==, mp_facility_item_get_unit_name (y));
      g_assert_cmpstr (mp_facility_item_get_kind (x), ==, mp_facility_item_get_kind (y));
      g_assert_cmpstr (mp_facility_item_get_ownership (x), ==, mp_facility_item_get_ownership (y));
      g_assert_cmpstr (mp_facility_item_get_search_key (x), ==, mp_facility_item_get_search_key (y));
      g_assert_cmpint (mp_facility_item_get_beds (x), ==, mp_facility_item_get_beds (y));
      g_assert_cmpint (mp_facility_item_get_doctors (x), ==, mp_facility_item_get_doctors (y));
    }
}

static void
test_load (void)
{
  g_autoptr(MpStore) store = open_synthetic ("list.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) tree = mp_facility_item_load (store, &error);
  g_autoptr(MpFacilityList) list = NULL;
  g_autoptr(MpFacilityItem) last = NULL;

  g_assert_no_error (error);
  list = mp_facility_list_load (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_SYNTHETIC);
  assert_same_items (G_LIST_MODEL (tree), G_LIST_MODEL (list));

  /* Past the end: NULL, as GListModel wants. */
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), N_SYNTHETIC));
  g_assert_null (mp_facility_list_peek (list, N_SYNTHETIC));
  last = g_list_model_get_item (G_LIST_MODEL (list), N_SYNTHETIC - 1);
  g_assert_true (mp_facility_list_peek (list, N_SYNTHETIC - 1) == (gpointer) last);
  /* The staffing came through. */
  g_assert_cmpint (mp_facility_item_get_doctors (last), >=, 0);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static MpFacilityList *
load_in_thread (MpStore       *store,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  mp_facility_list_load_async (store, cancellable, loaded_cb, &result);
  if (cancellable)
    g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return mp_facility_list_load_finish (result, error);
}

static void
test_load_async (void)
{
  g_autoptr(MpStore) store = open_synthetic ("async.db");  /* it deletes one */
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) tree = mp_facility_item_load (store, &error);
  g_autoptr(MpFacilityList) list = NULL;
  g_autoptr(MpFacilityList) cancelled = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  list = load_in_thread (store, NULL, &error);
  g_assert_no_error (error);
  assert_same_items (G_LIST_MODEL (tree), G_LIST_MODEL (list));

  /* The thread reads the file on a connection of its own: what another
   * connection committed shows. */
  g_assert_cmpint (sqlite3_open (mp_store_get_path (store), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM facility WHERE code = 'F000007'", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_clear_object (&list);
  list = load_in_thread (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, N_SYNTHETIC - 1);

  cancelled = load_in_thread (store, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (cancelled);
}

static guint
count_matching (MpFacilityList *list,
                const char     *text,
                const char     *kind,
                const char     *unit,
                const char     *ownership)
{
  g_autofree char *query = mp_facility_fold (text);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      MpFacilityItem *item = mp_facility_list_peek (list, i);
      const char *key = mp_facility_item_get_search_key (item);
      gboolean by_hand = strstr (key, query) != NULL &&
                         (!kind || g_str_equal (kind, mp_facility_item_get_kind (item))) &&
                         (!unit || g_str_equal (unit, mp_facility_item_get_unit (item))) &&
                         (!ownership || g_str_equal (ownership, mp_facility_item_get_ownership (item)));

      g_assert_cmpint (by_hand, ==, mp_facility_item_matches (item, query, kind, unit, ownership));
      n += by_hand;
    }
  return n;
}

static void
test_filter (void)
{
  g_autoptr(MpStore) store = open_synthetic ("list.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(MpFacilityList) list = mp_facility_list_load (store, &error);
  MpFacilityFilter *filter = mp_facility_filter_new ();
  g_autoptr(GtkFilterListModel) model = NULL;
  static const char * const texts[] = { "n", "ng", "nguy", "nguyễn", "NGUYEN", "nguyen x", "", "f00012", "ĐỒNG THỬ" };
  guint n;

  g_assert_no_error (error);
  model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (list)), GTK_FILTER (filter));

  /* Narrowing and widening the text, as typing does. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      mp_facility_filter_set_text (filter, texts[i]);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                        count_matching (list, texts[i], NULL, NULL, NULL));
    }
  mp_facility_filter_set_text (filter, "nguyen");
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  /* Nguyễn is the first syllable of facility i when i % 20 = 19 (250 of
   * 5,000) and the second when (i / 20) % 20 = 19 (12 runs of 20, of which
   * 12 have it first too): 250 + 240 - 12. */
  g_assert_cmpuint (n, ==, 478);

  mp_facility_filter_set_kind (filter, "clinic");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    count_matching (list, "nguyen", "clinic", NULL, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <, n);
  mp_facility_filter_set_ownership (filter, "private");
  mp_facility_filter_set_unit (filter, "P03");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    count_matching (list, "nguyen", "clinic", "P03", "private"));
  mp_facility_filter_set_text (filter, "");
  mp_facility_filter_set_kind (filter, NULL);
  mp_facility_filter_set_ownership (filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    count_matching (list, "", NULL, "P03", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
  mp_facility_filter_set_unit (filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_SYNTHETIC);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("medplan-test-facility-list-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/facility-list/load", test_load);
  g_test_add_func ("/facility-list/load-async", test_load_async);
  g_test_add_func ("/facility-list/filter", test_filter);
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
