/* mp-aggregate.c — what IHE ADX and the DHIS2 dataValueSet share: the
 * periods of both (and the kinds Medplan does not model), the attributes
 * real servers add, and the observations an export writes. */
#include "mp-aggregate.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "mp-judge.h"

/* ---- Periods ----------------------------------------------------------- */

char *
mp_adx_period_format (const char *period)
{
  int year;
  const char *rest;

  if (!mp_period_parse (period, NULL, &year))
    return NULL;
  rest = period + 4;
  if (*rest == '\0')
    return g_strdup_printf ("%04d-01-01/P1Y", year);
  if (rest[0] == 'S')
    return g_strdup_printf ("%04d-%s-01/P6M", year, rest[1] == '1' ? "01" : "07");
  /* Qn begins in month 3n − 2. */
  return g_strdup_printf ("%04d-%02d-01/P3M", year, 3 * (rest[1] - '0') - 2);
}

static gboolean
digits (const char *text,
        gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static guint
number (const char *text,
        gsize       n)
{
  guint v = 0;

  for (gsize i = 0; i < n; i++)
    v = v * 10 + (guint) (text[i] - '0');
  return v;
}

/* A year, half-year or quarter starting on `month`/`day` of `year` and
 * lasting `months`, as a Medplan period; else the kind it is. */
static MpPeriodKind
classify_months (guint   year,
                 guint   month,
                 guint   day,
                 guint   months,
                 char  **out)
{
  char buf[16];

  switch (months)
    {
    case 1:
      return MP_PERIOD_KIND_MONTHLY;
    case 2:
      return MP_PERIOD_KIND_BIMONTHLY;
    case 3:
      if (day != 1 || month % 3 != 1)
        return MP_PERIOD_KIND_SHIFTED_QUARTER;
      g_snprintf (buf, sizeof buf, "%04uQ%u", year, (month + 2) / 3);
      break;
    case 6:
      if (day != 1 || (month != 1 && month != 7))
        return MP_PERIOD_KIND_SHIFTED_HALF;
      g_snprintf (buf, sizeof buf, "%04uS%u", year, month == 1 ? 1 : 2);
      break;
    case 12:
      if (day != 1 || month != 1)
        return MP_PERIOD_KIND_FINANCIAL_YEAR;
      g_snprintf (buf, sizeof buf, "%04u", year);
      break;
    default:
      return MP_PERIOD_KIND_OTHER_LENGTH;
    }
  if (!mp_period_is_valid (buf))
    return MP_PERIOD_KIND_INVALID;
  if (out)
    *out = g_strdup (buf);
  return MP_PERIOD_KIND_MODELLED;
}

MpPeriodKind
mp_adx_period_parse (const char  *text,
                     char       **out)
{
  guint year, month, day, n;
  const char *dur;
  gsize len;

  if (out)
    *out = NULL;
  /* YYYY-MM-DD/P<n><Y|M|W|D> */
  if (text == NULL || strlen (text) < 14 ||
      !digits (text, 4) || text[4] != '-' || !digits (text + 5, 2) || text[7] != '-' ||
      !digits (text + 8, 2) || text[10] != '/' || text[11] != 'P')
    return MP_PERIOD_KIND_INVALID;
  year = number (text, 4);
  month = number (text + 5, 2);
  day = number (text + 8, 2);
  if (year == 0 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return MP_PERIOD_KIND_INVALID;

  dur = text + 12;
  len = strlen (dur);
  if (len < 2 || len > 5 || !digits (dur, len - 1))
    return MP_PERIOD_KIND_INVALID;
  n = number (dur, len - 1);
  if (n == 0)
    return MP_PERIOD_KIND_INVALID;

  switch (dur[len - 1])
    {
    case 'Y':
      return classify_months (year, month, day, n == 1 ? 12 : 0, out);
    case 'M':
      return classify_months (year, month, day, n, out);
    case 'W':
      return n == 1 ? MP_PERIOD_KIND_WEEKLY : n == 2 ? MP_PERIOD_KIND_BIWEEKLY : MP_PERIOD_KIND_OTHER_LENGTH;
    case 'D':
      return n == 1 ? MP_PERIOD_KIND_DAILY : n == 7 ? MP_PERIOD_KIND_WEEKLY :
             n == 14 ? MP_PERIOD_KIND_BIWEEKLY : MP_PERIOD_KIND_OTHER_LENGTH;
    default:
      return MP_PERIOD_KIND_INVALID;
    }
}

static gboolean
one_of (const char         *text,
        const char * const *words)
{
  return g_strv_contains (words, text);
}

MpPeriodKind
mp_dhis2_period_kind (const char *text)
{
  static const char * const financial[] = { "April", "July", "Sep", "Oct", "Nov", NULL };
  static const char * const shifted_half[] = { "AprilS1", "AprilS2", "NovS1", "NovS2", NULL };
  static const char * const week_starts[] = { "W", "WedW", "ThuW", "SatW", "SunW", NULL };
  const char *rest;
  gsize len;

  if (text == NULL)
    return MP_PERIOD_KIND_INVALID;
  if (mp_period_is_valid (text))
    return MP_PERIOD_KIND_MODELLED;
  len = strlen (text);
  if (len < 5 || !digits (text, 4))
    return MP_PERIOD_KIND_INVALID;
  rest = text + 4;

  if (len == 8 && digits (text, 8))
    return MP_PERIOD_KIND_DAILY;      /* 20250115 */
  if (len == 6 && digits (text, 6))
    return MP_PERIOD_KIND_MONTHLY;    /* 202501 */
  if (len == 7 && digits (text, 6) && text[6] == 'B')
    return MP_PERIOD_KIND_BIMONTHLY;  /* 202501B */
  if (one_of (rest, financial))
    return MP_PERIOD_KIND_FINANCIAL_YEAR;
  if (one_of (rest, shifted_half))
    return MP_PERIOD_KIND_SHIFTED_HALF;
  if (g_str_has_prefix (rest, "BiW") && strlen (rest) > 3 && strlen (rest) <= 5 && digits (rest + 3, strlen (rest + 3)))
    return MP_PERIOD_KIND_BIWEEKLY;   /* 2025BiW1 */
  for (guint i = 0; week_starts[i]; i++)
    {
      gsize p = strlen (week_starts[i]);
      if (strncmp (rest, week_starts[i], p) == 0 && strlen (rest) > p && strlen (rest) <= p + 2 &&
          digits (rest + p, strlen (rest + p)))
        return MP_PERIOD_KIND_WEEKLY; /* 2025W3, 2025SunW3 */
    }
  return MP_PERIOD_KIND_INVALID;
}

void
mp_aggregate_period_error (MpImporter   *imp,
                           const char   *attr,
                           const char   *text,
                           MpPeriodKind  kind,
                           gboolean      adx)
{
  switch (kind)
    {
    case MP_PERIOD_KIND_MODELLED:
      break;
    case MP_PERIOD_KIND_DAILY:
      mp_importer_error (imp, _("attribute “%s”: “%s” is a daily period, which Medplan does not model (only years, half-years and quarters)"), attr, text);
      break;
    case MP_PERIOD_KIND_WEEKLY:
      mp_importer_error (imp, _("attribute “%s”: “%s” is a weekly period, which Medplan does not model (only years, half-years and quarters)"), attr, text);
      break;
    case MP_PERIOD_KIND_BIWEEKLY:
      mp_importer_error (imp, _("attribute “%s”: “%s” is a two-week period, which Medplan does not model (only years, half-years and quarters)"), attr, text);
      break;
    case MP_PERIOD_KIND_MONTHLY:
      mp_importer_error (imp, _("attribute “%s”: “%s” is a monthly period, which Medplan does not model (only years, half-years and quarters)"), attr, text);
      break;
    case MP_PERIOD_KIND_BIMONTHLY:
      mp_importer_error (imp, _("attribute “%s”: “%s” is a two-month period, which Medplan does not model (only years, half-years and quarters)"), attr, text);
      break;
    case MP_PERIOD_KIND_SHIFTED_HALF:
      mp_importer_error (imp, _("attribute “%s”: “%s” is a half-year that does not begin in January or July, which Medplan does not model"), attr, text);
      break;
    case MP_PERIOD_KIND_SHIFTED_QUARTER:
      mp_importer_error (imp, _("attribute “%s”: “%s” is a quarter that does not begin in January, April, July or October, which Medplan does not model"), attr, text);
      break;
    case MP_PERIOD_KIND_FINANCIAL_YEAR:
      mp_importer_error (imp, _("attribute “%s”: “%s” is a financial year that does not begin on 1 January, which Medplan does not model"), attr, text);
      break;
    case MP_PERIOD_KIND_OTHER_LENGTH:
      mp_importer_error (imp, _("attribute “%s”: “%s” is a period of a length Medplan does not model (only years, half-years and quarters)"), attr, text);
      break;
    case MP_PERIOD_KIND_INVALID:
    default:
      if (adx)
        mp_importer_error (imp, _("attribute “%s”: “%s” is not an ADX period Medplan can read (START/DURATION, such as 2025-01-01/P1Y, 2025-07-01/P6M or 2025-04-01/P3M)"), attr, text);
      else
        mp_importer_period (imp, attr, text);
      break;
    }
}

/* ---- Attributes -------------------------------------------------------- */

gboolean
mp_aggregate_is_default_combo (const char *value)
{
  return value == NULL || *value == '\0' ||
         g_str_equal (value, "HllvX50cXC0") || g_str_equal (value, "default");
}

gboolean
mp_aggregate_attributes (MpImporter         *imp,
                         const char * const *names,
                         const char * const *ignored,
                         gboolean            disaggregation,
                         char              **values)
{
  xmlTextReaderPtr r = imp->reader;
  gboolean ok = TRUE;
  guint n = 0;

  while (names[n])
    values[n++] = NULL;
  if (xmlTextReaderHasAttributes (r) != 1)
    return TRUE;

  while (xmlTextReaderMoveToNextAttribute (r) == 1)
    {
      const char *name = (const char *) xmlTextReaderConstLocalName (r);
      const char *value = (const char *) xmlTextReaderConstValue (r);
      gboolean known = FALSE;

      if (xmlTextReaderIsNamespaceDecl (r) == 1 || xmlTextReaderConstNamespaceUri (r) != NULL)
        continue;
      for (guint i = 0; i < n; i++)
        if (g_str_equal (name, names[i]))
          {
            g_free (values[i]);
            values[i] = g_strdup (value ? value : "");
            known = TRUE;
            break;
          }
      if (known || (ignored && g_strv_contains (ignored, name)))
        continue;
      if (g_str_equal (name, "categoryOptionCombo") || g_str_equal (name, "attributeOptionCombo"))
        {
          if (!mp_aggregate_is_default_combo (value))
            {
              mp_importer_error (imp, _("attribute “%s”: “%s” is not the default category combination; "
                                        "Medplan cannot store values disaggregated by category options"),
                                 name, value);
              ok = FALSE;
            }
          continue;
        }
      if (disaggregation)
        mp_importer_error (imp, _("attribute “%s” (“%s”) disaggregates the value; Medplan keeps one value "
                                  "per indicator, unit and period and cannot store it"),
                           name, value ? value : "");
      else
        mp_importer_error (imp, _("unknown attribute “%s”"), name);
      ok = FALSE;
    }
  xmlTextReaderMoveToElement (r);
  return ok;
}

void
mp_aggregate_values_clear (char **values,
                           guint  n)
{
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&values[i], g_free);
}

gboolean
mp_aggregate_skip (MpImporter *imp)
{
  int depth = xmlTextReaderDepth (imp->reader);

  if (xmlTextReaderIsEmptyElement (imp->reader) == 1)
    return TRUE;
  for (;;)
    {
      int rc = mp_importer_read (imp);

      if (rc <= 0)
        return FALSE;
      if (xmlTextReaderNodeType (imp->reader) == XML_READER_TYPE_END_ELEMENT &&
          xmlTextReaderDepth (imp->reader) == depth)
        return TRUE;
    }
}

void
mp_aggregate_unexpected (MpImporter *imp,
                         const char *parent)
{
  const char *name = mp_importer_element (imp);

  if (name == NULL)
    mp_importer_error (imp, _("unexpected text inside “%s”"), parent);
  else
    mp_importer_error (imp, _("unexpected element “%s” inside “%s”"), name, parent);
}

/* ---- Export ------------------------------------------------------------ */

sqlite3_stmt *
mp_aggregate_select (MpStore              *store,
                     const MpExportFilter *filter,
                     GError              **error)
{
  sqlite3_stmt *stmt;

  stmt = mp_store_prepare (store,
                           "WITH RECURSIVE sub(id) AS ("
                           "  SELECT id FROM unit WHERE code = ?1"
                           "  UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) "
                           "SELECT i.code, u.code, o.period, o.value, o.source, o.comment, o.updated_at "
                           "FROM observation o "
                           "JOIN indicator i ON i.id = o.indicator_id "
                           "JOIN unit u ON u.id = o.unit_id "
                           "WHERE (?1 IS NULL OR o.unit_id IN sub) AND (?2 IS NULL OR o.period = ?2) "
                           "ORDER BY u.code, o.period, i.code",
                           error);
  if (stmt == NULL)
    return NULL;
  if (filter && filter->unit)
    sqlite3_bind_text (stmt, 1, filter->unit, -1, SQLITE_TRANSIENT);
  if (filter && filter->period)
    sqlite3_bind_text (stmt, 2, filter->period, -1, SQLITE_TRANSIENT);
  return stmt;
}

const char *
mp_aggregate_decimal (GString *out,
                      double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *canon = mp_format_canonical (buf, value);
  const char *e = strpbrk (canon, "eE");
  g_autoptr(GString) digits_only = NULL;
  const char *p = canon;
  int point, exponent;

  g_string_truncate (out, 0);
  if (e == NULL)
    return g_string_append (out, canon)->str;

  /* d.ddde±x: gather the digits and move the point x places. */
  if (*p == '-')
    g_string_append_c (out, *p++);
  digits_only = g_string_new (NULL);
  point = -1;
  for (; p < e; p++)
    if (*p == '.')
      point = (int) digits_only->len;
    else
      g_string_append_c (digits_only, *p);
  if (point < 0)
    point = (int) digits_only->len;
  exponent = atoi (e + 1);
  point += exponent;

  if (point <= 0)
    {
      g_string_append (out, "0.");
      for (int i = 0; i < -point; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits_only->str);
    }
  else if ((gsize) point >= digits_only->len)
    {
      g_string_append (out, digits_only->str);
      for (gsize i = digits_only->len; i < (gsize) point; i++)
        g_string_append_c (out, '0');
    }
  else
    {
      g_string_append_len (out, digits_only->str, point);
      g_string_append_c (out, '.');
      g_string_append (out, digits_only->str + point);
    }
  return out->str;
}
