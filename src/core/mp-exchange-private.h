/* mp-exchange-private.h — what the importers and exporters of each format
 * share: the hardened reader, value parsing that reports where a problem
 * is, merging rows, and the deterministic writer. Private to the core. */
#pragma once

#include <libxml/xmlreader.h>

#include "mp-exchange.h"
#include "mp-error.h"
#include "mp-store-private.h"

G_BEGIN_DECLS

/* Deeper nesting than this is refused (our formats need 4 levels). */
#define MP_XML_MAX_DEPTH 32

/* ---- Import ------------------------------------------------------------ */

typedef struct {
  MpStore          *store;
  xmlTextReaderPtr  reader;
  MpImportReport   *report;
  GCancellable     *cancellable;
  gboolean          fatal;          /* the XML itself is broken: stop reading */
  char             *now;            /* ISO time of the import */
  const char       *source;         /* what observations record as their source
                                       when the file names none (the file name) */
  GHashTable       *ids[MP_N_TABLES]; /* code -> id caches of coded tables */
  sqlite3_stmt     *obs_seen;       /* duplicates within the file */
  /* While observations come in strictly ascending (indicator, unit,
   * period) order into an observation table that was empty, no duplicate
   * is possible and obs_seen is not needed (import_seen is filled from the
   * table when the order breaks). */
  gboolean          obs_ascending;
  GString          *obs_last[3];    /* the previous key */
  sqlite3_stmt     *obs_insert;
  sqlite3_stmt     *obs_update;
  /* Progress: called with the share of the file read, at most every
   * MP_PROGRESS_STEP bytes. */
  MpProgressFunc    progress;
  gpointer          progress_data;
  gint64            file_size;
  gint64            next_progress;  /* bytes consumed at the next call */
  guint             n_reads;
} MpImporter;

/* How often, in bytes read, an import reports its progress. */
#define MP_PROGRESS_STEP (64 * 1024)

/* Opens a hardened streaming reader on a file or on memory. Problems of
 * the XML itself are reported into `imp->report` with their position. */
gboolean      mp_importer_open_file    (MpImporter   *imp,
                                        const char   *path,
                                        GError      **error);
gboolean      mp_importer_open_memory  (MpImporter   *imp,
                                        const char   *data,
                                        gsize         size);

/* Frees the reader, statements and caches (not the report or `now`). */
void          mp_importer_clear        (MpImporter   *imp);

/* Reads the next node. Returns 1 on a node, 0 at the end, -1 after a
 * problem (reported) that stops the import: broken XML, a DTD or entity,
 * nesting deeper than MP_XML_MAX_DEPTH, another encoding than UTF-8, or
 * cancellation. Whitespace, comments and processing instructions are
 * skipped. */
int           mp_importer_read         (MpImporter   *imp);

/* Position of the current node, for messages. */
int           mp_importer_line         (MpImporter   *imp);
int           mp_importer_column       (MpImporter   *imp);

/* Reports a problem at the current node. */
void          mp_importer_error        (MpImporter   *imp,
                                        const char   *format,
                                        ...) G_GNUC_PRINTF (2, 3);

/* The local name of the current element, or NULL on another node type. */
const char   *mp_importer_element      (MpImporter   *imp);
/* The namespace of the current node, or NULL. */
const char   *mp_importer_namespace    (MpImporter   *imp);

/* Collects the attributes of the current element: values[i] is the value
 * of names[i] (NULL-terminated) or NULL. With `strict`, an attribute not in
 * `names` (other than xmlns and xml:lang) is reported. The values stay
 * valid until the next read. Returns FALSE if a problem was reported. */
gboolean      mp_importer_attributes   (MpImporter        *imp,
                                        const char * const *names,
                                        const char        **values,
                                        gboolean            strict);
/* The xml:lang of the current element, or NULL. */
const char   *mp_importer_lang         (MpImporter   *imp);
/* Reads the text content of the current element and moves past its end.
 * Nested elements are a problem. Returns a new string ("" when empty),
 * or NULL after a problem. */
char         *mp_importer_text         (MpImporter   *imp);

/* Value parsers: on a bad value they report "attribute “NAME”: …" at the
 * current node and return FALSE. */
gboolean      mp_importer_double       (MpImporter   *imp,
                                        const char   *attr,
                                        const char   *text,
                                        double       *out);
gboolean      mp_importer_count        (MpImporter   *imp,  /* integer >= 0 */
                                        const char   *attr,
                                        const char   *text,
                                        gint64       *out);
gboolean      mp_importer_year         (MpImporter   *imp,  /* 1900..2200 */
                                        const char   *attr,
                                        const char   *text,
                                        int          *out);
gboolean      mp_importer_date         (MpImporter   *imp,  /* YYYY or YYYY-MM-DD */
                                        const char   *attr,
                                        const char   *text);
gboolean      mp_importer_period       (MpImporter   *imp,
                                        const char   *attr,
                                        const char   *text);
/* A required attribute: reports "attribute “NAME” is missing". */
gboolean      mp_importer_require      (MpImporter   *imp,
                                        const char   *attr,
                                        const char   *value);

/* The id of a coded row (unit, indicator, document, facility, …) that is
 * in the database or was imported earlier in the file; reports
 * "unknown TABLE “CODE”" and returns 0 when there is none. */
gint64        mp_importer_id           (MpImporter   *imp,
                                        MpTable       table,
                                        const char   *code);
/* Remembers the id of a row the import just added. */
void          mp_importer_remember     (MpImporter   *imp,
                                        MpTable       table,
                                        const char   *code,
                                        gint64        id);

/* Merges one observation (the typed value of indicator, unit, period):
 * added, updated (value, source or comment differ) or unchanged; counts it
 * in the report. The same observation twice in one file is a problem.
 * `updated_at` NULL means now. Nothing is written once the report has
 * problems (the import will be rolled back anyway). The codes are for
 * messages. */
MpMerge       mp_importer_observation  (MpImporter   *imp,
                                        const char   *indicator,
                                        gint64        indicator_id,
                                        const char   *unit,
                                        gint64        unit_id,
                                        const char   *period,
                                        double        value,
                                        const char   *source,
                                        const char   *comment,
                                        const char   *updated_at);

/* Whether writes should still be made (no problem reported so far). */
gboolean      mp_importer_ok           (MpImporter   *imp);

/* The importers of each format: read the whole document from the reader's
 * start. They report problems and return FALSE if any was found. */
gboolean      mp_import_native         (MpImporter   *imp);
gboolean      mp_import_adx            (MpImporter   *imp);
gboolean      mp_import_dhis2          (MpImporter   *imp);

/* ---- Export ------------------------------------------------------------ */

typedef struct _MpXmlWriter MpXmlWriter;

/* Writes to a temporary file beside `path`; mp_xml_writer_finish() renames
 * it into place, so a failed export leaves nothing half-written. */
MpXmlWriter  *mp_xml_writer_new        (const char   *path,
                                        GError      **error);
/* Opens an element "<name" on a new, indented line. */
void          mp_xml_writer_open       (MpXmlWriter  *w,
                                        const char   *name);
/* Attributes of the element just opened; NULL values and NAN are left out. */
void          mp_xml_writer_attr       (MpXmlWriter  *w,
                                        const char   *name,
                                        const char   *value);
void          mp_xml_writer_attr_double (MpXmlWriter *w,
                                        const char   *name,
                                        double        value);
void          mp_xml_writer_attr_int   (MpXmlWriter  *w,
                                        const char   *name,
                                        gint64        value);
/* Text content of the open element (escaped). */
void          mp_xml_writer_text       (MpXmlWriter  *w,
                                        const char   *text);
/* Closes the innermost element ("/>" when it is empty). */
void          mp_xml_writer_close      (MpXmlWriter  *w);
/* <name xml:lang="LANG">TEXT</name>; nothing when text is NULL or "". */
void          mp_xml_writer_text_element (MpXmlWriter *w,
                                        const char   *name,
                                        const char   *lang,
                                        const char   *text);
gboolean      mp_xml_writer_finish     (MpXmlWriter  *w,
                                        GError      **error);
/* Calls `func` with elements opened / `total` (at most 1) every few
 * thousand elements. */
void          mp_xml_writer_set_progress (MpXmlWriter  *w,
                                        MpProgressFunc func,
                                        gpointer      data,
                                        guint64       total);
void          mp_xml_writer_abort      (MpXmlWriter  *w);

/* The shortest text that reads back as the same double, in C syntax:
 * 14.8, 19, 0.1, 1e-07. `buf` holds at least G_ASCII_DTOSTR_BUF_SIZE. */
const char   *mp_format_canonical      (char         *buf,
                                        double        value);

/* The exporters of each format. */
gboolean      mp_export_native         (MpStore              *store,
                                        MpXmlWriter          *w,
                                        const MpExportFilter *filter,
                                        GCancellable         *cancellable,
                                        GError              **error);
gboolean      mp_export_adx            (MpStore              *store,
                                        MpXmlWriter          *w,
                                        const MpExportFilter *filter,
                                        GCancellable         *cancellable,
                                        GError              **error);
gboolean      mp_export_dhis2          (MpStore              *store,
                                        MpXmlWriter          *w,
                                        const MpExportFilter *filter,
                                        GCancellable         *cancellable,
                                        GError              **error);

G_END_DECLS
