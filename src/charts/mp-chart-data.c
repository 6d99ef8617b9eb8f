/* mp-chart-data.c — chart data read from the database. */
#include "mp-chart-data.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mp-error.h"

/* Units by code, to walk up from a unit to its region and country. */
static GHashTable *
units_by_code (MpStore  *store,
               GPtrArray **rows,
               GError  **error)
{
  GHashTable *map;

  *rows = mp_store_list_units (store, error);
  if (*rows == NULL)
    return NULL;
  map = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < (*rows)->len; i++)
    {
      MpUnitRow *row = g_ptr_array_index (*rows, i);
      g_hash_table_insert (map, row->code, row);
    }
  return map;
}

/* Adds the series' points to `series`. */
static void
add_points (MpTrendSeries *series,
            GArray        *points)
{
  for (guint i = 0; i < points->len; i++)
    {
      MpSeriesPoint *sp = &g_array_index (points, MpSeriesPoint, i);
      mp_trend_series_add (series, sp->period, sp->value, NAN, sp->source, sp->numerator, sp->denominator);
    }
}

/* The projection of DESIGN §5 drawn as the chart's dotted line: the line
 * the store fitted to judge the last milestone, from the latest value's
 * time to the milestone's year, so it ends at the value the Targets view
 * shows as "projected". */
static void
set_projection (MpTrendData          *data,
                GArray               *points,
                const MpTargetStatus *last)
{
  double latest_t = g_array_index (points, MpSeriesPoint, points->len - 1).t;

  if (isnan (last->trend_slope) || latest_t >= last->year)
    return;
  data->proj_t0 = latest_t;
  data->proj_v0 = last->trend_slope * latest_t + last->trend_intercept;
  data->proj_t1 = last->year;
  data->proj_v1 = last->projected;
}

/* The judged targets the caller has listed already, or the store's (of
 * `unit`, NULL for all). */
static GPtrArray *
judged_targets (MpStore     *store,
                GPtrArray   *given,
                const char  *unit,
                GError     **error)
{
  if (given != NULL)
    return g_ptr_array_ref (given);
  return mp_store_list_targets (store, unit, 0, error);
}

MpChart *
mp_chart_data_trend (MpStore     *store,
                     GPtrArray   *judged,
                     const char  *indicator,
                     const char  *unit,
                     GError     **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  g_autoptr(GPtrArray) unit_rows = NULL;
  g_autoptr(GHashTable) units = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(GString) documents = g_string_new (NULL);
  g_autoptr(MpTrendData) data = NULL;
  g_autofree char *subtitle = NULL;
  const MpTargetStatus *first = NULL, *last = NULL, *with_baseline = NULL;
  MpUnitRow *row;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  points = mp_store_get_series (store, indicator, unit, error);
  if (points == NULL)
    return NULL;
  all = judged_targets (store, judged, unit, error);
  if (all == NULL)
    return NULL;
  units = units_by_code (store, &unit_rows, error);
  if (units == NULL)
    return NULL;

  /* The milestones: the targets of this indicator and unit. */
  for (guint i = 0; i < all->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (all, i);
      if (g_strcmp0 (ts->indicator, indicator) == 0 && g_strcmp0 (ts->unit, unit) == 0)
        g_ptr_array_add (targets, ts);
    }
  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);
      if (first == NULL || ts->year < first->year)
        first = ts;
      if (last == NULL || ts->year > last->year)
        last = ts;
      if (ts->baseline_year > 0 && !isnan (ts->baseline_value)
          && (with_baseline == NULL || ts->baseline_year < with_baseline->baseline_year))
        with_baseline = ts;
      if (ts->document != NULL && strstr (documents->str, ts->document) == NULL)
        g_string_append_printf (documents, "%s%s", documents->len ? ", " : "", ts->document);
    }

  row = g_hash_table_lookup (units, unit);
  if (documents->len > 0)
    /* TRANSLATORS: the subtitle of a trend chart: the unit, then the codes of
     * the documents that set its targets. */
    subtitle = g_strdup_printf (_("%s · %s"), row->name, documents->str);
  else
    subtitle = g_strdup (row->name);

  if (first != NULL)
    data = mp_trend_data_new (first->indicator_name, subtitle, first->measure, first->decimals,
                              first->direction, row->name);
  else
    {
      /* An indicator without a target for the unit: its own name and
       * measure, from any target or else its code. */
      g_autoptr(GPtrArray) every = judged != NULL ? g_ptr_array_ref (judged)
                                                  : mp_store_list_targets (store, NULL, 0, NULL);
      const MpTargetStatus *any = NULL;

      for (guint i = 0; every != NULL && i < every->len && any == NULL; i++)
        if (g_strcmp0 (((MpTargetStatus *) g_ptr_array_index (every, i))->indicator, indicator) == 0)
          any = g_ptr_array_index (every, i);
      data = mp_trend_data_new (any ? any->indicator_name : indicator, subtitle,
                                any ? any->measure : "count", any ? any->decimals : 1,
                                any ? any->direction : MP_DIRECTION_UP, row->name);
    }

  add_points (data->observed, points);
  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);
      mp_trend_data_add_milestone (data, ts->year, ts->comparator, ts->value, ts->value_high,
                                   ts->status, ts->document);
    }
  if (with_baseline != NULL)
    {
      data->has_baseline = TRUE;
      data->baseline_year = with_baseline->baseline_year;
      data->baseline_value = with_baseline->baseline_value;
    }
  if (last != NULL && last->comparator != MP_COMPARATOR_DONE && points->len > 0)
    set_projection (data, points, last);

  /* The units above: the region and the country, when they have values. */
  for (const char *parent = row->parent; parent != NULL; )
    {
      MpUnitRow *up = g_hash_table_lookup (units, parent);
      g_autoptr(GArray) up_points = NULL;

      if (up == NULL)
        break;
      up_points = mp_store_get_series (store, indicator, up->code, NULL);
      if (up_points != NULL && up_points->len > 0)
        {
          MpTrendSeries *series = mp_trend_series_new (up->name);
          add_points (series, up_points);
          g_ptr_array_add (data->comparisons, series);
        }
      parent = up->parent;
    }

  return mp_chart_new_trend (g_steal_pointer (&data));
}

/* The target of a unit nearest to `year` (0: the first after this year,
 * else the last). */
static const MpTargetStatus *
pick_target (GPtrArray  *targets,
             const char *indicator,
             const char *unit,
             int         year)
{
  const MpTargetStatus *best = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int want = year > 0 ? year : g_date_time_get_year (now);

  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);

      if (g_strcmp0 (ts->indicator, indicator) != 0 || g_strcmp0 (ts->unit, unit) != 0)
        continue;
      if (year > 0 && ts->year != year)
        continue;
      if (best == NULL
          || (ts->year >= want && (best->year < want || ts->year < best->year))
          || (ts->year < want && best->year < want && ts->year > best->year))
        best = ts;
    }
  return best;
}

MpChart *
mp_chart_data_compare (MpStore     *store,
                       GPtrArray   *judged,
                       const char  *indicator,
                       int          year,
                       const char  *highlight,
                       GError     **error)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) unit_rows = NULL;
  g_autoptr(MpBarsData) data = NULL;
  const MpTargetStatus *named = NULL;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  targets = judged_targets (store, judged, NULL, error);
  if (targets == NULL)
    return NULL;
  unit_rows = mp_store_list_units (store, error);
  if (unit_rows == NULL)
    return NULL;

  for (guint i = 0; i < targets->len && named == NULL; i++)
    if (g_strcmp0 (((MpTargetStatus *) g_ptr_array_index (targets, i))->indicator, indicator) == 0)
      named = g_ptr_array_index (targets, i);
  if (named == NULL)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("No unit has a target for “%s”."), indicator);
      return NULL;
    }
  {
    g_autofree char *subtitle = year > 0
      /* TRANSLATORS: the subtitle of the comparison of units: each bar is a
       * unit's latest value, coloured by the status of its target for the
       * year. */
      ? g_strdup_printf (_("Latest value of each unit · status of its target for %d"), year)
      : g_strdup (_("Latest value of each unit · status of its nearest target"));
    data = mp_bars_data_new (named->indicator_name, subtitle, named->measure, named->decimals, named->direction);
  }

  for (guint i = 0; i < unit_rows->len; i++)
    {
      MpUnitRow *row = g_ptr_array_index (unit_rows, i);
      const MpTargetStatus *ts = pick_target (targets, indicator, row->code, year);
      g_autoptr(GArray) points = mp_store_get_series (store, indicator, row->code, NULL);
      const MpSeriesPoint *latest = NULL;
      gboolean is_highlight = g_strcmp0 (row->code, highlight) == 0;

      if (points != NULL && points->len > 0)
        latest = &g_array_index (points, MpSeriesPoint, points->len - 1);
      if (ts == NULL && latest == NULL)
        continue;
      mp_bars_data_add (data, row->code, row->name, latest ? latest->value : NAN,
                        latest ? latest->period : NULL, latest ? latest->source : MP_SOURCE_NONE,
                        ts ? ts->status : MP_STATUS_NO_DATA, is_highlight);
      if (is_highlight && ts != NULL && ts->comparator != MP_COMPARATOR_DONE)
        mp_bars_data_set_target (data, ts->comparator, ts->value, ts->value_high, ts->year);
    }
  return mp_chart_new_bars (g_steal_pointer (&data));
}

MpChart *
mp_chart_data_status (MpStore     *store,
                      const char  *unit,
                      GError     **error)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) unit_rows = NULL;
  const char *name = NULL;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  targets = mp_store_list_targets (store, unit, 0, error);
  if (targets == NULL)
    return NULL;
  if (unit != NULL)
    {
      unit_rows = mp_store_list_units (store, error);
      if (unit_rows == NULL)
        return NULL;
      for (guint i = 0; i < unit_rows->len && name == NULL; i++)
        if (g_strcmp0 (((MpUnitRow *) g_ptr_array_index (unit_rows, i))->code, unit) == 0)
          name = ((MpUnitRow *) g_ptr_array_index (unit_rows, i))->name;
      if (name == NULL)
        {
          g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND, _("There is no unit “%s”."), unit);
          return NULL;
        }
    }

  return mp_chart_status_for_targets (targets, name);
}

MpChart *
mp_chart_status_for_targets (GPtrArray  *targets,
                             const char *unit_name)
{
  MpStatusData *data;

  g_return_val_if_fail (targets != NULL, NULL);

  data = mp_status_data_new (_("Targets by status"), unit_name != NULL ? unit_name : _("All units"));
  for (guint i = 0; i < targets->len; i++)
    data->counts[((MpTargetStatus *) g_ptr_array_index (targets, i))->status]++;
  return mp_chart_new_status (data);
}

/* The province a unit belongs to: the unit itself when it is a province,
 * region or country, else the nearest province above it. */
static MpUnitRow *
group_of (GHashTable *units,
          const char *code)
{
  MpUnitRow *row = code ? g_hash_table_lookup (units, code) : NULL;
  MpUnitRow *start = row;

  while (row != NULL && (g_strcmp0 (row->level, "district") == 0 || g_strcmp0 (row->level, "commune") == 0))
    row = row->parent ? g_hash_table_lookup (units, row->parent) : NULL;
  return row != NULL ? row : start;
}

MpChart *
mp_chart_data_network (MpStore     *store,
                       GPtrArray   *transfers,
                       GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) unit_rows = NULL;
  g_autoptr(GHashTable) units = NULL;
  MpNetworkData *data;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  rows = transfers != NULL ? g_ptr_array_ref (transfers) : mp_store_list_transfers (store, error);
  if (rows == NULL)
    return NULL;
  units = units_by_code (store, &unit_rows, error);
  if (units == NULL)
    return NULL;

  data = mp_network_data_new (_("Technology transfer"), _("Who supports whom: sender → receiver"));
  for (guint i = 0; i < rows->len; i++)
    {
      MpTransferRow *row = g_ptr_array_index (rows, i);
      MpUnitRow *from_group = group_of (units, row->from_unit);
      MpUnitRow *to_group = group_of (units, row->to_unit);
      guint from = MP_NETWORK_NO_NODE, to;

      if (row->from_code != NULL)
        from = mp_network_data_node (data, row->from_code, row->from_facility,
                                     from_group ? from_group->code : row->from_unit,
                                     from_group ? from_group->name : row->from_unit);
      to = mp_network_data_node (data, row->to_code, row->to_facility,
                                 to_group ? to_group->code : row->to_unit,
                                 to_group ? to_group->name : row->to_unit);
      mp_network_data_link (data, row->code, from, to, row->technique, row->kind, row->status,
                            row->staff_trained);
    }
  return mp_chart_new_network (data);
}
