/* mp-importer.c — the reading side shared by every import format: a
 * hardened streaming reader, values parsed with their place in the file,
 * code lookups and the merge of observations. */
#include "mp-exchange-private.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <libxml/parserInternals.h>
#include <math.h>
#include <string.h>

#include "mp-judge.h"

/* libxml2 options: no network, no DTD loading, no entity substitution, no
 * XInclude; whitespace-only text is dropped; line numbers past 65535 kept. */
#define READER_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | \
                        XML_PARSE_BIG_LINES)

/* While an import parses (on this thread), every external entity, DTD or
 * schema a document names is refused, so no import ever opens another
 * file or the network. Other parses (e.g. loading a schema we ship) keep
 * libxml2's own loader. */
static GPrivate importing;
static xmlExternalEntityLoader default_loader;

static xmlParserInputPtr
guarded_loader (const char       *url,
                const char       *id,
                xmlParserCtxtPtr  ctxt)
{
  if (g_private_get (&importing) != NULL)
    return NULL;
  return default_loader (url, id, ctxt);
}

static void
harden_libxml (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      xmlInitParser ();
      default_loader = xmlGetExternalEntityLoader ();
      xmlSetExternalEntityLoader (guarded_loader);
      g_once_init_leave (&done, 1);
    }
}

/* xmlTextReaderRead with external loading refused. */
static int
guarded_read (xmlTextReaderPtr reader)
{
  int rc;

  g_private_set (&importing, GINT_TO_POINTER (1));
  rc = xmlTextReaderRead (reader);
  g_private_set (&importing, NULL);
  return rc;
}

/* libxml2's own problems (not well-formed, bad UTF-8, too deep) go into
 * the report with the place libxml2 gives. */
static void
structured_error (void        *data,
                  xmlErrorPtr  err)
{
  MpImporter *imp = data;
  g_autofree char *msg = NULL;

  /* After a fatal error libxml2 may go on guessing (e.g. reading the
   * rest as Latin-1) and report noise: the first fatal error is the one. */
  if (err == NULL || err->level == XML_ERR_WARNING || imp->fatal)
    return;
  msg = g_strchomp (g_strdup (err->message ? err->message : "?"));
  mp_import_report_error (imp->report, err->line, err->int2,
                          _("the file is not well-formed XML: %s"), msg);
  if (err->level == XML_ERR_FATAL)
    imp->fatal = TRUE;
}

static void
setup_reader (MpImporter *imp)
{
  xmlTextReaderSetStructuredErrorHandler (imp->reader, structured_error, imp);
}

gboolean
mp_importer_open_file (MpImporter  *imp,
                       const char  *path,
                       GError     **error)
{
  harden_libxml ();
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot read “%s”: there is no such file."), path);
      return FALSE;
    }
  imp->reader = xmlReaderForFile (path, NULL, READER_OPTIONS);
  if (imp->reader == NULL)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot read “%s”."), path);
      return FALSE;
    }
  setup_reader (imp);
  return TRUE;
}

gboolean
mp_importer_open_memory (MpImporter *imp,
                         const char *data,
                         gsize       size)
{
  harden_libxml ();
  imp->reader = xmlReaderForMemory (data, (int) MIN (size, G_MAXINT), NULL, NULL, READER_OPTIONS);
  if (imp->reader == NULL)
    return FALSE;
  setup_reader (imp);
  return TRUE;
}

/* The line of the current node (where its start tag is), not where the
 * parser has got to, which may be lines further on. */
int
mp_importer_line (MpImporter *imp)
{
  xmlNodePtr node;
  long line = -1;

  if (imp->reader == NULL)
    return 0;
  node = xmlTextReaderCurrentNode (imp->reader);
  if (node)
    line = xmlGetLineNo (node);
  return line > 0 ? (int) line : xmlTextReaderGetParserLineNumber (imp->reader);
}

/* libxml2 keeps no column per node: the parser's column is right when it
 * is still on the node's line (the usual case), else the line's start. */
int
mp_importer_column (MpImporter *imp)
{
  if (imp->reader == NULL)
    return 0;
  if (xmlTextReaderGetParserLineNumber (imp->reader) == mp_importer_line (imp))
    return xmlTextReaderGetParserColumnNumber (imp->reader);
  return 1;
}

void
mp_importer_error (MpImporter *imp,
                   const char *format,
                   ...)
{
  g_autofree char *msg = NULL;
  va_list ap;

  va_start (ap, format);
  msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  mp_import_report_error (imp->report, mp_importer_line (imp), mp_importer_column (imp), "%s", msg);
}

gboolean
mp_importer_ok (MpImporter *imp)
{
  return mp_import_report_get_n_errors (imp->report) == 0;
}

/* Tells the share of the file read, once per MP_PROGRESS_STEP bytes. */
static void
report_progress (MpImporter *imp)
{
  long consumed = xmlTextReaderByteConsumed (imp->reader);

  if (consumed < imp->next_progress || imp->file_size <= 0)
    return;
  imp->next_progress = consumed + MP_PROGRESS_STEP;
  imp->progress (CLAMP ((double) consumed / (double) imp->file_size, 0.0, 1.0), imp->progress_data);
}

int
mp_importer_read (MpImporter *imp)
{
  for (;;)
    {
      int rc, type;

      if (imp->fatal)
        return -1;
      if (g_cancellable_is_cancelled (imp->cancellable))
        {
          mp_importer_error (imp, _("the import was cancelled"));
          imp->fatal = TRUE;
          return -1;
        }
      rc = guarded_read (imp->reader);
      if (G_UNLIKELY (imp->progress != NULL) && rc > 0 && (++imp->n_reads & 255) == 0)
        report_progress (imp);
      if (rc == 0)
        return 0;
      if (rc < 0 || imp->fatal)
        {
          if (!imp->fatal)
            mp_importer_error (imp, _("the file is not well-formed XML"));
          imp->fatal = TRUE;
          return -1;
        }

      type = xmlTextReaderNodeType (imp->reader);
      switch (type)
        {
        case XML_READER_TYPE_DOCUMENT_TYPE:
          mp_importer_error (imp, _("document type declarations (DTDs) are not allowed"));
          imp->fatal = TRUE;
          return -1;
        case XML_READER_TYPE_ENTITY_REFERENCE:
        case XML_READER_TYPE_ENTITY:
          mp_importer_error (imp, _("entities are not allowed"));
          imp->fatal = TRUE;
          return -1;
        case XML_READER_TYPE_COMMENT:
        case XML_READER_TYPE_PROCESSING_INSTRUCTION:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_XML_DECLARATION:
          continue;
        default:
          break;
        }

      if (xmlTextReaderDepth (imp->reader) > MP_XML_MAX_DEPTH)
        {
          mp_importer_error (imp, _("elements are nested deeper than %d levels"), MP_XML_MAX_DEPTH);
          imp->fatal = TRUE;
          return -1;
        }
      if (type == XML_READER_TYPE_ELEMENT && xmlTextReaderDepth (imp->reader) == 0)
        {
          const xmlChar *enc = xmlTextReaderConstEncoding (imp->reader);
          if (enc && g_ascii_strcasecmp ((const char *) enc, "UTF-8") != 0)
            {
              mp_importer_error (imp, _("the file is in the encoding “%s”; only UTF-8 is accepted"),
                                 (const char *) enc);
              imp->fatal = TRUE;
              return -1;
            }
        }
      return 1;
    }
}

const char *
mp_importer_element (MpImporter *imp)
{
  if (xmlTextReaderNodeType (imp->reader) != XML_READER_TYPE_ELEMENT)
    return NULL;
  return (const char *) xmlTextReaderConstLocalName (imp->reader);
}

const char *
mp_importer_namespace (MpImporter *imp)
{
  return (const char *) xmlTextReaderConstNamespaceUri (imp->reader);
}

const char *
mp_importer_lang (MpImporter *imp)
{
  return (const char *) xmlTextReaderConstXmlLang (imp->reader);
}

gboolean
mp_importer_attributes (MpImporter         *imp,
                        const char * const *names,
                        const char        **values,
                        gboolean            strict)
{
  gboolean ok = TRUE;
  int n = 0;

  while (names[n])
    values[n++] = NULL;

  if (xmlTextReaderHasAttributes (imp->reader) != 1)
    return TRUE;

  while (xmlTextReaderMoveToNextAttribute (imp->reader) == 1)
    {
      const char *name = (const char *) xmlTextReaderConstName (imp->reader);
      const char *ns = (const char *) xmlTextReaderConstNamespaceUri (imp->reader);
      gboolean known = FALSE;

      if (xmlTextReaderIsNamespaceDecl (imp->reader) == 1 ||
          (ns && g_str_equal (ns, "http://www.w3.org/XML/1998/namespace")))
        continue;
      for (int i = 0; i < n; i++)
        if (g_str_equal (name, names[i]))
          {
            values[i] = (const char *) xmlTextReaderConstValue (imp->reader);
            known = TRUE;
            break;
          }
      if (!known && strict)
        {
          mp_importer_error (imp, _("unknown attribute “%s”"), name);
          ok = FALSE;
        }
    }
  xmlTextReaderMoveToElement (imp->reader);
  return ok;
}

char *
mp_importer_text (MpImporter *imp)
{
  GString *text = g_string_new (NULL);
  int depth = xmlTextReaderDepth (imp->reader);

  if (xmlTextReaderIsEmptyElement (imp->reader) == 1)
    return g_string_free (text, FALSE);

  for (;;)
    {
      int rc = mp_importer_read (imp);
      int type;

      if (rc <= 0)
        {
          g_string_free (text, TRUE);
          return NULL;
        }
      type = xmlTextReaderNodeType (imp->reader);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (imp->reader) == depth)
        return g_string_free (text, FALSE);
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA)
        g_string_append (text, (const char *) xmlTextReaderConstValue (imp->reader));
      else if (type == XML_READER_TYPE_ELEMENT)
        {
          mp_importer_error (imp, _("unexpected element “%s” inside text"), mp_importer_element (imp));
          g_string_free (text, TRUE);
          return NULL;
        }
    }
}

gboolean
mp_importer_require (MpImporter *imp,
                     const char *attr,
                     const char *value)
{
  if (value && *value)
    return TRUE;
  mp_importer_error (imp, _("attribute “%s” is missing"), attr);
  return FALSE;
}

gboolean
mp_importer_double (MpImporter *imp,
                    const char *attr,
                    const char *text,
                    double     *out)
{
  char *end = NULL;

  errno = 0;
  *out = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || errno == ERANGE || !isfinite (*out) ||
      g_ascii_isspace (*text) || strpbrk (text, "xXnNiI") != NULL)
    {
      mp_importer_error (imp, _("attribute “%s”: “%s” is not a finite number"), attr, text);
      return FALSE;
    }
  return TRUE;
}

gboolean
mp_importer_count (MpImporter *imp,
                   const char *attr,
                   const char *text,
                   gint64     *out)
{
  guint64 v;

  if (*text == '-')
    {
      mp_importer_error (imp, _("attribute “%s”: “%s” is negative; a count cannot be"), attr, text);
      return FALSE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &v, NULL))
    {
      mp_importer_error (imp, _("attribute “%s”: “%s” is not a whole number"), attr, text);
      return FALSE;
    }
  *out = (gint64) v;
  return TRUE;
}

gboolean
mp_importer_year (MpImporter *imp,
                  const char *attr,
                  const char *text,
                  int        *out)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (text, 10, 1900, 2200, &v, NULL))
    {
      mp_importer_error (imp, _("attribute “%s”: “%s” is not a year between 1900 and 2200"), attr, text);
      return FALSE;
    }
  *out = (int) v;
  return TRUE;
}

gboolean
mp_importer_date (MpImporter *imp,
                  const char *attr,
                  const char *text)
{
  guint64 y, m, d;
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);
  guint n = g_strv_length (parts);

  if ((n == 1 || n == 3) &&
      strlen (parts[0]) == 4 && g_ascii_string_to_unsigned (parts[0], 10, 1900, 2200, &y, NULL) &&
      (n == 1 ||
       (strlen (parts[1]) == 2 && strlen (parts[2]) == 2 &&
        g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &m, NULL) &&
        g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &d, NULL) &&
        g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))))
    return TRUE;
  mp_importer_error (imp, _("attribute “%s”: “%s” is not a possible date (YYYY-MM-DD or YYYY)"), attr, text);
  return FALSE;
}

gboolean
mp_importer_period (MpImporter *imp,
                    const char *attr,
                    const char *text)
{
  if (mp_period_is_valid (text))
    return TRUE;
  mp_importer_error (imp, _("attribute “%s”: “%s” is not a period Medplan models (2025, 2025S1, 2025Q3)"),
                     attr, text);
  return FALSE;
}

static const char *
table_sql_name (MpTable table)
{
  switch (table)
    {
    case MP_TABLE_DOCUMENT:  return "document";
    case MP_TABLE_UNIT:      return "unit";
    case MP_TABLE_INDICATOR: return "indicator";
    case MP_TABLE_FACILITY:  return "facility";
    case MP_TABLE_TRAINING:  return "training";
    case MP_TABLE_TRANSFER:  return "transfer";
    default:                 return NULL;
    }
}

static const char *
table_label (MpTable table)
{
  switch (table)
    {
    case MP_TABLE_DOCUMENT:  return _("document");
    case MP_TABLE_UNIT:      return _("unit");
    case MP_TABLE_INDICATOR: return _("indicator");
    case MP_TABLE_FACILITY:  return _("facility");
    case MP_TABLE_TRAINING:  return _("training plan");
    case MP_TABLE_TRANSFER:  return _("transfer");
    default:                 return "?";
    }
}

static GHashTable *
id_cache (MpImporter *imp,
          MpTable     table)
{
  if (imp->ids[table] == NULL)
    imp->ids[table] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return imp->ids[table];
}

void
mp_importer_remember (MpImporter *imp,
                      MpTable     table,
                      const char *code,
                      gint64      id)
{
  g_hash_table_insert (id_cache (imp, table), g_strdup (code), GSIZE_TO_POINTER ((gsize) id));
}

gint64
mp_importer_id (MpImporter *imp,
                MpTable     table,
                const char *code)
{
  GHashTable *cache = id_cache (imp, table);
  gpointer hit;
  gint64 id;

  if (code == NULL)
    return 0;
  if (g_hash_table_lookup_extended (cache, code, NULL, &hit))
    id = (gint64) GPOINTER_TO_SIZE (hit);
  else
    {
      id = table_sql_name (table) ? mp_store_id_for_code (imp->store, table_sql_name (table), code) : 0;
      g_hash_table_insert (cache, g_strdup (code), GSIZE_TO_POINTER ((gsize) id));
    }
  if (id == 0)
    /* TRANSLATORS: "unknown unit “VN-XX”" */
    mp_importer_error (imp, _("unknown %s “%s”"), table_label (table), code);
  return id;
}

MpMerge
mp_importer_observation (MpImporter *imp,
                         const char *indicator,
                         gint64      indicator_id,
                         const char *unit,
                         gint64      unit_id,
                         const char *period,
                         double      value,
                         const char *source,
                         const char *comment,
                         const char *updated_at)
{
  MpMerge merge;
  int rc;

  if (!mp_importer_ok (imp))
    return MP_MERGE_FAILED;

  if (imp->obs_insert == NULL)
    {
      sqlite3_stmt *any;

      /* Keys seen in this file, on disk rather than in memory, so memory
       * does not grow with the file. Dropped when the import ends. */
      if (!mp_store_exec (imp->store,
                          "CREATE TEMP TABLE IF NOT EXISTS import_seen (indicator_id INTEGER, unit_id INTEGER,"
                          " period TEXT, PRIMARY KEY (indicator_id, unit_id, period)) WITHOUT ROWID;"
                          "DELETE FROM temp.import_seen;", NULL))
        return MP_MERGE_FAILED;
      imp->obs_seen = mp_store_prepare (imp->store,
                                        "INSERT OR IGNORE INTO temp.import_seen VALUES (?1, ?2, ?3)", NULL);
      imp->obs_insert = mp_store_prepare (imp->store,
                                          "INSERT OR IGNORE INTO observation "
                                          "(indicator_id, unit_id, period, value, source, comment, updated_at) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", NULL);
      imp->obs_update = mp_store_prepare (imp->store,
                                          "UPDATE observation SET value = ?4, source = ?5, comment = ?6, updated_at = ?7 "
                                          "WHERE indicator_id = ?1 AND unit_id = ?2 AND period = ?3 "
                                          "AND (value IS NOT ?4 OR source IS NOT ?5 OR comment IS NOT ?6)", NULL);
      any = mp_store_prepare (imp->store, "SELECT 1 FROM observation LIMIT 1", NULL);
      imp->obs_ascending = any && sqlite3_step (any) == SQLITE_DONE;
      sqlite3_finalize (any);
      for (int i = 0; i < 3; i++)
        imp->obs_last[i] = g_string_new (NULL);
    }

  if (imp->obs_ascending)
    {
      const char *key[3] = { indicator, unit, period };
      int c = 0, i;

      for (i = 0; i < 3 && c == 0; i++)
        c = strcmp (key[i], imp->obs_last[i]->str);
      if (c > 0 || imp->obs_last[0]->len == 0)
        {
          /* Still ascending: the key is new in this file. */
          for (i = i - 1; i < 3; i++)
            g_string_assign (imp->obs_last[i], key[i]);
        }
      else
        {
          /* The order breaks: from here on, remember every key. Every
           * row of the table came from this file. */
          imp->obs_ascending = FALSE;
          if (!mp_store_exec (imp->store,
                              "INSERT OR IGNORE INTO temp.import_seen"
                              " SELECT indicator_id, unit_id, period FROM main.observation", NULL))
            return MP_MERGE_FAILED;
        }
    }

  if (!imp->obs_ascending)
    {
      sqlite3_bind_int64 (imp->obs_seen, 1, indicator_id);
      sqlite3_bind_int64 (imp->obs_seen, 2, unit_id);
      sqlite3_bind_text (imp->obs_seen, 3, period, -1, SQLITE_STATIC);
      rc = sqlite3_step (imp->obs_seen);
      sqlite3_reset (imp->obs_seen);
      if (rc == SQLITE_DONE && sqlite3_changes (imp->store->db) == 0)
        {
          mp_importer_error (imp, _("the observation of “%s” for “%s” in %s appears twice in the file"),
                             indicator, unit, period);
          return MP_MERGE_FAILED;
        }
    }

  for (int pass = 0; pass < 2; pass++)
    {
      sqlite3_stmt *stmt = pass == 0 ? imp->obs_insert : imp->obs_update;

      sqlite3_bind_int64 (stmt, 1, indicator_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      sqlite3_bind_text (stmt, 3, period, -1, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 4, value);
      sqlite3_bind_text (stmt, 5, source ? source : imp->source, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, comment, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, updated_at ? updated_at : imp->now, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          mp_importer_error (imp, _("cannot save the observation: %s"), sqlite3_errmsg (imp->store->db));
          return MP_MERGE_FAILED;
        }
      if (sqlite3_changes (imp->store->db) > 0)
        {
          merge = pass == 0 ? MP_MERGE_ADDED : MP_MERGE_UPDATED;
          goto done;
        }
    }
  merge = MP_MERGE_UNCHANGED;

done:
  mp_import_report_add (imp->report, MP_TABLE_OBSERVATION, merge);
  return merge;
}
