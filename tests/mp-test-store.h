/* mp-test-store.h — for the tests that need the core: a database with the
 * sample data in a new temporary folder. */
#pragma once

#include "mp-store.h"

G_BEGIN_DECLS

typedef struct {
  char    *dir;   /* the temporary folder */
  char    *db;    /* DIR/m.db */
  MpStore *store; /* open on it, the sample loaded */
} MpTestSample;

/* Makes the folder (from the g_dir_make_tmp() template `tmpl`) and the
 * database; fails the test on any error. */
void mp_test_sample_open  (MpTestSample *sample,
                           const char   *tmpl);
/* Closes the store and removes the folder. */
void mp_test_sample_close (MpTestSample *sample);

G_END_DECLS
