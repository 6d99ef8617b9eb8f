/* mp-facility-list.h — the facilities of a database as a list model of
 * MpFacilityItem, held in a plain array. */
#pragma once

#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_FACILITY_LIST (mp_facility_list_get_type ())
G_DECLARE_FINAL_TYPE (MpFacilityList, mp_facility_list, MP, FACILITY_LIST, GObject)

/* Every facility of `store`, in the order of mp_store_list_facilities(). */
MpFacilityList *mp_facility_list_load     (MpStore        *store,
                                           GError        **error);
/* The same, made in a worker thread on a connection of its own (the file
 * of `store` opened read-only; committed data only), so that a window
 * can show its first frame while 100,000 facilities load: the query and
 * the items take about 0.4 s of CPU on the benchmark file
 * (bench/bench-startup). A store without a file is read on the calling
 * thread. The callback's source object is `store`. Cancel `cancellable`
 * when the store is replaced or the page goes away. */
void            mp_facility_list_load_async  (MpStore             *store,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
MpFacilityList *mp_facility_list_load_finish (GAsyncResult        *result,
                                              GError             **error);
/* A list of the MpFacilityItem of `items`, which it keeps (a reference is
 * taken on the array; do not change it afterwards). */
MpFacilityList *mp_facility_list_new      (GPtrArray      *items);
/* The item at `position`, not referenced: no ref/unref per look-up for
 * code that walks the whole list. NULL past the end. */
gpointer        mp_facility_list_peek     (MpFacilityList *self,
                                           guint           position);

G_END_DECLS
