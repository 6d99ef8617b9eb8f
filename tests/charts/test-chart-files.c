/* test-chart-files.c — charts built from a real database (the sample of the
 * five source documents) and written to real files: a PNG read back, an
 * SVG parsed as XML, a PDF opened by pdfinfo and read by pdftotext. */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "mp-chart-data.h"
#include "mp-chart-test.h"
#include "mp-error.h"
#include "mp-test-util.h"

typedef struct {
  char    *dir;
  MpStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("medplan-chart-files-XXXXXX", NULL);
  path = g_build_filename (f->dir, "m.db", NULL);
  f->store = mp_store_open (path, MP_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (mp_store_load_sample (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  mp_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Doctors per 10,000 in Cần Thơ: 14.8 in 2025 (document 000), the target
 * ≥ 19 by 2030 with that baseline. */
static void
test_sample_trend (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpChart) chart = mp_chart_data_trend (f->store, NULL, "DOCTORS_PER_10K", "VN-CT", &error);
  const MpTrendData *trend;
  const MpTrendPoint *p;
  const MpTrendMilestone *m;

  g_assert_no_error (error);
  trend = mp_chart_get_trend (chart);
  g_assert_nonnull (trend);
  g_assert_cmpstr (mp_chart_get_title (chart), ==, "Số bác sĩ trên 10.000 dân");
  g_assert_nonnull (strstr (trend->subtitle, "Cần Thơ"));
  g_assert_nonnull (strstr (trend->subtitle, "NQ-CT-NNL-2030"));
  g_assert_cmpstr (trend->measure, ==, "per_10k");
  g_assert_cmpuint (trend->observed->points->len, ==, 1);
  p = &g_array_index (trend->observed->points, MpTrendPoint, 0);
  g_assert_cmpstr (p->period, ==, "2025");
  g_assert_cmpfloat (p->value, ==, 14.8);
  g_assert_cmpint (p->source, ==, MP_SOURCE_TYPED);
  g_assert_cmpuint (trend->milestones->len, ==, 1);
  m = &g_array_index (trend->milestones, MpTrendMilestone, 0);
  g_assert_cmpint (m->year, ==, 2030);
  g_assert_cmpint (m->comparator, ==, MP_COMPARATOR_GE);
  g_assert_cmpfloat (m->value, ==, 19);
  g_assert_true (trend->has_baseline);
  g_assert_cmpint (trend->baseline_year, ==, 2025);
  /* One value and a baseline in the same year: no trend to project. */
  g_assert_true (isnan (trend->proj_t1));
  g_clear_pointer (&chart, mp_chart_unref);

  /* DESIGN §5's example: with 15.6 in 2026 the line reaches 18.8 in 2030,
   * at risk; the chart's projection ends there, in the status's colour. */
  g_assert_true (mp_store_set_observation (f->store, "DOCTORS_PER_10K", "VN-CT", "2026", 15.6, NULL, &error));
  g_assert_true (mp_store_set_observation (f->store, "DOCTORS_PER_10K", "VN-CT", "2026S1", 15.1, NULL, &error));
  g_assert_no_error (error);
  chart = mp_chart_data_trend (f->store, NULL, "DOCTORS_PER_10K", "VN-CT", &error);
  g_assert_no_error (error);
  trend = mp_chart_get_trend (chart);
  g_assert_cmpuint (trend->observed->points->len, ==, 3);
  /* Ascending time: 2025, 2026S1 (t = 2025.5), 2026. */
  g_assert_cmpstr (g_array_index (trend->observed->points, MpTrendPoint, 1).period, ==, "2026S1");
  g_assert_cmpfloat (g_array_index (trend->observed->points, MpTrendPoint, 1).t, ==, 2025.5);
  m = &g_array_index (trend->milestones, MpTrendMilestone, 0);
  g_assert_cmpint (m->status, ==, MP_STATUS_AT_RISK);
  g_assert_cmpfloat (trend->proj_t0, ==, 2026);
  g_assert_cmpfloat (trend->proj_t1, ==, 2030);
  g_assert_cmpfloat (fabs (trend->proj_v1 - 18.8), <, 0.2);
}

static void
test_unknown_codes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (mp_chart_data_trend (f->store, NULL, "NO_SUCH", "VN-CT", &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "NO_SUCH"));
  g_clear_error (&error);
  g_assert_null (mp_chart_data_trend (f->store, NULL, "DOCTORS_PER_10K", "VN-XX", &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (mp_chart_data_status (f->store, "VN-XX", &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (mp_chart_data_compare (f->store, NULL, "NO_SUCH", 0, NULL, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_NOT_FOUND);
}

static void
test_sample_status (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) targets = mp_store_list_targets (f->store, "VN-CT", 0, &error);
  g_autoptr(MpChart) chart = mp_chart_data_status (f->store, "VN-CT", &error);
  g_autoptr(MpChart) all = mp_chart_data_status (f->store, NULL, &error);
  const MpStatusData *status;
  guint total = 0, total_all = 0;

  g_assert_no_error (error);
  status = mp_chart_get_status (chart);
  for (guint i = 0; i < MP_N_STATUSES; i++)
    total += status->counts[i];
  g_assert_cmpuint (total, ==, targets->len);
  g_assert_cmpuint (total, >, 0);
  g_assert_nonnull (strstr (status->subtitle, "Cần Thơ"));
  for (guint i = 0; i < MP_N_STATUSES; i++)
    total_all += mp_chart_get_status (all)->counts[i];
  g_assert_cmpuint (total_all, ==, 53);
}

static void
test_sample_compare (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpChart) chart = mp_chart_data_compare (f->store, NULL, "DOCTORS_PER_10K", 0, "VN-CT", &error);
  const MpBarsData *bars;
  gboolean seen_ct = FALSE, seen_a = FALSE;

  g_assert_no_error (error);
  bars = mp_chart_get_bars (chart);
  g_assert_cmpfloat (bars->target, ==, 19);
  g_assert_cmpint (bars->target_year, ==, 2030);
  for (guint i = 0; i < bars->items->len; i++)
    {
      const MpBarItem *item = &g_array_index (bars->items, MpBarItem, i);
      if (g_strcmp0 (item->code, "VN-CT") == 0)
        {
          seen_ct = TRUE;
          g_assert_true (item->highlight);
          g_assert_cmpfloat (item->value, ==, 14.8);
        }
      else if (g_strcmp0 (item->code, "PROVINCE-A") == 0)
        {
          seen_a = TRUE;
          g_assert_false (item->highlight);
          g_assert_true (isnan (item->value));
          g_assert_cmpint (item->status, ==, MP_STATUS_NO_DATA);
        }
    }
  g_assert_true (seen_ct && seen_a);
}

/* The twelve transfer aims of the sample; one names no sender (foreign
 * partners), two go from the city to the whole region. */
static void
test_sample_network (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpChart) chart = mp_chart_data_network (f->store, NULL, &error);
  const MpNetworkData *net;
  guint unnamed = 0;
  gboolean choray = FALSE;

  g_assert_no_error (error);
  net = mp_chart_get_network (chart);
  g_assert_cmpuint (net->links->len, ==, 12);
  for (guint i = 0; i < net->links->len; i++)
    {
      const MpNetworkLink *link = &g_array_index (net->links, MpNetworkLink, i);
      g_assert_cmpuint (link->to, <, net->nodes->len);
      if (link->from == MP_NETWORK_NO_NODE)
        unnamed++;
      else
        g_assert_cmpuint (link->from, <, net->nodes->len);
      g_assert_nonnull (link->technique);
      g_assert_cmpstr (link->status, ==, "planned");
    }
  g_assert_cmpuint (unnamed, >=, 1);
  for (guint i = 0; i < net->nodes->len; i++)
    {
      const MpNetworkNode *node = &g_array_index (net->nodes, MpNetworkNode, i);
      g_assert_nonnull (node->group);
      if (g_strcmp0 (node->code, "VN-SG-BV-CHORAY") == 0)
        {
          choray = TRUE;
          g_assert_cmpstr (node->group, ==, "VN-SG");
        }
    }
  g_assert_true (choray);
}

static char *
run (const char *program,
     const char *arg1,
     const char *arg2)
{
  const char *argv[] = { program, arg1, arg2, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;
  g_autofree char *path = g_find_program_in_path (program);

  if (path == NULL)
    g_error ("%s is needed by this test (Debian: poppler-utils)", program);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The value of a "Field:   value" line of pdfinfo's output, in a static
 * buffer; "" when there is none. */
static const char *
pdfinfo_field (const char *info,
               const char *field)
{
  static char value[512];
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  gsize len = strlen (field);

  value[0] = '\0';
  for (guint i = 0; lines[i] != NULL; i++)
    if (strncmp (lines[i], field, len) == 0 && lines[i][len] == ':')
      {
        g_strlcpy (value, lines[i] + len + 1, sizeof value);
        g_strstrip (value);
        break;
      }
  return value;
}

/* Every kind of chart saved in every format, and read back. */
static void
test_files (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MpChart *charts[4];

  charts[0] = mp_chart_data_trend (f->store, NULL, "DOCTORS_PER_10K", "VN-CT", &error);
  charts[1] = mp_chart_data_compare (f->store, NULL, "DOCTORS_PER_10K", 0, "VN-CT", &error);
  charts[2] = mp_chart_data_status (f->store, "VN-CT", &error);
  charts[3] = mp_chart_data_network (f->store, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autofree char *png = g_strdup_printf ("%s/chart%u.png", f->dir, i);
      g_autofree char *svg = g_strdup_printf ("%s/chart%u.svg", f->dir, i);
      g_autofree char *pdf = g_strdup_printf ("%s/chart%u.pdf", f->dir, i);
      g_autofree char *info = NULL;
      g_autofree char *text = NULL;
      const char *title = mp_chart_get_title (charts[i]);
      cairo_surface_t *image;
      xmlDocPtr doc;
      xmlNodePtr root;
      g_autofree char *first_word = g_strndup (title, strcspn (title, " "));

      /* PNG at twice the points, read back. */
      g_assert_true (mp_chart_save (charts[i], png, 800, 500, 2, &error));
      g_assert_no_error (error);
      image = cairo_image_surface_create_from_png (png);
      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1600);
      g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1000);
      g_assert_cmpuint (mp_chart_test_count_color (image, (MpRgba) { 1, 1, 1, 1 }, 8), <, 1600 * 1000 * 0.99);
      cairo_surface_destroy (image);

      /* SVG: well-formed XML whose root is an SVG element of that size. */
      g_assert_true (mp_chart_save (charts[i], svg, 800, 500, 1, &error));
      g_assert_no_error (error);
      doc = xmlReadFile (svg, NULL, XML_PARSE_NONET);
      g_assert_nonnull (doc);
      root = xmlDocGetRootElement (doc);
      g_assert_cmpstr ((const char *) root->name, ==, "svg");
      g_assert_cmpstr ((const char *) root->ns->href, ==, "http://www.w3.org/2000/svg");
      g_assert_nonnull (root->children);
      xmlFreeDoc (doc);

      /* PDF: one page, the title in its metadata and in its text. */
      g_assert_true (mp_chart_save (charts[i], pdf, 800, 500, 1, &error));
      g_assert_no_error (error);
      info = run ("pdfinfo", pdf, NULL);
      g_assert_cmpstr (pdfinfo_field (info, "Pages"), ==, "1");
      g_assert_cmpstr (pdfinfo_field (info, "Title"), ==, title);
      text = run ("pdftotext", pdf, "-");
      g_assert_nonnull (strstr (text, first_word));
      if (i == 0)
        g_assert_nonnull (strstr (text, "Số bác sĩ trên 10.000 dân"));
      mp_chart_unref (charts[i]);
    }
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

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/chart-files/sample-trend", test_sample_trend);
  ADD ("/chart-files/unknown-codes", test_unknown_codes);
  ADD ("/chart-files/sample-status", test_sample_status);
  ADD ("/chart-files/sample-compare", test_sample_compare);
  ADD ("/chart-files/sample-network", test_sample_network);
  ADD ("/chart-files/files", test_files);
#undef ADD
  return g_test_run ();
}
