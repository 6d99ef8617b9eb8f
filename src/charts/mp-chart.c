/* mp-chart.c — a chart ready to draw: its data, the kind of drawing, the
 * hover regions of the last draw, and saving to PNG, SVG and PDF. */
#include "mp-chart.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "mp-chart-private.h"

struct _MpChart
{
  grefcount    ref_count;
  MpChartKind  kind;
  gpointer     data;
  GArray      *hits;  /* MpChartHit of the last draw */
};

static MpChart *
chart_new (MpChartKind kind,
           gpointer    data)
{
  MpChart *chart = g_new0 (MpChart, 1);

  g_ref_count_init (&chart->ref_count);
  chart->kind = kind;
  chart->data = data;
  chart->hits = mp_chart_hits_new ();
  return chart;
}

MpChart *
mp_chart_new_trend (MpTrendData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return chart_new (MP_CHART_TREND, data);
}

MpChart *
mp_chart_new_bars (MpBarsData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return chart_new (MP_CHART_BARS, data);
}

MpChart *
mp_chart_new_status (MpStatusData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return chart_new (MP_CHART_STATUS, data);
}

MpChart *
mp_chart_new_network (MpNetworkData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return chart_new (MP_CHART_NETWORK, data);
}

MpChart *
mp_chart_ref (MpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_ref_count_inc (&chart->ref_count);
  return chart;
}

void
mp_chart_unref (MpChart *chart)
{
  g_return_if_fail (chart != NULL);
  if (!g_ref_count_dec (&chart->ref_count))
    return;
  switch (chart->kind)
    {
    case MP_CHART_TREND:   mp_trend_data_free (chart->data); break;
    case MP_CHART_BARS:    mp_bars_data_free (chart->data); break;
    case MP_CHART_STATUS:  mp_status_data_free (chart->data); break;
    case MP_CHART_NETWORK: mp_network_data_free (chart->data); break;
    default: g_assert_not_reached ();
    }
  g_array_unref (chart->hits);
  g_free (chart);
}

MpChartKind
mp_chart_get_kind (MpChart *chart)
{
  return chart->kind;
}

const char *
mp_chart_get_title (MpChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  switch (chart->kind)
    {
    case MP_CHART_TREND:   return ((MpTrendData *) chart->data)->title;
    case MP_CHART_BARS:    return ((MpBarsData *) chart->data)->title;
    case MP_CHART_STATUS:  return ((MpStatusData *) chart->data)->title;
    case MP_CHART_NETWORK: return ((MpNetworkData *) chart->data)->title;
    default: g_assert_not_reached ();
    }
}

const MpTrendData *
mp_chart_get_trend (MpChart *chart)
{
  return chart->kind == MP_CHART_TREND ? chart->data : NULL;
}

const MpBarsData *
mp_chart_get_bars (MpChart *chart)
{
  return chart->kind == MP_CHART_BARS ? chart->data : NULL;
}

const MpStatusData *
mp_chart_get_status (MpChart *chart)
{
  return chart->kind == MP_CHART_STATUS ? chart->data : NULL;
}

const MpNetworkData *
mp_chart_get_network (MpChart *chart)
{
  return chart->kind == MP_CHART_NETWORK ? chart->data : NULL;
}

void
mp_chart_draw (MpChart            *chart,
               cairo_t            *cr,
               double              width,
               double              height,
               const MpChartStyle *style)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  g_array_set_size (chart->hits, 0);
  if (width < 1 || height < 1)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (style->paint_background)
    {
      mp_chart_set_color (cr, style->background);
      cairo_paint (cr);
    }
  switch (chart->kind)
    {
    case MP_CHART_TREND:
      mp_trend_chart_draw (chart->data, cr, width, height, style, chart->hits);
      break;
    case MP_CHART_BARS:
      mp_bars_chart_draw (chart->data, cr, width, height, style, chart->hits);
      break;
    case MP_CHART_STATUS:
      mp_status_chart_draw (chart->data, cr, width, height, style, chart->hits);
      break;
    case MP_CHART_NETWORK:
      mp_network_chart_draw (chart->data, cr, width, height, style, chart->hits);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

const char *
mp_chart_hit_test (MpChart           *chart,
                   double             x,
                   double             y,
                   cairo_rectangle_t *area)
{
  const MpChartHit *best = NULL;
  double best_d = INFINITY;

  g_return_val_if_fail (chart != NULL, NULL);

  /* Of the regions under the pointer, the one whose centre is nearest:
   * neighbouring points overlap at small sizes. */
  for (guint i = 0; i < chart->hits->len; i++)
    {
      const MpChartHit *hit = &g_array_index (chart->hits, MpChartHit, i);
      double dx, dy, d;

      if (x < hit->x || y < hit->y || x > hit->x + hit->width || y > hit->y + hit->height)
        continue;
      dx = x - (hit->x + hit->width / 2);
      dy = y - (hit->y + hit->height / 2);
      d = dx * dx + dy * dy;
      if (d <= best_d)
        {
          best = hit;
          best_d = d;
        }
    }
  if (best == NULL)
    return NULL;
  if (area != NULL)
    *area = (cairo_rectangle_t) { best->x, best->y, best->width, best->height };
  return best->text;
}

/* Cairo's streams write through GIO, so a file is replaced whole (written
 * to a temporary file and renamed) and failures come with GIO's messages. */
typedef struct {
  GOutputStream *out;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *wc = closure;

  if (wc->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (wc->out, data, length, NULL, NULL, &wc->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* The text size of a saved chart grows with its area: 12 px at 800 × 500,
 * so a poster-sized PNG is not all small print. */
static double
font_size_for (int width,
               int height)
{
  return CLAMP (12.0 * sqrt ((double) width * height / (800.0 * 500.0)), 10.0, 28.0);
}

gboolean
mp_chart_save (MpChart     *chart,
               const char  *path,
               int          width,
               int          height,
               double       scale,
               GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *display = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  MpChartStyle style;
  WriteClosure wc = { NULL, NULL };
  enum { PNG, SVG, PDF } format;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  display = g_filename_display_name (path);
  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    format = PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    format = SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    format = PDF;
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot save the chart as “%s”: the file name must end in .png, .svg or .pdf."), display);
      return FALSE;
    }
  if (width < 100 || height < 100 || width > 10000 || height > 10000)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot save the chart as “%s”: its size must be between 100 and 10000 points, not %d × %d."),
                   display, width, height);
      return FALSE;
    }
  scale = CLAMP (scale, 1.0, 4.0);

  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    {
      g_prefix_error (error, _("Cannot save the chart as “%s”: "), display);
      return FALSE;
    }
  wc.out = G_OUTPUT_STREAM (stream);

  if (format == PNG)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale), (int) ceil (height * scale));
  else if (format == SVG)
    surface = cairo_svg_surface_create_for_stream (write_cb, &wc, width, height);
  else
    {
      surface = cairo_pdf_surface_create_for_stream (write_cb, &wc, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, mp_chart_get_title (chart));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Medplan");
    }

  mp_chart_style_init (&style, FALSE, NULL, font_size_for (width, height));
  cr = cairo_create (surface);
  if (format == PNG)
    cairo_scale (cr, scale, scale);
  mp_chart_draw (chart, cr, width, height, &style);
  mp_chart_style_clear (&style);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, &wc);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (wc.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      if (wc.error != NULL)
        g_propagate_prefixed_error (error, wc.error, _("Cannot save the chart as “%s”: "), display);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot save the chart as “%s”: %s"),
                     display, cairo_status_to_string (status));
      /* Closing after a failure must not replace the old file. */
      g_autoptr(GCancellable) cancel = g_cancellable_new ();
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    {
      g_prefix_error (error, _("Cannot save the chart as “%s”: "), display);
      return FALSE;
    }
  return TRUE;
}
