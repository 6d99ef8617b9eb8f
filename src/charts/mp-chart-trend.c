/* mp-chart-trend.c — the trend chart of one indicator for one unit
 * (DESIGN §1.2, §5): its data, and the layout of its drawing.
 *
 * The x axis is time in years, each point at the time of its period (the
 * end of the period: 2025S1 at 2024.5); the y axis the indicator's value in
 * its measure. On it: the required trajectory (dashed) from the baseline
 * through each milestone target, the milestones as diamonds coloured by
 * status (a band for `between`, a flag for `done`), the projection of the
 * current trend (dotted), the comparison series (thin) and the observed
 * series (thick, on top). The marks are drawn by mp-chart-trend-marks.c.
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mp-chart-trend-private.h"
#include "mp-judge.h"

/* ---------------------------------------------------------------- data */

static void
clear_point (gpointer p)
{
  g_free (((MpTrendPoint *) p)->period);
}

static void
clear_milestone (gpointer p)
{
  g_free (((MpTrendMilestone *) p)->document);
}

MpTrendSeries *
mp_trend_series_new (const char *name)
{
  MpTrendSeries *series = g_new0 (MpTrendSeries, 1);

  series->name = g_strdup (name ? name : "");
  series->points = g_array_new (FALSE, TRUE, sizeof (MpTrendPoint));
  g_array_set_clear_func (series->points, clear_point);
  return series;
}

void
mp_trend_series_free (MpTrendSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->name);
  g_array_unref (series->points);
  g_free (series);
}

gboolean
mp_trend_series_add (MpTrendSeries *series,
                     const char    *period,
                     double         value,
                     double         value_high,
                     MpValueSource  source,
                     double         numerator,
                     double         denominator)
{
  MpTrendPoint point = { 0 };
  guint i;

  g_return_val_if_fail (series != NULL, FALSE);

  if (!mp_period_parse (period, &point.t, NULL))
    return FALSE;
  point.period = g_strdup (period);
  point.value = value;
  point.value_high = value_high;
  point.source = source;
  point.numerator = numerator;
  point.denominator = denominator;

  /* Keep the points in ascending t; a point of the same t goes after. */
  for (i = series->points->len; i > 0; i--)
    if (g_array_index (series->points, MpTrendPoint, i - 1).t <= point.t)
      break;
  g_array_insert_val (series->points, i, point);
  return TRUE;
}

MpTrendData *
mp_trend_data_new (const char  *title,
                   const char  *subtitle,
                   const char  *measure,
                   int          decimals,
                   MpDirection  direction,
                   const char  *observed_name)
{
  MpTrendData *data = g_new0 (MpTrendData, 1);

  data->title = g_strdup (title ? title : "");
  data->subtitle = g_strdup (subtitle);
  data->measure = g_strdup (measure);
  data->decimals = decimals;
  data->direction = direction;
  data->observed = mp_trend_series_new (observed_name);
  data->comparisons = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_trend_series_free);
  data->milestones = g_array_new (FALSE, TRUE, sizeof (MpTrendMilestone));
  g_array_set_clear_func (data->milestones, clear_milestone);
  data->baseline_value = NAN;
  data->proj_t0 = data->proj_v0 = data->proj_t1 = data->proj_v1 = NAN;
  return data;
}

void
mp_trend_data_free (MpTrendData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  g_free (data->subtitle);
  g_free (data->measure);
  mp_trend_series_free (data->observed);
  g_ptr_array_unref (data->comparisons);
  g_array_unref (data->milestones);
  g_free (data);
}

void
mp_trend_data_add_milestone (MpTrendData  *data,
                             int           year,
                             MpComparator  comparator,
                             double        value,
                             double        value_high,
                             MpStatus      status,
                             const char   *document)
{
  MpTrendMilestone m = { 0 };
  guint i;

  g_return_if_fail (data != NULL);

  m.year = year;
  m.comparator = comparator;
  m.value = comparator == MP_COMPARATOR_DONE ? NAN : value;
  m.value_high = comparator == MP_COMPARATOR_BETWEEN ? value_high : NAN;
  m.status = status;
  m.document = g_strdup (document);

  for (i = data->milestones->len; i > 0; i--)
    if (g_array_index (data->milestones, MpTrendMilestone, i - 1).year <= year)
      break;
  g_array_insert_val (data->milestones, i, m);
}

/* -------------------------------------------------------------- ranges */

static void
range_add (double *lo,
           double *hi,
           double  v)
{
  if (!isfinite (v))
    return;
  *lo = MIN (*lo, v);
  *hi = MAX (*hi, v);
}

static gboolean
has_points (const MpTrendData *data)
{
  if (data->observed->points->len > 0)
    return TRUE;
  for (guint i = 0; i < data->comparisons->len; i++)
    if (((MpTrendSeries *) g_ptr_array_index (data->comparisons, i))->points->len > 0)
      return TRUE;
  return FALSE;
}

static void
series_ranges (const MpTrendSeries *series,
               double *tlo, double *thi,
               double *vlo, double *vhi)
{
  for (guint i = 0; i < series->points->len; i++)
    {
      const MpTrendPoint *pt = &g_array_index (series->points, MpTrendPoint, i);
      range_add (tlo, thi, pt->t);
      range_add (vlo, vhi, pt->value);
      range_add (vlo, vhi, pt->value_high);
    }
}

/* The years and values the chart must show. */
static void
data_ranges (const MpTrendData *data,
             double *tlo, double *thi,
             double *vlo, double *vhi)
{
  *tlo = *vlo = INFINITY;
  *thi = *vhi = -INFINITY;

  if (data->has_baseline)
    {
      range_add (tlo, thi, data->baseline_year);
      range_add (vlo, vhi, data->baseline_value);
    }
  series_ranges (data->observed, tlo, thi, vlo, vhi);
  for (guint i = 0; i < data->comparisons->len; i++)
    series_ranges (g_ptr_array_index (data->comparisons, i), tlo, thi, vlo, vhi);
  for (guint i = 0; i < data->milestones->len; i++)
    {
      const MpTrendMilestone *m = &g_array_index (data->milestones, MpTrendMilestone, i);
      range_add (tlo, thi, m->year);
      range_add (vlo, vhi, m->value);
      range_add (vlo, vhi, m->value_high);
    }
  if (isfinite (data->proj_t0) && isfinite (data->proj_v0) &&
      isfinite (data->proj_t1) && isfinite (data->proj_v1))
    {
      range_add (tlo, thi, data->proj_t0);
      range_add (tlo, thi, data->proj_t1);
      range_add (vlo, vhi, data->proj_v0);
      range_add (vlo, vhi, data->proj_v1);
    }

  /* Nothing at all: a plain span of years, so the axes still read. */
  if (!isfinite (*tlo))
    {
      *tlo = 2025;
      *thi = 2030;
    }
  /* At least two years, so one point does not fill the width. */
  if (*thi - *tlo < 2)
    {
      double mid = (*tlo + *thi) / 2;
      *tlo = mid - 1;
      *thi = mid + 1;
    }

  if (!isfinite (*vlo))
    {
      *vlo = 0;
      *vhi = 1;
    }
  else if (*vlo >= 0 && (*vlo < 0.35 * *vhi || *vlo == *vhi))
    {
      /* Near zero (or one flat value): start from zero, bars-of-truth. */
      *vlo = 0;
      if (*vhi == 0)
        *vhi = 1;
    }
  else
    {
      /* Far from zero, or negative: a little room around the data. */
      double span = *vhi - *vlo;
      gboolean positive = *vlo >= 0;

      if (span == 0)
        span = MAX (fabs (*vhi) * 0.2, 1);
      *vlo -= 0.08 * span;
      *vhi += 0.08 * span;
      if (positive && *vlo < 0)
        *vlo = 0;
    }
}

/* -------------------------------------------------------------- spread */

typedef struct {
  double      t, value;
  const char *period;
} TimeValue;

/* The spread of one period: its lowest, median and highest value. */
typedef struct {
  double      t, low, median, high;
  const char *period;
  guint       count;   /* how many units have a value then */
} Spread;

static int
compare_time_value (gconstpointer a,
                    gconstpointer b)
{
  const TimeValue *x = a, *y = b;

  if (x->t != y->t)
    return x->t < y->t ? -1 : 1;
  return (x->value > y->value) - (x->value < y->value);
}

static guint
comparisons_with_points (const MpTrendData *data)
{
  guint n = 0;

  for (guint i = 0; i < data->comparisons->len; i++)
    n += ((MpTrendSeries *) g_ptr_array_index (data->comparisons, i))->points->len > 0;
  return n;
}

/* With more than SERIES_DRAWN_MAX comparison series their lines would only
 * tangle (and cost the most of the draw): their spread is drawn instead, a
 * faint band from the lowest to the highest value of each period and a
 * line through the median; hovering a period tells the three. A range
 * counts by its middle. Gives the spread of each period, ascending. */
static GArray *
spread_of_comparisons (const MpTrendData *data)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (TimeValue));
  GArray *spread = g_array_new (FALSE, FALSE, sizeof (Spread));
  const TimeValue *tv;

  for (guint i = 0; i < data->comparisons->len; i++)
    {
      const MpTrendSeries *series = g_ptr_array_index (data->comparisons, i);
      for (guint j = 0; j < series->points->len; j++)
        {
          const MpTrendPoint *pt = &g_array_index (series->points, MpTrendPoint, j);
          TimeValue one = { pt->t, is_range (pt) ? (pt->value + pt->value_high) / 2 : pt->value,
                            pt->period };
          if (isfinite (one.value))
            g_array_append_val (all, one);
        }
    }
  g_array_sort (all, compare_time_value);

  tv = (const TimeValue *) all->data;
  for (guint i = 0; i < all->len;)
    {
      guint j = i, mid;
      Spread one;

      while (j < all->len && tv[j].t == tv[i].t)
        j++;
      mid = i + (j - i) / 2;
      one.t = tv[i].t;
      one.period = tv[i].period;
      one.low = tv[i].value;
      one.median = (j - i) % 2 ? tv[mid].value : (tv[mid - 1].value + tv[mid].value) / 2;
      one.high = tv[j - 1].value;
      one.count = j - i;
      g_array_append_val (spread, one);
      i = j;
    }
  return spread;
}

/* The band, under the grid: painted opaque (the faint colour over the
 * background) when the background is painted, which costs a third of a
 * translucent fill of that size. */
static void
draw_spread_band (MpTrendPlot  *p,
                  const GArray *spread)
{
  const Spread *g = (const Spread *) spread->data;
  MpRgba faint = mp_chart_fade (p->style->muted, 0.22);
  cairo_t *cr = p->cr;

  cairo_new_path (cr);
  for (guint i = 0; i < spread->len; i++)
    cairo_line_to (cr, px (p, g[i].t), py (p, g[i].high));
  for (guint i = spread->len; i > 0; i--)
    cairo_line_to (cr, px (p, g[i - 1].t), py (p, g[i - 1].low));
  cairo_close_path (cr);
  if (p->style->paint_background)
    {
      MpRgba bg = p->style->background;
      faint = (MpRgba) { faint.r * faint.a + bg.r * (1 - faint.a),
                         faint.g * faint.a + bg.g * (1 - faint.a),
                         faint.b * faint.a + bg.b * (1 - faint.a), 1 };
    }
  mp_chart_set_color (cr, faint);
  cairo_fill (cr);
}

static void
draw_spread_median (MpTrendPlot  *p,
                    const GArray *spread)
{
  const MpTrendData *data = p->data;
  const Spread *g = (const Spread *) spread->data;
  cairo_t *cr = p->cr;

  cairo_new_path (cr);
  for (guint i = 0; i < spread->len; i++)
    cairo_line_to (cr, px (p, g[i].t), py (p, g[i].median));
  cairo_set_line_width (cr, MAX (1.5 * p->k, 1));
  mp_chart_set_color (cr, p->style->muted);
  cairo_stroke (cr);

  if (p->hits == NULL)
    return;
  for (guint i = 0; i < spread->len; i++)
    {
      g_autofree char *lo = mp_format_value (g[i].low, data->decimals);
      g_autofree char *hi = mp_chart_format_value (g[i].high, data->decimals, data->measure);
      g_autofree char *med = mp_chart_format_value (g[i].median, data->decimals, data->measure);
      double x = px (p, g[i].t), half = MAX (6 * p->k, 6);

      /* TRANSLATORS: hovering the spread of the other units at a period:
       * the period, how many units, their lowest–highest, their median. */
      mp_chart_hits_add (p->hits, x - half, py (p, g[i].high) - half, 2 * half,
                         py (p, g[i].low) - py (p, g[i].high) + 2 * half,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%s, %u other unit: %s–%s, median %s",
                                                       "%s, %u other units: %s–%s, median %s",
                                                       g[i].count),
                                          g[i].period, g[i].count, lo, hi, med));
    }
}

/* -------------------------------------------------------------- legend */

/* At most this many comparison series are named in the legend; the rest
 * are counted ("và 28 đơn vị khác"). */
#define LEGEND_SERIES_MAX 6
/* More comparison series than this are drawn as their spread. */
#define SERIES_DRAWN_MAX 8

#define LEGEND_ITEMS_MAX (LEGEND_SERIES_MAX + 7)

static gboolean
all_ranges (const MpTrendSeries *series)
{
  for (guint i = 0; i < series->points->len; i++)
    if (!is_range (&g_array_index (series->points, MpTrendPoint, i)))
      return FALSE;
  return series->points->len > 0;
}

/* `name`, shortened to `max_chars` characters with "…" when longer; a
 * new string in `owned`, or `name` itself. */
static const char *
short_name (const char  *name,
            glong        max_chars,
            char       **owned)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (name, -1) <= max_chars)
    return name;
  head = g_utf8_substring (name, 0, MAX (max_chars - 1, 1));
  g_strchomp (head);
  return *owned = g_strconcat (head, "…", NULL);
}

/* The entries present, in `items`; the labels it makes go to `owned`
 * (LEGEND_ITEMS_MAX strings) to free after the draw. A long name is cut
 * to `max_chars`, so that one name never takes a whole row. */
static guint
build_legend (const MpTrendData   *data,
              const MpChartStyle  *style,
              glong                max_chars,
              MpLegendItem        *items,
              char               **owned)
{
  GArray *pts = data->observed->points;
  GArray *ms = data->milestones;
  gboolean typed = FALSE, computed = FALSE, targets = FALSE;
  const MpTrendMilestone *band = NULL;
  guint n = 0, shown = 0, rest = 0;

  for (guint i = 0; i < pts->len; i++)
    {
      MpValueSource source = g_array_index (pts, MpTrendPoint, i).source;
      typed |= source != MP_SOURCE_COMPUTED;
      computed |= source == MP_SOURCE_COMPUTED;
    }
  if (pts->len > 0)
    {
      const char *name = *data->observed->name ? data->observed->name : _("Observed");
      if (typed && computed)
        {
          g_autofree char *cut = NULL;
          name = short_name (name, max_chars * 2 / 3, &cut);
          /* TRANSLATORS: the legend entry of the observed series when some
           * values were entered and some computed: the unit's name, then
           * "entered" and "computed" after a filled and a hollow dot. */
          name = owned[n] = g_strdup_printf (_("%s (● %s, ○ %s)"), name,
                                             mp_value_source_label (MP_SOURCE_TYPED),
                                             mp_value_source_label (MP_SOURCE_COMPUTED));
        }
      else
        name = short_name (name, max_chars, &owned[n]);
      items[n++] = (MpLegendItem) { name, style->accent, MP_LEGEND_LINE };
    }
  if (mp_trend_has_trajectory (data))
    items[n++] = (MpLegendItem) { _("Required trajectory"), style->foreground, MP_LEGEND_DASHED };

  for (guint i = 0; i < ms->len; i++)
    {
      const MpTrendMilestone *m = &g_array_index (ms, MpTrendMilestone, i);
      targets |= m->comparator == MP_COMPARATOR_DONE || isfinite (mp_trend_milestone_anchor (m));
      if (band == NULL && m->comparator == MP_COMPARATOR_BETWEEN && isfinite (m->value_high))
        band = m;
    }
  /* The diamonds take the colour of their status; the legend's is neutral. */
  if (targets)
    items[n++] = (MpLegendItem) { _("Targets"), style->muted, MP_LEGEND_DIAMOND };
  if (band)
    items[n++] = (MpLegendItem) { _("Target range"),
                                  mp_chart_fade (mp_chart_status_color (style, band->status), 0.4),
                                  MP_LEGEND_BAND };
  if (mp_trend_has_projection (data))
    items[n++] = (MpLegendItem) { _("Projection"), mp_trend_projection_color (data, style),
                                  MP_LEGEND_DOTTED };

  for (guint i = 0; i < data->comparisons->len; i++)
    rest += ((MpTrendSeries *) g_ptr_array_index (data->comparisons, i))->points->len > 0;
  if (rest > SERIES_DRAWN_MAX)
    {
      owned[n] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Range of %u other unit",
                                               "Range of %u other units", rest), rest);
      items[n] = (MpLegendItem) { owned[n], mp_chart_fade (style->muted, 0.35), MP_LEGEND_BAND };
      n++;
      owned[n] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Median of %u other unit",
                                               "Median of %u other units", rest), rest);
      items[n] = (MpLegendItem) { owned[n], style->muted, MP_LEGEND_LINE };
      n++;
      return n;
    }
  for (guint i = 0; i < data->comparisons->len; i++)
    {
      const MpTrendSeries *series = g_ptr_array_index (data->comparisons, i);
      MpRgba color = mp_chart_series_color (style, i);
      const char *name;

      if (series->points->len == 0)
        continue;
      if (shown == LEGEND_SERIES_MAX && rest > 1)
        {
          owned[n] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more unit",
                                                   "and %u more units", rest), rest);
          items[n] = (MpLegendItem) { owned[n], style->muted, MP_LEGEND_LINE };
          n++;
          break;
        }
      name = short_name (series->name, max_chars, &owned[n]);
      if (all_ranges (series))
        items[n++] = (MpLegendItem) { name, mp_chart_fade (color, 0.4), MP_LEGEND_BAND };
      else
        items[n++] = (MpLegendItem) { name, color, MP_LEGEND_LINE };
      shown++;
      rest--;
    }
  return n;
}

/* ---------------------------------------------------------------- draw */

/* A tick label: as many decimals as the step needs (2,5 for a step of
 * 2.5), "Có"/"Không" for yes/no. */
static char *
format_tick (const MpTrendData *data,
             double             value,
             double             step)
{
  int decimals = 0;

  if (g_strcmp0 (data->measure, "yesno") == 0)
    return mp_chart_format_value (value, 0, data->measure);
  while (decimals < 4 && fabs (step * pow (10, decimals) - round (step * pow (10, decimals))) > 1e-6)
    decimals++;
  return mp_format_value (value, decimals);
}

static void
draw_no_values (MpTrendPlot *p)
{
  const char *text = _("No values yet");
  double w, h, pad = 0.6 * p->style->font_size;
  double cx = (p->x0 + p->x1) / 2, cy = (p->y0 + p->y1) / 2;

  mp_chart_text_size (p->cr, p->style, text, 1.0, FALSE, &w, &h);
  w = MIN (w, p->x1 - p->x0 - 2 * pad);
  cairo_rectangle (p->cr, cx - w / 2 - pad, cy - h / 2 - pad / 2, w + 2 * pad, h + pad);
  mp_chart_set_color (p->cr, p->style->background);
  cairo_fill (p->cr);
  mp_chart_text (p->cr, p->style, text, cx, cy, MP_ALIGN_CENTER, MP_ALIGN_CENTER, 1.0, FALSE,
                 p->style->muted, p->x1 - p->x0 - 2 * pad, NULL, NULL);
}

void
mp_trend_chart_draw (const MpTrendData  *data,
                     cairo_t            *cr,
                     double              width,
                     double              height,
                     const MpChartStyle *style,
                     GArray             *hits)
{
  static const int year_steps[] = { 1, 2, 5, 10, 20, 25, 50, 100 };
  MpTrendPlot p = { 0 };
  MpChartStyle legend_style;
  MpLegendItem items[LEGEND_ITEMS_MAX];
  g_autoptr(GArray) spread = NULL;
  char *owned[LEGEND_ITEMS_MAX] = { NULL };
  char *tick_labels[16] = { NULL };
  double ticks[16], step = 0, f, pad, y, tlo, thi, vlo, vhi, legend_h = 0, label_w = 0, ppy;
  const char *subtitle, *measure_label;
  guint n_items, n_ticks, max_ticks;
  int w4, th, year_step = year_steps[G_N_ELEMENTS (year_steps) - 1];
  gboolean compact, has_measure;

  g_return_if_fail (data != NULL && cr != NULL && style != NULL);
  if (!(width > 0 && height > 0))
    return;

  cairo_save (cr);
  if (style->paint_background)
    {
      cairo_rectangle (cr, 0, 0, width, height);
      mp_chart_set_color (cr, style->background);
      cairo_fill (cr);
    }

  p.data = data;
  p.style = style;
  p.cr = cr;
  p.hits = hits;
  f = style->font_size > 0 ? style->font_size : 12;
  p.k = f / 12;
  pad = round (0.9 * f);
  p.right = width - pad;

  /* A small chart keeps its plot: a smaller legend, no subtitle. */
  compact = width < 30 * f * 1.5 || height < 30 * f;
  legend_style = *style;
  if (compact)
    legend_style.font_size = f * 0.85;
  /* About half a row of the legend's text for one name. */
  n_items = build_legend (data, style,
                          MAX (12, (glong) ((width - 2 * pad) / (0.55 * legend_style.font_size)) / 2),
                          items, owned);
  if (n_items > 0 && compact && data->subtitle && *data->subtitle)
    legend_h = mp_chart_legend (cr, &legend_style, items, n_items, pad, 0, width - 2 * pad, FALSE);

  p.small = mp_chart_layout (cr, style, "2030", 0.85, FALSE, -1);
  pango_layout_get_pixel_size (p.small, &w4, &th);
  p.small_h = th;
  p.year_w = w4;

  measure_label = mp_measure_label (data->measure);
  has_measure = measure_label != NULL && *measure_label != '\0';

  /* Only a small chart may lose its subtitle (measured only then). */
  subtitle = data->subtitle && *data->subtitle ? data->subtitle : NULL;
  if (subtitle && compact)
    {
      double title_h, sub_h, plot_h;
      mp_chart_text_size (cr, style, data->title, 1.3, TRUE, NULL, &title_h);
      mp_chart_text_size (cr, style, subtitle, 0.9, FALSE, NULL, &sub_h);
      plot_h = height - 2 * pad - title_h - sub_h - 0.5 * f - legend_h - 0.6 * f
               - (has_measure ? th + 0.25 * f : 0) - 2 * th - 0.7 * f;
      if (plot_h < MAX (0.45 * height, 6 * f))
        subtitle = NULL;
    }
  y = pad + mp_chart_title (cr, style, data->title, subtitle, pad, pad, width - 2 * pad);
  y += 0.5 * f;
  if (n_items > 0)
    {
      legend_h = mp_chart_legend (cr, &legend_style, items, n_items, pad, y, width - 2 * pad, TRUE);
      y += legend_h + 0.6 * f;
    }
  p.top = y;
  if (has_measure)
    {
      double mw = MIN (mp_trend_small_width (&p, measure_label), width - 2 * pad);
      mp_trend_show_small (&p, measure_label, pad, y, style->muted);
      mp_trend_place (&p, pad, y, mw, th);
      y += th + 0.25 * f;
    }
  p.y0 = y + th / 2.0;
  p.y1 = height - pad - th - 0.3 * f - 1;
  if (p.y1 - p.y0 < 2 * th)
    p.y1 = p.y0 + 2 * th;

  data_ranges (data, &tlo, &thi, &vlo, &vhi);
  p.tmin = tlo - 0.5;
  p.tmax = thi + 0.5;
  max_ticks = CLAMP ((guint) ((p.y1 - p.y0) / (2.2 * th)) + 1, 3, 10);
  if (g_strcmp0 (data->measure, "yesno") == 0)
    {
      /* No and yes, nothing between. */
      n_ticks = 2;
      ticks[0] = 0;
      ticks[1] = 1;
      step = 1;
    }
  else
    n_ticks = MIN (mp_chart_nice_ticks (vlo, vhi, max_ticks, ticks, &step), 16);
  p.vmin = n_ticks > 0 ? MIN (vlo, ticks[0]) : vlo;
  p.vmax = n_ticks > 0 ? MAX (vhi, ticks[n_ticks - 1]) : vhi;
  if (!(p.vmax > p.vmin))
    p.vmax = p.vmin + 1;

  for (guint i = 0; i < n_ticks; i++)
    {
      tick_labels[i] = format_tick (data, ticks[i], step);
      label_w = MAX (label_w, mp_trend_small_width (&p, tick_labels[i]));
    }
  p.x0 = pad + label_w + 0.5 * f;
  p.x1 = MAX (width - pad, p.x0 + 4 * f);

  /* Year ticks: the smallest step whose labels do not touch. */
  ppy = (p.x1 - p.x0) / (p.tmax - p.tmin);
  for (guint i = 0; i < G_N_ELEMENTS (year_steps); i++)
    if (year_steps[i] * ppy >= w4 + 1.2 * f)
      {
        year_step = year_steps[i];
        break;
      }

  if (comparisons_with_points (data) > SERIES_DRAWN_MAX)
    {
      spread = spread_of_comparisons (data);
      draw_spread_band (&p, spread);
    }
  mp_trend_draw_axes (&p, ticks, tick_labels, n_ticks, year_step);

  /* No clip: the ranges hold every mark, and a clip slows every stroke. */
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  mp_trend_draw_bands (&p);
  mp_trend_draw_trajectory (&p);
  if (spread)
    draw_spread_median (&p, spread);
  else
    for (guint i = 0; i < data->comparisons->len; i++)
      mp_trend_draw_series (&p, g_ptr_array_index (data->comparisons, i),
                            mp_chart_series_color (style, i), MAX (1.4 * p.k, 1), 2.4 * p.k, FALSE);
  mp_trend_draw_projection (&p);
  mp_trend_draw_baseline (&p);
  mp_trend_draw_series (&p, data->observed, style->accent, MAX (2.2 * p.k, 1.5), 3.6 * p.k, TRUE);
  mp_trend_draw_milestones (&p);

  /* The milestones' labels keep clear of the observed dots. */
  if (data->observed->points->len <= MAX_PLACED / 2)
    for (guint i = 0; i < data->observed->points->len; i++)
      {
        const MpTrendPoint *pt = &g_array_index (data->observed->points, MpTrendPoint, i);
        double r = 4 * p.k;
        if (isfinite (pt->value))
          mp_trend_place (&p, px (&p, pt->t) - r, py (&p, pt->value) - r, 2 * r, 2 * r);
      }
  mp_trend_draw_milestone_labels (&p);

  if (!has_points (data))
    draw_no_values (&p);
  cairo_restore (cr);

  for (guint i = 0; i < n_ticks; i++)
    g_free (tick_labels[i]);
  for (guint i = 0; i < LEGEND_ITEMS_MAX; i++)
    g_free (owned[i]);
  g_object_unref (p.small);
  cairo_restore (cr);
}
