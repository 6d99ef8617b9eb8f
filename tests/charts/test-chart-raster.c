/* test-chart-raster.c — the raster fast path draws what Cairo draws: the
 * same shapes stroked and filled both ways agree pixel by pixel within a
 * tolerance and in their amount of ink; vector targets and rotations are
 * left to Cairo; a device scale of 2, a device offset and a clip put the
 * pixels where Cairo puts them and nowhere else. */
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>

#include "mp-chart-raster.h"
#include "mp-test-util.h"

#define SIZE 160

static const MpRgba blue = { 0.1, 0.3, 0.8, 1.0 };
static const MpRgba orange_faint = { 0.9, 0.5, 0.1, 0.55 };

/* A case draws its shapes onto `cr` with Cairo when `r` is NULL, else into
 * the raster (which the caller composites and paints). */
typedef void (*DrawCase) (cairo_t *cr, MpChartRaster *r, MpRgba color);

static void
pen (cairo_t       *cr,
     MpChartRaster *r,
     double         width,
     MpRasterCap    cap)
{
  if (r != NULL)
    {
      mp_chart_raster_set_line_width (r, width);
      mp_chart_raster_set_line_cap (r, cap);
    }
  else
    {
      cairo_set_line_width (cr, width);
      cairo_set_line_cap (cr, cap == MP_RASTER_CAP_ROUND ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
    }
}

/* Cairo strokes each shape on its own, as the raster composites each. */
static void
flush (cairo_t       *cr,
       MpChartRaster *r,
       MpRgba         color)
{
  if (r != NULL)
    mp_chart_raster_composite (r, color);
  else
    {
      cairo_set_source_rgba (cr, color.r, color.g, color.b, color.a);
      cairo_stroke (cr);
    }
}

static void
line (cairo_t       *cr,
      MpChartRaster *r,
      double         x0,
      double         y0,
      double         x1,
      double         y1)
{
  if (r != NULL)
    mp_chart_raster_line (r, x0, y0, x1, y1);
  else
    {
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
    }
}

/* Lines of five widths at five angles, butt or round. */
static void
draw_lines (cairo_t       *cr,
            MpChartRaster *r,
            MpRgba         color,
            MpRasterCap    cap)
{
  static const double widths[] = { 0.5, 1, 1.5, 3, 8 };
  static const double angles[] = { 0, 17, 45, 90, 133 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint a = 0; a < G_N_ELEMENTS (angles); a++)
      {
        double cx = 16 + 32 * a, cy = 16 + 32 * w, t = angles[a] * G_PI / 180;
        double dx = 11 * cos (t), dy = 11 * sin (t);

        pen (cr, r, widths[w], cap);
        line (cr, r, cx - dx + 0.3 * w, cy - dy + 0.17 * a, cx + dx, cy + dy);
        flush (cr, r, color);
      }
}

static void
draw_butt_lines (cairo_t *cr, MpChartRaster *r, MpRgba color)
{
  draw_lines (cr, r, color, MP_RASTER_CAP_BUTT);
}

static void
draw_round_lines (cairo_t *cr, MpChartRaster *r, MpRgba color)
{
  draw_lines (cr, r, color, MP_RASTER_CAP_ROUND);
}

/* Curves of three widths, a zigzag with round joins, a circle. */
static void
draw_curves (cairo_t       *cr,
             MpChartRaster *r,
             MpRgba         color)
{
  static const double zigzag[] = { 10, 150, 40, 100, 55, 140, 80, 95, 150, 150 };

  for (int i = 0; i < 3; i++)
    {
      double y = 20 + 25 * i;

      pen (cr, r, 0.8 + 1.6 * i, MP_RASTER_CAP_BUTT);
      if (r != NULL)
        mp_chart_raster_curve (r, 10, y, 60, y - 30, 100, y + 40, 150, y + 5);
      else
        {
          cairo_move_to (cr, 10, y);
          cairo_curve_to (cr, 60, y - 30, 100, y + 40, 150, y + 5);
        }
      flush (cr, r, color);
    }
  pen (cr, r, 2.5, MP_RASTER_CAP_ROUND);
  if (r != NULL)
    {
      mp_chart_raster_quad (r, 20, 85, 80, 40, 140, 85);
      mp_chart_raster_polyline (r, zigzag, G_N_ELEMENTS (zigzag) / 2, FALSE);
    }
  else
    {
      cairo_move_to (cr, 20, 85);
      cairo_curve_to (cr, 20 + 2.0 / 3 * 60, 85 - 2.0 / 3 * 45, 140 - 2.0 / 3 * 60, 85 - 2.0 / 3 * 45, 140, 85);
      cairo_move_to (cr, zigzag[0], zigzag[1]);
      for (guint i = 1; i < G_N_ELEMENTS (zigzag) / 2; i++)
        cairo_line_to (cr, zigzag[2 * i], zigzag[2 * i + 1]);
    }
  flush (cr, r, color);
  pen (cr, r, 1.5, MP_RASTER_CAP_BUTT);
  if (r != NULL)
    mp_chart_raster_circle (r, 120, 120, 18);
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, 120, 120, 18, 0, 2 * G_PI);
    }
  flush (cr, r, color);
}

/* Triangles (arrow heads), a diamond, discs; filled. */
static void
draw_fills (cairo_t       *cr,
            MpChartRaster *r,
            MpRgba         color)
{
  static const double shapes[][8] = {
    { 10, 10, 40, 20, 12, 33, -1 },
    { 60, 12, 52, 30, 75, 25, -1 },
    { 100, 10, 110, 10.5, 105, 40, -1 },
    { 130, 30, 140, 15, 150, 30, 140, 45 },
    { 20.3, 60.7, 26.1, 63.2, 21.4, 66.6, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      guint n = shapes[i][6] < 0 ? 3 : 4;

      if (r != NULL)
        mp_chart_raster_polygon (r, shapes[i], n);
      else
        {
          cairo_move_to (cr, shapes[i][0], shapes[i][1]);
          for (guint k = 1; k < n; k++)
            cairo_line_to (cr, shapes[i][2 * k], shapes[i][2 * k + 1]);
          cairo_close_path (cr);
        }
    }
  for (int i = 0; i < 4; i++)
    {
      double x = 50 + 28 * i, y = 100, rad = 1.5 + 3 * i;

      if (r != NULL)
        mp_chart_raster_disc (r, x, y, rad);
      else
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, rad, 0, 2 * G_PI);
        }
    }
  if (r != NULL)
    mp_chart_raster_composite (r, color);
  else
    {
      cairo_set_source_rgba (cr, color.r, color.g, color.b, color.a);
      cairo_fill (cr);
    }
}

/* Dashed lines and a dashed curve. */
static void
draw_dashes (cairo_t       *cr,
             MpChartRaster *r,
             MpRgba         color)
{
  const double dash[2] = { 6, 4 };

  if (r != NULL)
    mp_chart_raster_set_dash (r, dash, 2, 1.5);
  else
    cairo_set_dash (cr, dash, 2, 1.5);
  for (int i = 0; i < 4; i++)
    {
      pen (cr, r, 1 + i, MP_RASTER_CAP_BUTT);
      line (cr, r, 10, 15 + 20 * i, 150, 25 + 28 * i);
      flush (cr, r, color);
    }
  pen (cr, r, 2, MP_RASTER_CAP_BUTT);
  if (r != NULL)
    mp_chart_raster_curve (r, 10, 150, 50, 90, 110, 160, 150, 110);
  else
    {
      cairo_move_to (cr, 10, 150);
      cairo_curve_to (cr, 50, 90, 110, 160, 150, 110);
    }
  flush (cr, r, color);
}

/* Lines reaching far outside the surface, and a huge circle: only their
 * part near the surface costs anything. (Within the ±8 million Cairo's
 * fixed point holds.) */
static void
draw_far (cairo_t       *cr,
          MpChartRaster *r,
          MpRgba         color)
{
  pen (cr, r, 3, MP_RASTER_CAP_BUTT);
  line (cr, r, -2e6, 40, 2e6, 60);
  line (cr, r, 80, -1e6, 90, 1e6);
  flush (cr, r, color);
  pen (cr, r, 2, MP_RASTER_CAP_BUTT);
  if (r != NULL)
    mp_chart_raster_circle (r, 80, 2e4 + 120, 2e4);
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, 80, 2e4 + 120, 2e4, 0, 2 * G_PI);
    }
  flush (cr, r, color);
}

static cairo_surface_t *
render (DrawCase       draw,
        gboolean       raster,
        MpRgba         color,
        double         device_scale,
        const double  *clip)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SIZE * device_scale,
                                                         SIZE * device_scale);
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, device_scale, device_scale);
  cr = cairo_create (surface);
  if (clip != NULL)
    {
      cairo_rectangle (cr, clip[0], clip[1], clip[2], clip[3]);
      cairo_clip (cr);
    }
  if (raster)
    {
      g_autoptr(MpChartRaster) r = mp_chart_raster_new (cr);

      g_assert_nonnull (r);
      draw (cr, r, color);
      mp_chart_raster_paint (r);
    }
  else
    draw (cr, NULL, color);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Compares two premultiplied images of the same size: of the pixels either
 * draws on, at least 97 % must be within 64 (of 255) in every channel, and
 * the ink (the sum of alpha) must agree within 10 %. Returns the ink. */
static double
assert_agree (cairo_surface_t *a,
              cairo_surface_t *b,
              const char      *what)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int sa = cairo_image_surface_get_stride (a), sb = cairo_image_surface_get_stride (b);
  const guint8 *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  double ink_a = 0, ink_b = 0;
  guint drawn = 0, close = 0;

  g_assert_cmpint (w, ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (h, ==, cairo_image_surface_get_height (b));
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 pa = *(const guint32 *) (da + y * sa + 4 * x), pb = *(const guint32 *) (db + y * sb + 4 * x);
        int worst = 0;

        ink_a += (pa >> 24) / 255.0;
        ink_b += (pb >> 24) / 255.0;
        if (pa == 0 && pb == 0)
          continue;
        drawn++;
        for (int c = 0; c < 32; c += 8)
          worst = MAX (worst, abs ((int) ((pa >> c) & 0xff) - (int) ((pb >> c) & 0xff)));
        if (worst <= 64)
          close++;
      }
  g_test_message ("%s: %u pixels drawn, %.1f %% close, ink %.1f (Cairo) and %.1f (raster)", what, drawn,
                  100.0 * close / MAX (drawn, 1), ink_a, ink_b);
  g_assert_cmpfloat (ink_a, >, 50);
  g_assert_cmpfloat ((double) close, >=, 0.97 * drawn);
  g_assert_cmpfloat (fabs (ink_a - ink_b), <=, 0.1 * ink_a);
  return ink_a;
}

static void
check_case (DrawCase    draw,
            const char *what)
{
  const MpRgba colors[] = { blue, orange_faint };

  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    {
      cairo_surface_t *with_cairo = render (draw, FALSE, colors[i], 1, NULL);
      cairo_surface_t *with_raster = render (draw, TRUE, colors[i], 1, NULL);

      /* Both written first, to look at when they disagree. */
      if (g_getenv ("MEDPLAN_CHART_OUT") != NULL && i == 0)
        {
          g_autofree char *path = g_strdup_printf ("%s/raster-%s.png", g_getenv ("MEDPLAN_CHART_OUT"), what);
          g_autofree char *cairo_path = g_strdup_printf ("%s/raster-%s-cairo.png", g_getenv ("MEDPLAN_CHART_OUT"), what);
          cairo_surface_write_to_png (with_raster, path);
          cairo_surface_write_to_png (with_cairo, cairo_path);
        }
      assert_agree (with_cairo, with_raster, what);
      cairo_surface_destroy (with_cairo);
      cairo_surface_destroy (with_raster);
    }
}

static void
test_lines (void)
{
  check_case (draw_butt_lines, "butt-lines");
  check_case (draw_round_lines, "round-lines");
}

static void
test_curves (void)
{
  check_case (draw_curves, "curves");
}

static void
test_fills (void)
{
  check_case (draw_fills, "fills");
}

static void
test_dashes (void)
{
  check_case (draw_dashes, "dashes");
}

static void
test_far (void)
{
  gint64 start = g_get_monotonic_time ();

  check_case (draw_far, "far");
  /* Generous for a slow machine: a few milliseconds when clipped, minutes
   * when cut into pieces along all of their length. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* Two colours, each faint, composited in turn: the same as Cairo's two
 * translucent strokes one over the other. */
static void
draw_two_colours (cairo_t       *cr,
                  MpChartRaster *r,
                  MpRgba         color)
{
  const MpRgba green = { 0.2, 0.7, 0.3, 0.5 };

  pen (cr, r, 6, MP_RASTER_CAP_BUTT);
  line (cr, r, 10, 80, 150, 80);
  flush (cr, r, color);
  line (cr, r, 80, 10, 80, 150);
  line (cr, r, 20, 20, 140, 140);
  flush (cr, r, green);
}

static void
test_colours (void)
{
  check_case (draw_two_colours, "colours");
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
usable_on (cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);
  gboolean usable = mp_chart_raster_usable (cr);
  MpChartRaster *r = mp_chart_raster_new (cr);

  /* The two must agree: new() makes a raster exactly when it is usable. */
  g_assert_true ((r != NULL) == usable);
  mp_chart_raster_free (r);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return usable;
}

static void
test_usable (void)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 40);
  cairo_t *cr = cairo_create (image);

  g_assert_true (usable_on (cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 40)));
  g_assert_true (usable_on (cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 40)));
  /* Vector output stays vectors. */
  g_assert_false (usable_on (cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL)));
  g_assert_false (usable_on (cairo_svg_surface_create_for_stream (discard, NULL, 40, 40)));
  g_assert_false (usable_on (cairo_pdf_surface_create_for_stream (discard, NULL, 40, 40)));
  g_assert_false (usable_on (cairo_image_surface_create (CAIRO_FORMAT_A8, 40, 40)));

  /* Scale and translation are fine; a rotation, a skew, an uneven scale
   * or another operator are not. */
  cairo_translate (cr, 3.5, 7);
  cairo_scale (cr, 1.5, 1.5);
  g_assert_true (mp_chart_raster_usable (cr));
  cairo_scale (cr, -1, -1);
  g_assert_true (mp_chart_raster_usable (cr));
  cairo_rotate (cr, G_PI / 6);
  g_assert_false (mp_chart_raster_usable (cr));
  g_assert_null (mp_chart_raster_new (cr));
  cairo_identity_matrix (cr);
  cairo_scale (cr, 1, 2);
  g_assert_false (mp_chart_raster_usable (cr));
  cairo_identity_matrix (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  g_assert_false (mp_chart_raster_usable (cr));
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  g_assert_true (mp_chart_raster_usable (cr));
  /* An empty clip: nothing to draw on. */
  cairo_rectangle (cr, 10, 10, 0, 0);
  cairo_clip (cr);
  g_assert_null (mp_chart_raster_new (cr));
  cairo_destroy (cr);
  cairo_surface_destroy (image);
}

/* HiDPI: the widget's surface has a device scale of 2; the raster draws at
 * twice the pixels, where Cairo does. */
static void
test_device_scale (void)
{
  cairo_surface_t *a = render (draw_curves, FALSE, blue, 2, NULL);
  cairo_surface_t *b = render (draw_curves, TRUE, blue, 2, NULL);
  const guint8 *data = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (b);

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, 2 * SIZE);
  assert_agree (a, b, "scale-2");
  /* The widest curve (4 wide) starts at (10, 70) user: (20, 140) pixels,
   * 8 of them wide; nothing where it would be at a scale of 1. */
  g_assert_cmpuint (data[140 * stride + 4 * 22 + 3], >, 200);
  g_assert_cmpuint (data[136 * stride + 4 * 22 + 3], >, 200);
  g_assert_cmpuint (data[70 * stride + 4 * 11 + 3], ==, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* Nothing outside the clip, and inside it what Cairo draws. */
static void
test_clip (void)
{
  const double clip[4] = { 30, 40, 70, 50 };
  cairo_surface_t *a = render (draw_round_lines, FALSE, blue, 1, clip);
  cairo_surface_t *b = render (draw_round_lines, TRUE, blue, 1, clip);
  const guint8 *data = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (b);
  guint inside = 0;

  for (int y = 0; y < SIZE; y++)
    for (int x = 0; x < SIZE; x++)
      {
        guint8 alpha = data[y * stride + 4 * x + 3];

        if (x >= 30 && x < 100 && y >= 40 && y < 90)
          inside += alpha > 0;
        else
          g_assert_cmpuint (alpha, ==, 0);
      }
  g_assert_cmpuint (inside, >, 200);
  assert_agree (a, b, "clip");
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* A round clip: the layer is painted through it. */
static void
test_round_clip (void)
{
  cairo_surface_t *out[2];

  for (int raster = 0; raster < 2; raster++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SIZE, SIZE);
      cairo_t *cr = cairo_create (surface);

      cairo_arc (cr, 80, 80, 50, 0, 2 * G_PI);
      cairo_clip (cr);
      if (raster)
        {
          g_autoptr(MpChartRaster) r = mp_chart_raster_new (cr);

          draw_curves (cr, r, blue);
          mp_chart_raster_paint (r);
        }
      else
        draw_curves (cr, NULL, blue);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      out[raster] = surface;
    }
  /* Nothing in the corners, outside the circle. */
  g_assert_cmpuint (cairo_image_surface_get_data (out[1])[10 * cairo_image_surface_get_stride (out[1]) + 4 * 10 + 3],
                    ==, 0);
  assert_agree (out[0], out[1], "round-clip");
  cairo_surface_destroy (out[0]);
  cairo_surface_destroy (out[1]);
}

/* Inside a group (whose surface is offset to the clip) and through a
 * translation and scale of the user space. */
static void
test_group_and_matrix (void)
{
  cairo_surface_t *out[2];

  for (int raster = 0; raster < 2; raster++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SIZE, SIZE);
      cairo_t *cr = cairo_create (surface);

      cairo_rectangle (cr, 37, 21, 100, 120);
      cairo_clip (cr);
      cairo_push_group (cr);
      cairo_translate (cr, 12.25, -3.5);
      cairo_scale (cr, 0.8, 0.8);
      if (raster)
        {
          g_autoptr(MpChartRaster) r = mp_chart_raster_new (cr);

          g_assert_nonnull (r);
          draw_curves (cr, r, blue);
          mp_chart_raster_paint (r);
        }
      else
        draw_curves (cr, NULL, blue);
      cairo_pop_group_to_source (cr);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      out[raster] = surface;
    }
  assert_agree (out[0], out[1], "group");
  cairo_surface_destroy (out[0]);
  cairo_surface_destroy (out[1]);
}

/* Many crossing lines in one mask saturate, never wrap around. */
static void
test_saturation (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 40);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(MpChartRaster) r = mp_chart_raster_new (cr);
  const guint8 *data;

  mp_chart_raster_set_line_width (r, 3);
  for (int i = 0; i < 300; i++)
    mp_chart_raster_line (r, 0, 20 + (i % 7) * 0.1, 40, 20 - (i % 5) * 0.1);
  mp_chart_raster_composite (r, (MpRgba) { 0, 0, 0, 1 });
  mp_chart_raster_paint (r);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  g_assert_cmpuint (data[20 * cairo_image_surface_get_stride (surface) + 4 * 20 + 3], ==, 255);
  g_assert_cmpuint (data[2 * cairo_image_surface_get_stride (surface) + 4 * 20 + 3], ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/raster/lines", test_lines);
  g_test_add_func ("/chart/raster/curves", test_curves);
  g_test_add_func ("/chart/raster/fills", test_fills);
  g_test_add_func ("/chart/raster/dashes", test_dashes);
  g_test_add_func ("/chart/raster/far", test_far);
  g_test_add_func ("/chart/raster/colours", test_colours);
  g_test_add_func ("/chart/raster/usable", test_usable);
  g_test_add_func ("/chart/raster/device-scale", test_device_scale);
  g_test_add_func ("/chart/raster/clip", test_clip);
  g_test_add_func ("/chart/raster/round-clip", test_round_clip);
  g_test_add_func ("/chart/raster/group", test_group_and_matrix);
  g_test_add_func ("/chart/raster/saturation", test_saturation);
  return g_test_run ();
}
