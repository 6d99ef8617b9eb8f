/* mp-chart-trend-private.h — what the two halves of the trend chart share:
 * the plot's geometry (mp-chart-trend.c lays it out) and the marks drawn
 * in it (mp-chart-trend-marks.c). Private to src/charts. */
#pragma once

#include <math.h>
#include <pango/pangocairo.h>

#include "mp-chart-trend.h"
#include "mp-chart-private.h"

G_BEGIN_DECLS

#define MAX_PLACED 64

/* Where things go: the plot rectangle in user space, the ranges it shows,
 * and the labels placed so far (so that none covers another). */
typedef struct {
  const MpTrendData  *data;
  const MpChartStyle *style;
  cairo_t            *cr;
  GArray             *hits;
  double              k;          /* line widths, marker sizes: font_size / 12 */
  double              x0, x1;     /* the plot rectangle */
  double              y0, y1;
  double              top;        /* labels may go up to here (under the legend) */
  double              right;      /* and right up to here */
  double              tmin, tmax; /* years */
  double              vmin, vmax; /* values */
  PangoLayout        *small;      /* reused for the small labels */
  double              small_h;
  double              year_w;     /* the width of "2030" in it */
  double              placed[MAX_PLACED][4];
  guint               n_placed;
} MpTrendPlot;

static inline double
px (const MpTrendPlot *p,
    double             t)
{
  return p->x0 + (t - p->tmin) / (p->tmax - p->tmin) * (p->x1 - p->x0);
}

static inline double
py (const MpTrendPlot *p,
    double             v)
{
  return p->y1 - (v - p->vmin) / (p->vmax - p->vmin) * (p->y1 - p->y0);
}

static inline gboolean
is_range (const MpTrendPoint *pt)
{
  return isfinite (pt->value) && isfinite (pt->value_high);
}

static inline gboolean
is_plain (const MpTrendPoint *pt)
{
  return isfinite (pt->value) && !isfinite (pt->value_high);
}

/* The labels: placed rectangles that later labels keep clear of, and the
 * small (0.85) text the axes and markers use. */
void     mp_trend_place              (MpTrendPlot *p,
                                      double x, double y, double w, double h);
void     mp_trend_show_small         (MpTrendPlot *p,
                                      const char  *text,
                                      double       x,
                                      double       y,
                                      MpRgba       color);
double   mp_trend_small_width        (MpTrendPlot *p,
                                      const char  *text);

/* Where the required trajectory passes at a milestone; NAN for `done`. */
double   mp_trend_milestone_anchor   (const MpTrendMilestone *m);
gboolean mp_trend_has_trajectory     (const MpTrendData      *data);
gboolean mp_trend_has_projection     (const MpTrendData      *data);
MpRgba   mp_trend_projection_color   (const MpTrendData      *data,
                                      const MpChartStyle     *style);

/* The marks, in the order they are drawn. */
void     mp_trend_draw_axes          (MpTrendPlot  *p,
                                      const double *ticks,
                                      char        **tick_labels,
                                      guint         n_ticks,
                                      int           year_step);
void     mp_trend_draw_bands         (MpTrendPlot *p);
void     mp_trend_draw_trajectory    (MpTrendPlot *p);
void     mp_trend_draw_series        (MpTrendPlot         *p,
                                      const MpTrendSeries *series,
                                      MpRgba               color,
                                      double               line_width,
                                      double               dot_r,
                                      gboolean             observed);
void     mp_trend_draw_projection    (MpTrendPlot *p);
void     mp_trend_draw_baseline      (MpTrendPlot *p);
void     mp_trend_draw_milestones    (MpTrendPlot *p);
void     mp_trend_draw_milestone_labels (MpTrendPlot *p);

G_END_DECLS
