/* mp-chart-draw.c — what the chart drawings share: hover regions, text
 * through Pango, nice axis ticks, localized numbers, legends. */
#include "mp-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

static void
hit_clear (gpointer data)
{
  g_free (((MpChartHit *) data)->text);
}

GArray *
mp_chart_hits_new (void)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (MpChartHit));

  g_array_set_clear_func (hits, hit_clear);
  return hits;
}

void
mp_chart_hits_add (GArray *hits,
                   double  x,
                   double  y,
                   double  width,
                   double  height,
                   char   *text)
{
  MpChartHit hit = { x, y, width, height, text };

  if (hits == NULL)
    {
      g_free (text);
      return;
    }
  g_array_append_val (hits, hit);
}

void
mp_chart_set_color (cairo_t *cr,
                    MpRgba   color)
{
  cairo_set_source_rgba (cr, color.r, color.g, color.b, color.a);
}

MpRgba
mp_chart_fade (MpRgba color,
               double alpha)
{
  color.a *= alpha;
  return color;
}

PangoLayout *
mp_chart_layout (cairo_t            *cr,
                 const MpChartStyle *style,
                 const char         *text,
                 double              scale,
                 gboolean            bold,
                 double              max_width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (style->font_family);

  pango_font_description_set_absolute_size (desc, MAX (1.0, style->font_size * scale) * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

void
mp_chart_text_size (cairo_t            *cr,
                    const MpChartStyle *style,
                    const char         *text,
                    double              scale,
                    gboolean            bold,
                    double             *width,
                    double             *height)
{
  g_autoptr(PangoLayout) layout = mp_chart_layout (cr, style, text, scale, bold, -1);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
mp_chart_text (cairo_t            *cr,
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
               double             *out_height)
{
  g_autoptr(PangoLayout) layout = mp_chart_layout (cr, style, text, scale, bold, max_width);
  PangoRectangle logical;
  double w, h;

  pango_layout_get_extents (layout, NULL, &logical);
  w = (double) logical.width / PANGO_SCALE;
  h = (double) logical.height / PANGO_SCALE;
  if (halign == MP_ALIGN_CENTER)
    x -= w / 2;
  else if (halign == MP_ALIGN_END)
    x -= w;
  if (valign == MP_ALIGN_CENTER)
    y -= h / 2;
  else if (valign == MP_ALIGN_END)
    y -= h;

  cairo_save (cr);
  mp_chart_set_color (cr, color);
  /* The logical rectangle may start left of the origin (italic overhang,
   * an ellipsized right-to-left run): place its left edge at x. */
  cairo_move_to (cr, x - (double) logical.x / PANGO_SCALE, y - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);

  if (out_width != NULL)
    *out_width = w;
  if (out_height != NULL)
    *out_height = h;
}

double
mp_chart_title (cairo_t            *cr,
                const MpChartStyle *style,
                const char         *title,
                const char         *subtitle,
                double              x,
                double              y,
                double              max_width)
{
  double h = 0, used = 0;

  max_width = MAX (max_width - style->title_inset, max_width / 2);
  if (title != NULL && *title != '\0')
    {
      mp_chart_text (cr, style, title, x, y, MP_ALIGN_START, MP_ALIGN_START, 1.3, TRUE,
                     style->foreground, max_width, NULL, &h);
      used += h;
    }
  if (subtitle != NULL && *subtitle != '\0')
    {
      mp_chart_text (cr, style, subtitle, x, y + used, MP_ALIGN_START, MP_ALIGN_START, 0.9, FALSE,
                     style->muted, max_width, NULL, &h);
      used += h;
    }
  return used;
}

guint
mp_chart_nice_ticks (double  lo,
                     double  hi,
                     guint   max_ticks,
                     double *ticks,
                     double *step)
{
  static const double steps[] = { 1, 2, 2.5, 5, 10 };
  double range, magnitude, best = 0, first;
  guint n = 0;

  if (!isfinite (lo) || !isfinite (hi) || max_ticks < 2)
    return 0;
  if (lo > hi)
    {
      double tmp = lo;
      lo = hi;
      hi = tmp;
    }
  if (hi - lo < 1e-12 * MAX (1.0, fabs (hi)))
    {
      /* One value: a range around it, or 0..1 for zero. */
      double pad = lo == 0 ? 1 : fabs (lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
  max_ticks = MIN (max_ticks, 16);
  range = hi - lo;
  magnitude = pow (10, floor (log10 (range / (max_ticks - 1))));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      double s = steps[i] * magnitude;
      /* The ticks must cover lo..hi: the first at or below lo, the last at
       * or above hi. */
      double count = ceil (hi / s - 1e-9) - floor (lo / s + 1e-9) + 1;

      if (count <= max_ticks)
        {
          best = s;
          break;
        }
    }
  if (best == 0)
    best = 20 * magnitude;
  first = floor (lo / best + 1e-9) * best;
  for (guint i = 0; n < max_ticks; i++)
    {
      double v = first + i * best;

      ticks[n++] = fabs (v) < best * 1e-9 ? 0 : v;
      if (v >= hi - best * 1e-9)
        break;
    }
  if (step != NULL)
    *step = best;
  return n;
}

char *
mp_chart_format_tick (double value,
                      double step,
                      int    max_decimals)
{
  int decimals = 0;

  /* As many decimals as the step has: 2.5 one, 0.25 two, 20 none. */
  if (step > 0 && isfinite (step))
    while (decimals < 6 && fabs (step * pow (10, decimals) - round (step * pow (10, decimals)))
                           > 1e-6 * step * pow (10, decimals))
      decimals++;
  return mp_format_value (value, MIN (decimals, MAX (max_decimals, 0)));
}

static void
draw_symbol (cairo_t            *cr,
             MpLegendSymbol      symbol,
             MpRgba              color,
             double              x,
             double              y,
             double              w,
             double              h)
{
  double cy = y + h / 2, r = h * 0.28;

  cairo_save (cr);
  mp_chart_set_color (cr, color);
  cairo_set_line_width (cr, MAX (1.5, h * 0.14));
  switch (symbol)
    {
    case MP_LEGEND_LINE:
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x + w, cy);
      cairo_stroke (cr);
      cairo_arc (cr, x + w / 2, cy, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case MP_LEGEND_DASHED:
    case MP_LEGEND_DOTTED:
      {
        double dash[2] = { h * 0.35, h * 0.2 };
        if (symbol == MP_LEGEND_DOTTED)
          {
            dash[0] = h * 0.01;
            dash[1] = h * 0.25;
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          }
        cairo_set_dash (cr, dash, 2, 0);
        cairo_move_to (cr, x, cy);
        cairo_line_to (cr, x + w, cy);
        cairo_stroke (cr);
      }
      break;
    case MP_LEGEND_BAND:
      cairo_rectangle (cr, x, y + h * 0.2, w, h * 0.6);
      cairo_fill (cr);
      break;
    case MP_LEGEND_MARKER:
      cairo_arc (cr, x + w / 2, cy, r * 1.2, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case MP_LEGEND_DIAMOND:
      cairo_move_to (cr, x + w / 2, cy - r * 1.5);
      cairo_line_to (cr, x + w / 2 + r * 1.5, cy);
      cairo_line_to (cr, x + w / 2, cy + r * 1.5);
      cairo_line_to (cr, x + w / 2 - r * 1.5, cy);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case MP_LEGEND_SWATCH:
    default:
      cairo_rectangle (cr, x + w / 2 - h * 0.35, y + h * 0.15, h * 0.7, h * 0.7);
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}

double
mp_chart_legend (cairo_t            *cr,
                 const MpChartStyle *style,
                 const MpLegendItem *items,
                 guint               n_items,
                 double              x,
                 double              y,
                 double              max_width,
                 gboolean            draw)
{
  const double scale = 0.9;
  double line_h, sym_w, gap, item_gap, cx = x, cy = y, row_h = 0;

  if (n_items == 0)
    return 0;
  mp_chart_text_size (cr, style, "Ag", scale, FALSE, NULL, &line_h);
  sym_w = line_h * 1.6;
  gap = line_h * 0.35;
  item_gap = line_h * 0.9;

  for (guint i = 0; i < n_items; i++)
    {
      double avail = MAX (line_h, max_width - sym_w - gap), tw, th, w;
      /* One layout, ellipsized to the room there is, both measures the
       * label and draws it. */
      g_autoptr(PangoLayout) layout = mp_chart_layout (cr, style, items[i].label, scale, FALSE, avail);
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      tw = MIN ((double) logical.width / PANGO_SCALE, avail);
      th = (double) logical.height / PANGO_SCALE;
      w = sym_w + gap + tw;
      if (cx > x && cx + w > x + max_width)
        {
          cx = x;
          cy += row_h + line_h * 0.25;
          row_h = 0;
        }
      if (draw)
        {
          draw_symbol (cr, items[i].symbol, items[i].color, cx, cy, sym_w, line_h);
          cairo_save (cr);
          mp_chart_set_color (cr, style->foreground);
          /* As mp_chart_text () places it: the logical box's corner at
           * the anchor. */
          cairo_move_to (cr, cx + sym_w + gap - (double) logical.x / PANGO_SCALE, cy - (double) logical.y / PANGO_SCALE);
          pango_cairo_show_layout (cr, layout);
          cairo_restore (cr);
        }
      row_h = MAX (row_h, MAX (th, line_h));
      cx += w + item_gap;
    }
  return cy + row_h - y;
}

char *
mp_chart_format_value (double      value,
                       int         decimals,
                       const char *measure)
{
  g_autofree char *number = NULL;
  const char *label;

  if (isnan (value))
    return g_strdup ("—");
  if (g_strcmp0 (measure, "yesno") == 0)
    return g_strdup (value >= 0.5 ? _("Yes") : _("No"));
  number = mp_format_value (value, decimals);
  label = mp_measure_label (measure);
  if (label == NULL || *label == '\0')
    return g_steal_pointer (&number);
  if (g_strcmp0 (label, "%") == 0)
    return g_strconcat (number, "%", NULL);
  return g_strconcat (number, " ", label, NULL);
}
