/* mp-facilities-page.h — the Facilities page: every facility in a sortable
 * table, filtered by search text, kind, unit and ownership. */
#pragma once

#include <adwaita.h>

#include "mp-facility-detail.h"
#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_FACILITIES_PAGE (mp_facilities_page_get_type ())
G_DECLARE_FINAL_TYPE (MpFacilitiesPage, mp_facilities_page, MP, FACILITIES_PAGE, GtkWidget)

/* Replaces the facilities shown by those of `store`; the search and the
 * choices are kept where they still apply. From then on the page reloads
 * itself whenever `store` says that facilities changed.
 *
 * The page's actions: page.search (focuses the search), facilities.new,
 * facilities.edit and facilities.delete (the selected facility; disabled
 * without one). */
gboolean        mp_facilities_page_load          (MpFacilitiesPage  *self,
                                                  MpStore           *store,
                                                  GError           **error);
/* The same, with the facilities read in a worker thread: the page says
 * "Loading Facilities…" until they are shown. A load that fails shows the
 * error in the window (mp_window_show_error). A reload, another load or
 * disposing the page cancels it. */
void            mp_facilities_page_begin_load    (MpFacilitiesPage  *self,
                                                  MpStore           *store);
/* TRUE once the facilities of the page's store are shown (no load
 * running). */
gboolean        mp_facilities_page_is_loaded     (MpFacilitiesPage  *self);
/* Selects the facility `code` (NULL: none) and shows its staffing; FALSE
 * when it is not in the table (as filtered). */
gboolean        mp_facilities_page_select        (MpFacilitiesPage  *self,
                                                  const char        *code);
/* The code of the selected facility, or NULL. */
const char     *mp_facilities_page_get_selected_code (MpFacilitiesPage *self);

/* For tests: the widgets a user works with, and the model the table shows
 * (sorted and filtered; items are MpFacilityItem). */
GtkEditable    *mp_facilities_page_get_search    (MpFacilitiesPage  *self);
GtkDropDown    *mp_facilities_page_get_kind_dropdown      (MpFacilitiesPage *self);
GtkDropDown    *mp_facilities_page_get_unit_dropdown      (MpFacilitiesPage *self);
GtkDropDown    *mp_facilities_page_get_ownership_dropdown (MpFacilitiesPage *self);
GtkColumnView  *mp_facilities_page_get_column_view (MpFacilitiesPage *self);
GListModel     *mp_facilities_page_get_model     (MpFacilitiesPage  *self);
MpFacilityDetail *mp_facilities_page_get_detail  (MpFacilitiesPage  *self);
/* "list", "no-match", "empty" or "loading": what the page shows. */
const char     *mp_facilities_page_get_state     (MpFacilitiesPage  *self);
/* The codes behind the entries of the kind, unit and ownership drop-downs,
 * in their order; entry 0 ("All …") has none. */
const char     *mp_facilities_page_get_choice_code (MpFacilitiesPage *self,
                                                    GtkDropDown      *dropdown,
                                                    guint             position);

G_END_DECLS
