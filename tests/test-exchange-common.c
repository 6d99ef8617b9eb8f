/* test-exchange-common.c — what every format shares: the report and its
 * FILE:LINE:COL messages, format detection, canonical numbers and the
 * deterministic, atomic writer. */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "mp-exchange-private.h"
#include "mp-test-util.h"

static char *
tmp_dir (void)
{
  char *dir = g_dir_make_tmp ("medplan-xc-XXXXXX", NULL);
  g_assert_nonnull (dir);
  return dir;
}


static void
test_canonical (void)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  struct { double v; const char *text; } cases[] = {
    { 14.8, "14.8" }, { 19, "19" }, { 0.1, "0.1" }, { 43.6, "43.6" }, { -2.5, "-2.5" },
    { 1e-7, "1e-07" }, { 1234567, "1234567" }, { 0.30000000000000004, "0.30000000000000004" },
    { 168.5, "168.5" }, { 1.0 / 3, "0.3333333333333333" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (mp_format_canonical (buf, cases[i].v), ==, cases[i].text);
      g_assert_cmpfloat (g_ascii_strtod (buf, NULL), ==, cases[i].v);
    }
}

static void
test_report (void)
{
  g_autoptr(MpImportReport) report = mp_import_report_new ("a.xml");
  g_autofree char *summary = NULL;
  MpCounts total;

  g_assert_cmpuint (mp_import_report_get_n_errors (report), ==, 0);
  for (int i = 1; i <= 60; i++)
    mp_import_report_error (report, i, 3, "problem %d", i);
  g_assert_cmpuint (mp_import_report_get_n_errors (report), ==, 60);
  g_assert_cmpuint (mp_import_report_get_messages (report)->len, ==, MP_IMPORT_MAX_MESSAGES);
  /* The shape compilers use, which editors read. */
  g_assert_cmpstr (g_ptr_array_index (mp_import_report_get_messages (report), 0), ==, "a.xml:1:3: error: problem 1");
  g_assert_cmpstr (g_ptr_array_index (mp_import_report_get_messages (report), 49), ==, "a.xml:50:3: error: problem 50");

  mp_import_report_add (report, MP_TABLE_OBSERVATION, MP_MERGE_ADDED);
  mp_import_report_add (report, MP_TABLE_OBSERVATION, MP_MERGE_ADDED);
  mp_import_report_add (report, MP_TABLE_UNIT, MP_MERGE_UPDATED);
  mp_import_report_add (report, MP_TABLE_UNIT, MP_MERGE_UNCHANGED);
  mp_import_report_add (report, MP_TABLE_UNIT, MP_MERGE_FAILED);
  total = mp_import_report_get_total (report);
  g_assert_cmpuint (total.added, ==, 2);
  g_assert_cmpuint (total.updated, ==, 1);
  g_assert_cmpuint (total.unchanged, ==, 1);
  g_assert_cmpuint (mp_import_report_get_counts (report, MP_TABLE_OBSERVATION)->added, ==, 2);
  summary = mp_import_report_summary (report);
  g_assert_nonnull (strstr (summary, "2"));
}

static void
test_format_names (void)
{
  MpFormat f;

  for (MpFormat i = MP_FORMAT_AUTO; i <= MP_FORMAT_DHIS2; i++)
    {
      g_assert_true (mp_format_from_string (mp_format_to_string (i), &f));
      g_assert_cmpint (f, ==, i);
    }
  g_assert_false (mp_format_from_string ("csv", &f));
  g_assert_false (mp_format_from_string (NULL, &f));
  g_assert_cmpstr (mp_table_to_string (MP_TABLE_OBSERVATION), ==, "observation");
}

static void
test_writer (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  MpXmlWriter *w = mp_xml_writer_new (path, &error);
  const char *expected =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<root a=\"x &amp; &lt;y&gt; &quot;z&quot;&#10;\" n=\"14.8\" i=\"-3\">\n"
    "  <empty/>\n"
    "  <name xml:lang=\"vi\">Cần Thơ &amp; &lt;b&gt; \"q\"</name>\n"
    "  <list>\n"
    "    <item k=\"1\"/>\n"
    "  </list>\n"
    "</root>\n";

  g_assert_no_error (error);
  mp_xml_writer_open (w, "root");
  mp_xml_writer_attr (w, "a", "x & <y> \"z\"\n");
  mp_xml_writer_attr (w, "skipped", NULL);
  mp_xml_writer_attr_double (w, "n", 14.8);
  mp_xml_writer_attr_double (w, "nan", NAN);
  mp_xml_writer_attr_int (w, "i", -3);
  mp_xml_writer_open (w, "empty");
  mp_xml_writer_close (w);
  mp_xml_writer_text_element (w, "name", "vi", "Cần Thơ & <b> \"q\"");
  mp_xml_writer_text_element (w, "none", "vi", "");
  mp_xml_writer_open (w, "list");
  mp_xml_writer_open (w, "item");
  mp_xml_writer_attr (w, "k", "1");
  mp_xml_writer_close (w);
  mp_xml_writer_close (w);
  mp_xml_writer_close (w);

  /* Nothing at the destination until it is finished. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (mp_xml_writer_finish (w, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);

  /* An aborted export leaves nothing behind. */
  g_unlink (path);
  w = mp_xml_writer_new (path, &error);
  mp_xml_writer_open (w, "root");
  mp_xml_writer_abort (w);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    g_assert_null (g_dir_read_name (d));
  }
  mp_test_remove_tree (dir);
}

static void
test_writer_unwritable (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (mp_xml_writer_new ("/nonexistent-dir/out.xml", &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "/nonexistent-dir/out.xml"));
}

/* A file that is none of the three formats is refused with its place. */
static void
test_detect_unknown_root (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "m.db", NULL);
  g_autofree char *xml = g_build_filename (dir, "other.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (db, MP_STORE_OPEN_CREATE, &error);
  g_autoptr(MpImportReport) report = mp_import_report_new ("other.xml");

  g_assert_true (g_file_set_contents (xml, "<?xml version=\"1.0\"?>\n<!-- x -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>\n",
                                      -1, NULL));
  g_assert_false (mp_store_import (store, xml, MP_FORMAT_AUTO, FALSE, report, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_cmpuint (mp_import_report_get_n_errors (report), ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (mp_import_report_get_messages (report), 0), "other.xml:3:"));
  g_assert_nonnull (strstr (g_ptr_array_index (mp_import_report_get_messages (report), 0), "html"));

  /* A DHIS2 document that is not a dataValueSet. */
  g_clear_error (&error);
  g_clear_pointer (&report, mp_import_report_free);
  report = mp_import_report_new ("other.xml");
  g_assert_true (g_file_set_contents (xml, "<metadata xmlns=\"http://dhis2.org/schema/dxf/2.0\"/>", -1, NULL));
  g_assert_false (mp_store_import (store, xml, MP_FORMAT_AUTO, FALSE, report, NULL, &error));
  g_assert_cmpuint (mp_import_report_get_n_errors (report), ==, 1);

  /* No such file. */
  g_clear_error (&error);
  g_assert_false (mp_store_import (store, "/nonexistent.xml", MP_FORMAT_AUTO, FALSE, report, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "/nonexistent.xml"));

  g_clear_object (&store);
  mp_test_remove_tree (dir);
}

/* Cancelling stops an import and changes nothing. */
static void
test_cancel (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "m.db", NULL);
  g_autofree char *xml = g_build_filename (dir, "x.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = mp_store_open (db, MP_STORE_OPEN_CREATE, &error);
  g_autoptr(MpImportReport) report = mp_import_report_new ("x.xml");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_assert_true (g_file_set_contents (xml, "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\"/>", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (mp_store_import (store, xml, MP_FORMAT_AUTO, FALSE, report, cancellable, &error));
  g_assert_nonnull (error);
  g_assert_true (mp_store_is_empty (store));
  g_clear_object (&store);
  mp_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/exchange/canonical-numbers", test_canonical);
  g_test_add_func ("/exchange/report", test_report);
  g_test_add_func ("/exchange/format-names", test_format_names);
  g_test_add_func ("/exchange/writer", test_writer);
  g_test_add_func ("/exchange/writer-unwritable", test_writer_unwritable);
  g_test_add_func ("/exchange/detect-unknown-root", test_detect_unknown_root);
  g_test_add_func ("/exchange/cancel", test_cancel);
  return g_test_run ();
}
