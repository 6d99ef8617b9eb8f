/* mp-facility-item.h — one facility as the Facilities view lists it: the
 * columns to show, and a folded search key to filter on. */
#pragma once

#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_FACILITY_ITEM (mp_facility_item_get_type ())
G_DECLARE_FINAL_TYPE (MpFacilityItem, mp_facility_item, MP, FACILITY_ITEM, GObject)

/* Takes the strings of `row`, which is freed. */
MpFacilityItem *mp_facility_item_new_take       (MpFacilityRow  *row);

const char     *mp_facility_item_get_code       (MpFacilityItem *self);
const char     *mp_facility_item_get_name       (MpFacilityItem *self);
const char     *mp_facility_item_get_kind       (MpFacilityItem *self);
const char     *mp_facility_item_get_kind_label (MpFacilityItem *self);
const char     *mp_facility_item_get_class_label (MpFacilityItem *self);
const char     *mp_facility_item_get_unit       (MpFacilityItem *self);
const char     *mp_facility_item_get_unit_name  (MpFacilityItem *self);
const char     *mp_facility_item_get_ownership  (MpFacilityItem *self);
const char     *mp_facility_item_get_ownership_label (MpFacilityItem *self);
/* -1 when unknown. */
gint64          mp_facility_item_get_beds       (MpFacilityItem *self);
gint64          mp_facility_item_get_doctors    (MpFacilityItem *self);
gint64          mp_facility_item_get_nurses     (MpFacilityItem *self);
/* Code, name, unit and kind, lower case, without diacritics. */
const char     *mp_facility_item_get_search_key (MpFacilityItem *self);

/* Every facility of `store` as a list of MpFacilityItem, in the order of
 * mp_store_list_facilities(). */
GListStore     *mp_facility_item_load           (MpStore        *store,
                                                 GError        **error);

/* `text` in lower case without Vietnamese diacritics ("Cần Thơ", "Đà
 * Nẵng" → "can tho", "da nang"), as search keys and queries compare. */
char           *mp_facility_fold                (const char     *text);

G_END_DECLS
