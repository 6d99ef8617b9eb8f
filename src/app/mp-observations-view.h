/* mp-observations-view.h — the observations table of the Targets page: the
 * series of one indicator for one unit (period, value, source, what a
 * computed value is made of, comment), one row selectable. */
#pragma once

#include <adwaita.h>

#include "mp-observation-item.h"

G_BEGIN_DECLS

#define MP_TYPE_OBSERVATIONS_VIEW (mp_observations_view_get_type ())
G_DECLARE_FINAL_TYPE (MpObservationsView, mp_observations_view, MP, OBSERVATIONS_VIEW, GtkWidget)

/* Shows `series` (MpSeriesPoint, as mp_store_get_series gives it; NULL
 * empties the table), keeping the period selected before selected when it
 * is still there. */
void               mp_observations_view_set_series      (MpObservationsView *self,
                                                         GArray             *series,
                                                         int                 decimals,
                                                         const char         *measure);
/* The rows, MpObservationItem in ascending time. */
GListModel        *mp_observations_view_get_model       (MpObservationsView *self);
/* The selected row, or NULL. */
MpObservationItem *mp_observations_view_get_selected    (MpObservationsView *self);
/* Selects the row of `period` (NULL: none); FALSE when there is none. */
gboolean           mp_observations_view_select_period   (MpObservationsView *self,
                                                         const char         *period);
GtkColumnView     *mp_observations_view_get_column_view (MpObservationsView *self);

G_END_DECLS
