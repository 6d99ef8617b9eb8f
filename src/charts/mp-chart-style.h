/* mp-chart-style.h — the colours and font every chart draws with, light or
 * dark, and the palette of statuses (DESIGN §5). No GTK: the widget fills a
 * style from the widget's theme, the files use the light one. */
#pragma once

#include <glib.h>
#include "mp-types.h"

G_BEGIN_DECLS

typedef struct {
  double r, g, b, a;
} MpRgba;

typedef struct {
  gboolean  dark;
  MpRgba    foreground;  /* titles, values, axis labels */
  MpRgba    muted;       /* secondary text, axes */
  MpRgba    grid;        /* grid lines, faint */
  MpRgba    background;  /* painted first unless transparent */
  MpRgba    accent;      /* the observed series */
  char     *font_family; /* a Pango family list: "Cantarell, DejaVu Sans, sans" */
  double    font_size;   /* the base text size, in user-space units (px) */
  gboolean  paint_background;
  double    title_inset; /* room kept free right of the title and subtitle
                          * (the widget's export button), in px; 0 in files */
} MpChartStyle;

/* Fills `style` with Medplan's light or dark palette (GNOME's colours) and
 * the given font; `font_family` NULL means "Cantarell, DejaVu Sans, sans",
 * `font_size` ≤ 0 means 12. */
void    mp_chart_style_init          (MpChartStyle       *style,
                                      gboolean            dark,
                                      const char         *font_family,
                                      double              font_size);
void    mp_chart_style_clear         (MpChartStyle       *style);

/* The colour of a target status: achieved green, on track blue, at risk
 * yellow, off track orange, missed red, no data grey; tuned for the
 * style's background. */
MpRgba  mp_chart_status_color        (const MpChartStyle *style,
                                      MpStatus            status);
/* The colour of a transfer status: planned, training, supervised,
 * independent, stopped (DESIGN §3); grey for anything else. */
MpRgba  mp_chart_transfer_status_color (const MpChartStyle *style,
                                        const char         *status);
/* The colour of the n-th comparison series; cycles through 6. */
MpRgba  mp_chart_series_color        (const MpChartStyle *style,
                                      guint               index);

G_END_DECLS
