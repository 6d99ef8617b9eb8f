/* test-chart-bars.c — the comparison chart (bars) and the status overview
 * (donut): reference images, and checks that would fail if the drawing
 * were wrong: the order of the rows, the colours present, the target line,
 * where the legend goes.
 *
 * The figures here are made up to exercise the drawing (orders, outliers,
 * negative values); they are not measurements of the units they name. */
#include <glib.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "mp-chart.h"
#include "mp-chart-private.h"
#include "mp-chart-test.h"

/* ---- pixels ---- */

/* The leftmost and rightmost column holding a pixel of `color` (within
 * `tol` per channel) in the rows y0..y1; FALSE when there is none. */
static gboolean
color_extent (cairo_surface_t *surface,
              MpRgba           color,
              int              tol,
              int              y0,
              int              y1,
              int             *min_x,
              int             *max_x)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;
  int r = (int) round (color.r * 255), g = (int) round (color.g * 255), b = (int) round (color.b * 255);
  gboolean found = FALSE;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  *min_x = G_MAXINT;
  *max_x = -1;
  for (int y = MAX (y0, 0); y <= MIN (y1, h - 1); y++)
    for (int x = 0; x < w; x++)
      {
        guint32 p = *(const guint32 *) (data + y * stride + x * 4);
        int pr = (p >> 16) & 0xff, pg = (p >> 8) & 0xff, pb = p & 0xff;

        if (ABS (pr - r) <= tol && ABS (pg - g) <= tol && ABS (pb - b) <= tol)
          {
            *min_x = MIN (*min_x, x);
            *max_x = MAX (*max_x, x);
            found = TRUE;
          }
      }
  return found;
}

/* The reference comparison in the dark style. */
static void
compare_dark (MpChart    *chart,
              const char *name,
              int         width,
              int         height)
{
  MpChartStyle dark;

  mp_chart_test_style (&dark, TRUE);
  mp_chart_test_compare_styled (chart, name, width, height, &dark);
  mp_chart_style_clear (&dark);
}

/* ---- hits ---- */

/* The tooltips of the hits met going down the column x, each once. */
static GPtrArray *
hits_down (MpChart *chart,
           double   x,
           int      height)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  const char *last = NULL;

  for (double y = 0.5; y < height; y += 1)
    {
      const char *t = mp_chart_hit_test (chart, x, y, NULL);
      if (t != NULL && (last == NULL || strcmp (t, last) != 0))
        g_ptr_array_add (texts, g_strdup (t));
      last = t;
    }
  return texts;
}

/* The extent of `color` in the row whose tooltip starts with `name` (found
 * going down the middle column of the chart). */
static gboolean
row_extent (MpChart         *chart,
            cairo_surface_t *surface,
            const char      *name,
            MpRgba           color,
            int             *min_x,
            int             *max_x)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);

  for (double y = 0.5; y < h; y += 1)
    {
      cairo_rectangle_t area;
      const char *t = mp_chart_hit_test (chart, w / 2.0, y, &area);

      if (t != NULL && g_str_has_prefix (t, name))
        return color_extent (surface, color, 4, (int) ceil (area.y),
                             (int) floor (area.y + area.height) - 1, min_x, max_x);
    }
  g_error ("no row for %s", name);
  return FALSE;
}

/* ---- bars data ---- */

static MpBarsData *
doctors (void)
{
  MpBarsData *d = mp_bars_data_new ("Bác sĩ trên 10.000 dân", "Đồng bằng sông Cửu Long, 2025",
                                    "per_10k", 1, MP_DIRECTION_UP);

  mp_bars_data_add (d, "CT", "Cần Thơ", 14.8, "2025", MP_SOURCE_TYPED, MP_STATUS_AT_RISK, TRUE);
  mp_bars_data_add (d, "AG", "An Giang", 9.2, "2025", MP_SOURCE_COMPUTED, MP_STATUS_OFF_TRACK, FALSE);
  mp_bars_data_add (d, "KG", "Kiên Giang", 8.1, "2025", MP_SOURCE_TYPED, MP_STATUS_MISSED, FALSE);
  mp_bars_data_add (d, "VL", "Vĩnh Long", 19.5, "2025", MP_SOURCE_TYPED, MP_STATUS_ACHIEVED, FALSE);
  mp_bars_data_add (d, "DT", "Đồng Tháp", 16.3, "2025S1", MP_SOURCE_TYPED, MP_STATUS_ON_TRACK, FALSE);
  mp_bars_data_add (d, "CM", "Cà Mau", 7.4, NULL, MP_SOURCE_NONE, MP_STATUS_NO_DATA, FALSE);
  return d;
}

static MpChartStyle light;
static MpChartStyle dark;

static void
test_bars_typical (void)
{
  MpBarsData *d = doctors ();
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (MpChart) plain = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  cairo_surface_t *s, *s_plain;
  MpRgba ink = mp_chart_test_over (light.foreground, light.background);
  guint with_line, without_line;

  mp_bars_data_set_target (d, MP_COMPARATOR_GE, 19, NAN, 2030);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-typical", 640, 400);

  s = mp_chart_test_render (chart, 640, 400, FALSE);
  /* Best first: Vĩnh Long at the top, Cà Mau at the bottom. */
  texts = hits_down (chart, 320, 400);
  g_assert_cmpuint (texts->len, ==, 6);
  g_assert_true (g_str_has_prefix (texts->pdata[0], "Vĩnh Long: 19,5 "));
  g_assert_nonnull (strstr (texts->pdata[0], mp_status_label (MP_STATUS_ACHIEVED)));
  g_assert_nonnull (strstr (texts->pdata[0], "(2025, " ));
  g_assert_true (g_str_has_prefix (texts->pdata[1], "Đồng Tháp: 16,3"));
  g_assert_true (g_str_has_prefix (texts->pdata[2], "Cần Thơ: 14,8"));
  g_assert_nonnull (strstr (texts->pdata[2], mp_status_label (MP_STATUS_AT_RISK)));
  g_assert_true (g_str_has_prefix (texts->pdata[5], "Cà Mau: 7,4"));
  /* No target for Cà Mau: no status after the value. */
  g_assert_null (strstr (texts->pdata[5], "—"));

  /* Every status has its bar. */
  for (MpStatus st = MP_STATUS_MISSED; st <= MP_STATUS_ACHIEVED; st++)
    g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_status_color (&light, st), 8), >, 300);

  /* The target line: the same chart without a target has far fewer dark
   * pixels in the rows' area (names and values are the same in both). */
  plain = mp_chart_new_bars (doctors ());
  s_plain = mp_chart_test_render (plain, 640, 400, FALSE);
  with_line = mp_chart_test_count_color_in (s, ink, 40, 230, 60, 410, 260);
  without_line = mp_chart_test_count_color_in (s_plain, ink, 40, 230, 60, 410, 260);
  g_assert_cmpuint (with_line, >, without_line + 120);

  cairo_surface_destroy (s);
  cairo_surface_destroy (s_plain);
}

static void
test_bars_down (void)
{
  MpBarsData *d = mp_bars_data_new ("Tỉ suất tử vong mẹ", "trên 100.000 trẻ đẻ sống", "count", 0,
                                    MP_DIRECTION_DOWN);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  cairo_surface_t *s;

  mp_bars_data_add (d, "A", "Sóc Trăng", 52, "2024", MP_SOURCE_TYPED, MP_STATUS_OFF_TRACK, FALSE);
  mp_bars_data_add (d, "B", "Bạc Liêu", 31, "2024", MP_SOURCE_TYPED, MP_STATUS_ON_TRACK, FALSE);
  mp_bars_data_add (d, "C", "Trà Vinh", 45, "2024", MP_SOURCE_TYPED, MP_STATUS_AT_RISK, TRUE);
  mp_bars_data_add (d, "D", "Hậu Giang", 24, "2024", MP_SOURCE_TYPED, MP_STATUS_ACHIEVED, FALSE);
  mp_bars_data_set_target (d, MP_COMPARATOR_LE, 30, NAN, 2030);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-down", 560, 320);

  s = mp_chart_test_render (chart, 560, 320, FALSE);
  texts = hits_down (chart, 280, 320);
  g_assert_cmpuint (texts->len, ==, 4);
  g_assert_true (g_str_has_prefix (texts->pdata[0], "Hậu Giang: 24"));
  g_assert_true (g_str_has_prefix (texts->pdata[3], "Sóc Trăng: 52"));
  cairo_surface_destroy (s);
}

static void
test_bars_between (void)
{
  MpBarsData *d = mp_bars_data_new ("Tiến sĩ y khoa", NULL, "count", 0, MP_DIRECTION_UP);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (MpChart) typical = NULL;
  cairo_surface_t *s, *s_typical;
  MpRgba band = mp_chart_test_over (mp_chart_fade (mp_chart_status_color (&light, MP_STATUS_ACHIEVED), 0.16),
                      light.background);

  mp_bars_data_add (d, "CT", "Cần Thơ", 42, "2025", MP_SOURCE_TYPED, MP_STATUS_ACHIEVED, TRUE);
  mp_bars_data_add (d, "AG", "An Giang", 21, "2025", MP_SOURCE_TYPED, MP_STATUS_AT_RISK, FALSE);
  mp_bars_data_add (d, "KG", "Kiên Giang", 12, "2025", MP_SOURCE_TYPED, MP_STATUS_OFF_TRACK, FALSE);
  mp_bars_data_add (d, "HG", "Hậu Giang", 55, "2025", MP_SOURCE_TYPED, MP_STATUS_MISSED, FALSE);
  mp_bars_data_set_target (d, MP_COMPARATOR_BETWEEN, 30, 50, 2030);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-between", 560, 320);

  /* The band is painted between the rows; a chart without it has none. */
  s = mp_chart_test_render (chart, 560, 320, FALSE);
  g_assert_cmpuint (mp_chart_test_count_color (s, band, 3), >, 1500);
  typical = mp_chart_new_bars (doctors ());
  s_typical = mp_chart_test_render (typical, 560, 320, FALSE);
  g_assert_cmpuint (mp_chart_test_count_color (s_typical, band, 3), <, 50);
  cairo_surface_destroy (s);
  cairo_surface_destroy (s_typical);
}

static void
test_bars_negative (void)
{
  MpBarsData *d = mp_bars_data_new ("Thay đổi số bác sĩ", "2024 so với 2023", "percent", 1,
                                    MP_DIRECTION_UP);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  cairo_surface_t *s;
  int pos_min, pos_max, neg_min, neg_max;

  mp_bars_data_add (d, "A", "Long An", 3.1, "2024", MP_SOURCE_TYPED, MP_STATUS_ACHIEVED, FALSE);
  mp_bars_data_add (d, "B", "Tiền Giang", -2.4, "2024", MP_SOURCE_TYPED, MP_STATUS_MISSED, FALSE);
  mp_bars_data_add (d, "C", "Bến Tre", 0.8, "2024", MP_SOURCE_TYPED, MP_STATUS_ON_TRACK, TRUE);
  mp_bars_data_add (d, "D", "Trà Vinh", -0.6, "2024", MP_SOURCE_TYPED, MP_STATUS_OFF_TRACK, FALSE);
  mp_bars_data_set_target (d, MP_COMPARATOR_GE, 1, NAN, 0);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-negative", 560, 320);

  s = mp_chart_test_render (chart, 560, 320, FALSE);
  texts = hits_down (chart, 280, 320);
  g_assert_cmpuint (texts->len, ==, 4);
  g_assert_true (g_str_has_prefix (texts->pdata[0], "Long An: 3,1%"));
  g_assert_true (g_str_has_prefix (texts->pdata[3], "Tiền Giang: -2,4%"));
  /* The negative bar grows left from zero, where the positive one starts. */
  g_assert_true (row_extent (chart, s, "Long An:", mp_chart_status_color (&light, MP_STATUS_ACHIEVED),
                             &pos_min, &pos_max));
  g_assert_true (row_extent (chart, s, "Tiền Giang:", mp_chart_status_color (&light, MP_STATUS_MISSED),
                             &neg_min, &neg_max));
  g_assert_cmpint (ABS (neg_max - pos_min), <=, 3);  /* the zero line between */
  /* -2,4 is about three quarters of 3,1 in length. */
  g_assert_cmpfloat (fabs ((double) (neg_max - neg_min) / (pos_max - pos_min) - 2.4 / 3.1), <, 0.06);
  cairo_surface_destroy (s);
}

static void
test_bars_outlier (void)
{
  MpBarsData *d = mp_bars_data_new ("Giường bệnh trên 10.000 dân", NULL, "per_10k", 1,
                                    MP_DIRECTION_UP);
  g_autoptr (MpChart) chart = NULL;
  cairo_surface_t *s;
  int min_x, max_x, big_min, big_max;

  mp_bars_data_add (d, "HCM", "TP. Hồ Chí Minh", 310, "2025", MP_SOURCE_TYPED, MP_STATUS_ACHIEVED, FALSE);
  mp_bars_data_add (d, "A", "Bạc Liêu", 24.5, "2025", MP_SOURCE_TYPED, MP_STATUS_MISSED, FALSE);
  mp_bars_data_add (d, "B", "Cà Mau", 22.0, "2025", MP_SOURCE_TYPED, MP_STATUS_MISSED, TRUE);
  mp_bars_data_add (d, "C", "Sóc Trăng", 19.8, "2025", MP_SOURCE_TYPED, MP_STATUS_MISSED, FALSE);
  mp_bars_data_set_target (d, MP_COMPARATOR_GE, 32, NAN, 2030);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-outlier", 560, 320);

  /* The small bars are still drawn, each about a sixteenth of the big one. */
  s = mp_chart_test_render (chart, 560, 320, FALSE);
  g_assert_true (row_extent (chart, s, "TP. Hồ Chí Minh:", mp_chart_status_color (&light, MP_STATUS_ACHIEVED),
                             &big_min, &big_max));
  g_assert_true (row_extent (chart, s, "Sóc Trăng:", mp_chart_status_color (&light, MP_STATUS_MISSED),
                             &min_x, &max_x));
  g_assert_cmpint (min_x, ==, big_min);
  g_assert_cmpint (max_x - min_x, >=, 5);
  g_assert_cmpint (max_x - min_x, <, (big_max - big_min) / 8);
  cairo_surface_destroy (s);
}

static void
test_bars_forty (void)
{
  MpBarsData *d = mp_bars_data_new ("Bác sĩ trên 10.000 dân", "40 cơ sở", "per_10k", 1,
                                    MP_DIRECTION_UP);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  g_autoptr (GPtrArray) small = NULL;

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *code = g_strdup_printf ("U%02d", i);
      g_autofree char *name = g_strdup_printf ("Trung tâm Y tế số %d", i + 1);
      /* A scrambled order, so the drawing must sort. */
      double v = 4 + ((i * 17) % 40) * 0.5;
      MpStatus st = v >= 19 ? MP_STATUS_ACHIEVED : v >= 15 ? MP_STATUS_ON_TRACK
                  : v >= 10 ? MP_STATUS_AT_RISK : MP_STATUS_OFF_TRACK;
      mp_bars_data_add (d, code, name, v, "2025", MP_SOURCE_COMPUTED, st, i == 7);
    }
  mp_bars_data_set_target (d, MP_COMPARATOR_GE, 19, NAN, 2030);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-forty", 640, 560);

  /* All 40 rows fit, in order from 23,5 down to 4,0. */
  texts = hits_down (chart, 320, 560);
  g_assert_cmpuint (texts->len, ==, 40);
  g_assert_nonnull (strstr (texts->pdata[0], ": 23,5 "));
  g_assert_nonnull (strstr (texts->pdata[39], ": 4,0 "));
  for (guint i = 1; i < 40; i++)
    {
      const char *a = strstr (texts->pdata[i - 1], ": ") + 2;
      const char *b = strstr (texts->pdata[i], ": ") + 2;
      g_assert_cmpfloat (g_ascii_strtod (a, NULL), >=, g_ascii_strtod (b, NULL));
    }

  /* Even at 400×250 every row keeps its bar and its hover region. */
  mp_chart_test_compare (chart, "bars-forty-small", 400, 250);
  small = hits_down (chart, 200, 250);
  g_assert_cmpuint (small->len, ==, 40);
}

static void
test_bars_long_names (void)
{
  MpBarsData *d = mp_bars_data_new ("Tỉ lệ bác sĩ có trình độ sau đại học tại các bệnh viện tuyến tỉnh "
                                    "và tuyến trung ương trên địa bàn", NULL, "percent", 1,
                                    MP_DIRECTION_UP);
  g_autoptr (MpChart) chart = NULL;
  cairo_surface_t *s;
  int min_x, max_x;

  mp_bars_data_add (d, "A", "Bệnh viện Đa khoa Trung ương Cần Thơ — Khu điều trị kỹ thuật cao",
                    48.2, "2025", MP_SOURCE_TYPED, MP_STATUS_ON_TRACK, TRUE);
  mp_bars_data_add (d, "B", "Bệnh viện Sản – Nhi tỉnh Sóc Trăng (cơ sở 2, huyện Mỹ Xuyên)",
                    31.0, "2025", MP_SOURCE_TYPED, MP_STATUS_AT_RISK, FALSE);
  mp_bars_data_add (d, "C", "Trung tâm Kiểm soát bệnh tật tỉnh Bà Rịa – Vũng Tàu",
                    27.5, "2025", MP_SOURCE_TYPED, MP_STATUS_OFF_TRACK, FALSE);
  mp_bars_data_set_target (d, MP_COMPARATOR_GE, 40, NAN, 2030);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-long-names", 560, 300);

  /* The names take at most about 35 % of the width: the bars start left
   * of 45 % of it. */
  s = mp_chart_test_render (chart, 560, 300, FALSE);
  g_assert_true (row_extent (chart, s, "Bệnh viện Đa khoa", mp_chart_status_color (&light, MP_STATUS_ON_TRACK),
                             &min_x, &max_x));
  g_assert_cmpint (min_x, <, 560 * 0.45);
  g_assert_cmpint (min_x, >, 560 * 0.2);
  cairo_surface_destroy (s);
}

static void
test_bars_no_data (void)
{
  MpBarsData *d = mp_bars_data_new ("Điều dưỡng trên 10.000 dân", NULL, "per_10k", 1,
                                    MP_DIRECTION_UP);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (MpChart) empty = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  cairo_surface_t *s;

  mp_bars_data_add (d, "A", "Hậu Giang", NAN, NULL, MP_SOURCE_NONE, MP_STATUS_NO_DATA, FALSE);
  mp_bars_data_add (d, "B", "Long An", 21.3, "2025", MP_SOURCE_TYPED, MP_STATUS_ON_TRACK, FALSE);
  mp_bars_data_add (d, "C", "Bến Tre", NAN, NULL, MP_SOURCE_NONE, MP_STATUS_NO_DATA, TRUE);
  mp_bars_data_add (d, "D", "Tiền Giang", 18.9, "2025", MP_SOURCE_TYPED, MP_STATUS_AT_RISK, FALSE);
  mp_bars_data_set_target (d, MP_COMPARATOR_GE, 25, NAN, 2030);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-no-data", 560, 300);

  /* The items without a value come last, in the data's order. */
  texts = hits_down (chart, 280, 300);
  g_assert_cmpuint (texts->len, ==, 4);
  g_assert_true (g_str_has_prefix (texts->pdata[0], "Long An: 21,3"));
  g_assert_true (g_str_has_prefix (texts->pdata[1], "Tiền Giang: 18,9"));
  {
    g_autofree char *expected = g_strconcat ("Hậu Giang: ", mp_status_label (MP_STATUS_NO_DATA), NULL);
    g_assert_cmpstr (texts->pdata[2], ==, expected);
  }
  g_assert_true (g_str_has_prefix (texts->pdata[3], "Bến Tre: "));

  /* No items at all: a message, nothing else; no hover region. */
  empty = mp_chart_new_bars (mp_bars_data_new ("Trống", NULL, "count", 0, MP_DIRECTION_UP));
  s = mp_chart_test_render (empty, 400, 250, FALSE);
  g_assert_null (mp_chart_hit_test (empty, 200, 125, NULL));
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_test_over (light.muted, light.background), 30), >, 20);
  cairo_surface_destroy (s);
}

static void
test_bars_equal (void)
{
  MpBarsData *d = mp_bars_data_new ("Tỉ lệ trạm y tế xã có bác sĩ", NULL, "percent", 0,
                                    MP_DIRECTION_UP);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  cairo_surface_t *s;
  int first_max = -1;

  mp_bars_data_add (d, "A", "Đồng Tháp", 100, "2025", MP_SOURCE_TYPED, MP_STATUS_ACHIEVED, FALSE);
  mp_bars_data_add (d, "B", "An Giang", 100, "2025", MP_SOURCE_TYPED, MP_STATUS_ON_TRACK, FALSE);
  mp_bars_data_add (d, "C", "Vĩnh Long", 100, "2025", MP_SOURCE_TYPED, MP_STATUS_MISSED, FALSE);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-equal", 480, 260);

  /* Ties keep the data's order, and the bars have the same length. */
  texts = hits_down (chart, 240, 260);
  g_assert_cmpuint (texts->len, ==, 3);
  g_assert_true (g_str_has_prefix (texts->pdata[0], "Đồng Tháp"));
  g_assert_true (g_str_has_prefix (texts->pdata[2], "Vĩnh Long"));
  s = mp_chart_test_render (chart, 480, 260, FALSE);
  for (guint i = 0; i < 3; i++)
    {
      static const char *names[] = { "Đồng Tháp:", "An Giang:", "Vĩnh Long:" };
      static const MpStatus st[] = { MP_STATUS_ACHIEVED, MP_STATUS_ON_TRACK, MP_STATUS_MISSED };
      int min_x, max_x;

      g_assert_true (row_extent (chart, s, names[i], mp_chart_status_color (&light, st[i]), &min_x, &max_x));
      g_assert_cmpint (max_x - min_x, >, 150);
      if (first_max < 0)
        first_max = max_x;
      g_assert_cmpint (ABS (max_x - first_max), <=, 1);
    }
  cairo_surface_destroy (s);
}

static void
test_bars_small (void)
{
  MpBarsData *d = doctors ();
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (GPtrArray) texts = NULL;

  mp_bars_data_set_target (d, MP_COMPARATOR_GE, 19, NAN, 2030);
  chart = mp_chart_new_bars (d);
  mp_chart_test_compare (chart, "bars-small", 400, 250);
  texts = hits_down (chart, 200, 250);
  g_assert_cmpuint (texts->len, ==, 6);
  g_assert_true (g_str_has_prefix (texts->pdata[0], "Vĩnh Long"));
}

/* ---- status ---- */

static MpStatusData *
status_data (guint achieved, guint on_track, guint at_risk, guint off_track, guint missed,
             guint no_data)
{
  MpStatusData *d = mp_status_data_new ("Tình hình thực hiện chỉ tiêu", "Cần Thơ, 2025");

  d->counts[MP_STATUS_ACHIEVED] = achieved;
  d->counts[MP_STATUS_ON_TRACK] = on_track;
  d->counts[MP_STATUS_AT_RISK] = at_risk;
  d->counts[MP_STATUS_OFF_TRACK] = off_track;
  d->counts[MP_STATUS_MISSED] = missed;
  d->counts[MP_STATUS_NO_DATA] = no_data;
  return d;
}

/* Draws `d` directly, to look at its hover regions in order. */
static GArray *
status_hits (const MpStatusData *d,
             int                 width,
             int                 height)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (s);
  GArray *hits = mp_chart_hits_new ();

  mp_status_chart_draw (d, cr, width, height, &light, hits);
  cairo_destroy (cr);
  cairo_surface_destroy (s);
  return hits;
}

static void
test_status_typical (void)
{
  MpStatusData *d = status_data (5, 7, 9, 6, 4, 11);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (GArray) hits = NULL;
  cairo_surface_t *s;
  const MpChartHit *first, *legend_row;
  double achieved, on_track, no_data;

  hits = status_hits (d, 640, 360);
  chart = mp_chart_new_status (d);
  mp_chart_test_compare (chart, "status-typical", 640, 360);

  /* Six segments, then six legend rows, best first. */
  g_assert_cmpuint (hits->len, ==, 12);
  first = &g_array_index (hits, MpChartHit, 0);
  g_assert_true (g_str_has_prefix (first->text, mp_status_label (MP_STATUS_ACHIEVED)));
  g_assert_nonnull (strstr (first->text, ": 5 "));
  g_assert_nonnull (strstr (first->text, "(12"));
  g_assert_true (g_str_has_prefix (g_array_index (hits, MpChartHit, 5).text,
                                   mp_status_label (MP_STATUS_NO_DATA)));
  /* From 12 o'clock clockwise: achieved (0..5 of 42) is up and to the
   * right, on track (5..12) further right, at risk (12..21) down to the
   * right, no data (31..42) up and to the left. */
  legend_row = &g_array_index (hits, MpChartHit, 6);
  {
    const MpChartHit *on = &g_array_index (hits, MpChartHit, 1);
    const MpChartHit *risk = &g_array_index (hits, MpChartHit, 2);
    const MpChartHit *last = &g_array_index (hits, MpChartHit, 5);
#define CX(h) ((h)->x + (h)->width / 2)
#define CY(h) ((h)->y + (h)->height / 2)
    g_assert_cmpfloat (CX (first), >, CX (last));
    g_assert_cmpfloat (CX (on), >, CX (first));
    g_assert_cmpfloat (CY (first), <, CY (on));
    g_assert_cmpfloat (CY (on), <, CY (risk));
    g_assert_cmpfloat (CY (last), <, CY (risk));
#undef CX
#undef CY
  }
  /* Wide: the legend is to the right of the donut. */
  g_assert_cmpfloat (legend_row->x, >, first->x + first->width);

  /* Each segment's area follows its count (the legend's swatches are
   * small beside them). */
  s = mp_chart_test_render (chart, 640, 360, FALSE);
  achieved = mp_chart_test_count_color (s, mp_chart_status_color (&light, MP_STATUS_ACHIEVED), 6);
  on_track = mp_chart_test_count_color (s, mp_chart_status_color (&light, MP_STATUS_ON_TRACK), 6);
  no_data = mp_chart_test_count_color (s, mp_chart_status_color (&light, MP_STATUS_NO_DATA), 6);
  g_assert_cmpfloat (achieved, >, 1000);
  g_assert_cmpfloat (fabs (on_track / achieved - 7.0 / 5), <, 0.2);
  g_assert_cmpfloat (fabs (no_data / achieved - 11.0 / 5), <, 0.35);
  cairo_surface_destroy (s);
}

static void
test_status_zero (void)
{
  MpStatusData *d = status_data (0, 0, 0, 0, 0, 0);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (GArray) hits = NULL;
  cairo_surface_t *s;

  hits = status_hits (d, 480, 300);
  chart = mp_chart_new_status (d);
  mp_chart_test_compare (chart, "status-zero", 480, 300);

  /* No segment: the hover regions are the six legend rows only. */
  g_assert_cmpuint (hits->len, ==, 6);
  s = mp_chart_test_render (chart, 480, 300, FALSE);
  /* No colour (grey is left out: the muted text's edges are grey). */
  for (MpStatus st = MP_STATUS_MISSED; st <= MP_STATUS_ACHIEVED; st++)
    if (st != MP_STATUS_NO_DATA)
      g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_status_color (&light, st), 6), ==, 0);
  /* The empty grey ring. */
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_test_over (mp_chart_fade (mp_chart_status_color (&light, MP_STATUS_NO_DATA), 0.35),
                                                        light.background), 4), >, 3000);
  cairo_surface_destroy (s);
}

static void
test_status_one (void)
{
  MpStatusData *d = status_data (0, 12, 0, 0, 0, 0);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (GArray) hits = NULL;
  cairo_surface_t *s;

  hits = status_hits (d, 480, 300);
  chart = mp_chart_new_status (d);
  mp_chart_test_compare (chart, "status-one", 480, 300);

  g_assert_cmpuint (hits->len, ==, 7);
  g_assert_true (g_str_has_prefix (g_array_index (hits, MpChartHit, 0).text,
                                   mp_status_label (MP_STATUS_ON_TRACK)));
  g_assert_nonnull (strstr (g_array_index (hits, MpChartHit, 0).text, "(100"));
  s = mp_chart_test_render (chart, 480, 300, FALSE);
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_status_color (&light, MP_STATUS_ON_TRACK), 6), >, 5000);
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_status_color (&light, MP_STATUS_MISSED), 6), ==, 0);
  cairo_surface_destroy (s);
}

static void
test_status_narrow (void)
{
  MpStatusData *d = status_data (5, 7, 9, 6, 4, 11);
  g_autoptr (MpChart) chart = NULL;
  g_autoptr (GArray) hits = NULL;
  double donut_bottom = 0;

  hits = status_hits (d, 300, 400);
  chart = mp_chart_new_status (d);
  mp_chart_test_compare (chart, "status-narrow", 300, 400);

  /* Narrow: the legend rows are below every segment, inside the chart. */
  g_assert_cmpuint (hits->len, ==, 12);
  for (guint i = 0; i < 6; i++)
    {
      const MpChartHit *h = &g_array_index (hits, MpChartHit, i);
      donut_bottom = MAX (donut_bottom, h->y + h->height);
    }
  for (guint i = 6; i < 12; i++)
    {
      const MpChartHit *h = &g_array_index (hits, MpChartHit, i);
      g_assert_cmpfloat (h->y, >, donut_bottom);
      g_assert_cmpfloat (h->y + h->height, <=, 400);
      g_assert_cmpfloat (h->x + h->width, <=, 300);
    }
}

static void
test_status_dark (void)
{
  g_autoptr (MpChart) chart = mp_chart_new_status (status_data (5, 7, 9, 6, 4, 11));
  cairo_surface_t *s;

  compare_dark (chart, "status-dark", 640, 360);
  s = mp_chart_test_render (chart, 640, 360, TRUE);
  /* The dark palette: a dark background and the lighter status colours,
   * none of the light ones. */
  g_assert_cmpuint (mp_chart_test_count_color (s, dark.background, 2), >, 640 * 360 / 2);
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_status_color (&dark, MP_STATUS_AT_RISK), 6), >, 1000);
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_status_color (&light, MP_STATUS_AT_RISK), 6), ==, 0);
  /* The total in white. */
  g_assert_cmpuint (mp_chart_test_count_color_in (s, dark.foreground, 30, 0, 60, 640, 300), >, 30);
  cairo_surface_destroy (s);
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
  mp_chart_test_style (&dark, TRUE);

  g_test_add_func ("/chart/bars/typical", test_bars_typical);
  g_test_add_func ("/chart/bars/down", test_bars_down);
  g_test_add_func ("/chart/bars/between", test_bars_between);
  g_test_add_func ("/chart/bars/negative", test_bars_negative);
  g_test_add_func ("/chart/bars/outlier", test_bars_outlier);
  g_test_add_func ("/chart/bars/forty", test_bars_forty);
  g_test_add_func ("/chart/bars/long-names", test_bars_long_names);
  g_test_add_func ("/chart/bars/no-data", test_bars_no_data);
  g_test_add_func ("/chart/bars/equal", test_bars_equal);
  g_test_add_func ("/chart/bars/small", test_bars_small);
  g_test_add_func ("/chart/status/typical", test_status_typical);
  g_test_add_func ("/chart/status/zero", test_status_zero);
  g_test_add_func ("/chart/status/one", test_status_one);
  g_test_add_func ("/chart/status/narrow", test_status_narrow);
  g_test_add_func ("/chart/status/dark", test_status_dark);

  status = g_test_run ();
  mp_chart_style_clear (&light);
  mp_chart_style_clear (&dark);
  return status;
}
