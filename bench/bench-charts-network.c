/* bench-charts-network.c — a synthetic transfer network for the chart
 * benchmark: 34 provinces ("Tỉnh 01" … "Tỉnh 34"), about 300 facilities,
 * links mostly from a few senior hospitals outwards, with all five statuses,
 * staff counts (some unknown), a few links without a named sender and a few
 * between the same two facilities. Made up for timing; not real data. The
 * sequence is a fixed linear congruential generator, so every run draws the
 * same network. */
#include "bench-charts.h"

#define N_PROVINCES 34

static guint32
next (guint32 *seed)
{
  *seed = *seed * 1103515245u + 12345u;
  return *seed >> 8;
}

MpNetworkData *
bench_network_data (guint n_links)
{
  static const char *const statuses[] = { "planned", "training", "supervised", "independent", "stopped" };
  static const char *const kinds[] = { "technique", "satellite", "rotation", "telehealth" };
  static const char *const techniques[] = {
    "Can thiệp nội mạch (giả lập)", "Lấy huyết khối não (giả lập)", "Ghép thận (giả lập)",
    "Phẫu thuật nội soi (giả lập)", "Lọc máu liên tục (giả lập)", "Hồi sức sơ sinh (giả lập)",
  };
  MpNetworkData *data = mp_network_data_new ("Mạng lưới chuyển giao kỹ thuật (dữ liệu giả lập)",
                                             "34 tỉnh, khoảng 300 cơ sở");
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) seniors = g_array_new (FALSE, FALSE, sizeof (guint));
  guint32 seed = 20260401;

  for (guint p = 0; p < N_PROVINCES; p++)
    {
      g_autofree char *group = g_strdup_printf ("SYN-P%02u", p + 1);
      g_autofree char *group_name = g_strdup_printf ("Tỉnh %02u", p + 1);
      guint n_facilities = 5 + next (&seed) % 8;  /* 5-12, about 290 in all */

      for (guint f = 0; f < n_facilities; f++)
        {
          g_autofree char *code = g_strdup_printf ("SYN-P%02u-F%02u", p + 1, f + 1);
          g_autofree char *name = f == 0 ? g_strdup_printf ("Bệnh viện Đa khoa Tỉnh %02u (giả lập)", p + 1)
                                         : g_strdup_printf ("Cơ sở y tế %02u-%02u (giả lập)", p + 1, f + 1);
          guint i = mp_network_data_node (data, code, name, group, group_name);

          g_array_append_val (nodes, i);
          /* The provincial hospitals of every fourth province are the
           * senior senders. */
          if (f == 0 && p % 4 == 0)
            g_array_append_val (seniors, i);
        }
    }

  for (guint k = 0; k < n_links; k++)
    {
      g_autofree char *code = g_strdup_printf ("SYN-L%05u", k + 1);
      guint32 r = next (&seed);
      guint from, to;
      gint64 staff;

      if (r % 50 == 0)
        from = MP_NETWORK_NO_NODE;  /* a partner the document does not name */
      else if (r % 4 != 0)
        from = g_array_index (seniors, guint, (r >> 4) % seniors->len);
      else
        from = g_array_index (nodes, guint, (r >> 4) % nodes->len);
      to = g_array_index (nodes, guint, next (&seed) % nodes->len);
      if (to == from)
        to = g_array_index (nodes, guint, (next (&seed) % nodes->len));
      r = next (&seed);
      staff = r % 9 == 0 ? -1 : (gint64) ((r >> 4) % 60);
      mp_network_data_link (data, code, from, to, techniques[(r >> 10) % G_N_ELEMENTS (techniques)],
                            kinds[(r >> 12) % G_N_ELEMENTS (kinds)], statuses[(r >> 14) % G_N_ELEMENTS (statuses)],
                            staff);
    }
  return data;
}
