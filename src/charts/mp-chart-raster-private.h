/* mp-chart-raster-private.h — what the two halves of the raster share: the
 * raster itself (mp-chart-raster.c: recording, fills, tiles, output) and
 * its strokes (mp-chart-raster-stroke.c). Private to src/charts.
 *
 * Shapes are not drawn when they are given but recorded, in pixel space,
 * and sorted into tiles of 32 × 32 pixels, each tile keeping its list of
 * shapes and composites in drawing order. mp_chart_raster_paint() then
 * renders tile by tile: the tile's mask and its part of the layer stay in
 * the processor's cache, where a mask over the whole clip would be fetched
 * from memory for every row of every line. */
#pragma once

#include "mp-chart-raster.h"

#include <math.h>

G_BEGIN_DECLS

#define MP_RASTER_TILE 32
#define MP_RASTER_MAX_DASHES 8
#define MP_RASTER_MAX_POLYGON 8
#define MP_RASTER_NONE G_MAXUINT32

/* A pen: the width and dashes of the strokes recorded with it. */
typedef struct {
  double width;                          /* pixels */
  double opacity;                        /* coverage at most this */
  guint  n_dashes;                       /* even; 0: solid */
  double dashes[MP_RASTER_MAX_DASHES];   /* pixels */
  double offset, period, on;
} MpRasterPen;

/* One end of a straight piece of a stroke: a cap, or a joint with the
 * next piece. At a joint the two pieces share the plane through the joint
 * point across the bisector of their directions; each pixel belongs to
 * the piece on its side, so the joint is neither doubled nor missed. */
typedef struct {
  gboolean joint;
  gboolean butt;            /* a butt cap (else round), when not a joint */
  double   nx, ny;          /* the joint's plane: its normal, pointing forward */
  int      turn;            /* the sign of the turn there: where the outside is */
  double   ext;             /* how far past the end its pixels may lie */
} MpRasterEnd;

/* One straight piece of a stroke, in pixels. */
typedef struct {
  double      ax, ay;       /* start */
  double      ux, uy;       /* unit direction */
  double      len;
  double      s0;           /* length of the stroke before it (dashes) */
  MpRasterEnd start, end;
} MpRasterSeg;

/* A convex polygon as half-planes n·p ≥ c, normals pointing inside. */
typedef struct {
  double nx[MP_RASTER_MAX_POLYGON], ny[MP_RASTER_MAX_POLYGON], nc[MP_RASTER_MAX_POLYGON];
  guint  n;
  double top, bottom;
} MpRasterPolygon;

typedef struct {
  double x, y, r;
} MpRasterDisc;

/* What a tile's list holds: the kind in the top two bits, an index into
 * the matching array below. */
enum {
  MP_RASTER_SEG,
  MP_RASTER_POLYGON,
  MP_RASTER_DISC,
  MP_RASTER_COMPOSITE,
};

/* An entry of a tile's list. A piece of a stroke, at most a tile long,
 * travels in the entry itself, in floats: a tile then reads its list in
 * one sweep instead of fetching pieces from all over memory. */
typedef struct {
  guint32 tile;
  guint32 item;             /* the kind, and the pen of a piece or the index of the rest */
  guint8  joint0, joint1;   /* the ends, as in MpRasterEnd */
  guint8  butt0, butt1;
  gint8   turn0, turn1;
  float   ax, ay, ux, uy, len, s0, ext0, ext1;
  float   n0x, n0y, n1x, n1y;
} MpRasterEntry;

struct _MpChartRaster {
  cairo_t      *cr;
  /* User space to the raster's pixels: X = mx·x + tx, Y = my·y + ty. */
  double        mx, my, tx, ty, scale;
  /* The raster's origin in the target's pixels, and the target's device
   * transform, to paint the layer back where it belongs. */
  int           x0, y0, width, height;
  double        dev_sx, dev_sy, dev_ox, dev_oy;

  guint32      *layer;      /* premultiplied ARGB32, stride `width` */
  gsize         layer_size; /* pixels allocated */
  int           layer_x0, layer_y0, layer_x1, layer_y1;

  MpRasterPen   pen;
  guint         pen_index;  /* of `pen` in `pens`, or MP_RASTER_NONE */
  MpRasterCap   cap;

  GArray       *pens, *polygons, *discs, *colors;
  GArray       *entries;      /* in drawing order */
  GArray       *scratch;      /* MpRasterSeg: the stroke being recorded */
  int           tiles_x, tiles_y;
  guint8       *touched;      /* per tile: shapes since the last composite */
  GArray       *touched_list;
  guint32      *starts;       /* per tile + 1, and the entries sorted by tile */
  GArray       *sorted;
};

/* Records `entry` (its tile set here) in every tile of the box
 * [x0, x1] × [y0, y1] (pixels); mp-chart-raster.c. */
void   mp_raster_bin            (MpChartRaster *r,
                                 MpRasterEntry  entry,
                                 double         x0,
                                 double         y0,
                                 double         x1,
                                 double         y1);
/* The current pen's index in r->pens, added when it changed. */
guint  mp_raster_pen            (MpChartRaster *r);

/* A tile being rendered: where it is, its mask, and the box of the mask
 * written since the last composite (in the tile, inclusive). */
typedef struct {
  int    x0, y0, x1, y1;    /* pixels [x0, x1) × [y0, y1) of the raster */
  guint8 cover[MP_RASTER_TILE * MP_RASTER_TILE];
  int    box[4];            /* left, top, right, bottom */
} MpRasterTile;

/* Renders a piece of a stroke into the tile's mask.
 * mp-chart-raster-stroke.c. */
void   mp_raster_render_piece   (MpChartRaster       *r,
                                 const MpRasterEntry *piece,
                                 MpRasterTile        *tile);

static inline void
mp_raster_widen (MpRasterTile *tile,
                 int           lo,
                 int           hi,
                 int           y)
{
  tile->box[0] = MIN (tile->box[0], lo);
  tile->box[1] = MIN (tile->box[1], y);
  tile->box[2] = MAX (tile->box[2], hi);
  tile->box[3] = MAX (tile->box[3], y);
}

/* floor and ceil of a coordinate, without a call into libm: truncation of
 * a positive number floors. Far-off values are clamped first (the callers
 * clip to a tile anyway). */
#define MP_RASTER_BIAS 1073741824.0

static inline int
mp_raster_floor (double v)
{
  return (int) ((gint64) (CLAMP (v, -1e9, 1e9) + MP_RASTER_BIAS) - (gint64) MP_RASTER_BIAS);
}

static inline int
mp_raster_ceil (double v)
{
  return (int) ((gint64) MP_RASTER_BIAS - (gint64) (MP_RASTER_BIAS - CLAMP (v, -1e9, 1e9)));
}

/* x / 255, rounded, for x ≤ 255 × 255. */
static inline guint
mp_raster_div255 (guint x)
{
  x += 128;
  return (x + (x >> 8)) >> 8;
}

/* Adds `coverage` (0..1) to a pixel of a mask like "over". */
static inline void
mp_raster_accumulate (guint8 *p,
                      double  coverage)
{
  guint a = (guint) (coverage * 255 + 0.5), c;

  if (a == 0)
    return;
  c = *p;
  *p = (guint8) (c + a - mp_raster_div255 (c * a));
}

static inline void
mp_raster_to_pixels (const MpChartRaster *r,
                     double               x,
                     double               y,
                     double              *out)
{
  out[0] = r->mx * x + r->tx;
  out[1] = r->my * y + r->ty;
}

G_END_DECLS
