/* mp-judge.h — how a target is judged (DESIGN §5): a pure function. */
#pragma once

#include <glib.h>
#include "mp-types.h"

G_BEGIN_DECLS

/* Parses a DHIS2 period (2025, 2025S1, 2025S2, 2025Q1..Q4) and gives its
 * time t (DESIGN §5) and its year. */
gboolean mp_period_parse (const char *period,
                          double     *t,
                          int        *year);
gboolean mp_period_is_valid (const char *period);

typedef struct {
  double t;      /* time of the period */
  double value;
} MpPoint;

typedef struct {
  MpComparator comparator;
  double       value;          /* lower bound for `between` */
  double       value_high;     /* upper bound for `between` */
  int          year;
  int          decimals;       /* used by `eq` */
  gboolean     has_baseline;
  double       baseline_t;
  double       baseline_value;
  int          current_year;   /* only `done` targets use it: missed after */
} MpTargetSpec;

typedef struct {
  MpStatus status;
  double   projected;     /* NAN when no projection was made */
  int      latest_index;  /* index in the points of the latest one, -1 */
  double   slope;         /* the fitted line (value = slope × t + intercept), */
  double   intercept;     /* NAN when no projection was made */
} MpJudgement;

/* Whether `value` satisfies the target's comparator. For `done`, a value
 * of 1 (yes) satisfies it. */
gboolean    mp_target_satisfied (const MpTargetSpec *target,
                                 double              value);

/* Judges `target` against the observations `points` (any order). */
MpJudgement mp_judge            (const MpTargetSpec *target,
                                 const MpPoint      *points,
                                 gsize               n_points);

G_END_DECLS
