/* mp-facility-filter.h — the filter of the Facilities view: a folded
 * search text, and optionally one kind, one unit and one ownership. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MP_TYPE_FACILITY_FILTER (mp_facility_filter_get_type ())
G_DECLARE_FINAL_TYPE (MpFacilityFilter, mp_facility_filter, MP, FACILITY_FILTER, GtkFilter)

MpFacilityFilter *mp_facility_filter_new           (void);

/* The search text as typed; it is folded (mp_facility_fold()) and matched
 * anywhere in an item's search key. */
void              mp_facility_filter_set_text      (MpFacilityFilter *self,
                                                    const char       *text);
/* The folded search text. */
const char       *mp_facility_filter_get_query     (MpFacilityFilter *self);
/* A code to match exactly, or NULL for any. */
void              mp_facility_filter_set_kind      (MpFacilityFilter *self,
                                                    const char       *kind);
void              mp_facility_filter_set_unit      (MpFacilityFilter *self,
                                                    const char       *unit);
void              mp_facility_filter_set_ownership (MpFacilityFilter *self,
                                                    const char       *ownership);

G_END_DECLS
