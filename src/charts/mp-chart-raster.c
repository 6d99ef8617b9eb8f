/* mp-chart-raster.c — the raster fast path (see mp-chart-raster.h for why
 * and mp-chart-raster-private.h for how): set-up, the pen, recording into
 * tiles, the fills (convex polygons, discs), and the output, rendering the
 * tiles into a premultiplied layer and painting it once. The strokes are
 * in mp-chart-raster-stroke.c. */
#include "mp-chart-raster-private.h"

#include <string.h>

/* ---- The layer ---------------------------------------------------------- */

/* One layer is kept between draws: a chart redraws at the same size, and
 * fresh pages of a few megabytes cost a good part of a millisecond. It is
 * handed back all zero. The lists of entries are kept likewise: a
 * thousand links fill a few megabytes of them. */
G_LOCK_DEFINE_STATIC (spare);
static guint32 *spare_layer;
static gsize spare_size;
static GArray *spare_entries, *spare_sorted;

static GArray *
entries_take (GArray **spare_array)
{
  GArray *array;

  G_LOCK (spare);
  array = g_steal_pointer (spare_array);
  G_UNLOCK (spare);
  return array != NULL ? array : g_array_new (FALSE, FALSE, sizeof (MpRasterEntry));
}

static void
entries_give (GArray **spare_array,
              GArray  *array)
{
  g_array_set_size (array, 0);
  G_LOCK (spare);
  if (*spare_array == NULL)
    *spare_array = g_steal_pointer (&array);
  G_UNLOCK (spare);
  if (array != NULL)
    g_array_unref (array);
}

static guint32 *
layer_take (gsize  n_pixels,
            gsize *size)
{
  guint32 *layer = NULL;

  G_LOCK (spare);
  if (spare_size >= n_pixels)
    {
      layer = spare_layer;
      *size = spare_size;
      spare_layer = NULL;
      spare_size = 0;
    }
  G_UNLOCK (spare);
  if (layer == NULL)
    {
      layer = g_malloc0_n (n_pixels, sizeof (guint32));
      *size = n_pixels;
    }
  return layer;
}

/* Keeps the larger of the spare and `layer`. */
static void
layer_give (guint32 *layer,
            gsize    size)
{
  G_LOCK (spare);
  if (size > spare_size)
    {
      guint32 *old = spare_layer;
      spare_layer = layer;
      spare_size = size;
      layer = old;
    }
  G_UNLOCK (spare);
  g_free (layer);
}

static void
clear_layer (MpChartRaster *r)
{
  for (int y = r->layer_y0; y < r->layer_y1; y++)
    memset (r->layer + (gsize) y * r->width + r->layer_x0, 0,
            (gsize) (r->layer_x1 - r->layer_x0) * sizeof (guint32));
  r->layer_x0 = r->width;
  r->layer_y0 = r->height;
  r->layer_x1 = r->layer_y1 = 0;
}

/* ---- Set-up ------------------------------------------------------------- */

gboolean
mp_chart_raster_usable (cairo_t *cr)
{
  cairo_surface_t *target;
  cairo_format_t format;
  cairo_matrix_t m;
  double sx, sy, a, b;

  if (cr == NULL || cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    return FALSE;
  target = cairo_get_group_target (cr);
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  format = cairo_image_surface_get_format (target);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return FALSE;
  /* The layer is painted with OVER; anything else stays with Cairo. */
  if (cairo_get_operator (cr) != CAIRO_OPERATOR_OVER || cairo_get_antialias (cr) == CAIRO_ANTIALIAS_NONE)
    return FALSE;
  cairo_get_matrix (cr, &m);
  if (m.xy != 0 || m.yx != 0)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  a = fabs (m.xx * sx);
  b = fabs (m.yy * sy);
  /* A uniform scale: a round pen stays round. */
  return a > 1e-6 && fabs (a - b) <= 1e-9 * a;
}

MpChartRaster *
mp_chart_raster_new (cairo_t *cr)
{
  cairo_surface_t *target;
  cairo_matrix_t m;
  double sx, sy, ox, oy, cx0, cy0, cx1, cy1;
  int px0, py0, px1, py1, n_tiles;
  MpChartRaster *r;

  if (!mp_chart_raster_usable (cr))
    return NULL;
  target = cairo_get_group_target (cr);
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_get_matrix (cr, &m);
  /* The clip in device space, then in the target's pixels. */
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  cairo_restore (cr);
  px0 = (int) MAX (floor (MIN (cx0 * sx, cx1 * sx) + ox), 0);
  px1 = (int) MIN (ceil (MAX (cx0 * sx, cx1 * sx) + ox), cairo_image_surface_get_width (target));
  py0 = (int) MAX (floor (MIN (cy0 * sy, cy1 * sy) + oy), 0);
  py1 = (int) MIN (ceil (MAX (cy0 * sy, cy1 * sy) + oy), cairo_image_surface_get_height (target));
  /* Past 64 megapixels the layer alone would take a quarter of a
   * gigabyte: Cairo draws such a picture. */
  if (px1 <= px0 || py1 <= py0 || (gint64) (px1 - px0) * (py1 - py0) > 64 * 1024 * 1024)
    return NULL;

  r = g_new0 (MpChartRaster, 1);
  r->cr = cairo_reference (cr);
  r->x0 = px0;
  r->y0 = py0;
  r->width = px1 - px0;
  r->height = py1 - py0;
  r->dev_sx = sx;
  r->dev_sy = sy;
  r->dev_ox = ox;
  r->dev_oy = oy;
  r->mx = m.xx * sx;
  r->my = m.yy * sy;
  r->tx = m.x0 * sx + ox - px0;
  r->ty = m.y0 * sy + oy - py0;
  r->scale = fabs (r->mx);
  r->layer = layer_take ((gsize) r->width * r->height, &r->layer_size);
  r->layer_x0 = r->width;
  r->layer_y0 = r->height;

  r->pen.width = r->scale;
  r->pen.opacity = 1;
  r->pen_index = MP_RASTER_NONE;
  r->cap = MP_RASTER_CAP_BUTT;
  r->pens = g_array_new (FALSE, FALSE, sizeof (MpRasterPen));
  r->polygons = g_array_new (FALSE, FALSE, sizeof (MpRasterPolygon));
  r->discs = g_array_new (FALSE, FALSE, sizeof (MpRasterDisc));
  r->colors = g_array_new (FALSE, FALSE, sizeof (MpRgba));
  r->entries = entries_take (&spare_entries);
  r->touched_list = g_array_new (FALSE, FALSE, sizeof (guint32));
  r->sorted = entries_take (&spare_sorted);
  r->tiles_x = (r->width + MP_RASTER_TILE - 1) / MP_RASTER_TILE;
  r->tiles_y = (r->height + MP_RASTER_TILE - 1) / MP_RASTER_TILE;
  n_tiles = r->tiles_x * r->tiles_y;
  r->starts = g_new0 (guint32, n_tiles + 1);
  r->touched = g_new0 (guint8, n_tiles);
  r->scratch = g_array_new (FALSE, FALSE, sizeof (MpRasterSeg));
  return r;
}

void
mp_chart_raster_free (MpChartRaster *r)
{
  if (r == NULL)
    return;
  clear_layer (r);
  layer_give (r->layer, r->layer_size);
  cairo_destroy (r->cr);
  g_array_unref (r->pens);
  g_array_unref (r->polygons);
  g_array_unref (r->discs);
  g_array_unref (r->colors);
  entries_give (&spare_entries, r->entries);
  g_array_unref (r->touched_list);
  entries_give (&spare_sorted, r->sorted);
  g_free (r->starts);
  g_free (r->touched);
  g_array_unref (r->scratch);
  g_free (r);
}

/* ---- The pen ------------------------------------------------------------ */

guint
mp_raster_pen (MpChartRaster *r)
{
  if (r->pen_index == MP_RASTER_NONE)
    {
      g_array_append_val (r->pens, r->pen);
      r->pen_index = r->pens->len - 1;
    }
  return r->pen_index;
}

void
mp_chart_raster_set_line_width (MpChartRaster *r,
                                double         width)
{
  g_return_if_fail (r != NULL);
  if (MAX (width, 0) * r->scale == r->pen.width)
    return;
  r->pen.width = MAX (width, 0) * r->scale;
  r->pen_index = MP_RASTER_NONE;
}

void
mp_chart_raster_set_opacity (MpChartRaster *r,
                             double         opacity)
{
  g_return_if_fail (r != NULL);
  opacity = CLAMP (opacity, 0, 1);
  if (opacity == r->pen.opacity)
    return;
  r->pen.opacity = opacity;
  r->pen_index = MP_RASTER_NONE;
}

void
mp_chart_raster_set_line_cap (MpChartRaster *r,
                              MpRasterCap    cap)
{
  g_return_if_fail (r != NULL);
  r->cap = cap;
}

void
mp_chart_raster_set_dash (MpChartRaster *r,
                          const double  *dashes,
                          guint          n_dashes,
                          double         offset)
{
  MpRasterPen *pen;
  guint n = n_dashes % 2 == 1 ? 2 * n_dashes : n_dashes;

  g_return_if_fail (r != NULL);
  g_return_if_fail (n <= MP_RASTER_MAX_DASHES);

  pen = &r->pen;
  if (pen->n_dashes == 0 && (dashes == NULL || n_dashes == 0))
    return;
  r->pen_index = MP_RASTER_NONE;
  pen->n_dashes = 0;
  pen->period = pen->on = 0;
  if (dashes == NULL || n_dashes == 0)
    return;
  /* An odd pattern repeats with on and off swapped, as in Cairo. */
  for (guint i = 0; i < n; i++)
    {
      double d = MAX (dashes[i % n_dashes], 0) * r->scale;

      pen->dashes[i] = d;
      pen->period += d;
      if (i % 2 == 0)
        pen->on += d;
    }
  if (!(pen->period > 0))
    return;  /* all zero: solid, as near as matters */
  pen->n_dashes = n;
  pen->offset = offset * r->scale;
}

/* ---- Recording ---------------------------------------------------------- */

void
mp_raster_bin (MpChartRaster *r,
               MpRasterEntry  entry,
               double         x0,
               double         y0,
               double         x1,
               double         y1)
{
  int tx0, ty0, tx1, ty1;

  if (!(x1 >= 0 && y1 >= 0 && x0 < r->width && y0 < r->height))
    return;  /* outside the clip, or not a number */
  tx0 = (int) MAX (x0, 0) / MP_RASTER_TILE;
  ty0 = (int) MAX (y0, 0) / MP_RASTER_TILE;
  tx1 = (int) MIN (x1, r->width - 1) / MP_RASTER_TILE;
  ty1 = (int) MIN (y1, r->height - 1) / MP_RASTER_TILE;
  for (int ty = ty0; ty <= ty1; ty++)
    for (int tx = tx0; tx <= tx1; tx++)
      {
        entry.tile = ty * r->tiles_x + tx;
        g_array_append_val (r->entries, entry);
        if (!r->touched[entry.tile])
          {
            r->touched[entry.tile] = TRUE;
            g_array_append_val (r->touched_list, entry.tile);
          }
      }
}

/* ---- Fills -------------------------------------------------------------- */

void
mp_chart_raster_polygon (MpChartRaster *r,
                         const double  *xy,
                         guint          n_points)
{
  MpRasterPolygon poly = { .top = G_MAXDOUBLE, .bottom = -G_MAXDOUBLE };
  double pts[2 * MP_RASTER_MAX_POLYGON], area = 0, left = G_MAXDOUBLE, right = -G_MAXDOUBLE;

  g_return_if_fail (r != NULL);
  g_return_if_fail (n_points <= MP_RASTER_MAX_POLYGON);
  if (n_points < 3)
    return;
  for (guint i = 0; i < n_points; i++)
    {
      mp_raster_to_pixels (r, xy[2 * i], xy[2 * i + 1], &pts[2 * i]);
      if (!isfinite (pts[2 * i]) || !isfinite (pts[2 * i + 1]))
        return;
      left = MIN (left, pts[2 * i]);
      right = MAX (right, pts[2 * i]);
      poly.top = MIN (poly.top, pts[2 * i + 1]);
      poly.bottom = MAX (poly.bottom, pts[2 * i + 1]);
    }
  for (guint i = 0; i < n_points; i++)
    {
      const double *a = &pts[2 * i], *b = &pts[2 * ((i + 1) % n_points)];
      area += a[0] * b[1] - b[0] * a[1];
    }
  if (fabs (area) < 1e-12)
    return;
  /* Each edge as a half-plane, its normal pointing inside. */
  for (guint i = 0; i < n_points; i++)
    {
      const double *a = &pts[2 * i], *b = &pts[2 * ((i + 1) % n_points)];
      double dx = b[0] - a[0], dy = b[1] - a[1], len = sqrt (dx * dx + dy * dy);

      if (!(len > 1e-9))
        continue;
      poly.nx[poly.n] = (area > 0 ? -dy : dy) / len;
      poly.ny[poly.n] = (area > 0 ? dx : -dx) / len;
      poly.nc[poly.n] = poly.nx[poly.n] * a[0] + poly.ny[poly.n] * a[1];
      poly.n++;
    }
  g_array_append_val (r->polygons, poly);
  mp_raster_bin (r, (MpRasterEntry) { .item = ((guint32) MP_RASTER_POLYGON << 30) | (r->polygons->len - 1) },
                 left - 1, poly.top - 1, right + 1, poly.bottom + 1);
}

void
mp_chart_raster_disc (MpChartRaster *r,
                      double         x,
                      double         y,
                      double         radius)
{
  MpRasterDisc disc;
  double c[2];

  g_return_if_fail (r != NULL);
  mp_raster_to_pixels (r, x, y, c);
  disc = (MpRasterDisc) { c[0], c[1], fabs (radius) * r->scale };
  if (!isfinite (disc.r) || !(disc.r > 0))
    return;
  g_array_append_val (r->discs, disc);
  mp_raster_bin (r, (MpRasterEntry) { .item = ((guint32) MP_RASTER_DISC << 30) | (r->discs->len - 1) },
                 c[0] - disc.r - 1, c[1] - disc.r - 1, c[0] + disc.r + 1, c[1] + disc.r + 1);
}

/* The fills, in the rows and columns of one tile. */
static void
render_polygon (const MpRasterPolygon *poly,
                MpRasterTile          *tile)
{
  for (int y = MAX (mp_raster_floor (poly->top - 0.5), tile->y0); y < MIN (mp_raster_ceil (poly->bottom + 0.5), tile->y1); y++)
    {
      double yc = y + 0.5, xa = tile->x0, xb = tile->x1 - 1;
      guint8 *line = tile->cover + (y - tile->y0) * MP_RASTER_TILE;
      gboolean empty = FALSE;

      /* The columns where every edge is within half a pixel of inside. */
      for (guint e = 0; e < poly->n && !empty; e++)
        {
          double rest = poly->nc[e] - 0.5 - poly->ny[e] * yc;

          if (fabs (poly->nx[e]) < 1e-9)
            empty = rest > 0;
          else if (poly->nx[e] > 0)
            xa = MAX (xa, ceil (rest / poly->nx[e] - 0.5));
          else
            xb = MIN (xb, floor (rest / poly->nx[e] - 0.5));
        }
      if (empty || xa > xb)
        continue;
      for (int x = (int) xa; x <= (int) xb; x++)
        {
          double m = G_MAXDOUBLE;

          for (guint e = 0; e < poly->n; e++)
            m = MIN (m, poly->nx[e] * (x + 0.5) + poly->ny[e] * yc - poly->nc[e]);
          mp_raster_accumulate (&line[x - tile->x0], CLAMP (m + 0.5, 0, 1));
        }
      mp_raster_widen (tile, (int) xa - tile->x0, (int) xb - tile->x0, y - tile->y0);
    }
}

static void
render_disc (const MpRasterDisc *disc,
             MpRasterTile       *tile)
{
  double reach = disc->r + 0.5, inner = disc->r - 0.5;

  for (int y = MAX (mp_raster_floor (disc->y - reach), tile->y0); y < MIN (mp_raster_ceil (disc->y + reach), tile->y1); y++)
    {
      double dy = y + 0.5 - disc->y, half = sqrt (MAX (reach * reach - dy * dy, 0));
      /* Inside the circle half a pixel in, the pixels are wholly covered
       * (and stay so whatever was there): the regions of the network are
       * mostly that. */
      double full = inner > 0 && fabs (dy) < inner ? sqrt (inner * inner - dy * dy) : -1;
      int lo = MAX (mp_raster_ceil (disc->x - half - 0.5), tile->x0);
      int hi = MIN (mp_raster_floor (disc->x + half - 0.5), tile->x1 - 1);
      int full_lo = MAX (mp_raster_ceil (disc->x - full - 0.5), lo), full_hi = MIN (mp_raster_floor (disc->x + full - 0.5), hi);
      guint8 *line = tile->cover + (y - tile->y0) * MP_RASTER_TILE;

      if (lo > hi)
        continue;
      if (full < 0 || full_lo > full_hi)
        full_lo = hi + 1, full_hi = hi;
      for (int x = lo; x <= hi; x++)
        {
          double dx, d;

          if (x == full_lo)
            {
              memset (&line[full_lo - tile->x0], 255, full_hi - full_lo + 1);
              x = full_hi;
              continue;
            }
          dx = x + 0.5 - disc->x;
          d = sqrt (dx * dx + dy * dy);
          mp_raster_accumulate (&line[x - tile->x0], CLAMP (MIN (2 * disc->r, disc->r + 0.5 - d), 0, 1));
        }
      mp_raster_widen (tile, lo - tile->x0, hi - tile->x0, y - tile->y0);
    }
}

/* ---- Output ------------------------------------------------------------- */

void
mp_chart_raster_composite (MpChartRaster *r,
                           MpRgba         color)
{
  g_return_if_fail (r != NULL);
  if (r->touched_list->len == 0)
    return;
  g_array_append_val (r->colors, color);
  for (guint i = 0; i < r->touched_list->len; i++)
    {
      guint32 tile = g_array_index (r->touched_list, guint32, i);

      MpRasterEntry entry = { .tile = tile, .item = ((guint32) MP_RASTER_COMPOSITE << 30) | (r->colors->len - 1) };

      g_array_append_val (r->entries, entry);
      r->touched[tile] = FALSE;
    }
  g_array_set_size (r->touched_list, 0);
}

/* x × a / 255 for the four channels of x at once. */
static inline guint32
mul_un8x4 (guint32 x,
           guint   a)
{
  guint32 lo = (x & 0xff00ff) * a + 0x800080, hi = ((x >> 8) & 0xff00ff) * a + 0x800080;

  lo = ((lo + ((lo >> 8) & 0xff00ff)) >> 8) & 0xff00ff;
  hi = (hi + ((hi >> 8) & 0xff00ff)) & 0xff00ff00;
  return hi | lo;
}

/* Blends the tile's mask, within its box, in `color` into the layer, and
 * clears the mask there. */
static void
blend_tile (MpChartRaster *r,
            MpRasterTile  *tile,
            MpRgba         color)
{
  double a = CLAMP (color.a, 0, 1);
  guint32 premul = (guint32) lround (a * 255) << 24 | (guint32) lround (CLAMP (color.r, 0, 1) * a * 255) << 16
                   | (guint32) lround (CLAMP (color.g, 0, 1) * a * 255) << 8
                   | (guint32) lround (CLAMP (color.b, 0, 1) * a * 255);
  const int *box = tile->box;

  for (int y = box[1]; y <= box[3]; y++)
    {
      guint8 *line = tile->cover + y * MP_RASTER_TILE;
      guint32 *dst = r->layer + (gsize) (tile->y0 + y) * r->width + tile->x0;

      for (int x = box[0]; x <= box[2]; x++)
        {
          guint32 src;
          guint64 eight;

          /* A thin line crossing a tile leaves most of its box empty:
           * skip eight empty pixels at a time. */
          if (x + 8 <= box[2] + 1)
            {
              memcpy (&eight, &line[x], sizeof eight);
              if (eight == 0)
                {
                  x += 7;
                  continue;
                }
            }
          if (line[x] == 0)
            continue;
          src = line[x] == 255 ? premul : mul_un8x4 (premul, line[x]);
          /* Over nothing yet (the first colour here) it is the source. */
          dst[x] = dst[x] == 0 ? src : src + mul_un8x4 (dst[x], 255 - (src >> 24));
          line[x] = 0;
        }
    }
  r->layer_x0 = MIN (r->layer_x0, tile->x0 + box[0]);
  r->layer_y0 = MIN (r->layer_y0, tile->y0 + box[1]);
  r->layer_x1 = MAX (r->layer_x1, tile->x0 + box[2] + 1);
  r->layer_y1 = MAX (r->layer_y1, tile->y0 + box[3] + 1);
  tile->box[0] = tile->box[1] = G_MAXINT;
  tile->box[2] = tile->box[3] = -1;
}

/* Runs through one tile's list in order. */
static gboolean
render_tile (MpChartRaster       *r,
             guint32              t,
             const MpRasterEntry *entries,
             guint                n)
{
  gboolean blended = FALSE;
  MpRasterTile tile;

  tile.x0 = (int) (t % r->tiles_x) * MP_RASTER_TILE;
  tile.y0 = (int) (t / r->tiles_x) * MP_RASTER_TILE;
  tile.x1 = MIN (tile.x0 + MP_RASTER_TILE, r->width);
  tile.y1 = MIN (tile.y0 + MP_RASTER_TILE, r->height);
  tile.box[0] = tile.box[1] = G_MAXINT;
  tile.box[2] = tile.box[3] = -1;
  memset (tile.cover, 0, sizeof tile.cover);
  for (guint i = 0; i < n; i++)
    {
      guint kind = entries[i].item >> 30, index = entries[i].item & 0x3fffffff;

      switch (kind)
        {
        case MP_RASTER_SEG:
          mp_raster_render_piece (r, &entries[i], &tile);
          break;
        case MP_RASTER_POLYGON:
          render_polygon (&g_array_index (r->polygons, MpRasterPolygon, index), &tile);
          break;
        case MP_RASTER_DISC:
          render_disc (&g_array_index (r->discs, MpRasterDisc, index), &tile);
          break;
        default:
          if (tile.box[2] >= 0)
            {
              blend_tile (r, &tile, g_array_index (r->colors, MpRgba, index));
              blended = TRUE;
            }
          break;
        }
    }
  return blended;
}

/* The entries grouped by tile, each tile's in drawing order. */
static void
sort_entries (MpChartRaster *r)
{
  guint n_tiles = r->tiles_x * r->tiles_y, sum = 0;
  const MpRasterEntry *entries = (const MpRasterEntry *) r->entries->data;
  MpRasterEntry *sorted;

  /* Counting sort: count into starts[t + 1], turn that into where tile t
   * starts, then write, which leaves starts[t + 1] where tile t ends. */
  memset (r->starts, 0, (n_tiles + 1) * sizeof (guint32));
  for (guint i = 0; i < r->entries->len; i++)
    r->starts[entries[i].tile + 1]++;
  for (guint t = 0; t < n_tiles; t++)
    {
      guint count = r->starts[t + 1];
      r->starts[t + 1] = sum;
      sum += count;
    }
  g_array_set_size (r->sorted, r->entries->len);
  sorted = (MpRasterEntry *) r->sorted->data;
  for (guint i = 0; i < r->entries->len; i++)
    sorted[r->starts[entries[i].tile + 1]++] = entries[i];
}

void
mp_chart_raster_paint (MpChartRaster *r)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  int n_tiles;

  g_return_if_fail (r != NULL);
  n_tiles = r->tiles_x * r->tiles_y;
  sort_entries (r);
  /* From here on, `touched` says which tiles of the layer were painted. */
  memset (r->touched, 0, n_tiles);
  for (int t = 0; t < n_tiles; t++)
    if (r->starts[t + 1] > r->starts[t])
      r->touched[t] = render_tile (r, t, &g_array_index (r->sorted, MpRasterEntry, r->starts[t]),
                                   r->starts[t + 1] - r->starts[t]);
  /* Ready for more: shapes not composited are dropped. */
  g_array_set_size (r->touched_list, 0);
  g_array_set_size (r->entries, 0);
  g_array_set_size (r->polygons, 0);
  g_array_set_size (r->discs, 0);
  g_array_set_size (r->colors, 0);
  g_array_set_size (r->pens, 0);
  r->pen_index = MP_RASTER_NONE;
  if (r->layer_x1 <= r->layer_x0 || r->layer_y1 <= r->layer_y0)
    return;

  cr = r->cr;
  surface = cairo_image_surface_create_for_data ((unsigned char *) r->layer, CAIRO_FORMAT_ARGB32,
                                                 r->width, r->height, r->width * 4);
  cairo_surface_set_device_scale (surface, r->dev_sx, r->dev_sy);
  /* In device space, so the layer's pixels land on the target's; only the
   * tiles drawn on, so a few lines across a chart cost a few tiles. */
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, surface, (r->x0 - r->dev_ox) / r->dev_sx, (r->y0 - r->dev_oy) / r->dev_sy);
  cairo_new_path (cr);
  for (int ty = 0; ty < r->tiles_y; ty++)
    for (int tx = 0; tx < r->tiles_x; tx++)
      {
        int run = tx, px0, py0, px1, py1;

        if (!r->touched[ty * r->tiles_x + tx])
          continue;
        while (run + 1 < r->tiles_x && r->touched[ty * r->tiles_x + run + 1])
          run++;
        px0 = tx * MP_RASTER_TILE;
        py0 = ty * MP_RASTER_TILE;
        px1 = MIN ((run + 1) * MP_RASTER_TILE, r->width);
        py1 = MIN (py0 + MP_RASTER_TILE, r->height);
        cairo_rectangle (cr, (r->x0 + px0 - r->dev_ox) / r->dev_sx, (r->y0 + py0 - r->dev_oy) / r->dev_sy,
                         (px1 - px0) / r->dev_sx, (py1 - py0) / r->dev_sy);
        tx = run;
      }
  cairo_fill (cr);
  cairo_restore (cr);
  /* Cairo may keep a snapshot of its source; finishing the surface
   * detaches the layer's memory before it is cleared. */
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  clear_layer (r);
}
