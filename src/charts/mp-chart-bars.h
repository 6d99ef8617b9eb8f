/* mp-chart-bars.h — the comparison chart: one indicator across units or
 * facilities as horizontal bars, sorted, the target as a line, each bar in
 * the colour of its status. */
#pragma once

#include <cairo.h>
#include <glib.h>
#include "mp-types.h"
#include "mp-chart-style.h"

G_BEGIN_DECLS

typedef struct {
  char     *code;
  char     *name;        /* drawn as the bar's label, ellipsized if long */
  double    value;       /* NAN: no data (drawn as a label, at the end) */
  char     *period;      /* the period of the value, or NULL */
  MpValueSource source;
  MpStatus  status;      /* NO_DATA when the unit has no target */
  gboolean  highlight;   /* the unit the user is looking at */
} MpBarItem;

typedef struct {
  char        *title;
  char        *subtitle;
  char        *measure;
  int          decimals;
  MpDirection  direction;   /* best first: highest first for up, lowest for down */
  MpComparator comparator;  /* of the target line, if any */
  double       target;      /* NAN: no target line */
  double       target_high; /* NAN unless `between`: the band's top */
  int          target_year;
  GArray      *items;       /* MpBarItem, any order: the drawing sorts */
} MpBarsData;

MpBarsData *mp_bars_data_new    (const char   *title,
                                 const char   *subtitle,
                                 const char   *measure,
                                 int           decimals,
                                 MpDirection   direction);
void        mp_bars_data_free   (MpBarsData   *data);
void        mp_bars_data_add    (MpBarsData   *data,
                                 const char   *code,
                                 const char   *name,
                                 double        value,
                                 const char   *period,
                                 MpValueSource source,
                                 MpStatus      status,
                                 gboolean      highlight);
void        mp_bars_data_set_target (MpBarsData  *data,
                                     MpComparator comparator,
                                     double       value,
                                     double       value_high,
                                     int          year);

/* Draws the chart; one hit per bar. */
void        mp_bars_chart_draw  (const MpBarsData   *data,
                                 cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 const MpChartStyle *style,
                                 GArray             *hits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpBarsData, mp_bars_data_free)

G_END_DECLS
