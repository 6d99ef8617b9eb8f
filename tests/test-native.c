/* test-native.c — the native format (data/medplan-1.xsd) both ways, on
 * real files and real SQLite: round trips of the sample and of synthetic
 * rows covering every table and optional field, deterministic output,
 * validation against the XSD with libxml2, filters, merge counts, dry
 * runs, every class of error with its line, refused imports that change
 * nothing, the limit of 50 messages, the change log and the backup. */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/xmlschemas.h>
#include <string.h>

#include "mp-exchange-private.h"
#include "mp-test-util.h"

typedef struct {
  char    *dir;
  char    *db;
  MpStore *store;
} Fixture;


static MpStore *
new_store (Fixture    *f,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  MpStore *store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("medplan-native-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->db = g_build_filename (f->dir, "medplan.db", NULL);
  f->store = new_store (f, "medplan.db");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  mp_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
fixture_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "native", name, NULL);
}

/* Not inlined: GCC 12 at -O2 and above took the address of `text`, given
 * to g_file_get_contents(), for one that callers might still use, and
 * warned of dangling pointers in every caller (-Wdangling-pointer). */
static G_GNUC_NO_INLINE char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* The text of an export without its `exported` time (checked to be there). */
static char *
without_time (const char *text)
{
  g_autoptr(GRegex) re = g_regex_new (" exported=\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\"",
                                      0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_true (g_regex_match (re, text, 0, &match));
  return g_regex_replace_literal (re, text, -1, 0, "", G_REGEX_MATCH_NOTEMPTY, NULL);
}

static char *
export (MpStore    *store,
        Fixture    *f,
        const char *name,
        const char *unit,
        const char *period)
{
  g_autoptr(GError) error = NULL;
  MpExportFilter filter = { unit, period };
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (mp_store_export (store, path, MP_FORMAT_NATIVE, &filter, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static MpImportReport *
import (MpStore    *store,
        const char *path,
        gboolean    dry_run,
        gboolean    expect_ok)
{
  g_autoptr(GError) error = NULL;
  MpImportReport *report = mp_import_report_new (path);
  gboolean ok = mp_store_import (store, path, MP_FORMAT_AUTO, dry_run, report, NULL, &error);

  if (expect_ok)
    {
      GPtrArray *messages = mp_import_report_get_messages (report);
      for (guint i = 0; i < messages->len; i++)
        g_test_message ("%s", (const char *) g_ptr_array_index (messages, i));
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpint (mp_import_report_get_format (report), ==, MP_FORMAT_NATIVE);
    }
  else
    {
      g_assert_false (ok);
      g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
    }
  return report;
}

static char *
text_of (MpStore    *store,
         const char *sql)
{
  sqlite3_stmt *stmt = mp_store_prepare (store, sql, NULL);
  char *text = NULL;

  g_assert_nonnull (stmt);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = mp_column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  return text;
}

/* Every row of every table (change_log apart), for before/after checks. */
static char *
dump (MpStore *store)
{
  GString *out = g_string_new (NULL);

  for (int t = 0; mp_schema_tables[t]; t++)
    {
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt;

      if (g_str_equal (mp_schema_tables[t], "change_log"))
        continue;
      sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1, 2, 3", mp_schema_tables[t]);
      stmt = mp_store_prepare (store, sql, NULL);
      g_assert_nonnull (stmt);
      g_string_append_printf (out, "[%s]\n", mp_schema_tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *v = (const char *) sqlite3_column_text (stmt, c);
              g_string_append_printf (out, "%s%s", c ? "|" : "", v ? v : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (out, FALSE);
}

/* Validates with libxml2's XML Schema support. Both files are read into
 * memory: the importers refuse every external load, schemas included. */
static gboolean
schema_valid (const char *path)
{
  const char *xsd = g_getenv ("MEDPLAN_SCHEMA");
  g_autofree char *xsd_text = NULL, *text = NULL;
  gsize xsd_len, len;
  xmlSchemaParserCtxtPtr pctxt;
  xmlSchemaPtr schema;
  xmlSchemaValidCtxtPtr vctxt;
  xmlDocPtr doc;
  int rc;

  g_assert_nonnull (xsd);
  g_assert_true (g_file_get_contents (xsd, &xsd_text, &xsd_len, NULL));
  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  pctxt = xmlSchemaNewMemParserCtxt (xsd_text, (int) xsd_len);
  schema = xmlSchemaParse (pctxt);
  g_assert_nonnull (schema);
  doc = xmlReadMemory (text, (int) len, path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  vctxt = xmlSchemaNewValidCtxt (schema);
  rc = xmlSchemaValidateDoc (vctxt, doc);
  xmlSchemaFreeValidCtxt (vctxt);
  xmlFreeDoc (doc);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (pctxt);
  return rc == 0;
}

static guint
occurrences (const char *text,
             const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
assert_counts (MpImportReport *report,
               MpTable         table,
               guint64         added,
               guint64         updated,
               guint64         unchanged)
{
  const MpCounts *c = mp_import_report_get_counts (report, table);

  g_assert_cmpuint (c->added, ==, added);
  g_assert_cmpuint (c->updated, ==, updated);
  g_assert_cmpuint (c->unchanged, ==, unchanged);
}

static MpStore *
synthetic_store (Fixture *f)
{
  g_autofree char *path = fixture_file ("synthetic.xml");
  g_autoptr(MpImportReport) report = import (f->store, path, FALSE, TRUE);
  return f->store;
}

/* ---- Round trips ---------------------------------------------------------- */

/* init --sample → export → import into an empty database → export: the
 * same bytes apart from the time of export. */
static void
test_sample_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) empty = new_store (f, "empty.db");
  g_autofree char *first = NULL, *second = NULL, *a = NULL, *b = NULL;
  g_autoptr(MpImportReport) report = NULL;
  MpCounts total;

  g_assert_true (mp_store_load_sample (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM target"), ==, 53);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM observation"), ==, 2);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM facility"), ==, 21);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM training"), ==, 14);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM transfer"), ==, 12);

  first = export (f->store, f, "first.xml", NULL, NULL);
  report = import (empty, first, FALSE, TRUE);
  total = mp_import_report_get_total (report);
  g_assert_cmpuint (total.added, ==, 147);
  g_assert_cmpuint (total.updated + total.unchanged, ==, 0);
  assert_counts (report, MP_TABLE_TARGET, 53, 0, 0);
  second = export (empty, f, "second.xml", NULL, NULL);

  a = read_text (first);
  b = read_text (second);
  {
    g_autofree char *sa = without_time (a);
    g_autofree char *sb = without_time (b);
    g_assert_cmpstr (sa, ==, sb);
  }
  /* The sample's words survive: quotes, datings, notes, Vietnamese. */
  g_assert_cmpuint (occurrences (a, "<quote>"), ==, 53);
  g_assert_cmpuint (occurrences (a, "<dating>"), ==, 14);
  g_assert_cmpuint (occurrences (a, "<note>"), ==, 73);
  g_assert_nonnull (strstr (a, "Thành phố Cần Thơ"));
  g_assert_true (schema_valid (first));
}

/* Every table and every optional field, NULLs, escaping and Vietnamese:
 * the fixture is written exactly as an export writes it, so importing it
 * into an empty database and exporting gives it back. */
static void
test_synthetic_round_trip (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = fixture_file ("synthetic.xml");
  g_autoptr(MpImportReport) report = import (f->store, path, FALSE, TRUE);
  g_autofree char *out = export (f->store, f, "out.xml", NULL, NULL);
  g_autofree char *want = read_text (path);
  g_autofree char *got = read_text (out);
  g_autofree char *want_t = without_time (want);
  g_autofree char *got_t = without_time (got);
  g_autofree char *note = NULL, *number = NULL, *comment = NULL;

  assert_counts (report, MP_TABLE_DOCUMENT, 2, 0, 0);
  assert_counts (report, MP_TABLE_UNIT, 6, 0, 0);
  assert_counts (report, MP_TABLE_UNIT_SUCCESSION, 2, 0, 0);
  assert_counts (report, MP_TABLE_POPULATION, 3, 0, 0);
  assert_counts (report, MP_TABLE_INDICATOR, 3, 0, 0);
  assert_counts (report, MP_TABLE_TARGET, 5, 0, 0);
  assert_counts (report, MP_TABLE_OBSERVATION, 6, 0, 0);
  assert_counts (report, MP_TABLE_FACILITY, 3, 0, 0);
  assert_counts (report, MP_TABLE_STAFFING, 3, 0, 0);
  assert_counts (report, MP_TABLE_TRAINING, 3, 0, 0);
  assert_counts (report, MP_TABLE_TRANSFER, 2, 0, 0);
  g_assert_cmpstr (got_t, ==, want_t);
  g_assert_true (schema_valid (out));

  /* What went into the tables. */
  number = text_of (f->store, "SELECT number FROM document WHERE code = 'D-1'");
  g_assert_cmpstr (number, ==, "20-NQ/TW & \"A\"");
  note = text_of (f->store, "SELECT note FROM document WHERE code = 'D-1'");
  g_assert_cmpstr (note, ==, "Ghi chú: a < b > c\nsecond line");
  comment = text_of (f->store, "SELECT comment FROM observation WHERE period = '2025'");
  g_assert_cmpstr (comment, ==, "Đến nay, tỷ lệ bác sĩ đạt 14,8 <bác sĩ> & \"vạn dân\"");
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM document WHERE code = 'D-2' AND number IS NULL"
                                    " AND issued IS NULL AND title_en IS NULL AND note IS NULL"), ==, 1);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM observation WHERE period = '2025Q3'"
                                    " AND source IS NULL AND comment IS NULL AND value = 1e-07"), ==, 1);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM facility WHERE code = 'F-1' AND latitude = 10.0341"
                                    " AND longitude = 105.7882 AND family_medicine = 1 AND beds = 0"), ==, 1);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM facility WHERE code = 'F-2' AND beds IS NULL"
                                    " AND class IS NULL AND family_medicine = 0"), ==, 1);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM staffing s JOIN facility f ON f.id = s.facility_id"
                                    " WHERE f.code = 'F-1' AND s.year = 2024 AND s.category = 'nurse'"
                                    " AND s.headcount = 900 AND s.postgraduate IS NULL"), ==, 1);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM unit_succession s JOIN unit a ON a.id = s.from_unit_id"
                                    " JOIN unit b ON b.id = s.to_unit_id WHERE a.code = 'VN-XX-D1'"
                                    " AND b.code = 'VN-CT' AND s.share = 0.4 AND s.date = '2025-07-01'"), ==, 1);
  /* The training serves the target with document D-1, not the one without. */
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM training t JOIN target g ON g.id = t.target_id"
                                    " JOIN document d ON d.id = g.document_id WHERE t.code = 'T-1'"
                                    " AND d.code = 'D-1' AND g.value = 19"), ==, 1);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM training t JOIN target g ON g.id = t.target_id"
                                    " WHERE t.code = 'T-2' AND g.document_id IS NULL AND g.value = 20"), ==, 1);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM unit c JOIN unit p ON p.id = c.parent_id"
                                    " WHERE c.code = 'VN-CT' AND p.code = 'VN-R'"), ==, 1);
}

/* Two exports of the same store are the same apart from their time, and
 * numbers are in C form whatever the locale. */
static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *a = NULL, *b = NULL, *ta = NULL, *tb = NULL, *sa = NULL, *sb = NULL;

  synthetic_store (f);
  a = export (f->store, f, "a.xml", NULL, NULL);
  b = export (f->store, f, "b.xml", NULL, NULL);
  ta = read_text (a);
  tb = read_text (b);
  sa = without_time (ta);
  sb = without_time (tb);
  g_assert_cmpstr (sa, ==, sb);
  g_assert_true (g_str_has_prefix (ta, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                       "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\" exported=\""));
  g_assert_nonnull (strstr (ta, "value=\"14.8\""));
  g_assert_nonnull (strstr (ta, "value-high=\"50.5\""));
  g_assert_null (strstr (ta, "14,8\""));
  g_assert_null (strstr (ta, "14.800000"));
}

/* ---- Schema ----------------------------------------------------------------- */

static void
test_schema (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *synthetic = fixture_file ("synthetic.xml");
  g_autofree char *errors = fixture_file ("errors.xml");
  g_autofree char *text = read_text (synthetic);
  g_autofree char *castle = NULL, *nan = NULL, *order = NULL, *path = NULL;
  g_autoptr(MpStore) sample = new_store (f, "sample.db");
  const char *filters[][2] = { { NULL, NULL }, { "VN-CT", NULL }, { NULL, "2025" }, { "VN-XX-D1", NULL },
                               { "VN-CT", "2024" } };

  /* The schema accepts what exports write … */
  g_assert_true (schema_valid (synthetic));
  synthetic_store (f);
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      g_autofree char *name = g_strdup_printf ("filtered-%u.xml", i);
      g_autofree char *out = export (f->store, f, name, filters[i][0], filters[i][1]);
      g_assert_true (schema_valid (out));
    }
  g_assert_true (mp_store_load_sample (sample, &error));
  path = export (sample, f, "sample.xml", NULL, NULL);
  g_assert_true (schema_valid (path));

  /* … and refuses what it must. */
  g_assert_false (schema_valid (errors));
  castle = g_strdup (text);
  g_assert_nonnull (strstr (castle, "kind=\"hospital\""));
  memcpy (strstr (castle, "kind=\"hospital\""), "kind=\"castlexx\"", strlen ("kind=\"castlexx\""));
  g_clear_pointer (&path, g_free);
  path = write_file (f, "castle.xml", castle);
  g_assert_false (schema_valid (path));
  nan = g_strdup (text);
  memcpy (strstr (nan, "value=\"14.8\""), "value=\"NaN\" ", strlen ("value=\"NaN\" "));
  g_clear_pointer (&path, g_free);
  path = write_file (f, "nan.xml", nan);
  g_assert_false (schema_valid (path));
  order = g_strdup_printf ("<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\"><units/><documents/></medplan>");
  g_clear_pointer (&path, g_free);
  path = write_file (f, "order.xml", order);
  g_assert_false (schema_valid (path));
}

/* ---- Filters ------------------------------------------------------------------ */

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *by_unit = NULL, *by_period = NULL, *both = NULL, *leaf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(MpStore) other = new_store (f, "other.db");
  g_autoptr(MpStore) third = new_store (f, "third.db");
  g_autoptr(MpImportReport) report = NULL;
  g_autoptr(MpImportReport) report2 = NULL;

  synthetic_store (f);

  /* A unit: its rows and those under it, with what they refer to. */
  by_unit = export (f->store, f, "vn-ct.xml", "VN-CT", NULL);
  text = read_text (by_unit);
  g_assert_cmpuint (occurrences (text, "<document "), ==, 2);
  g_assert_cmpuint (occurrences (text, "<unit "), ==, 6);
  g_assert_cmpuint (occurrences (text, "<succession "), ==, 2);
  g_assert_cmpuint (occurrences (text, "<population "), ==, 2);
  g_assert_cmpuint (occurrences (text, "<indicator "), ==, 3);
  g_assert_cmpuint (occurrences (text, "<target "), ==, 4);
  g_assert_cmpuint (occurrences (text, "<observation "), ==, 5);
  g_assert_null (strstr (text, "unit=\"VN-XX\" period"));
  g_assert_cmpuint (occurrences (text, "<facility "), ==, 3);  /* F-2 because transfer X-1 goes to it */
  g_assert_cmpuint (occurrences (text, "<staffing "), ==, 3);
  g_assert_cmpuint (occurrences (text, "<training "), ==, 2);
  g_assert_null (strstr (text, "code=\"T-3\""));
  g_assert_cmpuint (occurrences (text, "<transfer "), ==, 1);
  /* It stands on its own: it imports into an empty database. */
  report = import (other, by_unit, FALSE, TRUE);
  g_assert_cmpuint (mp_import_report_get_total (report).added, ==, 33);

  /* A leaf unit with a transfer and a succession but no other rows. */
  leaf = export (f->store, f, "leaf.xml", "VN-XX-D1", NULL);
  g_free (text);
  text = read_text (leaf);
  g_assert_cmpuint (occurrences (text, "<unit "), ==, 5);
  g_assert_cmpuint (occurrences (text, "<observation "), ==, 0);
  g_assert_cmpuint (occurrences (text, "<transfer "), ==, 1);
  g_assert_null (strstr (text, "<observations>"));
  report2 = import (third, leaf, FALSE, TRUE);

  /* A period: only the observations of that period. */
  by_period = export (f->store, f, "2025.xml", NULL, "2025");
  g_free (text);
  text = read_text (by_period);
  g_assert_cmpuint (occurrences (text, "<observation "), ==, 1);
  g_assert_nonnull (strstr (text, "period=\"2025\" value=\"14.8\""));
  g_assert_cmpuint (occurrences (text, "<target "), ==, 5);
  g_assert_cmpuint (occurrences (text, "<unit "), ==, 6);

  both = export (f->store, f, "both.xml", "VN-CT", "2024");
  g_free (text);
  text = read_text (both);
  g_assert_cmpuint (occurrences (text, "<observation "), ==, 1);
  g_assert_nonnull (strstr (text, "unit=\"VN-CT-D1\" period=\"2024\""));
}

/* Unit ids that do not follow the order of codes: the export still sorts
 * observations by indicator code, unit code and period. */
static void
test_export_order (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *text = NULL;
  const char *b, *a1, *a2, *c;

  g_assert_true (mp_store_exec (f->store,
                                "INSERT INTO unit (id, code, name_vi, level) VALUES"
                                " (1, 'Z', 'Z', 'province'), (2, 'A', 'A', 'province'), (3, 'M', 'M', 'province');"
                                "INSERT INTO indicator (id, code, name_vi, measure) VALUES (1, 'Y', 'Y', 'count'),"
                                " (2, 'B', 'B', 'count');"
                                "INSERT INTO observation VALUES (1, 1, '2025', 1, NULL, NULL, '2026-01-01T00:00:00Z'),"
                                " (1, 2, '2025', 2, NULL, NULL, '2026-01-01T00:00:00Z'),"
                                " (2, 3, '2025S1', 3, NULL, NULL, '2026-01-01T00:00:00Z'),"
                                " (2, 2, '2025', 4, NULL, NULL, '2026-01-01T00:00:00Z'),"
                                " (2, 2, '2024', 5, NULL, NULL, '2026-01-01T00:00:00Z');", &error));
  path = export (f->store, f, "order.xml", NULL, NULL);
  text = read_text (path);
  b = strstr (text, "indicator=\"B\" unit=\"A\" period=\"2024\"");
  a1 = strstr (text, "indicator=\"B\" unit=\"A\" period=\"2025\"");
  a2 = strstr (text, "indicator=\"B\" unit=\"M\"");
  c = strstr (text, "indicator=\"Y\" unit=\"A\"");
  g_assert_true (b && a1 && a2 && c);
  g_assert_true (b < a1 && a1 < a2 && a2 < c);
  g_assert_true (c < strstr (text, "indicator=\"Y\" unit=\"Z\""));
  /* Units by level, then code. */
  g_assert_true (strstr (text, "<unit code=\"A\"") < strstr (text, "<unit code=\"M\""));
  g_assert_true (schema_valid (path));
}

/* ---- Merging -------------------------------------------------------------------- */

static void
test_merge_counts (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_file ("synthetic.xml");
  g_autofree char *text = read_text (path);
  g_autofree char *changed_path = NULL;
  g_autoptr(MpImportReport) first = import (f->store, path, FALSE, TRUE);
  g_autoptr(MpImportReport) second = import (f->store, path, FALSE, TRUE);
  g_autoptr(MpImportReport) third = NULL;
  g_autoptr(MpImportReport) fourth = NULL;
  g_autoptr(GString) changed = g_string_new (text);
  MpCounts total = mp_import_report_get_total (second);
  g_autofree char *summary = NULL;

  g_assert_cmpuint (mp_import_report_get_total (first).added, ==, 38);
  g_assert_cmpuint (total.added, ==, 0);
  g_assert_cmpuint (total.updated, ==, 0);
  g_assert_cmpuint (total.unchanged, ==, 38);

  /* One value differs: one row updated, the rest unchanged. */
  g_assert_cmpuint (g_string_replace (changed, "value=\"14.8\" source", "value=\"15.6\" source", 1), ==, 1);
  changed_path = write_file (f, "changed.xml", changed->str);
  third = import (f->store, changed_path, FALSE, TRUE);
  total = mp_import_report_get_total (third);
  g_assert_cmpuint (total.added, ==, 0);
  g_assert_cmpuint (total.updated, ==, 1);
  g_assert_cmpuint (total.unchanged, ==, 37);
  assert_counts (third, MP_TABLE_OBSERVATION, 0, 1, 5);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM observation WHERE value = 15.6"), ==, 1);

  /* A name of a unit and a staffing figure. */
  g_assert_cmpuint (g_string_replace (changed, "Quận Ninh Kiều", "Quận Ninh Kiều mới", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "headcount=\"900\"", "headcount=\"901\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (changed_path, changed->str, -1, NULL));
  fourth = import (f->store, changed_path, FALSE, TRUE);
  assert_counts (fourth, MP_TABLE_UNIT, 0, 1, 5);
  assert_counts (fourth, MP_TABLE_STAFFING, 0, 1, 2);
  assert_counts (fourth, MP_TABLE_OBSERVATION, 0, 0, 6);
  summary = mp_import_report_summary (fourth);
  g_assert_nonnull (strstr (summary, "2"));
}

/* A unit may name a parent that comes later in its section. */
static void
test_forward_parent (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = write_file (f, "forward.xml",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
    "  <units>\n"
    "    <unit code=\"P-2\" level=\"province\" parent=\"P-1\"><name xml:lang=\"vi\">Hai</name></unit>\n"
    "    <unit code=\"P-1\" level=\"province\"><name xml:lang=\"vi\">Một</name></unit>\n"
    "  </units>\n"
    "</medplan>\n");
  g_autoptr(MpImportReport) first = import (f->store, path, FALSE, TRUE);
  g_autoptr(MpImportReport) second = import (f->store, path, FALSE, TRUE);

  assert_counts (first, MP_TABLE_UNIT, 2, 0, 0);
  assert_counts (second, MP_TABLE_UNIT, 0, 0, 2);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM unit c JOIN unit p ON p.id = c.parent_id"
                                    " WHERE c.code = 'P-2' AND p.code = 'P-1'"), ==, 1);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = fixture_file ("synthetic.xml");
  g_autofree char *text = read_text (path);
  g_autofree char *before = dump (f->store);
  g_autofree char *after = NULL, *changed_path = NULL;
  g_autoptr(MpImportReport) dry = import (f->store, path, TRUE, TRUE);
  g_autoptr(MpImportReport) dry2 = NULL;
  g_autoptr(GString) changed = g_string_new (text);
  g_autofree char *backups = g_build_filename (f->dir, "backups", NULL);

  /* Counted as a real import would be, and nothing written. */
  g_assert_cmpuint (mp_import_report_get_total (dry).added, ==, 38);
  assert_counts (dry, MP_TABLE_STAFFING, 3, 0, 0);
  after = dump (f->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (mp_store_is_empty (f->store));
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log"), ==, 0);
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));

  /* On a database holding the rows: what would change. */
  synthetic_store (f);
  g_free (before);
  before = dump (f->store);
  g_string_replace (changed, "persons=\"733000\"", "persons=\"733001\"", 1);
  changed_path = write_file (f, "changed.xml", changed->str);
  dry2 = import (f->store, changed_path, TRUE, TRUE);
  assert_counts (dry2, MP_TABLE_POPULATION, 0, 1, 2);
  g_assert_cmpuint (mp_import_report_get_total (dry2).unchanged, ==, 37);
  g_free (after);
  after = dump (f->store);
  g_assert_cmpstr (before, ==, after);
}

/* ---- Problems --------------------------------------------------------------------- */

/* The message at `line` holding every needle (one message may hold it). */
static void
assert_message (GPtrArray  *messages,
                const char *file,
                int         line,
                const char *needle,
                const char *needle2)
{
  g_autofree char *prefix = g_strdup_printf ("%s:%d:", file, line);

  for (guint i = 0; i < messages->len; i++)
    {
      const char *m = g_ptr_array_index (messages, i);
      if (g_str_has_prefix (m, prefix) && strstr (m, ": error: ") && strstr (m, needle) &&
          (needle2 == NULL || strstr (m, needle2)))
        return;
    }
  for (guint i = 0; i < messages->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (messages, i));
  g_error ("no message at line %d naming %s", line, needle);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = fixture_file ("errors.xml");
  g_autoptr(MpImportReport) report = import (f->store, path, FALSE, FALSE);
  GPtrArray *m = mp_import_report_get_messages (report);
  struct { int line; const char *needle, *needle2; } expected[] = {
    { 4, "“castle”", "“kind”" },               /* enum value not in the schema */
    { 5, "“2025-02-30”", "“issued”" },         /* impossible date */
    { 6, "xml:lang=\"vi\"", "title" },          /* required Vietnamese title missing */
    { 10, "“VN”", "9" },                        /* duplicate unit, first on line 9 */
    { 11, "“VN-NOPE”", NULL },                  /* unknown parent */
    { 12, "“code”", NULL },                     /* missing required attribute */
    { 13, "“1.5”", "“share”" },                 /* out of range */
    { 16, "“1800”", "“year”" },                 /* year out of range */
    { 17, "“persons”", NULL },                  /* missing required attribute */
    { 20, "“9”", "“decimals”" },                /* decimals out of range */
    { 21, "“colour”", NULL },                   /* unknown attribute */
    { 25, "“I-2”", "24" },                      /* duplicate target, first on line 24 */
    { 26, "“INF”", NULL },                      /* non-finite number */
    { 29, "“VN-NOPE”", NULL },                  /* unknown code */
    { 30, "“2025Q5”", NULL },                   /* bad period */
    { 31, "“NaN”", NULL },                      /* non-finite number */
    { 34, "“-1”", "“beds”" },                   /* negative count */
    { 34, "“91”", "“latitude”" },               /* out of range */
    { 35, "“-1”", "“headcount”" },              /* negative count */
    { 37, "“nurse”", "36" },                    /* duplicate staffing, first on line 36 */
    { 38, "“bogus”", NULL },                    /* unknown element */
    { 42, "“-3”", "“seats-planned”" },          /* negative count */
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_message (m, path, expected[i].line, expected[i].needle, expected[i].needle2);
  /* Nothing more: no problem is repeated on the rows that follow it. */
  g_assert_cmpuint (mp_import_report_get_n_errors (report), ==, G_N_ELEMENTS (expected));
  g_assert_true (mp_store_is_empty (f->store));
}

/* A duplicate observation in an otherwise good file, and the structure:
 * sections out of order, text where none belongs, another root. */
static void
test_errors_structure (Fixture       *f,
                       gconstpointer  data)
{
  static const char head[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
    "  <units><unit code=\"U\" level=\"province\"><name xml:lang=\"vi\">U</name></unit></units>\n"
    "  <indicators><indicator code=\"I\" measure=\"count\" direction=\"up\" decimals=\"0\">"
    "<name xml:lang=\"vi\">I</name></indicator></indicators>\n";
  g_autofree char *dup_text = g_strconcat (head,
    "  <observations>\n"
    "    <observation indicator=\"I\" unit=\"U\" period=\"2025\" value=\"1\"/>\n"
    "    <observation indicator=\"I\" unit=\"U\" period=\"2024\" value=\"1\"/>\n"
    "    <observation indicator=\"I\" unit=\"U\" period=\"2025\" value=\"2\"/>\n"
    "  </observations>\n</medplan>\n", NULL);
  g_autofree char *order_text = g_strconcat (head,
    "  <documents/>\n"
    "  <targets><target indicator=\"I\" unit=\"U\" year=\"2030\" comparator=\"between\" value=\"5\" value-high=\"4\"/>\n"
    "  stray text</targets>\n</medplan>\n", NULL);
  g_autofree char *dup = write_file (f, "dup.xml", dup_text);
  g_autofree char *order = write_file (f, "order.xml", order_text);
  g_autofree char *other = write_file (f, "other.xml",
    "<?xml version=\"1.0\"?>\n<medplan xmlns=\"urn:example\" version=\"1\"/>\n");
  g_autofree char *version = write_file (f, "version.xml",
    "<?xml version=\"1.0\"?>\n<medplan xmlns=\"urn:medplan:exchange:1\" version=\"2\"/>\n");
  g_autofree char *broken = write_file (f, "broken.xml",
    "<?xml version=\"1.0\"?>\n<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
    "  <units>\n  </unit>\n</medplan>\n");
  g_autoptr(MpImportReport) r1 = import (f->store, dup, FALSE, FALSE);
  g_autoptr(MpImportReport) r2 = import (f->store, order, FALSE, FALSE);
  g_autoptr(MpImportReport) r4 = import (f->store, version, FALSE, FALSE);
  g_autoptr(MpImportReport) r5 = import (f->store, broken, FALSE, FALSE);
  g_autoptr(MpImportReport) r3 = mp_import_report_new (other);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (mp_import_report_get_n_errors (r1), ==, 1);
  assert_message (mp_import_report_get_messages (r1), dup, 8, "“I”", "2025");

  assert_message (mp_import_report_get_messages (r2), order, 5, "“documents”", NULL);
  assert_message (mp_import_report_get_messages (r2), order, 6, "“4”", "“5”");
  assert_message (mp_import_report_get_messages (r2), order, 7, "“targets”", NULL);
  g_assert_cmpuint (mp_import_report_get_n_errors (r2), ==, 3);

  /* Forced as native: the root is not ours. */
  g_assert_false (mp_store_import (f->store, other, MP_FORMAT_NATIVE, FALSE, r3, NULL, &error));
  assert_message (mp_import_report_get_messages (r3), other, 2, "urn:medplan:exchange:1", NULL);

  assert_message (mp_import_report_get_messages (r4), version, 2, "“2”", NULL);
  /* Broken XML stops at once: one problem, at its line. */
  g_assert_cmpuint (mp_import_report_get_n_errors (r5), ==, 1);
  assert_message (mp_import_report_get_messages (r5), broken, 4, "unit", NULL);
  g_assert_true (mp_store_is_empty (f->store));
}

/* A refused import leaves every row as it was. */
static void
test_refused_unchanged (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = fixture_file ("synthetic.xml");
  g_autofree char *text = read_text (path);
  g_autofree char *before = NULL, *after = NULL, *bad_path = NULL;
  g_autoptr(GString) bad = g_string_new (text);
  g_autoptr(MpImportReport) report = NULL;
  gint64 log_before;

  synthetic_store (f);
  before = dump (f->store);
  log_before = mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log");

  /* Good changes early in the file, a bad row at its end. */
  g_string_replace (bad, "value=\"14.8\" source", "value=\"99\" source", 1);
  g_string_replace (bad, "Quận Ninh Kiều", "Đổi tên", 1);
  g_string_replace (bad, "cases-done=\"0\"", "cases-done=\"-5\"", 1);
  bad_path = write_file (f, "bad.xml", bad->str);
  report = import (f->store, bad_path, FALSE, FALSE);
  g_assert_cmpuint (mp_import_report_get_n_errors (report), ==, 1);
  assert_message (mp_import_report_get_messages (report), bad_path, 111, "“-5”", NULL);

  after = dump (f->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log"), ==, log_before);
}

/* More than 50 problems: 50 messages and the right total. */
static void
test_many_errors (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
                                          "  <observations>\n");
  g_autofree char *path = NULL;
  g_autoptr(MpImportReport) report = NULL;
  GPtrArray *m;

  for (int i = 0; i < 73; i++)
    g_string_append_printf (text, "    <observation indicator=\"X%d\" unit=\"U\" period=\"2025\" value=\"1\"/>\n", i);
  g_string_append (text, "  </observations>\n</medplan>\n");
  path = write_file (f, "many.xml", text->str);
  report = import (f->store, path, FALSE, FALSE);
  m = mp_import_report_get_messages (report);
  /* Each row names an unknown indicator and the unknown unit “U”: two
   * problems a row, all counted, the first 50 kept as messages. */
  g_assert_cmpuint (m->len, ==, MP_IMPORT_MAX_MESSAGES);
  g_assert_cmpuint (mp_import_report_get_n_errors (report), ==, 73 + 73);
  assert_message (m, path, 4, "“X0”", NULL);
  assert_message (m, path, 4, "“U”", NULL);
  assert_message (m, path, 28, "“X24”", NULL);
}

/* A real import leaves one "import" entry naming the file, and a backup. */
static void
test_change_log_and_backup (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = fixture_file ("synthetic.xml");
  g_autofree char *origin = NULL;
  g_autofree char *backups = g_build_filename (f->dir, "backups", NULL);
  g_autoptr(MpImportReport) report = import (f->store, path, FALSE, TRUE);
  GDir *dir;
  guint n = 0;

  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log WHERE tbl = 'import'"), ==, 1);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log WHERE tbl = 'import'"
                                    " AND code = 'synthetic.xml' AND action = 'insert'"), ==, 1);
  origin = text_of (f->store, "SELECT origin FROM change_log WHERE tbl = 'import'");
  g_assert_cmpstr (origin, ==, path);

  dir = g_dir_open (backups, 0, NULL);
  g_assert_nonnull (dir);
  while (g_dir_read_name (dir))
    n++;
  g_dir_close (dir);
  g_assert_cmpuint (n, >=, 1);
}

/* The sample loads from a native file too, and refuses a non-empty store. */
static void
test_sample_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_file ("synthetic.xml");

  g_assert_true (mp_store_load_sample_file (f->store, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM staffing"), ==, 3);
  g_assert_cmpint (mp_test_query_int (f->store->db, "SELECT count(*) FROM change_log WHERE tbl = 'sample'"), ==, 1);
  g_assert_false (mp_store_load_sample (f->store, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR") ? g_getenv ("MEDPLAN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/native/round-trip/sample", test_sample_round_trip);
  ADD ("/native/round-trip/synthetic", test_synthetic_round_trip);
  ADD ("/native/deterministic", test_deterministic);
  ADD ("/native/schema", test_schema);
  ADD ("/native/filter", test_filter);
  ADD ("/native/export-order", test_export_order);
  ADD ("/native/merge-counts", test_merge_counts);
  ADD ("/native/forward-parent", test_forward_parent);
  ADD ("/native/dry-run", test_dry_run);
  ADD ("/native/errors", test_errors);
  ADD ("/native/errors-structure", test_errors_structure);
  ADD ("/native/refused-unchanged", test_refused_unchanged);
  ADD ("/native/many-errors", test_many_errors);
  ADD ("/native/change-log-and-backup", test_change_log_and_backup);
  ADD ("/native/sample-file", test_sample_file);
  return g_test_run ();
}
