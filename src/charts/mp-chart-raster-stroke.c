/* mp-chart-raster-stroke.c — the raster's strokes: lines, polylines,
 * curves and circles, solid or dashed.
 *
 * A stroke is flattened into straight pieces in pixel space, each at most
 * a tile long, and recorded in the tiles it reaches (see
 * mp-chart-raster-private.h). In a tile, the pieces of one stroke are
 * scanned row by row: each gives a span of the row, and a pixel takes the
 * largest coverage any of them gives, gathered in one row of floats before
 * it goes into the tile's mask, so the joints of a polyline are round and
 * are not counted twice.
 *
 * A piece covers a pixel by a box filter of its distance: a line of width
 * w covers min (w, w/2 + ½ − d), clamped to [0, 1], which keeps the ink of
 * thin lines right at every angle; butt ends and dashes are box-filtered
 * along the line the same way. Along a row, the distances across and
 * along change by a constant from pixel to pixel, so the middle of a piece
 * costs a few additions a pixel; only its ends take the full
 * computation. */
#include "mp-chart-raster-private.h"

#include <string.h>

/* How far a flattened curve may stray from the true one, in pixels. */
#define TOLERANCE 0.2
#define MAX_CURVE_SEGMENTS 256

/* ---- Dashes ------------------------------------------------------------- */

/* The pattern's "on" length within [0, s). */
static double
dash_cumulative (const MpRasterPen *pen,
                 double             s)
{
  double k = floor (s / pen->period), rem = s - k * pen->period, on = 0, pos = 0;

  for (guint i = 0; i < pen->n_dashes; i += 2)
    {
      on += CLAMP (rem - pos, 0, pen->dashes[i]);
      pos += pen->dashes[i] + pen->dashes[i + 1];
    }
  return k * pen->on + on;
}

/* The share of the pixel centred at `phase` (0 ≤ phase < period) the
 * dashes cover; the usual two-entry pattern decides most pixels at once. */
static inline double
dash_share (const MpRasterPen *pen,
            double             phase)
{
  if (pen->n_dashes == 2)
    {
      if (phase >= 0.5 && phase <= pen->dashes[0] - 0.5)
        return 1;
      if (phase >= pen->dashes[0] + 0.5 && phase <= pen->period - 0.5)
        return 0;
    }
  return dash_cumulative (pen, phase + 0.5) - dash_cumulative (pen, phase - 0.5);
}

static inline double
dash_phase (const MpRasterPen *pen,
            double             s)
{
  double phase = fmod (s + pen->offset, pen->period);

  return phase < 0 ? phase + pen->period : phase;
}

/* ---- Pieces ------------------------------------------------------------- */

/* A piece's coverage of a pixel it owns centred at (x, y), for the rare
 * pixels past its ends or on its butt ends: a cap, or at a joint the
 * round outside (the distance to the joint point) and the inside (the
 * distance to its line, as the neighbour's would be). */
static double
piece_cover_end (const MpRasterPen   *pen,
                 const MpRasterEntry *e,
                 double               x,
                 double               y)
{
  double rx = x - e->ax, ry = y - e->ay;
  double t = rx * e->ux + ry * e->uy, d = rx * e->uy - ry * e->ux, c;

  if (t < 0 && (e->joint0 ? d * e->turn0 > 0 : !e->butt0))
    d = sqrt (rx * rx + ry * ry);
  else if (t > e->len && (e->joint1 ? d * e->turn1 > 0 : !e->butt1))
    {
      double ex = rx - e->ux * e->len, ey = ry - e->uy * e->len;
      d = sqrt (ex * ex + ey * ey);
    }
  else
    d = fabs (d);
  c = MIN (pen->width, 0.5 * pen->width + 0.5 - d);
  if (c <= 0)
    return 0;
  c = MIN (c, 1) * pen->opacity;
  if (!e->joint0 && e->butt0)
    c *= CLAMP (t + 0.5, 0, 1);
  if (!e->joint1 && e->butt1)
    c *= CLAMP (e->len - t + 0.5, 0, 1);
  if (pen->n_dashes > 0)
    c *= dash_share (pen, dash_phase (pen, e->s0 + CLAMP (t, 0, e->len)));
  return c;
}

/* Adds the piece's coverage to `count` pixels of the tile's mask, out[0],
 * out[stride], …, from the one centred at (px, py) along x (`along_x`) or
 * down y. Across and along the piece and across its joints' planes, the
 * distances change by a constant from pixel to pixel; the pixels past its
 * ends take the full computation. */
static inline void
run_cover (const MpRasterPen   *pen,
           const MpRasterEntry *e,
           double               px,
           double               py,
           int                  count,
           gboolean             along_x,
           guint8              *out,
           int                  stride)
{
  const double half = 0.5 * pen->width + 0.5, w = MIN (pen->width, 1), period = pen->period;
  const double opacity = pen->opacity, scale = 255 * opacity;
  const double t_lo = !e->joint0 && e->butt0 ? 0.5 : 0, t_hi = e->len - (!e->joint1 && e->butt1 ? 0.5 : 0);
  const double dt = along_x ? e->ux : e->uy, dd = along_x ? e->uy : -e->ux;
  const double da = along_x ? e->n0x : e->n0y, db = along_x ? e->n1x : e->n1y;
  const gboolean dashed = pen->n_dashes > 0;
  double rx = px - e->ax, ry = py - e->ay, bx = rx - e->ux * e->len, by = ry - e->uy * e->len;
  double t = rx * e->ux + ry * e->uy, d = rx * e->uy - ry * e->ux;
  /* Which side of the joints' planes: ≥ 0 after the start, < 0 before the
   * end; at a cap, always. */
  double sa = e->joint0 ? rx * e->n0x + ry * e->n0y : 1, sb = e->joint1 ? bx * e->n1x + by * e->n1y : -1;
  double phase, t_last = t + dt * (count - 1);

  /* Most runs lie wholly inside the piece, away from its ends: linear
   * tests that hold at both ends of the run hold between them. */
  if (!dashed && MIN (t, t_last) >= t_lo && MAX (t, t_last) <= t_hi
      && MIN (sa, sa + da * (count - 1)) >= 0 && MAX (sb, sb + db * (count - 1)) < 0)
    {
      for (int i = 0; i < count; i++, d += dd, out += stride)
        {
          guint a = (guint) (MAX (MIN (half - fabs (d), w), 0) * scale + 0.5);
          *out = (guint8) (*out + a - mp_raster_div255 (*out * a));
        }
      return;
    }
  phase = dashed ? dash_phase (pen, e->s0 + t) : 0;
  for (int i = 0; i < count; i++, t += dt, d += dd, sa += da, sb += db, phase += dt, out += stride)
    {
      double c;
      guint a;

      if (sa < 0 || sb >= 0)
        continue;  /* the neighbour's */
      if (G_UNLIKELY (t < t_lo || t > t_hi))
        c = piece_cover_end (pen, e, along_x ? px + i : px, along_x ? py : py + i);
      else
        {
          c = MIN (half - fabs (d), w) * opacity;
          if (G_UNLIKELY (dashed))
            {
              while (phase >= period)
                phase -= period;
              while (phase < 0)
                phase += period;
              c *= dash_share (pen, phase);
            }
        }
      a = (guint) (MAX (c, 0) * 255 + 0.5);
      *out = (guint8) (*out + a - mp_raster_div255 (*out * a));
    }
}

/* Along its major axis: on each row (steep) or column (shallow), the few
 * pixels within reach across it, found from where its line crosses. */
void
mp_raster_render_piece (MpChartRaster       *r,
                        const MpRasterEntry *e,
                        MpRasterTile        *tile)
{
  const MpRasterPen *pen = &g_array_index (r->pens, MpRasterPen, e->item & 0x3fffffff);
  const double reach = 0.5 * pen->width + 0.5;

  if (fabs (e->uy) >= fabs (e->ux))
    {
      double slope = e->ux / e->uy, k = reach / fabs (e->uy), spill = reach * fabs (e->ux) + 0.5;
      double ya = e->ay - e->uy * e->ext0, yb = e->ay + e->uy * (e->len + e->ext1);
      int y0 = MAX (mp_raster_floor (MIN (ya, yb) - spill), tile->y0);
      int y1 = MIN (mp_raster_ceil (MAX (ya, yb) + spill), tile->y1);

      for (int y = y0; y < y1; y++)
        {
          double xc = e->ax + (y + 0.5 - e->ay) * slope;
          int lo = MAX (mp_raster_ceil (xc - k - 0.5), tile->x0);
          int hi = MIN (mp_raster_floor (xc + k - 0.5), tile->x1 - 1);

          if (lo > hi)
            continue;
          run_cover (pen, e, lo + 0.5, y + 0.5, hi - lo + 1, TRUE,
                     tile->cover + (y - tile->y0) * MP_RASTER_TILE + (lo - tile->x0), 1);
          mp_raster_widen (tile, lo - tile->x0, hi - tile->x0, y - tile->y0);
        }
    }
  else
    {
      double slope = e->uy / e->ux, k = reach / fabs (e->ux), spill = reach * fabs (e->uy) + 0.5;
      double xa = e->ax - e->ux * e->ext0, xb = e->ax + e->ux * (e->len + e->ext1);
      int x0 = MAX (mp_raster_floor (MIN (xa, xb) - spill), tile->x0);
      int x1 = MIN (mp_raster_ceil (MAX (xa, xb) + spill), tile->x1);

      for (int x = x0; x < x1; x++)
        {
          double yc = e->ay + (x + 0.5 - e->ax) * slope;
          int lo = MAX (mp_raster_ceil (yc - k - 0.5), tile->y0);
          int hi = MIN (mp_raster_floor (yc + k - 0.5), tile->y1 - 1);

          if (lo > hi)
            continue;
          run_cover (pen, e, x + 0.5, lo + 0.5, hi - lo + 1, FALSE,
                     tile->cover + (lo - tile->y0) * MP_RASTER_TILE + (x - tile->x0), MP_RASTER_TILE);
          mp_raster_widen (tile, x - tile->x0, x - tile->x0, lo - tile->y0);
          mp_raster_widen (tile, x - tile->x0, x - tile->x0, hi - tile->y0);
        }
    }
}

/* ---- Recording ---------------------------------------------------------- */

/* The joint of piece a into piece b. A turn sharper than about 155° is no
 * joint but two round ends: the plane between them would run along the
 * pieces. */
static void
set_joint (MpRasterSeg *a,
           MpRasterSeg *b,
           double       reach)
{
  double cos_turn = a->ux * b->ux + a->uy * b->uy, cross = a->ux * b->uy - a->uy * b->ux;
  double nx = a->ux + b->ux, ny = a->uy + b->uy, nl = sqrt (nx * nx + ny * ny);
  MpRasterEnd end = { TRUE, FALSE, nx / nl, ny / nl, cross > 1e-9 ? 1 : cross < -1e-9 ? -1 : 0, 0 };

  if (cos_turn < -0.9)
    {
      a->end = b->start = (MpRasterEnd) { .ext = reach };
      return;
    }
  /* The plane leaves the perpendicular by half the turn: its pixels lie
   * up to reach · tan (turn / 2) past the end. */
  end.ext = reach * fabs (cross) / (1 + cos_turn) + 0.5;
  a->end = b->start = end;
}

/* The part [*t0, *t1] of segment `g` within `pad` of the raster, by
 * Liang–Barsky; FALSE when none is. */
static gboolean
clip_segment (const MpChartRaster *r,
              const MpRasterSeg   *g,
              double               pad,
              double              *t0,
              double              *t1)
{
  const double p[4] = { -g->ux, g->ux, -g->uy, g->uy };
  const double q[4] = { g->ax + pad, r->width + pad - g->ax, g->ay + pad, r->height + pad - g->ay };

  *t0 = 0;
  *t1 = g->len;
  for (int i = 0; i < 4; i++)
    {
      if (fabs (p[i]) < 1e-12)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        *t0 = MAX (*t0, q[i] / p[i]);
      else
        *t1 = MIN (*t1, q[i] / p[i]);
    }
  return *t0 <= *t1;
}

/* Records the part of segment `g` near the raster in pieces at most a
 * tile long, each in the tiles it reaches. */
static void
record_segment (MpChartRaster     *r,
                const MpRasterSeg *g,
                guint              pen,
                double             reach)
{
  double pad = reach + MAX (g->start.ext, g->end.ext), t0, t1, piece;
  guint k;

  if (!clip_segment (r, g, pad + 1, &t0, &t1))
    return;
  k = (guint) MAX (ceil ((t1 - t0) / MP_RASTER_TILE), 1);
  piece = (t1 - t0) / k;
  for (guint j = 0; j < k; j++)
    {
      double ax = g->ax + g->ux * (t0 + piece * j), ay = g->ay + g->uy * (t0 + piece * j);
      double bx = ax + g->ux * piece, by = ay + g->uy * piece;
      /* Pieces of one straight segment join across its perpendicular; so
       * do its parts far outside the raster, where nothing shows. */
      MpRasterEnd straight = { TRUE, FALSE, g->ux, g->uy, 0, 0.5 };
      const MpRasterEnd *s = j == 0 && t0 == 0 ? &g->start : &straight;
      const MpRasterEnd *e = j + 1 == k && t1 == g->len ? &g->end : &straight;
      MpRasterEntry entry = {
        .item = ((guint32) MP_RASTER_SEG << 30) | pen,
        .joint0 = s->joint, .joint1 = e->joint, .butt0 = s->butt, .butt1 = e->butt,
        .turn0 = s->turn, .turn1 = e->turn,
        .ax = ax, .ay = ay, .ux = g->ux, .uy = g->uy, .len = piece, .s0 = g->s0 + t0 + piece * j,
        .ext0 = s->ext, .ext1 = e->ext,
        .n0x = s->nx, .n0y = s->ny, .n1x = e->nx, .n1y = e->ny,
      };

      mp_raster_bin (r, entry, MIN (ax, bx) - pad, MIN (ay, by) - pad, MAX (ax, bx) + pad, MAX (ay, by) + pad);
    }
}

/* Strokes the polyline of `n` points already in pixels. */
static void
stroke_pixels (MpChartRaster *r,
               const double  *pts,
               guint          n,
               gboolean       closed)
{
  const double reach = 0.5 * r->pen.width + 0.5;
  const MpRasterEnd cap = { FALSE, r->cap == MP_RASTER_CAP_BUTT, 0, 0, 0,
                            r->cap == MP_RASTER_CAP_BUTT ? 0.5 : reach };
  guint last = closed ? n : n - 1, pen, n_segs;
  MpRasterSeg *segs;
  double s = 0;

  if (n == 0 || !(r->pen.width > 0))
    return;
  pen = mp_raster_pen (r);
  g_array_set_size (r->scratch, 0);
  for (guint i = 0; i < last; i++)
    {
      const double *a = &pts[2 * i], *b = &pts[2 * ((i + 1) % n)];
      double dx = b[0] - a[0], dy = b[1] - a[1], len = sqrt (dx * dx + dy * dy);
      MpRasterSeg g = { a[0], a[1], dx / len, dy / len, len, s, cap, cap };

      if (!(len > 1e-9) || !isfinite (len))
        continue;
      g_array_append_val (r->scratch, g);
      s += len;
    }
  segs = (MpRasterSeg *) r->scratch->data;
  n_segs = r->scratch->len;
  if (n_segs == 0)
    {
      /* A point: a dot with round caps, nothing with butt ones, as Cairo. */
      MpRasterSeg g = { pts[0], pts[1], 1, 0, 0, 0, cap, cap };

      if (r->cap == MP_RASTER_CAP_ROUND && isfinite (pts[0]) && isfinite (pts[1]))
        record_segment (r, &g, pen, reach);
      return;
    }
  for (guint i = 0; i + 1 < n_segs; i++)
    set_joint (&segs[i], &segs[i + 1], reach);
  if (closed && n_segs > 1)
    set_joint (&segs[n_segs - 1], &segs[0], reach);
  for (guint i = 0; i < n_segs; i++)
    record_segment (r, &segs[i], pen, reach);
}

/* ---- Strokes ------------------------------------------------------------ */

void
mp_chart_raster_line (MpChartRaster *r,
                      double         x0,
                      double         y0,
                      double         x1,
                      double         y1)
{
  double pts[4];

  g_return_if_fail (r != NULL);
  mp_raster_to_pixels (r, x0, y0, &pts[0]);
  mp_raster_to_pixels (r, x1, y1, &pts[2]);
  stroke_pixels (r, pts, 2, FALSE);
}

void
mp_chart_raster_polyline (MpChartRaster *r,
                          const double  *xy,
                          guint          n_points,
                          gboolean       closed)
{
  double stack[2 * 64];
  g_autofree double *heap = NULL;
  double *pts = stack;

  g_return_if_fail (r != NULL);
  g_return_if_fail (xy != NULL || n_points == 0);
  if (n_points > G_N_ELEMENTS (stack) / 2)
    pts = heap = g_new (double, 2 * n_points);
  for (guint i = 0; i < n_points; i++)
    mp_raster_to_pixels (r, xy[2 * i], xy[2 * i + 1], &pts[2 * i]);
  stroke_pixels (r, pts, n_points, closed);
}

void
mp_chart_raster_curve (MpChartRaster *r,
                       double         x0,
                       double         y0,
                       double         x1,
                       double         y1,
                       double         x2,
                       double         y2,
                       double         x3,
                       double         y3)
{
  double p[8], pts[2 * (MAX_CURVE_SEGMENTS + 1)];
  double ax, ay, bx, by, m;
  guint n;

  g_return_if_fail (r != NULL);
  mp_raster_to_pixels (r, x0, y0, &p[0]);
  mp_raster_to_pixels (r, x1, y1, &p[2]);
  mp_raster_to_pixels (r, x2, y2, &p[4]);
  mp_raster_to_pixels (r, x3, y3, &p[6]);
  /* Wang's bound: n segments keep a cubic within the tolerance when
   * n² ≥ ¾ · max |second difference| / tolerance. */
  ax = p[0] - 2 * p[2] + p[4];
  ay = p[1] - 2 * p[3] + p[5];
  bx = p[2] - 2 * p[4] + p[6];
  by = p[3] - 2 * p[5] + p[7];
  m = MAX (sqrt (ax * ax + ay * ay), sqrt (bx * bx + by * by));
  if (!isfinite (m))
    return;
  n = (guint) CLAMP (ceil (sqrt (0.75 * m / TOLERANCE)), 1, MAX_CURVE_SEGMENTS);
  for (guint i = 0; i <= n; i++)
    {
      double t = (double) i / n, u = 1 - t;
      double b0 = u * u * u, b1 = 3 * u * u * t, b2 = 3 * u * t * t, b3 = t * t * t;

      pts[2 * i] = b0 * p[0] + b1 * p[2] + b2 * p[4] + b3 * p[6];
      pts[2 * i + 1] = b0 * p[1] + b1 * p[3] + b2 * p[5] + b3 * p[7];
    }
  stroke_pixels (r, pts, n + 1, FALSE);
}

void
mp_chart_raster_quad (MpChartRaster *r,
                      double         x0,
                      double         y0,
                      double         cx,
                      double         cy,
                      double         x1,
                      double         y1)
{
  mp_chart_raster_curve (r, x0, y0,
                         x0 + 2.0 / 3.0 * (cx - x0), y0 + 2.0 / 3.0 * (cy - y0),
                         x1 + 2.0 / 3.0 * (cx - x1), y1 + 2.0 / 3.0 * (cy - y1),
                         x1, y1);
}

void
mp_chart_raster_circle (MpChartRaster *r,
                        double         x,
                        double         y,
                        double         radius)
{
  double c[2], stack[2 * MAX_CURVE_SEGMENTS], rp;
  g_autofree double *heap = NULL;
  double *pts = stack;
  guint n;

  g_return_if_fail (r != NULL);
  mp_raster_to_pixels (r, x, y, c);
  rp = fabs (radius) * r->scale;
  if (!isfinite (rp) || !isfinite (c[0]) || !isfinite (c[1]))
    return;
  /* Chords whose sagitta stays within the tolerance; a huge circle needs
   * many, but only those near the raster cost anything. */
  n = rp > TOLERANCE ? (guint) MIN (ceil (G_PI / acos (1 - TOLERANCE / rp)), 65536) : 8;
  n = MAX (n, 8);
  if (n > MAX_CURVE_SEGMENTS)
    pts = heap = g_new (double, 2 * n);
  for (guint i = 0; i < n; i++)
    {
      double a = 2 * G_PI * i / n;
      pts[2 * i] = c[0] + rp * cos (a);
      pts[2 * i + 1] = c[1] + rp * sin (a);
    }
  stroke_pixels (r, pts, n, TRUE);
}
