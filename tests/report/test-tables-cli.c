/* test-tables-cli.c — `medplan-cli export FILE.xlsx|FILE.csv --table NAME
 * [--unit CODE]` as scripts meet it: the real binary on the sample
 * database, its exit statuses (DESIGN §7) and the files it leaves. */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "mp-test-util.h"

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static int
run_cli (char      **err,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *arg;
  va_list ap;
  int status;

  g_ptr_array_add (argv, (char *) g_getenv ("MEDPLAN_CLI"));
  va_start (ap, first);
  for (arg = first; arg; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  env = g_environ_unsetenv (env, "MEDPLAN_DB");
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli (void)
{
  const char *names[] = { "targets", "facilities", "training", "transfers" };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("medplan-tables-cli-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "m.db", NULL);
  g_autofree char *xml = g_build_filename (dir, "out.xml", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "out.xlsx", NULL);
  g_autofree char *csv = g_build_filename (dir, "ct.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  char *err = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (g_getenv ("MEDPLAN_CLI"), !=, NULL);
  g_assert_cmpint (run_cli (&err, "--db", db, "init", "--sample", NULL), ==, 0);
  g_clear_pointer (&err, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint x = 0; x < 2; x++)
      {
        g_autofree char *path = g_strdup_printf ("%s/%s.%s", dir, names[i], x ? "xlsx" : "csv");

        g_assert_cmpint (run_cli (&err, "--db", db, "export", path, "--table", names[i], NULL), ==, 0);
        g_assert_nonnull (strstr (err, path));
        g_clear_pointer (&err, g_free);
        g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
        contents = read_file (path);
        /* A zip archive, or a CSV with its byte order mark. */
        g_assert_true (g_str_has_prefix (contents, x ? "PK\x03\x04" : "\xEF\xBB\xBF"));
        g_clear_pointer (&contents, g_free);
      }

  /* --unit for the targets. */
  g_assert_cmpint (run_cli (&err, "--db", db, "export", csv, "--table", "targets", "--unit", "VN-CT", NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  contents = read_file (csv);
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 9 + 1);
  g_assert_cmpint (run_cli (&err, "--db", db, "export", csv, "--table", "targets", "--unit", "NOPE", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "NOPE"));
  g_clear_pointer (&err, g_free);

  /* Usage errors. */
  g_assert_cmpint (run_cli (&err, "--db", db, "export", xlsx, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--table"));
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (&err, "--db", db, "export", xml, "--table", "targets", NULL), ==, 2);
  g_assert_nonnull (strstr (err, ".xlsx"));
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (xml, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (&err, "--db", db, "export", xlsx, "--table", "people", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "people"));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_nonnull (strstr (err, names[i]));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "--db", db, "export", xlsx, "--table", "facilities", "--unit", "VN-CT", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--unit"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (&err, "--db", db, "export", xlsx, "--table", "targets", "--format", "adx", NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));

  mp_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tables/cli", test_cli);
  return g_test_run ();
}
