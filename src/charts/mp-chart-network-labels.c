/* mp-chart-network-labels.c — the names on the network chart: each
 * group's name by its region, then the names of the busiest nodes, each
 * only where it covers no other name and no node. */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "mp-chart-network-layout.h"
#include "mp-chart-private.h"

typedef struct {
  double x, y, w, h;
} Box;

typedef struct {
  cairo_t            *cr;
  const MpChartStyle *style;
  const MpNetLayout  *layout;
  double              unit;
  double              x0, y0, x1, y1;  /* where labels may go */
  Box                *boxes;           /* the labels placed so far */
  guint               n_boxes;
} Labels;

/* Whether `b` lies in the label area, clear of the labels already placed
 * and of every node but `self`. */
static gboolean
box_is_free (const Labels *ctx,
             const Box    *b,
             guint         self)
{
  double pad = ctx->unit;

  if (b->x < ctx->x0 || b->y < ctx->y0 || b->x + b->w > ctx->x1 || b->y + b->h > ctx->y1)
    return FALSE;
  for (guint i = 0; i < ctx->n_boxes; i++)
    {
      const Box *o = &ctx->boxes[i];

      if (b->x < o->x + o->w + pad && o->x < b->x + b->w + pad &&
          b->y < o->y + o->h + pad && o->y < b->y + b->h + pad)
        return FALSE;
    }
  for (guint i = 0; i < ctx->layout->n_nodes; i++)
    {
      const MpNetPos *n = &ctx->layout->nodes[i];
      double dx, dy;

      if (i == self)
        continue;
      dx = n->x - CLAMP (n->x, b->x, b->x + b->w);
      dy = n->y - CLAMP (n->y, b->y, b->y + b->h);
      if (dx * dx + dy * dy < n->r * n->r)
        return FALSE;
    }
  return TRUE;
}

static void
label_size (PangoLayout    *pl,
            PangoRectangle *logical)
{
  pango_layout_get_extents (pl, NULL, logical);
}

static void
place_label (Labels      *ctx,
             PangoLayout *pl,
             const Box   *b,
             MpRgba       color,
             gboolean     halo)
{
  PangoRectangle logical;

  label_size (pl, &logical);
  if (halo)
    {
      mp_chart_set_color (ctx->cr, mp_chart_fade (ctx->style->background, 0.8));
      cairo_rectangle (ctx->cr, b->x - ctx->unit, b->y, b->w + 2 * ctx->unit, b->h);
      cairo_fill (ctx->cr);
    }
  mp_chart_set_color (ctx->cr, color);
  cairo_move_to (ctx->cr, b->x - (double) logical.x / PANGO_SCALE, b->y - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (ctx->cr, pl);
  ctx->boxes[ctx->n_boxes++] = *b;
}

typedef struct {
  guint index;
  guint degree;
  guint rank;
} Ranked;

/* Most links first, then the layout's order. */
static int
ranked_compare (const void *pa,
                const void *pb)
{
  const Ranked *a = pa, *b = pb;

  if (a->degree != b->degree)
    return a->degree > b->degree ? -1 : 1;
  return a->rank < b->rank ? -1 : a->rank > b->rank;
}

/* Each group's name above its region (below in the lower half), the
 * busiest groups first; a name that would cover another is left out. */
static void
draw_group_labels (Labels *ctx)
{
  const MpNetLayout *layout = ctx->layout;
  g_autofree Ranked *order = g_new (Ranked, layout->n_groups);

  for (guint g = 0; g < layout->n_groups; g++)
    order[g] = (Ranked) { g, layout->groups[g].degree, g };
  qsort (order, layout->n_groups, sizeof (Ranked), ranked_compare);

  for (guint k = 0; k < layout->n_groups; k++)
    {
      const MpNetGroup *group = &layout->groups[order[k].index];
      const char *text = group->unnamed ? _("Unnamed partner")
                         : group->name != NULL ? group->name : group->code;
      g_autoptr(PangoLayout) pl = NULL;
      PangoRectangle logical;
      gboolean above;
      Box b;

      if (text == NULL || *text == '\0')
        continue;
      pl = mp_chart_layout (ctx->cr, ctx->style, text, 0.85, TRUE, group->label_width);
      label_size (pl, &logical);
      b.w = (double) logical.width / PANGO_SCALE;
      b.h = (double) logical.height / PANGO_SCALE;
      b.x = CLAMP (group->x - b.w / 2, ctx->x0, MAX (ctx->x0, ctx->x1 - b.w));
      above = isnan (group->angle) || sin (group->angle) < -1e-3;
      for (int side = 0; side < 2; side++, above = !above)
        {
          b.y = above ? group->y - group->radius - ctx->unit - b.h
                      : group->y + group->radius + ctx->unit;
          if (box_is_free (ctx, &b, MP_NETWORK_NO_NODE))
            {
              place_label (ctx, pl, &b, ctx->style->muted, FALSE);
              break;
            }
        }
    }
}

/* The names of the busiest nodes, at most `budget`, beside their node
 * (outwards first), else below or above it; only where there is room. */
static void
draw_node_labels (Labels              *ctx,
                  const MpNetworkData *data,
                  guint                budget)
{
  const MpNetLayout *layout = ctx->layout;
  const double fs = ctx->style->font_size, gap = 3 * ctx->unit;
  g_autofree Ranked *order = g_new (Ranked, MAX (layout->n_data_nodes, 1));
  guint n = 0, placed = 0, tries = 0;

  for (guint i = 0; i < layout->n_data_nodes; i++)
    {
      const MpNetworkNode *node = &g_array_index (data->nodes, MpNetworkNode, i);

      if (node->name != NULL && node->name[0] != '\0')
        order[n++] = (Ranked) { i, layout->nodes[i].in + layout->nodes[i].out, layout->nodes[i].rank };
    }
  qsort (order, n, sizeof (Ranked), ranked_compare);

  for (guint k = 0; k < n && placed < budget && tries < 3 * budget; k++, tries++)
    {
      const MpNetPos *pos = &layout->nodes[order[k].index];
      const char *name = g_array_index (data->nodes, MpNetworkNode, order[k].index).name;
      g_autoptr(PangoLayout) pl = mp_chart_layout (ctx->cr, ctx->style, name, 0.8, FALSE, 13 * fs);
      PangoRectangle logical;
      gboolean right = pos->x >= layout->cx;
      double w, h;

      label_size (pl, &logical);
      w = (double) logical.width / PANGO_SCALE;
      h = (double) logical.height / PANGO_SCALE;
      for (int c = 0; c < 4; c++)
        {
          Box b = { 0, 0, w, h };

          if (c < 2)
            {
              gboolean r = (c == 0) == right;
              double avail = r ? ctx->x1 - (pos->x + pos->r + gap) : pos->x - pos->r - gap - ctx->x0;

              if (w > avail)
                {
                  if (avail < 5 * fs)
                    continue;
                  b.w = avail;
                }
              b.x = r ? pos->x + pos->r + gap : pos->x - pos->r - gap - b.w;
              b.y = pos->y - h / 2;
            }
          else
            {
              b.x = pos->x - w / 2;
              b.y = c == 2 ? pos->y + pos->r + gap / 2 : pos->y - pos->r - gap / 2 - h;
            }
          if (!box_is_free (ctx, &b, order[k].index))
            continue;
          if (b.w < w)
            pango_layout_set_width (pl, (int) (b.w * PANGO_SCALE));
          place_label (ctx, pl, &b, ctx->style->foreground, TRUE);
          placed++;
          break;
        }
    }
}

void
mp_net_draw_labels (cairo_t             *cr,
                    const MpChartStyle  *style,
                    const MpNetworkData *data,
                    const MpNetLayout   *layout,
                    double               x0,
                    double               y0,
                    double               x1,
                    double               y1,
                    guint                budget)
{
  g_autofree Box *boxes = g_new (Box, layout->n_groups + budget + 1);
  Labels ctx = { cr, style, layout, style->font_size / 12, x0, y0, x1, y1, boxes, 0 };

  draw_group_labels (&ctx);
  draw_node_labels (&ctx, data, budget);
}
