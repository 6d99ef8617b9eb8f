/* mp-table-export.h — the tables of Medplan (targets, facilities, training
 * programmes, technology transfers) written to a spreadsheet: XLSX
 * (libxlsxwriter) or CSV (RFC 4180, UTF-8 with a byte order mark).
 *
 * The columns are those of the application's list views, with the names in
 * the language of the messages. No GTK here. */
#pragma once

#include <glib.h>

#include "mp-store.h"

G_BEGIN_DECLS

/* MP_TABLE_KIND_*, not MP_TABLE_*: mp-exchange.h already has an MpTable
 * enumeration with MP_TABLE_TRAINING. */
typedef enum {
  MP_TABLE_KIND_TARGETS,
  MP_TABLE_KIND_FACILITIES,
  MP_TABLE_KIND_TRAINING,
  MP_TABLE_KIND_TRANSFERS,
} MpTableKind;

typedef enum {
  MP_TABLE_FORMAT_CSV,
  MP_TABLE_FORMAT_XLSX,
} MpTableFormat;

/* "targets", "facilities", "training", "transfers". */
gboolean     mp_table_kind_from_string (const char    *name,
                                        MpTableKind   *kind);
const char  *mp_table_kind_to_string   (MpTableKind    kind);
/* Translated: "Targets", "Facilities", … (also the name of the sheet). */
const char  *mp_table_kind_title       (MpTableKind    kind);

/* From the file name's extension, case-insensitive (.xlsx, .csv); FALSE
 * when neither. */
gboolean     mp_table_format_from_path (const char    *path,
                                        MpTableFormat *format);

/* Writes the whole table atomically (a temporary file in the same folder,
 * renamed over `path` at the end; nothing is left behind on failure).
 * `unit`: for MP_TABLE_KIND_TARGETS, only that unit's targets (NULL: every
 * unit); ignored for the others. The number of data rows written goes to
 * `n_rows` (may be NULL). Errors: MP_ERROR_INVALID_INPUT naming the file
 * when it cannot be written; the store's errors when it cannot be read. */
gboolean     mp_table_export           (MpStore       *store,
                                        MpTableKind    kind,
                                        const char    *unit,
                                        const char    *path,
                                        MpTableFormat  format,
                                        guint         *n_rows,
                                        GError       **error);

G_END_DECLS
