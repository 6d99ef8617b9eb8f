/* test-exchange.c — IHE ADX and DHIS2 dataValueSet on real files, real
 * libxml2 and real SQLite: each format both ways, the round trips, every
 * period mapping, format detection, what real servers send, every error
 * class with its line, dry runs, merge counts and refused imports. */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <locale.h>
#include <string.h>

#include "mp-aggregate.h"
#include "mp-exchange.h"
#include "mp-judge.h"
#include "mp-store-private.h"
#include "mp-test-util.h"

typedef struct {
  char    *dir;
  MpStore *store;  /* the sample data */
} Fixture;

static MpStore *
sample_store (Fixture    *f,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  MpStore *store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (mp_store_load_sample (store, &error));
  g_assert_no_error (error);
  return store;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("medplan-exchange-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->store = sample_store (f, "a.db");
}


static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  mp_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
exec (MpStore    *store,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mp_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

#define SELECT_OBS \
  "SELECT i.code, u.code, o.period, o.value, o.comment, o.source, o.updated_at FROM observation o " \
  "JOIN indicator i ON i.id = o.indicator_id JOIN unit u ON u.id = o.unit_id "

static void
append_row (GString      *out,
            sqlite3_stmt *stmt,
            gboolean      full)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, "%s|%s|%s|%s|%s", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                          sqlite3_column_text (stmt, 2), mp_format_canonical (buf, sqlite3_column_double (stmt, 3)),
                          sqlite3_column_text (stmt, 4) ? (const char *) sqlite3_column_text (stmt, 4) : "(null)");
  if (full)
    g_string_append_printf (out, "|%s|%s", sqlite3_column_text (stmt, 5), sqlite3_column_text (stmt, 6));
}

/* The observations, one line each: indicator, unit, period, value,
 * comment, and with `full` also source and updated_at. */
static char *
dump (MpStore  *store,
      gboolean  full)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = mp_store_prepare (store, SELECT_OBS "ORDER BY i.code, u.code, o.period", NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      append_row (out, stmt, full);
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

/* One observation as dump() writes it with `full`, or NULL. */
static char *
row (MpStore    *store,
     const char *indicator,
     const char *unit,
     const char *period)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = mp_store_prepare (store, SELECT_OBS "WHERE i.code = ?1 AND u.code = ?2 AND o.period = ?3", NULL);

  g_assert_nonnull (stmt);
  sqlite3_bind_text (stmt, 1, indicator, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, unit, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, period, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    append_row (out, stmt, TRUE);
  sqlite3_finalize (stmt);
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static char *
fixture_file (const char *format,
              const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", format, name, NULL);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return path;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* Imports and checks that it succeeded or failed as expected. */
static MpImportReport *
import (MpStore    *store,
        const char *path,
        MpFormat    format,
        gboolean    dry_run,
        gboolean    expect_ok)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (path);
  MpImportReport *report = mp_import_report_new (base);
  gboolean ok = mp_store_import (store, path, format, dry_run, report, NULL, &error);
  GPtrArray *messages = mp_import_report_get_messages (report);

  if (ok != expect_ok)
    for (guint i = 0; i < messages->len; i++)
      g_printerr ("%s\n", (const char *) messages->pdata[i]);
  g_assert_cmpint (ok, ==, expect_ok);
  if (expect_ok)
    g_assert_no_error (error);
  else
    g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  return report;
}

static void
assert_counts (MpImportReport *report,
               guint64         added,
               guint64         updated,
               guint64         unchanged)
{
  const MpCounts *c = mp_import_report_get_counts (report, MP_TABLE_OBSERVATION);

  g_assert_cmpuint (c->added, ==, added);
  g_assert_cmpuint (c->updated, ==, updated);
  g_assert_cmpuint (c->unchanged, ==, unchanged);
}

typedef struct {
  int   line;
  char *body;  /* the translated message after "FILE:LINE:COL: error: " */
} Expect;

/* The report holds exactly these messages, in this order, each at its line. */
static void
assert_messages (MpImportReport *report,
                 const char     *file,
                 Expect         *expect,
                 guint           n)
{
  GPtrArray *messages = mp_import_report_get_messages (report);

  for (guint i = 0; i < messages->len; i++)
    g_test_message ("%s", (const char *) messages->pdata[i]);
  g_assert_cmpuint (mp_import_report_get_n_errors (report), ==, n);
  g_assert_cmpuint (messages->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const char *msg = messages->pdata[i];
      g_autofree char *prefix = g_strdup_printf ("%s:%d:", file, expect[i].line);

      if (!g_str_has_prefix (msg, prefix) || !g_str_has_suffix (msg, expect[i].body))
        g_error ("message %u is\n  %s\nexpected line %d and\n  %s", i, msg, expect[i].line, expect[i].body);
      g_free (expect[i].body);
    }
}

#define MSG(...) g_strdup_printf (__VA_ARGS__)

static char *
unknown (const char *what,
         const char *code)
{
  return g_strdup_printf (_("unknown %s “%s”"), what, code);
}

/* Typed observations in all four kinds of period, with comments. */
static void
add_observations (MpStore *store)
{
  static const struct { const char *ind, *unit, *period; double value; } obs[] = {
    { "DOCTORS_PER_10K", "VN-CT", "2026S1", 15.6 },
    { "DOCTORS_PER_10K", "VN-CT", "2026S2", 16 },
    { "BEDS_PER_10K", "VN-CT", "2026Q1", 30.5 },
    { "BEDS_PER_10K", "VN-CT", "2026Q2", 31 },
    { "BEDS_PER_10K", "VN-CT", "2026Q3", 0.0000001 },
    { "BEDS_PER_10K", "VN-CT", "2026Q4", 1e21 },
    { "LIFE_EXPECTANCY", "PROVINCE-A", "2025", 74.6 },
    { "EPI_COVERAGE_PCT", "PROVINCE-A", "2025", 95.5 },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (obs); i++)
    {
      g_assert_true (mp_store_set_observation (store, obs[i].ind, obs[i].unit, obs[i].period, obs[i].value,
                                               "Sở Y tế", &error));
      g_assert_no_error (error);
    }
  exec (store, "UPDATE observation SET comment = 'ước tính <sơ bộ> & \"chưa công bố\"\ndòng 2' "
               "WHERE period = '2025' AND unit_id = (SELECT id FROM unit WHERE code = 'PROVINCE-A') "
               "AND indicator_id = (SELECT id FROM indicator WHERE code = 'LIFE_EXPECTANCY')");
  exec (store, "UPDATE observation SET comment = 'Báo cáo quý III', updated_at = '2026-10-05T01:02:03Z' "
               "WHERE period = '2026Q3'");
}

/* From memory: the importers refuse every external resource for the
 * whole process, files named by URL included. */
static xmlDocPtr
read_xml (const char *path)
{
  g_autofree char *text = read_text (path);
  xmlDocPtr doc = xmlReadMemory (text, (int) strlen (text), NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);

  g_assert_nonnull (doc);
  return doc;
}

static char *
attr (xmlNodePtr  node,
      const char *name)
{
  xmlChar *v = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) v);

  xmlFree (v);
  return copy;
}

static xmlNodePtr
next_element (xmlNodePtr node)
{
  while (node && node->type != XML_ELEMENT_NODE)
    node = node->next;
  return node;
}

static void
assert_valid_adx (const char *path)
{
  g_autofree char *xsd = fixture_file ("adx", "adx-base.xsd");
  g_autofree char *xsd_text = read_text (xsd);
  xmlSchemaParserCtxtPtr pctx = xmlSchemaNewMemParserCtxt (xsd_text, (int) strlen (xsd_text));
  xmlSchemaPtr schema = xmlSchemaParse (pctx);
  xmlSchemaValidCtxtPtr vctx;
  xmlDocPtr doc = read_xml (path);

  g_assert_nonnull (schema);
  vctx = xmlSchemaNewValidCtxt (schema);
  g_assert_cmpint (xmlSchemaValidateDoc (vctx, doc), ==, 0);
  xmlSchemaFreeValidCtxt (vctx);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (pctx);
  xmlFreeDoc (doc);
}

static void
export_file (MpStore              *store,
             const char           *path,
             MpFormat              format,
             const MpExportFilter *filter)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mp_store_export (store, path, format, filter, NULL, &error));
  g_assert_no_error (error);
}

/* ---- ADX both ways ----------------------------------------------------- */

static void
test_adx_export (Fixture       *f,
                 gconstpointer  data)
{
  static const struct { const char *unit, *period; const char *elements[3]; } groups[] = {
    { "PROVINCE-A", "2025-01-01/P1Y", { "EPI_COVERAGE_PCT", "LIFE_EXPECTANCY" } },
    { "VN-CT", "2025-01-01/P1Y", { "DOCTORS_PER_10K", "NURSES_PER_10K" } },
    { "VN-CT", "2026-01-01/P3M", { "BEDS_PER_10K" } },
    { "VN-CT", "2026-04-01/P3M", { "BEDS_PER_10K" } },
    { "VN-CT", "2026-07-01/P3M", { "BEDS_PER_10K" } },
    { "VN-CT", "2026-10-01/P3M", { "BEDS_PER_10K" } },
    { "VN-CT", "2026-01-01/P6M", { "DOCTORS_PER_10K" } },
    { "VN-CT", "2026-07-01/P6M", { "DOCTORS_PER_10K" } },
  };
  g_autofree char *path = g_build_filename (f->dir, "out.adx.xml", NULL);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) exported = NULL;
  g_autoptr(MpStore) other = NULL;
  g_autoptr(MpImportReport) report = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *exported_text = NULL;
  xmlDocPtr doc;
  xmlNodePtr root, group;
  guint n = 0;

  add_observations (f->store);
  export_file (f->store, path, MP_FORMAT_ADX, NULL);
  assert_valid_adx (path);

  doc = read_xml (path);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "adx");
  g_assert_cmpstr ((const char *) root->ns->href, ==, MP_NS_ADX);
  exported_text = attr (root, "exported");
  exported = g_date_time_new_from_iso8601 (exported_text, utc);
  g_assert_nonnull (exported);
  g_assert_cmpint (ABS (g_date_time_difference (now, exported)), <, 120 * G_TIME_SPAN_SECOND);

  for (group = next_element (root->children); group; group = next_element (group->next), n++)
    {
      g_autofree char *unit = attr (group, "orgUnit");
      g_autofree char *period = attr (group, "period");
      g_autofree char *set = attr (group, "dataSet");
      xmlNodePtr value = next_element (group->children);

      g_assert_cmpuint (n, <, G_N_ELEMENTS (groups));
      g_assert_cmpstr ((const char *) group->name, ==, "group");
      g_assert_cmpstr (unit, ==, groups[n].unit);
      g_assert_cmpstr (period, ==, groups[n].period);
      g_assert_cmpstr (set, ==, "MEDPLAN");
      for (guint i = 0; groups[n].elements[i]; i++, value = next_element (value->next))
        {
          g_autofree char *element = attr (value, "dataElement");
          g_assert_nonnull (value);
          g_assert_cmpstr ((const char *) value->name, ==, "dataValue");
          g_assert_cmpstr (element, ==, groups[n].elements[i]);
          if (g_str_equal (element, "LIFE_EXPECTANCY"))
            {
              xmlNodePtr note = next_element (value->children);
              xmlChar *text = xmlNodeGetContent (note);
              g_assert_cmpstr ((const char *) note->name, ==, "annotation");
              g_assert_cmpstr ((const char *) text, ==, "ước tính <sơ bộ> & \"chưa công bố\"\ndòng 2");
              xmlFree (text);
            }
          if (g_str_equal (period, "2026-10-01/P3M"))
            {
              g_autofree char *v = attr (value, "value");
              g_assert_cmpstr (v, ==, "1000000000000000000000");  /* xs:decimal, no exponent */
            }
          if (g_str_equal (period, "2026-07-01/P3M"))
            {
              g_autofree char *v = attr (value, "value");
              g_assert_cmpstr (v, ==, "0.0000001");
            }
        }
      g_assert_null (value);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (groups));
  xmlFreeDoc (doc);

  /* Into another store: the same values and comments. */
  other = sample_store (f, "b.db");
  exec (other, "DELETE FROM observation");
  report = import (other, path, MP_FORMAT_ADX, FALSE, TRUE);
  assert_counts (report, 10, 0, 0);
  before = dump (f->store, FALSE);
  after = dump (other, FALSE);
  g_assert_cmpstr (after, ==, before);
}

/* The text of a file without the export time stamp. */
static char *
without_exported (const char *path)
{
  g_autofree char *text = read_text (path);
  g_autoptr(GRegex) re = g_regex_new (" exported=\"[^\"]*\"", 0, 0, NULL);

  return g_regex_replace_literal (re, text, -1, 0, "", 0, NULL);
}

static void
test_adx_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *fixture = fixture_file ("adx", "medplan.xml");
  g_autofree char *path = g_build_filename (f->dir, "again.xml", NULL);
  g_autofree char *path2 = g_build_filename (f->dir, "again2.xml", NULL);
  g_autofree char *expected = without_exported (fixture);
  g_autofree char *got = NULL;
  g_autofree char *got2 = NULL;
  g_autoptr(MpImportReport) report = NULL;
  g_autoptr(MpImportReport) report2 = NULL;
  g_autoptr(MpStore) other = NULL;

  exec (f->store, "DELETE FROM observation");
  report = import (f->store, fixture, MP_FORMAT_ADX, FALSE, TRUE);
  assert_counts (report, 11, 0, 0);
  export_file (f->store, path, MP_FORMAT_ADX, NULL);
  got = without_exported (path);
  g_assert_cmpstr (got, ==, expected);
  assert_valid_adx (path);

  /* Our own export, read by another store, writes the same again. */
  other = sample_store (f, "b.db");
  exec (other, "DELETE FROM observation");
  report2 = import (other, path, MP_FORMAT_AUTO, FALSE, TRUE);
  export_file (other, path2, MP_FORMAT_ADX, NULL);
  got2 = without_exported (path2);
  g_assert_cmpstr (got2, ==, expected);
}

/* ---- DHIS2 both ways --------------------------------------------------- */

static void
test_dhis2_export (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.dhis2.xml", NULL);
  g_autoptr(MpStore) other = NULL;
  g_autoptr(MpImportReport) report = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  xmlDocPtr doc;
  xmlNodePtr root, value;
  guint n = 0;

  add_observations (f->store);
  export_file (f->store, path, MP_FORMAT_DHIS2, NULL);

  doc = read_xml (path);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "dataValueSet");
  g_assert_cmpstr ((const char *) root->ns->href, ==, MP_NS_DHIS2);
  for (value = next_element (root->children); value; value = next_element (value->next), n++)
    {
      g_autofree char *element = attr (value, "dataElement");
      g_autofree char *period = attr (value, "period");
      g_autofree char *unit = attr (value, "orgUnit");
      g_autofree char *v = attr (value, "value");
      g_autofree char *stored_by = attr (value, "storedBy");
      g_autofree char *updated = attr (value, "lastUpdated");
      g_autofree char *comment = attr (value, "comment");
      g_autofree char *followup = attr (value, "followup");

      g_assert_cmpstr ((const char *) value->name, ==, "dataValue");
      g_assert_nonnull (element);
      g_assert_nonnull (v);
      g_assert_nonnull (updated);
      g_assert_cmpstr (followup, ==, "false");
      g_assert_true (mp_period_is_valid (period));  /* DHIS2 periods are ours */
      g_ptr_array_add (keys, g_strdup_printf ("%s|%s|%s", unit, period, element));
      if (g_str_equal (period, "2026Q3"))
        {
          g_assert_cmpstr (v, ==, "0.0000001");
          g_assert_cmpstr (stored_by, ==, "Sở Y tế");
          g_assert_cmpstr (comment, ==, "Báo cáo quý III");
          g_assert_cmpstr (updated, ==, "2026-10-05T01:02:03Z");
        }
      if (g_str_equal (element, "LIFE_EXPECTANCY"))
        g_assert_cmpstr (comment, ==, "ước tính <sơ bộ> & \"chưa công bố\"\ndòng 2");
      if (g_str_equal (element, "NURSES_PER_10K"))
        g_assert_cmpstr (stored_by, ==, "NQ-CT-NNL-2030");
    }
  g_assert_cmpuint (n, ==, 10);
  xmlFreeDoc (doc);
  /* Ordered by unit, period, indicator. */
  for (guint i = 1; i < keys->len; i++)
    g_assert_cmpint (strcmp (keys->pdata[i - 1], keys->pdata[i]), <, 0);

  /* Into another store: every column, source and time included. */
  other = sample_store (f, "b.db");
  exec (other, "DELETE FROM observation");
  report = import (other, path, MP_FORMAT_DHIS2, FALSE, TRUE);
  assert_counts (report, 10, 0, 0);
  before = dump (f->store, TRUE);
  after = dump (other, TRUE);
  g_assert_cmpstr (after, ==, before);
}

static void
test_dhis2_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *fixture = fixture_file ("dhis2", "medplan.xml");
  g_autofree char *path = g_build_filename (f->dir, "again.xml", NULL);
  g_autofree char *expected = read_text (fixture);
  g_autofree char *got = NULL;
  g_autofree char *life = NULL;
  g_autoptr(MpImportReport) report = NULL;

  exec (f->store, "DELETE FROM observation");
  report = import (f->store, fixture, MP_FORMAT_DHIS2, FALSE, TRUE);
  assert_counts (report, 9, 0, 0);
  life = row (f->store, "LIFE_EXPECTANCY", "PROVINCE-A", "2025");
  g_assert_cmpstr (life, ==, "LIFE_EXPECTANCY|PROVINCE-A|2025|74.6|ước tính <sơ bộ> & \"chưa công bố\"\ndòng 2"
                             "|Sở Y tế Tỉnh A|2026-01-05T02:00:00Z");
  export_file (f->store, path, MP_FORMAT_DHIS2, NULL);
  got = read_text (path);
  /* Comments, storedBy and lastUpdated survive: the same bytes. */
  g_assert_cmpstr (got, ==, expected);
}

/* ---- Periods and detection --------------------------------------------- */

static void
test_periods (void)
{
  static const struct { const char *ours, *adx; } map[] = {
    { "2025", "2025-01-01/P1Y" }, { "2025S1", "2025-01-01/P6M" }, { "2025S2", "2025-07-01/P6M" },
    { "2025Q1", "2025-01-01/P3M" }, { "2025Q2", "2025-04-01/P3M" }, { "2025Q3", "2025-07-01/P3M" },
    { "2025Q4", "2025-10-01/P3M" }, { "1900", "1900-01-01/P1Y" }, { "2200Q4", "2200-10-01/P3M" },
  };
  static const struct { const char *adx; MpPeriodKind kind; } adx[] = {
    { "2025-01-01/P12M", MP_PERIOD_KIND_MODELLED },
    { "2025-03-01/P1M", MP_PERIOD_KIND_MONTHLY }, { "2025-01-01/P2M", MP_PERIOD_KIND_BIMONTHLY },
    { "2025-01-06/P7D", MP_PERIOD_KIND_WEEKLY }, { "2025-01-06/P1W", MP_PERIOD_KIND_WEEKLY },
    { "2025-01-06/P2W", MP_PERIOD_KIND_BIWEEKLY }, { "2025-01-06/P1D", MP_PERIOD_KIND_DAILY },
    { "2025-04-01/P1Y", MP_PERIOD_KIND_FINANCIAL_YEAR }, { "2025-04-01/P6M", MP_PERIOD_KIND_SHIFTED_HALF },
    { "2025-02-01/P3M", MP_PERIOD_KIND_SHIFTED_QUARTER }, { "2025-04-02/P3M", MP_PERIOD_KIND_SHIFTED_QUARTER },
    { "2025-01-01/P2Y", MP_PERIOD_KIND_OTHER_LENGTH }, { "2025-01-01/P5M", MP_PERIOD_KIND_OTHER_LENGTH },
    { "2025", MP_PERIOD_KIND_INVALID }, { "2025Q1", MP_PERIOD_KIND_INVALID },
    { "2025-13-01/P1Y", MP_PERIOD_KIND_INVALID }, { "2025-02-30/P3M", MP_PERIOD_KIND_INVALID },
    { "2025-01-01/P0Y", MP_PERIOD_KIND_INVALID }, { "2025-01-01/1Y", MP_PERIOD_KIND_INVALID },
    { "2025-01-01/P1Y ", MP_PERIOD_KIND_INVALID }, { "2025-01-01/P1X", MP_PERIOD_KIND_INVALID },
    { "1800-01-01/P1Y", MP_PERIOD_KIND_INVALID }, { "25-01-01/P1Y", MP_PERIOD_KIND_INVALID },
    { "", MP_PERIOD_KIND_INVALID },
  };
  static const struct { const char *text; MpPeriodKind kind; } dhis2[] = {
    { "2025", MP_PERIOD_KIND_MODELLED }, { "2025S2", MP_PERIOD_KIND_MODELLED }, { "2025Q3", MP_PERIOD_KIND_MODELLED },
    { "202501", MP_PERIOD_KIND_MONTHLY }, { "202501B", MP_PERIOD_KIND_BIMONTHLY },
    { "2025W3", MP_PERIOD_KIND_WEEKLY }, { "2025W53", MP_PERIOD_KIND_WEEKLY }, { "2025SunW3", MP_PERIOD_KIND_WEEKLY },
    { "2025BiW1", MP_PERIOD_KIND_BIWEEKLY }, { "20250115", MP_PERIOD_KIND_DAILY },
    { "2025April", MP_PERIOD_KIND_FINANCIAL_YEAR }, { "2025Oct", MP_PERIOD_KIND_FINANCIAL_YEAR },
    { "2025AprilS1", MP_PERIOD_KIND_SHIFTED_HALF }, { "2025NovS2", MP_PERIOD_KIND_SHIFTED_HALF },
    { "2025Q5", MP_PERIOD_KIND_INVALID }, { "2025S3", MP_PERIOD_KIND_INVALID }, { "2025W", MP_PERIOD_KIND_INVALID },
    { "2025-01-01/P1Y", MP_PERIOD_KIND_INVALID }, { "", MP_PERIOD_KIND_INVALID }, { "abcd", MP_PERIOD_KIND_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      g_autofree char *written = mp_adx_period_format (map[i].ours);
      g_autofree char *read = NULL;

      g_assert_cmpstr (written, ==, map[i].adx);
      g_assert_cmpint (mp_adx_period_parse (map[i].adx, &read), ==, MP_PERIOD_KIND_MODELLED);
      g_assert_cmpstr (read, ==, map[i].ours);
      g_assert_cmpint (mp_dhis2_period_kind (map[i].ours), ==, MP_PERIOD_KIND_MODELLED);
    }
  g_assert_null (mp_adx_period_format ("202501"));
  g_assert_null (mp_adx_period_format ("2025Q5"));
  for (guint i = 0; i < G_N_ELEMENTS (adx); i++)
    {
      g_autofree char *read = NULL;
      g_test_message ("ADX %s", adx[i].adx);
      g_assert_cmpint (mp_adx_period_parse (adx[i].adx, &read), ==, adx[i].kind);
      g_assert_true ((read != NULL) == (adx[i].kind == MP_PERIOD_KIND_MODELLED));
    }
  for (guint i = 0; i < G_N_ELEMENTS (dhis2); i++)
    {
      g_test_message ("DHIS2 %s", dhis2[i].text);
      g_assert_cmpint (mp_dhis2_period_kind (dhis2[i].text), ==, dhis2[i].kind);
    }
}

static void
test_decimal (void)
{
  static const struct { double v; const char *text; } cases[] = {
    { 14.8, "14.8" }, { 19, "19" }, { 0.1, "0.1" }, { 1e-7, "0.0000001" }, { -2.5e-5, "-0.000025" },
    { 1e21, "1000000000000000000000" }, { 1.5e22, "15000000000000000000000" }, { -0.0, "-0" },
    { 123456.789, "123456.789" },
  };
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (mp_aggregate_decimal (out, cases[i].v), ==, cases[i].text);
      g_assert_cmpfloat (g_ascii_strtod (out->str, NULL), ==, cases[i].v);
    }
}

static void
test_detect (Fixture       *f,
             gconstpointer  data)
{
  static const struct { const char *dir, *name; MpFormat format; guint64 added; } files[] = {
    { "adx", "medplan.xml", MP_FORMAT_ADX, 9 },  /* the sample's two are unchanged */
    { "adx", "old-namespace.xml", MP_FORMAT_ADX, 1 },
    { "adx", "dhis2-server.xml", MP_FORMAT_ADX, 1 },
    { "dhis2", "server.xml", MP_FORMAT_DHIS2, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = fixture_file (files[i].dir, files[i].name);
      g_autofree char *name = g_strdup_printf ("detect-%u.db", i);
      g_autoptr(MpStore) store = sample_store (f, name);
      g_autoptr(MpImportReport) report = import (store, path, MP_FORMAT_AUTO, TRUE, TRUE);

      g_assert_cmpint (mp_import_report_get_format (report), ==, files[i].format);
      g_assert_cmpuint (mp_import_report_get_counts (report, MP_TABLE_OBSERVATION)->added, ==, files[i].added);
    }

  /* A format named on the command line must match the root. */
  {
    g_autofree char *path = fixture_file ("dhis2", "server.xml");
    g_autoptr(MpImportReport) report = import (f->store, path, MP_FORMAT_ADX, FALSE, FALSE);
    Expect e[] = { { 5, MSG (_("the root element “%s” (namespace “%s”) is not an IHE ADX message "
                               "(“adx” in the namespace urn:ihe:qrph:adx:2015)"), "dataValueSet", MP_NS_DHIS2) } };
    assert_messages (report, "server.xml", e, G_N_ELEMENTS (e));
  }
  {
    g_autofree char *path = fixture_file ("adx", "old-namespace.xml");
    g_autoptr(MpImportReport) report = import (f->store, path, MP_FORMAT_DHIS2, FALSE, FALSE);
    Expect e[] = { { 2, MSG (_("the root element “%s” (namespace “%s”) is not a DHIS2 dataValueSet "
                               "(“dataValueSet” in the namespace http://dhis2.org/schema/dxf/2.0)"),
                             "adx", MP_NS_ADX_OLD) } };
    assert_messages (report, "old-namespace.xml", e, G_N_ELEMENTS (e));
  }
}

/* ---- What real servers send -------------------------------------------- */

static void
test_adx_servers (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *dhis2 = fixture_file ("adx", "dhis2-server.xml");
  g_autofree char *old = fixture_file ("adx", "old-namespace.xml");
  g_autoptr(MpImportReport) r1 = import (f->store, dhis2, MP_FORMAT_ADX, FALSE, TRUE);
  g_autoptr(MpImportReport) r2 = import (f->store, old, MP_FORMAT_AUTO, FALSE, TRUE);
  g_autofree char *doctors = row (f->store, "DOCTORS_PER_10K", "VN-CT", "2025");
  g_autofree char *nurses = row (f->store, "NURSES_PER_10K", "VN-CT", "2025");
  g_autofree char *beds = row (f->store, "BEDS_PER_10K", "VN-SG", "2025S2");
  g_autofree char *epi = row (f->store, "EPI_COVERAGE_PCT", "VN-13", "2024Q4");

  assert_counts (r1, 1, 2, 0);
  assert_counts (r2, 1, 0, 0);
  /* The values changed; the file is the source; no annotation, no comment. */
  g_assert_true (g_str_has_prefix (doctors, "DOCTORS_PER_10K|VN-CT|2025|14.9|(null)|dhis2-server.xml|"));
  g_assert_true (g_str_has_prefix (nurses, "NURSES_PER_10K|VN-CT|2025|21.5|Sở Y tế báo cáo|dhis2-server.xml|"));
  g_assert_true (g_str_has_prefix (beds, "BEDS_PER_10K|VN-SG|2025S2|41.25|(null)|"));
  g_assert_true (g_str_has_prefix (epi, "EPI_COVERAGE_PCT|VN-13|2024Q4|97|Tiêm chủng mở rộng quý IV|old-namespace.xml|"));
}

static void
test_dhis2_server (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_file ("dhis2", "server.xml");
  g_autofree char *now = mp_store_now_iso ();
  g_autoptr(MpImportReport) report = import (f->store, path, MP_FORMAT_DHIS2, FALSE, TRUE);
  g_autofree char *doctors = row (f->store, "DOCTORS_PER_10K", "VN-CT", "2025S1");
  g_autofree char *nurses = row (f->store, "NURSES_PER_10K", "VN-CT", "2025S1");
  g_autofree char *beds = row (f->store, "BEDS_PER_10K", "VN-CT", "2025Q2");
  g_autofree char *qn = row (f->store, "DOCTORS_PER_10K", "VN-13", "2025S1");
  g_autofree char *pharm = row (f->store, "PHARMACISTS_PER_10K", "PROVINCE-A", "2024");

  assert_counts (report, 5, 0, 0);
  /* Root period and orgUnit are defaults; lastUpdated becomes UTC. */
  g_assert_cmpstr (doctors, ==, "DOCTORS_PER_10K|VN-CT|2025S1|15.1|Số liệu sơ bộ|admin|2025-07-02T09:30:15Z");
  g_assert_cmpstr (nurses, ==, "NURSES_PER_10K|VN-CT|2025S1|21.9|(null)|admin|2025-07-02T09:30:15Z");
  /* Without storedBy the file is the source; without a usable lastUpdated, now. */
  g_assert_true (g_str_has_prefix (beds, "BEDS_PER_10K|VN-CT|2025Q2|30|(null)|server.xml|"));
  g_assert_true (g_str_has_prefix (qn, "DOCTORS_PER_10K|VN-13|2025S1|9.5|(null)|server.xml|"));
  g_assert_cmpstr (strrchr (qn, '|') + 1, >=, now);
  g_assert_true (g_str_has_prefix (pharm, "PHARMACISTS_PER_10K|PROVINCE-A|2024|2.8|(null)|server.xml|"));
}

/* ---- Errors ------------------------------------------------------------ */

static void
test_adx_errors (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = fixture_file ("adx", "errors.xml");
  g_autofree char *before = dump (f->store, TRUE);
  gint64 log_before = mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log");
  g_autoptr(MpImportReport) report = import (f->store, path, MP_FORMAT_AUTO, FALSE, FALSE);
  g_autofree char *after = dump (f->store, TRUE);
  Expect e[] = {
    { 5, unknown (_("indicator"), "NO_SUCH_INDICATOR") },
    { 6, MSG (_("attribute “%s”: “%s” is not a finite number"), "value", "NaN") },
    { 7, MSG (_("attribute “%s”: “%s” is not a finite number"), "value", "INF") },
    { 8, MSG (_("attribute “%s”: “%s” is not a finite number"), "value", "") },
    { 9, MSG (_("attribute “%s” (“%s”) disaggregates the value; Medplan keeps one value "
                "per indicator, unit and period and cannot store it"), "SEX", "F") },
    { 10, MSG (_("attribute “%s”: “%s” is not the default category combination; "
                 "Medplan cannot store values disaggregated by category options"), "categoryOptionCombo", "Prlt0C1RF0s") },
    { 11, MSG (_("attribute “%s” is missing"), "value") },
    { 13, unknown (_("unit"), "VN-XX") },
    { 16, MSG (_("attribute “%s”: “%s” is a monthly period, which Medplan does not model (only years, half-years and quarters)"),
               "period", "2025-03-01/P1M") },
    { 19, MSG (_("attribute “%s”: “%s” is a weekly period, which Medplan does not model (only years, half-years and quarters)"),
               "period", "2025-01-06/P7D") },
    { 22, MSG (_("attribute “%s”: “%s” is not an ADX period Medplan can read (START/DURATION, such as "
                 "2025-01-01/P1Y, 2025-07-01/P6M or 2025-04-01/P3M)"), "period", "2025Q1") },
    { 25, MSG (_("attribute “%s” is missing"), "orgUnit") },
    { 28, MSG (_("attribute “%s” (“%s”) disaggregates the value; Medplan keeps one value "
                 "per indicator, unit and period and cannot store it"), "FUNDING", "USAID") },
    { 28, MSG (_("attribute “%s” is missing"), "period") },
    { 29, MSG (_("unexpected element “%s” inside “%s”"), "note", "dataValue") },
    { 31, MSG (_("unexpected element “%s” inside “%s”"), "summary", "adx") },
  };

  assert_messages (report, "errors.xml", e, G_N_ELEMENTS (e));
  /* Refused: line 4 was merged before the problems, and rolled back. */
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log"), ==, log_before);
}

static void
test_dhis2_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_file ("dhis2", "errors.xml");
  g_autofree char *before = dump (f->store, TRUE);
  gint64 log_before = mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log");
  g_autoptr(MpImportReport) report = import (f->store, path, MP_FORMAT_AUTO, FALSE, FALSE);
  g_autofree char *after = dump (f->store, TRUE);
  Expect e[] = {
    { 4, unknown (_("indicator"), "NO_SUCH") },
    { 5, unknown (_("unit"), "VN-XX") },
    { 6, MSG (_("attribute “%s”: “%s” is a monthly period, which Medplan does not model (only years, half-years and quarters)"),
              "period", "202501") },
    { 7, MSG (_("attribute “%s”: “%s” is a weekly period, which Medplan does not model (only years, half-years and quarters)"),
              "period", "2025W3") },
    { 8, MSG (_("attribute “%s”: “%s” is a two-week period, which Medplan does not model (only years, half-years and quarters)"),
              "period", "2025BiW1") },
    { 9, MSG (_("attribute “%s”: “%s” is a financial year that does not begin on 1 January, which Medplan does not model"),
              "period", "2025April") },
    { 10, MSG (_("attribute “%s”: “%s” is not a period Medplan models (2025, 2025S1, 2025Q3)"), "period", "2025Q5") },
    { 11, MSG (_("attribute “%s”: “%s” is not a finite number"), "value", "nan") },
    { 12, MSG (_("attribute “%s”: “%s” is not a finite number"), "value", "") },
    { 13, MSG (_("attribute “%s”: “%s” is not a finite number"), "value", "1e999") },
    { 14, MSG (_("attribute “%s”: “%s” is not the default category combination; "
                 "Medplan cannot store values disaggregated by category options"), "categoryOptionCombo", "Prlt0C1RF0s") },
    { 15, MSG (_("attribute “%s”: “%s” is not the default category combination; "
                 "Medplan cannot store values disaggregated by category options"), "attributeOptionCombo", "FUND1") },
    { 16, MSG (_("attribute “%s” is missing"), "period") },
    { 17, MSG (_("attribute “%s” is missing"), "orgUnit") },
    { 18, MSG (_("unknown attribute “%s”"), "sex") },
    { 19, MSG (_("attribute “deleted”: “%s”: the value is marked as deleted, and an import does not delete observations"),
               "true") },
    { 20, MSG (_("unexpected element “%s” inside “%s”"), "dataValues", "dataValueSet") },
  };

  assert_messages (report, "errors.xml", e, G_N_ELEMENTS (e));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log"), ==, log_before);
}

#define DUP "the observation of “%s” for “%s” in %s appears twice in the file"

static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *adx = fixture_file ("adx", "duplicate.xml");
  g_autofree char *dhis2 = fixture_file ("dhis2", "duplicate.xml");
  g_autofree char *before = dump (f->store, TRUE);
  g_autoptr(MpImportReport) r1 = import (f->store, adx, MP_FORMAT_ADX, FALSE, FALSE);
  g_autoptr(MpImportReport) r2 = import (f->store, dhis2, MP_FORMAT_DHIS2, FALSE, FALSE);
  g_autofree char *after = dump (f->store, TRUE);
  Expect e1[] = { { 7, MSG (_(DUP), "DOCTORS_PER_10K", "VN-CT", "2025") } };
  Expect e2[] = { { 5, MSG (_(DUP), "BEDS_PER_10K", "VN-CT", "2025Q1") } };

  assert_messages (r1, "duplicate.xml", e1, 1);
  assert_messages (r2, "duplicate.xml", e2, 1);
  g_assert_cmpstr (after, ==, before);
}

/* Broken XML stops the import where it is broken; many problems are
 * counted beyond the 50 kept. */
static void
test_fatal_and_limit (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GString) many = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<dataValueSet xmlns=\"http://dhis2.org/schema/dxf/2.0\" period=\"2025\">\n");
  g_autofree char *truncated = write_file (f, "cut.adx",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2026-01-01T00:00:00Z\">\n"
    "  <group orgUnit=\"VN-CT\" period=\"2025-01-01/P1Y\" dataSet=\"MEDPLAN\">\n"
    "    <dataValue dataElement=\"DOCTORS_PER_10K\" value=\"99\"/>\n"
    "    <dataValue dataElement=\"NURSES_PER_10K\" value=\"1\"\n");
  g_autofree char *before = dump (f->store, TRUE);
  g_autoptr(MpImportReport) r1 = import (f->store, truncated, MP_FORMAT_AUTO, FALSE, FALSE);
  g_autoptr(MpImportReport) r2 = NULL;
  g_autofree char *many_path = NULL;
  g_autofree char *after = NULL;
  GPtrArray *messages = mp_import_report_get_messages (r1);

  g_assert_cmpuint (messages->len, >=, 1);
  g_assert_true (g_str_has_prefix (messages->pdata[0], "cut.adx:"));
  after = dump (f->store, TRUE);
  g_assert_cmpstr (after, ==, before);

  for (int i = 0; i < 60; i++)
    g_string_append_printf (many, "  <dataValue dataElement=\"X%d\" orgUnit=\"VN-CT\" value=\"1\"/>\n", i);
  g_string_append (many, "</dataValueSet>\n");
  many_path = write_file (f, "many.xml", many->str);
  r2 = import (f->store, many_path, MP_FORMAT_AUTO, FALSE, FALSE);
  g_assert_cmpuint (mp_import_report_get_n_errors (r2), ==, 60);
  g_assert_cmpuint (mp_import_report_get_messages (r2)->len, ==, MP_IMPORT_MAX_MESSAGES);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (mp_import_report_get_messages (r2), 49), "many.xml:52:"));
}

/* ---- Dry run and merge counts ------------------------------------------ */

static void
test_dry_run_and_merge (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *server = fixture_file ("dhis2", "server.xml");
  g_autofree char *adx = fixture_file ("adx", "medplan.xml");
  g_autofree char *before = dump (f->store, TRUE);
  g_autofree char *after_dry = NULL;
  g_autofree char *changed_text = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *changed_adx = NULL;
  g_autofree char *beds = NULL;
  g_autofree char *changed_dir = g_build_filename (f->dir, "changed", NULL);
  gint64 log_before = mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log");
  g_autoptr(MpImportReport) dry = import (f->store, server, MP_FORMAT_AUTO, TRUE, TRUE);
  g_autoptr(MpImportReport) real = NULL;
  g_autoptr(MpImportReport) again = NULL;
  g_autoptr(MpImportReport) edited = NULL;
  g_autoptr(MpImportReport) a1 = NULL;
  g_autoptr(MpImportReport) a2 = NULL;
  g_autoptr(MpImportReport) a3 = NULL;
  g_autoptr(GRegex) re = NULL;

  /* The dry run counts what would happen and writes nothing. */
  assert_counts (dry, 5, 0, 0);
  after_dry = dump (f->store, TRUE);
  g_assert_cmpstr (after_dry, ==, before);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log"), ==, log_before);

  real = import (f->store, server, MP_FORMAT_AUTO, FALSE, TRUE);
  assert_counts (real, 5, 0, 0);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log WHERE tbl = 'import'"), ==, 1);
  again = import (f->store, server, MP_FORMAT_AUTO, FALSE, TRUE);
  assert_counts (again, 0, 0, 5);

  /* One value changed in the file: one update. */
  changed_text = read_text (server);
  re = g_regex_new ("value=\"30\"", 0, 0, NULL);
  changed = g_regex_replace_literal (re, changed_text, -1, 0, "value=\"30.5\"", 0, NULL);
  g_assert_cmpstr (changed, !=, changed_text);
  g_free (changed_text);
  /* The same file name, so that the rows it gives no storedBy keep their source. */
  g_assert_cmpint (g_mkdir (changed_dir, 0700), ==, 0);
  changed_text = g_build_filename (changed_dir, "server.xml", NULL);
  g_assert_true (g_file_set_contents (changed_text, changed, -1, NULL));
  edited = import (f->store, changed_text, MP_FORMAT_DHIS2, FALSE, TRUE);
  assert_counts (edited, 0, 1, 4);
  beds = row (f->store, "BEDS_PER_10K", "VN-CT", "2025Q2");
  g_assert_true (g_str_has_prefix (beds, "BEDS_PER_10K|VN-CT|2025Q2|30.5|"));

  /* The same for ADX. */
  a1 = import (f->store, adx, MP_FORMAT_ADX, FALSE, TRUE);
  a2 = import (f->store, adx, MP_FORMAT_ADX, FALSE, TRUE);
  assert_counts (a2, 0, 0, 11);
  changed_adx = read_text (adx);
  {
    g_autoptr(GRegex) re2 = g_regex_new ("value=\"32\"", 0, 0, NULL);
    g_autofree char *text = g_regex_replace_literal (re2, changed_adx, -1, 0, "value=\"33\"", 0, NULL);
    g_autofree char *path = write_file (f, "medplan.xml", text);
    a3 = import (f->store, path, MP_FORMAT_AUTO, FALSE, TRUE);
    assert_counts (a3, 0, 1, 10);
  }
}

static void
test_export_filter (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "part.xml", NULL);
  g_autofree char *text = NULL;
  MpExportFilter region = { "VN-R-DBSCL", NULL };
  MpExportFilter q3 = { NULL, "2026Q3" };
  MpExportFilter nothing = { "VN-HN", NULL };
  g_autoptr(GError) error = NULL;

  add_observations (f->store);
  /* A region holds its provinces' rows. */
  export_file (f->store, path, MP_FORMAT_DHIS2, &region);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "orgUnit=\"VN-CT\""));
  g_assert_null (strstr (text, "PROVINCE-A"));
  g_clear_pointer (&text, g_free);

  export_file (f->store, path, MP_FORMAT_ADX, &q3);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "period=\"2026-07-01/P3M\""));
  g_assert_null (strstr (text, "P1Y"));
  g_assert_null (strstr (text, "P6M"));
  g_clear_pointer (&text, g_free);

  /* ADX must hold a group: an empty selection is refused, and no file left. */
  g_unlink (path);
  g_assert_false (mp_store_export (f->store, path, MP_FORMAT_ADX, &nothing, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* An empty dataValueSet is fine. */
  export_file (f->store, path, MP_FORMAT_DHIS2, &nothing);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "<dataValueSet xmlns=\"http://dhis2.org/schema/dxf/2.0\"/>"));
}

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  ADD ("/exchange/adx/export", test_adx_export);
  ADD ("/exchange/adx/round-trip", test_adx_round_trip);
  ADD ("/exchange/adx/servers", test_adx_servers);
  ADD ("/exchange/adx/errors", test_adx_errors);
  ADD ("/exchange/dhis2/export", test_dhis2_export);
  ADD ("/exchange/dhis2/round-trip", test_dhis2_round_trip);
  ADD ("/exchange/dhis2/server", test_dhis2_server);
  ADD ("/exchange/dhis2/errors", test_dhis2_errors);
  g_test_add_func ("/exchange/periods", test_periods);
  g_test_add_func ("/exchange/decimal", test_decimal);
  ADD ("/exchange/detect", test_detect);
  ADD ("/exchange/duplicates", test_duplicates);
  ADD ("/exchange/fatal-and-limit", test_fatal_and_limit);
  ADD ("/exchange/dry-run-and-merge", test_dry_run_and_merge);
  ADD ("/exchange/export-filter", test_export_filter);
  return g_test_run ();
}
