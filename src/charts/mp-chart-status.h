/* mp-chart-status.h — the status overview: how many targets are achieved,
 * on track, at risk, off track, missed, or have no data. */
#pragma once

#include <cairo.h>
#include <glib.h>
#include "mp-types.h"
#include "mp-chart-style.h"

G_BEGIN_DECLS

#define MP_N_STATUSES (MP_STATUS_ACHIEVED + 1)

typedef struct {
  char  *title;
  char  *subtitle;
  guint  counts[MP_N_STATUSES];   /* indexed by MpStatus */
} MpStatusData;

MpStatusData *mp_status_data_new   (const char   *title,
                                    const char   *subtitle);
void          mp_status_data_free  (MpStatusData *data);

/* Draws a donut with the total in its middle and a legend of the counts
 * (best first: achieved … no data); one hit per segment. */
void          mp_status_chart_draw (const MpStatusData *data,
                                    cairo_t            *cr,
                                    double              width,
                                    double              height,
                                    const MpChartStyle *style,
                                    GArray             *hits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpStatusData, mp_status_data_free)

G_END_DECLS
