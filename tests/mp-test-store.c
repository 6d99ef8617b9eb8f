/* mp-test-store.c — a sample database in a temporary folder (see the
 * header). */
#include "mp-test-store.h"

#include "mp-test-util.h"

void
mp_test_sample_open (MpTestSample *sample,
                     const char   *tmpl)
{
  g_autoptr(GError) error = NULL;

  sample->dir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  sample->db = g_build_filename (sample->dir, "m.db", NULL);
  sample->store = mp_store_open (sample->db, MP_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (mp_store_load_sample (sample->store, &error));
  g_assert_no_error (error);
}

void
mp_test_sample_close (MpTestSample *sample)
{
  g_clear_object (&sample->store);
  if (sample->dir != NULL)
    mp_test_remove_tree (sample->dir);
  g_clear_pointer (&sample->dir, g_free);
  g_clear_pointer (&sample->db, g_free);
}
