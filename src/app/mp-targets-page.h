/* mp-targets-page.h — the Targets page: the indicators with targets for
 * one unit; the selected one's trend, milestones and observations, which
 * can be added, edited and deleted. */
#pragma once

#include <adwaita.h>

#include "mp-observations-view.h"
#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_TARGETS_PAGE (mp_targets_page_get_type ())
G_DECLARE_FINAL_TYPE (MpTargetsPage, mp_targets_page, MP, TARGETS_PAGE, GtkWidget)

/* Shows the default unit of `store` (Cần Thơ when it has targets, as the
 * Overview), nothing selected. The page reloads itself on MpStore::changed. */
gboolean            mp_targets_page_load                    (MpTargetsPage  *self,
                                                             MpStore        *store,
                                                             GError        **error);
/* Shows the indicators with targets of `unit`; MP_ERROR_NOT_FOUND when
 * there is no such unit. */
gboolean            mp_targets_page_set_unit                (MpTargetsPage  *self,
                                                             const char     *unit,
                                                             GError        **error);
const char         *mp_targets_page_get_unit                (MpTargetsPage  *self);
/* Shows any target: its unit, its indicator, its year. FALSE when there is
 * no such target. */
gboolean            mp_targets_page_select_target           (MpTargetsPage  *self,
                                                             gint64          target_id);
/* The selected target (the milestone whose year the comparison shows), or 0. */
gint64              mp_targets_page_get_selected_target     (MpTargetsPage  *self);
const char         *mp_targets_page_get_selected_indicator  (MpTargetsPage  *self);
/* The indicators listed (those matching the search). */
guint               mp_targets_page_get_row_count           (MpTargetsPage  *self);

/* The widgets, for tests. */
GtkListBox         *mp_targets_page_get_list_box            (MpTargetsPage  *self);
GtkListBox         *mp_targets_page_get_milestones          (MpTargetsPage  *self);
MpObservationsView *mp_targets_page_get_observations_view   (MpTargetsPage  *self);
GtkEditable        *mp_targets_page_get_search              (MpTargetsPage  *self);
AdwLeaflet         *mp_targets_page_get_leaflet             (MpTargetsPage  *self);

G_END_DECLS
