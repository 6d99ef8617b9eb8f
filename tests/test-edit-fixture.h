/* test-edit-fixture.h — what the editing tests (test-edit.c, test-undo.c)
 * share. */
#pragma once

#include <sqlite3.h>

#include "mp-edit.h"

typedef struct {
  char    *dir;
  char    *path;
  MpStore *store;
  sqlite3 *raw;       /* a second connection, to look as SQLite sees it */
  /* What MpStore::changed said. */
  guint    changes;
  char    *table;
  char    *code;
  char    *action;
} Fixture;

/* A new database with the sample; `data` unused. */
void fixture_setup (Fixture *f, gconstpointer data);
void fixture_teardown (Fixture *f, gconstpointer data);
/* Every row of every table (change_log too) as text. */
char       *dump (Fixture *f);
/* The first column of the first row of `sql`, on the raw connection. */
gint64 count (Fixture *f, const char *sql);
void add_staffing (MpFacility *fac, int year, const char *category, gint64 headcount, gint64 postgraduate);
/* Complete, valid records that are not in the sample. */
MpFacility *new_facility (void);
void assert_facility_equal (const MpFacility *a, const MpFacility *b);
void assert_training_equal (const MpTraining *a, const MpTraining *b);
void assert_transfer_equal (const MpTransfer *a, const MpTransfer *b);
void set_str (char **slot, const char *value);
/* The newest change_log row as "tbl|code|action|origin". */
char       *last_log (Fixture *f);
/* Checks that ::changed was emitted once since `before`, with these arguments. */
void assert_changed (Fixture *f, guint before, const char *table, const char *code, const char *action);
MpTraining *new_training (void);
MpTransfer *new_transfer (void);
