/* mp-chart-raster.h — a fast path for antialiased lines on image surfaces.
 * Private to src/charts.
 *
 * Cairo 1.16's image backend spends ~130 µs on its stroker and scan
 * converter for one long antialiased line, which makes a network of 1,000
 * curved links cost a quarter of a second. Here a line's coverage comes
 * straight from each pixel's distance to it, accumulated in an A8 mask
 * over the clip in device pixels; each finished mask is blended in its
 * colour into a premultiplied layer, and the layer is painted onto the
 * cairo_t once (a cairo_mask_surface per colour would cost up to 2 ms
 * each at 1200 × 800). The work is done tile by tile at paint time, see
 * mp-chart-raster-private.h.
 * Vector targets (SVG, PDF, recordings) keep Cairo paths: the caller asks
 * mp_chart_raster_new() and draws with Cairo when it returns NULL.
 *
 * Coordinates, widths and dash lengths are in the user space of the cairo_t
 * as it was when the raster was made. Within one mask, overlapping shapes
 * combine like "over" (c + a − c·a), so a dense bundle saturates; one
 * stroke (a polyline, a curve) is one shape, so its own joints do not
 * darken. */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "mp-chart-style.h"

G_BEGIN_DECLS

typedef struct _MpChartRaster MpChartRaster;

typedef enum {
  MP_RASTER_CAP_BUTT,
  MP_RASTER_CAP_ROUND,
} MpRasterCap;

/* Whether the fast path can draw on `cr`: an ARGB32 or RGB24 image target,
 * the operator OVER, and a user → device matrix of only a uniform scale and
 * a translation (no rotation or skew), device scale included. */
gboolean        mp_chart_raster_usable         (cairo_t             *cr);
/* A raster over the current clip extents of `cr`, or NULL when it is not
 * usable or the clip is empty. Holds a reference to `cr`. */
MpChartRaster  *mp_chart_raster_new            (cairo_t             *cr);
/* Frees the raster; anything not painted is dropped. */
void            mp_chart_raster_free           (MpChartRaster       *raster);

/* The pen for the strokes that follow: width (default 1), cap (default
 * butt) and a dash pattern like cairo_set_dash (NULL or 0 dashes: solid).
 * Joints inside a polyline or curve are round. Dashes restart at each
 * stroke, as Cairo's do at each sub-path. */
void            mp_chart_raster_set_line_width (MpChartRaster       *raster,
                                                double               width);
void            mp_chart_raster_set_line_cap   (MpChartRaster       *raster,
                                                MpRasterCap          cap);
void            mp_chart_raster_set_dash       (MpChartRaster       *raster,
                                                const double        *dashes,
                                                guint                n_dashes,
                                                double               offset);

/* How much the strokes that follow cover where they cover wholly (default
 * 1). Below 1, overlapping strokes of one mask add up like translucent
 * strokes laid over each other; composite them in an opaque colour. Fills
 * are not affected. */
void            mp_chart_raster_set_opacity    (MpChartRaster       *raster,
                                                double               opacity);

/* Strokes into the mask. `xy` holds n_points (x, y) pairs; `closed` joins
 * the last point to the first. */
void            mp_chart_raster_line           (MpChartRaster       *raster,
                                                double               x0,
                                                double               y0,
                                                double               x1,
                                                double               y1);
void            mp_chart_raster_polyline       (MpChartRaster       *raster,
                                                const double        *xy,
                                                guint                n_points,
                                                gboolean             closed);
/* A cubic Bézier from (x0, y0) to (x3, y3), flattened to within a fifth of
 * a pixel. */
void            mp_chart_raster_curve          (MpChartRaster       *raster,
                                                double               x0,
                                                double               y0,
                                                double               x1,
                                                double               y1,
                                                double               x2,
                                                double               y2,
                                                double               x3,
                                                double               y3);
/* A quadratic Bézier from (x0, y0) through the control point to (x1, y1). */
void            mp_chart_raster_quad           (MpChartRaster       *raster,
                                                double               x0,
                                                double               y0,
                                                double               cx,
                                                double               cy,
                                                double               x1,
                                                double               y1);
/* A circle of radius `r` stroked with the current width (not dashed
 * unless a dash is set). */
void            mp_chart_raster_circle         (MpChartRaster       *raster,
                                                double               x,
                                                double               y,
                                                double               r);

/* Fills into the mask: a convex polygon of at most 8 (x, y) pairs in
 * either turn, and a disc. */
void            mp_chart_raster_polygon        (MpChartRaster       *raster,
                                                const double        *xy,
                                                guint                n_points);
void            mp_chart_raster_disc           (MpChartRaster       *raster,
                                                double               x,
                                                double               y,
                                                double               r);

/* Blends the mask in `color` (its alpha included) into the layer, over what
 * is there, and clears the mask for the next colour. */
void            mp_chart_raster_composite      (MpChartRaster       *raster,
                                                MpRgba               color);
/* Paints the layer onto the cairo_t (with its clip) and clears it: call it
 * before drawing, with Cairo, what goes on top. Shapes not composited by
 * then are dropped. */
void            mp_chart_raster_paint          (MpChartRaster       *raster);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpChartRaster, mp_chart_raster_free)

G_END_DECLS
