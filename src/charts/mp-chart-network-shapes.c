/* mp-chart-network-shapes.c — the circles of the network chart: the faint
 * region of each group under the links, and the nodes over them. On an
 * image they go into the raster with the links (mp-chart-raster.h): a few
 * hundred small circles cost Cairo's stroker more than all the text of
 * the chart. */
#include <math.h>

#include "mp-chart-network-layout.h"
#include "mp-chart-private.h"

typedef struct {
  double x, y, r;
} Circle;

/* Fills the circles as one shape (their union), in `color`. */
static void
fill_circles (cairo_t       *cr,
              MpChartRaster *raster,
              const Circle  *c,
              guint          n,
              MpRgba         color)
{
  if (n == 0)
    return;
  if (raster != NULL)
    {
      for (guint i = 0; i < n; i++)
        mp_chart_raster_disc (raster, c[i].x, c[i].y, c[i].r);
      mp_chart_raster_composite (raster, color);
      return;
    }
  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, c[i].x, c[i].y, c[i].r, 0, 2 * G_PI);
    }
  mp_chart_set_color (cr, color);
  cairo_fill (cr);
}

/* Strokes the circles `width` wide, dashed when `dash` is not NULL. */
static void
stroke_circles (cairo_t       *cr,
                MpChartRaster *raster,
                const Circle  *c,
                guint          n,
                double         width,
                const double  *dash,
                MpRgba         color)
{
  if (n == 0)
    return;
  if (raster != NULL)
    {
      mp_chart_raster_set_line_width (raster, width);
      mp_chart_raster_set_dash (raster, dash, dash != NULL ? 2 : 0, 0);
      for (guint i = 0; i < n; i++)
        mp_chart_raster_circle (raster, c[i].x, c[i].y, c[i].r);
      mp_chart_raster_composite (raster, color);
      mp_chart_raster_set_dash (raster, NULL, 0, 0);
      return;
    }
  cairo_save (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, c[i].x, c[i].y, c[i].r, 0, 2 * G_PI);
    }
  mp_chart_set_color (cr, color);
  cairo_set_line_width (cr, width);
  cairo_set_dash (cr, dash, dash != NULL ? 2 : 0, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
mp_net_draw_regions (cairo_t            *cr,
                     MpChartRaster      *raster,
                     const MpChartStyle *style,
                     const MpNetLayout  *layout,
                     double              unit)
{
  g_autofree Circle *circles = g_new (Circle, MAX (layout->n_groups, 1));
  guint n = 0;

  /* The unnamed partner has none. */
  for (guint g = 0; g < layout->n_groups; g++)
    if (!layout->groups[g].unnamed)
      circles[n++] = (Circle) { layout->groups[g].x, layout->groups[g].y, layout->groups[g].radius };
  fill_circles (cr, raster, circles, n, mp_chart_fade (style->foreground, style->dark ? 0.06 : 0.035));
  stroke_circles (cr, raster, circles, n, unit, NULL, style->grid);
}

static MpRgba
over_background (MpRgba              color,
                 const MpChartStyle *style)
{
  MpRgba bg = style->background;

  return (MpRgba) {
    color.r * color.a + bg.r * (1 - color.a),
    color.g * color.a + bg.g * (1 - color.a),
    color.b * color.a + bg.b * (1 - color.a),
    1.0,
  };
}

/* Nodes are neutral so the colours stay the links': a sender is a filled
 * dot, a node that only receives a ring, each edged with the background so
 * the links end visibly at its edge. */
void
mp_net_draw_nodes (cairo_t            *cr,
                   MpChartRaster      *raster,
                   const MpChartStyle *style,
                   const MpNetLayout  *layout,
                   double              unit)
{
  const double dash[2] = { 2 * unit, 1.5 * unit };
  MpRgba ink = over_background (mp_chart_fade (style->foreground, 0.9), style);
  g_autofree Circle *circles = g_new (Circle, MAX (layout->n_data_nodes, 1));

  for (int senders = 1; senders >= 0; senders--)
    {
      guint n = 0;

      for (guint i = 0; i < layout->n_data_nodes; i++)
        if ((layout->nodes[i].out > 0) == senders)
          circles[n++] = (Circle) { layout->nodes[i].x, layout->nodes[i].y, layout->nodes[i].r };
      fill_circles (cr, raster, circles, n, senders ? ink : style->background);
      if (senders)
        {
          stroke_circles (cr, raster, circles, n, 1.2 * unit, NULL, style->background);
          continue;
        }
      /* The ring, inside the node's radius. */
      for (guint i = 0; i < n; i++)
        circles[i].r = MAX (circles[i].r - 0.75 * unit, 0.5 * unit);
      stroke_circles (cr, raster, circles, n, 1.5 * unit, NULL, ink);
    }
  if (layout->unnamed != MP_NETWORK_NO_NODE)
    {
      const MpNetPos *pos = &layout->nodes[layout->unnamed];
      Circle c = { pos->x, pos->y, pos->r };

      /* Hollow and dashed: a partner the documents do not name. */
      fill_circles (cr, raster, &c, 1, style->background);
      stroke_circles (cr, raster, &c, 1, 1.5 * unit, dash, style->muted);
    }
}
