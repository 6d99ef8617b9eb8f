/* test-judge.c — DESIGN §5, every branch, and both worked examples. */
#include <math.h>

#include "mp-judge.h"

static MpTargetSpec
ge_target (double value,
           int    year)
{
  MpTargetSpec t = { 0 };
  t.comparator = MP_COMPARATOR_GE;
  t.value = value;
  t.value_high = NAN;
  t.year = year;
  t.decimals = 1;
  t.current_year = 2026;
  return t;
}

static void
test_period (void)
{
  double t;
  int y;

  g_assert_true (mp_period_parse ("2025", &t, &y));
  g_assert_cmpfloat (t, ==, 2025);
  g_assert_cmpint (y, ==, 2025);
  g_assert_true (mp_period_parse ("2025S2", &t, NULL));
  g_assert_cmpfloat (t, ==, 2025);
  g_assert_true (mp_period_parse ("2025Q4", &t, NULL));
  g_assert_cmpfloat (t, ==, 2025);
  g_assert_true (mp_period_parse ("2025S1", &t, NULL));
  g_assert_cmpfloat (t, ==, 2024.5);
  g_assert_true (mp_period_parse ("2025Q2", &t, NULL));
  g_assert_cmpfloat (t, ==, 2024.5);
  g_assert_true (mp_period_parse ("2025Q1", &t, NULL));
  g_assert_cmpfloat (t, ==, 2024.25);
  g_assert_true (mp_period_parse ("2025Q3", &t, NULL));
  g_assert_cmpfloat (t, ==, 2024.75);

  g_assert_false (mp_period_is_valid (NULL));
  g_assert_false (mp_period_is_valid (""));
  g_assert_false (mp_period_is_valid ("25"));
  g_assert_false (mp_period_is_valid ("2025S3"));
  g_assert_false (mp_period_is_valid ("2025Q5"));
  g_assert_false (mp_period_is_valid ("2025Q"));
  g_assert_false (mp_period_is_valid ("2025W1"));
  g_assert_false (mp_period_is_valid ("2025 "));
  g_assert_false (mp_period_is_valid ("20250"));
  g_assert_false (mp_period_is_valid ("-2025"));
}

/* DESIGN §5: 2025: 14.8, 2026: 15.6 -> slope 0.8, p = 18.8, need 3.4,
 * got 3.2, ratio 0.94 -> at risk. */
static void
test_worked_example_at_risk (void)
{
  MpTargetSpec t = ge_target (19, 2030);
  MpPoint p[] = { { 2025, 14.8 }, { 2026, 15.6 } };
  MpJudgement j = mp_judge (&t, p, 2);

  g_assert_cmpint (j.status, ==, MP_STATUS_AT_RISK);
  g_assert_cmpfloat_with_epsilon (j.projected, 18.8, 1e-9);
  g_assert_cmpint (j.latest_index, ==, 1);
  /* The fitted line the trend chart draws: 0.8 a year through 14.8 in 2025. */
  g_assert_cmpfloat_with_epsilon (j.slope, 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (j.slope * 2025 + j.intercept, 14.8, 1e-6);
}

/* With 2026: 16.0 -> p = 20.8 -> on track. */
static void
test_worked_example_on_track (void)
{
  MpTargetSpec t = ge_target (19, 2030);
  MpPoint p[] = { { 2026, 16.0 }, { 2025, 14.8 } };
  MpJudgement j = mp_judge (&t, p, 2);

  g_assert_cmpint (j.status, ==, MP_STATUS_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (j.projected, 20.8, 1e-9);
  g_assert_cmpint (j.latest_index, ==, 0);
}

/* Step 1. */
static void
test_no_observation (void)
{
  MpTargetSpec t = ge_target (19, 2030);
  MpJudgement j = mp_judge (&t, NULL, 0);

  g_assert_cmpint (j.status, ==, MP_STATUS_NO_DATA);
  g_assert_true (isnan (j.projected));
  g_assert_true (isnan (j.slope) && isnan (j.intercept));
  g_assert_cmpint (j.latest_index, ==, -1);
}

/* Step 2: the year is reached; the observation nearest before it counts. */
static void
test_year_reached (void)
{
  MpTargetSpec t = ge_target (19, 2030);
  MpPoint achieved[] = { { 2028, 15 }, { 2030, 19.2 }, { 2031, 10 } };
  MpPoint missed[] = { { 2029, 18.9 }, { 2030, 18.95 } };
  MpPoint before_wins[] = { { 2029.5, 19.5 }, { 2031, 10 } };  /* 2030S1 kind of point */
  MpPoint all_after[] = { { 2032, 25 }, { 2031, 12 } };         /* earliest = 2031 */

  g_assert_cmpint (mp_judge (&t, achieved, 3).status, ==, MP_STATUS_ACHIEVED);
  g_assert_cmpint (mp_judge (&t, missed, 2).status, ==, MP_STATUS_MISSED);
  g_assert_cmpint (mp_judge (&t, before_wins, 2).status, ==, MP_STATUS_ACHIEVED);
  g_assert_cmpint (mp_judge (&t, all_after, 2).status, ==, MP_STATUS_MISSED);
  g_assert_true (isnan (mp_judge (&t, achieved, 3).projected));
}

/* Step 3: the window keeps the last five years; the baseline fills in. */
static void
test_window_and_baseline (void)
{
  MpTargetSpec t = ge_target (19, 2030);
  MpPoint one[] = { { 2025, 14.8 } };
  MpPoint old_and_new[] = { { 2018, 5 }, { 2024, 15 }, { 2025, 16 } };
  MpJudgement j;

  /* One point, no baseline, not satisfied: no data. */
  g_assert_cmpint (mp_judge (&t, one, 1).status, ==, MP_STATUS_NO_DATA);

  /* One point satisfying the target: on track. */
  {
    MpPoint high[] = { { 2025, 20 } };
    g_assert_cmpint (mp_judge (&t, high, 1).status, ==, MP_STATUS_ON_TRACK);
  }

  /* One point plus an earlier baseline: a line. 2020: 10 -> 2025: 14.8,
   * slope 0.96, p = 19.6. */
  t.has_baseline = TRUE;
  t.baseline_t = 2020;
  t.baseline_value = 10;
  j = mp_judge (&t, one, 1);
  g_assert_cmpint (j.status, ==, MP_STATUS_ON_TRACK);
  g_assert_cmpfloat_with_epsilon (j.projected, 19.6, 1e-9);

  /* A baseline at the latest point's time is not added. */
  t.baseline_t = 2025;
  g_assert_cmpint (mp_judge (&t, one, 1).status, ==, MP_STATUS_NO_DATA);

  /* 2018 is outside the window (t > 2025 - 5): slope 1 from 2024-2025,
   * p = 21; with 2018 the line would be flatter. */
  t.has_baseline = FALSE;
  j = mp_judge (&t, old_and_new, 3);
  g_assert_cmpfloat_with_epsilon (j.projected, 21, 1e-9);
  g_assert_cmpint (j.status, ==, MP_STATUS_ON_TRACK);

  /* Two points at one time cannot make a line. */
  {
    MpPoint same_t[] = { { 2025, 14 }, { 2025, 15 } };
    g_assert_cmpint (mp_judge (&t, same_t, 2).status, ==, MP_STATUS_NO_DATA);
  }
}

/* Step 4: satisfied now but not at the target year. */
static void
test_at_risk_when_falling (void)
{
  MpTargetSpec t = ge_target (19, 2030);
  MpPoint p[] = { { 2025, 21 }, { 2026, 20 } };  /* p = 16 */
  MpJudgement j = mp_judge (&t, p, 2);

  g_assert_cmpint (j.status, ==, MP_STATUS_AT_RISK);
  g_assert_cmpfloat_with_epsilon (j.projected, 16, 1e-9);
}

/* Step 5: the trend covers under 90% of the distance. */
static void
test_off_track (void)
{
  MpTargetSpec t = ge_target (19, 2030);
  MpPoint p[] = { { 2025, 14.8 }, { 2026, 15.0 } };  /* p = 15.8: got 0.8 of need 4 */
  MpJudgement j = mp_judge (&t, p, 2);

  g_assert_cmpint (j.status, ==, MP_STATUS_OFF_TRACK);
}

/* Lower is better: "giảm còn 35%" (le). */
static void
test_down_target (void)
{
  MpTargetSpec t = ge_target (35, 2025);
  MpPoint slow[] = { { 2021, 45 }, { 2022, 43 } };     /* p = 37: got -6 of -8 = 0.75 */
  MpPoint fast[] = { { 2021, 45 }, { 2022, 42 } };     /* p = 33 */
  MpPoint close[] = { { 2021, 40 }, { 2022, 39 } };    /* p = 36: got -3 of -4 = 0.75 */
  MpPoint nearly[] = { { 2021, 38.2 }, { 2022, 38 } }; /* p = 37.4: -0.6 of -3 */

  t.comparator = MP_COMPARATOR_LE;
  g_assert_cmpint (mp_judge (&t, slow, 2).status, ==, MP_STATUS_OFF_TRACK);
  g_assert_cmpint (mp_judge (&t, fast, 2).status, ==, MP_STATUS_ON_TRACK);
  g_assert_cmpint (mp_judge (&t, close, 2).status, ==, MP_STATUS_OFF_TRACK);
  g_assert_cmpint (mp_judge (&t, nearly, 2).status, ==, MP_STATUS_OFF_TRACK);

  {
    MpPoint ninety[] = { { 2021, 45 }, { 2022, 42.3 } }; /* p = 34.2 < 35 → on track */
    MpPoint ratio[] = { { 2022, 40 }, { 2023, 38.8 } };  /* p = 36.4: got -2.4 of -3.8 */
    g_assert_cmpint (mp_judge (&t, ninety, 2).status, ==, MP_STATUS_ON_TRACK);
    g_assert_cmpint (mp_judge (&t, ratio, 2).status, ==, MP_STATUS_OFF_TRACK);
  }

  /* Strict: "dưới 15%" (lt). p = 15.4, need -1.5, got -1.1 (0.73). */
  t.comparator = MP_COMPARATOR_LT;
  t.value = 15;
  {
    MpPoint p[] = { { 2023, 16.5 }, { 2024, 16.5 - 1.1 / 1 } };
    MpJudgement j = mp_judge (&t, p, 2);
    g_assert_cmpfloat_with_epsilon (j.projected, 14.3, 1e-9);
    g_assert_cmpint (j.status, ==, MP_STATUS_ON_TRACK);
  }
}

/* got/need exactly at and around the 0.9 threshold. */
static void
test_ratio_threshold (void)
{
  MpTargetSpec t = ge_target (20, 2030);
  /* latest 10 at 2026, slope s: p = 10 + 4s; need 10. */
  MpPoint at[] = { { 2025, 7.75 }, { 2026, 10 } };      /* s 2.25: p 19: ratio 0.9 */
  MpPoint below[] = { { 2025, 7.8 }, { 2026, 10 } };    /* s 2.2: p 18.8: 0.88 */

  g_assert_cmpint (mp_judge (&t, at, 2).status, ==, MP_STATUS_AT_RISK);
  g_assert_cmpint (mp_judge (&t, below, 2).status, ==, MP_STATUS_OFF_TRACK);

  /* Strict comparator, latest sitting on the bound: at risk. */
  t.comparator = MP_COMPARATOR_GT;
  {
    MpPoint on_bound[] = { { 2025, 20 }, { 2026, 20 } };
    g_assert_cmpint (mp_judge (&t, on_bound, 2).status, ==, MP_STATUS_AT_RISK);
  }
}

/* "từ 30 đến 50": inclusive range, nearer end as the bound. */
static void
test_between (void)
{
  MpTargetSpec t = ge_target (30, 2030);
  MpPoint inside[] = { { 2025, 30 } };
  MpPoint too_many[] = { { 2025, 60 }, { 2026, 58 } };   /* p 50: on track (inclusive) */
  MpPoint rising[] = { { 2025, 10 }, { 2026, 14 } };     /* p 30: on track */
  MpPoint slow[] = { { 2025, 10 }, { 2026, 13 } };       /* p 25: need 17, got 12: off */
  MpPoint overshoot[] = { { 2025, 20 }, { 2026, 26 } };  /* p 50: on track */

  t.comparator = MP_COMPARATOR_BETWEEN;
  t.value_high = 50;
  g_assert_true (mp_target_satisfied (&t, 30));
  g_assert_true (mp_target_satisfied (&t, 50));
  g_assert_false (mp_target_satisfied (&t, 50.01));
  g_assert_false (mp_target_satisfied (&t, 29.99));
  g_assert_cmpint (mp_judge (&t, inside, 1).status, ==, MP_STATUS_ON_TRACK);
  g_assert_cmpint (mp_judge (&t, too_many, 2).status, ==, MP_STATUS_ON_TRACK);
  g_assert_cmpint (mp_judge (&t, rising, 2).status, ==, MP_STATUS_ON_TRACK);
  g_assert_cmpint (mp_judge (&t, slow, 2).status, ==, MP_STATUS_OFF_TRACK);
  g_assert_cmpint (mp_judge (&t, overshoot, 2).status, ==, MP_STATUS_ON_TRACK);

  /* Above the range and falling too slowly: the upper end is the bound. */
  {
    MpPoint high[] = { { 2025, 70 }, { 2026, 66 } };  /* p 50 → on track */
    MpPoint high_slow[] = { { 2025, 70 }, { 2026, 68 } };  /* p 60: need -18, got -8 */
    g_assert_cmpint (mp_judge (&t, high, 2).status, ==, MP_STATUS_ON_TRACK);
    g_assert_cmpint (mp_judge (&t, high_slow, 2).status, ==, MP_STATUS_OFF_TRACK);
  }
}

/* `eq` compares after rounding to the indicator's decimals. */
static void
test_eq (void)
{
  MpTargetSpec t = ge_target (3, 2025);

  t.comparator = MP_COMPARATOR_EQ;
  t.decimals = 0;
  g_assert_true (mp_target_satisfied (&t, 3.4));
  g_assert_false (mp_target_satisfied (&t, 3.6));
  t.decimals = 1;
  g_assert_false (mp_target_satisfied (&t, 3.4));
  g_assert_true (mp_target_satisfied (&t, 3.04));
  g_assert_false (mp_target_satisfied (&t, NAN));
}

/* Qualitative targets: "end AIDS by 2030". */
static void
test_done (void)
{
  MpTargetSpec t = ge_target (NAN, 2030);
  MpPoint no[] = { { 2025, 0 } };
  MpPoint yes[] = { { 2025, 0 }, { 2028, 1 } };

  t.comparator = MP_COMPARATOR_DONE;
  t.current_year = 2026;
  g_assert_cmpint (mp_judge (&t, NULL, 0).status, ==, MP_STATUS_NO_DATA);
  g_assert_cmpint (mp_judge (&t, no, 1).status, ==, MP_STATUS_NO_DATA);
  g_assert_cmpint (mp_judge (&t, yes, 2).status, ==, MP_STATUS_ACHIEVED);
  g_assert_cmpint (mp_judge (&t, yes, 2).latest_index, ==, 1);
  t.current_year = 2031;
  g_assert_cmpint (mp_judge (&t, no, 1).status, ==, MP_STATUS_MISSED);
  g_assert_cmpint (mp_judge (&t, NULL, 0).status, ==, MP_STATUS_MISSED);
  g_assert_cmpint (mp_judge (&t, yes, 2).status, ==, MP_STATUS_ACHIEVED);
  t.current_year = 2030;
  g_assert_cmpint (mp_judge (&t, no, 1).status, ==, MP_STATUS_NO_DATA);
}

static void
test_comparators (void)
{
  MpTargetSpec t = ge_target (95, 2025);

  g_assert_true (mp_target_satisfied (&t, 95));
  t.comparator = MP_COMPARATOR_GT;
  g_assert_false (mp_target_satisfied (&t, 95));
  g_assert_true (mp_target_satisfied (&t, 95.1));
  t.comparator = MP_COMPARATOR_LE;
  g_assert_true (mp_target_satisfied (&t, 95));
  t.comparator = MP_COMPARATOR_LT;
  g_assert_false (mp_target_satisfied (&t, 95));
  g_assert_true (mp_target_satisfied (&t, 94.9));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/judge/period", test_period);
  g_test_add_func ("/judge/worked-example/at-risk", test_worked_example_at_risk);
  g_test_add_func ("/judge/worked-example/on-track", test_worked_example_on_track);
  g_test_add_func ("/judge/no-observation", test_no_observation);
  g_test_add_func ("/judge/year-reached", test_year_reached);
  g_test_add_func ("/judge/window-and-baseline", test_window_and_baseline);
  g_test_add_func ("/judge/at-risk-when-falling", test_at_risk_when_falling);
  g_test_add_func ("/judge/off-track", test_off_track);
  g_test_add_func ("/judge/down", test_down_target);
  g_test_add_func ("/judge/ratio-threshold", test_ratio_threshold);
  g_test_add_func ("/judge/between", test_between);
  g_test_add_func ("/judge/eq", test_eq);
  g_test_add_func ("/judge/done", test_done);
  g_test_add_func ("/judge/comparators", test_comparators);
  return g_test_run ();
}
