/* bench-charts.c — the drawing goals of DESIGN §8: a trend chart of 34 units
 * × 20 years and a network of 1,000 links, drawn to a 1200 × 800 image
 * surface; mean time per draw.
 *
 * Beside each figure it prints a baseline measured in the same run: the
 * same lines stroked with bare Cairo (no axes, text, markers or layout),
 * so the ratio says what the chart adds to the unavoidable cost of putting
 * those lines on the surface. Exits 1 when a goal is missed. */
#include <cairo.h>
#include <glib.h>
#include <locale.h>
#include <math.h>

#include "bench-charts.h"

#define WIDTH 1200
#define HEIGHT 800

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

typedef void (*DrawFunc) (cairo_t *cr, gpointer data);

/* Mean seconds per draw: warm up, then draw for at least `min_seconds`. */
static double
time_draws (cairo_surface_t *surface,
            DrawFunc         draw,
            gpointer         data,
            double           min_seconds,
            guint           *out_runs)
{
  double start;
  guint runs = 0;

  for (int i = 0; i < 3; i++)
    {
      cairo_t *cr = cairo_create (surface);
      draw (cr, data);
      cairo_destroy (cr);
    }
  start = now ();
  do
    {
      cairo_t *cr = cairo_create (surface);
      draw (cr, data);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      runs++;
    }
  while (now () - start < min_seconds || runs < 10);
  *out_runs = runs;
  return (now () - start) / runs;
}

static MpChartStyle style;

static void
draw_chart (cairo_t *cr,
            gpointer data)
{
  mp_chart_draw (data, cr, WIDTH, HEIGHT, &style);
}

/* The baseline of the trend: every series as a polyline, scaled to the
 * surface, stroked in one colour each. */
static void
draw_bare_trend (cairo_t *cr,
                 gpointer user_data)
{
  const MpTrendData *data = user_data;
  double lo = INFINITY, hi = -INFINITY, t0 = INFINITY, t1 = -INFINITY;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (guint s = 0; s <= data->comparisons->len; s++)
    {
      const MpTrendSeries *series = s == 0 ? data->observed : g_ptr_array_index (data->comparisons, s - 1);
      for (guint i = 0; i < series->points->len; i++)
        {
          const MpTrendPoint *p = &g_array_index (series->points, MpTrendPoint, i);
          lo = MIN (lo, p->value);
          hi = MAX (hi, p->value);
          t0 = MIN (t0, p->t);
          t1 = MAX (t1, p->t);
        }
    }
  cairo_set_line_width (cr, 1.5);
  for (guint s = 0; s <= data->comparisons->len; s++)
    {
      const MpTrendSeries *series = s == 0 ? data->observed : g_ptr_array_index (data->comparisons, s - 1);
      cairo_set_source_rgb (cr, (s % 3) / 3.0, (s % 5) / 5.0, 0.5);
      for (guint i = 0; i < series->points->len; i++)
        {
          const MpTrendPoint *p = &g_array_index (series->points, MpTrendPoint, i);
          cairo_line_to (cr, (p->t - t0) / MAX (t1 - t0, 1) * WIDTH,
                         HEIGHT - (p->value - lo) / MAX (hi - lo, 1e-9) * HEIGHT);
        }
      cairo_stroke (cr);
    }
}

/* The baseline of the network: every link as a straight line between two
 * points on a circle, stroked one by one in its colour. */
static void
draw_bare_network (cairo_t *cr,
                   gpointer user_data)
{
  const MpNetworkData *data = user_data;
  guint n = MAX (data->nodes->len, 1);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_line_width (cr, 1.5);
  for (guint i = 0; i < data->links->len; i++)
    {
      const MpNetworkLink *link = &g_array_index (data->links, MpNetworkLink, i);
      double a = 2 * G_PI * (link->from == MP_NETWORK_NO_NODE ? 0 : link->from) / n;
      double b = 2 * G_PI * link->to / n;

      cairo_set_source_rgb (cr, (i % 5) / 5.0, 0.3, 0.6);
      cairo_move_to (cr, WIDTH / 2 + 350 * cos (a), HEIGHT / 2 + 350 * sin (a));
      cairo_line_to (cr, WIDTH / 2 + 350 * cos (b), HEIGHT / 2 + 350 * sin (b));
      cairo_stroke (cr);
    }
}

static gboolean
report (const char *name,
        double      seconds,
        guint       runs,
        double      bare,
        double      goal_ms)
{
  gboolean met = seconds * 1e3 <= goal_ms;

  g_print ("%-8s %8.3f ms per draw (%u draws)   bare Cairo %7.3f ms   ratio %5.1f   goal ≤ %.0f ms: %s\n",
           name, seconds * 1e3, runs, bare * 1e3, seconds / bare, goal_ms, met ? "met" : "MISSED");
  return met;
}

int
main (int    argc,
      char **argv)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double seconds = argc > 1 ? g_ascii_strtod (argv[1], NULL) : 2.0;
  g_autoptr(MpChart) trend = NULL;
  g_autoptr(MpChart) network = NULL;
  double t, bare;
  guint runs, bare_runs;
  gboolean ok = TRUE;

  setlocale (LC_ALL, "");
  if (seconds <= 0)
    seconds = 2.0;
  mp_chart_style_init (&style, FALSE, "DejaVu Sans", 12);
  trend = mp_chart_new_trend (bench_trend_data ());
  network = mp_chart_new_network (bench_network_data (1000));

  g_print ("Drawing to a %d × %d image surface, at least %.1f s each:\n", WIDTH, HEIGHT, seconds);
  bare = time_draws (surface, draw_bare_trend, (gpointer) mp_chart_get_trend (trend), seconds, &bare_runs);
  t = time_draws (surface, draw_chart, trend, seconds, &runs);
  ok &= report ("trend", t, runs, bare, 2);
  bare = time_draws (surface, draw_bare_network, (gpointer) mp_chart_get_network (network), seconds, &bare_runs);
  t = time_draws (surface, draw_chart, network, seconds, &runs);
  ok &= report ("network", t, runs, bare, 15);

  mp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
  return ok ? 0 : 1;
}
