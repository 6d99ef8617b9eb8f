/* mp-facility-item.h — one facility as the Facilities view lists it: the
 * columns to show, and a folded search key to filter on. */
#pragma once

#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_FACILITY_ITEM (mp_facility_item_get_type ())
G_DECLARE_FINAL_TYPE (MpFacilityItem, mp_facility_item, MP, FACILITY_ITEM, GObject)

/* Takes the code and name of `row`, interns its kind, unit, unit name and
 * ownership (shared by many items), and frees `row`. */
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

/* Whether the item has `kind`, `unit` and `ownership` (each NULL for any)
 * and its search key contains `query` (folded; "" for any). The filter
 * calls it for each of 100,000 items per keystroke, so it skips the type
 * checks of the getters: `self` must be an MpFacilityItem. */
gboolean        mp_facility_item_matches        (MpFacilityItem *self,
                                                 const char     *query,
                                                 const char     *kind,
                                                 const char     *unit,
                                                 const char     *ownership);

/* Every facility of `store` as a list of MpFacilityItem, in the order of
 * mp_store_list_facilities(). A GListStore finds an item by position in a
 * tree: for 100,000 items sorted and filtered, prefer
 * mp_facility_list_load() (mp-facility-list.h), an array. */
GListStore     *mp_facility_item_load           (MpStore        *store,
                                                 GError        **error);
/* The same items in an array that owns them (free with g_ptr_array_unref). */
GPtrArray      *mp_facility_item_load_array     (MpStore        *store,
                                                 GError        **error);

/* `text` in lower case without Vietnamese diacritics ("Cần Thơ", "Đà
 * Nẵng" → "can tho", "da nang"), as search keys and queries compare. */
char           *mp_facility_fold                (const char     *text);

G_END_DECLS
