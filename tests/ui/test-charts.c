/* test-charts.c — the charts in the running application: the trend of the
 * selected target in the Targets page, the status donut in the Overview,
 * the transfer network in Transfers; what they draw, their tooltips, when
 * they are drawn again, dark mode, and saving a chart to a file.
 *
 * Without a display the tests skip, unless MEDPLAN_REQUIRE_DISPLAY=1 (CI),
 * where a missing display fails. */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "mp-application.h"
#include "mp-chart-view.h"
#include "mp-store.h"
#include "mp-window.h"
#include "mp-test-util.h"
#include "mp-ui-test.h"

static char *tmp_dir;

/* The chart views under `widget`, in the order of the widget tree. */
static void
collect_chart_views (GtkWidget *widget,
                     GPtrArray *views)
{
  if (MP_IS_CHART_VIEW (widget))
    g_ptr_array_add (views, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_chart_views (child, views);
}

/* The n-th chart view under `widget`; there must be `n_views` in all. */
static MpChartView *
nth_chart_view (GtkWidget *widget,
                guint      n,
                guint      n_views)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect_chart_views (widget, views);
  g_assert_cmpuint (views->len, ==, n_views);
  return g_ptr_array_index (views, n);
}

static MpChartView *
find_chart_view (GtkWidget *widget)
{
  return nth_chart_view (widget, 0, 1);
}

/* ---- Pixels ---- */

typedef struct {
  int     width;
  int     height;
  guchar *data; /* B, G, R, A (premultiplied), as Cairo's ARGB32 */
} Pixels;

static void
pixels_free (Pixels *p)
{
  g_free (p->data);
  g_free (p);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pixels, pixels_free)

/* The widget as the window's renderer draws it. */
static Pixels *
render_widget (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  Pixels *p = g_new0 (Pixels, 1);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  p->width = gdk_texture_get_width (texture);
  p->height = gdk_texture_get_height (texture);
  p->data = g_malloc ((gsize) p->width * p->height * 4);
  gdk_texture_download (texture, p->data, (gsize) p->width * 4);
  return p;
}

/* How many pixels are within `tolerance` (per channel, 0–255) of the
 * opaque colour `rgb` (0xRRGGBB). */
static guint
count_color (const Pixels *p,
             guint32       rgb,
             int           tolerance)
{
  int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
  guint n = 0;

  for (int i = 0; i < p->width * p->height; i++)
    {
      const guchar *px = p->data + (gsize) i * 4;

      if (px[3] == 255 && ABS (px[2] - r) <= tolerance && ABS (px[1] - g) <= tolerance &&
          ABS (px[0] - b) <= tolerance)
        n++;
    }
  return n;
}

/* How many pixels differ from the most common one (the background). */
static guint
count_drawn (const Pixels *p)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint32 background = 0;
  guint best = 0, n = 0;

  for (int i = 0; i < p->width * p->height; i++)
    {
      guint32 px;
      guint c;

      memcpy (&px, p->data + (gsize) i * 4, 4);
      c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (px))) + 1;
      g_hash_table_insert (counts, GUINT_TO_POINTER (px), GUINT_TO_POINTER (c));
      if (c > best)
        {
          best = c;
          background = px;
        }
    }
  for (int i = 0; i < p->width * p->height; i++)
    {
      guint32 px;

      memcpy (&px, p->data + (gsize) i * 4, 4);
      if (px != background)
        n++;
    }
  return n;
}

/* The mean lightness (0–255) of the pixels. */
static double
mean_lightness (const Pixels *p)
{
  double sum = 0;

  for (int i = 0; i < p->width * p->height; i++)
    {
      const guchar *px = p->data + (gsize) i * 4;
      sum += (px[0] + px[1] + px[2]) / 3.0;
    }
  return sum / (p->width * p->height);
}

/* ---- Tooltips ---- */

/* The tooltip under the first point of the chart view whose text holds
 * every one of `needles`, scanning the widget; NULL when none does. */
static char *
find_tooltip (MpChartView        *view,
              const char * const *needles)
{
  MpChart *chart = mp_chart_view_get_chart (view);
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));

  for (int y = 0; y < height; y += 2)
    for (int x = 0; x < width; x += 2)
      {
        const char *text = mp_chart_hit_test (chart, x, y, NULL);
        gboolean all = text != NULL;

        for (guint i = 0; all && needles[i] != NULL; i++)
          all = strstr (text, needles[i]) != NULL;
        if (all)
          return g_strdup (text);
      }
  return NULL;
}

/* ---- The checks, inside the running application ---- */

typedef struct {
  MpChartView *view;
  guint        renders;
} RenderWait;

static gboolean
rendered_again (gpointer data)
{
  RenderWait *wait = data;

  return mp_chart_view_get_renders (wait->view) > wait->renders;
}

static const MpTargetStatus *
find_target (GPtrArray  *targets,
             const char *indicator)
{
  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);
      if (g_str_equal (ts->indicator, indicator))
        return ts;
    }
  return NULL;
}

static void
check_trend (MpWindow *window)
{
  MpStore *store = mp_window_get_store (window);
  MpChartView *view = nth_chart_view (GTK_WIDGET (mp_window_get_targets_page (window)), 0, 2);
  MpChartView *compare = nth_chart_view (GTK_WIDGET (mp_window_get_targets_page (window)), 1, 2);
  gboolean vi = g_str_has_prefix (g_get_language_names ()[0], "vi");
  const char *needles[] = { "2025", vi ? "14,8" : "14.8", NULL };
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Pixels) light = NULL;
  g_autoptr(Pixels) dark = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *again = NULL;
  const MpTargetStatus *doctors;
  MpChart *chart;
  RenderWait wait = { view, 0 };

  /* Nothing selected yet: no chart, a hint instead. */
  g_assert_null (mp_chart_view_get_chart (view));
  g_assert_nonnull (mp_chart_view_get_message (view));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);

  targets = mp_store_list_targets (store, "VN-CT", 0, &error);
  g_assert_no_error (error);
  doctors = find_target (targets, "DOCTORS_PER_10K");
  g_assert_nonnull (doctors);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-target",
                                  g_variant_new_int64 (doctors->target_id));
  g_assert_true (mp_ui_test_spin_until (rendered_again, &wait));
  mp_ui_test_spin_for (100);

  /* The trend of the doctors, titled with the indicator's name. */
  chart = mp_chart_view_get_chart (view);
  g_assert_nonnull (chart);
  g_assert_cmpint (mp_chart_get_kind (chart), ==, MP_CHART_TREND);
  g_assert_cmpstr (mp_chart_get_title (chart), ==, doctors->indicator_name);
  g_assert_null (mp_chart_view_get_message (view));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, 300);

  /* It draws: lines, text, the observed series in the accent colour. */
  light = render_widget (GTK_WIDGET (view));
  g_assert_cmpuint (count_drawn (light), >, (guint) (light->width * light->height / 50));
  g_assert_cmpuint (count_color (light, 0x1c71d8, 40), >, 30);
  g_assert_cmpfloat (mean_lightness (light), >, 160);

  /* Beside it, the doctors across the units, Cần Thơ marked, the line of
   * its 2030 target. */
  {
    MpChart *bars = mp_chart_view_get_chart (compare);
    const MpBarsData *data;
    guint marked = 0;

    g_assert_nonnull (bars);
    g_assert_cmpint (mp_chart_get_kind (bars), ==, MP_CHART_BARS);
    data = mp_chart_get_bars (bars);
    g_assert_cmpfloat (data->target, ==, doctors->value);
    g_assert_cmpint (data->target_year, ==, doctors->year);
    g_assert_cmpuint (data->items->len, >=, 2);
    for (guint i = 0; i < data->items->len; i++)
      if (g_array_index (data->items, MpBarItem, i).highlight)
        {
          marked++;
          g_assert_cmpstr (g_array_index (data->items, MpBarItem, i).code, ==, "VN-CT");
        }
    g_assert_cmpuint (marked, ==, 1);
  }

  /* Hovering the 2025 point tells its value, in the user's language. */
  tooltip = find_tooltip (view, needles);
  g_assert_nonnull (tooltip);

  /* Drawn once: another frame replays the drawing, and so does another
   * target of the same indicator and unit. */
  wait.renders = mp_chart_view_get_renders (view);
  gtk_widget_queue_draw (GTK_WIDGET (view));
  mp_ui_test_spin_for (150);
  g_assert_cmpuint (mp_chart_view_get_renders (view), ==, wait.renders);
  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);

      if (ts != doctors && g_str_equal (ts->indicator, doctors->indicator))
        {
          g_action_group_activate_action (G_ACTION_GROUP (window), "show-target",
                                          g_variant_new_int64 (ts->target_id));
          mp_ui_test_spin_for (150);
          g_assert_true (mp_chart_view_get_chart (view) == chart);
          g_assert_cmpuint (mp_chart_view_get_renders (view), ==, wait.renders);
        }
    }

  /* Dark mode draws it again, in dark colours. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (mp_ui_test_spin_until (rendered_again, &wait));
  mp_ui_test_spin_for (150);
  dark = render_widget (GTK_WIDGET (view));
  g_assert_cmpfloat (mean_lightness (dark), <, 100);
  g_assert_cmpuint (count_drawn (dark), >, (guint) (dark->width * dark->height / 50));
  g_assert_cmpuint (count_color (dark, 0x1c71d8, 20), <, count_color (light, 0x1c71d8, 20) / 4);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait.renders = mp_chart_view_get_renders (view);
  g_assert_true (mp_ui_test_spin_until (rendered_again, &wait));
  mp_ui_test_spin_for (100);

  /* Saving draws the chart at the file's size; the tooltips stay those of
   * the screen. */
  {
    g_autofree char *png = g_build_filename (tmp_dir, "trend.png", NULL);
    g_autofree char *svg = g_build_filename (tmp_dir, "trend.svg", NULL);
    g_autofree char *pdf = g_build_filename (tmp_dir, "trend.pdf", NULL);
    g_autofree char *txt = g_build_filename (tmp_dir, "trend.txt", NULL);
    g_autofree char *contents = NULL;
    g_autoptr(GdkTexture) texture = NULL;
    int width = MAX (gtk_widget_get_width (GTK_WIDGET (view)), 800);
    int height = MAX (gtk_widget_get_height (GTK_WIDGET (view)), 500);
    gsize length = 0;

    g_assert_true (mp_chart_view_save (view, png, &error));
    g_assert_no_error (error);
    texture = gdk_texture_new_from_filename (png, &error);
    g_assert_no_error (error);
    g_assert_cmpint (gdk_texture_get_width (texture), ==, 2 * width);
    g_assert_cmpint (gdk_texture_get_height (texture), ==, 2 * height);

    g_assert_true (mp_chart_view_save (view, svg, &error));
    g_assert_no_error (error);
    g_file_get_contents (svg, &contents, &length, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (contents, "<svg"));
    g_clear_pointer (&contents, g_free);

    g_assert_true (mp_chart_view_save (view, pdf, &error));
    g_assert_no_error (error);
    g_file_get_contents (pdf, &contents, &length, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));

    g_assert_false (mp_chart_view_save (view, txt, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
    g_clear_error (&error);
    g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

    mp_ui_test_spin_for (150);
    again = find_tooltip (view, needles);
    g_assert_cmpstr (again, ==, tooltip);
  }
}

static void
check_status (MpWindow *window)
{
  MpChartView *view = find_chart_view (GTK_WIDGET (mp_window_get_overview_page (window)));
  MpOverviewPage *overview = mp_window_get_overview_page (window);
  MpChart *chart = mp_chart_view_get_chart (view);
  const MpStatusData *status;
  guint total = 0;
  g_autoptr(Pixels) pixels = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("overview"));
  mp_ui_test_spin_for (200);

  /* The donut of Cần Thơ's targets counts every one of them. */
  g_assert_cmpstr (mp_overview_page_get_unit (overview), ==, "VN-CT");
  g_assert_nonnull (chart);
  g_assert_cmpint (mp_chart_get_kind (chart), ==, MP_CHART_STATUS);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  status = mp_chart_get_status (chart);
  for (guint s = 0; s < MP_N_STATUSES; s++)
    total += status->counts[s];
  g_assert_cmpuint (total, ==, mp_overview_page_get_row_count (overview));
  g_assert_cmpuint (total, ==, 9);
  pixels = render_widget (GTK_WIDGET (view));
  g_assert_cmpuint (count_drawn (pixels), >, (guint) (pixels->width * pixels->height / 50));

  /* Another unit, another donut. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "select-unit", g_variant_new_string ("PROVINCE-A"));
  mp_ui_test_spin_for (100);
  chart = mp_chart_view_get_chart (view);
  g_assert_nonnull (chart);
  total = 0;
  for (guint s = 0; s < MP_N_STATUSES; s++)
    total += mp_chart_get_status (chart)->counts[s];
  g_assert_cmpuint (total, ==, mp_overview_page_get_row_count (overview));
  g_assert_cmpuint (total, ==, 44);
}

static void
check_network (MpWindow *window)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) transfers = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Pixels) pixels = NULL;
  MpChartView *view = NULL;
  const MpNetworkData *network;
  RenderWait wait = { NULL, 0 };

  /* The Transfers page loads when first asked for. */
  mp_window_get_transfers_page (window);
  collect_chart_views (GTK_WIDGET (window), views);
  for (guint i = 0; i < views->len; i++)
    {
      MpChart *chart = mp_chart_view_get_chart (g_ptr_array_index (views, i));
      if (chart != NULL && mp_chart_get_kind (chart) == MP_CHART_NETWORK)
        {
          g_assert_null (view);
          view = g_ptr_array_index (views, i);
        }
    }
  g_assert_nonnull (view);
  /* It is the Transfers page's. */
  g_assert_true (view == mp_transfers_page_get_chart_view (mp_window_get_transfers_page (window)));

  /* Every transfer is a link. */
  transfers = mp_store_list_transfers (mp_window_get_store (window), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (transfers->len, >, 0);
  network = mp_chart_get_network (mp_chart_view_get_chart (view));
  g_assert_cmpuint (network->links->len, ==, transfers->len);
  g_assert_cmpuint (network->nodes->len, >=, 2);

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("transfers"));
  wait.view = view;
  g_assert_true (mp_ui_test_spin_until (rendered_again, &wait));
  mp_ui_test_spin_for (100);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, 400);
  pixels = render_widget (GTK_WIDGET (view));
  g_assert_cmpuint (count_drawn (pixels), >, (guint) (pixels->width * pixels->height / 100));
}

static void
check_charts (MpApplication *app,
              gpointer       data)
{
  MpWindow *window = mp_ui_test_wait_for_window (app);

  g_assert_null (mp_window_get_error_message (window));
  mp_ui_test_spin_for (200);

  check_trend (window);
  check_status (window);
  check_network (window);
}

static void
test_charts (void)
{
  const char *argv[] = { "medplan", NULL };

  mp_ui_test_run_app (argv, check_charts, NULL);
}

int
main (int    argc,
      char **argv)
{
  gboolean has_display;
  int status;

  /* The application starts on a new database, which it fills with the
   * sample. */
  tmp_dir = mp_ui_test_init (&argc, &argv, "charts", "db", &has_display);
  if (has_display)
    g_test_add_func ("/ui/charts/views", test_charts);
  status = g_test_run ();

  mp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
