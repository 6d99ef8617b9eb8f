/* mp-chart-status.c — the status overview: a donut of how many targets are
 * achieved, on track, at risk, off track, missed or without data (best
 * first, from 12 o'clock clockwise), the total in its middle, and a legend
 * of the counts with their share, to the right of the donut or, on a
 * narrow chart, below it.
 */
#include "mp-chart-status.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mp-chart-private.h"

/* Best first, the order of the segments and of the legend. */
static const MpStatus order[] = {
  MP_STATUS_ACHIEVED, MP_STATUS_ON_TRACK, MP_STATUS_AT_RISK,
  MP_STATUS_OFF_TRACK, MP_STATUS_MISSED, MP_STATUS_NO_DATA,
};
#define N_ORDER G_N_ELEMENTS (order)

/* The hole's radius as a share of the donut's. */
#define HOLE 0.6

MpStatusData *
mp_status_data_new (const char *title,
                    const char *subtitle)
{
  MpStatusData *data = g_new0 (MpStatusData, 1);

  data->title = g_strdup (title);
  data->subtitle = g_strdup (subtitle);
  return data;
}

void
mp_status_data_free (MpStatusData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  g_free (data->subtitle);
  g_free (data);
}

/* "13 %", or "—" when there are no targets at all. */
static char *
format_share (guint count,
              guint total)
{
  g_autofree char *number = NULL;
  double share;

  if (total == 0)
    return g_strdup ("—");
  share = 100.0 * count / total;
  number = mp_format_value (share, share > 0 && share < 1 ? 1 : 0);
  /* TRANSLATORS: a percentage; Vietnamese writes a space before the sign */
  return g_strdup_printf (_("%s%%"), number);
}

/* "Đúng tiến độ: 7 chỉ tiêu (13 %)". */
static char *
status_tooltip (MpStatus status,
                guint    count,
                guint    total)
{
  g_autofree char *number = mp_format_value (count, 0);
  g_autofree char *share = format_share (count, total);
  g_autofree char *counted = NULL;

  /* TRANSLATORS: a number of targets, already formatted: "7 targets" */
  counted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s target",
                                          "%s targets", count), number);
  return g_strdup_printf ("%s: %s (%s)", mp_status_label (status), counted, share);
}

typedef struct {
  double swatch, label_w, count_w, share_w, row_h, width, height;
} LegendGeometry;

static void
measure_legend (cairo_t            *cr,
                const MpChartStyle *style,
                const MpStatusData *data,
                guint               total,
                LegendGeometry     *g)
{
  double fs = style->font_size, text_h = 0;

  *g = (LegendGeometry) { .swatch = round (fs * 0.9) };
  for (guint i = 0; i < N_ORDER; i++)
    {
      g_autofree char *count = mp_format_value (data->counts[order[i]], 0);
      g_autofree char *share = format_share (data->counts[order[i]], total);
      double w;

      mp_chart_text_size (cr, style, mp_status_label (order[i]), 1.0, FALSE,
                          &w, &text_h);
      g->label_w = MAX (g->label_w, w);
      mp_chart_text_size (cr, style, count, 1.0, TRUE, &w, NULL);
      g->count_w = MAX (g->count_w, w);
      mp_chart_text_size (cr, style, share, 0.85, FALSE, &w, NULL);
      g->share_w = MAX (g->share_w, w);
    }
  g->row_h = MAX (text_h * 1.45, g->swatch * 1.5);
  g->width = g->swatch + fs * 0.5 + g->label_w + fs * 1.2 + g->count_w
             + fs * 0.8 + g->share_w;
  g->height = g->row_h * N_ORDER;
}

static void
draw_legend (cairo_t              *cr,
             const MpChartStyle   *style,
             const MpStatusData   *data,
             guint                 total,
             const LegendGeometry *g,
             double                x,
             double                y,
             double                max_width,
             GArray               *hits)
{
  double fs = style->font_size;
  /* When squeezed, the labels give up their width first. */
  double label_w = MAX (g->label_w - MAX (g->width - max_width, 0), fs * 2);
  double count_right = x + g->swatch + fs * 0.5 + label_w + fs * 1.2 + g->count_w;
  double share_right = count_right + fs * 0.8 + g->share_w;

  for (guint i = 0; i < N_ORDER; i++)
    {
      MpStatus status = order[i];
      guint count = data->counts[status];
      double cy = y + (i + 0.5) * g->row_h;
      MpRgba colour = mp_chart_status_color (style, status);
      MpRgba text = count > 0 ? style->foreground : style->muted;
      g_autofree char *number = mp_format_value (count, 0);
      g_autofree char *share = format_share (count, total);

      if (count == 0)
        colour = mp_chart_fade (colour, 0.3);
      mp_chart_set_color (cr, colour);
      cairo_rectangle (cr, x, round (cy - g->swatch / 2), g->swatch, g->swatch);
      cairo_fill (cr);

      mp_chart_text (cr, style, mp_status_label (status),
                     x + g->swatch + fs * 0.5, cy, MP_ALIGN_START,
                     MP_ALIGN_CENTER, 1.0, FALSE, text, label_w, NULL, NULL);
      mp_chart_text (cr, style, number, count_right, cy, MP_ALIGN_END,
                     MP_ALIGN_CENTER, 1.0, count > 0, text, 0, NULL, NULL);
      mp_chart_text (cr, style, share, share_right, cy, MP_ALIGN_END,
                     MP_ALIGN_CENTER, 0.85, FALSE, style->muted, 0, NULL, NULL);
      mp_chart_hits_add (hits, x, cy - g->row_h / 2, share_right - x, g->row_h,
                         status_tooltip (status, count, total));
    }
}

static void
draw_donut (cairo_t            *cr,
            const MpChartStyle *style,
            const MpStatusData *data,
            guint               total,
            double              cx,
            double              cy,
            double              radius,
            GArray             *hits)
{
  double fs = style->font_size;
  double hole = radius * HOLE;
  double mid = (radius + hole) / 2;
  double angle = -G_PI / 2;
  guint n_segments = 0;

  if (total == 0)
    {
      mp_chart_set_color (cr, mp_chart_fade (mp_chart_status_color (style,
                                               MP_STATUS_NO_DATA), 0.35));
      cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc_negative (cr, cx, cy, hole, 2 * G_PI, 0);
      cairo_fill (cr);
      /* TRANSLATORS: in the middle of the empty status donut */
      mp_chart_text (cr, style, _("No targets"), cx, cy, MP_ALIGN_CENTER,
                     MP_ALIGN_CENTER, 0.9, FALSE, style->muted,
                     MAX (hole * 1.8, fs * 3), NULL, NULL);
      return;
    }

  for (guint i = 0; i < N_ORDER; i++)
    n_segments += data->counts[order[i]] > 0;

  for (guint i = 0; i < N_ORDER; i++)
    {
      guint count = data->counts[order[i]];
      double sweep = 2 * G_PI * count / total;
      double a = angle + sweep / 2;
      double size;

      if (count == 0)
        continue;
      mp_chart_set_color (cr, mp_chart_status_color (style, order[i]));
      cairo_new_path (cr);
      cairo_arc (cr, cx, cy, radius, angle, angle + sweep);
      cairo_arc_negative (cr, cx, cy, hole, angle + sweep, angle);
      cairo_close_path (cr);
      cairo_fill (cr);

      /* The hover region: a square at the middle of the segment's arc. */
      size = MAX (MIN (radius - hole, sweep * mid * 0.8), 4);
      mp_chart_hits_add (hits, cx + mid * cos (a) - size / 2,
                         cy + mid * sin (a) - size / 2, size, size,
                         status_tooltip (order[i], count, total));
      angle += sweep;
    }

  /* Thin gaps between the segments, in the background's colour. */
  if (n_segments > 1)
    {
      angle = -G_PI / 2;
      cairo_set_line_width (cr, MAX (1.0, fs * 0.15));
      mp_chart_set_color (cr, style->background);
      for (guint i = 0; i < N_ORDER; i++)
        {
          guint count = data->counts[order[i]];
          if (count == 0)
            continue;
          cairo_move_to (cr, cx + (hole - 1) * cos (angle), cy + (hole - 1) * sin (angle));
          cairo_line_to (cr, cx + (radius + 1) * cos (angle), cy + (radius + 1) * sin (angle));
          angle += 2 * G_PI * count / total;
        }
      cairo_stroke (cr);
    }

  /* The total, large, with "targets" under it. */
  {
    g_autofree char *number = mp_format_value (total, 0);
    const char *word = g_dngettext (GETTEXT_PACKAGE, "target", "targets", total);
    double num_scale, num_h, word_h, num_w;

    mp_chart_text_size (cr, style, number, 1.0, TRUE, &num_w, &num_h);
    /* As large as fits the hole, between the body size and 2.6 times it. */
    num_scale = MIN (hole * 0.8 / num_h, hole * 1.3 / MAX (num_w, 1));
    num_scale = CLAMP (num_scale, 1.0, 2.6);
    mp_chart_text_size (cr, style, number, num_scale, TRUE, NULL, &num_h);
    mp_chart_text_size (cr, style, word, 0.85, FALSE, NULL, &word_h);
    mp_chart_text (cr, style, number, cx, cy - (num_h + word_h) / 2 + num_h,
                   MP_ALIGN_CENTER, MP_ALIGN_END, num_scale, TRUE,
                   style->foreground, 0, NULL, NULL);
    mp_chart_text (cr, style, word, cx, cy + (num_h + word_h) / 2,
                   MP_ALIGN_CENTER, MP_ALIGN_END, 0.85, FALSE, style->muted,
                   hole * 1.8, NULL, NULL);
  }
}

void
mp_status_chart_draw (const MpStatusData *data,
                      cairo_t            *cr,
                      double              width,
                      double              height,
                      const MpChartStyle *style,
                      GArray             *hits)
{
  double fs = style->font_size;
  double pad = round (fs * 0.8);
  double gap = fs;
  double top, area_w, area_h, side_d, below_d;
  guint total = 0;
  LegendGeometry lg;

  cairo_save (cr);
  if (style->paint_background)
    {
      mp_chart_set_color (cr, style->background);
      cairo_paint (cr);
    }

  for (guint i = 0; i < N_ORDER; i++)
    total += data->counts[order[i]];

  top = pad + mp_chart_title (cr, style, data->title, data->subtitle,
                              pad, pad, width - 2 * pad) + gap * 0.5;
  area_w = width - 2 * pad;
  area_h = height - pad - top;
  measure_legend (cr, style, data, total, &lg);

  /* The legend goes where it leaves the donut larger; beside it when equal. */
  side_d = MIN (area_h, area_w - lg.width - gap * 2);
  below_d = MIN (area_w, area_h - lg.height - gap);
  if (side_d >= below_d * 0.9 && side_d >= fs * 4)
    {
      double group_w = side_d + gap * 2 + lg.width;
      double x = pad + MAX ((area_w - group_w) / 2, 0);

      draw_donut (cr, style, data, total, x + side_d / 2, top + area_h / 2,
                  side_d / 2, hits);
      draw_legend (cr, style, data, total, &lg, x + side_d + gap * 2,
                   top + (area_h - lg.height) / 2,
                   width - pad - (x + side_d + gap * 2), hits);
    }
  else
    {
      double d = MAX (below_d, fs * 3);
      double legend_x = pad + MAX ((area_w - lg.width) / 2, 0);
      double y = top + MAX ((area_h - d - gap - lg.height) / 2, 0);

      draw_donut (cr, style, data, total, width / 2, y + d / 2, d / 2, hits);
      draw_legend (cr, style, data, total, &lg, legend_x, y + d + gap,
                   area_w, hits);
    }
  cairo_restore (cr);
}
