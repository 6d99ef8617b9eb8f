/* mp-compute.h — computed indicators (DESIGN §3): values derived from
 * staffing, beds and population, never typed in. Private to the core. */
#pragma once

#include "mp-store-private.h"

G_BEGIN_DECLS

typedef struct {
  int    year;
  double value;
  double numerator;
  double denominator;
} MpComputed;

/* Whether `formula` is one the core can evaluate. */
gboolean mp_formula_is_valid (const char *formula);

/* Computes `formula` for the unit (and the units under it) for every year
 * with both the figures and a population. Appends MpComputed to `out`. */
gboolean mp_compute_series   (MpStore    *self,
                              const char *formula,
                              gint64      unit_id,
                              GArray     *out,
                              GError    **error);

G_END_DECLS
