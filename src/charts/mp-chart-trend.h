/* mp-chart-trend.h — the trend chart of one indicator for one unit
 * (DESIGN §1.2, §5): observed values by period, the required trajectory
 * from the baseline through each milestone target, the projection of the
 * current trend, comparison series. */
#pragma once

#include <cairo.h>
#include <glib.h>
#include "mp-types.h"
#include "mp-chart-style.h"

G_BEGIN_DECLS

typedef struct {
  char          *period;      /* "2025", "2025S1" */
  double         t;           /* the period's time (DESIGN §5) */
  double         value;
  double         value_high;  /* NAN, or the top of a range (value is the bottom) */
  MpValueSource  source;      /* typed or computed */
  double         numerator;   /* computed values: what they are made of, */
  double         denominator; /* else NAN */
} MpTrendPoint;

typedef struct {
  char   *name;    /* "Cần Thơ", "Đồng bằng sông Cửu Long" */
  GArray *points;  /* MpTrendPoint, ascending t */
} MpTrendSeries;

typedef struct {
  int           year;
  MpComparator  comparator;
  double        value;        /* NAN for `done` */
  double        value_high;   /* NAN unless `between` */
  MpStatus      status;
  char         *document;     /* document code, or NULL */
} MpTrendMilestone;

typedef struct {
  char          *title;       /* the indicator's name */
  char          *subtitle;    /* the unit's name, the documents */
  char          *measure;     /* per_10k, percent, count, years, cm, ratio, yesno */
  int            decimals;
  MpDirection    direction;
  MpTrendSeries *observed;    /* never NULL; its points may be empty */
  GPtrArray     *comparisons; /* MpTrendSeries*, drawn thinner, each its colour */
  GArray        *milestones;  /* MpTrendMilestone, ascending year */
  gboolean       has_baseline;
  int            baseline_year;
  double         baseline_value;
  /* The projection of DESIGN §5: a segment from (proj_t0, proj_v0) to
   * (proj_t1, proj_v1), the fitted line from the latest point to the last
   * milestone's year. All NAN when no projection was made. */
  double         proj_t0, proj_v0, proj_t1, proj_v1;
} MpTrendData;

MpTrendData   *mp_trend_data_new        (const char    *title,
                                         const char    *subtitle,
                                         const char    *measure,
                                         int            decimals,
                                         MpDirection    direction,
                                         const char    *observed_name);
void           mp_trend_data_free       (MpTrendData   *data);
MpTrendSeries *mp_trend_series_new      (const char    *name);
void           mp_trend_series_free     (MpTrendSeries *series);
/* Appends a point; `period` is parsed for t. value_high NAN for a plain
 * value; numerator and denominator NAN for a typed value. Returns FALSE
 * (and appends nothing) for an invalid period. */
gboolean       mp_trend_series_add      (MpTrendSeries *series,
                                         const char    *period,
                                         double         value,
                                         double         value_high,
                                         MpValueSource  source,
                                         double         numerator,
                                         double         denominator);
void           mp_trend_data_add_milestone (MpTrendData  *data,
                                            int           year,
                                            MpComparator  comparator,
                                            double        value,
                                            double        value_high,
                                            MpStatus      status,
                                            const char   *document);

/* Draws the chart in (0, 0, width, height). When `hits` is not NULL, one
 * MpChartHit per observed or comparison point and per milestone is appended
 * to it (see mp-chart-private.h). */
void           mp_trend_chart_draw      (const MpTrendData  *data,
                                         cairo_t            *cr,
                                         double              width,
                                         double              height,
                                         const MpChartStyle *style,
                                         GArray             *hits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpTrendData, mp_trend_data_free)

G_END_DECLS
