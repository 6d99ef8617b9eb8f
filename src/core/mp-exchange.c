/* mp-exchange.c — import and export of XML files: the report, the choice
 * of format, and the transaction around an import. */
#include "mp-exchange-private.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mp-judge.h"

struct _MpImportReport {
  char      *file_name;
  GPtrArray *messages;
  guint      n_errors;
  MpCounts   counts[MP_N_TABLES];
  MpFormat   format;
};

static const char *format_names[] = { "auto", "native", "adx", "dhis2" };

const char *
mp_format_to_string (MpFormat format)
{
  g_return_val_if_fail (format <= MP_FORMAT_DHIS2, NULL);
  return format_names[format];
}

gboolean
mp_format_from_string (const char *text,
                       MpFormat   *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (text, format_names[i]) == 0)
      {
        *out = (MpFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
mp_table_to_string (MpTable table)
{
  static const char *names[] = {
    "document", "unit", "unit_succession", "population", "indicator", "target",
    "observation", "facility", "staffing", "training", "transfer",
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (names) == MP_N_TABLES);
  g_return_val_if_fail (table < MP_N_TABLES, NULL);
  return names[table];
}

MpImportReport *
mp_import_report_new (const char *file_name)
{
  MpImportReport *report = g_new0 (MpImportReport, 1);

  report->file_name = g_strdup (file_name);
  report->messages = g_ptr_array_new_with_free_func (g_free);
  return report;
}

void
mp_import_report_free (MpImportReport *report)
{
  if (report == NULL)
    return;
  g_free (report->file_name);
  g_ptr_array_unref (report->messages);
  g_free (report);
}

void
mp_import_report_error (MpImportReport *report,
                        int             line,
                        int             column,
                        const char     *format,
                        ...)
{
  g_autofree char *msg = NULL;
  va_list ap;

  report->n_errors++;
  if (report->messages->len >= MP_IMPORT_MAX_MESSAGES)
    return;
  va_start (ap, format);
  msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  /* One line per problem, in valid UTF-8, whatever libxml2 or the file put
   * in the message. */
  g_strdelimit (msg, "\r\n\t", ' ');
  if (!g_utf8_validate (msg, -1, NULL))
    {
      char *valid = g_utf8_make_valid (msg, -1);
      g_free (msg);
      msg = valid;
    }
  /* FILE:LINE:COLUMN: error: MESSAGE — the shape compilers use, which
   * editors and scripts read; only the message is translated. */
  g_ptr_array_add (report->messages,
                   g_strdup_printf ("%s:%d:%d: error: %s", report->file_name, MAX (line, 0), MAX (column, 0), msg));
}

void
mp_import_report_add (MpImportReport *report,
                      MpTable         table,
                      MpMerge         merge)
{
  g_return_if_fail (table < MP_N_TABLES);
  switch (merge)
    {
    case MP_MERGE_ADDED:     report->counts[table].added++; break;
    case MP_MERGE_UPDATED:   report->counts[table].updated++; break;
    case MP_MERGE_UNCHANGED: report->counts[table].unchanged++; break;
    default: break;
    }
}

guint
mp_import_report_get_n_errors (MpImportReport *report)
{
  return report->n_errors;
}

GPtrArray *
mp_import_report_get_messages (MpImportReport *report)
{
  return report->messages;
}

const MpCounts *
mp_import_report_get_counts (MpImportReport *report,
                             MpTable         table)
{
  g_return_val_if_fail (table < MP_N_TABLES, NULL);
  return &report->counts[table];
}

MpCounts
mp_import_report_get_total (MpImportReport *report)
{
  MpCounts total = { 0 };

  for (int t = 0; t < MP_N_TABLES; t++)
    {
      total.added += report->counts[t].added;
      total.updated += report->counts[t].updated;
      total.unchanged += report->counts[t].unchanged;
    }
  return total;
}

MpFormat
mp_import_report_get_format (MpImportReport *report)
{
  return report->format;
}

char *
mp_import_report_summary (MpImportReport *report)
{
  MpCounts total = mp_import_report_get_total (report);

  return g_strdup_printf (_("Added %llu, updated %llu, unchanged %llu."),
                          (unsigned long long) total.added, (unsigned long long) total.updated,
                          (unsigned long long) total.unchanged);
}

void
mp_importer_clear (MpImporter *imp)
{
  g_clear_pointer (&imp->reader, xmlFreeTextReader);
  sqlite3_finalize (imp->obs_seen);
  sqlite3_finalize (imp->obs_insert);
  sqlite3_finalize (imp->obs_update);
  imp->obs_seen = imp->obs_insert = imp->obs_update = NULL;
  for (int i = 0; i < 3; i++)
    if (imp->obs_last[i])
      g_string_free (g_steal_pointer (&imp->obs_last[i]), TRUE);
  for (int t = 0; t < MP_N_TABLES; t++)
    g_clear_pointer (&imp->ids[t], g_hash_table_unref);
}

/* The format of a document, from its root element's namespace (and name,
 * for DHIS2, whose namespace also holds other documents). */
static gboolean
detect_format (MpImporter *imp,
               MpFormat   *format)
{
  const char *ns, *name;
  int rc;

  while ((rc = mp_importer_read (imp)) == 1 && mp_importer_element (imp) == NULL)
    ;
  if (rc != 1)
    {
      if (rc == 0)
        mp_importer_error (imp, _("the file holds no XML element"));
      return FALSE;
    }
  ns = mp_importer_namespace (imp);
  name = mp_importer_element (imp);
  if (g_strcmp0 (ns, MP_NS_NATIVE) == 0)
    *format = MP_FORMAT_NATIVE;
  else if (g_strcmp0 (ns, MP_NS_ADX) == 0 || g_strcmp0 (ns, MP_NS_ADX_OLD) == 0)
    *format = MP_FORMAT_ADX;
  else if (g_strcmp0 (ns, MP_NS_DHIS2) == 0 && g_str_equal (name, "dataValueSet"))
    *format = MP_FORMAT_DHIS2;
  else
    {
      mp_importer_error (imp, _("the root element “%s” (namespace “%s”) is not a Medplan, ADX or DHIS2 dataValueSet document"),
                         name, ns ? ns : "");
      return FALSE;
    }
  return TRUE;
}

typedef gboolean (*ImportFunc) (MpImporter *imp);

static ImportFunc
import_func (MpFormat format)
{
  switch (format)
    {
    case MP_FORMAT_NATIVE: return mp_import_native;
    case MP_FORMAT_ADX:    return mp_import_adx;
    case MP_FORMAT_DHIS2:  return mp_import_dhis2;
    default:               return NULL;
    }
}

/* Runs the import of an opened reader inside the caller's transaction. */
static gboolean
run_import (MpImporter *imp,
            MpFormat    format)
{
  ImportFunc func = import_func (format);

  imp->report->format = format;
  return func (imp) && mp_importer_ok (imp);
}

static gboolean
fail_with_report (MpImportReport  *report,
                  GError         **error)
{
  guint n = mp_import_report_get_n_errors (report);

  g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
               g_dngettext (GETTEXT_PACKAGE,
                            "%s has %u problem; nothing was imported.",
                            "%s has %u problems; nothing was imported.", n),
               report->file_name, n);
  return FALSE;
}

gboolean
mp_store_import (MpStore         *self,
                 const char      *path,
                 MpFormat         format,
                 gboolean         dry_run,
                 MpImportReport  *report,
                 GCancellable    *cancellable,
                 GError         **error)
{
  return mp_store_import_with_progress (self, path, format, dry_run, report, NULL, NULL, cancellable, error);
}

gboolean
mp_store_import_with_progress (MpStore         *self,
                               const char      *path,
                               MpFormat         format,
                               gboolean         dry_run,
                               MpImportReport  *report,
                               MpProgressFunc   progress,
                               gpointer         progress_data,
                               GCancellable    *cancellable,
                               GError         **error)
{
  MpImporter imp = { 0 };
  g_autofree char *base = NULL;
  g_autofree char *after = NULL;
  g_autofree char *summary = NULL;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  imp.store = self;
  imp.report = report;
  imp.cancellable = cancellable;
  base = g_path_get_basename (path);
  imp.source = base;

  /* Find the format first, with a reader of its own. */
  if (format == MP_FORMAT_AUTO)
    {
      if (!mp_importer_open_file (&imp, path, error))
        return FALSE;
      ok = detect_format (&imp, &format);
      mp_importer_clear (&imp);
      imp.fatal = FALSE;
      if (!ok)
        return fail_with_report (report, error);
    }

  if (!dry_run && !mp_store_backup (self, "before-import", error))
    return FALSE;
  if (!mp_importer_open_file (&imp, path, error))
    return FALSE;
  if (!mp_store_exec (self, "BEGIN IMMEDIATE", error))
    {
      mp_importer_clear (&imp);
      return FALSE;
    }

  if (progress)
    {
      GStatBuf st;

      imp.progress = progress;
      imp.progress_data = progress_data;
      imp.file_size = g_stat (path, &st) == 0 ? (gint64) st.st_size : 0;
      progress (0.0, progress_data);
    }
  imp.now = mp_store_now_iso ();
  ok = run_import (&imp, format);
  if (progress && ok)
    progress (1.0, progress_data);
  mp_importer_clear (&imp);
  g_free (imp.now);

  if (ok && !dry_run)
    {
      summary = mp_import_report_summary (report);
      after = g_strdup_printf ("{\"format\":\"%s\",\"summary\":\"%s\"}", mp_format_to_string (format), summary);
      ok = mp_store_log_change (self, "import", base, "insert", NULL, after, path, error);
      if (ok)
        ok = mp_store_exec (self, "COMMIT", error);
      if (!ok)
        {
          mp_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
      mp_store_checkpoint (self);
      return TRUE;
    }

  mp_store_exec (self, "ROLLBACK", NULL);
  if (mp_import_report_get_n_errors (report) > 0)
    return fail_with_report (report, error);
  return ok;
}

typedef gboolean (*ExportFunc) (MpStore *, MpXmlWriter *, const MpExportFilter *, GCancellable *, GError **);

gboolean
mp_store_export (MpStore              *self,
                 const char           *path,
                 MpFormat              format,
                 const MpExportFilter *filter,
                 GCancellable         *cancellable,
                 GError              **error)
{
  return mp_store_export_with_progress (self, path, format, filter, NULL, NULL, cancellable, error);
}

/* How many rows an export of everything would write: the measure of its
 * progress. */
static guint64
count_rows (MpStore *self)
{
  sqlite3_stmt *stmt = mp_store_prepare (self,
                                         "SELECT (SELECT count(*) FROM observation) + (SELECT count(*) FROM unit)"
                                         " + (SELECT count(*) FROM indicator) + (SELECT count(*) FROM target)"
                                         " + (SELECT count(*) FROM facility) + (SELECT count(*) FROM staffing)"
                                         " + (SELECT count(*) FROM training) + (SELECT count(*) FROM transfer)"
                                         " + (SELECT count(*) FROM population) + (SELECT count(*) FROM document)",
                                         NULL);
  guint64 n = 0;

  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint64) MAX (sqlite3_column_int64 (stmt, 0), 0);
  sqlite3_finalize (stmt);
  return n;
}

gboolean
mp_store_export_with_progress (MpStore              *self,
                               const char           *path,
                               MpFormat              format,
                               const MpExportFilter *filter,
                               MpProgressFunc        progress,
                               gpointer              progress_data,
                               GCancellable         *cancellable,
                               GError              **error)
{
  static const MpExportFilter all = { NULL, NULL };
  ExportFunc func;
  MpXmlWriter *w;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  switch (format)
    {
    case MP_FORMAT_NATIVE: func = mp_export_native; break;
    case MP_FORMAT_ADX:    func = mp_export_adx; break;
    case MP_FORMAT_DHIS2:  func = mp_export_dhis2; break;
    default:
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Choose the format to export: native, adx or dhis2."));
      return FALSE;
    }
  if (filter == NULL)
    filter = &all;
  if (filter->period && !mp_period_is_valid (filter->period))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("“%s” is not a valid period."), filter->period);
      return FALSE;
    }
  if (filter->unit && mp_store_id_for_code (self, "unit", filter->unit) == 0)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no unit with the code “%s”."), filter->unit);
      return FALSE;
    }

  w = mp_xml_writer_new (path, error);
  if (w == NULL)
    return FALSE;
  /* One read transaction: the export is a consistent snapshot. */
  if (!mp_store_exec (self, "BEGIN", error))
    {
      mp_xml_writer_abort (w);
      return FALSE;
    }
  if (progress)
    {
      mp_xml_writer_set_progress (w, progress, progress_data, count_rows (self));
      progress (0.0, progress_data);
    }
  if (!func (self, w, filter, cancellable, error))
    {
      mp_store_exec (self, "ROLLBACK", NULL);
      mp_xml_writer_abort (w);
      return FALSE;
    }
  mp_store_exec (self, "COMMIT", NULL);
  if (!mp_xml_writer_finish (w, error))
    return FALSE;
  if (progress)
    progress (1.0, progress_data);
  return TRUE;
}
