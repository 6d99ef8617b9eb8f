/* mp-chart-test.c — rendering charts for the tests and comparing them with
 * the reference images. */
#include "mp-chart-test.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A pixel differs when a channel differs by more than this (of 255). */
#define CHANNEL_TOLERANCE 64
/* The share of differing pixels a comparison tolerates: font hinting and
 * antialiasing move a few edge pixels from one machine to another. */
#define MAX_DIFFERING 0.005
/* The share of pixels that must differ from the background. */
#define MIN_INK 0.01

void
mp_chart_test_style (MpChartStyle *style,
                     gboolean      dark)
{
  mp_chart_style_init (style, dark, "DejaVu Sans", 12);
}

cairo_surface_t *
mp_chart_test_render (MpChart *chart,
                      int      width,
                      int      height,
                      gboolean dark)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  MpChartStyle style;

  mp_chart_test_style (&style, dark);
  mp_chart_draw (chart, cr, width, height, &style);
  mp_chart_style_clear (&style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
unpack (guint32 px,
        int    *c)
{
  c[0] = (px >> 16) & 0xff;
  c[1] = (px >> 8) & 0xff;
  c[2] = px & 0xff;
  c[3] = (px >> 24) & 0xff;
}

static gboolean
pixels_differ (guint32 a,
               guint32 b,
               int     tolerance)
{
  int ca[4], cb[4];

  unpack (a, ca);
  unpack (b, cb);
  for (int i = 0; i < 4; i++)
    if (abs (ca[i] - cb[i]) > tolerance)
      return TRUE;
  return FALSE;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (data + (gsize) y * stride))[x];
}

/* The share of pixels that differ from the top-left one (the background). */
static double
ink_share (cairo_surface_t *surface)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  guint32 bg = pixel_at (surface, 0, 0);
  guint64 ink = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (pixels_differ (pixel_at (surface, x, y), bg, 16))
        ink++;
  return (double) ink / ((double) w * h);
}

void
mp_chart_test_compare (MpChart    *chart,
                       const char *name,
                       int         width,
                       int         height)
{
  MpChartStyle style;

  mp_chart_test_style (&style, FALSE);
  mp_chart_test_compare_styled (chart, name, width, height, &style);
  mp_chart_style_clear (&style);
}

void
mp_chart_test_compare_styled (MpChart            *chart,
                              const char         *name,
                              int                 width,
                              int                 height,
                              const MpChartStyle *style)
{
  const char *refs = g_getenv ("MEDPLAN_CHART_REFS");
  const char *out = g_getenv ("MEDPLAN_CHART_OUT");
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *ref_path = NULL;
  g_autofree char *out_path = NULL;
  cairo_surface_t *got, *ref;
  int w, h;
  guint64 differing = 0;
  double ink;

  g_assert_nonnull (refs);
  g_assert_nonnull (out);
  ref_path = g_build_filename (refs, file, NULL);
  out_path = g_build_filename (out, file, NULL);

  got = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  {
    cairo_t *cr = cairo_create (got);
    mp_chart_draw (chart, cr, width, height, style);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_flush (got);
  }
  g_assert_cmpint (cairo_surface_write_to_png (got, out_path), ==, CAIRO_STATUS_SUCCESS);

  /* A chart that draws (nearly) nothing can never pass. */
  ink = ink_share (got);
  if (ink < MIN_INK)
    g_error ("%s: only %.2f %% of the pixels are drawn; the chart is blank", out_path, ink * 100);

  if (g_strcmp0 (g_getenv ("MEDPLAN_UPDATE_REFERENCES"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (got, ref_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", ref_path);
      cairo_surface_destroy (got);
      return;
    }

  ref = cairo_image_surface_create_from_png (ref_path);
  if (cairo_surface_status (ref) != CAIRO_STATUS_SUCCESS)
    g_error ("cannot read the reference image %s (%s); run with MEDPLAN_UPDATE_REFERENCES=1 to make it",
             ref_path, cairo_status_to_string (cairo_surface_status (ref)));
  /* An opaque chart is saved without alpha and read back as RGB24, whose
   * unused byte cairo fills with 0xff: comparable with ARGB32. */
  g_assert_true (cairo_image_surface_get_format (ref) == CAIRO_FORMAT_ARGB32
                 || cairo_image_surface_get_format (ref) == CAIRO_FORMAT_RGB24);
  w = cairo_image_surface_get_width (ref);
  h = cairo_image_surface_get_height (ref);
  g_assert_cmpint (w, ==, width);
  g_assert_cmpint (h, ==, height);

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (pixels_differ (pixel_at (got, x, y), pixel_at (ref, x, y), CHANNEL_TOLERANCE))
        differing++;
  if ((double) differing / ((double) w * h) > MAX_DIFFERING)
    g_error ("%s differs from %s in %" G_GUINT64_FORMAT " pixels (%.2f %%, at most %.2f %% allowed)",
             out_path, ref_path, differing, 100.0 * differing / ((double) w * h), MAX_DIFFERING * 100);

  cairo_surface_destroy (ref);
  cairo_surface_destroy (got);
}

guint
mp_chart_test_count_color_in (cairo_surface_t *surface,
                              MpRgba           color,
                              int              tolerance,
                              int              x0,
                              int              y0,
                              int              w,
                              int              h)
{
  int sw = cairo_image_surface_get_width (surface);
  int sh = cairo_image_surface_get_height (surface);
  guint32 want = ((guint32) (color.a * 255 + 0.5) << 24)
                 | ((guint32) (color.r * 255 + 0.5) << 16)
                 | ((guint32) (color.g * 255 + 0.5) << 8)
                 | (guint32) (color.b * 255 + 0.5);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = MAX (0, y0); y < MIN (sh, y0 + h); y++)
    for (int x = MAX (0, x0); x < MIN (sw, x0 + w); x++)
      if (!pixels_differ (pixel_at (surface, x, y), want, tolerance))
        n++;
  return n;
}

guint
mp_chart_test_count_color (cairo_surface_t *surface,
                           MpRgba           color,
                           int              tolerance)
{
  return mp_chart_test_count_color_in (surface, color, tolerance, 0, 0,
                                       cairo_image_surface_get_width (surface),
                                       cairo_image_surface_get_height (surface));
}

MpRgba
mp_chart_test_over (MpRgba color,
                    MpRgba background)
{
  return (MpRgba) { color.r * color.a + background.r * (1 - color.a),
                    color.g * color.a + background.g * (1 - color.a),
                    color.b * color.a + background.b * (1 - color.a), 1 };
}

const char *
mp_chart_test_find_hit (MpChart    *chart,
                        int         width,
                        int         height,
                        const char *needle,
                        double     *cx,
                        double     *cy)
{
  if (cx)
    *cx = NAN;
  if (cy)
    *cy = NAN;
  for (int y = 0; y < height; y += 2)
    for (int x = 0; x < width; x += 2)
      {
        cairo_rectangle_t area;
        const char *text = mp_chart_hit_test (chart, x, y, &area);

        if (text != NULL && strstr (text, needle) != NULL)
          {
            if (cx)
              *cx = area.x + area.width / 2;
            if (cy)
              *cy = area.y + area.height / 2;
            return text;
          }
      }
  return NULL;
}
