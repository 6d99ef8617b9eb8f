/* mp-adx.c — observations as IHE ADX (Aggregate Data Exchange), both ways.
 *
 *   <adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-11-22T05:00:00Z">
 *     <group orgUnit="VN-CT" period="2025-01-01/P1Y" dataSet="MEDPLAN">
 *       <dataValue dataElement="DOCTORS_PER_10K" value="14.8">
 *         <annotation>comment</annotation>
 *       </dataValue>
 *     </group>
 *   </adx>
 *
 * Codes are the identifiers: orgUnit is a unit code, dataElement an
 * indicator code. Periods are START/DURATION; Medplan keeps the years,
 * half-years and quarters among them. Reading also takes the older
 * namespace http://ihe.net/quality/schema/adx and what DHIS2 writes (no
 * `exported`, a completeDate on groups); a value disaggregated by further
 * attributes cannot be stored and is reported. */
#include "mp-aggregate.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* The data set that exported groups name. */
#define ADX_DATA_SET "MEDPLAN"

/* ---- Import ------------------------------------------------------------ */

typedef struct {
  MpImporter *imp;
  char       *ns;        /* the root's namespace, which its elements share */
  /* The group being read: both set when it can hold observations. */
  char       *unit;
  gint64      unit_id;
  char       *period;    /* as Medplan writes it */
} AdxReader;

static gboolean
in_namespace (AdxReader  *adx,
              const char *name)
{
  const char *element = mp_importer_element (adx->imp);

  return element && g_str_equal (element, name) &&
         g_strcmp0 (mp_importer_namespace (adx->imp), adx->ns) == 0;
}

static int
node_type (AdxReader *adx)
{
  return xmlTextReaderNodeType (adx->imp->reader);
}

static int
depth (AdxReader *adx)
{
  return xmlTextReaderDepth (adx->imp->reader);
}

/* One <dataValue>: checked, then merged once its annotation is read. */
static gboolean
read_value (AdxReader *adx)
{
  static const char * const names[] = { "dataElement", "value", NULL };
  MpImporter *imp = adx->imp;
  char *v[G_N_ELEMENTS (names)] = { NULL };
  g_autofree char *comment = NULL;
  gint64 indicator_id = 0;
  gboolean value_ok = FALSE;
  double value = 0;
  int level = depth (adx);
  gboolean ok = TRUE;

  mp_aggregate_attributes (imp, names, NULL, TRUE, v);
  if (mp_importer_require (imp, "dataElement", v[0]))
    indicator_id = mp_importer_id (imp, MP_TABLE_INDICATOR, v[0]);
  if (v[1] == NULL)
    mp_importer_require (imp, "value", v[1]);
  else
    value_ok = mp_importer_double (imp, "value", v[1], &value);

  if (xmlTextReaderIsEmptyElement (imp->reader) != 1)
    for (;;)
      {
        if (mp_importer_read (imp) <= 0)
          {
            ok = FALSE;
            break;
          }
        if (node_type (adx) == XML_READER_TYPE_END_ELEMENT && depth (adx) == level)
          break;
        if (depth (adx) != level + 1 || node_type (adx) == XML_READER_TYPE_END_ELEMENT)
          continue;
        if (in_namespace (adx, "annotation") && comment == NULL)
          {
            comment = mp_importer_text (imp);
            if (comment == NULL && imp->fatal)
              {
                ok = FALSE;
                break;
              }
          }
        else
          {
            mp_aggregate_unexpected (imp, "dataValue");
            if (mp_importer_element (imp) && !mp_aggregate_skip (imp))
              {
                ok = FALSE;
                break;
              }
          }
      }

  if (ok && adx->unit_id && adx->period && indicator_id && value_ok)
    mp_importer_observation (imp, v[0], indicator_id, adx->unit, adx->unit_id, adx->period, value,
                             NULL, comment && *comment ? comment : NULL, NULL);
  mp_aggregate_values_clear (v, G_N_ELEMENTS (v));
  return ok;
}

/* One <group>: its unit and period, then its values. */
static gboolean
read_group (AdxReader *adx)
{
  static const char * const names[] = { "orgUnit", "period", "dataSet", NULL };
  /* What DHIS2 and other servers add that changes nothing for us. */
  static const char * const ignored[] = { "completeDate", "completed", NULL };
  MpImporter *imp = adx->imp;
  char *v[G_N_ELEMENTS (names)] = { NULL };
  int level = depth (adx);
  gboolean ok = TRUE;

  g_clear_pointer (&adx->unit, g_free);
  g_clear_pointer (&adx->period, g_free);
  adx->unit_id = 0;

  mp_aggregate_attributes (imp, names, ignored, TRUE, v);
  if (mp_importer_require (imp, "orgUnit", v[0]))
    {
      adx->unit_id = mp_importer_id (imp, MP_TABLE_UNIT, v[0]);
      adx->unit = g_strdup (v[0]);
    }
  if (mp_importer_require (imp, "period", v[1]))
    {
      MpPeriodKind kind = mp_adx_period_parse (v[1], &adx->period);
      if (kind != MP_PERIOD_KIND_MODELLED)
        mp_aggregate_period_error (imp, "period", v[1], kind, TRUE);
    }
  mp_aggregate_values_clear (v, G_N_ELEMENTS (v));

  if (xmlTextReaderIsEmptyElement (imp->reader) == 1)
    return TRUE;
  for (;;)
    {
      if (mp_importer_read (imp) <= 0)
        return FALSE;
      if (node_type (adx) == XML_READER_TYPE_END_ELEMENT && depth (adx) == level)
        return ok;
      if (depth (adx) != level + 1 || node_type (adx) == XML_READER_TYPE_END_ELEMENT)
        continue;
      if (in_namespace (adx, "dataValue"))
        {
          if (!read_value (adx))
            return FALSE;
        }
      else
        {
          mp_aggregate_unexpected (imp, "group");
          if (mp_importer_element (imp) && !mp_aggregate_skip (imp))
            return FALSE;
        }
    }
}

gboolean
mp_import_adx (MpImporter *imp)
{
  AdxReader adx = { imp, NULL, NULL, 0, NULL };
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
  if (!g_str_equal (name, "adx") ||
      (g_strcmp0 (ns, MP_NS_ADX) != 0 && g_strcmp0 (ns, MP_NS_ADX_OLD) != 0))
    {
      mp_importer_error (imp, _("the root element “%s” (namespace “%s”) is not an IHE ADX message "
                                "(“adx” in the namespace urn:ihe:qrph:adx:2015)"),
                         name, ns ? ns : "");
      return FALSE;
    }
  /* The root's attributes (exported, xsi:…) change nothing. */
  adx.ns = g_strdup (ns);

  if (xmlTextReaderIsEmptyElement (imp->reader) != 1)
    while ((rc = mp_importer_read (imp)) == 1)
      {
        if (depth (&adx) != 1 || node_type (&adx) == XML_READER_TYPE_END_ELEMENT)
          continue;
        if (in_namespace (&adx, "group"))
          {
            if (!read_group (&adx))
              break;
          }
        else
          {
            mp_aggregate_unexpected (imp, "adx");
            if (mp_importer_element (imp) && !mp_aggregate_skip (imp))
              break;
          }
      }

  g_free (adx.ns);
  g_free (adx.unit);
  g_free (adx.period);
  return !imp->fatal && mp_importer_ok (imp);
}

/* ---- Export ------------------------------------------------------------ */

gboolean
mp_export_adx (MpStore              *store,
               MpXmlWriter          *w,
               const MpExportFilter *filter,
               GCancellable         *cancellable,
               GError              **error)
{
  g_autofree char *now = mp_store_now_iso ();
  g_autofree char *unit = NULL;
  g_autofree char *period = NULL;
  g_autoptr(GString) number = g_string_new (NULL);
  sqlite3_stmt *stmt;
  gboolean in_group = FALSE;
  guint64 n = 0;
  int rc;

  stmt = mp_aggregate_select (store, filter, error);
  if (stmt == NULL)
    return FALSE;

  mp_xml_writer_open (w, "adx");
  mp_xml_writer_attr (w, "xmlns", MP_NS_ADX);
  mp_xml_writer_attr (w, "exported", now);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *indicator = (const char *) sqlite3_column_text (stmt, 0);
      const char *row_unit = (const char *) sqlite3_column_text (stmt, 1);
      const char *row_period = (const char *) sqlite3_column_text (stmt, 2);
      const char *comment = (const char *) sqlite3_column_text (stmt, 5);

      if (++n % MP_AGGREGATE_CANCEL_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      if (!in_group || !g_str_equal (row_unit, unit) || !g_str_equal (row_period, period))
        {
          g_autofree char *adx_period = mp_adx_period_format (row_period);

          if (adx_period == NULL)
            {
              g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                           _("The observation of “%s” for “%s” has the period “%s”, which ADX cannot express."),
                           indicator, row_unit, row_period);
              sqlite3_finalize (stmt);
              return FALSE;
            }
          if (in_group)
            mp_xml_writer_close (w);
          g_free (unit);
          g_free (period);
          unit = g_strdup (row_unit);
          period = g_strdup (row_period);
          mp_xml_writer_open (w, "group");
          mp_xml_writer_attr (w, "orgUnit", unit);
          mp_xml_writer_attr (w, "period", adx_period);
          mp_xml_writer_attr (w, "dataSet", ADX_DATA_SET);
          in_group = TRUE;
        }
      mp_xml_writer_open (w, "dataValue");
      mp_xml_writer_attr (w, "dataElement", indicator);
      mp_xml_writer_attr (w, "value", mp_aggregate_decimal (number, sqlite3_column_double (stmt, 3)));
      if (comment && *comment)
        {
          mp_xml_writer_open (w, "annotation");
          mp_xml_writer_text (w, comment);
          mp_xml_writer_close (w);
        }
      mp_xml_writer_close (w);
    }
  if (rc != SQLITE_DONE)
    {
      mp_sqlite_error (error, store->db, rc, _("Cannot export the observations"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  /* IHE ADX requires at least one group. */
  if (!in_group)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There are no observations to export; an ADX message must hold at least one."));
      return FALSE;
    }
  mp_xml_writer_close (w);  /* the last group */
  mp_xml_writer_close (w);  /* adx */
  return TRUE;
}
