/* mp-chart-network-layout.c — where the network chart puts its groups and
 * nodes: groups around an ellipse in the order of their codes, each group's
 * nodes in a ring or a sunflower spiral around its centre. Everything is
 * sorted by values of the data (codes, degrees), so the picture does not
 * depend on the order the data was built in. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mp-chart-network-layout.h"

#define GOLDEN_ANGLE 2.399963229728653  /* π (3 − √5) */

typedef struct {
  const char *group;   /* "" for none */
  const char *code;
  guint       index;
  guint       out, in;
} NodeKey;

static int
node_key_compare (const void *a,
                  const void *b)
{
  const NodeKey *ka = a, *kb = b;
  int c = strcmp (ka->group, kb->group);

  if (c != 0)
    return c;
  /* Senior senders lead their group: they get the place facing the centre
   * of the picture, where their many links are shortest. */
  if (ka->out != kb->out)
    return ka->out > kb->out ? -1 : 1;
  if (ka->in != kb->in)
    return ka->in > kb->in ? -1 : 1;
  c = strcmp (ka->code, kb->code);
  if (c != 0)
    return c;
  /* Two nodes with one code only exist if the struct was filled by hand. */
  return ka->index < kb->index ? -1 : ka->index > kb->index;
}

guint
mp_net_layout_from (const MpNetLayout   *layout,
                    const MpNetworkLink *link)
{
  if (link->to >= layout->n_data_nodes)
    return MP_NETWORK_NO_NODE;
  if (link->from == MP_NETWORK_NO_NODE)
    return layout->unnamed;
  if (link->from >= layout->n_data_nodes)
    return MP_NETWORK_NO_NODE;
  return link->from;
}

/* The radius a node would like: grows with the log of its degree. */
static double
degree_radius (guint  degree,
               double unit)
{
  return unit * MIN (2.5 + 1.5 * log2 (1.0 + degree), 12.0);
}

/* How big a group's region would like to be for its nodes to breathe. */
static double
group_need (const MpNetLayout *layout,
            guint              g,
            double             unit)
{
  double r_max = 0;
  guint n = layout->groups[g].n_nodes;

  for (guint i = 0; i < layout->n_nodes; i++)
    if (layout->nodes[i].group == g)
      r_max = MAX (r_max, degree_radius (layout->nodes[i].in + layout->nodes[i].out, unit));
  if (n <= 1)
    return r_max + 2 * unit;
  /* Room between neighbours for a line of text. */
  return MAX (2 * r_max + 8 * unit, 30 * unit) * sqrt ((double) n) * 0.6 + r_max;
}

/* Places the nodes of group `g` (given in rank order in `members`) around
 * its centre, within the radius `rho`. */
static void
place_group_nodes (MpNetLayout *layout,
                   guint        g,
                   const guint *members,
                   guint        n,
                   double       unit)
{
  MpNetGroup *group = &layout->groups[g];
  double rho = group->radius;
  double phi0 = isnan (group->angle) ? -G_PI / 2 : group->angle + G_PI;
  double r_lim, ring;

  if (n == 1)
    {
      MpNetPos *pos = &layout->nodes[members[0]];

      pos->x = group->x;
      pos->y = group->y;
      pos->r = MAX (MIN (degree_radius (pos->in + pos->out, unit), rho - unit), 1.5 * unit);
      return;
    }

  if (n <= 7)
    {
      ring = rho * 0.7;
      r_lim = MIN (0.3 * rho, 0.42 * 2 * ring * sin (G_PI / n));
    }
  else
    {
      r_lim = MIN (0.3 * rho, 0.42 * 1.6 * rho / sqrt ((double) n));
      ring = rho - r_lim;
    }

  for (guint k = 0; k < n; k++)
    {
      MpNetPos *pos = &layout->nodes[members[k]];
      double rad, phi;

      if (n <= 7)
        {
          rad = ring;
          phi = phi0 + 2 * G_PI * k / n;
        }
      else
        {
          rad = ring * sqrt ((k + 0.5) / n);
          phi = phi0 + k * GOLDEN_ANGLE;
        }
      pos->x = group->x + rad * cos (phi);
      pos->y = group->y + rad * sin (phi);
      pos->r = MAX (MIN (degree_radius (pos->in + pos->out, unit), r_lim), 1.5 * unit);
    }
}

/* Puts the groups around an ellipse (or the only group in the middle) and
 * sets each group's centre, radius and the room for its label. */
static void
place_groups (MpNetLayout *layout,
              double       x,
              double       y,
              double       width,
              double       height,
              double       unit,
              double       label_h,
              double       margin_x)
{
  guint n = layout->n_groups;
  g_autofree double *need = g_new (double, n);
  g_autofree double *share = g_new (double, n);
  double ax, ay, rx, ry, rho_max, total = 0, cum = 0;

  for (guint g = 0; g < n; g++)
    need[g] = group_need (layout, g, unit);

  layout->cx = x + width / 2;
  if (n == 1)
    {
      MpNetGroup *group = &layout->groups[0];
      double room = MIN (width / 2 - margin_x, (height - label_h) / 2) - 2 * unit;

      layout->cy = y + label_h + (height - label_h) / 2;
      group->x = layout->cx;
      group->y = layout->cy;
      group->angle = NAN;
      group->radius = MAX (MIN (need[0], room), 2 * unit);
      group->label_width = width;
      return;
    }

  layout->cy = y + height / 2;
  ax = MAX (width / 2 - margin_x, width * 0.3);
  ay = MAX (height / 2 - label_h, height * 0.25);

  /* A group's share of the ellipse grows with the square root of its size;
   * the first group (by code) sits on the left, the others follow
   * clockwise. */
  for (guint g = 0; g < n; g++)
    total += share[g] = 1.0 + sqrt ((double) layout->groups[g].n_nodes);
  for (guint g = 0; g < n; g++)
    {
      share[g] *= 2 * G_PI / total;
      layout->groups[g].angle = G_PI + cum + share[g] / 2 - share[0] / 2;
      cum += share[g];
    }

  /* The regions must fit between their neighbours and inside the box; the
   * ellipse shrinks by the largest region, which is then fitted again. */
  rho_max = MIN (ax, ay) * 0.35;
  for (int iter = 0; iter < 3; iter++)
    {
      double next = 0;

      rx = MAX (ax - rho_max, ax * 0.4);
      ry = MAX (ay - rho_max, ay * 0.4);
      for (guint g = 0; g < n; g++)
        {
          MpNetGroup *group = &layout->groups[g];
          double s = sin (group->angle), c = cos (group->angle);
          double speed = sqrt (rx * s * rx * s + ry * c * ry * c);
          double lim = 0.9 * speed * MIN (share[g], G_PI) / 2;
          double cap = MIN (ax, ay) * (n == 2 ? 0.6 : 0.5);

          group->radius = MAX (MIN (MIN (need[g], lim), cap), 2 * unit);
          /* A name may be wider than the share: the labels are placed
           * only where they do not cover one another. */
          group->label_width = MIN (width * 0.5, MAX (MAX (2 * group->radius + 4 * unit, 72 * unit),
                                                      speed * share[g] * 0.95));
          next = MAX (next, group->radius);
        }
      rho_max = next;
    }

  for (guint g = 0; g < n; g++)
    {
      MpNetGroup *group = &layout->groups[g];

      group->x = layout->cx + rx * cos (group->angle);
      group->y = layout->cy + ry * sin (group->angle);
    }
}

MpNetLayout *
mp_net_layout_new (const MpNetworkData *data,
                   double               x,
                   double               y,
                   double               width,
                   double               height,
                   double               unit,
                   double               label_h,
                   double               margin_x)
{
  MpNetLayout *layout = g_new0 (MpNetLayout, 1);
  guint n_data = data->nodes->len;
  g_autofree NodeKey *keys = NULL;
  g_autofree guint *members = NULL;
  gboolean has_unnamed = FALSE;
  guint g, start;

  layout->n_data_nodes = n_data;
  layout->unnamed = MP_NETWORK_NO_NODE;
  for (guint i = 0; i < data->links->len; i++)
    {
      const MpNetworkLink *link = &g_array_index (data->links, MpNetworkLink, i);

      if (link->from == MP_NETWORK_NO_NODE && link->to < n_data)
        has_unnamed = TRUE;
    }
  layout->n_nodes = n_data + (has_unnamed ? 1 : 0);
  if (has_unnamed)
    layout->unnamed = n_data;
  layout->nodes = g_new0 (MpNetPos, MAX (layout->n_nodes, 1));

  for (guint i = 0; i < data->links->len; i++)
    {
      const MpNetworkLink *link = &g_array_index (data->links, MpNetworkLink, i);
      guint from = mp_net_layout_from (layout, link);

      if (from == MP_NETWORK_NO_NODE)
        continue;
      layout->nodes[from].out++;
      layout->nodes[link->to].in++;
    }

  /* Groups in the order of their codes, then the unnamed partner's. */
  keys = g_new (NodeKey, MAX (n_data, 1));
  for (guint i = 0; i < n_data; i++)
    {
      const MpNetworkNode *node = &g_array_index (data->nodes, MpNetworkNode, i);

      keys[i].group = node->group != NULL ? node->group : "";
      keys[i].code = node->code != NULL ? node->code : "";
      keys[i].index = i;
      keys[i].out = layout->nodes[i].out;
      keys[i].in = layout->nodes[i].in;
    }
  qsort (keys, n_data, sizeof (NodeKey), node_key_compare);

  layout->groups = g_new0 (MpNetGroup, MAX (layout->n_nodes, 1));
  for (guint i = 0; i < n_data; i++)
    {
      const MpNetworkNode *node = &g_array_index (data->nodes, MpNetworkNode, keys[i].index);
      MpNetGroup *group;

      if (i == 0 || strcmp (keys[i].group, keys[i - 1].group) != 0)
        {
          layout->groups[layout->n_groups].code = keys[i].group;
          layout->n_groups++;
        }
      group = &layout->groups[layout->n_groups - 1];
      if (group->name == NULL && node->group_name != NULL && node->group_name[0] != '\0')
        group->name = node->group_name;
      group->n_nodes++;
      group->degree += keys[i].out + keys[i].in;
      layout->nodes[keys[i].index].group = layout->n_groups - 1;
      layout->nodes[keys[i].index].rank = i;
    }
  if (has_unnamed)
    {
      MpNetGroup *group = &layout->groups[layout->n_groups];

      group->code = "";
      group->unnamed = TRUE;
      group->n_nodes = 1;
      group->degree = layout->nodes[n_data].out;
      layout->nodes[n_data].group = layout->n_groups;
      layout->nodes[n_data].rank = n_data;
      layout->n_groups++;
    }
  if (layout->n_groups == 0)
    return layout;

  place_groups (layout, x, y, width, height, unit, label_h, margin_x);

  /* The nodes in rank order: the sorted keys, then the unnamed partner. */
  members = g_new (guint, layout->n_nodes);
  for (guint i = 0; i < n_data; i++)
    members[i] = keys[i].index;
  if (has_unnamed)
    members[n_data] = n_data;
  for (g = 0, start = 0; g < layout->n_groups; g++)
    {
      place_group_nodes (layout, g, members + start, layout->groups[g].n_nodes, unit);
      start += layout->groups[g].n_nodes;
    }

  /* The region drawn around the nodes: their ring plus a margin. */
  for (g = 0; g < layout->n_groups; g++)
    layout->groups[g].radius += 3 * unit;
  return layout;
}

void
mp_net_layout_free (MpNetLayout *layout)
{
  if (layout == NULL)
    return;
  g_free (layout->nodes);
  g_free (layout->groups);
  g_free (layout);
}
