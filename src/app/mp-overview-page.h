/* mp-overview-page.h — the Overview: the targets of one unit with their
 * status, worst first, grouped by source document. */
#pragma once

#include <adwaita.h>

#include "mp-store.h"
#include "mp-target-row.h"

G_BEGIN_DECLS

#define MP_TYPE_OVERVIEW_PAGE (mp_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (MpOverviewPage, mp_overview_page, MP, OVERVIEW_PAGE, GtkWidget)

/* Lists the units of `store` and shows the default one: Cần Thơ (VN-CT)
 * when it has targets, else the first province that has. */
gboolean     mp_overview_page_load          (MpOverviewPage  *self,
                                             MpStore         *store,
                                             GError         **error);
/* Shows the targets of the unit with this code. */
gboolean     mp_overview_page_set_unit      (MpOverviewPage  *self,
                                             const char      *unit,
                                             GError         **error);
const char  *mp_overview_page_get_unit      (MpOverviewPage  *self);
/* The rows shown, in order from the top. */
guint        mp_overview_page_get_row_count (MpOverviewPage  *self);
MpTargetRow *mp_overview_page_get_row       (MpOverviewPage  *self,
                                             guint            index);

G_END_DECLS
