/* test-chart-trend.c — the trend chart: reference images for typical data
 * and the edge cases, and checks that would fail if the drawing were wrong:
 * where the points lie, what their tooltips say, the colours of the
 * milestones, the dashed trajectory, the message when there is no value.
 *
 * All numbers here are test data, not claimed figures for any province.
 */
#include <glib.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "mp-chart.h"
#include "mp-chart-private.h"
#include "mp-chart-test.h"

static MpChartStyle light;

/* ---- helpers ---- */

/* Finds, by hovering over the whole chart, the region whose tooltip holds
 * `needle`; gives its centre and a copy of its text. */
static gboolean
find_hit (MpChart    *chart,
          int         width,
          int         height,
          const char *needle,
          double     *cx,
          double     *cy,
          char      **text)
{
  const char *found = mp_chart_test_find_hit (chart, width, height, needle, cx, cy);

  if (found != NULL && text != NULL)
    *text = g_strdup (found);
  return found != NULL;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static guint32
rgb24 (MpRgba c)
{
  return ((guint32) round (c.r * 255) << 16) | ((guint32) round (c.g * 255) << 8) |
         (guint32) round (c.b * 255);
}

/* Pixels in the rectangle that differ from the background. */
static guint
ink_in (cairo_surface_t *surface,
        int x0, int y0, int w, int h)
{
  guint32 bg = pixel (surface, 0, 0);
  guint n = 0;

  for (int y = MAX (y0, 0); y < MIN (y0 + h, cairo_image_surface_get_height (surface)); y++)
    for (int x = MAX (x0, 0); x < MIN (x0 + w, cairo_image_surface_get_width (surface)); x++)
      if (pixel (surface, x, y) != bg)
        n++;
  return n;
}

/* ---- data (test data, not claimed figures) ---- */

/* A DOCTORS_PER_10K-like indicator for one province: baseline 2025 14.8,
 * targets ≥ 19 in 2030 and ≥ 21 in 2035, two annual observations and a
 * six-monthly computed one, and a regional average given as a range. */
static MpTrendData *
typical_data (void)
{
  MpTrendData *data = mp_trend_data_new ("Số bác sĩ trên 10.000 dân",
                                         "Cần Thơ · Nghị quyết 72-NQ/TW", "per_10k", 1,
                                         MP_DIRECTION_UP, "Cần Thơ");
  MpTrendSeries *region = mp_trend_series_new ("Đồng bằng sông Cửu Long");

  data->has_baseline = TRUE;
  data->baseline_year = 2025;
  data->baseline_value = 14.8;
  g_assert_true (mp_trend_series_add (data->observed, "2025", 14.8, NAN, MP_SOURCE_TYPED, NAN, NAN));
  g_assert_true (mp_trend_series_add (data->observed, "2026", 15.6, NAN, MP_SOURCE_TYPED, NAN, NAN));
  /* Added last, it still sorts between the two annual points. */
  g_assert_true (mp_trend_series_add (data->observed, "2026S1", 15.1, NAN, MP_SOURCE_COMPUTED,
                                      1888, 1250000));
  g_assert_false (mp_trend_series_add (data->observed, "2026H1", 1, NAN, MP_SOURCE_TYPED, NAN, NAN));
  mp_trend_series_add (region, "2024", 10, 11.5, MP_SOURCE_TYPED, NAN, NAN);
  mp_trend_series_add (region, "2025", 10, 12, MP_SOURCE_TYPED, NAN, NAN);
  mp_trend_series_add (region, "2026", 10.5, 12.2, MP_SOURCE_TYPED, NAN, NAN);
  g_ptr_array_add (data->comparisons, region);
  mp_trend_data_add_milestone (data, 2035, MP_COMPARATOR_GE, 21, NAN, MP_STATUS_ON_TRACK, "NQ-72");
  mp_trend_data_add_milestone (data, 2030, MP_COMPARATOR_GE, 19, NAN, MP_STATUS_AT_RISK, "NQ-72");
  data->proj_t0 = 2026;
  data->proj_v0 = 15.6;
  data->proj_t1 = 2035;
  data->proj_v1 = 22.8;
  return data;
}

static MpTrendData *
series_data (const char   *title,
             const char   *measure,
             int           decimals,
             const char   *periods[],
             const double  values[],
             guint         n)
{
  MpTrendData *data = mp_trend_data_new (title, "Cần Thơ", measure, decimals, MP_DIRECTION_UP,
                                         "Cần Thơ");

  for (guint i = 0; i < n; i++)
    g_assert_true (mp_trend_series_add (data->observed, periods[i], values[i], NAN,
                                        MP_SOURCE_TYPED, NAN, NAN));
  return data;
}

/* ---- tests ---- */

static void
test_data (void)
{
  g_autoptr(MpTrendData) data = typical_data ();
  const MpTrendPoint *pts = (const MpTrendPoint *) data->observed->points->data;
  const MpTrendMilestone *ms = (const MpTrendMilestone *) data->milestones->data;

  g_assert_cmpuint (data->observed->points->len, ==, 3);
  g_assert_cmpstr (pts[1].period, ==, "2026S1");
  g_assert_cmpfloat (pts[1].t, ==, 2025.5);
  g_assert_cmpfloat (pts[2].t, ==, 2026);
  g_assert_cmpint (ms[0].year, ==, 2030);
  g_assert_cmpint (ms[1].year, ==, 2035);
  g_assert_true (isnan (ms[0].value_high));
}

static void
test_typical (void)
{
  g_autoptr(MpChart) chart = mp_chart_new_trend (typical_data ());
  cairo_surface_t *s;
  g_autofree char *t2025 = NULL, *ts1 = NULL, *tm = NULL, *tc = NULL;
  double x25, y25, xs1, ys1, x26, y26, xm, ym, xp, yp;
  MpRgba at_risk = mp_chart_status_color (&light, MP_STATUS_AT_RISK);
  MpRgba trajectory = mp_chart_test_over (light.foreground, light.background);
  int left, right, top, bottom;

  mp_chart_test_compare (chart, "trend-typical", 800, 500);
  s = mp_chart_test_render (chart, 800, 500, FALSE);

  /* The tooltips: the value in the user's language and its source. */
  g_assert_true (find_hit (chart, 800, 500, "2025:", &x25, &y25, &t2025));
  g_assert_nonnull (strstr (t2025, "14,8"));
  g_assert_nonnull (strstr (t2025, mp_value_source_label (MP_SOURCE_TYPED)));
  g_assert_true (find_hit (chart, 800, 500, "2026S1:", &xs1, &ys1, &ts1));
  g_assert_nonnull (strstr (ts1, mp_value_source_label (MP_SOURCE_COMPUTED)));
  g_assert_nonnull (strstr (ts1, "1.888 / 1.250.000"));
  g_assert_true (find_hit (chart, 800, 500, "2026:", &x26, &y26, NULL));
  g_assert_true (find_hit (chart, 800, 500, "≥ 19", &xm, &ym, &tm));
  g_assert_nonnull (strstr (tm, mp_status_label (MP_STATUS_AT_RISK)));
  g_assert_nonnull (strstr (tm, "2030"));
  g_assert_true (find_hit (chart, 800, 500, "Đồng bằng sông Cửu Long, 2025", NULL, NULL, &tc));
  g_assert_nonnull (strstr (tc, "10,0–12,0"));
  g_assert_true (find_hit (chart, 800, 500, "2035", &xp, &yp, NULL));

  /* The six-monthly point lies half-way between the years (t = 2025.5),
   * the values rise upward, the target lies ahead and above. */
  g_assert_cmpfloat (fabs (xs1 - (x25 + x26) / 2), <, 1.0);
  g_assert_cmpfloat (y26, <, ys1);
  g_assert_cmpfloat (ys1, <, y25);
  g_assert_cmpfloat (xm, >, x26 + 50);
  g_assert_cmpfloat (ym, <, y26 - 50);

  /* A typed point is a filled dot; a computed one is hollow. */
  g_assert_cmphex (pixel (s, (int) x25, (int) y25), ==, rgb24 (light.accent));
  g_assert_cmphex (pixel (s, (int) xs1, (int) ys1), ==, rgb24 (light.background));

  /* The 2030 diamond is in the colour of its status (at risk). */
  g_assert_cmpuint (mp_chart_test_count_color_in (s, at_risk, 24, (int) xm - 8, (int) ym - 8, 16, 16),
                    >, 40);
  /* The dashed trajectory crosses the plot between the baseline and the
   * first milestone, away from any label. */
  left = (int) x25 + 30;
  right = (int) xm - 30;
  top = (int) ym;
  bottom = (int) y25;
  g_assert_cmpuint (mp_chart_test_count_color_in (s, trajectory, 40, left, top, right - left,
                                                  bottom - top), >, 40);
  cairo_surface_destroy (s);
}

static void
test_between (void)
{
  MpTrendData *data = mp_trend_data_new ("Số tiến sĩ y khoa", "Cần Thơ", "count", 0,
                                         MP_DIRECTION_UP, "Cần Thơ");
  g_autoptr(MpChart) chart = NULL;
  g_autofree char *text = NULL;
  MpRgba off = mp_chart_status_color (&light, MP_STATUS_OFF_TRACK);
  MpRgba band = mp_chart_test_over (mp_chart_fade (off, 0.22), light.background);
  double x, y, x25, y25;
  cairo_surface_t *s;

  data->has_baseline = TRUE;
  data->baseline_year = 2024;
  data->baseline_value = 10;
  mp_trend_series_add (data->observed, "2024", 10, NAN, MP_SOURCE_TYPED, NAN, NAN);
  mp_trend_series_add (data->observed, "2025", 12, NAN, MP_SOURCE_TYPED, NAN, NAN);
  mp_trend_series_add (data->observed, "2026", 13, NAN, MP_SOURCE_TYPED, NAN, NAN);
  mp_trend_data_add_milestone (data, 2030, MP_COMPARATOR_BETWEEN, 30, 50, MP_STATUS_OFF_TRACK, NULL);
  data->proj_t0 = 2026;
  data->proj_v0 = 13;
  data->proj_t1 = 2030;
  data->proj_v1 = 19;
  chart = mp_chart_new_trend (data);

  mp_chart_test_compare (chart, "trend-between", 800, 500);
  s = mp_chart_test_render (chart, 800, 500, FALSE);
  g_assert_true (find_hit (chart, 800, 500, "30–50", &x, &y, &text));
  g_assert_nonnull (strstr (text, mp_status_label (MP_STATUS_OFF_TRACK)));
  g_assert_true (find_hit (chart, 800, 500, "2025:", &x25, &y25, NULL));
  /* The band: a faint box of the status colour around the year, spanning
   * 30 to 50, i.e. taller than the rise from 12 to 13 by far. */
  g_assert_cmpuint (mp_chart_test_count_color_in (s, band, 6, (int) x - 40, 0, 80, 500), >, 1500);
  g_assert_cmpuint (mp_chart_test_count_color (s, off, 24), >, 40);
  cairo_surface_destroy (s);
}

static void
test_done (void)
{
  MpTrendData *data = mp_trend_data_new ("Bệnh viện Ung bướu đưa vào hoạt động", "Cần Thơ",
                                         "yesno", 0, MP_DIRECTION_UP, "Cần Thơ");
  g_autoptr(MpChart) chart = NULL;
  g_autofree char *text = NULL, *t26 = NULL;
  MpRgba green = mp_chart_status_color (&light, MP_STATUS_ACHIEVED);
  double x, y;
  cairo_surface_t *s;

  mp_trend_series_add (data->observed, "2025", 0, NAN, MP_SOURCE_TYPED, NAN, NAN);
  mp_trend_series_add (data->observed, "2026", 1, NAN, MP_SOURCE_TYPED, NAN, NAN);
  mp_trend_data_add_milestone (data, 2027, MP_COMPARATOR_DONE, NAN, NAN, MP_STATUS_ACHIEVED, NULL);
  chart = mp_chart_new_trend (data);

  mp_chart_test_compare (chart, "trend-done", 800, 500);
  s = mp_chart_test_render (chart, 800, 500, FALSE);
  g_assert_true (find_hit (chart, 800, 500, "2027", &x, &y, &text));
  g_assert_nonnull (strstr (text, mp_status_label (MP_STATUS_ACHIEVED)));
  /* A vertical marker at the year, most of the plot's height. */
  g_assert_cmpuint (mp_chart_test_count_color_in (s, green, 30, (int) x - 2, 0, 5, 500), >, 120);
  /* A yes/no value reads as such. */
  g_assert_true (find_hit (chart, 800, 500, "2026:", NULL, NULL, &t26));
  g_assert_nonnull (strstr (t26, _("Yes")));
  cairo_surface_destroy (s);
}

static void
test_no_data (void)
{
  MpTrendData *data = mp_trend_data_new ("Số bác sĩ trên 10.000 dân", "Hậu Giang", "per_10k", 1,
                                         MP_DIRECTION_UP, "Hậu Giang");
  g_autoptr(MpChart) chart = NULL;
  MpRgba muted = mp_chart_test_over (light.muted, light.background);
  g_autofree char *text = NULL;
  cairo_surface_t *s;

  mp_trend_data_add_milestone (data, 2030, MP_COMPARATOR_GE, 19, NAN, MP_STATUS_NO_DATA, NULL);
  chart = mp_chart_new_trend (data);
  mp_chart_test_compare (chart, "trend-no-data", 600, 400);
  s = mp_chart_test_render (chart, 600, 400, FALSE);
  /* The muted message in the middle of the plot. */
  g_assert_cmpuint (mp_chart_test_count_color_in (s, muted, 30, 200, 170, 200, 90), >, 60);
  /* The title at the top. */
  g_assert_cmpuint (ink_in (s, 0, 0, 600, 30), >, 200);
  g_assert_true (find_hit (chart, 600, 400, "≥ 19", NULL, NULL, &text));
  g_assert_nonnull (strstr (text, mp_status_label (MP_STATUS_NO_DATA)));
  cairo_surface_destroy (s);
}

static void
test_one_point (void)
{
  const char *periods[] = { "2025" };
  const double values[] = { 14.8 };
  g_autoptr(MpChart) chart = mp_chart_new_trend (series_data ("Số bác sĩ trên 10.000 dân",
                                                              "per_10k", 1, periods, values, 1));
  double x, y;

  mp_chart_test_compare (chart, "trend-one-point", 600, 400);
  g_assert_true (find_hit (chart, 600, 400, "14,8", &x, &y, NULL));
  /* Alone, the point sits in the middle of its years, inside the plot. */
  g_assert_cmpfloat (fabs (x - 320), <, 40);
  g_assert_cmpfloat (y, >, 80);
  g_assert_cmpfloat (y, <, 360);
}

static void
test_equal (void)
{
  const char *periods[] = { "2021", "2022", "2023", "2024", "2025" };
  const double values[] = { 5, 5, 5, 5, 5 };
  g_autoptr(MpChart) chart = mp_chart_new_trend (series_data ("Số giường bệnh trên 10.000 dân",
                                                              "per_10k", 1, periods, values, 5));
  double y21, y25, x21, x25;

  mp_chart_test_compare (chart, "trend-equal", 600, 400);
  g_assert_true (find_hit (chart, 600, 400, "2021:", &x21, &y21, NULL));
  g_assert_true (find_hit (chart, 600, 400, "2025:", &x25, &y25, NULL));
  g_assert_cmpfloat (fabs (y21 - y25), <, 0.5);
  g_assert_cmpfloat (x25 - x21, >, 300);
  g_assert_cmpfloat (y21, >, 80);
  g_assert_cmpfloat (y21, <, 360);
}

static void
test_negative (void)
{
  const char *periods[] = { "2022", "2023", "2024", "2025" };
  const double values[] = { -3.2, -1.5, 0.8, 2.1 };
  MpTrendData *data = series_data ("Tăng trưởng nhân lực y tế", "percent", 1, periods, values, 4);
  g_autoptr(MpChart) chart = NULL;
  double y22, y24, ym;

  mp_trend_data_add_milestone (data, 2030, MP_COMPARATOR_GE, 3, NAN, MP_STATUS_ON_TRACK, NULL);
  chart = mp_chart_new_trend (data);
  mp_chart_test_compare (chart, "trend-negative", 600, 400);
  g_assert_true (find_hit (chart, 600, 400, "-3,2%", NULL, &y22, NULL));
  g_assert_true (find_hit (chart, 600, 400, "0,8%", NULL, &y24, NULL));
  g_assert_true (find_hit (chart, 600, 400, "≥ 3", NULL, &ym, NULL));
  g_assert_cmpfloat (y22, >, y24 + 40);
  g_assert_cmpfloat (ym, <, y24);
  g_assert_cmpfloat (y22, <, 390);
}

static void
test_outlier (void)
{
  const char *periods[] = { "2022", "2023", "2024", "2025" };
  const double values[] = { 10, 11, 12, 95 };
  g_autoptr(MpChart) chart = mp_chart_new_trend (series_data ("Số ca ghép tạng", "count", 0,
                                                              periods, values, 4));
  double y22, y24, y25;

  mp_chart_test_compare (chart, "trend-outlier", 600, 400);
  g_assert_true (find_hit (chart, 600, 400, "2022:", NULL, &y22, NULL));
  g_assert_true (find_hit (chart, 600, 400, "2024:", NULL, &y24, NULL));
  g_assert_true (find_hit (chart, 600, 400, "2025:", NULL, &y25, NULL));
  g_assert_cmpfloat (y25, >, 40);
  g_assert_cmpfloat (y22, <, 390);
  g_assert_cmpfloat (y22 - y24, >, 3);
  g_assert_cmpfloat (y24 - y25, >, 150);
}

static void
test_long_names (void)
{
  MpTrendData *data = typical_data ();
  g_autoptr(MpChart) chart = NULL;
  cairo_surface_t *s;

  g_free (data->title);
  data->title = g_strdup ("Tỷ lệ bác sĩ có trình độ sau đại học được đào tạo chuyên sâu về can thiệp "
                          "nội mạch và ghép tạng tại các bệnh viện tuyến tỉnh, tuyến huyện và trạm y tế xã");
  g_free (data->subtitle);
  data->subtitle = g_strdup ("Sở Y tế thành phố Cần Thơ · Nghị quyết số 72-NQ/TW của Bộ Chính trị về "
                             "một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc sức khỏe nhân dân");
  g_free (data->observed->name);
  data->observed->name = g_strdup ("Bệnh viện Đa khoa Trung ương Cần Thơ và các bệnh viện vệ tinh "
                                   "trong mạng lưới chuyển giao kỹ thuật");
  g_free (((MpTrendSeries *) data->comparisons->pdata[0])->name);
  ((MpTrendSeries *) data->comparisons->pdata[0])->name =
    g_strdup ("Trung bình các tỉnh, thành phố vùng Đồng bằng sông Cửu Long theo Niên giám thống kê y tế");
  chart = mp_chart_new_trend (data);

  mp_chart_test_compare (chart, "trend-long-names", 600, 400);
  s = mp_chart_test_render (chart, 600, 400, FALSE);
  /* Ellipsized: nothing reaches the right edge. */
  g_assert_cmpuint (ink_in (s, 594, 0, 6, 400), ==, 0);
  cairo_surface_destroy (s);
}

static void
test_small (void)
{
  g_autoptr(MpChart) chart = mp_chart_new_trend (typical_data ());
  cairo_surface_t *s;
  double x25, y25, x26, y26;

  mp_chart_test_compare (chart, "trend-small", 400, 250);
  s = mp_chart_test_render (chart, 400, 250, FALSE);
  g_assert_true (find_hit (chart, 400, 250, "2025:", &x25, &y25, NULL));
  g_assert_true (find_hit (chart, 400, 250, "2026:", &x26, &y26, NULL));
  /* The plot keeps a usable size: the points stand apart. */
  g_assert_cmpfloat (x26 - x25, >, 20);
  g_assert_cmpfloat (y25 - y26, >, 4);
  g_assert_cmpuint (ink_in (s, 396, 0, 4, 250), ==, 0);
  cairo_surface_destroy (s);
}

static void
test_large (void)
{
  g_autoptr(MpChart) chart = mp_chart_new_trend (typical_data ());
  MpChartStyle style;
  double x25, y25;

  mp_chart_test_style (&style, FALSE);
  style.font_size = 20;
  mp_chart_test_compare_styled (chart, "trend-large", 1600, 1000, &style);
  mp_chart_style_clear (&style);
  /* The hover regions follow the larger drawing. */
  g_assert_true (find_hit (chart, 1600, 1000, "2025:", &x25, &y25, NULL));
  g_assert_cmpfloat (x25, >, 100);
  g_assert_cmpfloat (y25, >, 500);
}

static void
test_dark (void)
{
  g_autoptr(MpChart) chart = mp_chart_new_trend (typical_data ());
  MpChartStyle dark;
  cairo_surface_t *s;

  mp_chart_test_style (&dark, TRUE);
  mp_chart_test_compare_styled (chart, "trend-dark", 800, 500, &dark);
  s = mp_chart_test_render (chart, 800, 500, TRUE);
  g_assert_cmphex (pixel (s, 2, 2), ==, rgb24 (dark.background));
  g_assert_cmpuint (mp_chart_test_count_color (s, dark.accent, 16), >, 200);
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_status_color (&dark, MP_STATUS_AT_RISK), 24),
                    >, 40);
  mp_chart_style_clear (&dark);
  cairo_surface_destroy (s);
}

/* Many comparison series: too many lines to tell apart, so their spread
 * is drawn (lowest to highest, and the median); hovering a year tells
 * them, computed right. */
static void
test_many (void)
{
  MpTrendData *data = typical_data ();
  g_autoptr(MpChart) chart = NULL;
  g_autofree char *text = NULL, *low = NULL, *high = NULL;
  double lo2018 = INFINITY, hi2018 = -INFINITY;
  guint32 seed = 7;

  for (int u = 0; u < 12; u++)
    {
      g_autofree char *name = g_strdup_printf ("Tỉnh %02d", u + 1);
      MpTrendSeries *series = mp_trend_series_new (name);
      for (int y = 2018; y <= 2026; y++)
        {
          char period[8];
          double v;

          seed = seed * 1103515245 + 12345;
          v = 8 + u * 0.6 + (y - 2018) * 0.4 + (seed >> 16) % 100 / 100.0;
          if (y == 2018)
            {
              lo2018 = MIN (lo2018, v);
              hi2018 = MAX (hi2018, v);
            }
          g_snprintf (period, sizeof period, "%d", y);
          mp_trend_series_add (series, period, v, NAN, MP_SOURCE_TYPED, NAN, NAN);
        }
      g_ptr_array_add (data->comparisons, series);
    }
  chart = mp_chart_new_trend (data);
  mp_chart_test_compare (chart, "trend-many", 800, 500);
  g_assert_true (find_hit (chart, 800, 500, "2018, 12", NULL, NULL, &text));
  low = mp_format_value (lo2018, 1);
  high = mp_format_value (hi2018, 1);
  g_assert_nonnull (strstr (text, low));
  g_assert_nonnull (strstr (text, high));
  /* The observed series stays on top and hoverable. */
  g_assert_true (find_hit (chart, 800, 500, "2026S1:", NULL, NULL, NULL));
}

int
main (int argc, char **argv)
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR") ? g_getenv ("MEDPLAN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  mp_chart_test_style (&light, FALSE);

  g_test_add_func ("/chart/trend/data", test_data);
  g_test_add_func ("/chart/trend/typical", test_typical);
  g_test_add_func ("/chart/trend/between", test_between);
  g_test_add_func ("/chart/trend/done", test_done);
  g_test_add_func ("/chart/trend/no-data", test_no_data);
  g_test_add_func ("/chart/trend/one-point", test_one_point);
  g_test_add_func ("/chart/trend/equal", test_equal);
  g_test_add_func ("/chart/trend/negative", test_negative);
  g_test_add_func ("/chart/trend/outlier", test_outlier);
  g_test_add_func ("/chart/trend/long-names", test_long_names);
  g_test_add_func ("/chart/trend/small", test_small);
  g_test_add_func ("/chart/trend/large", test_large);
  g_test_add_func ("/chart/trend/dark", test_dark);
  g_test_add_func ("/chart/trend/many", test_many);

  status = g_test_run ();
  mp_chart_style_clear (&light);
  return status;
}
