/* bench-startup.c — DESIGN §8 "GUI start to first frame, 1M observations
 * and 100,000 facilities in the file ≤ 1.5 × a bare libadwaita window" and
 * "peak memory, GUI on that file ≤ 200 MB".
 *
 *   bench-startup [RUNS] [DIR]
 *
 * Writes (once: kept and reused when DIR is given, else in a temporary
 * folder removed at the end) a Medplan database holding the sample data,
 * 100,000 made-up facilities with staffing, and 1,000,000 observations.
 * Then, RUNS times (3 by default) each, it starts as child processes
 *
 *   medplan FILE.db        (with MEDPLAN_BENCH_FIRST_FRAME=1)
 *   bench-bare-window      (an AdwApplicationWindow: header bar and label)
 *
 * under the same display, with GSK_RENDERER=cairo. Each prints
 * "first-frame-ms N" when its window has painted its first frame (its
 * frame clock's first "after-paint"; N counts from the start of its
 * main()) and quits. This program measures from fork() to that line, and
 * takes the child's peak memory (ru_maxrss) from wait4(). One untimed run
 * of each comes first, so that both start with the files in the page
 * cache. Last, RUNS times, medplan again with
 * MEDPLAN_BENCH_FIRST_FRAME=facilities: after its first frame it shows the
 * Facilities page, and quits after that page's first frame.
 *
 * It needs a display (run it under xvfb-run); without one it says so and
 * exits 77. It exits 0 when the goals are met, 1 when one is missed, 2 when
 * a step fails. */
#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mp-store.h"
#include "mp-test-util.h"

#define N_FACILITIES 100000
#define N_OBSERVATIONS 1000000
#define N_DISTRICTS 400
#define TIMEOUT_MS 120000
#define GOAL_RATIO 1.5
#define GOAL_MEMORY_MB 200.0

typedef struct
{
  double fork_ms;     /* fork() to the line */
  double main_ms;     /* what the child printed: its main() to the frame */
  double page_ms;     /* "facilities-frame-ms", when asked for */
  double maxrss_mb;
  double cpu_ms;      /* user + system time of the child, to its exit */
} Run;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static gboolean
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_printerr ("bench-startup: %s\n", message ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/* The sample (documents, units, indicators, targets), then through SQLite:
 * the made-up facilities of the tests, moved onto their own 34 provinces,
 * doctors and nurses for two years, 400 districts, and observations of
 * every indicator for every unit over 84 periods (12 years of year, halves
 * and quarters) up to 1,000,000 rows. */
static gboolean
write_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);
  g_autofree char *facilities = NULL;
  g_autofree char *observations = NULL;
  sqlite3 *db = NULL;
  gboolean ok;

  if (store == NULL || !mp_store_load_sample (store, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return FALSE;
    }
  g_clear_object (&store);

  facilities = mp_test_synthetic_facilities_sql (N_FACILITIES, "Bệnh viện");
  observations = g_strdup_printf (
    "WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < %d) "
    "INSERT INTO unit (code, name_vi, name_en, level, parent_id) "
    "SELECT printf ('BD-%%03d', i), 'Huyện Đồng Thử ' || i, 'Test district ' || i, 'district',"
    " (SELECT id FROM unit WHERE code = printf ('P%%02d', i %% 34)) FROM d;"
    "WITH RECURSIVE y(year) AS (SELECT 2014 UNION ALL SELECT year + 1 FROM y WHERE year < 2025),"
    " s(suffix) AS (VALUES (''), ('Q1'), ('Q2'), ('Q3'), ('Q4'), ('S1'), ('S2')) "
    "INSERT OR IGNORE INTO observation (indicator_id, unit_id, period, value, source, updated_at) "
    "SELECT i.id, u.id, y.year || s.suffix, ((i.id * 7 + u.id * 13 + y.year * 3) %% 500) / 10.0,"
    " 'bench', '2025-01-01T00:00:00Z' FROM indicator AS i, unit AS u, y, s LIMIT %d;",
    N_DISTRICTS - 1, N_OBSERVATIONS);

  if (sqlite3_open (path, &db) != SQLITE_OK)
    {
      g_printerr ("bench-startup: cannot open %s: %s\n", path, sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }
  ok = exec_sql (db, "BEGIN;") &&
       exec_sql (db, facilities) &&
       /* The synthetic SQL expects an empty file (unit ids 1 to 34): put
        * the facilities on its provinces P00..P33 instead. */
       exec_sql (db, "UPDATE facility SET unit_id = (SELECT id FROM unit WHERE unit.code ="
                     " printf ('P%02d', CAST (substr (facility.code, 2) AS INTEGER) % 34))"
                     " WHERE code GLOB 'F[0-9][0-9][0-9][0-9][0-9][0-9]';") &&
       exec_sql (db, "INSERT OR IGNORE INTO staffing (facility_id, year, category, headcount, postgraduate) "
                     "SELECT id, 2023 + id % 2, 'doctor', id % 300, id % 40 FROM facility;"
                     "INSERT OR IGNORE INTO staffing (facility_id, year, category, headcount) "
                     "SELECT id, 2023 + id % 2, 'nurse', id % 500 FROM facility WHERE id % 3 > 0;") &&
       exec_sql (db, observations) &&
       exec_sql (db, "COMMIT;") &&
       exec_sql (db, "PRAGMA wal_checkpoint(TRUNCATE);");
  sqlite3_close (db);
  return ok;
}

/* The file at `path` if it holds what the benchmark needs (a file kept in
 * DIR from an earlier run), else written anew. */
static gboolean
ensure_database (const char *path)
{
  sqlite3 *db = NULL;
  gint64 facilities = -1, observations = -1;
  double t;

  if (g_file_test (path, G_FILE_TEST_EXISTS) &&
      sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    {
      facilities = mp_test_query_int (db, "SELECT count(*) FROM facility");
      observations = mp_test_query_int (db, "SELECT count(*) FROM observation");
    }
  sqlite3_close (db);
  if (facilities >= N_FACILITIES && observations >= N_OBSERVATIONS)
    {
      g_print ("database         %s (kept from an earlier run)\n", path);
    }
  else
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_remove (path);
      g_remove (wal);
      g_remove (shm);
      g_print ("database         writing %s …\n", path);
      t = now_ms ();
      if (!write_database (path))
        return FALSE;
      g_print ("                 written in %.1f s\n", (now_ms () - t) / 1000.0);
      if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        {
          sqlite3_close (db);
          return FALSE;
        }
      facilities = mp_test_query_int (db, "SELECT count(*) FROM facility");
      observations = mp_test_query_int (db, "SELECT count(*) FROM observation");
      sqlite3_close (db);
    }
  {
    GStatBuf st;
    g_print ("                 %" G_GINT64_FORMAT " facilities, %" G_GINT64_FORMAT " observations, %.0f MB\n",
             facilities, observations,
             g_stat (path, &st) == 0 ? st.st_size / 1e6 : 0.0);
  }
  return facilities >= N_FACILITIES && observations >= N_OBSERVATIONS;
}

/* Runs `argv` with `mode` as MEDPLAN_BENCH_FIRST_FRAME, reads its output
 * until it exits, and fills `run`. FALSE when it fails, prints no
 * first-frame line, or takes longer than TIMEOUT_MS. */
static gboolean
run_child (const char * const *argv,
           const char         *mode,
           Run                *run)
{
  g_autoptr(GString) output = g_string_new (NULL);
  struct rusage usage;
  int fds[2];
  int status = 0;
  pid_t pid;
  double start, deadline;
  gboolean seen_first = FALSE, seen_page = FALSE, timed_out = FALSE;
  const char *wanted = g_str_equal (mode, "facilities") ? "facilities-frame-ms " : "first-frame-ms ";

  memset (run, 0, sizeof *run);
  g_setenv ("MEDPLAN_BENCH_FIRST_FRAME", mode, TRUE);
  if (pipe (fds) != 0)
    return FALSE;
  fflush (stdout);
  fflush (stderr);
  start = now_ms ();
  pid = fork ();
  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      dup2 (fds[1], STDOUT_FILENO);
      close (fds[0]);
      close (fds[1]);
      execv (argv[0], (char * const *) argv);
      fprintf (stderr, "bench-startup: cannot run %s: %s\n", argv[0], g_strerror (errno));
      _exit (127);
    }
  close (fds[1]);
  deadline = start + TIMEOUT_MS;

  for (;;)
    {
      struct pollfd pfd = { .fd = fds[0], .events = POLLIN };
      char buffer[4096];
      ssize_t n;
      int ready = poll (&pfd, 1, (int) MAX (0, deadline - now_ms ()));

      if (ready < 0 && errno == EINTR)
        continue;
      if (ready <= 0)
        {
          timed_out = TRUE;
          kill (pid, SIGKILL);
          break;
        }
      n = read (fds[0], buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_string_append_len (output, buffer, n);
      if (!seen_first && strstr (output->str, wanted) != NULL)
        {
          run->fork_ms = now_ms () - start;
          seen_first = TRUE;
        }
    }
  close (fds[0]);
  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  run->maxrss_mb = usage.ru_maxrss / 1024.0;  /* kB on Linux */
  run->cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;

  {
    g_auto(GStrv) lines = g_strsplit (output->str, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (g_str_has_prefix (lines[i], "first-frame-ms "))
          run->main_ms = g_ascii_strtod (lines[i] + strlen ("first-frame-ms "), NULL);
        else if (g_str_has_prefix (lines[i], "facilities-frame-ms "))
          {
            run->page_ms = g_ascii_strtod (lines[i] + strlen ("facilities-frame-ms "), NULL);
            seen_page = TRUE;
          }
      }
  }
  if (timed_out || !seen_first || (g_str_equal (mode, "facilities") && !seen_page) ||
      !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("bench-startup: %s %s: %s (exit status %d)\n", argv[0], argv[1] ? argv[1] : "",
                  timed_out ? "no first frame in time" :
                  !seen_first ? "printed no first-frame line" : "failed",
                  WIFEXITED (status) ? WEXITSTATUS (status) : -1);
      return FALSE;
    }
  return TRUE;
}

typedef double (*Field) (const Run *run);

static double fork_ms (const Run *r) { return r->fork_ms; }
static double main_ms (const Run *r) { return r->main_ms; }
static double page_ms (const Run *r) { return r->page_ms; }
static double maxrss_mb (const Run *r) { return r->maxrss_mb; }
static double cpu_ms (const Run *r) { return r->cpu_ms; }

static double
mean_of (const Run *runs,
         int        n,
         Field      field)
{
  double sum = 0;

  for (int i = 0; i < n; i++)
    sum += field (&runs[i]);
  return sum / n;
}

static double
best_of (const Run *runs,
         int        n,
         Field      field)
{
  double best = field (&runs[0]);

  for (int i = 1; i < n; i++)
    best = MIN (best, field (&runs[i]));
  return best;
}

static void
print_row (const char *figure,
           const char *unit,
           double      app,
           double      bare,
           const char *goal)
{
  g_print ("%-28s %9.1f %-3s %9.1f %-3s %6.2f   %s\n", figure, app, unit, bare, unit, app / bare, goal);
}

/* The load of the machine, printed with the figures: on a busy machine
 * both programs wait for the processor, and the wall clock says so. */
static void
print_load (const char *when)
{
  g_autofree char *text = NULL;

  if (g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    g_print ("load average     %s (%s)\n", g_strstrip (text), when);
}

/* Times the programs on the database at `path`: 0 when the goals are met,
 * 1 when one is missed, 2 when a step fails. */
static int
measure (const char *path,
         int         runs)
{
  g_autofree Run *app = g_new0 (Run, runs);
  g_autofree Run *bare = g_new0 (Run, runs);
  g_autofree Run *page = g_new0 (Run, runs);
  const char *medplan_path = g_getenv ("MEDPLAN_BIN") ? g_getenv ("MEDPLAN_BIN") : MEDPLAN_PATH;
  const char *bare_path = g_getenv ("BENCH_BARE_WINDOW") ? g_getenv ("BENCH_BARE_WINDOW") : BARE_WINDOW_PATH;
  const char *app_argv[] = { medplan_path, path, NULL };
  const char *bare_argv[] = { bare_path, NULL };
  gboolean met;
  Run warm;
  double ratio_mean, ratio_best, memory;

  /* The same conditions for both: the cairo renderer, settings in memory
   * (no window size remembered from the user's own runs). */
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (!g_getenv ("GSETTINGS_SCHEMA_DIR"))
    g_setenv ("GSETTINGS_SCHEMA_DIR", SCHEMA_DIR, TRUE);

  g_print ("runs             %d of each, alternating, after one untimed run of each\n", runs);
  print_load ("before");
  if (!run_child (app_argv, "1", &warm) || !run_child (bare_argv, "1", &warm))
    return 2;
  for (int i = 0; i < runs; i++)
    if (!run_child (app_argv, "1", &app[i]) || !run_child (bare_argv, "1", &bare[i]))
      return 2;
  for (int i = 0; i < runs; i++)
    if (!run_child (app_argv, "facilities", &page[i]))
      return 2;
  print_load ("after");

  ratio_mean = mean_of (app, runs, fork_ms) / mean_of (bare, runs, fork_ms);
  ratio_best = best_of (app, runs, fork_ms) / best_of (bare, runs, fork_ms);
  memory = MAX (mean_of (app, runs, maxrss_mb), mean_of (page, runs, maxrss_mb));

  g_print ("\n%-28s %13s %13s %6s   %s\n", "figure", "medplan", "bare window", "ratio", "goal");
  print_row ("first frame from fork, mean", "ms", mean_of (app, runs, fork_ms), mean_of (bare, runs, fork_ms),
             "ratio <= 1.5");
  print_row ("first frame from fork, best", "ms", best_of (app, runs, fork_ms), best_of (bare, runs, fork_ms),
             "ratio <= 1.5");
  print_row ("first frame from main, mean", "ms", mean_of (app, runs, main_ms), mean_of (bare, runs, main_ms), "");
  print_row ("first frame from main, best", "ms", best_of (app, runs, main_ms), best_of (bare, runs, main_ms), "");
  /* Processor time does not count waiting for a busy processor: on a
   * loaded machine it compares the two programs better than the clock. */
  print_row ("CPU time to exit, mean", "ms", mean_of (app, runs, cpu_ms), mean_of (bare, runs, cpu_ms), "");
  print_row ("CPU time to exit, best", "ms", best_of (app, runs, cpu_ms), best_of (bare, runs, cpu_ms), "");
  print_row ("peak memory, mean", "MB", mean_of (app, runs, maxrss_mb), mean_of (bare, runs, maxrss_mb),
             "medplan <= 200 MB");
  print_row ("peak memory, best", "MB", best_of (app, runs, maxrss_mb), best_of (bare, runs, maxrss_mb), "");
  g_print ("%-28s %9.1f ms    (from main; then Facilities shown)\n", "first frame, mean",
           mean_of (page, runs, main_ms));
  g_print ("%-28s %9.1f ms    (from main, to its first frame)\n", "Facilities page, mean",
           mean_of (page, runs, page_ms));
  g_print ("%-28s %9.1f MB    (with the Facilities page shown; goal <= 200 MB)\n",
           "peak memory, mean", mean_of (page, runs, maxrss_mb));

  met = ratio_mean <= GOAL_RATIO && memory <= GOAL_MEMORY_MB;
  g_print ("\nfirst frame      %.2f x bare window (mean), %.2f x (best); goal <= %.1f x: %s\n",
           ratio_mean, ratio_best, GOAL_RATIO, ratio_mean <= GOAL_RATIO ? "met" : "MISSED");
  g_print ("peak memory      %.1f MB (the larger mean); goal <= %.0f MB: %s\n",
           memory, GOAL_MEMORY_MB, memory <= GOAL_MEMORY_MB ? "met" : "MISSED");
  return met ? 0 : 1;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int runs = argc > 1 ? atoi (argv[1]) : 3;
  gboolean keep = argc > 2;
  int status;

  setlocale (LC_ALL, "");
  if (runs < 1)
    {
      g_printerr ("Usage: bench-startup [RUNS] [DIR]\n");
      return 2;
    }
  if (!g_getenv ("DISPLAY") && !g_getenv ("WAYLAND_DISPLAY"))
    {
      g_printerr ("bench-startup: no display (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                  "Run it under a display, e.g. xvfb-run -a %s %d\n", argv[0], runs);
      return 77;
    }

  if (keep)
    {
      dir = g_strdup (argv[2]);
      if (g_mkdir_with_parents (dir, 0755) != 0)
        {
          g_printerr ("bench-startup: cannot make %s: %s\n", dir, g_strerror (errno));
          return 2;
        }
    }
  else if ((dir = g_dir_make_tmp ("medplan-bench-startup-XXXXXX", &error)) == NULL)
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return 2;
    }
  path = g_build_filename (dir, "bench-startup.db", NULL);
  if (ensure_database (path))
    status = measure (path, runs);
  else
    {
      g_printerr ("bench-startup: could not write the database\n");
      status = 2;
    }
  if (!keep)
    mp_test_remove_tree (dir);
  return status;
}
