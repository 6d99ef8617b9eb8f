/* test-chart-common.c — what every chart relies on: axis ticks, numbers in
 * the user's language, text through Pango, hover regions, palettes, and
 * saving with clear errors that never leave a half-written file. */
#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "mp-chart-private.h"
#include "mp-chart-test.h"
#include "mp-test-util.h"

static void
assert_ticks (double       lo,
              double       hi,
              guint        max_ticks,
              const double *want,
              guint        n_want,
              double       want_step)
{
  double ticks[16], step = 0;
  guint n = mp_chart_nice_ticks (lo, hi, max_ticks, ticks, &step);

  g_assert_cmpuint (n, ==, n_want);
  g_assert_cmpfloat_with_epsilon (step, want_step, 1e-9);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (ticks[i], want[i], 1e-9);
}

static void
test_nice_ticks (void)
{
  double ticks[16], step;

  /* Doctors per 10,000: 14.8 … 21 → 14, 16, …, 22. */
  assert_ticks (14.8, 21, 6, (double[]) { 14, 16, 18, 20, 22 }, 5, 2);
  assert_ticks (0, 100, 6, (double[]) { 0, 20, 40, 60, 80, 100 }, 6, 20);
  assert_ticks (0, 1, 5, (double[]) { 0, 0.25, 0.5, 0.75, 1 }, 5, 0.25);
  /* Negative values cross zero exactly at 0, not at -1e-17. */
  assert_ticks (-3, 4.5, 6, (double[]) { -4, -2, 0, 2, 4, 6 }, 6, 2);
  /* One value: a range around it. */
  g_assert_cmpuint (mp_chart_nice_ticks (7, 7, 5, ticks, &step), >=, 2);
  g_assert_cmpfloat (ticks[0], <=, 7);
  g_assert_cmpfloat (ticks[mp_chart_nice_ticks (7, 7, 5, ticks, &step) - 1], >=, 7);
  g_assert_cmpuint (mp_chart_nice_ticks (0, 0, 5, ticks, &step), >=, 2);
  /* A value far above the rest still gives few ticks that cover it. */
  {
    guint n = mp_chart_nice_ticks (0.5, 12000, 6, ticks, &step);
    g_assert_cmpuint (n, <=, 6);
    g_assert_cmpfloat (ticks[n - 1], >=, 12000);
    g_assert_cmpfloat (ticks[0], <=, 0.5);
  }
  /* Reversed bounds, and what cannot be an axis. */
  g_assert_cmpuint (mp_chart_nice_ticks (10, 0, 6, ticks, &step), ==, 6);
  g_assert_cmpuint (mp_chart_nice_ticks (NAN, 1, 6, ticks, &step), ==, 0);
  g_assert_cmpuint (mp_chart_nice_ticks (0, INFINITY, 6, ticks, &step), ==, 0);
  g_assert_cmpuint (mp_chart_nice_ticks (0, 1, 1, ticks, &step), ==, 0);
  /* Never more than 16 written, whatever is asked. */
  g_assert_cmpuint (mp_chart_nice_ticks (0, 1000, 100, ticks, &step), <=, 16);
}

static void
test_numbers_in_vietnamese (void)
{
  g_autofree char *a = mp_chart_format_tick (14.8, 0.2, 3);
  g_autofree char *b = mp_chart_format_tick (1500, 500, 3);
  g_autofree char *c = mp_chart_format_tick (0.25, 0.25, 3);
  g_autofree char *d = mp_chart_format_tick (20, 2, 3);
  g_autofree char *d2 = mp_chart_format_tick (5, 2.5, 3);
  g_autofree char *d3 = mp_chart_format_tick (0.7, 0.1, 0);
  g_autofree char *e = mp_chart_format_value (14.8, 1, "per_10k");
  g_autofree char *f = mp_chart_format_value (43.6, 1, "percent");
  g_autofree char *g = mp_chart_format_value (1, 0, "yesno");
  g_autofree char *h = mp_chart_format_value (NAN, 1, "percent");
  g_autofree char *i = mp_chart_format_value (35, 0, "count");

  /* The tests run with LANGUAGE=vi and the built catalog. */
  g_assert_cmpstr (a, ==, "14,8");
  g_assert_cmpstr (b, ==, "1.500");
  g_assert_cmpstr (c, ==, "0,25");
  g_assert_cmpstr (d, ==, "20");
  g_assert_cmpstr (d2, ==, "5,0");
  g_assert_cmpstr (d3, ==, "1");  /* at most max_decimals */
  g_assert_cmpstr (e, ==, "14,8 trên 10.000 dân");
  g_assert_cmpstr (f, ==, "43,6%");
  g_assert_cmpstr (g, ==, "Có");
  g_assert_cmpstr (h, ==, "—");
  g_assert_cmpstr (i, ==, "35");
}

/* Text is shaped by Pango: Vietnamese stacked diacritics take their width,
 * a long name is ellipsized to the width it is given. */
static void
test_text (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 100);
  cairo_t *cr = cairo_create (surface);
  MpChartStyle style;
  double w_short, w_long, h, drawn_w, drawn_h;
  const char *name = "Bệnh viện Đa khoa Trung ương Cần Thơ và các cơ sở khám bệnh, chữa bệnh tuyến cuối của vùng";

  mp_chart_test_style (&style, FALSE);
  mp_chart_text_size (cr, &style, "Cần Thơ", 1.0, FALSE, &w_short, &h);
  g_assert_cmpfloat (w_short, >, 30);
  g_assert_cmpfloat (h, >=, 12);
  mp_chart_text_size (cr, &style, name, 1.0, FALSE, &w_long, NULL);
  g_assert_cmpfloat (w_long, >, 400);
  mp_chart_text (cr, &style, name, 10, 10, MP_ALIGN_START, MP_ALIGN_START, 1.0, FALSE,
                 style.foreground, 200, &drawn_w, &drawn_h);
  g_assert_cmpfloat (drawn_w, <=, 200);
  /* Nothing drawn right of the width it was given. */
  cairo_surface_flush (surface);
  g_assert_cmpuint (mp_chart_test_count_color_in (surface, (MpRgba) { 0, 0, 0, 1 }, 200, 212, 0, 188, 100), ==, 0);
  g_assert_cmpuint (mp_chart_test_count_color_in (surface, (MpRgba) { 0, 0, 0, 1 }, 200, 10, 10, 200, 20), >, 50);
  /* Bold is wider; a larger scale is taller. */
  {
    double wb, hb;
    mp_chart_text_size (cr, &style, "Cần Thơ", 1.0, TRUE, &wb, NULL);
    g_assert_cmpfloat (wb, >, w_short);
    mp_chart_text_size (cr, &style, "Cần Thơ", 2.0, FALSE, NULL, &hb);
    g_assert_cmpfloat (hb, >, 1.8 * h);
  }
  mp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The title and subtitle are ellipsized before the room kept free for the
 * widget's export button. */
static void
test_title_inset (void)
{
  const char *title = "Tỷ lệ xã, phường triển khai phòng khám hoạt động theo nguyên lý y học gia đình";
  MpChartStyle style;

  mp_chart_test_style (&style, FALSE);
  for (int inset = 0; inset <= 100; inset += 100)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 60);
      cairo_t *cr = cairo_create (surface);
      guint right;

      style.title_inset = inset;
      g_assert_cmpfloat (mp_chart_title (cr, &style, title, "Thành phố Cần Thơ · NQ-CT-NNL-2030 · KH-PROVINCE-A-NQ20 · QĐ-13",
                                         0, 0, 400), >, 30);
      cairo_surface_flush (surface);
      right = mp_chart_test_count_color_in (surface, (MpRgba) { 0, 0, 0, 0 }, 0, 300, 0, 100, 60);
      if (inset == 0)
        g_assert_cmpuint (right, <, 100 * 60);   /* text reaches the right edge */
      else
        g_assert_cmpuint (right, ==, 100 * 60);  /* nothing under the button */
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  mp_chart_style_clear (&style);
}

/* A legend wraps into more rows when narrower, and measuring draws nothing. */
static void
test_legend (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 200);
  cairo_t *cr = cairo_create (surface);
  MpChartStyle style;
  MpLegendItem items[] = {
    { "Cần Thơ", { 0.1, 0.4, 0.8, 1 }, MP_LEGEND_LINE },
    { "Lộ trình mục tiêu", { 0, 0, 0, 1 }, MP_LEGEND_DASHED },
    { "Mục tiêu", { 0.8, 0.1, 0.1, 1 }, MP_LEGEND_DIAMOND },
    { "Dự báo", { 0.2, 0.6, 0.2, 1 }, MP_LEGEND_DOTTED },
  };
  double wide, narrow;

  mp_chart_test_style (&style, FALSE);
  wide = mp_chart_legend (cr, &style, items, G_N_ELEMENTS (items), 0, 0, 600, FALSE);
  narrow = mp_chart_legend (cr, &style, items, G_N_ELEMENTS (items), 0, 0, 150, FALSE);
  g_assert_cmpfloat (wide, >, 10);
  g_assert_cmpfloat (narrow, >=, 3 * wide);
  cairo_surface_flush (surface);
  g_assert_cmpuint (mp_chart_test_count_color (surface, (MpRgba) { 0, 0, 0, 0 }, 0), ==, 600 * 200);
  mp_chart_legend (cr, &style, items, G_N_ELEMENTS (items), 0, 0, 600, TRUE);
  cairo_surface_flush (surface);
  g_assert_cmpuint (mp_chart_test_count_color (surface, (MpRgba) { 0.8, 0.1, 0.1, 1 }, 30), >, 20);
  g_assert_cmpfloat (mp_chart_legend (cr, &style, items, 0, 0, 0, 600, TRUE), ==, 0);
  mp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The status colours are distinct, and the dark palette is not the light. */
static void
test_palettes (void)
{
  MpChartStyle light, dark;

  mp_chart_style_init (&light, FALSE, NULL, 0);
  mp_chart_style_init (&dark, TRUE, NULL, 0);
  g_assert_cmpfloat (light.font_size, ==, 12);
  g_assert_nonnull (light.font_family);
  for (MpStatus a = MP_STATUS_MISSED; a <= MP_STATUS_ACHIEVED; a++)
    {
      MpRgba ca = mp_chart_status_color (&light, a);
      MpRgba da = mp_chart_status_color (&dark, a);
      for (MpStatus b = a + 1; b <= MP_STATUS_ACHIEVED; b++)
        {
          MpRgba cb = mp_chart_status_color (&light, b);
          g_assert_cmpfloat (fabs (ca.r - cb.r) + fabs (ca.g - cb.g) + fabs (ca.b - cb.b), >, 0.2);
        }
      if (a != MP_STATUS_NO_DATA)
        g_assert_true (ca.r != da.r || ca.g != da.g || ca.b != da.b);
    }
  g_assert_true (dark.background.r < 0.5 && light.background.r > 0.5);
  g_assert_true (dark.foreground.r > 0.5 && light.foreground.r < 0.5);
  {
    const char *statuses[] = { "planned", "training", "supervised", "independent", "stopped" };
    for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
      for (guint j = i + 1; j < G_N_ELEMENTS (statuses); j++)
        {
          MpRgba a = mp_chart_transfer_status_color (&light, statuses[i]);
          MpRgba b = mp_chart_transfer_status_color (&light, statuses[j]);
          g_assert_cmpfloat (fabs (a.r - b.r) + fabs (a.g - b.g) + fabs (a.b - b.b), >, 0.2);
        }
  }
  mp_chart_style_clear (&light);
  mp_chart_style_clear (&dark);
}

static MpChart *
status_chart (void)
{
  MpStatusData *data = mp_status_data_new ("Mục tiêu theo tình trạng", "Cần Thơ");

  data->counts[MP_STATUS_ACHIEVED] = 3;
  data->counts[MP_STATUS_AT_RISK] = 2;
  data->counts[MP_STATUS_NO_DATA] = 5;
  return mp_chart_new_status (data);
}

/* Hover regions belong to the last draw: found inside, not outside, and
 * moved when the chart is drawn at another size. */
static void
test_hits (void)
{
  g_autoptr(MpChart) chart = status_chart ();
  cairo_surface_t *surface;
  cairo_rectangle_t area;
  const char *text = NULL;
  double found_x = -1, found_y = -1;

  g_assert_null (mp_chart_hit_test (chart, 10, 10, NULL));
  surface = mp_chart_test_render (chart, 600, 400, FALSE);
  for (int y = 0; y < 400 && text == NULL; y += 2)
    for (int x = 0; x < 600 && text == NULL; x += 2)
      if ((text = mp_chart_hit_test (chart, x, y, &area)) != NULL)
        {
          found_x = x;
          found_y = y;
        }
  g_assert_nonnull (text);
  g_assert_cmpfloat (found_x, >=, area.x);
  g_assert_cmpfloat (found_x, <=, area.x + area.width);
  g_assert_cmpfloat (found_y, >=, area.y);
  g_assert_null (mp_chart_hit_test (chart, -50, -50, NULL));
  cairo_surface_destroy (surface);

  /* Drawn too small to draw anything: no regions left from before. */
  surface = mp_chart_test_render (chart, 1, 1, FALSE);
  cairo_surface_destroy (surface);
  g_assert_null (mp_chart_hit_test (chart, found_x, found_y, NULL));
}

static void
test_ref_counting (void)
{
  MpChart *chart = status_chart ();

  g_assert_true (mp_chart_ref (chart) == chart);
  mp_chart_unref (chart);
  g_assert_cmpint (mp_chart_get_kind (chart), ==, MP_CHART_STATUS);
  g_assert_cmpstr (mp_chart_get_title (chart), ==, "Mục tiêu theo tình trạng");
  g_assert_nonnull (mp_chart_get_status (chart));
  g_assert_null (mp_chart_get_trend (chart));
  g_assert_null (mp_chart_get_bars (chart));
  g_assert_null (mp_chart_get_network (chart));
  mp_chart_unref (chart);
}

/* Saving: the format follows the extension; a wrong extension, a wrong
 * size, or a folder that does not exist is a clear, translated error that
 * names the file; a file that existed is left as it was. */
static void
test_save_errors (void)
{
  g_autoptr(MpChart) chart = status_chart ();
  g_autofree char *dir = g_dir_make_tmp ("medplan-chart-XXXXXX", NULL);
  g_autofree char *old = g_build_filename (dir, "old.png", NULL);
  g_autofree char *txt = g_build_filename (dir, "chart.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "chart.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (old, "the old file", -1, NULL));

  g_assert_false (mp_chart_save (chart, txt, 800, 500, 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "chart.txt"));
  g_assert_nonnull (strstr (error->message, ".png"));
  g_assert_nonnull (strstr (error->message, "Không"));  /* translated */
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (mp_chart_save (chart, old, 20, 500, 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (old, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the old file");

  g_assert_false (mp_chart_save (chart, missing, 800, 500, 1, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "chart.png"));
  g_clear_error (&error);

  /* Replaced whole when it succeeds, and upper-case extensions work. */
  g_assert_true (mp_chart_save (chart, old, 800, 500, 1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (old, &contents, NULL, NULL));
  g_assert_true (memcmp (contents, "\x89PNG", 4) == 0);
  {
    g_autofree char *upper = g_build_filename (dir, "CHART.PDF", NULL);
    g_assert_true (mp_chart_save (chart, upper, 800, 500, 1, &error));
    g_assert_no_error (error);
  }
  mp_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/nice-ticks", test_nice_ticks);
  g_test_add_func ("/chart/numbers-in-vietnamese", test_numbers_in_vietnamese);
  g_test_add_func ("/chart/text", test_text);
  g_test_add_func ("/chart/title-inset", test_title_inset);
  g_test_add_func ("/chart/legend", test_legend);
  g_test_add_func ("/chart/palettes", test_palettes);
  g_test_add_func ("/chart/hits", test_hits);
  g_test_add_func ("/chart/ref-counting", test_ref_counting);
  g_test_add_func ("/chart/save-errors", test_save_errors);
  return g_test_run ();
}
