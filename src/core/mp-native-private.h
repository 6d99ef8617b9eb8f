/* mp-native-private.h — what the two halves of the native importer share:
 * mp-native-import.c (the document's structure, attribute and child
 * parsing, merging rows by their keys) and mp-native-rows.c (the rows of
 * each table). Private to the core. */
#pragma once

#include "mp-exchange-private.h"

G_BEGIN_DECLS

/* One value of a row, in the order of its merger's key and columns. */
typedef enum {
  VAL_NULL = 0,
  VAL_TEXT,
  VAL_INT,
  VAL_REAL,
} ValType;

typedef struct {
  ValType     type;
  const char *text;   /* VAL_TEXT; for references, the code (for messages) */
  gint64      i;      /* VAL_INT; references hold the id */
  double      d;      /* VAL_REAL */
} Value;

#define MAX_VALUES 24

/* How an attribute is read. */
typedef enum {
  A_TEXT,     /* any text */
  A_ENUM,     /* one of `values` */
  A_DATE,     /* YYYY-MM-DD or YYYY */
  A_YEAR,     /* 1900..2200 */
  A_COUNT,    /* integer >= 0; with max > 0, at most max */
  A_PERSONS,  /* integer > 0 */
  A_REAL,     /* finite number; with min < max, in that range */
  A_BOOL,     /* true / false -> 1 / 0 */
  A_REF,      /* the code of a row of `ref` -> its id */
} AttrKind;

typedef struct {
  const char         *name;
  AttrKind            kind;
  gboolean            required;
  int                 slot;      /* index into the values, -1: not stored */
  const char * const *values;    /* A_ENUM */
  MpTable             ref;       /* A_REF */
  double              min, max;  /* A_REAL, A_COUNT */
  gboolean            min_open;  /* A_REAL: min itself is out of range */
} Attr;

/* A child element holding text: <note>, or <name xml:lang="vi">. */
typedef struct {
  const char *name;
  const char *lang;      /* "vi" or "en" for names and titles, NULL for plain text */
  int         slot;
  gboolean    required;
} Child;

/* Merges rows of one table by their key. Values are bound as ?1.. in the
 * order keys, then columns. */
typedef struct {
  const char         *table;
  const char * const *keys;
  const char * const *cols;
  gboolean            has_id;
  int                 n_keys, n_cols;
  sqlite3_stmt       *find, *insert, *update;
} Merger;

typedef struct _Native Native;

/* One kind of row element: its attributes and text children. */
typedef struct {
  const char  *element;
  MpTable      table;
  const Attr  *attrs;
  guint        n_attrs;
  const Child *children;
  guint        n_children;
} RowSpec;

/* A row being read: its values, and where its element starts. */
typedef struct {
  Value       v[MAX_VALUES];
  int         line, column;
  gboolean    ok;           /* no problem in this row */
  guint       seen_children; /* bit i: children[i] was read */
  guint       present;      /* bit i: attrs[i] was given (even if bad) */
} Row;

struct _Native {
  MpImporter   *imp;
  const char   *native_ns;       /* the reader's interned MP_NS_NATIVE */
  GStringChunk *chunk;           /* the texts of the current row */
  GHashTable   *seen[MP_N_TABLES]; /* key text -> first line, rows of this file */
  Merger        mergers[MP_N_TABLES];
  GArray       *parents;         /* Deferred: units whose parent comes later */
  sqlite3_stmt *find_code[MP_N_TABLES];
  sqlite3_stmt *find_target;
  sqlite3_stmt *unit_parent;
  sqlite3_stmt *set_parent;
};

/* ---- mp-native-import.c ------------------------------------------------ */

/* Copies text into the row's chunk (alive until the next row). */
const char *native_keep        (Native        *n,
                                const char    *text);
/* Reads the attributes of the current element into `row` per `spec`. */
void        native_attributes  (Native        *n,
                                const RowSpec *spec,
                                Row           *row);
/* Reads the text children of the current element into `row` until its
 * end. With `stop_at`, stops before the first child of that name (the
 * reader is left on it) and returns 2. Returns 1 at the end of the
 * element, 0 after a problem that stops the import. */
int         native_children    (Native        *n,
                                const RowSpec *spec,
                                Row           *row,
                                const char    *stop_at);
/* The required children that are missing are reported. */
void        native_check_children (Native        *n,
                                   const RowSpec *spec,
                                   Row           *row);
/* Reports a problem at the row's element. */
void        native_row_error   (Native        *n,
                                Row           *row,
                                const char    *format,
                                ...) G_GNUC_PRINTF (3, 4);
/* Records `key` of `table` as seen in this file; reports a duplicate
 * (naming `what`) and returns FALSE if it was seen before. */
gboolean    native_first_time  (Native        *n,
                                MpTable        table,
                                Row           *row,
                                const char    *key,
                                const char    *what);
/* The id of a coded row in the file or the database, 0 if none; reports
 * nothing. */
gint64      native_find_code   (Native        *n,
                                MpTable        table,
                                const char    *code);
/* Merges the row into its table (when nothing went wrong so far) and
 * counts it. `id` gets the row's id (tables with ids). */
MpMerge     native_merge       (Native        *n,
                                MpTable        table,
                                Row           *row,
                                const char    *what,
                                gint64        *id);
/* Whether rows are written: no problem so far in the whole file. */
gboolean    native_writing     (Native        *n);
/* YYYY-MM-DDTHH:MM:SS with an optional fraction and zone. */
gboolean    native_datetime_valid (const char *text);

/* ---- mp-native-rows.c -------------------------------------------------- */

/* The table, key and columns of each merged table (statements unset). */
extern const Merger native_merger_defs[MP_N_TABLES];

gboolean    native_document    (Native *n);
gboolean    native_unit        (Native *n);
gboolean    native_succession  (Native *n);
gboolean    native_units_done  (Native *n);
gboolean    native_population  (Native *n);
gboolean    native_indicator   (Native *n);
gboolean    native_target      (Native *n);
gboolean    native_observation (Native *n);
gboolean    native_facility    (Native *n);
gboolean    native_training    (Native *n);
gboolean    native_transfer    (Native *n);
void        native_rows_clear  (Native *n);

/* Export by unit (mp-native-select.c): fills temp.mp_x_* with the ids of
 * the rows the unit's export holds, and drops them again. */
gboolean mp_native_select_by_unit (MpStore     *store,
                                   const char  *unit,
                                   GError     **error);
void     mp_native_drop_selection (MpStore     *store);

G_END_DECLS
