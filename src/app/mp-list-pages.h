/* mp-list-pages.h — fills the plain lists of the first window (facilities,
 * training plans, technology transfers) from the store. */
#pragma once

#include "mp-list-page.h"
#include "mp-store.h"

G_BEGIN_DECLS

/* `unit_names` maps unit codes to the names to show (may be NULL). */
gboolean mp_list_pages_fill_facilities (MpListPage  *page,
                                        MpStore     *store,
                                        GHashTable  *unit_names,
                                        GError     **error);
gboolean mp_list_pages_fill_trainings  (MpListPage  *page,
                                        MpStore     *store,
                                        GError     **error);
gboolean mp_list_pages_fill_transfers  (MpListPage  *page,
                                        MpStore     *store,
                                        GError     **error);

G_END_DECLS
