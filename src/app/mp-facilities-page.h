/* mp-facilities-page.h — the Facilities page: every facility in a sortable
 * table, filtered by search text, kind, unit and ownership. */
#pragma once

#include <adwaita.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_FACILITIES_PAGE (mp_facilities_page_get_type ())
G_DECLARE_FINAL_TYPE (MpFacilitiesPage, mp_facilities_page, MP, FACILITIES_PAGE, GtkWidget)

/* Replaces the facilities shown by those of `store`; the search and the
 * choices are kept where they still apply. */
gboolean        mp_facilities_page_load          (MpFacilitiesPage  *self,
                                                  MpStore           *store,
                                                  GError           **error);

/* For tests: the widgets a user works with, and the model the table shows
 * (sorted and filtered; items are MpFacilityItem). */
GtkEditable    *mp_facilities_page_get_search    (MpFacilitiesPage  *self);
GtkDropDown    *mp_facilities_page_get_kind_dropdown      (MpFacilitiesPage *self);
GtkDropDown    *mp_facilities_page_get_unit_dropdown      (MpFacilitiesPage *self);
GtkDropDown    *mp_facilities_page_get_ownership_dropdown (MpFacilitiesPage *self);
GtkColumnView  *mp_facilities_page_get_column_view (MpFacilitiesPage *self);
GListModel     *mp_facilities_page_get_model     (MpFacilitiesPage  *self);
/* "list", "no-match" or "empty": what the page shows. */
const char     *mp_facilities_page_get_state     (MpFacilitiesPage  *self);
/* The codes behind the entries of the kind, unit and ownership drop-downs,
 * in their order; entry 0 ("All …") has none. */
const char     *mp_facilities_page_get_choice_code (MpFacilitiesPage *self,
                                                    GtkDropDown      *dropdown,
                                                    guint             position);

G_END_DECLS
