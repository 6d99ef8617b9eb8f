/* mp-aggregate.h — what the two aggregate-data formats (IHE ADX and the
 * DHIS2 dataValueSet) share: periods, the attributes real servers add, and
 * the observations an export writes. Private to the core. */
#pragma once

#include "mp-exchange-private.h"

G_BEGIN_DECLS

/* What kind of period a text names. Medplan models years, half-years
 * from January and July, and quarters from January, April, July and
 * October; the other kinds are named in messages. */
typedef enum {
  MP_PERIOD_KIND_MODELLED,
  MP_PERIOD_KIND_DAILY,
  MP_PERIOD_KIND_WEEKLY,
  MP_PERIOD_KIND_BIWEEKLY,
  MP_PERIOD_KIND_MONTHLY,
  MP_PERIOD_KIND_BIMONTHLY,
  MP_PERIOD_KIND_SHIFTED_HALF,     /* six months not from January or July */
  MP_PERIOD_KIND_SHIFTED_QUARTER,  /* three months not from Jan/Apr/Jul/Oct */
  MP_PERIOD_KIND_FINANCIAL_YEAR,   /* a year not from 1 January */
  MP_PERIOD_KIND_OTHER_LENGTH,     /* well-formed, of another length */
  MP_PERIOD_KIND_INVALID,          /* not a period at all */
} MpPeriodKind;

/* The ADX period (START/DURATION) of a Medplan period: 2025 →
 * 2025-01-01/P1Y, 2025S2 → 2025-07-01/P6M, 2025Q2 → 2025-04-01/P3M.
 * NULL when `period` is not valid. */
char         *mp_adx_period_format       (const char   *period);
/* The Medplan period of an ADX period, in `out` (new string) when the
 * kind is MP_PERIOD_KIND_MODELLED. */
MpPeriodKind  mp_adx_period_parse        (const char   *text,
                                          char        **out);
/* The kind of a DHIS2 period: 2025Q3 is modelled, 202501 is monthly,
 * 2025W3 weekly, 2025April a financial year, … */
MpPeriodKind  mp_dhis2_period_kind       (const char   *text);
/* Reports why the period `text` of attribute `attr` cannot be read. */
void          mp_aggregate_period_error  (MpImporter   *imp,
                                          const char   *attr,
                                          const char   *text,
                                          MpPeriodKind  kind,
                                          gboolean      adx);

/* Whether a category or attribute option combo is DHIS2's default one
 * (by uid or code), which carries no disaggregation. */
gboolean      mp_aggregate_is_default_combo (const char *value);

/* Collects the attributes of the current element: values[i] (a new
 * string, or NULL) is the value of names[i] (NULL-terminated list).
 * Attributes in `ignored` are accepted and dropped; attributes in another
 * namespace (xsi:, …) too. categoryOptionCombo and attributeOptionCombo
 * are accepted when absent or the default combo, else reported. Any
 * other attribute is reported: with `disaggregation` as a disaggregation
 * Medplan cannot store, otherwise as unknown. Returns FALSE after a
 * problem. Free the values with mp_aggregate_values_clear(). */
gboolean      mp_aggregate_attributes    (MpImporter         *imp,
                                          const char * const *names,
                                          const char * const *ignored,
                                          gboolean            disaggregation,
                                          char              **values);
void          mp_aggregate_values_clear  (char              **values,
                                          guint               n);

/* Moves past the end of the current element and all it holds. Returns
 * FALSE when the reading stopped (a fatal problem was reported). */
gboolean      mp_aggregate_skip          (MpImporter   *imp);

/* Reports an element that has no place where it is. */
void          mp_aggregate_unexpected    (MpImporter   *imp,
                                          const char   *parent);

/* The observations an export writes, ordered by unit code, period and
 * indicator code. Columns: indicator code, unit code, period, value,
 * source, comment, updated_at. */
sqlite3_stmt *mp_aggregate_select        (MpStore              *store,
                                          const MpExportFilter *filter,
                                          GError              **error);

/* `value` as a plain decimal (xs:decimal: no exponent, no NaN), the
 * shortest that reads back exactly: 14.8, 19, 0.0000001. Appends to
 * `out` and returns its text. */
const char   *mp_aggregate_decimal       (GString      *out,
                                          double        value);

/* Every how many rows an export looks at its cancellable. */
#define MP_AGGREGATE_CANCEL_EVERY 4096

G_END_DECLS
