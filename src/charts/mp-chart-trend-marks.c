/* mp-chart-trend-marks.c — the marks of the trend chart, in the plot that
 * mp-chart-trend.c lays out: axes, series, bands, the required trajectory,
 * the projection, milestones and their labels, and the hover text of each.
 */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "mp-chart-trend-private.h"

static gboolean
overlaps_placed (const MpTrendPlot *p,
                 double x, double y, double w, double h)
{
  for (guint i = 0; i < p->n_placed; i++)
    {
      const double *r = p->placed[i];
      if (x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h)
        return TRUE;
    }
  return FALSE;
}

void
mp_trend_place (MpTrendPlot *p,
                double x, double y, double w, double h)
{
  if (p->n_placed == MAX_PLACED)
    return;
  p->placed[p->n_placed][0] = x;
  p->placed[p->n_placed][1] = y;
  p->placed[p->n_placed][2] = w;
  p->placed[p->n_placed][3] = h;
  p->n_placed++;
}

/* Draws `text` in the small layout with its top-left corner at (x, y). */
void
mp_trend_show_small (MpTrendPlot *p,
                     const char  *text,
                     double       x,
                     double       y,
                     MpRgba       color)
{
  pango_layout_set_text (p->small, text, -1);
  mp_chart_set_color (p->cr, color);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, p->small);
}

double
mp_trend_small_width (MpTrendPlot *p,
                      const char  *text)
{
  int w;

  pango_layout_set_text (p->small, text, -1);
  pango_layout_get_pixel_size (p->small, &w, NULL);
  return w;
}

/* Places a label of `text` centred above (x, y_above) or, when that is
 * taken or outside the chart, below (x, y_below); draws nothing when both
 * are taken. */
static void
label_near (MpTrendPlot *p,
            const char  *text,
            double       x,
            double       y_above,
            double       y_below,
            gboolean     bold)
{
  PangoLayout *layout = p->small;
  PangoFontDescription *desc = NULL;
  double w, h = p->small_h, lx, ly;

  if (bold)
    {
      desc = pango_font_description_copy (pango_layout_get_font_description (layout));
      pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, desc);
    }
  w = mp_trend_small_width (p, text);
  lx = MAX (MIN (x - w / 2, p->right - w), p->x0);

  ly = y_above - h;
  if (ly < p->top || overlaps_placed (p, lx, ly, w, h))
    {
      ly = y_below;
      if (ly + h > p->y1 || overlaps_placed (p, lx, ly, w, h))
        ly = NAN;
    }
  if (isfinite (ly))
    {
      /* A halo of the background keeps the label legible over lines. */
      mp_chart_set_color (p->cr, mp_chart_fade (p->style->background, 0.85));
      cairo_rectangle (p->cr, lx - 2, ly, w + 4, h);
      cairo_fill (p->cr);
      mp_trend_show_small (p, text, lx, ly, p->style->foreground);
      mp_trend_place (p, lx, ly, w, h);
    }

  if (desc)
    {
      pango_font_description_set_weight (desc, PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (layout, desc);
      pango_font_description_free (desc);
    }
}

/* "14,8 trên 10.000 dân", or "10–12 trên 10.000 dân" for a range. */
static char *
point_value_text (const MpTrendData  *data,
                  const MpTrendPoint *pt)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (!isfinite (pt->value_high))
    return mp_chart_format_value (pt->value, data->decimals, data->measure);
  low = mp_format_value (pt->value, data->decimals);
  high = mp_chart_format_value (pt->value_high, data->decimals, data->measure);
  return g_strdup_printf ("%s–%s", low, high);
}

/* A count or a population: whole numbers as such. */
static char *
format_count (double value)
{
  return mp_format_value (value, value == floor (value) ? 0 : 2);
}

static char *
observed_hit_text (const MpTrendData  *data,
                   const MpTrendPoint *pt)
{
  g_autofree char *value = point_value_text (data, pt);

  if (pt->source == MP_SOURCE_COMPUTED &&
      isfinite (pt->numerator) && isfinite (pt->denominator))
    {
      g_autofree char *num = format_count (pt->numerator);
      g_autofree char *den = format_count (pt->denominator);
      /* TRANSLATORS: a point of the trend chart: period, value, "computed",
       * then what it is computed from, e.g. "2026: 15,6 trên 10.000 dân —
       * tính toán (1.950 / 1.250.000)". */
      return g_strdup_printf (_("%s: %s — %s (%s / %s)"), pt->period, value,
                              mp_value_source_label (pt->source), num, den);
    }
  if (pt->source == MP_SOURCE_NONE)
    return g_strdup_printf ("%s: %s", pt->period, value);
  /* TRANSLATORS: a point of the trend chart: period, value and where the
   * value came from, e.g. "2025: 14,8 trên 10.000 dân — nhập tay". */
  return g_strdup_printf (_("%s: %s — %s"), pt->period, value,
                          mp_value_source_label (pt->source));
}

/* "≥ 19", "30–50", "✓ Hoàn thành"; with the measure when asked. */
static char *
milestone_text (const MpTrendData      *data,
                const MpTrendMilestone *m,
                gboolean                with_measure)
{
  MpTargetStatus ts = { 0 };
  g_autofree char *text = NULL;
  const char *label = mp_measure_label (data->measure);

  ts.comparator = m->comparator;
  ts.value = m->value;
  ts.value_high = m->value_high;
  ts.decimals = data->decimals;
  text = mp_format_target (&ts);

  if (m->comparator == MP_COMPARATOR_DONE)
    return g_strdup_printf ("%s %s", mp_comparator_symbol (MP_COMPARATOR_DONE), text);
  if (!with_measure || label == NULL || *label == '\0')
    return g_steal_pointer (&text);
  if (g_strcmp0 (data->measure, "percent") == 0)
    return g_strdup_printf ("%s%s", text, label);
  return g_strdup_printf ("%s %s", text, label);
}

static char *
milestone_hit_text (const MpTrendData      *data,
                    const MpTrendMilestone *m)
{
  g_autofree char *target = milestone_text (data, m, TRUE);

  if (m->document && *m->document)
    /* TRANSLATORS: a milestone of the trend chart: year, document code,
     * target, status, e.g. "Chỉ tiêu năm 2030 (NQ-72): ≥ 19 trên 10.000 dân
     * — Đúng tiến độ". */
    return g_strdup_printf (_("Target for %d (%s): %s — %s"), m->year, m->document,
                            target, mp_status_label (m->status));
  /* TRANSLATORS: a milestone of the trend chart: year, target, status. */
  return g_strdup_printf (_("Target for %d: %s — %s"), m->year, target,
                          mp_status_label (m->status));
}

static void
hit_point (MpTrendPlot *p,
           double       x,
           double       y_top,
           double       y_bottom,
           char        *text)
{
  double r = 6 * MAX (p->k, 1);

  mp_chart_hits_add (p->hits, x - r, y_top - r, 2 * r, y_bottom - y_top + 2 * r, text);
}

/* Where the required trajectory passes at a milestone: its target value;
 * for `between`, the middle of the range, so that the dashed line leads
 * into the middle of the band (the lower bound would read as "the least
 * that will do", which is wrong for a `down` indicator). NAN for `done`. */
double
mp_trend_milestone_anchor (const MpTrendMilestone *m)
{
  if (m->comparator == MP_COMPARATOR_BETWEEN && isfinite (m->value_high))
    return (m->value + m->value_high) / 2;
  return m->value;
}

/* Draws a series: a line through consecutive plain values, a faint band
 * between consecutive ranges and an error bar at each range, and dots at
 * the plain values when `dot_r` > 0 (hollow for computed values). */
void
mp_trend_draw_series (MpTrendPlot         *p,
                      const MpTrendSeries *series,
                      MpRgba               color,
                      double               line_width,
                      double               dot_r,
                      gboolean             observed)
{
  cairo_t *cr = p->cr;
  const MpTrendPoint *pts = (const MpTrendPoint *) series->points->data;
  guint n = series->points->len;
  gboolean open = FALSE, any_range = FALSE, any_computed = FALSE;
  gboolean yesno = g_strcmp0 (p->data->measure, "yesno") == 0;
  double cap = 3.5 * p->k;

  for (guint i = 0; i + 1 < n; i++)
    if (is_range (&pts[i]) && is_range (&pts[i + 1]))
      {
        cairo_move_to (cr, px (p, pts[i].t), py (p, pts[i].value_high));
        cairo_line_to (cr, px (p, pts[i + 1].t), py (p, pts[i + 1].value_high));
        cairo_line_to (cr, px (p, pts[i + 1].t), py (p, pts[i + 1].value));
        cairo_line_to (cr, px (p, pts[i].t), py (p, pts[i].value));
        cairo_close_path (cr);
      }
  mp_chart_set_color (cr, mp_chart_fade (color, 0.16));
  cairo_fill (cr);

  for (guint i = 0; i < n; i++)
    if (is_range (&pts[i]))
      {
        double x = px (p, pts[i].t), yh = py (p, pts[i].value_high), yl = py (p, pts[i].value);
        cairo_move_to (cr, x, yh);
        cairo_line_to (cr, x, yl);
        cairo_move_to (cr, x - cap, yh);
        cairo_line_to (cr, x + cap, yh);
        cairo_move_to (cr, x - cap, yl);
        cairo_line_to (cr, x + cap, yl);
        any_range = TRUE;
      }
  if (any_range)
    {
      cairo_set_line_width (cr, MAX (line_width * 0.8, 1));
      mp_chart_set_color (cr, color);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      if (!is_plain (&pts[i]))
        {
          open = FALSE;
          continue;
        }
      /* A yes/no value holds until the next one: a step. */
      if (open && yesno)
        cairo_line_to (cr, px (p, pts[i].t), py (p, pts[i - 1].value));
      if (open)
        cairo_line_to (cr, px (p, pts[i].t), py (p, pts[i].value));
      else
        cairo_move_to (cr, px (p, pts[i].t), py (p, pts[i].value));
      open = TRUE;
    }
  cairo_set_line_width (cr, line_width);
  mp_chart_set_color (cr, color);
  cairo_stroke (cr);

  if (dot_r > 0)
    {
      for (guint i = 0; i < n; i++)
        if (is_plain (&pts[i]))
          {
            if (pts[i].source == MP_SOURCE_COMPUTED)
              {
                any_computed = TRUE;
                continue;
              }
            cairo_new_sub_path (cr);
            cairo_arc (cr, px (p, pts[i].t), py (p, pts[i].value), dot_r, 0, 2 * G_PI);
          }
      cairo_fill (cr);

      if (any_computed)
        {
          for (guint i = 0; i < n; i++)
            if (is_plain (&pts[i]) && pts[i].source == MP_SOURCE_COMPUTED)
              {
                cairo_new_sub_path (cr);
                cairo_arc (cr, px (p, pts[i].t), py (p, pts[i].value), dot_r, 0, 2 * G_PI);
              }
          mp_chart_set_color (cr, p->style->background);
          cairo_fill_preserve (cr);
          cairo_set_line_width (cr, MAX (1.6 * p->k, 1));
          mp_chart_set_color (cr, color);
          cairo_stroke (cr);
        }
    }

  if (p->hits == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      const MpTrendPoint *pt = &pts[i];
      double x = px (p, pt->t);
      char *text;

      if (!isfinite (pt->value))
        continue;
      if (observed)
        text = observed_hit_text (p->data, pt);
      else
        {
          g_autofree char *value = point_value_text (p->data, pt);
          /* TRANSLATORS: a point of a comparison series: its name, the
           * period and the value, e.g. "Đồng bằng sông Cửu Long, 2025:
           * 10–12 trên 10.000 dân". */
          text = g_strdup_printf (_("%s, %s: %s"), series->name, pt->period, value);
        }
      hit_point (p, x, py (p, is_range (pt) ? pt->value_high : pt->value),
                 py (p, pt->value), text);
    }
}

/* The band of each `between` milestone: the target range around its
 * year, with its edges drawn. */
void
mp_trend_draw_bands (MpTrendPlot *p)
{
  cairo_t *cr = p->cr;
  GArray *ms = p->data->milestones;

  for (guint i = 0; i < ms->len; i++)
    {
      const MpTrendMilestone *m = &g_array_index (ms, MpTrendMilestone, i);
      MpRgba color = mp_chart_status_color (p->style, m->status);
      double xa, xb, ya, yb;

      if (m->comparator != MP_COMPARATOR_BETWEEN || !isfinite (m->value) ||
          !isfinite (m->value_high))
        continue;
      xa = MAX (px (p, m->year - 0.45), p->x0);
      xb = MIN (px (p, m->year + 0.45), p->x1);
      ya = py (p, MAX (m->value, m->value_high));
      yb = py (p, MIN (m->value, m->value_high));
      cairo_rectangle (cr, xa, ya, xb - xa, yb - ya);
      mp_chart_set_color (cr, mp_chart_fade (color, 0.22));
      cairo_fill (cr);
      cairo_move_to (cr, xa, ya);
      cairo_line_to (cr, xb, ya);
      cairo_move_to (cr, xa, yb);
      cairo_line_to (cr, xb, yb);
      cairo_set_line_width (cr, MAX (1.5 * p->k, 1));
      mp_chart_set_color (cr, color);
      cairo_stroke (cr);
    }
}

/* The dashed line from the baseline through each milestone's target;
 * only when it joins at least two points (a baseline and a milestone, or
 * two milestones). */
void
mp_trend_draw_trajectory (MpTrendPlot *p)
{
  const MpTrendData *data = p->data;
  cairo_t *cr = p->cr;
  double dash[2] = { 6 * p->k, 4 * p->k };
  guint n = 0;

  if (data->has_baseline && isfinite (data->baseline_value))
    {
      cairo_move_to (cr, px (p, data->baseline_year), py (p, data->baseline_value));
      n++;
    }
  for (guint i = 0; i < data->milestones->len; i++)
    {
      const MpTrendMilestone *m = &g_array_index (data->milestones, MpTrendMilestone, i);
      double v = mp_trend_milestone_anchor (m);

      if (!isfinite (v))
        continue;
      if (n++ == 0)
        cairo_move_to (cr, px (p, m->year), py (p, v));
      else
        cairo_line_to (cr, px (p, m->year), py (p, v));
    }
  if (n < 2)
    {
      cairo_new_path (cr);
      return;
    }
  cairo_set_dash (cr, dash, 2, 0);
  cairo_set_line_width (cr, MAX (1.5 * p->k, 1));
  mp_chart_set_color (cr, p->style->foreground);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

gboolean
mp_trend_has_trajectory (const MpTrendData *data)
{
  guint n = data->has_baseline && isfinite (data->baseline_value) ? 1 : 0;

  for (guint i = 0; i < data->milestones->len; i++)
    if (isfinite (mp_trend_milestone_anchor (&g_array_index (data->milestones, MpTrendMilestone, i))))
      n++;
  return n >= 2;
}

gboolean
mp_trend_has_projection (const MpTrendData *data)
{
  return isfinite (data->proj_t0) && isfinite (data->proj_v0) &&
         isfinite (data->proj_t1) && isfinite (data->proj_v1);
}

/* The colour of the projection: that of the last milestone's status. */
MpRgba
mp_trend_projection_color (const MpTrendData  *data,
                           const MpChartStyle *style)
{
  if (data->milestones->len == 0)
    return style->muted;
  return mp_chart_status_color (style, g_array_index (data->milestones, MpTrendMilestone,
                                                      data->milestones->len - 1).status);
}

void
mp_trend_draw_projection (MpTrendPlot *p)
{
  const MpTrendData *data = p->data;
  cairo_t *cr = p->cr;
  /* Short square dots: round caps would cost an arc each. */
  double dash[2] = { 2.4 * p->k, 2.6 * p->k };
  double x1, y1;

  if (!mp_trend_has_projection (data))
    return;
  x1 = px (p, data->proj_t1);
  y1 = py (p, data->proj_v1);
  cairo_move_to (cr, px (p, data->proj_t0), py (p, data->proj_v0));
  cairo_line_to (cr, x1, y1);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_set_line_width (cr, MAX (2.4 * p->k, 1.5));
  mp_chart_set_color (cr, mp_trend_projection_color (data, p->style));
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (p->hits)
    {
      g_autofree char *value = mp_chart_format_value (data->proj_v1, data->decimals,
                                                      data->measure);
      /* TRANSLATORS: the end of the projection line: year and value. */
      hit_point (p, x1, y1, y1, g_strdup_printf (_("Projection for %d: %s"),
                                                 (int) round (data->proj_t1), value));
    }
}

void
mp_trend_draw_baseline (MpTrendPlot *p)
{
  const MpTrendData *data = p->data;
  double x, y, r = 3 * p->k;

  if (!data->has_baseline || !isfinite (data->baseline_value))
    return;
  x = px (p, data->baseline_year);
  y = py (p, data->baseline_value);
  cairo_rectangle (p->cr, x - r, y - r, 2 * r, 2 * r);
  mp_chart_set_color (p->cr, p->style->foreground);
  cairo_fill (p->cr);
  if (p->hits)
    {
      g_autofree char *value = mp_chart_format_value (data->baseline_value, data->decimals,
                                                      data->measure);
      /* TRANSLATORS: the start of the required trajectory: year, value. */
      hit_point (p, x, y, y, g_strdup_printf (_("Baseline %d: %s"), data->baseline_year, value));
    }
}

/* The milestones: a diamond at each target (over its band for `between`),
 * a dashed vertical line with a flag for `done`, each with its target as a
 * label where there is room. */
void
mp_trend_draw_milestones (MpTrendPlot *p)
{
  const MpTrendData *data = p->data;
  cairo_t *cr = p->cr;
  GArray *ms = data->milestones;
  double r = 6.5 * p->k;
  double dash[2] = { 3 * p->k, 3 * p->k };

  for (guint i = 0; i < ms->len; i++)
    {
      const MpTrendMilestone *m = &g_array_index (ms, MpTrendMilestone, i);
      MpRgba color = mp_chart_status_color (p->style, m->status);
      double x = px (p, m->year), v = mp_trend_milestone_anchor (m), y;

      if (m->comparator == MP_COMPARATOR_DONE)
        {
          cairo_move_to (cr, x, p->y0);
          cairo_line_to (cr, x, p->y1);
          cairo_set_dash (cr, dash, 2, 0);
          cairo_set_line_width (cr, MAX (1.5 * p->k, 1));
          mp_chart_set_color (cr, color);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_move_to (cr, x, p->y0);
          cairo_line_to (cr, x + 11 * p->k, p->y0 + 4.5 * p->k);
          cairo_line_to (cr, x, p->y0 + 9 * p->k);
          cairo_close_path (cr);
          cairo_fill (cr);
          if (p->hits)
            mp_chart_hits_add (p->hits, x - 6 * MAX (p->k, 1), p->y0, 12 * MAX (p->k, 1),
                               p->y1 - p->y0, milestone_hit_text (data, m));
          continue;
        }
      if (!isfinite (v))
        continue;

      y = py (p, v);
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      mp_chart_set_color (cr, color);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, MAX (1.5 * p->k, 1));
      mp_chart_set_color (cr, p->style->background);
      cairo_stroke (cr);

      if (p->hits)
        {
          double top = y, bottom = y;
          if (m->comparator == MP_COMPARATOR_BETWEEN && isfinite (m->value_high))
            {
              top = py (p, MAX (m->value, m->value_high));
              bottom = py (p, MIN (m->value, m->value_high));
            }
          hit_point (p, x, top, bottom, milestone_hit_text (data, m));
        }
    }
}

/* The milestones' labels, after everything else so that they stay on top:
 * the target beside its marker, "✓ Done" beside the flag of `done`. */
void
mp_trend_draw_milestone_labels (MpTrendPlot *p)
{
  const MpTrendData *data = p->data;
  GArray *ms = data->milestones;
  double r = 6.5 * p->k, gap = 2 * p->k;

  for (guint i = 0; i < ms->len; i++)
    {
      const MpTrendMilestone *m = &g_array_index (ms, MpTrendMilestone, i);
      g_autofree char *text = milestone_text (data, m, FALSE);
      double x = px (p, m->year), v = mp_trend_milestone_anchor (m);

      if (m->comparator == MP_COMPARATOR_DONE)
        {
          /* Beside the flag: right of it, or left near the right edge. */
          double w = mp_trend_small_width (p, text), lx = x + 13 * p->k;
          if (lx + w > p->right)
            lx = x - 3 * p->k - w;
          if (!overlaps_placed (p, lx, p->y0, w, p->small_h))
            {
              mp_chart_set_color (p->cr, mp_chart_fade (p->style->background, 0.85));
              cairo_rectangle (p->cr, lx - 2, p->y0, w + 4, p->small_h);
              cairo_fill (p->cr);
              mp_trend_show_small (p, text, lx, p->y0, p->style->foreground);
              mp_trend_place (p, lx, p->y0, w, p->small_h);
            }
          continue;
        }
      if (!isfinite (v))
        continue;
      if (m->comparator == MP_COMPARATOR_BETWEEN && isfinite (m->value_high))
        label_near (p, text, x, py (p, MAX (m->value, m->value_high)) - gap,
                    py (p, MIN (m->value, m->value_high)) + gap, TRUE);
      else
        label_near (p, text, x, py (p, v) - r - gap, py (p, v) + r + gap, TRUE);
    }
}

/* The axes: horizontal grid lines at the value ticks with their labels on
 * the left, the year ticks along the bottom. */
void
mp_trend_draw_axes (MpTrendPlot   *p,
                    const double  *ticks,
                    char         **tick_labels,
                    guint          n_ticks,
                    int            year_step)
{
  cairo_t *cr = p->cr;
  double tick_len = 0.3 * p->style->font_size;
  double ybase = round (p->y1) + 0.5;

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < n_ticks; i++)
    {
      double y = round (py (p, ticks[i])) + 0.5;
      cairo_move_to (cr, p->x0, y);
      cairo_line_to (cr, p->x1, y);
    }
  mp_chart_set_color (cr, p->style->grid);
  cairo_stroke (cr);

  /* The zero line when the values cross zero; the base line. */
  if (p->vmin < 0 && p->vmax > 0)
    {
      double y = round (py (p, 0)) + 0.5;
      cairo_move_to (cr, p->x0, y);
      cairo_line_to (cr, p->x1, y);
    }
  cairo_move_to (cr, p->x0, ybase);
  cairo_line_to (cr, p->x1, ybase);
  for (double year = ceil (p->tmin / year_step) * year_step; year <= p->tmax; year += year_step)
    {
      double x = round (px (p, year)) + 0.5;
      cairo_move_to (cr, x, ybase);
      cairo_line_to (cr, x, ybase + tick_len);
    }
  mp_chart_set_color (cr, p->style->muted);
  cairo_stroke (cr);

  /* Each label shaped once: measured, then shown as it is. */
  mp_chart_set_color (cr, p->style->muted);
  for (guint i = 0; i < n_ticks; i++)
    {
      int w, h;
      pango_layout_set_text (p->small, tick_labels[i], -1);
      pango_layout_get_pixel_size (p->small, &w, &h);
      cairo_move_to (cr, p->x0 - 0.5 * p->style->font_size - w, py (p, ticks[i]) - h / 2.0);
      pango_cairo_show_layout (cr, p->small);
    }

  for (double year = ceil (p->tmin / year_step) * year_step; year <= p->tmax; year += year_step)
    {
      char text[16];
      double w, x;

      /* Every year has four digits: as wide as "2030", measured once. */
      g_snprintf (text, sizeof text, "%d", (int) year);
      w = p->year_w;
      x = px (p, year) - w / 2;
      x = MAX (MIN (x, p->right + 0.5 * p->style->font_size - w), 0);
      mp_trend_show_small (p, text, x, ybase + tick_len + 1, p->style->muted);
    }
}
