/* mp-chart-private.h — what the chart drawings share: hover regions, text
 * through Pango, nice axis ticks, numbers in the user's language, legends.
 * Private to src/charts. */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>
#include "mp-chart-style.h"

G_BEGIN_DECLS

/* A region the pointer can hover, in the user space of the draw, and the
 * text of its tooltip. */
typedef struct {
  double  x, y, width, height;
  char   *text;
} MpChartHit;

/* Creates the array a draw fills (MpChartHit, with a clear function). */
GArray      *mp_chart_hits_new        (void);
/* Appends a hit; takes `text`. Does nothing when `hits` is NULL (then
 * `text` is freed). A point is given as a small square around it. */
void         mp_chart_hits_add        (GArray       *hits,
                                       double        x,
                                       double        y,
                                       double        width,
                                       double        height,
                                       char         *text);

void         mp_chart_set_color       (cairo_t      *cr,
                                       MpRgba        color);
/* `color` with its alpha multiplied by `alpha`. */
MpRgba       mp_chart_fade            (MpRgba        color,
                                       double        alpha);

typedef enum {
  MP_ALIGN_START,   /* left, or top */
  MP_ALIGN_CENTER,
  MP_ALIGN_END,     /* right, or bottom */
} MpAlign;

/* A Pango layout of `text` in the style's font at `scale` × the base size
 * (1.0 body, 1.3 title, 0.85 small), bold or not; when `max_width` > 0 it
 * is ellipsized at the end to fit. */
PangoLayout *mp_chart_layout          (cairo_t            *cr,
                                       const MpChartStyle *style,
                                       const char         *text,
                                       double              scale,
                                       gboolean            bold,
                                       double              max_width);
/* Draws `text` with its anchor at (x, y): halign START puts the text's left
 * edge at x, END its right edge; valign likewise for top and bottom. Gives
 * the size drawn in `out_width` / `out_height` (either may be NULL). */
void         mp_chart_text            (cairo_t            *cr,
                                       const MpChartStyle *style,
                                       const char         *text,
                                       double              x,
                                       double              y,
                                       MpAlign             halign,
                                       MpAlign             valign,
                                       double              scale,
                                       gboolean            bold,
                                       MpRgba              color,
                                       double              max_width,
                                       double             *out_width,
                                       double             *out_height);
/* The size `text` would take, without drawing it. */
void         mp_chart_text_size       (cairo_t            *cr,
                                       const MpChartStyle *style,
                                       const char         *text,
                                       double              scale,
                                       gboolean            bold,
                                       double             *width,
                                       double             *height);

/* Draws the title (bold, 1.3) and the subtitle (muted, 0.9, may be NULL)
 * from the top-left corner (x, y), each ellipsized to `max_width` less the
 * style's title_inset; returns the height used. */
double       mp_chart_title           (cairo_t            *cr,
                                       const MpChartStyle *style,
                                       const char         *title,
                                       const char         *subtitle,
                                       double              x,
                                       double              y,
                                       double              max_width);

/* Nice axis ticks (1, 2, 2.5, 5 × 10^k) covering [lo, hi] with at most
 * `max_ticks` ticks. Writes the ticks (at most 16) to `ticks`, the step to
 * `step`, and returns how many; widens lo == hi to a range around it and
 * copes with NAN/infinite input by returning 0. */
guint        mp_chart_nice_ticks      (double        lo,
                                       double        hi,
                                       guint         max_ticks,
                                       double       *ticks,
                                       double       *step);
/* A tick label: as many decimals as the step needs (at most `max_decimals`),
 * in the user's language ("14,8", "1.500"). */
char        *mp_chart_format_tick     (double        value,
                                       double        step,
                                       int           max_decimals);

/* What a legend entry shows before its label. */
typedef enum {
  MP_LEGEND_LINE,       /* a solid line with a dot */
  MP_LEGEND_DASHED,     /* a dashed line */
  MP_LEGEND_DOTTED,     /* a dotted line */
  MP_LEGEND_BAND,       /* a filled box, faint */
  MP_LEGEND_MARKER,     /* a filled dot */
  MP_LEGEND_DIAMOND,    /* a filled diamond */
  MP_LEGEND_SWATCH,     /* a filled square */
} MpLegendSymbol;

typedef struct {
  const char     *label;
  MpRgba          color;
  MpLegendSymbol  symbol;
} MpLegendItem;

/* Lays the items out in rows from (x, y) within `max_width`, wrapping as
 * needed; draws them when `draw` is TRUE. Returns the height taken, so a
 * chart can measure first and reserve the space. */
double       mp_chart_legend          (cairo_t            *cr,
                                       const MpChartStyle *style,
                                       const MpLegendItem *items,
                                       guint               n_items,
                                       double              x,
                                       double              y,
                                       double              max_width,
                                       gboolean            draw);

/* "14,8 trên 10.000 dân": the value with the indicator's decimals and the
 * measure label (mp_measure_label); "Yes"/"No" for yesno; "—" for NAN. */
char        *mp_chart_format_value    (double        value,
                                       int           decimals,
                                       const char   *measure);

G_END_DECLS
