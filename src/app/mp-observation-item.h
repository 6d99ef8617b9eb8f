/* mp-observation-item.h — one value of an indicator's series as the
 * observations table of the Targets page lists it: its period, value and
 * source, and for a computed value what it is made of. */
#pragma once

#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_OBSERVATION_ITEM (mp_observation_item_get_type ())
G_DECLARE_FINAL_TYPE (MpObservationItem, mp_observation_item, MP, OBSERVATION_ITEM, GObject)

/* `decimals` and `measure` are the indicator's; `comment` may be NULL. */
MpObservationItem *mp_observation_item_new             (const MpSeriesPoint *point,
                                                        int                  decimals,
                                                        const char          *measure,
                                                        const char          *comment);

const char        *mp_observation_item_get_period      (MpObservationItem *self);
double             mp_observation_item_get_value       (MpObservationItem *self);
MpValueSource      mp_observation_item_get_source      (MpObservationItem *self);
gboolean           mp_observation_item_is_typed        (MpObservationItem *self);
/* NAN for typed values. */
double             mp_observation_item_get_numerator   (MpObservationItem *self);
double             mp_observation_item_get_denominator (MpObservationItem *self);
const char        *mp_observation_item_get_comment     (MpObservationItem *self);

/* "14,8 /10,000 people": the value in the user's locale with the measure. */
const char        *mp_observation_item_get_value_text  (MpObservationItem *self);
/* "Entered" or "Computed". */
const char        *mp_observation_item_get_source_text (MpObservationItem *self);
/* For a computed value "1.480 / 1.000.000 × 10.000"; "" for a typed one. */
const char        *mp_observation_item_get_formula_text (MpObservationItem *self);

/* `value` with the indicator's decimals and measure: "14,8 /10,000". */
char              *mp_format_value_with_measure        (double      value,
                                                        int         decimals,
                                                        const char *measure);

G_END_DECLS
