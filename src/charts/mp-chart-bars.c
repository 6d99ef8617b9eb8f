/* mp-chart-bars.c — the comparison chart: one indicator across units or
 * facilities as horizontal bars, best first, each bar in the colour of its
 * status, the target as a dashed line (or a band for `between`).
 *
 * From top to bottom: the title, the target's label, one row per item (the
 * name on the left, the bar from zero, its value at the bar's end), the
 * axis with the measure under it, and a legend of the statuses present.
 * Rows get thinner as items are added; below the text's height the names
 * shrink to 0.75 and, below that, only the names that fit are drawn (the
 * highlighted one always), while every bar still is.
 */
#include "mp-chart-bars.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mp-chart-private.h"

/* The widest a name column may be, as a share of the chart's width. */
#define LABEL_SHARE 0.35
/* The tallest a row may be: MAX_ROW × the font size, or an eighth of the
 * chart on a tall one, so a few rows do not turn into slabs. A bar is
 * BAR_SHARE of its row, at most MAX_BAR × the font size or half the row. */
#define MAX_ROW 4.5
#define MAX_BAR 2.0
/* The bar's share of its row. */
#define BAR_SHARE 0.68

static void
bar_item_clear (gpointer p)
{
  MpBarItem *item = p;

  g_clear_pointer (&item->code, g_free);
  g_clear_pointer (&item->name, g_free);
  g_clear_pointer (&item->period, g_free);
}

MpBarsData *
mp_bars_data_new (const char  *title,
                  const char  *subtitle,
                  const char  *measure,
                  int          decimals,
                  MpDirection  direction)
{
  MpBarsData *data = g_new0 (MpBarsData, 1);

  data->title = g_strdup (title);
  data->subtitle = g_strdup (subtitle);
  data->measure = g_strdup (measure);
  data->decimals = decimals;
  data->direction = direction;
  data->comparator = MP_COMPARATOR_GE;
  data->target = NAN;
  data->target_high = NAN;
  data->items = g_array_new (FALSE, TRUE, sizeof (MpBarItem));
  g_array_set_clear_func (data->items, bar_item_clear);
  return data;
}

void
mp_bars_data_free (MpBarsData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  g_free (data->subtitle);
  g_free (data->measure);
  g_array_unref (data->items);
  g_free (data);
}

void
mp_bars_data_add (MpBarsData    *data,
                  const char    *code,
                  const char    *name,
                  double         value,
                  const char    *period,
                  MpValueSource  source,
                  MpStatus       status,
                  gboolean       highlight)
{
  MpBarItem item = {
    .code = g_strdup (code),
    .name = g_strdup (name ? name : code),
    .value = value,
    .period = g_strdup (period),
    .source = source,
    .status = status,
    .highlight = highlight,
  };

  g_return_if_fail (data != NULL);
  g_array_append_val (data->items, item);
}

void
mp_bars_data_set_target (MpBarsData   *data,
                         MpComparator  comparator,
                         double        value,
                         double        value_high,
                         int           year)
{
  g_return_if_fail (data != NULL);
  data->comparator = comparator;
  data->target = value;
  data->target_high = comparator == MP_COMPARATOR_BETWEEN ? value_high : NAN;
  data->target_year = year;
}

/* ---- drawing ---- */

static inline gboolean
has_value (const MpBarItem *item)
{
  return isfinite (item->value);
}

/* Best first; items without a value last; ties keep the data's order (the
 * items lie in one array, so their addresses give it). */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const MpBarItem *x = *(const MpBarItem * const *) a;
  const MpBarItem *y = *(const MpBarItem * const *) b;
  MpDirection direction = GPOINTER_TO_INT (user_data);
  gboolean xv = has_value (x), yv = has_value (y);

  if (xv != yv)
    return xv ? -1 : 1;
  if (xv && x->value != y->value)
    {
      gboolean x_first = direction == MP_DIRECTION_DOWN ? x->value < y->value
                                                        : x->value > y->value;
      return x_first ? -1 : 1;
    }
  return (x > y) - (x < y);
}

/* Whether the target is drawn: a line at `target`, or a band for between. */
static gboolean
target_shown (const MpBarsData *data)
{
  if (data->comparator == MP_COMPARATOR_DONE || !isfinite (data->target))
    return FALSE;
  if (data->comparator == MP_COMPARATOR_BETWEEN)
    return isfinite (data->target_high);
  return TRUE;
}

/* "Chỉ tiêu ≥ 19 đến năm 2030". */
static char *
target_label (const MpBarsData *data)
{
  MpTargetStatus ts = { 0 };
  g_autofree char *value = NULL;

  ts.comparator = data->comparator;
  ts.value = data->target;
  ts.value_high = data->target_high;
  ts.decimals = data->decimals;
  value = mp_format_target (&ts);
  if (data->target_year > 0)
    /* TRANSLATORS: "Target ≥ 19,0 per 10,000 people by 2030" */
    return g_strdup_printf (_("Target %s by %d"), value, data->target_year);
  /* TRANSLATORS: a target without a year: "Target ≥ 19" */
  return g_strdup_printf (_("Target %s"), value);
}

/* "Cần Thơ: 14,8 trên 10.000 dân (2025, nhập tay) — Có nguy cơ". */
static char *
bar_tooltip (const MpBarsData *data,
             const MpBarItem  *item)
{
  GString *text = g_string_new (item->name);
  const char *source = mp_value_source_label (item->source);

  g_string_append (text, ": ");
  if (!has_value (item))
    {
      g_string_append (text, mp_status_label (MP_STATUS_NO_DATA));
      return g_string_free (text, FALSE);
    }
  {
    g_autofree char *value = mp_chart_format_value (item->value, data->decimals,
                                                    data->measure);
    g_string_append (text, value);
  }
  if (item->period && *item->period && source && *source)
    g_string_append_printf (text, " (%s, %s)", item->period, source);
  else if (item->period && *item->period)
    g_string_append_printf (text, " (%s)", item->period);
  else if (source && *source)
    g_string_append_printf (text, " (%s)", source);
  /* NO_DATA here means the unit has no target to be judged by. */
  if (item->status != MP_STATUS_NO_DATA)
    g_string_append_printf (text, " — %s", mp_status_label (item->status));
  return g_string_free (text, FALSE);
}

/* An axis label with the decimals the step needs: "2,5" for a step of
 * 2.5, "0,25" for 0.25, at most three. */
static char *
format_tick (double value,
             double step)
{
  int decimals = 0;

  while (decimals < 3
         && fabs (step * pow (10, decimals) - round (step * pow (10, decimals))) > 1e-6)
    decimals++;
  return mp_format_value (value, decimals);
}

/* A value at the end of its bar, on a patch of the background so the
 * target line and the grid do not cross it. */
static void
value_label (cairo_t            *cr,
             const MpChartStyle *style,
             const char         *text,
             double              x,
             double              y,
             gboolean            left,
             double              scale,
             gboolean            bold)
{
  double w, h;

  mp_chart_text_size (cr, style, text, scale, bold, &w, &h);
  mp_chart_set_color (cr, style->background);
  cairo_rectangle (cr, left ? x - w - 1 : x - 1, y - h / 2, w + 2, h);
  cairo_fill (cr);
  mp_chart_text (cr, style, text, x, y, left ? MP_ALIGN_END : MP_ALIGN_START,
                 MP_ALIGN_CENTER, scale, bold, style->foreground, 0, NULL, NULL);
}

typedef struct {
  double x0, x1;      /* the plot's horizontal extent */
  double lo, hi;      /* the values at x0 and x1 */
} Scale;

static inline double
scale_x (const Scale *s,
         double       v)
{
  return s->x0 + (v - s->lo) / (s->hi - s->lo) * (s->x1 - s->x0);
}

/* Which rows get their name drawn when rows are thinner than the text:
 * the highlighted ones, then greedily from the top every row whose name
 * does not overlap a name already drawn. */
static void
choose_labels (GPtrArray *rows,
               double     row_h,
               double     text_h,
               gboolean  *shown)
{
  guint n = rows->len;
  double prev_bottom = -G_MAXDOUBLE;

  if (row_h >= text_h * 0.98)
    {
      for (guint i = 0; i < n; i++)
        shown[i] = TRUE;
      return;
    }
  for (guint i = 0; i < n; i++)
    shown[i] = ((const MpBarItem *) rows->pdata[i])->highlight;
  for (guint i = 0; i < n; i++)
    {
      double centre = (i + 0.5) * row_h;

      if (!shown[i])
        {
          gboolean fits = centre - text_h / 2 >= prev_bottom;

          for (guint j = i + 1; fits && j < n; j++)
            {
              double cj = (j + 0.5) * row_h;
              if (cj - text_h / 2 >= centre + text_h / 2)
                break;
              if (shown[j])
                fits = FALSE;
            }
          shown[i] = fits;
        }
      if (shown[i])
        prev_bottom = centre + text_h / 2;
    }
}

void
mp_bars_chart_draw (const MpBarsData   *data,
                    cairo_t            *cr,
                    double              width,
                    double              height,
                    const MpChartStyle *style,
                    GArray             *hits)
{
  static const MpStatus legend_order[] = {
    MP_STATUS_ACHIEVED, MP_STATUS_ON_TRACK, MP_STATUS_AT_RISK,
    MP_STATUS_OFF_TRACK, MP_STATUS_MISSED, MP_STATUS_NO_DATA,
  };
  double fs = style->font_size;
  double pad = round (fs * 0.8);
  double gap = fs * 0.5;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree gboolean *shown = NULL;
  g_autofree char *target_text = NULL;
  MpLegendItem legend[G_N_ELEMENTS (legend_order)];
  gboolean present[MP_STATUS_ACHIEVED + 1] = { FALSE };
  guint n_legend = 0, n, n_ticks;
  const char *measure_text = mp_measure_label (data->measure);
  double ticks[16], step = 0;
  double top, bottom, legend_h = 0, small_h, axis_h, target_h = 0;
  double label_scale = 1.0, value_scale, text_h, row_h, bar_h;
  double label_w = 0, value_w = 0, name_max;
  double lo = 0, hi = 0, zero_x;
  gboolean any_pos = FALSE, any_neg = FALSE;
  Scale sc;

  cairo_save (cr);
  if (style->paint_background)
    {
      mp_chart_set_color (cr, style->background);
      cairo_paint (cr);
    }

  top = pad + mp_chart_title (cr, style, data->title, data->subtitle,
                              pad, pad, width - 2 * pad) + gap;
  bottom = height - pad;

  rows = g_ptr_array_sized_new (data->items->len);
  for (guint i = 0; i < data->items->len; i++)
    g_ptr_array_add (rows, &g_array_index (data->items, MpBarItem, i));
  g_ptr_array_sort_with_data (rows, compare_rows,
                              GINT_TO_POINTER (data->direction));
  n = rows->len;

  if (n == 0)
    {
      mp_chart_text (cr, style, mp_status_label (MP_STATUS_NO_DATA),
                     width / 2, (top + bottom) / 2, MP_ALIGN_CENTER,
                     MP_ALIGN_CENTER, 1.0, FALSE, style->muted,
                     width - 2 * pad, NULL, NULL);
      cairo_restore (cr);
      return;
    }

  /* The value range, and the statuses the legend lists. */
  for (guint i = 0; i < n; i++)
    {
      const MpBarItem *item = rows->pdata[i];
      if (!has_value (item))
        continue;
      lo = MIN (lo, item->value);
      hi = MAX (hi, item->value);
      any_pos |= item->value >= 0;
      any_neg |= item->value < 0;
      if (item->status <= MP_STATUS_ACHIEVED)
        present[item->status] = TRUE;
    }
  if (target_shown (data))
    {
      lo = MIN (lo, data->target);
      hi = MAX (hi, data->target);
      if (data->comparator == MP_COMPARATOR_BETWEEN)
        {
          lo = MIN (lo, data->target_high);
          hi = MAX (hi, data->target_high);
        }
      target_text = target_label (data);
    }
  for (guint i = 0; i < G_N_ELEMENTS (legend_order); i++)
    if (present[legend_order[i]])
      legend[n_legend++] = (MpLegendItem) {
        mp_status_label (legend_order[i]),
        mp_chart_status_color (style, legend_order[i]),
        MP_LEGEND_SWATCH,
      };

  /* Vertical space: the legend at the bottom, the axis above it, the
   * target's label above the rows. */
  mp_chart_text_size (cr, style, "Ag", 0.85, FALSE, NULL, &small_h);
  if (n_legend > 0)
    {
      legend_h = mp_chart_legend (cr, style, legend, n_legend, pad, 0,
                                  width - 2 * pad, FALSE);
      bottom -= legend_h + gap;
    }
  axis_h = gap * 0.5 + small_h;
  if (measure_text && *measure_text)
    axis_h += small_h + gap * 0.3;
  if (target_text)
    target_h = small_h + gap * 0.4;

  row_h = (bottom - axis_h - top - target_h) / n;
  row_h = CLAMP (row_h, 0.5, MAX (fs * MAX_ROW, height / 8));
  mp_chart_text_size (cr, style, "Ag", 1.0, FALSE, NULL, &text_h);
  if (row_h < text_h)
    {
      label_scale = 0.75;
      mp_chart_text_size (cr, style, "Ag", label_scale, FALSE, NULL, &text_h);
    }
  value_scale = MIN (label_scale, 0.85);
  shown = g_new0 (gboolean, n);
  choose_labels (rows, row_h, text_h, shown);

  /* Horizontal space: the names, then the values beside their bars. */
  name_max = floor (width * LABEL_SHARE);
  for (guint i = 0; i < n; i++)
    {
      const MpBarItem *item = rows->pdata[i];
      double w;

      if (!shown[i])
        continue;
      mp_chart_text_size (cr, style, item->name, label_scale, item->highlight,
                          &w, NULL);
      label_w = MAX (label_w, MIN (w, name_max));
      if (has_value (item))
        {
          g_autofree char *v = mp_format_value (item->value, data->decimals);
          mp_chart_text_size (cr, style, v, value_scale, FALSE, &w, NULL);
          value_w = MAX (value_w, w);
        }
    }
  sc.x0 = pad + label_w + gap;
  sc.x1 = width - pad;
  if (any_neg)
    sc.x0 += value_w + gap * 0.6;
  if (any_pos || !any_neg)
    sc.x1 -= value_w + gap * 0.6;
  if (sc.x1 - sc.x0 < fs * 2)
    sc.x1 = sc.x0 + fs * 2;

  {
    double tick_w;
    g_autofree char *probe = mp_format_value (MAX (fabs (lo), fabs (hi)),
                                              data->decimals);
    guint max_ticks;

    mp_chart_text_size (cr, style, probe, 0.85, FALSE, &tick_w, NULL);
    max_ticks = (guint) CLAMP ((sc.x1 - sc.x0) / (tick_w + fs * 2.5), 2, 10);
    n_ticks = mp_chart_nice_ticks (lo, hi, max_ticks, ticks, &step);
  }
  if (n_ticks >= 2)
    {
      guint first = 0;

      /* The axis ends at the data (or the last tick within it) rather than
       * at a tick far beyond: 310 does not need an axis to 400. */
      while (n_ticks > 2 && ticks[n_ticks - 1] > hi + step * 0.25)
        n_ticks--;
      while (first + 2 < n_ticks && ticks[first] < lo - step * 0.25)
        first++;
      if (first > 0)
        {
          memmove (ticks, ticks + first, (n_ticks - first) * sizeof (double));
          n_ticks -= first;
        }
      sc.lo = MIN (ticks[0], lo);
      sc.hi = MAX (ticks[n_ticks - 1], hi);
    }
  else
    {
      sc.lo = lo;
      sc.hi = hi > lo ? hi : lo + 1;
    }
  zero_x = scale_x (&sc, 0);

  {
    double plot_top = top + target_h;
    double plot_bottom = plot_top + row_h * n;
    double line_w = MAX (1.0, round (fs / 12.0));
    bar_h = row_h >= 3 ? MIN (row_h * BAR_SHARE, MAX (fs * MAX_BAR, row_h * 0.5)) : MAX (row_h * 0.85, 0.5);

    /* Grid and the band of a `between` target, under the bars. */
    cairo_set_line_width (cr, line_w);
    mp_chart_set_color (cr, style->grid);
    for (guint t = 0; t < n_ticks; t++)
      {
        double x = round (scale_x (&sc, ticks[t])) + 0.5;
        cairo_move_to (cr, x, plot_top);
        cairo_line_to (cr, x, plot_bottom);
      }
    cairo_stroke (cr);

    if (target_text && data->comparator == MP_COMPARATOR_BETWEEN)
      {
        double a = scale_x (&sc, MIN (data->target, data->target_high));
        double b = scale_x (&sc, MAX (data->target, data->target_high));
        MpRgba band = mp_chart_status_color (style, MP_STATUS_ACHIEVED);

        mp_chart_set_color (cr, mp_chart_fade (band, 0.16));
        cairo_rectangle (cr, a, plot_top, MAX (b - a, 1), plot_bottom - plot_top);
        cairo_fill (cr);
      }

    /* The rows. */
    for (guint i = 0; i < n; i++)
      {
        const MpBarItem *item = rows->pdata[i];
        double y = plot_top + i * row_h;
        double cy = y + row_h / 2;
        double end = zero_x;

        if (has_value (item))
          {
            double x = scale_x (&sc, item->value);
            double x0 = MIN (x, zero_x), x1 = MAX (x, zero_x);

            end = x;
            mp_chart_set_color (cr, mp_chart_status_color (style, item->status));
            cairo_rectangle (cr, x0, cy - bar_h / 2, MAX (x1 - x0, 1), bar_h);
            cairo_fill (cr);
            if (item->highlight)
              {
                double lw = MAX (1.5, fs * 0.15);
                cairo_set_line_width (cr, lw);
                mp_chart_set_color (cr, style->foreground);
                cairo_rectangle (cr, x0 + lw / 2, cy - bar_h / 2 + lw / 2,
                                 MAX (x1 - x0 - lw, 0), MAX (bar_h - lw, 0));
                cairo_stroke (cr);
              }
          }
        else if (shown[i])
          {
            double w = 0;
            mp_chart_text (cr, style, mp_status_label (MP_STATUS_NO_DATA),
                           zero_x + gap, cy, MP_ALIGN_START,
                           MP_ALIGN_CENTER, value_scale, FALSE, style->muted,
                           MAX (width - pad - zero_x - gap, fs), &w, NULL);
            end = zero_x + gap + w;
          }

        if (shown[i])
          mp_chart_text (cr, style, item->name, pad + label_w, cy,
                         MP_ALIGN_END, MP_ALIGN_CENTER, label_scale,
                         item->highlight,
                         has_value (item) ? style->foreground : style->muted,
                         name_max, NULL, NULL);

        mp_chart_hits_add (hits, pad, y, MAX (end, sc.x1) - pad, row_h,
                           bar_tooltip (data, item));
      }

    /* The zero line, over the bars' bases. */
    cairo_set_line_width (cr, line_w);
    mp_chart_set_color (cr, style->muted);
    cairo_move_to (cr, round (zero_x) + 0.5, plot_top);
    cairo_line_to (cr, round (zero_x) + 0.5, plot_bottom);
    cairo_stroke (cr);

    /* The target: a dashed line (each end of a band) with its label. */
    if (target_text)
      {
        double dash[] = { fs * 0.45, fs * 0.3 };
        double xs[2];
        guint n_xs = 0;
        double label_x, tw;

        xs[n_xs++] = scale_x (&sc, data->target);
        if (data->comparator == MP_COMPARATOR_BETWEEN)
          xs[n_xs++] = scale_x (&sc, data->target_high);
        cairo_save (cr);
        cairo_set_dash (cr, dash, 2, 0);
        cairo_set_line_width (cr, MAX (1.5, fs * 0.13));
        mp_chart_set_color (cr, style->foreground);
        for (guint k = 0; k < n_xs; k++)
          {
            cairo_move_to (cr, xs[k], plot_top - gap * 0.3);
            cairo_line_to (cr, xs[k], plot_bottom);
          }
        cairo_stroke (cr);
        cairo_restore (cr);

        label_x = n_xs == 2 ? (xs[0] + xs[1]) / 2 : xs[0];
        mp_chart_text_size (cr, style, target_text, 0.85, FALSE, &tw, NULL);
        tw = MIN (tw, width - 2 * pad);
        label_x = CLAMP (label_x - tw / 2, pad, width - pad - tw);
        mp_chart_text (cr, style, target_text, label_x, plot_top - gap * 0.4,
                       MP_ALIGN_START, MP_ALIGN_END, 0.85, FALSE,
                       style->foreground, width - 2 * pad, NULL, NULL);
      }

    /* The values at the bars' ends, over the target line. */
    for (guint i = 0; i < n; i++)
      {
        const MpBarItem *item = rows->pdata[i];
        g_autofree char *v = NULL;
        double x;

        if (!shown[i] || !has_value (item))
          continue;
        v = mp_format_value (item->value, data->decimals);
        x = scale_x (&sc, item->value);
        if (item->value < 0)
          x = MIN (x, zero_x) - gap * 0.4;
        else
          x = MAX (x, zero_x) + gap * 0.4;
        value_label (cr, style, v, x, plot_top + (i + 0.5) * row_h,
                     item->value < 0, value_scale, item->highlight);
      }

    /* The axis: tick labels, then the measure. */
    {
      double y = plot_bottom + gap * 0.5;
      double prev_right = -G_MAXDOUBLE;

      for (guint t = 0; t < n_ticks; t++)
        {
          g_autofree char *label = format_tick (ticks[t], step);
          double x = scale_x (&sc, ticks[t]), w;

          mp_chart_text_size (cr, style, label, 0.85, FALSE, &w, NULL);
          if (x - w / 2 < prev_right + gap)
            continue;
          mp_chart_text (cr, style, label, x, y, MP_ALIGN_CENTER, MP_ALIGN_START,
                         0.85, FALSE, style->muted, 0, NULL, NULL);
          prev_right = x + w / 2;
        }
      if (measure_text && *measure_text)
        mp_chart_text (cr, style, measure_text, (sc.x0 + sc.x1) / 2,
                       y + small_h + gap * 0.3, MP_ALIGN_CENTER, MP_ALIGN_START,
                       0.85, FALSE, style->muted, width - 2 * pad, NULL, NULL);
    }

    /* The legend follows the axis (rows stop growing on a tall chart). */
    if (n_legend > 0)
      mp_chart_legend (cr, style, legend, n_legend, pad,
                       plot_bottom + axis_h + gap, width - 2 * pad, TRUE);
  }
  cairo_restore (cr);
}
