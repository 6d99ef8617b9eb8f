/* mp-list-pages.h — fills the plain lists of the first window (training plans,
 * technology transfers) from the store. */
#pragma once

#include "mp-list-page.h"
#include "mp-store.h"

G_BEGIN_DECLS

gboolean mp_list_pages_fill_trainings  (MpListPage  *page,
                                        MpStore     *store,
                                        GError     **error);
gboolean mp_list_pages_fill_transfers  (MpListPage  *page,
                                        MpStore     *store,
                                        GError     **error);

G_END_DECLS
