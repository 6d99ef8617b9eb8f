/* test-chart-network.c — the transfer network chart: reference images for
 * a network like the sample data's, an empty one, a single link, an unnamed
 * sender, 200 links, long names, a small size; the dark palette; the same
 * picture for the same data whatever order it was built in; hover texts. */
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "mp-chart-test.h"
#include "mp-store.h"

static MpChartStyle light;
static MpChartStyle dark;

typedef struct {
  const char *code, *name, *group, *group_name;
} NodeSpec;

typedef struct {
  const char *code, *from, *to, *technique, *kind, *status;
  gint64      staff;
} LinkSpec;

/* Like the sample data: central hospitals supporting Cần Thơ, which in
 * turn supports its neighbours; all five statuses. */
static const NodeSpec sample_nodes[] = {
  { "VN-HN-BV-VIETDUC", "Bệnh viện Hữu nghị Việt Đức", "VN-HN", "Hà Nội" },
  { "VN-SG-BV-CHORAY", "Bệnh viện Chợ Rẫy", "VN-SG", "TP. Hồ Chí Minh" },
  { "VN-SG-PASTEUR", "Viện Pasteur TP.HCM", "VN-SG", "TP. Hồ Chí Minh" },
  { "VN-CT-BVDKTW", "Bệnh viện Đa khoa Trung ương Cần Thơ", "VN-CT", "Cần Thơ" },
  { "VN-CT-BVDKTP", "Bệnh viện Đa khoa thành phố Cần Thơ", "VN-CT", "Cần Thơ" },
  { "VN-CT-NHI", "Bệnh viện Nhi đồng Cần Thơ", "VN-CT", "Cần Thơ" },
  { "VN-CT-UB", "Bệnh viện Ung bướu Cần Thơ", "VN-CT", "Cần Thơ" },
  { "VN-CT-CDC", "Trung tâm Kiểm soát bệnh tật Cần Thơ", "VN-CT", "Cần Thơ" },
  { "VN-CT-DHYD", "Trường Đại học Y Dược Cần Thơ", "VN-CT", "Cần Thơ" },
  { "VN-VL-BVDK", "Bệnh viện Đa khoa tỉnh Vĩnh Long", "VN-VL", "Vĩnh Long" },
  { "VN-AG-BVDK", "Bệnh viện Đa khoa Trung tâm An Giang", "VN-AG", "An Giang" },
};

static const LinkSpec sample_links[] = {
  { "CT-01", "VN-SG-BV-CHORAY", "VN-CT-BVDKTW", "Can thiệp nội mạch", "technique", "independent", 12 },
  { "CT-02", "VN-SG-BV-CHORAY", "VN-CT-BVDKTW", "Lấy huyết khối não", "technique", "supervised", 8 },
  { "CT-03", "VN-HN-BV-VIETDUC", "VN-CT-BVDKTW", "Ghép thận", "technique", "training", 6 },
  { "CT-04", "VN-HN-BV-VIETDUC", "VN-CT-BVDKTP", "Phẫu thuật nội soi cột sống", "technique", "planned", -1 },
  { "CT-05", "VN-SG-PASTEUR", "VN-CT-CDC", "Xét nghiệm sinh học phân tử", "technique", "independent", 15 },
  { "CT-06", "VN-SG-BV-CHORAY", "VN-CT-UB", "Xạ trị điều biến liều", "technique", "stopped", 3 },
  { "CT-07", "VN-CT-BVDKTW", "VN-VL-BVDK", "Can thiệp mạch vành", "satellite", "supervised", 5 },
  { "CT-08", "VN-CT-BVDKTW", "VN-AG-BVDK", "Lọc máu liên tục", "satellite", "training", 4 },
  { "CT-09", "VN-CT-DHYD", "VN-CT-NHI", "Hồi sức sơ sinh", "rotation", "independent", 20 },
  { "CT-10", "VN-CT-NHI", "VN-AG-BVDK", "Chăm sóc sơ sinh thiết yếu", "rotation", "planned", 0 },
  { "CT-11", "VN-HN-BV-VIETDUC", "VN-CT-BVDKTW", "Hội chẩn từ xa", "telehealth", "independent", 30 },
  { "CT-12", NULL, "VN-CT-BVDKTW", "Ghép tế bào gốc", "technique", "planned", -1 },
};

static guint
node_index (MpNetworkData  *data,
            const NodeSpec *nodes,
            guint           n_nodes,
            const char     *code)
{
  for (guint i = 0; i < n_nodes; i++)
    if (strcmp (nodes[i].code, code) == 0)
      return mp_network_data_node (data, nodes[i].code, nodes[i].name, nodes[i].group, nodes[i].group_name);
  g_assert_not_reached ();
}

/* Builds the network from the specs; `reverse` adds the nodes and links
 * in the opposite order. */
static MpNetworkData *
build (const NodeSpec *nodes,
       guint           n_nodes,
       const LinkSpec *links,
       guint           n_links,
       gboolean        reverse)
{
  MpNetworkData *data = mp_network_data_new ("Chuyển giao kỹ thuật", "Cần Thơ và các đơn vị hỗ trợ");

  for (guint k = 0; k < n_nodes; k++)
    {
      const NodeSpec *n = &nodes[reverse ? n_nodes - 1 - k : k];

      mp_network_data_node (data, n->code, n->name, n->group, n->group_name);
    }
  for (guint k = 0; k < n_links; k++)
    {
      const LinkSpec *l = &links[reverse ? n_links - 1 - k : k];
      guint from = l->from != NULL ? node_index (data, nodes, n_nodes, l->from) : MP_NETWORK_NO_NODE;

      mp_network_data_link (data, l->code, from, node_index (data, nodes, n_nodes, l->to),
                            l->technique, l->kind, l->status, l->staff);
    }
  return data;
}

static MpChart *
sample_chart (gboolean reverse)
{
  return mp_chart_new_network (build (sample_nodes, G_N_ELEMENTS (sample_nodes), sample_links,
                                      G_N_ELEMENTS (sample_links), reverse));
}

/* A synthetic network: 12 provinces, 4 to 9 facilities each, `n_links`
 * links from the first facilities of a few senior provinces outwards, with
 * statuses and staff counts from a fixed pseudo-random sequence. */
static MpNetworkData *
synthetic (guint n_links)
{
  static const char *const statuses[] = { "planned", "training", "supervised", "independent", "stopped" };
  MpNetworkData *data = mp_network_data_new ("Mạng lưới chuyển giao (dữ liệu giả lập)", NULL);
  g_autoptr(GArray) index = g_array_new (FALSE, FALSE, sizeof (guint));
  guint32 seed = 12345;

  for (guint p = 0; p < 12; p++)
    {
      g_autofree char *group = g_strdup_printf ("P%02u", p);
      g_autofree char *group_name = g_strdup_printf ("Tỉnh %02u", p);

      for (guint f = 0; f < 4 + p % 6; f++)
        {
          g_autofree char *code = g_strdup_printf ("P%02u-F%02u", p, f);
          g_autofree char *name = g_strdup_printf ("Bệnh viện số %u tỉnh %02u", f + 1, p);
          guint i = mp_network_data_node (data, code, name, group, group_name);

          g_array_append_val (index, i);
        }
    }
  for (guint k = 0; k < n_links; k++)
    {
      g_autofree char *code = g_strdup_printf ("L%04u", k);
      guint from, to;

      seed = seed * 1103515245u + 12345u;
      /* Senders: mostly the first facility of provinces 0-2. */
      from = (seed >> 8) % 4 == 0 ? (seed >> 12) % index->len : ((seed >> 12) % 3) * 4;
      seed = seed * 1103515245u + 12345u;
      to = (seed >> 10) % index->len;
      if (to == from)
        to = (to + 1) % index->len;
      mp_network_data_link (data, code, g_array_index (index, guint, from), g_array_index (index, guint, to),
                            "Kỹ thuật", "technique", statuses[(seed >> 16) % 5],
                            (seed >> 20) % 7 == 0 ? -1 : (gint64) ((seed >> 4) % 40));
    }
  return data;
}

static gboolean
surfaces_equal (cairo_surface_t *a,
                cairo_surface_t *b)
{
  int h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  return cairo_image_surface_get_height (b) == h && cairo_image_surface_get_stride (b) == stride &&
         memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b), (gsize) h * stride) == 0;
}

static void
test_network_sample (void)
{
  g_autoptr(MpChart) chart = sample_chart (FALSE);
  g_autofree char *received = NULL;
  g_autofree char *sent = NULL;
  cairo_surface_t *s;
  double cx = 0, cy = 0;
  const char *text;

  mp_chart_test_compare (chart, "network-sample", 800, 500);

  /* Every status drawn in its colour (links are slightly transparent). */
  s = mp_chart_test_render (chart, 800, 500, FALSE);
  for (guint i = 0; i < 5; i++)
    {
      const char *status[] = { "planned", "training", "supervised", "independent", "stopped" };
      guint n = mp_chart_test_count_color (s, mp_chart_transfer_status_color (&light, status[i]), 40);

      if (n < 40)
        g_error ("status %s: only %u pixels of its colour", status[i], n);
    }
  /* The hub node: the hover text at its centre names it, its province and
   * its links, with Vietnamese plurals. */
  text = mp_chart_test_find_hit (chart, 800, 500, "Bệnh viện Đa khoa Trung ương Cần Thơ\n", &cx, &cy);
  g_assert_nonnull (text);
  g_assert_cmpstr (mp_chart_hit_test (chart, cx, cy, NULL), ==, text);
  g_assert_nonnull (strstr (text, "Cần Thơ\n"));
  received = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u transfer received", "%u transfers received", 5), 5);
  sent = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u transfer sent", "%u transfers sent", 2), 2);
  g_assert_nonnull (strstr (text, received));
  g_assert_nonnull (strstr (text, sent));
  /* A sender is drawn as a filled dot at its centre. */
  g_assert_cmpuint (mp_chart_test_count_color_in (s, light.background, 30, (int) cx - 1, (int) cy - 1, 3, 3), ==, 0);

  /* A link: its technique, both ends, the status label, the staff. */
  text = mp_chart_test_find_hit (chart, 800, 500, "Ghép thận", &cx, &cy);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Bệnh viện Hữu nghị Việt Đức → Bệnh viện Đa khoa Trung ương Cần Thơ"));
  g_assert_nonnull (strstr (text, mp_transfer_status_label ("training")));
  g_assert_nonnull (strstr (text, "6"));
  cairo_surface_destroy (s);
}

static void
test_network_empty (void)
{
  g_autoptr(MpChart) chart = mp_chart_new_network (mp_network_data_new ("Chuyển giao kỹ thuật", NULL));
  cairo_surface_t *s;
  double cx, cy;

  mp_chart_test_compare (chart, "network-empty", 600, 400);
  s = mp_chart_test_render (chart, 600, 400, FALSE);
  /* The message, muted, in the middle; nothing to hover. */
  g_assert_cmpuint (mp_chart_test_count_color_in (s, light.background, 10, 0, 150, 600, 100), <, 600 * 100);
  g_assert_null (mp_chart_test_find_hit (chart, 600, 400, "", &cx, &cy));
  cairo_surface_destroy (s);
}

static void
test_network_single (void)
{
  static const LinkSpec links[] = {
    { "CT-01", "VN-SG-BV-CHORAY", "VN-CT-BVDKTW", "Can thiệp nội mạch", "technique", "supervised", 12 },
  };
  g_autoptr(MpChart) chart = mp_chart_new_network (build (sample_nodes + 1, 3, links, 1, FALSE));
  cairo_surface_t *s;
  double cx, cy;

  mp_chart_test_compare (chart, "network-single", 600, 400);
  s = mp_chart_test_render (chart, 600, 400, FALSE);
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_transfer_status_color (&light, "supervised"), 40), >, 100);
  /* No other status colour. */
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_transfer_status_color (&light, "stopped"), 40), ==, 0);
  g_assert_nonnull (mp_chart_test_find_hit (chart, 600, 400, "Bệnh viện Chợ Rẫy\n", &cx, &cy));
  g_assert_nonnull (mp_chart_test_find_hit (chart, 600, 400, "Viện Pasteur TP.HCM\n", &cx, &cy));
  cairo_surface_destroy (s);
}

static void
test_network_unnamed (void)
{
  static const LinkSpec links[] = {
    { "CT-LK-NUOCNGOAI", NULL, "VN-CT-BVDKTW", "Ghép tế bào gốc", "technique", "training", -1 },
    { "CT-LK-CHORAY", "VN-SG-BV-CHORAY", "VN-CT-BVDKTW", "Can thiệp nội mạch", "technique", "planned", 2 },
  };
  g_autoptr(MpChart) chart = mp_chart_new_network (build (sample_nodes + 1, 3, links, 2, FALSE));
  g_autofree char *want = NULL;
  const char *text;
  double cx, cy;

  mp_chart_test_compare (chart, "network-unnamed", 600, 400);
  /* The unnamed partner is a node of its own, drawn once. */
  want = g_strconcat (g_dgettext (GETTEXT_PACKAGE, "Unnamed partner"), "\n", NULL);
  text = mp_chart_test_find_hit (chart, 600, 400, want, &cx, &cy);
  g_assert_nonnull (text);
  text = mp_chart_test_find_hit (chart, 600, 400, "Ghép tế bào gốc", &cx, &cy);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, g_dgettext (GETTEXT_PACKAGE, "Staff trained: unknown")));
}

static void
test_network_many (void)
{
  g_autoptr(MpChart) chart = mp_chart_new_network (synthetic (200));
  cairo_surface_t *s;
  double cx, cy;

  mp_chart_test_compare (chart, "network-200", 1000, 700);
  s = mp_chart_test_render (chart, 1000, 700, FALSE);
  /* Still drawn where the links are, not over the title. */
  g_assert_cmpuint (mp_chart_test_count_color_in (s, light.background, 10, 0, 60, 1000, 560), <, 1000 * 560 * 0.95);
  g_assert_nonnull (mp_chart_test_find_hit (chart, 1000, 700, "Bệnh viện số 1 tỉnh 00\n", &cx, &cy));
  cairo_surface_destroy (s);
}

static void
test_network_long_names (void)
{
  static const NodeSpec nodes[] = {
    { "A", "Bệnh viện Đa khoa Trung ương Cần Thơ thuộc Bộ Y tế — cơ sở đào tạo thực hành của Trường Đại học Y Dược",
      "VN-CT", "Thành phố Cần Thơ (sau khi hợp nhất với tỉnh Hậu Giang và tỉnh Sóc Trăng)" },
    { "B", "Bệnh viện Hữu nghị Việt Đức — Trung tâm Ghép tạng và Phẫu thuật Tim mạch Lồng ngực quốc gia",
      "VN-HN", "Thành phố Hà Nội, thủ đô nước Cộng hòa Xã hội Chủ nghĩa Việt Nam" },
    { "C", "Trung tâm Y tế khu vực huyện Cù Lao Dung thuộc Sở Y tế thành phố Cần Thơ mở rộng",
      "VN-CT", "Thành phố Cần Thơ (sau khi hợp nhất với tỉnh Hậu Giang và tỉnh Sóc Trăng)" },
  };
  static const LinkSpec links[] = {
    { "L1", "B", "A", "Ghép tim từ người cho chết não và điều trị sau ghép dài hạn", "technique", "training", 25 },
    { "L2", "A", "C", "Phẫu thuật nội soi ổ bụng cấp cứu", "satellite", "independent", 4 },
    { "L3", "A", "B", "Trao đổi chuyên gia", "rotation", "stopped", 1 },
  };
  g_autoptr(MpChart) chart = mp_chart_new_network (build (nodes, 3, links, 3, FALSE));

  mp_chart_test_compare (chart, "network-long-names", 800, 500);
}

static void
test_network_small (void)
{
  g_autoptr(MpChart) chart = sample_chart (FALSE);
  cairo_surface_t *s;

  mp_chart_test_compare (chart, "network-small", 400, 250);
  s = mp_chart_test_render (chart, 400, 250, FALSE);
  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_transfer_status_color (&light, "independent"), 40), >, 20);
  cairo_surface_destroy (s);
}

static void
test_network_dark (void)
{
  g_autoptr(MpChart) chart = sample_chart (FALSE);
  cairo_surface_t *s = mp_chart_test_render (chart, 800, 500, TRUE);
  const char *status[] = { "planned", "training", "supervised", "independent", "stopped" };
  g_autofree char *out = NULL;

  g_assert_cmpuint (mp_chart_test_count_color (s, dark.background, 2), >, 800 * 500 / 2);
  for (guint i = 0; i < G_N_ELEMENTS (status); i++)
    g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_transfer_status_color (&dark, status[i]), 40), >, 40);
  /* Light text and nodes on the dark background. */
  g_assert_cmpuint (mp_chart_test_count_color (s, dark.foreground, 40), >, 200);
  /* Kept beside the other images for a look; no reference (the
   * comparison draws the light style). */
  out = g_build_filename (g_getenv ("MEDPLAN_CHART_OUT"), "network-dark.png", NULL);
  g_assert_cmpint (cairo_surface_write_to_png (s, out), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (s);
}

/* The same data draws the same picture, twice, and whatever the order the
 * nodes and links were added in: the layout sorts by codes. */
static void
test_network_deterministic (void)
{
  g_autoptr(MpChart) chart = sample_chart (FALSE);
  g_autoptr(MpChart) reversed = sample_chart (TRUE);
  g_autoptr(MpChart) many = mp_chart_new_network (synthetic (300));
  cairo_surface_t *a = mp_chart_test_render (chart, 700, 450, FALSE);
  cairo_surface_t *b = mp_chart_test_render (chart, 700, 450, FALSE);
  cairo_surface_t *c = mp_chart_test_render (reversed, 700, 450, FALSE);
  cairo_surface_t *d = mp_chart_test_render (many, 700, 450, FALSE);
  cairo_surface_t *e = mp_chart_test_render (many, 700, 450, FALSE);

  g_assert_true (surfaces_equal (a, b));
  g_assert_true (surfaces_equal (a, c));
  g_assert_true (surfaces_equal (d, e));
  g_assert_false (surfaces_equal (a, d));
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (c);
  cairo_surface_destroy (d);
  cairo_surface_destroy (e);
}

/* Odd data draws without harm: a link from a node to itself, the same
 * link twice, both directions, a status outside the five. */
static void
test_network_odd (void)
{
  static const LinkSpec links[] = {
    { "L1", "VN-CT-BVDKTW", "VN-CT-BVDKTW", "Tự đào tạo", "technique", "training", 3 },
    { "L2", "VN-SG-BV-CHORAY", "VN-CT-BVDKTW", "Kỹ thuật A", "technique", "supervised", 3 },
    { "L3", "VN-SG-BV-CHORAY", "VN-CT-BVDKTW", "Kỹ thuật B", "technique", "supervised", 3 },
    { "L4", "VN-CT-BVDKTW", "VN-SG-BV-CHORAY", "Kỹ thuật C", "technique", "independent", 1000000 },
    { "L5", "VN-CT-BVDKTW", "VN-SG-BV-CHORAY", NULL, NULL, "unknown-status", 0 },
  };
  g_autoptr(MpChart) chart = mp_chart_new_network (build (sample_nodes + 1, 3, links, 5, FALSE));
  cairo_surface_t *s = mp_chart_test_render (chart, 500, 350, FALSE);
  double cx, cy;

  g_assert_cmpuint (mp_chart_test_count_color (s, mp_chart_transfer_status_color (&light, "training"), 40), >, 10);
  g_assert_nonnull (mp_chart_test_find_hit (chart, 500, 350, "Tự đào tạo", &cx, &cy));
  g_assert_nonnull (mp_chart_test_find_hit (chart, 500, 350, "Kỹ thuật A", &cx, &cy));
  g_assert_nonnull (mp_chart_test_find_hit (chart, 500, 350, "Kỹ thuật B", &cx, &cy));
  cairo_surface_destroy (s);

  /* Tiny sizes do not crash either. */
  s = mp_chart_test_render (chart, 40, 30, FALSE);
  cairo_surface_destroy (s);
}

int
main (int argc, char **argv)
{
  int ret;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEDPLAN_LOCALEDIR") ? g_getenv ("MEDPLAN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  mp_chart_test_style (&light, FALSE);
  mp_chart_test_style (&dark, TRUE);

  g_test_add_func ("/chart/network/sample", test_network_sample);
  g_test_add_func ("/chart/network/empty", test_network_empty);
  g_test_add_func ("/chart/network/single", test_network_single);
  g_test_add_func ("/chart/network/unnamed", test_network_unnamed);
  g_test_add_func ("/chart/network/many", test_network_many);
  g_test_add_func ("/chart/network/long-names", test_network_long_names);
  g_test_add_func ("/chart/network/small", test_network_small);
  g_test_add_func ("/chart/network/dark", test_network_dark);
  g_test_add_func ("/chart/network/deterministic", test_network_deterministic);
  g_test_add_func ("/chart/network/odd", test_network_odd);

  ret = g_test_run ();
  mp_chart_style_clear (&light);
  mp_chart_style_clear (&dark);
  return ret;
}
