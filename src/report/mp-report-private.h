/* mp-report-private.h — what the files of MpReport share: the data read
 * from the store, and the pages as lists of laid-out items. */
#pragma once

#include <pango/pangocairo.h>

#include "mp-chart.h"
#include "mp-report.h"

G_BEGIN_DECLS

/* Page geometry, in points. */
#define MP_REPORT_MARGIN_X      42.0
#define MP_REPORT_MARGIN_TOP    48.0
#define MP_REPORT_MARGIN_BOTTOM 56.0
#define MP_REPORT_CONTENT_WIDTH (MP_REPORT_PAGE_WIDTH - 2 * MP_REPORT_MARGIN_X)
#define MP_REPORT_FONT          "DejaVu Sans"

typedef enum {
  MP_REPORT_ITEM_TEXT,   /* a Pango layout, its top-left at (x, y) */
  MP_REPORT_ITEM_FILL,   /* a rectangle filled with `color` */
  MP_REPORT_ITEM_STROKE, /* a rectangle outlined in `color` (h 0: a line) */
  MP_REPORT_ITEM_CHART,  /* a chart drawn into (x, y, w, h) */
} MpReportItemKind;

typedef struct {
  MpReportItemKind  kind;
  double            x, y, w, h;
  MpRgba            color;
  PangoLayout      *layout;
  MpChart          *chart;
} MpReportItem;

struct _MpReport
{
  GObject       parent_instance;

  MpStore      *store;
  char         *unit;          /* code */
  char         *unit_name;
  char         *period;        /* "2025S1", "2025S2", "2025" */
  int           year;
  int           half;          /* 1, 2, or 0 for the whole year */
  char         *period_start;  /* ISO dates, inclusive */
  char         *period_end;
  GDateTime    *issue_date;

  GPtrArray    *judged;        /* MpTargetStatus* of every unit (owns them) */
  GPtrArray    *targets;       /* the unit's, worst first (borrowed from judged) */
  GPtrArray    *documents;     /* char* "CODE — title" of the targets' documents */
  GPtrArray    *trainings;     /* MpTrainingRow* of the unit */
  GPtrArray    *transfers;     /* MpTransferRow* to or from the unit */
  GPtrArray    *changes;       /* MpStatusChange* of those transfers in the period */
  GPtrArray    *charts;        /* MpChart*, trends of targets at risk or worse */

  PangoFontMap *font_map;
  PangoContext *context;
  MpChartStyle  style;         /* light, the report's font */
  GPtrArray    *pages;         /* GPtrArray* of MpReportItem*; NULL until laid out */
};

/* mp-report-layout.c: the flow of items down the pages. */
typedef struct _MpReportFlow MpReportFlow;

typedef struct {
  const char *title;   /* translated header text */
  double      width;   /* points */
  gboolean    numeric; /* right-aligned */
} MpReportColumn;

typedef struct {
  const char   *text;
  gboolean      has_swatch;  /* a colour square before the text */
  MpRgba        swatch;
} MpReportCell;

MpReportFlow *mp_report_flow_new        (MpReport       *report);
/* Ends the flow: adds the page numbers and returns the pages. */
GPtrArray    *mp_report_flow_finish     (MpReportFlow   *flow);
/* A layout in the report's font; `size` in points, `width` ≤ 0: no wrap. */
PangoLayout  *mp_report_flow_layout     (MpReportFlow   *flow,
                                         const char     *text,
                                         double          size,
                                         gboolean        bold,
                                         double          width);
/* Starts a new page unless the current one has `needed` points left. */
void          mp_report_flow_need       (MpReportFlow   *flow,
                                         double          needed);
/* Space below what precedes, but none at the top of a page. */
void          mp_report_flow_space      (MpReportFlow   *flow,
                                         double          height);
/* Moves down by `height`, even at the top of a page. */
void          mp_report_flow_advance    (MpReportFlow   *flow,
                                         double          height);
/* A paragraph across the content width; `indent` from the left margin. */
void          mp_report_flow_text       (MpReportFlow   *flow,
                                         const char     *text,
                                         double          size,
                                         gboolean        bold,
                                         double          indent,
                                         MpRgba          color);
/* A text box at `x` (from the page's left edge), `width` wide, at the
 * current height, which it does not move; returns its height. */
double        mp_report_flow_text_box   (MpReportFlow   *flow,
                                         const char     *text,
                                         double          size,
                                         gboolean        bold,
                                         double          x,
                                         double          width,
                                         PangoAlignment  align,
                                         MpRgba          color);
/* A line `width` wide centred on `x`, `dy` below the current height. */
void          mp_report_flow_rule       (MpReportFlow   *flow,
                                         double          x,
                                         double          dy,
                                         double          width);
/* A section heading, kept with the `keep` points that follow it. */
void          mp_report_flow_heading    (MpReportFlow   *flow,
                                         const char     *text,
                                         double          keep);
/* Tables: the header row is repeated at the top of each continuation
 * page. A group row spans the table, kept with the next row. */
void          mp_report_flow_table_begin (MpReportFlow        *flow,
                                          const MpReportColumn *columns,
                                          guint                 n_columns);
void          mp_report_flow_table_group (MpReportFlow   *flow,
                                          const char     *text);
void          mp_report_flow_table_row   (MpReportFlow   *flow,
                                          const MpReportCell *cells,
                                          gboolean        bold);
void          mp_report_flow_table_end   (MpReportFlow   *flow);
/* A chart `height` points high across the content width. */
void          mp_report_flow_chart      (MpReportFlow   *flow,
                                         MpChart        *chart,
                                         double          height);

/* mp-report-sections.c: the content, section by section. */
void          mp_report_build_pages     (MpReport       *self);
/* "22/11/2026" from an ISO date ("2026-11-22") or a year; NULL stays NULL. */
char         *mp_report_format_date     (const char     *iso);

/* mp-report-draw.c */
void          mp_report_item_free       (MpReportItem   *item);

G_END_DECLS
