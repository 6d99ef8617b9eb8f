/* mp-native-export.c — writes the store in the native format
 * (data/medplan-1.xsd): every section in a fixed order, rows sorted by
 * their codes, numbers in canonical C form, so two exports of the same
 * data are the same bytes apart from the `exported` time.
 *
 * One prepared statement per section. A unit filter first collects the
 * ids of the rows to write (and of every row they refer to) into
 * temporary tables; without a filter the sections are plain scans. */
#include "mp-native-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

typedef struct {
  MpStore              *store;
  MpXmlWriter          *w;
  const MpExportFilter *filter;
  GCancellable         *cancellable;
  gboolean              by_unit;   /* the temp.mp_x_* tables hold the selection */
  const char           *section;   /* the section element to open before the first row */
  gboolean              open;      /* `section` was opened */
} Exporter;

/* ---- Writing ---------------------------------------------------------- */

/* Prepares the query of a section: `sql` with "%s" replaced by `where`
 * when the export is by unit, by nothing otherwise. */
static sqlite3_stmt *
prepare_section (Exporter    *ex,
                 const char  *sql,
                 const char  *where,
                 GError     **error)
{
  const char *hole = strstr (sql, "%s");
  g_autofree char *head = g_strndup (sql, (gsize) (hole - sql));
  g_autofree char *full = g_strconcat (head, ex->by_unit ? where : "", hole + 2, NULL);

  return mp_store_prepare (ex->store, full, error);
}

/* Opens the section element before its first row, so that an empty
 * section is not written at all. */
static void
begin_section (Exporter   *ex,
               const char *name)
{
  ex->section = name;
  ex->open = FALSE;
}

static void
row (Exporter   *ex,
     const char *element)
{
  if (!ex->open)
    {
      mp_xml_writer_open (ex->w, ex->section);
      ex->open = TRUE;
    }
  mp_xml_writer_open (ex->w, element);
}

static void
end_section (Exporter *ex)
{
  if (ex->open)
    mp_xml_writer_close (ex->w);
  ex->open = FALSE;
}

static inline const char *
col_text (sqlite3_stmt *stmt,
          int           col)
{
  return (const char *) sqlite3_column_text (stmt, col);
}

static void
attr_text (Exporter     *ex,
           const char   *name,
           sqlite3_stmt *stmt,
           int           col)
{
  mp_xml_writer_attr (ex->w, name, col_text (stmt, col));
}

static void
attr_int (Exporter     *ex,
          const char   *name,
          sqlite3_stmt *stmt,
          int           col)
{
  if (sqlite3_column_type (stmt, col) != SQLITE_NULL)
    mp_xml_writer_attr_int (ex->w, name, sqlite3_column_int64 (stmt, col));
}

static void
attr_double (Exporter     *ex,
             const char   *name,
             sqlite3_stmt *stmt,
             int           col)
{
  if (sqlite3_column_type (stmt, col) != SQLITE_NULL)
    mp_xml_writer_attr_double (ex->w, name, sqlite3_column_double (stmt, col));
}

static void
child_text (Exporter     *ex,
            const char   *name,
            sqlite3_stmt *stmt,
            int           col)
{
  mp_xml_writer_text_element (ex->w, name, NULL, col_text (stmt, col));
}

/* <name xml:lang="vi">…</name><name xml:lang="en">…</name> */
static void
names (Exporter     *ex,
       const char   *name,
       sqlite3_stmt *stmt,
       int           col_vi)
{
  mp_xml_writer_text_element (ex->w, name, "vi", col_text (stmt, col_vi));
  mp_xml_writer_text_element (ex->w, name, "en", col_text (stmt, col_vi + 1));
}

/* Steps a section's statement; FALSE at its end or on an error. */
static gboolean
next_row (Exporter      *ex,
          sqlite3_stmt  *stmt,
          gboolean      *failed,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE && !*failed)
    {
      mp_sqlite_error (error, ex->store->db, rc, _("Cannot export"));
      *failed = TRUE;
    }
  return FALSE;
}

static gboolean
cancelled (Exporter  *ex,
           GError   **error)
{
  return g_cancellable_set_error_if_cancelled (ex->cancellable, error);
}

static gboolean
write_documents (Exporter  *ex,
                 GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  stmt = prepare_section (ex,
                          "SELECT code, kind, number, issued, title_vi, title_en, issuer, dating, note"
                          " FROM document %s ORDER BY code",
                          "WHERE id IN temp.mp_x_document", error);
  if (stmt == NULL)
    return FALSE;
  begin_section (ex, "documents");
  while (next_row (ex, stmt, &failed, error))
    {
      row (ex, "document");
      attr_text (ex, "code", stmt, 0);
      attr_text (ex, "kind", stmt, 1);
      attr_text (ex, "number", stmt, 2);
      attr_text (ex, "issued", stmt, 3);
      names (ex, "title", stmt, 4);
      child_text (ex, "issuer", stmt, 6);
      child_text (ex, "dating", stmt, 7);
      child_text (ex, "note", stmt, 8);
      mp_xml_writer_close (ex->w);
    }
  sqlite3_finalize (stmt);
  end_section (ex);
  return !failed;
}

static gboolean
write_units (Exporter  *ex,
             GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  stmt = prepare_section (ex,
                          "SELECT u.code, u.level, p.code, u.valid_from, u.valid_to, u.name_vi, u.name_en, u.note"
                          " FROM unit u LEFT JOIN unit p ON p.id = u.parent_id %s"
                          " ORDER BY CASE u.level WHEN 'country' THEN 0 WHEN 'region' THEN 1"
                          " WHEN 'province' THEN 2 WHEN 'district' THEN 3 ELSE 4 END, u.code",
                          "WHERE u.id IN temp.mp_x_unit", error);
  if (stmt == NULL)
    return FALSE;
  begin_section (ex, "units");
  while (next_row (ex, stmt, &failed, error))
    {
      row (ex, "unit");
      attr_text (ex, "code", stmt, 0);
      attr_text (ex, "level", stmt, 1);
      attr_text (ex, "parent", stmt, 2);
      attr_text (ex, "valid-from", stmt, 3);
      attr_text (ex, "valid-to", stmt, 4);
      names (ex, "name", stmt, 5);
      child_text (ex, "note", stmt, 7);
      mp_xml_writer_close (ex->w);
    }
  sqlite3_finalize (stmt);
  if (failed)
    return FALSE;

  stmt = prepare_section (ex,
                          "SELECT f.code, t.code, s.date, s.share FROM unit_succession s"
                          " JOIN unit f ON f.id = s.from_unit_id JOIN unit t ON t.id = s.to_unit_id %s"
                          " ORDER BY f.code, t.code",
                          "WHERE s.from_unit_id IN temp.mp_x_sub OR s.to_unit_id IN temp.mp_x_sub", error);
  if (stmt == NULL)
    return FALSE;
  while (next_row (ex, stmt, &failed, error))
    {
      row (ex, "succession");
      attr_text (ex, "from", stmt, 0);
      attr_text (ex, "to", stmt, 1);
      attr_text (ex, "date", stmt, 2);
      attr_double (ex, "share", stmt, 3);
      mp_xml_writer_close (ex->w);
    }
  sqlite3_finalize (stmt);
  end_section (ex);
  return !failed;
}

static gboolean
write_populations (Exporter  *ex,
                   GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  stmt = prepare_section (ex,
                          "SELECT u.code, p.year, p.persons, p.source FROM population p"
                          " JOIN unit u ON u.id = p.unit_id %s ORDER BY u.code, p.year",
                          "WHERE p.unit_id IN temp.mp_x_sub", error);
  if (stmt == NULL)
    return FALSE;
  begin_section (ex, "populations");
  while (next_row (ex, stmt, &failed, error))
    {
      row (ex, "population");
      attr_text (ex, "unit", stmt, 0);
      attr_int (ex, "year", stmt, 1);
      attr_int (ex, "persons", stmt, 2);
      attr_text (ex, "source", stmt, 3);
      mp_xml_writer_close (ex->w);
    }
  sqlite3_finalize (stmt);
  end_section (ex);
  return !failed;
}

static gboolean
write_indicators (Exporter  *ex,
                  GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  stmt = prepare_section (ex,
                          "SELECT code, measure, direction, decimals, formula, name_vi, name_en, note"
                          " FROM indicator %s ORDER BY code",
                          "WHERE id IN temp.mp_x_indicator", error);
  if (stmt == NULL)
    return FALSE;
  begin_section (ex, "indicators");
  while (next_row (ex, stmt, &failed, error))
    {
      row (ex, "indicator");
      attr_text (ex, "code", stmt, 0);
      attr_text (ex, "measure", stmt, 1);
      attr_text (ex, "direction", stmt, 2);
      attr_int (ex, "decimals", stmt, 3);
      attr_text (ex, "formula", stmt, 4);
      names (ex, "name", stmt, 5);
      child_text (ex, "note", stmt, 7);
      mp_xml_writer_close (ex->w);
    }
  sqlite3_finalize (stmt);
  end_section (ex);
  return !failed;
}

static gboolean
write_targets (Exporter  *ex,
               GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  stmt = prepare_section (ex,
                          "SELECT i.code, u.code, t.year, d.code, t.comparator, t.value, t.value_high,"
                          " t.baseline_year, t.baseline_value, t.quote, t.dating, t.note"
                          " FROM target t JOIN indicator i ON i.id = t.indicator_id"
                          " JOIN unit u ON u.id = t.unit_id LEFT JOIN document d ON d.id = t.document_id %s"
                          " ORDER BY i.code, u.code, t.year, d.code",
                          "WHERE t.id IN temp.mp_x_target", error);
  if (stmt == NULL)
    return FALSE;
  begin_section (ex, "targets");
  while (next_row (ex, stmt, &failed, error))
    {
      row (ex, "target");
      attr_text (ex, "indicator", stmt, 0);
      attr_text (ex, "unit", stmt, 1);
      attr_int (ex, "year", stmt, 2);
      attr_text (ex, "document", stmt, 3);
      attr_text (ex, "comparator", stmt, 4);
      attr_double (ex, "value", stmt, 5);
      attr_double (ex, "value-high", stmt, 6);
      attr_int (ex, "baseline-year", stmt, 7);
      attr_double (ex, "baseline-value", stmt, 8);
      child_text (ex, "quote", stmt, 9);
      child_text (ex, "dating", stmt, 10);
      child_text (ex, "note", stmt, 11);
      mp_xml_writer_close (ex->w);
    }
  sqlite3_finalize (stmt);
  end_section (ex);
  return !failed;
}

/* Observations come by the million: they are written in the order of
 * (indicator code, unit code, period) without asking SQLite to sort them
 * (a sort of that size spills to temporary files and costs more than the
 * whole export). The primary key (indicator_id, unit_id, period) already
 * holds each indicator's rows by unit id and period; when unit ids follow
 * the order of unit codes (as after an import) one scan per indicator is
 * in order. Otherwise each indicator's units are put in code order in
 * memory and read one by one through the key. */
typedef struct {
  gint64 *ids;      /* units in code order */
  char  **codes;
  guint   n;
  gboolean in_order; /* ids ascending too */
} UnitOrder;

static void
unit_order_clear (UnitOrder *u)
{
  for (guint i = 0; i < u->n; i++)
    g_free (u->codes[i]);
  g_free (u->codes);
  g_free (u->ids);
}

static gboolean
unit_order_load (Exporter   *ex,
                 UnitOrder  *u,
                 GError    **error)
{
  sqlite3_stmt *stmt = prepare_section (ex, "SELECT id, code FROM unit %s ORDER BY code",
                                        "WHERE id IN temp.mp_x_sub", error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *codes = g_ptr_array_new ();
  gboolean failed = FALSE;

  if (stmt == NULL)
    return FALSE;
  u->in_order = TRUE;
  while (next_row (ex, stmt, &failed, error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      if (ids->len > 0 && id <= g_array_index (ids, gint64, ids->len - 1))
        u->in_order = FALSE;
      g_array_append_val (ids, id);
      g_ptr_array_add (codes, g_strdup (col_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  u->n = ids->len;
  u->ids = (gint64 *) g_array_free (ids, FALSE);
  u->codes = (char **) g_ptr_array_free (codes, FALSE);
  return !failed;
}

typedef struct {
  gint64 id;
  guint  rank;
} UnitRank;

static int
compare_id (gconstpointer a,
            gconstpointer b)
{
  gint64 x = ((const UnitRank *) a)->id, y = ((const UnitRank *) b)->id;
  return x < y ? -1 : x > y;
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

/* Writes one observation: columns period, value, source, comment,
 * updated_at from `col`. */
static void
write_observation (Exporter     *ex,
                   const char   *indicator,
                   const char   *unit,
                   sqlite3_stmt *stmt,
                   int           col)
{
  row (ex, "observation");
  mp_xml_writer_attr (ex->w, "indicator", indicator);
  mp_xml_writer_attr (ex->w, "unit", unit);
  attr_text (ex, "period", stmt, col);
  attr_double (ex, "value", stmt, col + 1);
  attr_text (ex, "source", stmt, col + 2);
  attr_text (ex, "updated-at", stmt, col + 4);
  child_text (ex, "comment", stmt, col + 3);
  mp_xml_writer_close (ex->w);
}

static gboolean
write_observations (Exporter  *ex,
                    GError   **error)
{
  const char *period = ex->filter->period;
  UnitOrder units = { 0 };
  UnitRank *by_id = NULL;
  GArray *ranks = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *indicators = NULL, *scan = NULL, *distinct = NULL, *pair = NULL;
  gboolean failed = FALSE;
  guint n = 0;

  if (!unit_order_load (ex, &units, error))
    goto fail;
  indicators = mp_store_prepare (ex->store, "SELECT id, code FROM indicator ORDER BY code", error);
  if (indicators == NULL)
    goto fail;
  if (units.in_order)
    scan = mp_store_prepare (ex->store,
                             period
                             ? "SELECT unit_id, period, value, source, comment, updated_at FROM observation"
                               " WHERE indicator_id = ?1 AND period = ?2 ORDER BY unit_id, period"
                             : "SELECT unit_id, period, value, source, comment, updated_at FROM observation"
                               " WHERE indicator_id = ?1 ORDER BY unit_id, period", error);
  else
    {
      distinct = mp_store_prepare (ex->store,
                                   period
                                   ? "SELECT DISTINCT unit_id FROM observation WHERE indicator_id = ?1 AND period = ?2"
                                   : "SELECT DISTINCT unit_id FROM observation WHERE indicator_id = ?1", error);
      pair = distinct == NULL ? NULL :
             mp_store_prepare (ex->store,
                               period
                               ? "SELECT period, value, source, comment, updated_at FROM observation"
                                 " WHERE indicator_id = ?1 AND unit_id = ?3 AND period = ?2 ORDER BY period"
                               : "SELECT period, value, source, comment, updated_at FROM observation"
                                 " WHERE indicator_id = ?1 AND unit_id = ?3 ORDER BY period", error);
      by_id = g_new (UnitRank, MAX (units.n, 1));
      for (guint i = 0; i < units.n; i++)
        by_id[i] = (UnitRank) { units.ids[i], i };
      qsort (by_id, units.n, sizeof *by_id, compare_id);
    }
  if (scan == NULL && pair == NULL)
    goto fail;

  begin_section (ex, "observations");
  while (!failed && next_row (ex, indicators, &failed, error))
    {
      gint64 indicator_id = sqlite3_column_int64 (indicators, 0);
      const char *indicator = col_text (indicators, 1);

      if (scan)
        {
          guint cursor = 0;

          sqlite3_bind_int64 (scan, 1, indicator_id);
          if (period)
            sqlite3_bind_text (scan, 2, period, -1, SQLITE_STATIC);
          while (next_row (ex, scan, &failed, error))
            {
              gint64 unit_id = sqlite3_column_int64 (scan, 0);

              /* Rows and units both ascend by id: walk along. */
              while (cursor < units.n && units.ids[cursor] < unit_id)
                cursor++;
              if (cursor == units.n || units.ids[cursor] != unit_id)
                continue;  /* a unit outside the selection */
              if ((++n & 0xfff) == 0 && cancelled (ex, error))
                {
                  failed = TRUE;
                  break;
                }
              write_observation (ex, indicator, units.codes[cursor], scan, 1);
            }
          sqlite3_reset (scan);
          continue;
        }

      g_array_set_size (ranks, 0);
      sqlite3_bind_int64 (distinct, 1, indicator_id);
      if (period)
        sqlite3_bind_text (distinct, 2, period, -1, SQLITE_STATIC);
      while (next_row (ex, distinct, &failed, error))
        {
          UnitRank key = { sqlite3_column_int64 (distinct, 0), 0 };
          UnitRank *hit = bsearch (&key, by_id, units.n, sizeof *by_id, compare_id);
          if (hit)
            g_array_append_val (ranks, hit->rank);
        }
      sqlite3_reset (distinct);
      g_array_sort (ranks, compare_rank);

      sqlite3_bind_int64 (pair, 1, indicator_id);
      if (period)
        sqlite3_bind_text (pair, 2, period, -1, SQLITE_STATIC);
      for (guint r = 0; r < ranks->len && !failed; r++)
        {
          guint rank = g_array_index (ranks, guint, r);

          sqlite3_bind_int64 (pair, 3, units.ids[rank]);
          while (next_row (ex, pair, &failed, error))
            {
              if ((++n & 0xfff) == 0 && cancelled (ex, error))
                {
                  failed = TRUE;
                  break;
                }
              write_observation (ex, indicator, units.codes[rank], pair, 0);
            }
          sqlite3_reset (pair);
        }
    }
  end_section (ex);
  goto out;

fail:
  failed = TRUE;
out:
  sqlite3_finalize (indicators);
  sqlite3_finalize (scan);
  sqlite3_finalize (distinct);
  sqlite3_finalize (pair);
  g_free (by_id);
  g_array_unref (ranks);
  unit_order_clear (&units);
  return !failed;
}

static gboolean
write_facilities (Exporter  *ex,
                  GError   **error)
{
  sqlite3_stmt *stmt, *staff;
  gboolean failed = FALSE;
  gboolean staff_row;

  stmt = prepare_section (ex,
                          "SELECT f.code, f.kind, f.class, f.ownership, u.code, f.beds, f.opened, f.closed,"
                          " f.latitude, f.longitude, f.family_medicine, d.code, f.name_vi, f.name_en, f.note"
                          " FROM facility f JOIN unit u ON u.id = f.unit_id"
                          " LEFT JOIN document d ON d.id = f.document_id %s ORDER BY f.code",
                          "WHERE f.id IN temp.mp_x_facility", error);
  if (stmt == NULL)
    return FALSE;
  /* Staffing in the same order, merged in as the facilities go by. */
  staff = prepare_section (ex,
                           "SELECT f.code, s.year, s.category, s.headcount, s.postgraduate,"
                           " s.language_certified, s.digital_trained"
                           " FROM staffing s JOIN facility f ON f.id = s.facility_id %s"
                           " ORDER BY f.code, s.year, s.category",
                           "WHERE s.facility_id IN temp.mp_x_facility", error);
  if (staff == NULL)
    {
      sqlite3_finalize (stmt);
      return FALSE;
    }

  staff_row = next_row (ex, staff, &failed, error);
  begin_section (ex, "facilities");
  while (!failed && next_row (ex, stmt, &failed, error))
    {
      const char *code = col_text (stmt, 0);

      row (ex, "facility");
      attr_text (ex, "code", stmt, 0);
      attr_text (ex, "kind", stmt, 1);
      attr_text (ex, "class", stmt, 2);
      attr_text (ex, "ownership", stmt, 3);
      attr_text (ex, "unit", stmt, 4);
      attr_int (ex, "beds", stmt, 5);
      attr_text (ex, "opened", stmt, 6);
      attr_text (ex, "closed", stmt, 7);
      attr_double (ex, "latitude", stmt, 8);
      attr_double (ex, "longitude", stmt, 9);
      if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
        mp_xml_writer_attr (ex->w, "family-medicine", sqlite3_column_int (stmt, 10) ? "true" : "false");
      attr_text (ex, "document", stmt, 11);
      names (ex, "name", stmt, 12);
      child_text (ex, "note", stmt, 14);

      /* Codes are unique and both queries are sorted by them. */
      while (staff_row && strcmp (col_text (staff, 0), code) < 0)
        staff_row = next_row (ex, staff, &failed, error);
      while (staff_row && strcmp (col_text (staff, 0), code) == 0)
        {
          mp_xml_writer_open (ex->w, "staffing");
          attr_int (ex, "year", staff, 1);
          attr_text (ex, "category", staff, 2);
          attr_int (ex, "headcount", staff, 3);
          attr_int (ex, "postgraduate", staff, 4);
          attr_int (ex, "language-certified", staff, 5);
          attr_int (ex, "digital-trained", staff, 6);
          mp_xml_writer_close (ex->w);
          staff_row = next_row (ex, staff, &failed, error);
        }
      mp_xml_writer_close (ex->w);
    }
  sqlite3_finalize (staff);
  sqlite3_finalize (stmt);
  end_section (ex);
  return !failed;
}

static gboolean
write_trainings (Exporter  *ex,
                 GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  stmt = prepare_section (ex,
                          "SELECT t.code, t.kind, t.speciality, inst.code, sf.code, su.code, t.start_date, t.end_date,"
                          " t.seats_planned, t.seats_enrolled, t.seats_completed, t.budget_vnd, t.status,"
                          " ti.code, tu.code, tg.year, td.code, d.code, t.title_vi, t.title_en, t.dating, t.note"
                          " FROM training t"
                          " LEFT JOIN facility inst ON inst.id = t.institution_id"
                          " LEFT JOIN facility sf ON sf.id = t.sending_facility_id"
                          " LEFT JOIN unit su ON su.id = t.sending_unit_id"
                          " LEFT JOIN target tg ON tg.id = t.target_id"
                          " LEFT JOIN indicator ti ON ti.id = tg.indicator_id"
                          " LEFT JOIN unit tu ON tu.id = tg.unit_id"
                          " LEFT JOIN document td ON td.id = tg.document_id"
                          " LEFT JOIN document d ON d.id = t.document_id %s"
                          " ORDER BY t.code",
                          "WHERE t.id IN temp.mp_x_training", error);
  if (stmt == NULL)
    return FALSE;
  begin_section (ex, "trainings");
  while (next_row (ex, stmt, &failed, error))
    {
      row (ex, "training");
      attr_text (ex, "code", stmt, 0);
      attr_text (ex, "kind", stmt, 1);
      attr_text (ex, "speciality", stmt, 2);
      attr_text (ex, "institution", stmt, 3);
      attr_text (ex, "sending-facility", stmt, 4);
      attr_text (ex, "sending-unit", stmt, 5);
      attr_text (ex, "start", stmt, 6);
      attr_text (ex, "end", stmt, 7);
      attr_int (ex, "seats-planned", stmt, 8);
      attr_int (ex, "seats-enrolled", stmt, 9);
      attr_int (ex, "seats-completed", stmt, 10);
      attr_int (ex, "budget-vnd", stmt, 11);
      attr_text (ex, "status", stmt, 12);
      attr_text (ex, "target-indicator", stmt, 13);
      attr_text (ex, "target-unit", stmt, 14);
      attr_int (ex, "target-year", stmt, 15);
      attr_text (ex, "target-document", stmt, 16);
      attr_text (ex, "document", stmt, 17);
      names (ex, "title", stmt, 18);
      child_text (ex, "dating", stmt, 20);
      child_text (ex, "note", stmt, 21);
      mp_xml_writer_close (ex->w);
    }
  sqlite3_finalize (stmt);
  end_section (ex);
  return !failed;
}

static gboolean
write_transfers (Exporter  *ex,
                 GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  stmt = prepare_section (ex,
                          "SELECT t.code, t.kind, t.speciality, ff.code, fu.code, tf.code, tu.code,"
                          " t.start_date, t.end_date, t.status, t.staff_trained, t.cases_done, d.code,"
                          " t.technique_vi, t.technique_en, t.dating, t.note"
                          " FROM transfer t"
                          " LEFT JOIN facility ff ON ff.id = t.from_facility_id"
                          " LEFT JOIN unit fu ON fu.id = t.from_unit_id"
                          " LEFT JOIN facility tf ON tf.id = t.to_facility_id"
                          " LEFT JOIN unit tu ON tu.id = t.to_unit_id"
                          " LEFT JOIN document d ON d.id = t.document_id %s"
                          " ORDER BY t.code",
                          "WHERE t.id IN temp.mp_x_transfer", error);
  if (stmt == NULL)
    return FALSE;
  begin_section (ex, "transfers");
  while (next_row (ex, stmt, &failed, error))
    {
      row (ex, "transfer");
      attr_text (ex, "code", stmt, 0);
      attr_text (ex, "kind", stmt, 1);
      attr_text (ex, "speciality", stmt, 2);
      attr_text (ex, "from-facility", stmt, 3);
      attr_text (ex, "from-unit", stmt, 4);
      attr_text (ex, "to-facility", stmt, 5);
      attr_text (ex, "to-unit", stmt, 6);
      attr_text (ex, "start", stmt, 7);
      attr_text (ex, "end", stmt, 8);
      attr_text (ex, "status", stmt, 9);
      attr_int (ex, "staff-trained", stmt, 10);
      attr_int (ex, "cases-done", stmt, 11);
      attr_text (ex, "document", stmt, 12);
      names (ex, "technique", stmt, 13);
      child_text (ex, "dating", stmt, 15);
      child_text (ex, "note", stmt, 16);
      mp_xml_writer_close (ex->w);
    }
  sqlite3_finalize (stmt);
  end_section (ex);
  return !failed;
}

gboolean
mp_export_native (MpStore              *store,
                  MpXmlWriter          *w,
                  const MpExportFilter *filter,
                  GCancellable         *cancellable,
                  GError              **error)
{
  static gboolean (* const sections[]) (Exporter *, GError **) = {
    write_documents, write_units, write_populations, write_indicators, write_targets,
    write_observations, write_facilities, write_trainings, write_transfers,
  };
  Exporter ex = { store, w, filter, cancellable, FALSE, NULL, FALSE };
  g_autofree char *now = mp_store_now_iso ();
  gboolean ok = TRUE;

  if (filter->unit && !(ex.by_unit = mp_native_select_by_unit (store, filter->unit, error)))
    {
      mp_native_drop_selection (store);
      return FALSE;
    }

  mp_xml_writer_open (w, "medplan");
  mp_xml_writer_attr (w, "xmlns", MP_NS_NATIVE);
  mp_xml_writer_attr (w, "version", "1");
  mp_xml_writer_attr (w, "exported", now);
  for (guint i = 0; ok && i < G_N_ELEMENTS (sections); i++)
    ok = !cancelled (&ex, error) && sections[i] (&ex, error);
  if (ok)
    mp_xml_writer_close (w);

  if (ex.by_unit)
    mp_native_drop_selection (store);
  return ok;
}
