/* mp-judge.c — how a target is judged (DESIGN §5).
 *
 * A pure function of the target and its observations: no database, no
 * clock (a `done` target is given the current year by its caller).
 */
#include "mp-judge.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* How far back the trend looks, in years (DESIGN §5 step 3). */
#define TREND_WINDOW 5.0
/* got/need at or above this is "at risk" rather than "off track". */
#define AT_RISK_RATIO 0.9

gboolean
mp_period_parse (const char *period,
                 double     *t,
                 int        *year)
{
  char *end = NULL;
  gint64 y;
  double offset = 0;

  if (period == NULL || strlen (period) < 4 || !g_ascii_isdigit (period[0]))
    return FALSE;
  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (period[i]))
      return FALSE;

  y = g_ascii_strtoll (period, &end, 10);
  if (end != period + 4 || y < 1900 || y > 2200)
    return FALSE;

  /* What follows the year: nothing, S1/S2, or Q1..Q4. */
  if (*end == '\0')
    offset = 0;
  else if (strlen (end) != 2)
    return FALSE;
  else if (end[0] == 'S' && (end[1] == '1' || end[1] == '2'))
    offset = end[1] == '1' ? -0.5 : 0;
  else if (end[0] == 'Q' && end[1] >= '1' && end[1] <= '4')
    {
      static const double quarter[] = { -0.75, -0.5, -0.25, 0 };
      offset = quarter[end[1] - '1'];
    }
  else
    return FALSE;

  if (t)
    *t = (double) y + offset;
  if (year)
    *year = (int) y;
  return TRUE;
}

gboolean
mp_period_is_valid (const char *period)
{
  return mp_period_parse (period, NULL, NULL);
}

static double
round_to (double value,
          int    decimals)
{
  double scale = pow (10, CLAMP (decimals, 0, 9));
  return round (value * scale) / scale;
}

gboolean
mp_target_satisfied (const MpTargetSpec *target,
                     double              value)
{
  if (isnan (value))
    return FALSE;

  switch (target->comparator)
    {
    case MP_COMPARATOR_GE:      return value >= target->value;
    case MP_COMPARATOR_GT:      return value > target->value;
    case MP_COMPARATOR_LE:      return value <= target->value;
    case MP_COMPARATOR_LT:      return value < target->value;
    case MP_COMPARATOR_EQ:
      return round_to (value, target->decimals) == round_to (target->value, target->decimals);
    case MP_COMPARATOR_BETWEEN:
      return value >= target->value && value <= target->value_high;
    case MP_COMPARATOR_DONE:    return value >= 0.5;
    default:                    return FALSE;
    }
}

static MpJudgement
judge_done (const MpTargetSpec *target,
            const MpPoint      *points,
            gsize               n_points)
{
  MpJudgement j = { MP_STATUS_NO_DATA, NAN, -1, NAN, NAN };
  double latest_t = -INFINITY;

  for (gsize i = 0; i < n_points; i++)
    {
      if (points[i].t >= latest_t)
        {
          latest_t = points[i].t;
          j.latest_index = (int) i;
        }
      if (mp_target_satisfied (target, points[i].value))
        j.status = MP_STATUS_ACHIEVED;
    }

  if (j.status != MP_STATUS_ACHIEVED && target->current_year > target->year)
    j.status = MP_STATUS_MISSED;
  return j;
}

/* Least-squares line through the points; FALSE when all share one t. */
static gboolean
fit_line (const MpPoint *points,
          gsize          n,
          double        *slope,
          double        *intercept)
{
  double mt = 0, mv = 0, stt = 0, stv = 0;

  for (gsize i = 0; i < n; i++)
    {
      mt += points[i].t;
      mv += points[i].value;
    }
  mt /= n;
  mv /= n;
  for (gsize i = 0; i < n; i++)
    {
      stt += (points[i].t - mt) * (points[i].t - mt);
      stv += (points[i].t - mt) * (points[i].value - mv);
    }
  if (stt < 1e-12)
    return FALSE;
  *slope = stv / stt;
  *intercept = mv - *slope * mt;
  return TRUE;
}

static double
nearer_bound (const MpTargetSpec *target,
              double              latest)
{
  if (target->comparator != MP_COMPARATOR_BETWEEN)
    return target->value;
  return fabs (latest - target->value) <= fabs (latest - target->value_high)
         ? target->value : target->value_high;
}

MpJudgement
mp_judge (const MpTargetSpec *target,
          const MpPoint      *points,
          gsize               n_points)
{
  MpJudgement j = { MP_STATUS_NO_DATA, NAN, -1, NAN, NAN };
  g_autofree MpPoint *window = NULL;
  gsize n_window = 0;
  double latest_t = -INFINITY, latest_v = NAN;
  double slope, intercept, p, need, got;
  gboolean latest_ok;

  g_return_val_if_fail (target != NULL, j);
  g_return_val_if_fail (points != NULL || n_points == 0, j);

  if (target->comparator == MP_COMPARATOR_DONE)
    return judge_done (target, points, n_points);

  /* 1. No observation at all. */
  if (n_points == 0)
    return j;

  for (gsize i = 0; i < n_points; i++)
    if (points[i].t >= latest_t)
      {
        latest_t = points[i].t;
        latest_v = points[i].value;
        j.latest_index = (int) i;
      }

  /* 2. The target's year has been reached: judge the observation nearest
   *    before it (or the earliest one if all are after it). */
  if (latest_t >= target->year)
    {
      int best = -1, earliest = 0;

      for (gsize i = 0; i < n_points; i++)
        {
          if (points[i].t <= target->year && (best < 0 || points[i].t >= points[best].t))
            best = (int) i;
          if (points[i].t < points[earliest].t)
            earliest = (int) i;
        }
      if (best < 0)
        best = earliest;
      j.status = mp_target_satisfied (target, points[best].value)
                 ? MP_STATUS_ACHIEVED : MP_STATUS_MISSED;
      return j;
    }

  /* 3. The trend window, with the baseline if the window is too thin. */
  latest_ok = mp_target_satisfied (target, latest_v);
  window = g_new (MpPoint, n_points + 1);
  for (gsize i = 0; i < n_points; i++)
    if (points[i].t > latest_t - TREND_WINDOW)
      window[n_window++] = points[i];
  if (n_window < 2 && target->has_baseline && target->baseline_t < latest_t
      && !isnan (target->baseline_value))
    window[n_window++] = (MpPoint) { target->baseline_t, target->baseline_value };

  if (n_window < 2 || !fit_line (window, n_window, &slope, &intercept))
    {
      j.status = latest_ok ? MP_STATUS_ON_TRACK : MP_STATUS_NO_DATA;
      return j;
    }

  /* 4. Project the line to the target's year. */
  p = slope * target->year + intercept;
  j.projected = p;
  j.slope = slope;
  j.intercept = intercept;
  if (mp_target_satisfied (target, p))
    {
      j.status = MP_STATUS_ON_TRACK;
      return j;
    }
  if (latest_ok)
    {
      j.status = MP_STATUS_AT_RISK;
      return j;
    }

  /* 5. How much of the distance to the target the trend covers. A latest
   *    value sitting exactly on the bound (a strict comparator) is at risk. */
  need = nearer_bound (target, latest_v) - latest_v;
  got = p - latest_v;
  if (need == 0)
    j.status = MP_STATUS_AT_RISK;
  else
    j.status = got / need >= AT_RISK_RATIO ? MP_STATUS_AT_RISK : MP_STATUS_OFF_TRACK;
  return j;
}
