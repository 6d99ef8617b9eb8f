/* mp-exchange.h — moving data between machines as XML (DESIGN §6): the
 * native format (data/medplan-1.xsd), IHE ADX and DHIS2 dataValueSet.
 *
 * Import is streaming (xmlTextReader), hardened (no network, no DTD, no
 * entities, depth limit, UTF-8 only) and atomic: one transaction, rolled
 * back on any problem; every problem is reported as FILE:LINE:COL: error:
 * MESSAGE. Export is deterministic and written atomically (a temporary
 * file renamed into place). */
#pragma once

#include <gio/gio.h>
#include "mp-store.h"

G_BEGIN_DECLS

typedef enum {
  MP_FORMAT_AUTO,    /* import only: detected from the root's namespace */
  MP_FORMAT_NATIVE,  /* urn:medplan:exchange:1 */
  MP_FORMAT_ADX,     /* urn:ihe:qrph:adx:2015 (or the older namespace) */
  MP_FORMAT_DHIS2,   /* http://dhis2.org/schema/dxf/2.0 dataValueSet */
} MpFormat;

#define MP_NS_NATIVE  "urn:medplan:exchange:1"
#define MP_NS_ADX     "urn:ihe:qrph:adx:2015"
#define MP_NS_ADX_OLD "http://ihe.net/quality/schema/adx"
#define MP_NS_DHIS2   "http://dhis2.org/schema/dxf/2.0"

const char *mp_format_to_string   (MpFormat    format);
gboolean    mp_format_from_string (const char *text,
                                   MpFormat   *out);

/* The tables whose rows an import counts. */
typedef enum {
  MP_TABLE_DOCUMENT,
  MP_TABLE_UNIT,
  MP_TABLE_UNIT_SUCCESSION,
  MP_TABLE_POPULATION,
  MP_TABLE_INDICATOR,
  MP_TABLE_TARGET,
  MP_TABLE_OBSERVATION,
  MP_TABLE_FACILITY,
  MP_TABLE_STAFFING,
  MP_TABLE_TRAINING,
  MP_TABLE_TRANSFER,
  MP_N_TABLES
} MpTable;

const char *mp_table_to_string (MpTable table);

/* What merging one row did. */
typedef enum {
  MP_MERGE_ADDED,
  MP_MERGE_UPDATED,
  MP_MERGE_UNCHANGED,
  MP_MERGE_FAILED,   /* a problem was reported */
} MpMerge;

typedef struct {
  guint64 added;
  guint64 updated;
  guint64 unchanged;
} MpCounts;

/* The outcome of an import: counts per table, and the problems found. */
typedef struct _MpImportReport MpImportReport;

/* How many problems are kept as messages; the rest are only counted. */
#define MP_IMPORT_MAX_MESSAGES 50

MpImportReport *mp_import_report_new          (const char     *file_name);
void            mp_import_report_free         (MpImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpImportReport, mp_import_report_free)

/* Records a problem at a place of the file: "FILE:LINE:COL: error: MSG".
 * The message is already translated. */
void            mp_import_report_error        (MpImportReport *report,
                                               int             line,
                                               int             column,
                                               const char     *format,
                                               ...) G_GNUC_PRINTF (4, 5);
void            mp_import_report_add          (MpImportReport *report,
                                               MpTable         table,
                                               MpMerge         merge);
guint           mp_import_report_get_n_errors (MpImportReport *report);
/* The first MP_IMPORT_MAX_MESSAGES messages, in file order. */
GPtrArray      *mp_import_report_get_messages (MpImportReport *report);
const MpCounts *mp_import_report_get_counts   (MpImportReport *report,
                                               MpTable         table);
MpCounts        mp_import_report_get_total    (MpImportReport *report);
MpFormat        mp_import_report_get_format   (MpImportReport *report);
/* One translated line: "Added 3, updated 1, unchanged 40." */
char           *mp_import_report_summary      (MpImportReport *report);

/* Imports `path`. With `dry_run`, everything is checked and counted but
 * nothing is written. Returns FALSE when the file has problems (they are
 * in `report`; `error` is MP_ERROR_INVALID_INPUT saying how many) or when
 * the database cannot be used (`error` says why). On FALSE the database
 * is exactly as before. A backup is written before a real import. */
gboolean        mp_store_import               (MpStore        *self,
                                               const char     *path,
                                               MpFormat        format,
                                               gboolean        dry_run,
                                               MpImportReport *report,
                                               GCancellable   *cancellable,
                                               GError        **error);

/* Progress of a long import or export: `fraction` grows from 0 to 1.
 * Called on the thread that runs the import or export. */
typedef void (*MpProgressFunc) (double   fraction,
                                gpointer user_data);

/* mp_store_import(), calling `progress` (may be NULL) with the share of
 * the file read (bytes consumed / file size), at most every 64 KB, and
 * with 1 when the file has been read. */
gboolean        mp_store_import_with_progress (MpStore        *self,
                                               const char     *path,
                                               MpFormat        format,
                                               gboolean        dry_run,
                                               MpImportReport *report,
                                               MpProgressFunc  progress,
                                               gpointer        progress_data,
                                               GCancellable   *cancellable,
                                               GError        **error);

/* Which rows an export holds; NULL fields mean all. */
typedef struct {
  const char *unit;    /* a unit code: its rows and those of the units under it */
  const char *period;  /* a DHIS2 period: observations of that period only */
} MpExportFilter;

/* Writes the store (or the part the filter selects) to `path` in
 * `format` (not AUTO). The file appears whole or not at all. */
gboolean        mp_store_export               (MpStore              *self,
                                               const char           *path,
                                               MpFormat              format,
                                               const MpExportFilter *filter,
                                               GCancellable         *cancellable,
                                               GError              **error);

/* mp_store_export(), calling `progress` (may be NULL) with the share of
 * the rows written (an estimate from the number of rows in the store),
 * every few thousand rows, and with 1 when the file is complete. */
gboolean        mp_store_export_with_progress (MpStore              *self,
                                               const char           *path,
                                               MpFormat              format,
                                               const MpExportFilter *filter,
                                               MpProgressFunc        progress,
                                               gpointer              progress_data,
                                               GCancellable         *cancellable,
                                               GError              **error);

G_END_DECLS
