/* mp-dhis2.c — observations as a DHIS2 dataValueSet (DXF 2), both ways.
 *
 *   <dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0">
 *     <dataValue dataElement="DOCTORS_PER_10K" period="2025" orgUnit="VN-CT"
 *                value="14.8" storedBy="…" lastUpdated="…" comment="…" followup="false"/>
 *   </dataValueSet>
 *
 * Codes are the identifiers (DHIS2's idScheme=CODE); periods are DHIS2's
 * own syntax, which Medplan uses (2025, 2025S1, 2025Q3). Reading takes
 * what DHIS2 sends: period, orgUnit and dataSet on the root as defaults,
 * followUp or followup, created, lastUpdated, the default category option
 * combination; a value disaggregated by another combination, or of a
 * period Medplan does not model (monthly, weekly, …), is reported. */
#include "mp-aggregate.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* ---- Import ------------------------------------------------------------ */

typedef struct {
  MpImporter *imp;
  /* Defaults from the root; `*_bad` when the root's value was reported. */
  char       *period;
  gboolean    period_bad;
  char       *unit;
  gint64      unit_id;
} Dhis2Reader;

/* A DHIS2 time stamp (2025-01-02T03:04:05.000+0000, …Z, or without a
 * zone, read as UTC) in Medplan's form, or NULL when it is not one. */
static char *
normalize_time (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) in_utc = NULL;

  if (text == NULL || strchr (text, 'T') == NULL)
    return NULL;
  parsed = g_date_time_new_from_iso8601 (text, utc);
  if (parsed == NULL)
    return NULL;
  in_utc = g_date_time_to_utc (parsed);
  if (g_date_time_get_year (in_utc) < 1900 || g_date_time_get_year (in_utc) > 9999)
    return NULL;
  return g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* Checks a period attribute; TRUE when Medplan models it. */
static gboolean
check_period (MpImporter *imp,
              const char *text)
{
  MpPeriodKind kind = mp_dhis2_period_kind (text);

  if (kind == MP_PERIOD_KIND_MODELLED)
    return TRUE;
  mp_aggregate_period_error (imp, "period", text, kind, FALSE);
  return FALSE;
}

static gboolean
is_element (MpImporter *imp,
            const char *name)
{
  const char *element = mp_importer_element (imp);

  return element && g_str_equal (element, name) &&
         g_strcmp0 (mp_importer_namespace (imp), MP_NS_DHIS2) == 0;
}

/* Reports whatever a <dataValue> holds (DXF 2 puts nothing there) and
 * moves past its end. FALSE when reading stopped. */
static gboolean
skip_content (MpImporter *imp)
{
  int level = xmlTextReaderDepth (imp->reader);

  if (xmlTextReaderIsEmptyElement (imp->reader) == 1)
    return TRUE;
  for (;;)
    {
      if (mp_importer_read (imp) <= 0)
        return FALSE;
      if (xmlTextReaderNodeType (imp->reader) == XML_READER_TYPE_END_ELEMENT &&
          xmlTextReaderDepth (imp->reader) == level)
        return TRUE;
      if (xmlTextReaderDepth (imp->reader) == level + 1 &&
          xmlTextReaderNodeType (imp->reader) != XML_READER_TYPE_END_ELEMENT)
        {
          mp_aggregate_unexpected (imp, "dataValue");
          if (mp_importer_element (imp) && !mp_aggregate_skip (imp))
            return FALSE;
        }
    }
}

enum {
  V_DATA_ELEMENT, V_PERIOD, V_ORG_UNIT, V_VALUE, V_STORED_BY, V_LAST_UPDATED,
  V_COMMENT, V_DELETED, N_VALUE_ATTRS
};

static gboolean
read_value (Dhis2Reader *r)
{
  static const char * const names[] = {
    "dataElement", "period", "orgUnit", "value", "storedBy", "lastUpdated", "comment", "deleted", NULL,
  };
  /* Accepted, and their values of no use to Medplan. */
  static const char * const ignored[] = { "followup", "followUp", "created", NULL };
  G_STATIC_ASSERT (G_N_ELEMENTS (names) == N_VALUE_ATTRS + 1);
  MpImporter *imp = r->imp;
  char *v[N_VALUE_ATTRS] = { NULL };
  g_autofree char *updated_at = NULL;
  const char *period = NULL, *unit = NULL;
  gint64 indicator_id = 0, unit_id = 0;
  gboolean value_ok = FALSE;
  double value = 0;

  mp_aggregate_attributes (imp, names, ignored, FALSE, v);

  if (mp_importer_require (imp, "dataElement", v[V_DATA_ELEMENT]))
    indicator_id = mp_importer_id (imp, MP_TABLE_INDICATOR, v[V_DATA_ELEMENT]);

  if (v[V_PERIOD])
    period = check_period (imp, v[V_PERIOD]) ? v[V_PERIOD] : NULL;
  else if (r->period || r->period_bad)
    period = r->period;
  else
    mp_importer_require (imp, "period", NULL);

  if (v[V_ORG_UNIT])
    {
      if (mp_importer_require (imp, "orgUnit", v[V_ORG_UNIT]))
        unit_id = mp_importer_id (imp, MP_TABLE_UNIT, v[V_ORG_UNIT]);
      unit = v[V_ORG_UNIT];
    }
  else if (r->unit)
    {
      unit_id = r->unit_id;
      unit = r->unit;
    }
  else
    mp_importer_require (imp, "orgUnit", NULL);

  if (v[V_VALUE] == NULL)
    mp_importer_require (imp, "value", NULL);
  else
    value_ok = mp_importer_double (imp, "value", v[V_VALUE], &value);

  if (v[V_DELETED] && g_ascii_strcasecmp (v[V_DELETED], "false") != 0)
    mp_importer_error (imp, _("attribute “deleted”: “%s”: the value is marked as deleted, "
                              "and an import does not delete observations"),
                       v[V_DELETED]);

  updated_at = normalize_time (v[V_LAST_UPDATED]);

  if (!skip_content (imp))
    {
      mp_aggregate_values_clear (v, N_VALUE_ATTRS);
      return FALSE;
    }
  if (indicator_id && unit_id && period && value_ok)
    mp_importer_observation (imp, v[V_DATA_ELEMENT], indicator_id, unit, unit_id, period, value,
                             v[V_STORED_BY] && *v[V_STORED_BY] ? v[V_STORED_BY] : NULL,
                             v[V_COMMENT] && *v[V_COMMENT] ? v[V_COMMENT] : NULL,
                             updated_at);
  mp_aggregate_values_clear (v, N_VALUE_ATTRS);
  return TRUE;
}

/* The root's attributes: defaults for the values that omit them. */
static void
read_root (Dhis2Reader *r)
{
  static const char * const names[] = { "period", "orgUnit", NULL };
  static const char * const ignored[] = { "dataSet", "completeDate", NULL };
  MpImporter *imp = r->imp;
  char *v[G_N_ELEMENTS (names)] = { NULL };

  mp_aggregate_attributes (imp, names, ignored, FALSE, v);
  if (v[0])
    {
      if (check_period (imp, v[0]))
        r->period = g_strdup (v[0]);
      else
        r->period_bad = TRUE;
    }
  if (v[1] && mp_importer_require (imp, "orgUnit", v[1]))
    {
      r->unit = g_strdup (v[1]);
      r->unit_id = mp_importer_id (imp, MP_TABLE_UNIT, v[1]);
    }
  mp_aggregate_values_clear (v, G_N_ELEMENTS (v));
}

gboolean
mp_import_dhis2 (MpImporter *imp)
{
  Dhis2Reader r = { imp, NULL, FALSE, NULL, 0 };
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
  name = mp_importer_element (imp);
  ns = mp_importer_namespace (imp);
  if (!g_str_equal (name, "dataValueSet") || g_strcmp0 (ns, MP_NS_DHIS2) != 0)
    {
      mp_importer_error (imp, _("the root element “%s” (namespace “%s”) is not a DHIS2 dataValueSet "
                                "(“dataValueSet” in the namespace http://dhis2.org/schema/dxf/2.0)"),
                         name, ns ? ns : "");
      return FALSE;
    }
  read_root (&r);

  if (xmlTextReaderIsEmptyElement (imp->reader) != 1)
    while ((rc = mp_importer_read (imp)) == 1)
      {
        if (xmlTextReaderDepth (imp->reader) != 1 ||
            xmlTextReaderNodeType (imp->reader) == XML_READER_TYPE_END_ELEMENT)
          continue;
        if (is_element (imp, "dataValue"))
          {
            if (!read_value (&r))
              break;
          }
        else
          {
            mp_aggregate_unexpected (imp, "dataValueSet");
            if (mp_importer_element (imp) && !mp_aggregate_skip (imp))
              break;
          }
      }

  g_free (r.period);
  g_free (r.unit);
  return !imp->fatal && mp_importer_ok (imp);
}

/* ---- Export ------------------------------------------------------------ */

gboolean
mp_export_dhis2 (MpStore              *store,
                 MpXmlWriter          *w,
                 const MpExportFilter *filter,
                 GCancellable         *cancellable,
                 GError              **error)
{
  g_autoptr(GString) number = g_string_new (NULL);
  sqlite3_stmt *stmt;
  guint64 n = 0;
  int rc;

  stmt = mp_aggregate_select (store, filter, error);
  if (stmt == NULL)
    return FALSE;

  mp_xml_writer_open (w, "dataValueSet");
  mp_xml_writer_attr (w, "xmlns", MP_NS_DHIS2);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (++n % MP_AGGREGATE_CANCEL_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      mp_xml_writer_open (w, "dataValue");
      mp_xml_writer_attr (w, "dataElement", (const char *) sqlite3_column_text (stmt, 0));
      mp_xml_writer_attr (w, "period", (const char *) sqlite3_column_text (stmt, 2));
      mp_xml_writer_attr (w, "orgUnit", (const char *) sqlite3_column_text (stmt, 1));
      mp_xml_writer_attr (w, "value", mp_aggregate_decimal (number, sqlite3_column_double (stmt, 3)));
      mp_xml_writer_attr (w, "storedBy", (const char *) sqlite3_column_text (stmt, 4));
      mp_xml_writer_attr (w, "lastUpdated", (const char *) sqlite3_column_text (stmt, 6));
      mp_xml_writer_attr (w, "comment", (const char *) sqlite3_column_text (stmt, 5));
      mp_xml_writer_attr (w, "followup", "false");
      mp_xml_writer_close (w);
    }
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, store->db, rc, _("Cannot export the observations"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  mp_xml_writer_close (w);
  return TRUE;
}
