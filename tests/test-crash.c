/* test-crash.c — crash safety of import (DESIGN §8): `medplan-cli import`
 * of a native file big enough to take about a second is killed with
 * SIGKILL at moments spread over the whole import, again and again; after
 * each kill the database must pass PRAGMA integrity_check, hold either
 * none or all of the file (observations and the change_log entry
 * together), and still open as a Medplan database (`medplan-cli check`).
 *
 * MEDPLAN_CLI is the medplan-cli to run (tests/meson.build sets it). */
#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include "mp-test-util.h"

#define N_INDICATORS 20
#define N_UNITS      1000
#define PERIODS_PER_YEAR 7
#define N_YEARS      12
#define MAX_ROWS ((guint64) N_INDICATORS * N_UNITS * N_YEARS * PERIODS_PER_YEAR)
#define N_KILLS      24

static const char * const suffixes[PERIODS_PER_YEAR] = { "", "Q1", "Q2", "Q3", "Q4", "S1", "S2" };

typedef struct {
  char   *dir;
  char   *base_db;      /* sample + the units and indicators, checkpointed */
  char   *big;          /* the observations */
  guint64 rows;         /* observations in big */
  gint64  base_obs;     /* observations in base_db */
  gint64  base_log;     /* change_log rows in base_db */
  gint64  import_usec;  /* one full import */
} World;

static World world;

/* ---- Files ---------------------------------------------------------------- */

static void
write_definitions (const char *path)
{
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n  <units>\n", f);
  for (int u = 0; u < N_UNITS; u++)
    fprintf (f, "    <unit code=\"CRASH-%04d\" level=\"district\" parent=\"VN-CT\">\n"
                "      <name xml:lang=\"vi\">Huyện %d</name>\n    </unit>\n", u, u);
  fputs ("  </units>\n  <indicators>\n", f);
  for (int i = 0; i < N_INDICATORS; i++)
    fprintf (f, "    <indicator code=\"CRASH_%02d\" measure=\"count\" direction=\"up\" decimals=\"0\">\n"
                "      <name xml:lang=\"vi\">Chỉ số %d</name>\n    </indicator>\n", i, i);
  fputs ("  </indicators>\n</medplan>\n", f);
  g_assert_cmpint (fclose (f), ==, 0);
}

/* `rows` observations, none of them in the base database. */
static void
write_observations (const char *path,
                    guint64     rows)
{
  FILE *f = fopen (path, "w");
  guint64 n = 0;

  g_assert_nonnull (f);
  g_assert_cmpuint (rows, <=, MAX_ROWS);
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n  <observations>\n", f);
  for (int i = 0; i < N_INDICATORS && n < rows; i++)
    for (int u = 0; u < N_UNITS && n < rows; u++)
      for (int p = 0; p < N_YEARS * PERIODS_PER_YEAR && n < rows; p++, n++)
        fprintf (f, "    <observation indicator=\"CRASH_%02d\" unit=\"CRASH-%04d\" period=\"%d%s\" value=\"%u\""
                    " updated-at=\"2026-01-02T03:04:05Z\"/>\n",
                 i, u, 2010 + p / PERIODS_PER_YEAR, suffixes[p % PERIODS_PER_YEAR], (guint) (n % 100000));
  fputs ("  </observations>\n</medplan>\n", f);
  g_assert_cmpint (fclose (f), ==, 0);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (to, contents, (gssize) len, NULL));
}


static gboolean
dir_has_files (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  return d && g_dir_read_name (d) != NULL;
}

/* ---- medplan-cli -------------------------------------------------------- */

/* Runs medplan-cli to the end; returns its exit status. */
static int
cli (const char *db,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  const char *arg;
  va_list ap;
  int wait_status;

  g_ptr_array_add (argv, (char *) g_getenv ("MEDPLAN_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) db);
  va_start (ap, db);
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  if (WEXITSTATUS (wait_status) != 0)
    g_test_message ("medplan-cli %s: exit %d: %s", (char *) argv->pdata[3], WEXITSTATUS (wait_status), err);
  return WEXITSTATUS (wait_status);
}

/* ---- The database as SQLite sees it -------------------------------------- */


typedef struct {
  gint64 obs;
  gint64 log;
} Counts;

/* integrity_check and foreign_key_check pass; returns the counts. */
static Counts
inspect (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt;
  Counts c;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  /* Still a Medplan file by its marks. */
  g_assert_cmpint (mp_test_query_int (db, "PRAGMA application_id"), ==, 0x4d504c4e);
  g_assert_cmpint (mp_test_query_int (db, "PRAGMA user_version"), >, 0);
  c.obs = mp_test_query_int (db, "SELECT count(*) FROM observation");
  c.log = mp_test_query_int (db, "SELECT count(*) FROM change_log");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return c;
}

/* ---- Setting up ----------------------------------------------------------- */

static gint64
timed_import (const char *db)
{
  gint64 start = g_get_monotonic_time ();

  g_assert_cmpint (cli (db, "import", world.big, NULL), ==, 0);
  return g_get_monotonic_time () - start;
}

/* Builds the base database and a file whose import takes about a second
 * on this machine (and in this build: sanitizers are slower). */
static void
world_setup (void)
{
  g_autofree char *defs = NULL;
  g_autofree char *probe_dir = NULL;
  g_autofree char *probe = NULL;
  Counts base, full;

  world.dir = g_dir_make_tmp ("medplan-crash-XXXXXX", NULL);
  g_assert_nonnull (world.dir);
  world.base_db = g_build_filename (world.dir, "base.db", NULL);
  world.big = g_build_filename (world.dir, "big.xml", NULL);
  defs = g_build_filename (world.dir, "defs.xml", NULL);
  probe_dir = g_build_filename (world.dir, "probe", NULL);
  probe = g_build_filename (probe_dir, "m.db", NULL);

  write_definitions (defs);
  g_assert_cmpint (cli (world.base_db, "init", "--sample", NULL), ==, 0);
  g_assert_cmpint (cli (world.base_db, "import", defs, NULL), ==, 0);
  g_assert_cmpint (cli (world.base_db, "check", NULL), ==, 0);
  /* medplan-cli leaves no log behind: the file alone is the database. */
  base = inspect (world.base_db);
  world.base_obs = base.obs;
  world.base_log = base.log;

  world.rows = 200000;
  for (int round = 0; round < 4; round++)
    {
      double seconds;

      write_observations (world.big, world.rows);
      mp_test_remove_tree (probe_dir);
      g_assert_cmpint (g_mkdir (probe_dir, 0700), ==, 0);
      copy_file (world.base_db, probe);
      world.import_usec = timed_import (probe);
      seconds = world.import_usec / 1e6;
      g_test_message ("calibration: %" G_GUINT64_FORMAT " observations imported in %.2f s",
                      world.rows, seconds);
      if ((seconds >= 0.8 && seconds <= 2.5) ||
          (seconds < 0.8 && world.rows == MAX_ROWS) || (seconds > 2.5 && world.rows <= 20000))
        break;
      world.rows = (guint64) CLAMP (world.rows * 1.2 / seconds, 20000, (double) MAX_ROWS);
    }

  /* The full import holds everything, with its change_log entry. */
  full = inspect (probe);
  g_assert_cmpint (full.obs, ==, world.base_obs + (gint64) world.rows);
  g_assert_cmpint (full.log, >, world.base_log);
  mp_test_remove_tree (probe_dir);
}

/* ---- The test -------------------------------------------------------------- */

typedef enum {
  OUTCOME_NONE,
  OUTCOME_ALL,
} Outcome;

static void
test_kill_import (void)
{
  guint n_none = 0, n_all = 0, n_killed = 0, n_mid = 0, n_finished = 0;
  gint64 span;

  world_setup ();
  span = world.import_usec * 115 / 100;

  g_test_message ("%d kills over %.2f s, %" G_GUINT64_FORMAT " observations",
                  N_KILLS, span / 1e6, world.rows);

  /* When a loaded machine made every import slower than the timed one, no
   * kill came after the commit: a few more runs, each waiting twice as
   * long, until one does. */
  for (int run = 0; run < N_KILLS || (n_all == 0 && run < N_KILLS + 4); run++)
    {
      g_autofree char *run_dir = g_strdup_printf ("%s/run-%02d", world.dir, run);
      g_autofree char *db = g_build_filename (run_dir, "m.db", NULL);
      g_autofree char *backups = g_build_filename (run_dir, "backups", NULL);
      g_autofree char *copy_dir = g_strdup_printf ("%s/copy-%02d", world.dir, run);
      g_autofree char *copy = g_build_filename (copy_dir, "m.db", NULL);
      /* Stratified: each run kills at a random moment of its own slice of
       * the import, so the kills cover it from start to end. */
      gint64 delay = run < N_KILLS
                     ? span * run / N_KILLS + g_test_rand_int_range (0, (gint32) MAX (1, span / N_KILLS))
                     : span * (2 << (run - N_KILLS));
      const char *argv[] = { g_getenv ("MEDPLAN_CLI"), "--db", db, "import", world.big, NULL };
      g_autoptr(GError) error = NULL;
      gboolean killed, began;
      GPid pid;
      int wait_status;
      Counts c;
      Outcome outcome;

      g_assert_cmpint (g_mkdir (run_dir, 0700), ==, 0);
      g_assert_cmpint (g_mkdir (copy_dir, 0700), ==, 0);
      copy_file (world.base_db, db);

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                    NULL, NULL, &pid, &error));
      g_assert_no_error (error);
      g_usleep ((gulong) delay);
      kill (pid, SIGKILL);
      while (waitpid (pid, &wait_status, 0) < 0)
        g_assert_cmpint (errno, ==, EINTR);
      g_spawn_close_pid (pid);

      killed = WIFSIGNALED (wait_status) && WTERMSIG (wait_status) == SIGKILL;
      if (!killed)
        {
          /* It finished first: it must have succeeded. */
          g_assert_true (WIFEXITED (wait_status));
          g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
        }
      /* The import had begun: its backup was being written or done. */
      began = dir_has_files (backups);

      /* Look at the files exactly as the kill left them, twice: SQLite on a
       * copy, medplan-cli on the original. */
      copy_file (db, copy);
      {
        g_autofree char *wal = g_strconcat (db, "-wal", NULL);
        g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
        if (g_file_test (wal, G_FILE_TEST_EXISTS))
          copy_file (wal, copy_wal);
      }
      g_assert_cmpint (cli (db, "check", NULL), ==, 0);
      c = inspect (copy);

      if (c.obs == world.base_obs)
        {
          outcome = OUTCOME_NONE;
          g_assert_cmpint (c.log, ==, world.base_log);
        }
      else
        {
          g_assert_cmpint (c.obs, ==, world.base_obs + (gint64) world.rows);
          g_assert_cmpint (c.log, ==, world.base_log + 1);
          outcome = OUTCOME_ALL;
        }
      g_test_message ("run %2d: kill at %.3f s: %s, %s%s", run, delay / 1e6,
                      killed ? "killed" : "had finished",
                      outcome == OUTCOME_ALL ? "all" : "none",
                      killed && began && outcome == OUTCOME_NONE ? " (mid-import)" : "");

      n_none += outcome == OUTCOME_NONE;
      n_all += outcome == OUTCOME_ALL;
      n_killed += killed;
      n_finished += !killed;
      n_mid += killed && began && outcome == OUTCOME_NONE;
      mp_test_remove_tree (run_dir);
      mp_test_remove_tree (copy_dir);
    }

  g_test_message ("%u killed (%u during the import), %u finished; %u none, %u all",
                  n_killed, n_mid, n_finished, n_none, n_all);
  /* The kills landed before, during and after the import's commit. */
  g_assert_cmpuint (n_none, >=, 1);
  g_assert_cmpuint (n_all, >=, 1);
  g_assert_cmpuint (n_mid, >=, 1);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("MEDPLAN_CLI") == NULL)
    {
      g_printerr ("test-crash: set MEDPLAN_CLI to the medplan-cli to test\n");
      return 1;
    }
  g_test_add_func ("/crash/kill-import", test_kill_import);
  status = g_test_run ();
  if (world.dir)
    mp_test_remove_tree (world.dir);
  return status;
}
