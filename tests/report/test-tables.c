/* test-tables.c — the tables written to spreadsheets (mp-table-export.h):
 * CSV read back with an RFC 4180 reader of our own and with Python's csv
 * module; XLSX unzipped and its sheet, shared strings, styles and
 * properties read with libxml2 (XPath). The command line is in
 * test-tables-cli.c. */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "mp-edit.h"
#include "mp-error.h"
#include "mp-store.h"
#include "mp-table-export.h"
#include "mp-test-store.h"
#include "mp-test-util.h"

/* The names that CSV must quote, in both languages so that the test does
 * not depend on which one the lists pick. */
#define TRICKY_NAME "Bệnh viện \"Hoà Bình\", cơ sở 2\nkhu Ánh Dương"
#define TRICKY_TITLE "Đào tạo \"điều dưỡng\", khóa 1\r\nnăm 2025"

/* The sample database in a temporary folder. */
typedef MpTestSample Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  mp_test_sample_open (f, "medplan-tables-XXXXXX");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  mp_test_sample_close (f);
}

/* Adds a facility and a training programme with names CSV must quote. */
static void
add_tricky_records (Fixture *f)
{
  g_autoptr(MpFacility) fac = mp_facility_new ();
  g_autoptr(MpTraining) tr = mp_training_new ();
  g_autoptr(GError) error = NULL;

  fac->code = g_strdup ("VN-CT-QUOTE");
  fac->name_vi = g_strdup (TRICKY_NAME);
  fac->name_en = g_strdup (TRICKY_NAME);
  fac->kind = g_strdup ("hospital");
  fac->unit = g_strdup ("VN-CT");
  fac->beds = 1250;
  mp_store_save_facility (f->store, NULL, fac, NULL, &error);
  g_assert_no_error (error);

  tr->code = g_strdup ("DT-QUOTE");
  tr->title_vi = g_strdup (TRICKY_TITLE);
  tr->title_en = g_strdup (TRICKY_TITLE);
  tr->kind = g_strdup ("other");
  tr->institution = g_strdup ("VN-CT-QUOTE");
  tr->start = g_strdup ("2025-03-15");
  tr->end = g_strdup ("2026");
  tr->seats_planned = 40;
  tr->seats_enrolled = 30;
  tr->seats_completed = 10;
  tr->budget_vnd = 1234567890;
  mp_store_save_training (f->store, NULL, tr, NULL, &error);
  g_assert_no_error (error);
}

/* ---- CSV ---------------------------------------------------------------- */

/* An RFC 4180 reader: records end in CRLF (a bare CR or LF outside quotes
 * fails the test), quoted fields may hold anything, "" is a quote. Returns
 * the records as arrays of fields. */
static GPtrArray *
read_csv (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *record = NULL;
  const char *p = text;

  while (*p)
    {
      g_autoptr(GString) field = g_string_new (NULL);

      if (record == NULL)
        {
          record = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (records, record);
        }
      if (*p == '"')
        {
          for (p++;; p++)
            {
              g_assert_true (*p != '\0');   /* an unterminated quote */
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          p++;
        }
      else
        for (; *p && *p != ',' && *p != '\r' && *p != '\n'; p++)
          {
            g_assert_true (*p != '"');      /* a quote in an unquoted field */
            g_string_append_c (field, *p);
          }
      g_ptr_array_add (record, g_string_free (g_steal_pointer (&field), FALSE));
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          record = NULL;
        }
    }
  return records;
}

static char *
read_file (const char *path,
           gsize      *len)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}

/* Reads `path` with Python's csv module and returns the records as fields
 * joined by U+001F and records by U+001E, the way join_records() does. */
static char *
python_csv (const char *path)
{
  const char *argv[] = { "python3", "-c",
    "import csv, sys\n"
    "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
    "    rows = list(csv.reader(f, strict=True))\n"
    "sys.stdout.buffer.write('\\x1e'.join('\\x1f'.join(r) for r in rows).encode('utf-8'))\n",
    path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return out;
}

static char *
join_records (GPtrArray *records)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < records->len; r++)
    {
      GPtrArray *record = g_ptr_array_index (records, r);
      if (r > 0)
        g_string_append_c (out, '\x1e');
      for (guint c = 0; c < record->len; c++)
        {
          if (c > 0)
            g_string_append_c (out, '\x1f');
          g_string_append (out, g_ptr_array_index (record, c));
        }
    }
  return g_string_free (out, FALSE);
}

/* Exports `kind` as CSV and reads it back; checks the BOM, CRLF, the
 * number of records and of fields, and Python's reading. */
static GPtrArray *
export_csv (Fixture     *f,
            MpTableKind  kind,
            const char  *unit)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.csv", f->dir, mp_table_kind_to_string (kind));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;
  GPtrArray *records;
  guint n_rows = G_MAXUINT;
  gsize len;

  g_assert_true (mp_table_export (f->store, kind, unit, path, MP_TABLE_FORMAT_CSV, &n_rows, &error));
  g_assert_no_error (error);
  text = read_file (path, &len);
  g_assert_cmpuint (len, ==, strlen (text));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  g_assert_true (g_utf8_validate (text, len, NULL));

  records = read_csv (text + 3);
  g_assert_cmpuint (records->len, ==, n_rows + 1);
  for (guint r = 1; r < records->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, r))->len, ==,
                      ((GPtrArray *) g_ptr_array_index (records, 0))->len);

  ours = join_records (records);
  theirs = python_csv (path);
  g_assert_cmpstr (ours, ==, theirs);
  return records;
}

static GPtrArray *
find_record (GPtrArray  *records,
             const char *first)
{
  for (guint r = 1; r < records->len; r++)
    {
      GPtrArray *record = g_ptr_array_index (records, r);
      if (g_str_equal (g_ptr_array_index (record, 0), first))
        return record;
    }
  return NULL;
}

static const char *
field (GPtrArray *record,
       guint      column)
{
  g_assert_cmpuint (column, <, record->len);
  return g_ptr_array_index (record, column);
}

static void
test_names (void)
{
  MpTableKind kind = MP_TABLE_KIND_TARGETS;
  MpTableFormat format = MP_TABLE_FORMAT_XLSX;
  const char *names[] = { "targets", "facilities", "training", "transfers" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (mp_table_kind_from_string (names[i], &kind));
      g_assert_cmpint (kind, ==, (MpTableKind) i);
      g_assert_cmpstr (mp_table_kind_to_string (kind), ==, names[i]);
      g_assert_nonnull (mp_table_kind_title (kind));
    }
  g_assert_false (mp_table_kind_from_string ("Targets", &kind));
  g_assert_false (mp_table_kind_from_string ("", &kind));
  g_assert_cmpstr (mp_table_kind_title (MP_TABLE_KIND_TARGETS), ==, _("Targets"));

  g_assert_true (mp_table_format_from_path ("/tmp/a.CSV", &format));
  g_assert_cmpint (format, ==, MP_TABLE_FORMAT_CSV);
  g_assert_true (mp_table_format_from_path ("b.Xlsx", &format));
  g_assert_cmpint (format, ==, MP_TABLE_FORMAT_XLSX);
  g_assert_false (mp_table_format_from_path ("c.xml", &format));
  g_assert_false (mp_table_format_from_path ("xlsx", &format));
  g_assert_false (mp_table_format_from_path ("d.xls", &format));
}

static void
test_csv_sample (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) targets = export_csv (f, MP_TABLE_KIND_TARGETS, NULL);
  g_autoptr(GPtrArray) ct = export_csv (f, MP_TABLE_KIND_TARGETS, "VN-CT");
  g_autoptr(GPtrArray) facilities = export_csv (f, MP_TABLE_KIND_FACILITIES, NULL);
  g_autoptr(GPtrArray) training = export_csv (f, MP_TABLE_KIND_TRAINING, NULL);
  g_autoptr(GPtrArray) transfers = export_csv (f, MP_TABLE_KIND_TRANSFERS, NULL);
  g_autoptr(GPtrArray) store_facilities = mp_store_list_facilities (f->store, NULL);
  g_autoptr(GPtrArray) store_trainings = mp_store_list_trainings (f->store, NULL);
  g_autoptr(GPtrArray) store_transfers = mp_store_list_transfers (f->store, NULL);
  GPtrArray *header = g_ptr_array_index (targets, 0);
  gboolean seen_number = FALSE;

  /* The sample's 53 targets, 9 of them Cần Thơ's (as `targets --tsv`). */
  g_assert_cmpuint (targets->len, ==, 1 + 53);
  g_assert_cmpuint (ct->len, ==, 1 + 9);
  g_assert_cmpuint (facilities->len, ==, 1 + store_facilities->len);
  g_assert_cmpuint (training->len, ==, 1 + store_trainings->len);
  g_assert_cmpuint (transfers->len, ==, 1 + store_transfers->len);
  g_assert_cmpuint (store_facilities->len, >, 0);

  g_assert_cmpuint (header->len, ==, 14);
  g_assert_cmpstr (field (header, 0), ==, _("Unit"));
  g_assert_cmpstr (field (header, 13), ==, _("Status"));
  g_assert_cmpstr (field (g_ptr_array_index (facilities, 0), 0), ==, _("Code"));
  g_assert_cmpstr (field (g_ptr_array_index (facilities, 0), 6), ==, _("Beds"));
  g_assert_cmpstr (field (g_ptr_array_index (transfers, 0), 1), ==, _("Technique"));
  g_assert_cmpstr (field (g_ptr_array_index (training, 0), 13), ==, _("Budget (VND)"));

  /* Target values are plain machine numbers: a dot, no separators; the
   * status is the translated word. */
  for (guint r = 1; r < targets->len; r++)
    {
      GPtrArray *record = g_ptr_array_index (targets, r);
      const char *value = field (record, 5);
      const char *year = field (record, 7);
      char *end = NULL;

      g_assert_cmpuint (strlen (year), ==, 4);
      g_assert_true (g_ascii_isdigit (year[0]));
      if (*value)
        {
          g_ascii_strtod (value, &end);
          g_assert_true (*end == '\0');
          g_assert_null (strchr (value, ','));
          seen_number = TRUE;
        }
      g_assert_cmpstr (field (record, 13), !=, "");
    }
  g_assert_true (seen_number);
  /* Every Cần Thơ row names the same unit. */
  for (guint r = 2; r < ct->len; r++)
    g_assert_cmpstr (field (g_ptr_array_index (ct, r), 0), ==, field (g_ptr_array_index (ct, 1), 0));
}

static void
test_csv_quoting (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) facilities = NULL;
  g_autoptr(GPtrArray) training = NULL;
  g_autofree char *path = NULL;
  g_autofree char *raw = NULL;
  GPtrArray *row;

  add_tricky_records (f);
  facilities = export_csv (f, MP_TABLE_KIND_FACILITIES, NULL);
  row = find_record (facilities, "VN-CT-QUOTE");
  g_assert_nonnull (row);
  g_assert_cmpstr (field (row, 1), ==, TRICKY_NAME);
  g_assert_cmpstr (field (row, 6), ==, "1250");
  g_assert_cmpstr (field (row, 3), ==, "");     /* class unknown */
  g_assert_cmpstr (field (row, 7), ==, "");     /* no staffing */

  path = g_build_filename (f->dir, "facilities.csv", NULL);
  raw = read_file (path, NULL);
  /* Quoted, quotes doubled, the newline kept inside the quotes. */
  g_assert_nonnull (strstr (raw, ",\"Bệnh viện \"\"Hoà Bình\"\", cơ sở 2\nkhu Ánh Dương\","));

  training = export_csv (f, MP_TABLE_KIND_TRAINING, NULL);
  row = find_record (training, "DT-QUOTE");
  g_assert_nonnull (row);
  g_assert_cmpstr (field (row, 1), ==, TRICKY_TITLE);
  g_assert_cmpstr (field (row, 3), ==, "0.25");          /* progress 10/40 */
  g_assert_cmpstr (field (row, 7), ==, TRICKY_NAME);     /* institution */
  g_assert_cmpstr (field (row, 8), ==, "2025-03-15");
  g_assert_cmpstr (field (row, 9), ==, "2026");
  g_assert_cmpstr (field (row, 10), ==, "40");
  g_assert_cmpstr (field (row, 12), ==, "10");
  g_assert_cmpstr (field (row, 13), ==, "1234567890");
}

/* ---- XLSX --------------------------------------------------------------- */

static xmlDoc *
unzip_xml (const char *xlsx,
           const char *member)
{
  const char *argv[] = { "unzip", "-p", xlsx, member, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gsize len = 0;
  int status;
  xmlDoc *doc;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  len = strlen (out);
  doc = xmlReadMemory (out, (int) len, member, "UTF-8", XML_PARSE_NONET);
  g_assert_nonnull (doc);
  return doc;
}

static xmlXPathContext *
xpath_context (xmlDoc *doc)
{
  xmlXPathContext *ctx = xmlXPathNewContext (doc);

  xmlXPathRegisterNs (ctx, BAD_CAST "s", BAD_CAST "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
  xmlXPathRegisterNs (ctx, BAD_CAST "dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  xmlXPathRegisterNs (ctx, BAD_CAST "cp",
                      BAD_CAST "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  return ctx;
}

/* The string value of `expr` ("" when it selects nothing). */
static char *
xpath_string (xmlXPathContext *ctx,
              const char      *expr)
{
  xmlXPathObject *obj = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  xmlChar *value;
  char *out;

  g_assert_nonnull (obj);
  value = xmlXPathCastToString (obj);
  out = g_strdup ((const char *) value);
  xmlFree (value);
  xmlXPathFreeObject (obj);
  return out;
}

static double
xpath_number (xmlXPathContext *ctx,
              const char      *expr)
{
  xmlXPathObject *obj = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  double value;

  g_assert_nonnull (obj);
  value = xmlXPathCastToNumber (obj);
  xmlXPathFreeObject (obj);
  return value;
}

static gboolean
decode_escape (const GMatchInfo *match,
               GString          *out,
               gpointer          data)
{
  g_autofree char *hex = g_match_info_fetch (match, 1);

  g_string_append_unichar (out, (gunichar) g_ascii_strtoull (hex, NULL, 16));
  return FALSE;
}

/* The text of shared string `index` (0-based), its _xHHHH_ escapes of
 * control characters decoded as Excel does (ECMA-376 ST_Xstring). */
static char *
shared_string (xmlXPathContext *strings,
               const char      *index)
{
  g_autofree char *expr = g_strdup_printf ("string(/s:sst/s:si[%d])", atoi (index) + 1);
  g_autofree char *raw = xpath_string (strings, expr);
  g_autoptr(GRegex) escape = g_regex_new ("_x([0-9A-Fa-f]{4})_", 0, 0, NULL);

  return g_regex_replace_eval (escape, raw, -1, 0, 0, decode_escape, NULL, NULL);
}

/* The cell `ref` of the sheet: its value, type and style attributes. */
static void
cell (xmlXPathContext  *sheet,
      const char       *ref,
      char            **value,
      char            **type,
      char            **style)
{
  g_autofree char *v = g_strdup_printf ("string(//s:c[@r='%s']/s:v)", ref);
  g_autofree char *t = g_strdup_printf ("string(//s:c[@r='%s']/@t)", ref);
  g_autofree char *s = g_strdup_printf ("string(//s:c[@r='%s']/@s)", ref);

  *value = xpath_string (sheet, v);
  *type = xpath_string (sheet, t);
  *style = xpath_string (sheet, s);
}

/* The number format of cell style `style`: its format code. */
static char *
style_format (xmlXPathContext *styles,
              const char      *style)
{
  g_autofree char *id_expr = g_strdup_printf ("string(/s:styleSheet/s:cellXfs/s:xf[%d]/@numFmtId)", atoi (style) + 1);
  g_autofree char *id = xpath_string (styles, id_expr);
  g_autofree char *code_expr = g_strdup_printf ("string(//s:numFmt[@numFmtId='%s']/@formatCode)", id);

  return xpath_string (styles, code_expr);
}

/* Cell `column``row` holds the number `expected` (no t="s"), shown with
 * the number format `format`. */
static void
assert_number_cell (xmlXPathContext *sheet,
                    xmlXPathContext *styles,
                    char             column,
                    int              row,
                    double           expected,
                    const char      *format)
{
  g_autofree char *ref = g_strdup_printf ("%c%d", column, row);
  g_autofree char *value = NULL;
  g_autofree char *type = NULL;
  g_autofree char *style = NULL;
  g_autofree char *code = NULL;

  cell (sheet, ref, &value, &type, &style);
  g_assert_cmpstr (type, ==, "");
  g_assert_cmpstr (value, !=, "");
  g_assert_cmpfloat (g_ascii_strtod (value, NULL), ==, expected);
  code = style_format (styles, style);
  g_assert_cmpstr (code, ==, format);
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "training.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  xmlDoc *sheet_doc, *strings_doc, *styles_doc, *core_doc;
  xmlXPathContext *sheet, *strings, *styles, *core;
  g_autofree char *expr = NULL;
  g_autofree char *text = NULL;
  g_autofree char *ref = NULL;
  char *value, *type, *style;
  guint n_rows = 0;
  int found = -1;

  add_tricky_records (f);
  g_assert_true (mp_table_export (f->store, MP_TABLE_KIND_TRAINING, NULL, path, MP_TABLE_FORMAT_XLSX,
                                  &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, >, 1);

  sheet_doc = unzip_xml (path, "xl/worksheets/sheet1.xml");
  strings_doc = unzip_xml (path, "xl/sharedStrings.xml");
  styles_doc = unzip_xml (path, "xl/styles.xml");
  core_doc = unzip_xml (path, "docProps/core.xml");
  sheet = xpath_context (sheet_doc);
  strings = xpath_context (strings_doc);
  styles = xpath_context (styles_doc);
  core = xpath_context (core_doc);

  /* One row per record and the header; the header frozen, filtered. */
  g_assert_cmpfloat (xpath_number (sheet, "count(//s:sheetData/s:row)"), ==, n_rows + 1);
  g_assert_cmpfloat (xpath_number (sheet, "count(//s:pane[@ySplit='1'][@state='frozen'])"), ==, 1);
  text = xpath_string (sheet, "string(//s:autoFilter/@ref)");
  expr = g_strdup_printf ("A1:N%u", n_rows + 1);
  g_assert_cmpstr (text, ==, expr);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expr, g_free);
  /* A width for each of the 14 columns, within the bounds. */
  g_assert_cmpfloat (xpath_number (sheet, "count(//s:cols/s:col)"), ==, 14);
  g_assert_cmpfloat (xpath_number (sheet, "count(//s:cols/s:col[@width < 6 or @width > 61])"), ==, 0);

  /* Header: shared strings, bold. */
  cell (sheet, "A1", &value, &type, &style);
  g_assert_cmpstr (type, ==, "s");
  text = shared_string (strings, value);
  g_assert_cmpstr (text, ==, _("Code"));
  expr = g_strdup_printf ("count(/s:styleSheet/s:cellXfs/s:xf[%d])", atoi (style) + 1);
  g_assert_cmpfloat (xpath_number (styles, expr), ==, 1);
  g_clear_pointer (&expr, g_free);
  expr = g_strdup_printf ("count(/s:styleSheet/s:fonts/s:font[number(/s:styleSheet/s:cellXfs/s:xf[%d]/@fontId) + 1]/s:b)",
                          atoi (style) + 1);
  g_assert_cmpfloat (xpath_number (styles, expr), ==, 1);
  g_clear_pointer (&expr, g_free);
  g_clear_pointer (&text, g_free);
  g_free (value), g_free (type), g_free (style);

  /* The row of DT-QUOTE. */
  for (guint r = 2; r <= n_rows + 1 && found < 0; r++)
    {
      g_autofree char *a = g_strdup_printf ("A%u", r);
      g_autofree char *s = NULL;

      cell (sheet, a, &value, &type, &style);
      s = shared_string (strings, value);
      if (g_str_equal (s, "DT-QUOTE"))
        found = (int) r;
      g_free (value), g_free (type), g_free (style);
    }
  g_assert_cmpint (found, >, 1);

  /* The title, with its quotes, comma and line break. */
  ref = g_strdup_printf ("B%d", found);
  cell (sheet, ref, &value, &type, &style);
  g_assert_cmpstr (type, ==, "s");
  text = shared_string (strings, value);
  g_assert_cmpstr (text, ==, TRICKY_TITLE);
  g_clear_pointer (&text, g_free);
  g_free (value), g_free (type), g_free (style);
  g_clear_pointer (&ref, g_free);

  /* Budget: a number, not a string, "#,##0". Progress: 10 of 40 as a
   * share, "0%". Start 2025-03-15: Excel's serial day 45731, shown
   * dd/mm/yyyy. End "2026", a year only: 2026 without separator. */
  assert_number_cell (sheet, styles, 'N', found, 1234567890, "#,##0");
  assert_number_cell (sheet, styles, 'D', found, 0.25, "0%");
  assert_number_cell (sheet, styles, 'I', found, 45731, "dd/mm/yyyy");
  assert_number_cell (sheet, styles, 'J', found, 2026, "0");

  /* Document properties and the sheet's name. */
  text = xpath_string (core, "string(//dc:title)");
  g_assert_cmpstr (text, ==, mp_table_kind_title (MP_TABLE_KIND_TRAINING));
  g_clear_pointer (&text, g_free);
  text = xpath_string (core, "string(//dc:creator)");
  g_assert_cmpstr (text, ==, "Medplan");
  g_clear_pointer (&text, g_free);

  xmlXPathFreeContext (sheet);
  xmlXPathFreeContext (strings);
  xmlXPathFreeContext (styles);
  xmlXPathFreeContext (core);
  xmlFreeDoc (sheet_doc);
  xmlFreeDoc (strings_doc);
  xmlFreeDoc (styles_doc);
  xmlFreeDoc (core_doc);
}

/* A number of the targets table, in a sheet: stored as a number with the
 * indicator's decimals; the sheet named after the table. */
static void
test_xlsx_targets (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "targets.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) targets = mp_store_list_targets (f->store, "VN-CT", 0, NULL);
  xmlDoc *sheet_doc, *book_doc;
  xmlXPathContext *sheet, *book;
  g_autofree char *name = NULL;
  guint n_rows = 0;
  guint checked = 0;

  g_assert_true (mp_table_export (f->store, MP_TABLE_KIND_TARGETS, "VN-CT", path, MP_TABLE_FORMAT_XLSX,
                                  &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, targets->len);
  sheet_doc = unzip_xml (path, "xl/worksheets/sheet1.xml");
  book_doc = unzip_xml (path, "xl/workbook.xml");
  sheet = xpath_context (sheet_doc);
  book = xpath_context (book_doc);

  name = xpath_string (book, "string(//s:sheet/@name)");
  g_assert_cmpstr (name, ==, mp_table_kind_title (MP_TABLE_KIND_TARGETS));
  g_assert_cmpfloat (xpath_number (sheet, "count(//s:sheetData/s:row)"), ==, n_rows + 1);

  /* Column F holds the target's value, column H the year. */
  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);
      g_autofree char *f_ref = g_strdup_printf ("F%u", i + 2);
      g_autofree char *h_ref = g_strdup_printf ("H%u", i + 2);
      char *value, *type, *style;

      cell (sheet, h_ref, &value, &type, &style);
      g_assert_cmpstr (type, ==, "");
      g_assert_cmpfloat (g_ascii_strtod (value, NULL), ==, ts->year);
      g_free (value), g_free (type), g_free (style);

      cell (sheet, f_ref, &value, &type, &style);
      if (isnan (ts->value))
        g_assert_cmpstr (value, ==, "");
      else
        {
          g_assert_cmpstr (type, ==, "");
          g_assert_cmpfloat_with_epsilon (g_ascii_strtod (value, NULL), ts->value, 1e-9);
          checked++;
        }
      g_free (value), g_free (type), g_free (style);
    }
  g_assert_cmpuint (checked, >, 0);

  xmlXPathFreeContext (sheet);
  xmlXPathFreeContext (book);
  xmlFreeDoc (sheet_doc);
  xmlFreeDoc (book_doc);
}

/* ---- Errors ------------------------------------------------------------- */

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d))
    n++;
  return n;
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", NULL);
  g_autofree char *path = g_build_filename (missing, "t.xlsx", NULL);
  g_autofree char *kept = g_build_filename (f->dir, "kept.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint before = count_entries (f->dir);
  guint n_rows = 7;

  for (int format = MP_TABLE_FORMAT_CSV; format <= MP_TABLE_FORMAT_XLSX; format++)
    {
      g_assert_false (mp_table_export (f->store, MP_TABLE_KIND_FACILITIES, NULL, path, format, &n_rows, &error));
      g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
      g_clear_error (&error);
    }
  g_assert_cmpuint (n_rows, ==, 7);

  /* A failed export leaves the existing file as it was, and nothing else. */
  g_file_set_contents (kept, "old", -1, &error);
  g_assert_no_error (error);
  before = count_entries (f->dir);
  g_assert_false (mp_table_export (f->store, MP_TABLE_KIND_TARGETS, "NO-SUCH-UNIT", kept, MP_TABLE_FORMAT_CSV,
                                   NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "NO-SUCH-UNIT"));
  g_clear_error (&error);
  contents = read_file (kept, NULL);
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_entries (f->dir), ==, before);

  /* A folder in the way of the file: the rename fails, the folder stays. */
  {
    g_autofree char *dir_path = g_build_filename (f->dir, "taken.xlsx", NULL);

    g_assert_cmpint (g_mkdir (dir_path, 0755), ==, 0);
    before = count_entries (f->dir);
    g_assert_false (mp_table_export (f->store, MP_TABLE_KIND_TRANSFERS, NULL, dir_path, MP_TABLE_FORMAT_XLSX,
                                     NULL, &error));
    g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
    g_assert_nonnull (strstr (error->message, dir_path));
    g_clear_error (&error);
    g_assert_true (g_file_test (dir_path, G_FILE_TEST_IS_DIR));
    g_assert_cmpuint (count_entries (f->dir), ==, before);
  }
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tables/names", test_names);
  ADD ("/tables/csv/sample", test_csv_sample);
  ADD ("/tables/csv/quoting", test_csv_quoting);
  ADD ("/tables/xlsx/training", test_xlsx);
  ADD ("/tables/xlsx/targets", test_xlsx_targets);
  ADD ("/tables/errors", test_errors);
  return g_test_run ();
}
