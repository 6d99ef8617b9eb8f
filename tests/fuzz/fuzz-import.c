/* fuzz-import.c — the libFuzzer harness of one importer (DESIGN §8),
 * built once per format with FUZZ_FORMAT set (tests/fuzz/meson.build).
 *
 * Each input goes the way a user's file goes: written to a file and
 * imported with mp_store_import into a real store holding the sample data
 * (so codes resolve and merges update real rows). The import is a dry run:
 * everything is read, checked and merged, then rolled back, so the store
 * stays the same from one input to the next and every run is comparable.
 * Any GLib warning or critical counts as a crash, as does a message that
 * is not one line of valid UTF-8 of the shape FILE:LINE:COL: …, or a store
 * left inside a transaction. */
#include <glib/gstdio.h>
#include <stdint.h>
#include <string.h>

#include "mp-error.h"
#include "mp-exchange.h"
#include "mp-store.h"

#ifndef FUZZ_FORMAT
#error "FUZZ_FORMAT must name the format: MP_FORMAT_NATIVE, MP_FORMAT_ADX or MP_FORMAT_DHIS2"
#endif

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static MpStore *store;
static char *dir;
static char *input_path;

static void
remove_dir (void)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_clear_object (&store);
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", child);
          g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL);
        }
      else
        g_unlink (child);
    }
  if (d)
    g_dir_close (d);
  g_rmdir (dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autofree char *template = NULL;

  /* A problem GLib would only log is a bug the fuzzer must see. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  /* In memory when the machine has a tmpfs: the fuzzer writes a file per
   * input. */
  template = g_build_filename (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_access ("/dev/shm", W_OK) == 0
                               ? "/dev/shm" : g_get_tmp_dir (),
                               "medplan-fuzz-XXXXXX", NULL);
  dir = g_mkdtemp (template) ? g_strdup (template) : NULL;
  g_assert (dir != NULL);
  atexit (remove_dir);

  db = g_build_filename (dir, "fuzz.db", NULL);
  input_path = g_build_filename (dir, "input.xml", NULL);
  store = mp_store_open (db, MP_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  if (!mp_store_load_sample (store, &error))
    g_error ("cannot load the sample data: %s", error->message);
  return 0;
}

/* Every message must read FILE:LINE:COL: … with numbers. */
static void
check_messages (MpImportReport *report)
{
  GPtrArray *messages = mp_import_report_get_messages (report);

  g_assert (messages->len <= MP_IMPORT_MAX_MESSAGES);
  g_assert (messages->len <= mp_import_report_get_n_errors (report));
  for (guint i = 0; i < messages->len; i++)
    {
      const char *m = g_ptr_array_index (messages, i);
      const char *p;

      g_assert (g_str_has_prefix (m, "input.xml:"));
      /* One line of valid UTF-8, whatever bytes the file held. */
      g_assert (g_utf8_validate (m, -1, NULL));
      g_assert (strpbrk (m, "\r\n") == NULL);
      p = m + strlen ("input.xml:");
      g_assert (g_ascii_isdigit (*p));
      while (g_ascii_isdigit (*p))
        p++;
      g_assert (*p == ':' && g_ascii_isdigit (p[1]));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MpImportReport) report = mp_import_report_new ("input.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) probe_error = NULL;
  gboolean ok;

  if (!g_file_set_contents (input_path, (const char *) data, (gssize) size, &error))
    g_error ("cannot write the input: %s", error->message);

  ok = mp_store_import (store, input_path, FUZZ_FORMAT, TRUE, report, NULL, &error);
  check_messages (report);
  if (ok)
    {
      g_assert_no_error (error);
      g_assert (mp_import_report_get_n_errors (report) == 0);
      g_assert (mp_import_report_get_format (report) == FUZZ_FORMAT);
    }
  else
    {
      /* A refused file says so with at least one message. */
      g_assert (error != NULL);
      g_assert (error->domain == MP_ERROR);
      if (error->code == MP_ERROR_INVALID_INPUT)
        g_assert (mp_import_report_get_n_errors (report) > 0);
    }

  /* The dry run rolled back and left no transaction open: a write works. */
  if (!mp_store_set_observation (store, "DOCTORS_PER_10K", "VN-CT", "2199Q4", (double) size, "fuzz",
                                 &probe_error))
    g_error ("the store is stuck after an import: %s", probe_error->message);
  return 0;
}
