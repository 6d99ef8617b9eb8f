/* test-hardening.c — hostile and broken XML through mp_store_import on
 * real files: entity bombs, deep nesting, external entities and DTDs (no
 * network, no file read), invalid UTF-8, other encodings, truncated,
 * empty and binary files, non-finite and malformed numbers. Every refusal
 * must be fast, name its line, and leave the database exactly as it was
 * (row counts and a checksum of every row, PRAGMA integrity_check ok).
 *
 * Each case runs for the native format (named and auto-detected) and, with
 * the same hostile part in the same place, for ADX and DHIS2 roots. */
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "mp-error.h"
#include "mp-exchange.h"
#include "mp-schema.h"
#include "mp-store.h"
#include "mp-test-util.h"

/* Every refusal must come back within this time. */
#define MAX_REFUSAL_USEC G_USEC_PER_SEC

typedef struct {
  char    *dir;
  char    *db;
  MpStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("medplan-hardening-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "medplan.db", NULL);
  f->store = mp_store_open (f->db, MP_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  /* References resolve, and a changed row would show in the checksum. */
  g_assert_true (mp_store_load_sample (f->store, &error));
  g_assert_no_error (error);
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

/* ---- The database before and after ------------------------------------ */

typedef struct {
  gint64  rows[32];
  char   *checksum;   /* SHA-256 of every value of every table */
  char   *dump;       /* the same values as text, to search */
} Snapshot;

static void
snapshot_clear (Snapshot *s)
{
  g_free (s->checksum);
  g_free (s->dump);
}

static void
assert_integrity (sqlite3 *db)
{
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* Reads the whole database through a connection of its own, as another
 * program would see it, and checks its integrity. */
static Snapshot
snapshot (Fixture *f)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  GString *dump = g_string_new (NULL);
  Snapshot s = { { 0 }, NULL, NULL };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  assert_integrity (db);
  for (guint t = 0; mp_schema_tables[t]; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2, 3", mp_schema_tables[t]);
      sqlite3_stmt *stmt;

      g_assert_cmpuint (t, <, G_N_ELEMENTS (s.rows));
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (dump, "[%s]\n", mp_schema_tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          s.rows[t]++;
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *v = (const char *) sqlite3_column_text (stmt, c);
              g_string_append (dump, v ? v : "\\N");
              g_string_append_c (dump, c + 1 < sqlite3_column_count (stmt) ? '|' : '\n');
            }
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  g_checksum_update (sum, (const guchar *) dump->str, (gssize) dump->len);
  s.checksum = g_strdup (g_checksum_get_string (sum));
  s.dump = g_string_free (dump, FALSE);
  return s;
}

/* ---- Documents with a hostile part in a known place --------------------- */

typedef enum {
  DOC_NATIVE,
  DOC_ADX,
  DOC_DHIS2,
} DocKind;

typedef struct {
  const char *label;
  DocKind     kind;
  MpFormat    format;   /* as given to mp_store_import */
} Variant;

/* Each document is one observation of DOCTORS_PER_10K for VN-CT in 2025
 * (both in the sample). After PROLOG (which ends with a newline and has P
 * lines), the root is on line P + 2, the element with the value on line
 * P + 4 and the text on line P + 5 in every format. */
static const Variant variants[] = {
  { "native",       DOC_NATIVE, MP_FORMAT_NATIVE },
  { "native/auto",  DOC_NATIVE, MP_FORMAT_AUTO },
  { "adx/auto",     DOC_ADX,    MP_FORMAT_AUTO },
  { "adx",          DOC_ADX,    MP_FORMAT_ADX },
  { "dhis2/auto",   DOC_DHIS2,  MP_FORMAT_AUTO },
  { "dhis2",        DOC_DHIS2,  MP_FORMAT_DHIS2 },
};

static char *
make_doc (DocKind     kind,
          const char *encoding,
          const char *prolog,
          const char *value,
          const char *text)
{
  switch (kind)
    {
    case DOC_NATIVE:
      return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"%s\"?>\n"
                              "%s"
                              "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">\n"
                              "  <observations>\n"
                              "    <observation indicator=\"DOCTORS_PER_10K\" unit=\"VN-CT\" period=\"2025\" value=\"%s\">\n"
                              "      <comment>%s</comment>\n"
                              "    </observation>\n"
                              "  </observations>\n"
                              "</medplan>\n", encoding, prolog, value, text);
    case DOC_ADX:
      return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"%s\"?>\n"
                              "%s"
                              "<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2026-01-02T03:04:05Z\">\n"
                              "  <group orgUnit=\"VN-CT\" period=\"2025-01-01/P1Y\" dataSet=\"MEDPLAN\">\n"
                              "    <dataValue dataElement=\"DOCTORS_PER_10K\" value=\"%s\">\n"
                              "      <annotation>%s</annotation>\n"
                              "    </dataValue>\n"
                              "  </group>\n"
                              "</adx>\n", encoding, prolog, value, text);
    case DOC_DHIS2:
    default:
      /* DHIS2 keeps comments in an attribute: the text goes into the
       * comment of a second value, on the line after the first. */
      return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"%s\"?>\n"
                              "%s"
                              "<dataValueSet xmlns=\"http://dhis2.org/schema/dxf/2.0\">\n"
                              "  <!-- Medplan hardening test -->\n"
                              "  <dataValue dataElement=\"DOCTORS_PER_10K\" period=\"2025\" orgUnit=\"VN-CT\" value=\"%s\"/>\n"
                              "  <dataValue dataElement=\"NURSES_PER_10K\" period=\"2024\" orgUnit=\"VN-CT\" value=\"1\" comment=\"%s\"/>\n"
                              "</dataValueSet>\n", encoding, prolog, value, text);
    }
}

static int
count_lines (const char *text,
             gssize      len)
{
  int n = 0;

  for (gssize i = 0; i < len; i++)
    n += text[i] == '\n';
  return n;
}

/* Whether `message` has the shape NAME:LINE:COL: …; returns LINE or -1. */
static int
message_line (const char *message,
              const char *name)
{
  g_autofree char *prefix = g_strconcat (name, ":", NULL);
  const char *p;
  char *end;
  gint64 line;

  if (!g_str_has_prefix (message, prefix))
    return -1;
  p = message + strlen (prefix);
  line = g_ascii_strtoll (p, &end, 10);
  if (end == p || *end != ':' || !g_ascii_isdigit (end[1]))
    return -1;
  return (int) line;
}

/* Imports `contents` (written to a file called `name`) and asserts it is
 * refused within a second, with a first message of the shape
 * NAME:LINE:COL: … where line_lo <= LINE <= line_hi that holds `needle`
 * (if not NULL), and that the database is exactly as before and still
 * writable. Returns every message joined, for more checks. */
static char *
assert_refused (Fixture    *f,
                const char *name,
                const char *contents,
                gssize      len,
                MpFormat    format,
                int         line_lo,
                int         line_hi,
                const char *needle)
{
  g_autoptr(MpImportReport) report = mp_import_report_new (name);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  GString *all = g_string_new (NULL);
  Snapshot before, after;
  GPtrArray *messages;
  gint64 start, elapsed;
  gboolean ok;
  int line;

  if (len < 0)
    len = (gssize) strlen (contents);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));

  before = snapshot (f);
  start = g_get_monotonic_time ();
  ok = mp_store_import (f->store, path, format, FALSE, report, NULL, &error);
  elapsed = g_get_monotonic_time () - start;
  after = snapshot (f);

  messages = mp_import_report_get_messages (report);
  for (guint i = 0; i < messages->len; i++)
    {
      g_string_append (all, g_ptr_array_index (messages, i));
      g_string_append_c (all, '\n');
    }
  g_test_message ("%s (%s): %.3f s, %u problem(s): %s", name, mp_format_to_string (format), elapsed / 1e6,
                  mp_import_report_get_n_errors (report), all->len ? all->str : "(no message)\n");

  g_assert_false (ok);
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_cmpint (elapsed, <, MAX_REFUSAL_USEC);
  g_assert_cmpuint (mp_import_report_get_n_errors (report), >=, 1);
  g_assert_cmpuint (messages->len, >=, 1);
  for (guint i = 0; i < messages->len; i++)
    {
      const char *m = g_ptr_array_index (messages, i);

      /* FILE:LINE:COL: …, on one line of valid UTF-8 whatever the file held. */
      g_assert_cmpint (message_line (m, name), >=, 0);
      g_assert_true (g_utf8_validate (m, -1, NULL));
      g_assert_null (strpbrk (m, "\r\n"));
    }
  line = message_line (g_ptr_array_index (messages, 0), name);
  g_assert_cmpint (line, >=, line_lo);
  g_assert_cmpint (line, <=, line_hi);
  if (needle)
    g_assert_nonnull (strstr (g_ptr_array_index (messages, 0), needle));

  /* Nothing changed: the same rows, byte for byte. */
  for (guint t = 0; t < G_N_ELEMENTS (before.rows); t++)
    g_assert_cmpint (after.rows[t], ==, before.rows[t]);
  g_assert_cmpstr (after.checksum, ==, before.checksum);
  snapshot_clear (&before);
  snapshot_clear (&after);

  /* And no transaction or lock was left behind. */
  {
    g_autoptr(GError) set_error = NULL;
    g_assert_true (mp_store_set_observation (f->store, "DOCTORS_PER_10K", "VN-CT", "2199", 1, "hardening",
                                             &set_error));
    g_assert_no_error (set_error);
  }
  g_unlink (path);
  return g_string_free (all, FALSE);
}

/* Refuses the document built from these parts in every variant. The
 * message must be on line P + line_offset exactly, or, with line_offset 0,
 * anywhere from the first line of the prolog to the end of the file. */
static void
refuse_all (Fixture    *f,
            const char *name,
            const char *prolog,
            const char *value,
            const char *text,
            int         line_offset,
            const char *needle)
{
  int p = count_lines (prolog, (gssize) strlen (prolog));

  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      g_autofree char *doc = make_doc (variants[v].kind, "UTF-8", prolog, value, text);
      g_autofree char *file = g_strdup_printf ("%s-%u.xml", name, v);
      g_autofree char *all = NULL;
      int lo = line_offset ? p + line_offset : 1;
      int hi = line_offset ? p + line_offset : count_lines (doc, (gssize) strlen (doc)) + 1;

      g_test_message ("variant %s", variants[v].label);
      all = assert_refused (f, file, doc, -1, variants[v].format, lo, hi, needle);
    }
}

/* ---- The positive control ------------------------------------------------ */

/* The documents the hostile cases are built from import cleanly, so each
 * refusal below is caused by its hostile part. */
static void
test_template_valid (Fixture       *f,
                     gconstpointer  data)
{
  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      g_autofree char *doc = make_doc (variants[v].kind, "UTF-8", "", "14.8", "ghi chú");
      g_autofree char *path = g_build_filename (f->dir, "valid.xml", NULL);
      g_autoptr(MpImportReport) report = mp_import_report_new ("valid.xml");
      g_autoptr(GError) error = NULL;
      double value = 0;
      MpValueSource source;

      g_test_message ("variant %s", variants[v].label);
      g_assert_true (mp_store_set_observation (f->store, "DOCTORS_PER_10K", "VN-CT", "2025", 1, NULL, &error));
      g_assert_true (g_file_set_contents (path, doc, -1, NULL));
      g_assert_true (mp_store_import (f->store, path, variants[v].format, FALSE, report, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (mp_import_report_get_n_errors (report), ==, 0);
      g_assert_cmpuint (mp_import_report_get_counts (report, MP_TABLE_OBSERVATION)->updated, ==, 1);
      /* DHIS2's second value (NURSES_PER_10K 2024) is new the first time. */
      g_assert_cmpuint (mp_import_report_get_counts (report, MP_TABLE_OBSERVATION)->added, <=,
                        variants[v].kind == DOC_DHIS2 ? 1 : 0);
      g_assert_true (mp_store_get_value (f->store, "DOCTORS_PER_10K", "VN-CT", "2025", &value, &source,
                                         NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (value, ==, 14.8);
    }
}

/* ---- Entities and DTDs --------------------------------------------------- */

static const char bomb_prolog[] =
  "<!DOCTYPE medplan [\n"
  "  <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
  "  <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
  "  <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
  "  <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
  "  <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
  "  <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
  "  <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
  "  <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
  "  <!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n"
  "  <!ENTITY j \"&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;\">\n"
  "]>\n";

/* 64 × 16^9 bytes (4 TiB) if expanded, referenced in an attribute and in
 * text. */
static void
test_entity_bomb (Fixture       *f,
                  gconstpointer  data)
{
  refuse_all (f, "bomb", bomb_prolog, "&j;", "&j;&j;", 0, NULL);
  /* Only in text, with a value that is fine. */
  refuse_all (f, "bomb-text", bomb_prolog, "14.8", "&j;", 0, NULL);
}

/* Also without any DTD: an undeclared entity is not well-formed. */
static void
test_undeclared_entity (Fixture       *f,
                        gconstpointer  data)
{
  refuse_all (f, "undeclared", "", "14.8", "&nothere;", 5, NULL);
}

/* A socket on the loopback that nobody may connect to during a parse. */
typedef struct {
  GSocket *socket;
  guint16  port;
} Trap;

static Trap
trap_open (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) lo = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (lo, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  Trap t;

  t.socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (t.socket, any, TRUE, &error));
  g_assert_true (g_socket_listen (t.socket, &error));
  g_assert_no_error (error);
  bound = g_socket_get_local_address (t.socket, &error);
  g_assert_no_error (error);
  t.port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_set_blocking (t.socket, FALSE);
  return t;
}

/* Nobody connected. */
static void
trap_close (Trap *t)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) peer = g_socket_accept (t->socket, NULL, &error);

  g_assert_null (peer);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
  g_clear_object (&t->socket);
}

static char *
first_line_of (const char *path)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  contents[strcspn (contents, "\n")] = '\0';
  return strlen (contents) >= 8 ? g_strdup (contents) : NULL;
}

static void
test_external_entity (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *secret = first_line_of ("/etc/passwd");
  Trap trap = trap_open ();
  g_autofree char *http_prolog = g_strdup_printf ("<!DOCTYPE medplan [\n"
                                                  "  <!ENTITY x SYSTEM \"http://127.0.0.1:%u/x.xml\">\n"
                                                  "]>\n", trap.port);
  g_autofree char *param_prolog = g_strdup_printf ("<!DOCTYPE medplan [\n"
                                                   "  <!ENTITY %% p SYSTEM \"http://127.0.0.1:%u/p.dtd\">\n"
                                                   "  %%p;\n"
                                                   "]>\n", trap.port);
  static const char file_prolog[] =
    "<!DOCTYPE medplan [\n"
    "  <!ENTITY x SYSTEM \"file:///etc/passwd\">\n"
    "]>\n";

  g_assert_nonnull (secret);
  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      const char *prologs[] = { file_prolog, http_prolog, param_prolog };

      g_test_message ("variant %s", variants[v].label);
      for (guint i = 0; i < G_N_ELEMENTS (prologs); i++)
        {
          g_autofree char *doc = make_doc (variants[v].kind, "UTF-8", prologs[i], "14.8", "&x;");
          g_autofree char *all = assert_refused (f, "external.xml", doc, -1, variants[v].format,
                                                 1, count_lines (doc, (gssize) strlen (doc)) + 1, NULL);
          Snapshot s = snapshot (f);

          g_assert_null (strstr (all, secret));
          g_assert_null (strstr (s.dump, secret));
          snapshot_clear (&s);
        }
    }
  trap_close (&trap);
}

/* An external DTD is never fetched: no connection, no waiting for one. */
static void
test_external_dtd (Fixture       *f,
                   gconstpointer  data)
{
  Trap trap = trap_open ();
  g_autofree char *local = g_strdup_printf ("<!DOCTYPE medplan SYSTEM \"http://127.0.0.1:%u/x.dtd\">\n", trap.port);
  g_autofree char *public = g_strdup_printf ("<!DOCTYPE medplan PUBLIC \"-//Medplan//DTD Test//EN\""
                                             " \"http://127.0.0.1:%u/x.dtd\">\n", trap.port);

  refuse_all (f, "dtd-invalid", "<!DOCTYPE medplan SYSTEM \"http://example.invalid/x.dtd\">\n", "14.8", "ok", 0, NULL);
  refuse_all (f, "dtd-local", local, "14.8", "ok", 0, NULL);
  refuse_all (f, "dtd-public", public, "14.8", "ok", 0, NULL);
  refuse_all (f, "dtd-file", "<!DOCTYPE medplan SYSTEM \"/etc/passwd\">\n", "14.8", "ok", 0, NULL);
  trap_close (&trap);
}

/* ---- Size and shape ------------------------------------------------------- */

#define DEEP_LEVELS 200000

static char *
make_deep (DocKind kind,
           gsize  *len)
{
  static const char * const roots[] = {
    "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\">",
    "<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2026-01-02T03:04:05Z\">",
    "<dataValueSet xmlns=\"http://dhis2.org/schema/dxf/2.0\">",
  };
  static const char * const ends[] = { "</medplan>\n", "</adx>\n", "</dataValueSet>\n" };
  GString *s = g_string_sized_new (DEEP_LEVELS * 8);

  g_string_append (s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append (s, roots[kind]);
  g_string_append_c (s, '\n');
  for (int i = 0; i < DEEP_LEVELS; i++)
    g_string_append (s, "<a>\n");
  for (int i = 0; i < DEEP_LEVELS; i++)
    g_string_append (s, "</a>");
  g_string_append_c (s, '\n');
  g_string_append (s, ends[kind]);
  *len = s->len;
  return g_string_free (s, FALSE);
}

/* 200,000 levels: refused near the top, long before the end. */
static void
test_deep_nesting (Fixture       *f,
                   gconstpointer  data)
{
  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      gsize len;
      g_autofree char *doc = make_deep (variants[v].kind, &len);
      g_autofree char *all = NULL;

      g_test_message ("variant %s", variants[v].label);
      all = assert_refused (f, "deep.xml", doc, (gssize) len, variants[v].format, 2, 300, NULL);
    }
}

/* ---- Bytes and encodings -------------------------------------------------- */

static void
test_invalid_utf8 (Fixture       *f,
                   gconstpointer  data)
{
  /* In an attribute (line P + 4) and in text (line P + 5): a broken
   * sequence, a lone continuation byte, an overlong "/", a surrogate. */
  refuse_all (f, "utf8-attr", "", "1\xC3\x28", "ok", 4, NULL);
  refuse_all (f, "utf8-attr-surrogate", "", "1\xED\xA0\x80", "ok", 4, NULL);
  refuse_all (f, "utf8-text", "", "14.8", "bad \xFF\xFE bytes", 5, NULL);
  refuse_all (f, "utf8-text-cont", "", "14.8", "b\x80", 5, NULL);
  refuse_all (f, "utf8-text-overlong", "", "14.8", "\xC0\xAF", 5, NULL);
}

static void
test_other_encoding (Fixture       *f,
                     gconstpointer  data)
{
  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      /* Plain ASCII, which would read the same: still refused. */
      g_autofree char *ascii = make_doc (variants[v].kind, "ISO-8859-1", "", "14.8", "ok");
      /* "é" in Latin-1. */
      g_autofree char *latin1 = make_doc (variants[v].kind, "ISO-8859-1", "", "14.8", "caf\xE9");
      g_autofree char *utf16_text = make_doc (variants[v].kind, "UTF-16", "", "14.8", "ok");
      g_autoptr(GError) error = NULL;
      gsize len = 0;
      g_autofree char *utf16 = g_convert (utf16_text, -1, "UTF-16LE", "UTF-8", NULL, &len, &error);
      g_autofree char *with_bom = g_malloc (len + 2);
      g_autofree char *a = NULL, *b = NULL, *c = NULL;

      g_assert_no_error (error);
      with_bom[0] = '\xFF';
      with_bom[1] = '\xFE';
      memcpy (with_bom + 2, utf16, len);

      g_test_message ("variant %s", variants[v].label);
      a = assert_refused (f, "latin1.xml", ascii, -1, variants[v].format, 1, 2, "ISO-8859-1");
      b = assert_refused (f, "latin1.xml", latin1, -1, variants[v].format, 1, 2, "ISO-8859-1");
      c = assert_refused (f, "utf16.xml", with_bom, (gssize) len + 2, variants[v].format, 1, 2, "UTF-16");
    }
}

/* ---- Broken files ---------------------------------------------------------- */

static void
test_broken_files (Fixture       *f,
                   gconstpointer  data)
{
  guchar garbage[4096];

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (guchar) g_test_rand_int_range (0, 256);
  garbage[0] = 0x7f;  /* no accidental "<" first */

  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      g_autofree char *doc = make_doc (variants[v].kind, "UTF-8", "", "14.8", "ok");
      int n_lines = count_lines (doc, (gssize) strlen (doc));
      g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL, *g = NULL;

      g_test_message ("variant %s", variants[v].label);
      /* Cut in the middle of the value's element, and just before the end. */
      a = assert_refused (f, "truncated.xml", doc, (gssize) (strstr (doc, "value=") - doc) + 3,
                          variants[v].format, 4, 5, NULL);
      b = assert_refused (f, "truncated.xml", doc, (gssize) strlen (doc) - 3, variants[v].format,
                          n_lines - 1, n_lines + 1, NULL);
      c = assert_refused (f, "letter.xml", "Kính gửi Sở Y tế,\nđây không phải XML.\n", -1,
                          variants[v].format, 1, 3, NULL);
      d = assert_refused (f, "empty.xml", "", 0, variants[v].format, 0, 1, NULL);
      e = assert_refused (f, "garbage.bin", (const char *) garbage, sizeof garbage, variants[v].format,
                          0, count_lines ((const char *) garbage, sizeof garbage) + 1, NULL);
      /* A declaration and nothing else. */
      g = assert_refused (f, "decl-only.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", -1,
                          variants[v].format, 1, 2, NULL);
    }
}

/* A file that is not there is an error, not a crash; nothing is written. */
static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "absent.xml", NULL);
  g_autoptr(MpImportReport) report = mp_import_report_new ("absent.xml");
  g_autoptr(GError) error = NULL;
  Snapshot before = snapshot (f), after;

  g_assert_false (mp_store_import (f->store, path, MP_FORMAT_AUTO, FALSE, report, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "absent.xml"));
  after = snapshot (f);
  g_assert_cmpstr (after.checksum, ==, before.checksum);
  snapshot_clear (&before);
  snapshot_clear (&after);
}

/* ---- Numbers --------------------------------------------------------------- */

static void
test_bad_numbers (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const bad[] = {
    "NaN", "nan", "-NaN", "INF", "inf", "-Infinity", "1e400", "-1e400", "1,5", "14,8",
    "0x10", " 14.8", "14.8 ", "1.5.2", "--1", "1e", "e5", "mười",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *name = g_strdup_printf ("number-%u", i);
      g_autofree char *quoted = g_strdup_printf ("“%s”", bad[i]);

      g_test_message ("value “%s”", bad[i]);
      refuse_all (f, name, "", bad[i], "ok", 4, quoted);
    }
}

int
main (int    argc,
      char **argv)
{
  /* Vietnamese messages (tests/meson.build sets LANGUAGE=vi). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/hardening/template-valid", test_template_valid);
  ADD ("/hardening/entity-bomb", test_entity_bomb);
  ADD ("/hardening/undeclared-entity", test_undeclared_entity);
  ADD ("/hardening/external-entity", test_external_entity);
  ADD ("/hardening/external-dtd", test_external_dtd);
  ADD ("/hardening/deep-nesting", test_deep_nesting);
  ADD ("/hardening/invalid-utf8", test_invalid_utf8);
  ADD ("/hardening/other-encoding", test_other_encoding);
  ADD ("/hardening/broken-files", test_broken_files);
  ADD ("/hardening/missing-file", test_missing_file);
  ADD ("/hardening/bad-numbers", test_bad_numbers);
#undef ADD

  return g_test_run ();
}
