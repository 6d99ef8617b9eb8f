/* mp-chart-network.c — the technology-transfer network: the data and its
 * constructors, and the drawing (links, nodes, labels, legend). Where the
 * nodes go is decided in mp-chart-network-layout.c. */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mp-chart-network.h"
#include "mp-chart-network-layout.h"
#include "mp-chart-private.h"
#include "mp-chart-raster.h"
#include "mp-store.h"

static void
network_node_clear (gpointer p)
{
  MpNetworkNode *node = p;

  g_clear_pointer (&node->code, g_free);
  g_clear_pointer (&node->name, g_free);
  g_clear_pointer (&node->group, g_free);
  g_clear_pointer (&node->group_name, g_free);
}

static void
network_link_clear (gpointer p)
{
  MpNetworkLink *link = p;

  g_clear_pointer (&link->code, g_free);
  g_clear_pointer (&link->technique, g_free);
  g_clear_pointer (&link->kind, g_free);
  g_clear_pointer (&link->status, g_free);
}

MpNetworkData *
mp_network_data_new (const char *title,
                     const char *subtitle)
{
  MpNetworkData *data = g_new0 (MpNetworkData, 1);

  data->title = g_strdup (title);
  data->subtitle = g_strdup (subtitle);
  data->nodes = g_array_new (FALSE, TRUE, sizeof (MpNetworkNode));
  g_array_set_clear_func (data->nodes, network_node_clear);
  data->links = g_array_new (FALSE, TRUE, sizeof (MpNetworkLink));
  g_array_set_clear_func (data->links, network_link_clear);
  return data;
}

void
mp_network_data_free (MpNetworkData *data)
{
  if (data == NULL)
    return;
  g_free (data->title);
  g_free (data->subtitle);
  g_array_unref (data->nodes);
  g_array_unref (data->links);
  g_free (data);
}

guint
mp_network_data_node (MpNetworkData *data,
                      const char    *code,
                      const char    *name,
                      const char    *group,
                      const char    *group_name)
{
  MpNetworkNode node = { 0 };

  g_return_val_if_fail (data != NULL, MP_NETWORK_NO_NODE);
  g_return_val_if_fail (code != NULL, MP_NETWORK_NO_NODE);

  /* A linear search: the data is built once per chart, from at most a few
   * hundred facilities, and the public struct has no room for an index. */
  for (guint i = 0; i < data->nodes->len; i++)
    if (strcmp (g_array_index (data->nodes, MpNetworkNode, i).code, code) == 0)
      return i;

  node.code = g_strdup (code);
  node.name = g_strdup (name != NULL ? name : code);
  node.group = g_strdup (group);
  node.group_name = g_strdup (group_name);
  g_array_append_val (data->nodes, node);
  return data->nodes->len - 1;
}

void
mp_network_data_link (MpNetworkData *data,
                      const char    *code,
                      guint          from,
                      guint          to,
                      const char    *technique,
                      const char    *kind,
                      const char    *status,
                      gint64         staff_trained)
{
  MpNetworkLink link = { 0 };

  g_return_if_fail (data != NULL);
  g_return_if_fail (from == MP_NETWORK_NO_NODE || from < data->nodes->len);
  g_return_if_fail (to < data->nodes->len);

  link.code = g_strdup (code);
  link.from = from;
  link.to = to;
  link.technique = g_strdup (technique);
  link.kind = g_strdup (kind);
  link.status = g_strdup (status);
  link.staff_trained = staff_trained < 0 ? -1 : staff_trained;
  g_array_append_val (data->links, link);
}


/* ---- Drawing ------------------------------------------------------------ */

enum {
  ST_PLANNED,
  ST_TRAINING,
  ST_SUPERVISED,
  ST_INDEPENDENT,
  ST_STOPPED,
  ST_OTHER,
  N_ST
};

static const char *const status_codes[] = {
  "planned", "training", "supervised", "independent", "stopped",
};

/* Drawn first (underneath) to last: stopped and unknown links, then the
 * lifecycle in order, so the links that work are on top. */
static const guint status_layer[N_ST] = { 2, 3, 4, 5, 0, 1 };

typedef struct {
  const MpNetworkLink *link;
  guint from, to;           /* layout nodes */
  guint from_rank, to_rank; /* their places in the order of the layout */
  guint status;             /* ST_* */
  guint width_q;            /* line width in quarter units, for batching */
  guint dup;                /* earlier links between the same two nodes */
} LinkItem;

static guint
status_index (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_codes); i++)
    if (g_strcmp0 (status, status_codes[i]) == 0)
      return i;
  return ST_OTHER;
}

/* By the two ends (their ranks follow the codes), then the link's own
 * values: never by the order the links were added. */
static int
link_pair_compare (const void *pa,
                   const void *pb)
{
  const LinkItem *a = pa, *b = pb;
  int c;

  if (a->from_rank != b->from_rank)
    return a->from_rank < b->from_rank ? -1 : 1;
  if (a->to_rank != b->to_rank)
    return a->to_rank < b->to_rank ? -1 : 1;
  c = g_strcmp0 (a->link->code, b->link->code);
  if (c != 0)
    return c;
  c = g_strcmp0 (a->link->technique, b->link->technique);
  if (c != 0)
    return c;
  if (a->link->staff_trained != b->link->staff_trained)
    return a->link->staff_trained < b->link->staff_trained ? -1 : 1;
  return a->status < b->status ? -1 : a->status > b->status;
}

/* By layer, then wider first (thin links stay visible on top), then as
 * above: links of one batch are stroked as one path. */
static int
link_draw_compare (const void *pa,
                   const void *pb)
{
  const LinkItem *a = pa, *b = pb;

  if (status_layer[a->status] != status_layer[b->status])
    return status_layer[a->status] < status_layer[b->status] ? -1 : 1;
  if (a->width_q != b->width_q)
    return a->width_q > b->width_q ? -1 : 1;
  return link_pair_compare (pa, pb);
}

/* The width of a link: 1 + 1.2 log2(1 + staff) units, thin when unknown. */
static double
link_width (gint64 staff,
            double unit)
{
  if (staff < 0)
    return 0.75 * unit;
  return unit * MIN (1.0 + 1.2 * log2 (1.0 + (double) staff), 8.0);
}

typedef struct {
  double x0, y0, x1, y1;   /* the curve's ends, trimmed */
  double c1x, c1y, c2x, c2y;
  double mx, my;           /* the middle of the untrimmed curve */
  double head[6];          /* tip, two back corners */
  gboolean line, arrow, loop;
  double loop_x, loop_y, loop_r;
} LinkShape;

/* A quadratic Bézier from sender to receiver bent to its left, so A→B and
 * B→A do not overlap (more for each parallel link), cut at the edges of
 * both nodes, with the arrow head touching the receiver. */
static void
link_shape (const MpNetLayout *layout,
            const LinkItem    *item,
            double             lw,
            double             unit,
            LinkShape         *s)
{
  const MpNetPos *a = &layout->nodes[item->from], *b = &layout->nodes[item->to];
  double dx = b->x - a->x, dy = b->y - a->y, len = hypot (dx, dy);
  double bend, cx, cy, ux, uy, tx, ty, t_len, tipx, tipy, head_len, ex, ey;

  memset (s, 0, sizeof *s);
  if (item->from == item->to)
    {
      /* A link from a node to itself: a small loop on its outer side. */
      const MpNetGroup *g = &layout->groups[a->group];
      double ox = a->x - g->x, oy = a->y - g->y, ol = hypot (ox, oy);

      if (ol < 1e-6)
        ox = 0, oy = -1, ol = 1;
      s->loop = TRUE;
      s->loop_r = MAX (3 * unit, a->r * 0.7);
      s->loop_x = a->x + ox / ol * (a->r + s->loop_r * 0.6);
      s->loop_y = a->y + oy / ol * (a->r + s->loop_r * 0.6);
      s->mx = s->loop_x;
      s->my = s->loop_y;
      return;
    }

  bend = MIN (0.15 + 0.12 * item->dup, 0.6);
  cx = (a->x + b->x) / 2 + dy * bend;
  cy = (a->y + b->y) / 2 - dx * bend;
  s->mx = 0.25 * a->x + 0.5 * cx + 0.25 * b->x;
  s->my = 0.25 * a->y + 0.5 * cy + 0.25 * b->y;
  head_len = MAX (5 * unit, 2.2 * lw);
  if (len < 1e-6 || len <= a->r + b->r + head_len * 0.5)
    return;  /* the nodes touch: no room for a line */

  /* Start on the sender's edge, towards the control point. */
  ux = cx - a->x;
  uy = cy - a->y;
  t_len = hypot (ux, uy);
  s->x0 = a->x + ux / t_len * a->r;
  s->y0 = a->y + uy / t_len * a->r;
  /* The tip on the receiver's edge, along the curve's end tangent. */
  tx = b->x - cx;
  ty = b->y - cy;
  t_len = hypot (tx, ty);
  tx /= t_len;
  ty /= t_len;
  tipx = b->x - tx * (b->r + 0.5 * unit);
  tipy = b->y - ty * (b->r + 0.5 * unit);
  /* The line stops inside the head so its butt end does not show. */
  ex = tipx - tx * head_len * 0.7;
  ey = tipy - ty * head_len * 0.7;
  /* The quadratic (start, control, end) as a cubic. */
  s->c1x = s->x0 + 2.0 / 3.0 * (cx - s->x0);
  s->c1y = s->y0 + 2.0 / 3.0 * (cy - s->y0);
  s->c2x = ex + 2.0 / 3.0 * (cx - ex);
  s->c2y = ey + 2.0 / 3.0 * (cy - ey);
  s->x1 = ex;
  s->y1 = ey;
  s->line = TRUE;
  s->arrow = TRUE;
  s->head[0] = tipx;
  s->head[1] = tipy;
  /* The back corners, always in the same turn so overlapping heads of a
   * batch fill as one under the winding rule. */
  s->head[2] = tipx - tx * head_len - ty * head_len * 0.45;
  s->head[3] = tipy - ty * head_len + tx * head_len * 0.45;
  s->head[4] = tipx - tx * head_len + ty * head_len * 0.45;
  s->head[5] = tipy - ty * head_len - tx * head_len * 0.45;
}

/* ---- Hover texts -------------------------------------------------------- */

static const char *
node_name (const MpNetworkData *data,
           const MpNetLayout   *layout,
           guint                node)
{
  if (node == layout->unnamed)
    return _("Unnamed partner");
  return g_array_index (data->nodes, MpNetworkNode, node).name;
}

static void
add_node_hits (const MpNetworkData *data,
               const MpNetLayout   *layout,
               double               unit,
               GArray              *hits)
{
  for (guint i = 0; i < layout->n_nodes; i++)
    {
      const MpNetPos *pos = &layout->nodes[i];
      const char *group = i == layout->unnamed ? NULL
                          : g_array_index (data->nodes, MpNetworkNode, i).group_name;
      double r = MAX (pos->r, 4 * unit);
      g_autofree char *sent = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u transfer sent",
                                                            "%u transfers sent", pos->out), pos->out);
      g_autofree char *received = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u transfer received",
                                                                "%u transfers received", pos->in), pos->in);

      mp_chart_hits_add (hits, pos->x - r, pos->y - r, 2 * r, 2 * r,
                         group != NULL && *group != '\0'
                         ? g_strdup_printf ("%s\n%s\n%s, %s", node_name (data, layout, i), group, sent, received)
                         : g_strdup_printf ("%s\n%s, %s", node_name (data, layout, i), sent, received));
    }
}

static char *
link_hit_text (const MpNetworkData *data,
               const MpNetLayout   *layout,
               const LinkItem      *item)
{
  const MpNetworkLink *link = item->link;
  g_autofree char *staff = NULL;
  g_autofree char *status = g_strdup_printf (_("Status: %s"), mp_transfer_status_label (link->status));
  const char *technique = link->technique != NULL && *link->technique != '\0'
                          ? link->technique : mp_transfer_kind_label (link->kind);

  if (link->staff_trained < 0)
    staff = g_strdup (_("Staff trained: unknown"));
  else
    {
      g_autofree char *number = mp_format_value ((double) link->staff_trained, 0);
      staff = g_strdup_printf (_("Staff trained: %s"), number);
    }
  if (link->kind != NULL && link->technique != NULL && *link->technique != '\0')
    return g_strdup_printf ("%s (%s)\n%s → %s\n%s\n%s", technique, mp_transfer_kind_label (link->kind),
                            node_name (data, layout, item->from), node_name (data, layout, item->to),
                            status, staff);
  return g_strdup_printf ("%s\n%s → %s\n%s\n%s", technique,
                          node_name (data, layout, item->from), node_name (data, layout, item->to),
                          status, staff);
}

/* ---- The chart ---------------------------------------------------------- */

/* The legend of the statuses present, then a note of what the width of a
 * line means with three sample widths. Returns the height taken. */
static double
draw_legend (cairo_t            *cr,
             const MpChartStyle *style,
             const gboolean     *present,
             double              line_unit,
             double              x,
             double              y,
             double              max_width,
             gboolean            draw)
{
  MpLegendItem items[N_ST];
  guint n = 0;
  double unit = style->font_size / 12, legend_h, note_w, note_h, sx;
  const char *note = _("Line width: staff trained");

  for (guint st = 0; st < G_N_ELEMENTS (status_codes); st++)
    if (present[st])
      items[n++] = (MpLegendItem) {
        mp_transfer_status_label (status_codes[st]),
        mp_chart_transfer_status_color (style, status_codes[st]),
        st == ST_STOPPED ? MP_LEGEND_DASHED : MP_LEGEND_LINE,
      };
  legend_h = mp_chart_legend (cr, style, items, n, x, y, max_width, draw);
  if (legend_h > 0)
    legend_h += 0.3 * style->font_size;
  mp_chart_text_size (cr, style, note, 0.85, FALSE, &note_w, &note_h);
  if (draw)
    {
      /* Widths of 1, 10 and 60 staff. */
      static const gint64 samples[] = { 1, 10, 60 };
      double cy = y + legend_h + note_h / 2;

      sx = x;
      mp_chart_set_color (cr, style->muted);
      for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
        {
          cairo_set_line_width (cr, link_width (samples[i], line_unit));
          cairo_move_to (cr, sx, cy);
          cairo_line_to (cr, sx + 12 * unit, cy);
          cairo_stroke (cr);
          sx += 15 * unit;
        }
      mp_chart_text (cr, style, note, sx + 2 * unit, y + legend_h, MP_ALIGN_START, MP_ALIGN_START,
                     0.85, FALSE, style->muted, MAX (max_width - (sx + 2 * unit - x), 1), NULL, NULL);
    }
  return legend_h + note_h;
}

static MpRgba
link_color (const MpChartStyle *style,
            const LinkItem     *item,
            double              alpha)
{
  return mp_chart_fade (mp_chart_transfer_status_color (style, item->link->status), alpha);
}

/* Cairo, for vector output: one stroke per batch, one fill per status. */
static void
draw_links_cairo (cairo_t            *cr,
                  const MpChartStyle *style,
                  const LinkItem     *items,
                  const LinkShape    *shapes,
                  guint               n,
                  double              alpha,
                  const double       *dash)
{
  cairo_save (cr);
  cairo_set_tolerance (cr, 0.25);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    {
      const LinkShape *s = &shapes[i];

      if (i == 0 || items[i].status != items[i - 1].status || items[i].width_q != items[i - 1].width_q)
        {
          cairo_stroke (cr);
          mp_chart_set_color (cr, link_color (style, &items[i], alpha));
          cairo_set_line_width (cr, items[i].width_q / 4.0);
          cairo_set_dash (cr, dash, items[i].status == ST_STOPPED ? 2 : 0, 0);
        }
      if (s->line)
        {
          cairo_move_to (cr, s->x0, s->y0);
          cairo_curve_to (cr, s->c1x, s->c1y, s->c2x, s->c2y, s->x1, s->y1);
        }
      else if (s->loop)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, s->loop_x, s->loop_y, s->loop_r, 0, 2 * G_PI);
        }
    }
  cairo_stroke (cr);

  /* The heads, one fill per status. */
  for (guint i = 0; i < n; i++)
    {
      const LinkShape *s = &shapes[i];

      if (s->arrow)
        {
          cairo_move_to (cr, s->head[0], s->head[1]);
          cairo_line_to (cr, s->head[2], s->head[3]);
          cairo_line_to (cr, s->head[4], s->head[5]);
          cairo_close_path (cr);
        }
      if (i + 1 == n || items[i + 1].status != items[i].status)
        {
          mp_chart_set_color (cr, link_color (style, &items[i], alpha));
          cairo_fill (cr);
        }
    }
  cairo_restore (cr);
}

static MpRgba
opaque (MpRgba color)
{
  color.a = 1;
  return color;
}

/* The same on an image: Cairo's stroker would take a quarter of a second
 * for a thousand links. One mask per status, the links in it at the
 * status's opacity: batches of one colour laid over each other, as Cairo
 * strokes them, add up the same way (only links of one batch that overlap
 * come out a little darker than in Cairo's single stroke), and a status
 * takes one composite instead of one per width. */
static void
draw_links_raster (MpChartRaster      *raster,
                   const MpChartStyle *style,
                   const LinkItem     *items,
                   const LinkShape    *shapes,
                   guint               n,
                   double              alpha,
                   const double       *dash)
{
  mp_chart_raster_set_line_cap (raster, MP_RASTER_CAP_BUTT);
  for (guint i = 0; i < n; i++)
    {
      const LinkShape *s = &shapes[i];

      if (i == 0 || items[i].status != items[i - 1].status || items[i].width_q != items[i - 1].width_q)
        {
          if (i > 0 && items[i].status != items[i - 1].status)
            mp_chart_raster_composite (raster, opaque (link_color (style, &items[i - 1], alpha)));
          mp_chart_raster_set_opacity (raster, link_color (style, &items[i], alpha).a);
          mp_chart_raster_set_line_width (raster, items[i].width_q / 4.0);
          mp_chart_raster_set_dash (raster, dash, items[i].status == ST_STOPPED ? 2 : 0, 0);
        }
      if (s->line)
        mp_chart_raster_curve (raster, s->x0, s->y0, s->c1x, s->c1y, s->c2x, s->c2y, s->x1, s->y1);
      else if (s->loop)
        mp_chart_raster_circle (raster, s->loop_x, s->loop_y, s->loop_r);
    }
  if (n > 0)
    mp_chart_raster_composite (raster, opaque (link_color (style, &items[n - 1], alpha)));
  mp_chart_raster_set_opacity (raster, 1);
  mp_chart_raster_set_dash (raster, NULL, 0, 0);

  /* The heads of a status are one fill in Cairo: one mask, in the
   * translucent colour. */
  for (guint i = 0; i < n; i++)
    {
      if (shapes[i].arrow)
        mp_chart_raster_polygon (raster, shapes[i].head, 3);
      if (i + 1 == n || items[i + 1].status != items[i].status)
        mp_chart_raster_composite (raster, link_color (style, &items[i], alpha));
    }
}

static void
draw_links (cairo_t             *cr,
            MpChartRaster       *raster,
            const MpChartStyle  *style,
            const MpNetworkData *data,
            const MpNetLayout   *layout,
            LinkItem            *items,
            guint                n,
            double               unit,
            GArray              *hits)
{
  g_autofree LinkShape *shapes = g_new (LinkShape, MAX (n, 1));
  /* Fainter as they multiply, so crossings stay readable. */
  double alpha = n >= 50 ? MIN (0.7, 8 / sqrt ((double) n)) : 0.9;
  const double dash[2] = { 4 * unit, 3 * unit };

  qsort (items, n, sizeof (LinkItem), link_pair_compare);
  for (guint i = 1; i < n; i++)
    if (items[i].from == items[i - 1].from && items[i].to == items[i - 1].to)
      items[i].dup = items[i - 1].dup + 1;
  /* Batches: one stroke per status and width. */
  qsort (items, n, sizeof (LinkItem), link_draw_compare);
  for (guint i = 0; i < n; i++)
    link_shape (layout, &items[i], items[i].width_q / 4.0, unit, &shapes[i]);

  if (raster != NULL)
    draw_links_raster (raster, style, items, shapes, n, alpha, dash);
  else
    draw_links_cairo (cr, style, items, shapes, n, alpha, dash);

  if (hits == NULL)
    return;
  /* A small square around the middle of each curve. */
  for (guint i = 0; i < n; i++)
    {
      double half = MAX (4 * unit, items[i].width_q / 4.0);

      mp_chart_hits_add (hits, shapes[i].mx - half, shapes[i].my - half, 2 * half, 2 * half,
                         link_hit_text (data, layout, &items[i]));
    }
}

/* No network yet: a faint picture of one (three nodes, two arrows) over
 * the message, centred on (cx, cy). */
static void
draw_empty (cairo_t            *cr,
            const MpChartStyle *style,
            double              cx,
            double              cy,
            double              room,
            double              max_width)
{
  const double unit = style->font_size / 12;
  double s = CLAMP (room * 0.12, 4 * unit, 24 * unit);
  const double nodes[3][2] = { { -2.2, 0.4 }, { 0, -0.9 }, { 2.2, 0.4 } };
  MpRgba faint = mp_chart_fade (style->muted, 0.45);

  cy -= s * 0.6;
  mp_chart_set_color (cr, faint);
  cairo_set_line_width (cr, MAX (unit, s * 0.12));
  for (int i = 0; i < 2; i++)
    {
      double x0 = cx + nodes[1][0] * s, y0 = cy + nodes[1][1] * s;
      double x1 = cx + nodes[i * 2][0] * s, y1 = cy + nodes[i * 2][1] * s;
      double dx = x1 - x0, dy = y1 - y0, len = hypot (dx, dy);

      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1 - dx / len * s * 0.5, y1 - dy / len * s * 0.5);
    }
  cairo_stroke (cr);
  for (int i = 0; i < 3; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx + nodes[i][0] * s, cy + nodes[i][1] * s, s * 0.45, 0, 2 * G_PI);
    }
  cairo_fill (cr);
  mp_chart_text (cr, style, _("No transfers yet"), cx, cy + s * 1.4, MP_ALIGN_CENTER, MP_ALIGN_START,
                 1.0, FALSE, style->muted, max_width, NULL, NULL);
}

void
mp_network_chart_draw (const MpNetworkData *data,
                       cairo_t             *cr,
                       double               width,
                       double               height,
                       const MpChartStyle  *style,
                       GArray              *hits)
{
  const double fs = style->font_size, unit = fs / 12, pad = fs;
  g_autoptr(MpNetLayout) layout = NULL;
  g_autoptr(MpChartRaster) raster = NULL;
  g_autofree LinkItem *items = NULL;
  gboolean present[N_ST] = { FALSE };
  guint n_items = 0, budget;
  double top, bottom_h = 0, label_h, margin_x, pw, ph, line_unit;

  g_return_if_fail (data != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  top = pad + mp_chart_title (cr, style, data->title, data->subtitle, pad, pad, width - 2 * pad);
  top += 0.5 * fs;
  if (data->nodes->len == 0)
    {
      draw_empty (cr, style, width / 2, top + (height - top) / 2, MIN (width, height - top), width - 2 * pad);
      cairo_restore (cr);
      return;
    }

  /* The links that can be drawn: both ends known (or the sender unnamed). */
  items = g_new0 (LinkItem, MAX (data->links->len, 1));
  for (guint i = 0; i < data->links->len; i++)
    {
      const MpNetworkLink *link = &g_array_index (data->links, MpNetworkLink, i);
      /* The layout puts the unnamed partner after the data's nodes. */
      guint from = link->from == MP_NETWORK_NO_NODE ? data->nodes->len : link->from;
      LinkItem *item = &items[n_items];

      if (link->to >= data->nodes->len || (from >= data->nodes->len && link->from != MP_NETWORK_NO_NODE))
        continue;
      item->link = link;
      item->from = from;
      item->to = link->to;
      item->status = status_index (link->status);
      present[item->status] = TRUE;
      n_items++;
    }

  /* Many links are drawn thinner, the legend's samples likewise. */
  line_unit = unit * (n_items >= 500 ? 0.45 : n_items >= 200 ? 0.6 : n_items >= 50 ? 0.8 : 1.0);
  for (guint i = 0; i < n_items; i++)
    items[i].width_q = (guint) lround (link_width (items[i].link->staff_trained, line_unit) * 4);

  if (n_items > 0)
    bottom_h = draw_legend (cr, style, present, line_unit, pad, 0, width - 2 * pad, FALSE) + 0.5 * fs;
  else
    mp_chart_text_size (cr, style, _("No transfers yet"), 1.0, FALSE, NULL, &bottom_h);

  pw = width - 2 * pad;
  ph = height - top - pad - bottom_h;
  mp_chart_text_size (cr, style, "Ág", 0.85, TRUE, NULL, &label_h);
  label_h += unit;
  /* Node names: as many as the area holds, few when the links are many. */
  budget = (guint) CLAMP (pw * ph / (fs * fs * 220), 3, 40);
  if (n_items >= 200)
    budget = MIN (budget, 10);
  margin_x = data->nodes->len <= budget ? MIN (pw * 0.2, 12 * fs) : MIN (pw * 0.1, 7 * fs);
  layout = mp_net_layout_new (data, pad, top, pw, MAX (ph, 1), unit, label_h, margin_x);
  for (guint i = 0; i < n_items; i++)
    {
      items[i].from_rank = layout->nodes[items[i].from].rank;
      items[i].to_rank = layout->nodes[items[i].to].rank;
    }

  /* On an image, the circles and links go through the raster and are
   * painted at once; to vector output they stay paths. */
  raster = mp_chart_raster_new (cr);
  mp_net_draw_regions (cr, raster, style, layout, unit);
  draw_links (cr, raster, style, data, layout, items, n_items, unit, hits);
  mp_net_draw_nodes (cr, raster, style, layout, unit);
  if (raster != NULL)
    mp_chart_raster_paint (raster);

  mp_net_draw_labels (cr, style, data, layout, pad * 0.5, top, width - pad * 0.5, top + MAX (ph, 1), budget);

  if (n_items > 0)
    draw_legend (cr, style, present, line_unit, pad, height - pad - bottom_h + 0.5 * fs, width - 2 * pad, TRUE);
  else
    mp_chart_text (cr, style, _("No transfers yet"), width / 2, height - pad, MP_ALIGN_CENTER, MP_ALIGN_END,
                   1.0, FALSE, style->muted, width - 2 * pad, NULL, NULL);

  if (hits != NULL)
    add_node_hits (data, layout, unit, hits);
  cairo_restore (cr);
}
