/* mp-chart-test.h — what the chart tests share: the fixed style they draw
 * with, rendering to an image, and the comparison with reference images. */
#pragma once

#include <cairo.h>
#include "mp-chart.h"

G_BEGIN_DECLS

/* The style every reference image is drawn with: light (or dark), the
 * font "DejaVu Sans" (fonts-dejavu-core) at 12 px, so the images do not
 * depend on the fonts a machine happens to have. */
void             mp_chart_test_style      (MpChartStyle *style,
                                           gboolean      dark);

/* Draws `chart` at width × height (scale 1) with the test style onto a new
 * ARGB32 image surface. */
cairo_surface_t *mp_chart_test_render     (MpChart      *chart,
                                           int           width,
                                           int           height,
                                           gboolean      dark);

/* Renders `chart`, writes it to $MEDPLAN_CHART_OUT/NAME.png and compares
 * it with $MEDPLAN_CHART_REFS/NAME.png: the test fails when more than 0.5 %
 * of the pixels differ by more than 64 (of 255) in a channel, when the
 * sizes differ, or when the image is nearly blank (less than 1 % of its
 * pixels differ from the background), so a chart that draws nothing can
 * never pass. With MEDPLAN_UPDATE_REFERENCES=1 it writes the reference
 * instead (and still checks it is not blank). */
void             mp_chart_test_compare    (MpChart      *chart,
                                           const char   *name,
                                           int           width,
                                           int           height);

/* The same for a chart drawn in another style (dark, a larger font). */
void             mp_chart_test_compare_styled (MpChart            *chart,
                                               const char         *name,
                                               int                 width,
                                               int                 height,
                                               const MpChartStyle *style);

/* An opaque colour: `color` painted over `background`. */
MpRgba           mp_chart_test_over       (MpRgba        color,
                                           MpRgba        background);

/* Hovers the whole last draw of `chart` (every other pixel) for a region
 * whose tooltip contains `needle`; gives the text (owned by the chart) and
 * the region's centre (NAN when none is found). */
const char      *mp_chart_test_find_hit   (MpChart      *chart,
                                           int           width,
                                           int           height,
                                           const char   *needle,
                                           double       *cx,
                                           double       *cy);

/* How many pixels of `surface` are within `tolerance` (per channel, 0-255)
 * of `color`; to check that e.g. a red marker or a dashed target line was
 * drawn. The surface is premultiplied: a colour with alpha below 1 matches
 * only where it was painted on nothing ({ 0, 0, 0, 0 }: untouched). */
guint            mp_chart_test_count_color (cairo_surface_t *surface,
                                            MpRgba           color,
                                            int              tolerance);
/* The same within the rectangle (x, y, w, h). */
guint            mp_chart_test_count_color_in (cairo_surface_t *surface,
                                               MpRgba           color,
                                               int              tolerance,
                                               int x, int y, int w, int h);

G_END_DECLS
