/* mp-chart-network-layout.h — where the network chart puts its groups and
 * nodes. Private to src/charts.
 *
 * The layout depends only on the data, never on the order nodes and links
 * were added, nor on pointers or hashes: groups are sorted by code and placed
 * around an ellipse, the nodes of a group by out-degree, in-degree, then
 * code, in a ring (up to 7) or a sunflower spiral around the group's centre.
 * It is O(nodes log nodes + links), cheap enough to run on every draw. */
#pragma once

#include <cairo.h>
#include <glib.h>
#include "mp-chart-network.h"
#include "mp-chart-raster.h"

G_BEGIN_DECLS

typedef struct {
  double x, y, r;     /* centre and radius */
  guint  group;       /* index into MpNetLayout.groups */
  guint  rank;        /* position in the order (group, degree, code) */
  guint  out, in;     /* links sent and received */
} MpNetPos;

typedef struct {
  const char *code;       /* borrowed from the data; "" for no group */
  const char *name;       /* borrowed; NULL when no node names its group */
  double      x, y;       /* centre */
  double      radius;     /* of the faint region drawn around the nodes */
  double      angle;      /* on the ellipse (radians, y down); NAN if alone */
  double      label_width;/* the room for its label */
  guint       n_nodes;
  guint       degree;     /* links sent and received by its nodes */
  gboolean    unnamed;    /* the pseudo-group of the unnamed partner */
} MpNetGroup;

typedef struct {
  /* The data's nodes, then the unnamed partner (when a link has no
   * sender) at index `unnamed`. */
  guint       n_nodes;
  guint       n_data_nodes;
  guint       unnamed;    /* MP_NETWORK_NO_NODE when there is none */
  MpNetPos   *nodes;
  guint       n_groups;
  MpNetGroup *groups;
  double      cx, cy;     /* the centre of the ellipse */
} MpNetLayout;

/* Lays the network out in the rectangle (x, y, width, height), keeping
 * `label_height` free above and below each group for its name and
 * `margin_x` free on the left and right for the labels of the nodes.
 * `unit` is font_size / 12: node radii and gaps scale with it. */
MpNetLayout *mp_net_layout_new  (const MpNetworkData *data,
                                 double               x,
                                 double               y,
                                 double               width,
                                 double               height,
                                 double               unit,
                                 double               label_height,
                                 double               margin_x);
void         mp_net_layout_free (MpNetLayout         *layout);

/* The node index a link starts from (the unnamed partner for
 * MP_NETWORK_NO_NODE), or MP_NETWORK_NO_NODE when the link is invalid. */
guint        mp_net_layout_from (const MpNetLayout   *layout,
                                 const MpNetworkLink *link);

/* Draws the group names, then at most `budget` node names, inside the
 * rectangle (x0, y0)–(x1, y1); mp-chart-network-labels.c. */
void         mp_net_draw_labels (cairo_t             *cr,
                                 const MpChartStyle  *style,
                                 const MpNetworkData *data,
                                 const MpNetLayout   *layout,
                                 double               x0,
                                 double               y0,
                                 double               x1,
                                 double               y1,
                                 guint                budget);

/* The faint region of each group, and the nodes over the links; with
 * Cairo, or into `raster` when it is not NULL (an image target: the caller
 * paints it). mp-chart-network-shapes.c. */
void         mp_net_draw_regions (cairo_t            *cr,
                                  MpChartRaster      *raster,
                                  const MpChartStyle *style,
                                  const MpNetLayout  *layout,
                                  double              unit);
void         mp_net_draw_nodes   (cairo_t            *cr,
                                  MpChartRaster      *raster,
                                  const MpChartStyle *style,
                                  const MpNetLayout  *layout,
                                  double              unit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpNetLayout, mp_net_layout_free)

G_END_DECLS
