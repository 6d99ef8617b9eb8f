/* mp-chart-view.h — a widget that shows one chart (src/charts), in the
 * colours and font of the theme, with tooltips on what the pointer hovers
 * and a menu to save the chart as PNG, SVG or PDF. */
#pragma once

#include <adwaita.h>

#include "mp-chart.h"

G_BEGIN_DECLS

#define MP_TYPE_CHART_VIEW (mp_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (MpChartView, mp_chart_view, MP, CHART_VIEW, GtkWidget)

GtkWidget  *mp_chart_view_new                  (void);

/* Shows `chart` (the view takes a reference); NULL shows the placeholder
 * text instead. */
void        mp_chart_view_set_chart            (MpChartView  *self,
                                                MpChart      *chart);
MpChart    *mp_chart_view_get_chart            (MpChartView  *self);

/* The text shown when there is no chart (property "placeholder-text"). */
void        mp_chart_view_set_placeholder_text (MpChartView  *self,
                                                const char   *text);
const char *mp_chart_view_get_placeholder_text (MpChartView  *self);

/* Shows no chart but `message`, why there is none (a failed query). */
void        mp_chart_view_set_error            (MpChartView  *self,
                                                const char   *message);
/* The text shown instead of a chart, or NULL when a chart is shown. */
const char *mp_chart_view_get_message          (MpChartView  *self);

/* Saves the chart to `path` as the chart.export action does once a file
 * is chosen: PNG, SVG or PDF by the extension, at the view's size (at
 * least 800 × 500), PNG at twice the resolution. */
gboolean    mp_chart_view_save                 (MpChartView  *self,
                                                const char   *path,
                                                GError      **error);

/* How many times the chart has been drawn for the screen (property
 * "renders"): it is drawn again only when the chart, the size or the style
 * changes. For tests. */
guint       mp_chart_view_get_renders          (MpChartView  *self);

G_END_DECLS
