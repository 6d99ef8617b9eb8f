/* mp-facility-detail.h — the facility selected in the Facilities page: its
 * kind, unit and beds, and its staffing by year and category. */
#pragma once

#include <adwaita.h>

#include "mp-edit.h"

G_BEGIN_DECLS

#define MP_TYPE_FACILITY_DETAIL (mp_facility_detail_get_type ())
G_DECLARE_FINAL_TYPE (MpFacilityDetail, mp_facility_detail, MP, FACILITY_DETAIL, GtkWidget)

/* Shows `facility` (NULL: nothing), in the unit named `unit_name` (NULL:
 * its code). */
void  mp_facility_detail_show           (MpFacilityDetail *self,
                                         const MpFacility *facility,
                                         const char       *unit_name);
/* The staffing table as shown, a line per row (the header first), cells
 * separated by tabs; for tests. */
char *mp_facility_detail_get_table_text (MpFacilityDetail *self);

G_END_DECLS
