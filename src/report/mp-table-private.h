/* mp-table-private.h — a table as the spreadsheet writers see it: the
 * translated headers and a grid of typed cells read from the store. */
#pragma once

#include <glib.h>

#include "mp-table-export.h"

G_BEGIN_DECLS

typedef enum {
  MP_CELL_EMPTY,    /* unknown */
  MP_CELL_TEXT,
  MP_CELL_INTEGER,  /* a count: "#,##0" */
  MP_CELL_DECIMAL,  /* `decimals` places: "#,##0.0" */
  MP_CELL_MONEY,    /* VND: "#,##0" */
  MP_CELL_YEAR,     /* a year, no separator: "0" */
  MP_CELL_PERCENT,  /* a fraction, 0.75 shown as 75 %: "0%" */
  MP_CELL_DATE,     /* `text` is YYYY-MM-DD, a valid day */
} MpCellType;

typedef struct {
  MpCellType  type;
  int         decimals;  /* MP_CELL_DECIMAL: 0 to 4 */
  double      number;    /* the numeric types */
  char       *text;      /* MP_CELL_TEXT; MP_CELL_DATE: the ISO date */
} MpTableCell;

typedef struct {
  MpTableKind  kind;
  GPtrArray   *headers;  /* translated, owned strings */
  GArray      *cells;    /* of MpTableCell, row after row */
  guint        n_rows;
} MpTableData;

/* The rows of a table, read from the store (mp-table-rows.c). */
MpTableData       *mp_table_read        (MpStore      *store,
                                         MpTableKind   kind,
                                         const char   *unit,
                                         GError      **error);
void               mp_table_free        (MpTableData  *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpTableData, mp_table_free)

static inline guint
mp_table_n_columns (const MpTableData *table)
{
  return table->headers->len;
}

static inline const MpTableCell *
mp_table_cell (const MpTableData *table,
               guint              row,
               guint              column)
{
  return &g_array_index (table->cells, MpTableCell, row * table->headers->len + column);
}

/* The whole CSV file: BOM, header, rows, CRLF (mp-table-csv.c). */
GString           *mp_table_to_csv      (const MpTableData *table);

/* Writes the workbook to `tmp_path`; `path` is the name the user chose,
 * for the messages (mp-table-xlsx.c). */
gboolean           mp_table_write_xlsx  (const MpTableData  *table,
                                         const char         *tmp_path,
                                         const char         *path,
                                         GError            **error);

G_END_DECLS
