/* mp-chart.h — a chart ready to draw: its data and the kind of drawing,
 * with no GTK (DESIGN §2). The same chart draws the widget on screen and
 * the PNG, SVG and PDF files.
 *
 * A chart records, on each draw, the regions a pointer can hover (a point,
 * a bar, a link) with the text of their tooltip; the GTK widget asks for
 * it with mp_chart_hit_test().
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "mp-chart-style.h"
#include "mp-chart-trend.h"
#include "mp-chart-bars.h"
#include "mp-chart-status.h"
#include "mp-chart-network.h"

G_BEGIN_DECLS

typedef enum {
  MP_CHART_TREND,
  MP_CHART_BARS,
  MP_CHART_STATUS,
  MP_CHART_NETWORK,
} MpChartKind;

typedef struct _MpChart MpChart;

/* Each takes ownership of its data. */
MpChart     *mp_chart_new_trend   (MpTrendData   *data);
MpChart     *mp_chart_new_bars    (MpBarsData    *data);
MpChart     *mp_chart_new_status  (MpStatusData  *data);
MpChart     *mp_chart_new_network (MpNetworkData *data);

MpChart     *mp_chart_ref         (MpChart *chart);
void         mp_chart_unref       (MpChart *chart);

MpChartKind  mp_chart_get_kind    (MpChart *chart);
/* The title drawn at the top, and the file name a save proposes. */
const char  *mp_chart_get_title   (MpChart *chart);
/* The data, for the kind the chart is; NULL for another kind. */
const MpTrendData   *mp_chart_get_trend   (MpChart *chart);
const MpBarsData    *mp_chart_get_bars    (MpChart *chart);
const MpStatusData  *mp_chart_get_status  (MpChart *chart);
const MpNetworkData *mp_chart_get_network (MpChart *chart);

/* Draws the chart onto `cr` in the rectangle (0, 0, width, height) of its
 * user space, and remembers the hover regions in that space. */
void         mp_chart_draw        (MpChart            *chart,
                                   cairo_t            *cr,
                                   double              width,
                                   double              height,
                                   const MpChartStyle *style);

/* The tooltip text of what lies under (x, y) in the last draw, or NULL.
 * The string belongs to the chart and lives until the next draw. When
 * `area` is given it receives the hovered region. */
const char  *mp_chart_hit_test    (MpChart               *chart,
                                   double                 x,
                                   double                 y,
                                   cairo_rectangle_t     *area);

/* Writes the chart to `path` as PNG, SVG or PDF, chosen by the file's
 * extension (.png, .svg, .pdf, any case), `width` × `height` points, in
 * the light style. A PNG is drawn at `scale` (1 or 2) device pixels per
 * point. Fails with G_IO_ERROR_NOT_SUPPORTED for another extension and with
 * a translated message naming the file when it cannot be written. */
gboolean     mp_chart_save        (MpChart            *chart,
                                   const char         *path,
                                   int                 width,
                                   int                 height,
                                   double              scale,
                                   GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpChart, mp_chart_unref)

G_END_DECLS
