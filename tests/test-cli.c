/* test-cli.c — medplan-cli as scripts meet it: the real binary, real
 * files, exit statuses and output of DESIGN §7. */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mp-test-util.h"
#include <string.h>

typedef struct {
  char *dir;
  char *db;
} Fixture;

typedef struct {
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("medplan-cli-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "m.db", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  mp_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* Runs medplan-cli with `args` (NULL-terminated), in `lang`. */
static Result
run (const char *lang,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  Result r = { 0 };
  const char *arg;
  va_list ap;
  int wait_status;

  g_ptr_array_add (argv, (char *) g_getenv ("MEDPLAN_CLI"));
  va_start (ap, lang);
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "LANGUAGE", lang, TRUE);
  env = g_environ_unsetenv (env, "MEDPLAN_DB");
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &r.out, &r.err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r.status = WEXITSTATUS (wait_status);
  return r;
}

static guint
count_lines (const char *text)
{
  guint n = 0;
  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

/* The row of `tsv` whose first columns are indicator, unit and year. */
static char **
tsv_row (const char *tsv,
         const char *key)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);
  for (int i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], key))
      return g_strsplit (lines[i], "\t", -1);
  return NULL;
}

static void
test_init_and_targets (Fixture       *f,
                       gconstpointer  data)
{
  Result r;
  g_auto(GStrv) header = NULL;
  g_auto(GStrv) row = NULL;
  const char *needed[] = { "indicator", "unit", "year", "comparator", "value", "value_high",
                           "latest_period", "latest_value", "projected", "status" };

  r = run ("en", "--db", f->db, "init", "--sample", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);

  r = run ("en", "--db", f->db, "targets", "--tsv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (count_lines (r.out), ==, 1 + 53);
  header = g_strsplit (strtok (r.out, "\n"), "\t", -1);
  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    g_assert_true (g_strv_contains ((const char * const *) header, needed[i]));
  result_clear (&r);

  r = run ("en", "--db", f->db, "targets", "--tsv", "--unit", "VN-CT", NULL);
  g_assert_cmpuint (count_lines (r.out), ==, 1 + 9);
  row = tsv_row (r.out, "PHD_TRAINED\tVN-CT\t2030\t");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[3], ==, "between");
  g_assert_cmpstr (row[4], ==, "30");
  g_assert_cmpstr (row[5], ==, "50");
  g_assert_cmpstr (row[10], ==, "no_data");
  result_clear (&r);

  r = run ("en", "--db", f->db, "targets", "--tsv", "--unit", "PROVINCE-A", "--year", "2025", NULL);
  g_assert_cmpuint (count_lines (r.out), ==, 1 + 20);
  result_clear (&r);

  /* Human output, in Vietnamese with the decimal comma. */
  r = run ("vi", "--db", f->db, "targets", "--unit", "VN-CT", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "14,8"));
  g_assert_nonnull (strstr (r.out, "Cần Thơ"));
  result_clear (&r);

  /* init on an existing file keeps it; --sample again is refused. */
  r = run ("en", "--db", f->db, "init", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  r = run ("en", "--db", f->db, "init", "--sample", NULL);
  g_assert_cmpint (r.status, ==, 1);
  result_clear (&r);
  r = run ("en", "--db", f->db, "targets", "--tsv", NULL);
  g_assert_cmpuint (count_lines (r.out), ==, 1 + 53);
  result_clear (&r);

  r = run ("en", "--db", f->db, "check", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
}

/* DESIGN §5's worked example through the command line. */
static void
test_set (Fixture       *f,
          gconstpointer  data)
{
  Result r;
  g_auto(GStrv) row = NULL;

  r = run ("en", "--db", f->db, "init", "--sample", NULL);
  result_clear (&r);

  /* Vietnamese decimal comma is accepted. */
  r = run ("vi", "--db", f->db, "set", "15,6", "--indicator", "DOCTORS_PER_10K", "--unit", "VN-CT",
           "--period", "2026", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);

  r = run ("en", "--db", f->db, "targets", "--tsv", "--unit", "VN-CT", NULL);
  row = tsv_row (r.out, "DOCTORS_PER_10K\tVN-CT\t2030\t");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[6], ==, "2026");
  g_assert_cmpstr (row[7], ==, "15.6");
  g_assert_cmpstr (row[8], ==, "typed");
  g_assert_cmpstr (row[9], ==, "18.8");
  g_assert_cmpstr (row[10], ==, "at_risk");
  result_clear (&r);
  g_clear_pointer (&row, g_strfreev);

  r = run ("en", "--db", f->db, "set", "16", "-i", "DOCTORS_PER_10K", "-u", "VN-CT", "-p", "2026", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  r = run ("en", "--db", f->db, "targets", "--tsv", "--unit", "VN-CT", NULL);
  row = tsv_row (r.out, "DOCTORS_PER_10K\tVN-CT\t2030\t");
  g_assert_cmpstr (row[9], ==, "20.8");
  g_assert_cmpstr (row[10], ==, "on_track");
  result_clear (&r);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  Result r;

  r = run ("en", "--db", f->db, "init", "--sample", NULL);
  result_clear (&r);

  r = run ("en", "--db", f->db, "set", "abc", "-i", "DOCTORS_PER_10K", "-u", "VN-CT", "-p", "2026", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "abc"));
  result_clear (&r);

  r = run ("en", "--db", f->db, "set", "1", "-i", "NO_SUCH", "-u", "VN-CT", "-p", "2026", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "NO_SUCH"));
  result_clear (&r);

  r = run ("en", "--db", f->db, "set", "1", "-i", "DOCTORS_PER_10K", "-u", "VN-CT", "-p", "2026Q7", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "2026Q7"));
  result_clear (&r);

  r = run ("en", "--db", f->db, "targets", "--unit", "VN-ZZ", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "VN-ZZ"));
  result_clear (&r);

  /* The error is a translated sentence. */
  r = run ("vi", "--db", f->db, "set", "1", "-i", "NO_SUCH", "-u", "VN-CT", "-p", "2026", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "Không có chỉ số"));
  result_clear (&r);
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  Result r;

  r = run ("en", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "frobnicate", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "--db", f->db, "set", "1", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "--db", f->db, "targets", "--year", "abc", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "--bogus", "targets", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "targets"));
  result_clear (&r);
}

/* Exit status 3, and the file is never written. */
static void
test_unusable (Fixture       *f,
               gconstpointer  data)
{
  Result r;
  g_autofree char *contents = NULL;
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  g_autofree char *journal = g_strconcat (f->db, "-journal", NULL);

  /* Missing. */
  r = run ("en", "--db", f->db, "targets", NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  result_clear (&r);

  /* Not a Medplan file. */
  g_assert_true (g_file_set_contents (f->db, "id,name\n1,x\n", -1, NULL));
  r = run ("en", "--db", f->db, "set", "1", "-i", "DOCTORS_PER_10K", "-u", "VN-CT", "-p", "2026", NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_nonnull (strstr (r.err, f->db));
  result_clear (&r);
  r = run ("en", "--db", f->db, "init", "--sample", NULL);
  g_assert_cmpint (r.status, ==, 3);
  result_clear (&r);
  r = run ("en", "--db", f->db, "check", NULL);
  g_assert_cmpint (r.status, ==, 3);
  result_clear (&r);
  g_assert_true (g_file_get_contents (f->db, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "id,name\n1,x\n");
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* Another program holds the database: exit status 3, nothing lost. */
static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  Result r;
  sqlite3 *db = NULL;

  r = run ("en", "--db", f->db, "init", "--sample", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);

  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE; INSERT INTO change_log (at, tbl, code, action, origin)"
                                     " VALUES ('x', 'x', 'x', 'insert', 'x');", NULL, NULL, NULL), ==, SQLITE_OK);
  r = run ("en", "--db", f->db, "set", "16", "-i", "DOCTORS_PER_10K", "-u", "VN-CT", "-p", "2026", NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_nonnull (strstr (r.err, "locked by another program"));
  g_assert_nonnull (strstr (r.err, f->db));
  result_clear (&r);
  /* Readers are not blocked by a writer (WAL). */
  r = run ("en", "--db", f->db, "targets", "--tsv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);

  r = run ("en", "--db", f->db, "set", "16", "-i", "DOCTORS_PER_10K", "-u", "VN-CT", "-p", "2026", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
}

/* $MEDPLAN_DB is the default database. */
static void
test_env_default (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("MEDPLAN_CLI"), "init", NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "MEDPLAN_DB", f->db, TRUE);
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_test (f->db, G_FILE_TEST_IS_REGULAR));
}

static char *
read_file (const char *path)
{
  char *contents = NULL;
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* export → import into an empty database → export: the same file. */
static void
test_export_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *a = g_build_filename (f->dir, "a.xml", NULL);
  g_autofree char *b = g_build_filename (f->dir, "b.xml", NULL);
  g_autofree char *db2 = g_build_filename (f->dir, "empty.db", NULL);
  g_autofree char *adx = g_build_filename (f->dir, "o.adx.xml", NULL);
  g_autofree char *dhis2 = g_build_filename (f->dir, "o.dhis2.xml", NULL);
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;
  GRegex *stamp = g_regex_new (" exported=\"[^\"]*\"", 0, 0, NULL);
  Result r;

  r = run ("en", "--db", f->db, "init", "--sample", NULL);
  result_clear (&r);
  r = run ("en", "--db", f->db, "set", "15.6", "-i", "DOCTORS_PER_10K", "-u", "VN-CT", "-p", "2026", NULL);
  result_clear (&r);
  r = run ("en", "--db", f->db, "export", a, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);

  r = run ("en", "--db", db2, "init", NULL);
  result_clear (&r);
  r = run ("en", "--db", db2, "import", a, "--dry-run", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Dry run"));
  result_clear (&r);
  r = run ("en", "--db", db2, "targets", "--tsv", NULL);
  g_assert_cmpuint (count_lines (r.out), ==, 1);   /* the dry run wrote nothing */
  result_clear (&r);

  r = run ("en", "--db", db2, "import", a, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Added"));
  g_assert_nonnull (strstr (r.out, "native"));
  result_clear (&r);
  r = run ("en", "--db", db2, "export", b, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);

  {
    g_autofree char *fa = read_file (a);
    g_autofree char *fb = read_file (b);
    ta = g_regex_replace_literal (stamp, fa, -1, 0, "", 0, NULL);
    tb = g_regex_replace_literal (stamp, fb, -1, 0, "", 0, NULL);
  }
  g_assert_cmpstr (ta, ==, tb);

  /* Importing the same file again changes nothing. */
  r = run ("en", "--db", db2, "import", a, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Added 0, updated 0"));
  result_clear (&r);

  /* The aggregate formats. */
  r = run ("en", "--db", f->db, "export", adx, "--format", "adx", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  g_free (ta);
  ta = read_file (adx);
  g_assert_nonnull (strstr (ta, "urn:ihe:qrph:adx:2015"));
  g_assert_nonnull (strstr (ta, "2026-01-01/P1Y"));
  r = run ("en", "--db", f->db, "export", dhis2, "--format", "dhis2", "--unit", "VN-CT", "--period", "2026", NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  g_free (tb);
  tb = read_file (dhis2);
  g_assert_nonnull (strstr (tb, "dataValueSet"));
  g_assert_nonnull (strstr (tb, "DOCTORS_PER_10K"));
  g_assert_null (strstr (tb, "\"2025\""));
  r = run ("en", "--db", db2, "import", dhis2, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "dhis2"));
  result_clear (&r);

  g_regex_unref (stamp);
}

static void
test_import_errors (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (f->dir, "bad.xml", NULL);
  g_autofree char *out = g_build_filename (f->dir, "out.xml", NULL);
  g_autofree char *expect = NULL;
  Result r;

  r = run ("en", "--db", f->db, "init", "--sample", NULL);
  result_clear (&r);
  g_assert_true (g_file_set_contents (bad,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
    "  <observations>\n"
    "    <observation indicator=\"DOCTORS_PER_10K\" unit=\"VN-CT\" period=\"2026\" value=\"16\"/>\n"
    "    <observation indicator=\"NO_SUCH\" unit=\"VN-CT\" period=\"2026\" value=\"1\"/>\n"
    "  </observations>\n"
    "</medplan>\n", -1, NULL));

  r = run ("en", "--db", f->db, "import", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  expect = g_strdup_printf ("%s:5:", bad);
  g_assert_nonnull (strstr (r.err, expect));
  g_assert_nonnull (strstr (r.err, "error: "));
  g_assert_nonnull (strstr (r.err, "NO_SUCH"));
  result_clear (&r);
  /* Nothing was imported, not even the good row before the bad one. */
  r = run ("en", "--db", f->db, "targets", "--tsv", "--unit", "VN-CT", NULL);
  g_assert_null (strstr (r.out, "\t2026\t16\t"));
  result_clear (&r);

  r = run ("en", "--db", f->db, "import", bad, "--format", "csv", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "--db", f->db, "import", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "--db", f->db, "export", out, "--format", "auto", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "--db", f->db, "export", out, "--unit", "VN-ZZ", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "VN-ZZ"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  result_clear (&r);
  r = run ("en", "--db", f->db, "export", "/nonexistent-dir/x.xml", NULL);
  g_assert_cmpint (r.status, ==, 1);   /* the output path, not the database */
  result_clear (&r);
}

/* `chart`: the trend of an indicator to each format, the other kinds, and
 * the errors a script meets, with DESIGN §7's exit statuses. */
static void
test_chart (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "doctors.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "network.svg", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "status.pdf", NULL);
  g_autofree char *txt = g_build_filename (f->dir, "chart.txt", NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;
  Result r;

  r = run ("vi", "--db", f->db, "chart", "--indicator", "DOCTORS_PER_10K", "--unit", "VN-CT", "--out", png, NULL);
  g_assert_cmpint (r.status, ==, 3);   /* no database yet: nothing to draw */
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  result_clear (&r);

  r = run ("en", "--db", f->db, "init", "--sample", NULL);
  result_clear (&r);

  r = run ("vi", "--db", f->db, "chart", "--indicator", "DOCTORS_PER_10K", "--unit", "VN-CT", "--out", png,
           "--width", "640", "--height", "400", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "Số bác sĩ trên 10.000 dân"));
  result_clear (&r);
  g_assert_true (g_file_get_contents (png, &contents, &len, NULL));
  g_assert_true (len > 1000 && memcmp (contents, "\x89PNG\r\n", 6) == 0);
  /* IHDR: width and height, big-endian, at bytes 16 and 20. */
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 16)), ==, 640);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 20)), ==, 400);
  g_clear_pointer (&contents, g_free);

  r = run ("en", "--db", f->db, "chart", "--kind", "network", "--out", svg, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);

  r = run ("en", "--db", f->db, "chart", "--kind", "status", "--unit", "VN-CT", "--out", pdf, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* Usage errors: 2, and no file. */
  r = run ("vi", "--db", f->db, "chart", "--indicator", "DOCTORS_PER_10K", "--unit", "VN-CT", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--out"));
  result_clear (&r);
  r = run ("vi", "--db", f->db, "chart", "--indicator", "DOCTORS_PER_10K", "--unit", "VN-CT", "--out", txt, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, ".png"));
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  result_clear (&r);
  r = run ("en", "--db", f->db, "chart", "--unit", "VN-CT", "--out", png, NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "--db", f->db, "chart", "--kind", "pie", "--out", png, NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
  r = run ("en", "--db", f->db, "chart", "--indicator", "DOCTORS_PER_10K", "--unit", "VN-CT", "--out", png,
           "--width", "5", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  /* Bad data: 1, naming the code; an output folder that does not exist: 1. */
  r = run ("vi", "--db", f->db, "chart", "--indicator", "NO_SUCH", "--unit", "VN-CT", "--out", png, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "NO_SUCH"));
  result_clear (&r);
  r = run ("en", "--db", f->db, "chart", "--indicator", "DOCTORS_PER_10K", "--unit", "VN-CT",
           "--out", "/nonexistent-dir/x.png", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "x.png"));
  result_clear (&r);
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("MEDPLAN_CLI"));
  ADD ("/cli/init-and-targets", test_init_and_targets);
  ADD ("/cli/set", test_set);
  ADD ("/cli/bad-input", test_bad_input);
  ADD ("/cli/usage", test_usage);
  ADD ("/cli/unusable", test_unusable);
  ADD ("/cli/env-default", test_env_default);
  ADD ("/cli/locked", test_locked);
  ADD ("/cli/export-import", test_export_import);
  ADD ("/cli/import-errors", test_import_errors);
  ADD ("/cli/chart", test_chart);
  return g_test_run ();
}
