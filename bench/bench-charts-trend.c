/* bench-charts-trend.c — the trend chart the benchmark draws: one unit and
 * 34 comparison units, 20 years of annual values each, three milestones
 * and a projection. The values are deterministic pseudo-random numbers
 * around a rising trend, for timing only; they are no real figures. */
#include <math.h>

#include "bench-charts.h"

#define UNITS 34
#define FIRST_YEAR 2006
#define YEARS 20

/* A small linear congruential generator: the same numbers on every run. */
static double
next_random (guint32 *state)
{
  *state = *state * 1664525u + 1013904223u;
  return (*state >> 8) / (double) (1u << 24);
}

static void
add_years (MpTrendSeries *series,
           double         start,
           double         slope,
           guint32       *state)
{
  for (int i = 0; i < YEARS; i++)
    {
      char period[8];

      g_snprintf (period, sizeof period, "%d", FIRST_YEAR + i);
      mp_trend_series_add (series, period, start + slope * i + (next_random (state) - 0.5) * 1.5,
                           NAN, MP_SOURCE_TYPED, NAN, NAN);
    }
}

MpTrendData *
bench_trend_data (void)
{
  MpTrendData *data = mp_trend_data_new ("Số bác sĩ trên 10.000 dân", "Tỉnh 00 · dữ liệu giả lập",
                                         "per_10k", 1, MP_DIRECTION_UP, "Tỉnh 00");
  guint32 state = 20250101;

  add_years (data->observed, 7, 0.45, &state);
  for (int u = 0; u < UNITS; u++)
    {
      char name[32];
      MpTrendSeries *series;

      g_snprintf (name, sizeof name, "Tỉnh %02d", u + 1);
      series = mp_trend_series_new (name);
      add_years (series, 4 + 8 * next_random (&state), 0.2 + 0.4 * next_random (&state), &state);
      g_ptr_array_add (data->comparisons, series);
    }

  data->has_baseline = TRUE;
  data->baseline_year = 2020;
  data->baseline_value = 13;
  mp_trend_data_add_milestone (data, 2025, MP_COMPARATOR_GE, 15, NAN, MP_STATUS_ACHIEVED, "NQ-01");
  mp_trend_data_add_milestone (data, 2030, MP_COMPARATOR_GE, 19, NAN, MP_STATUS_AT_RISK, "NQ-72");
  mp_trend_data_add_milestone (data, 2035, MP_COMPARATOR_BETWEEN, 20, 23, MP_STATUS_ON_TRACK, "NQ-72");
  data->proj_t0 = 2025;
  data->proj_v0 = 15.6;
  data->proj_t1 = 2035;
  data->proj_v1 = 20.1;
  return data;
}
