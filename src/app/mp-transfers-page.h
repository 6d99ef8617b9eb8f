/* mp-transfers-page.h — the Transfers page: the network of the technology
 * transfers above a sortable table of them, filtered by search text and
 * status; new, edit, delete and status changes of the selected one. */
#pragma once

#include <adwaita.h>

#include "mp-chart-view.h"
#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_TRANSFERS_PAGE (mp_transfers_page_get_type ())
G_DECLARE_FINAL_TYPE (MpTransfersPage, mp_transfers_page, MP, TRANSFERS_PAGE, GtkWidget)

/* Shows the transfers of `store`, and follows its changes from now on
 * (MpStore::changed for transfers, facilities or anything): the search,
 * status filter, sorting and selected row are kept where they still
 * apply. */
gboolean        mp_transfers_page_load             (MpTransfersPage  *self,
                                                    MpStore          *store,
                                                    GError          **error);

/* Selects the transfer `code`, clearing the search and filter if it is
 * hidden; FALSE when there is none. */
gboolean        mp_transfers_page_select           (MpTransfersPage  *self,
                                                    const char       *code);
/* The code of the selected transfer, or NULL. */
const char     *mp_transfers_page_get_selected_code (MpTransfersPage *self);

/* For tests: the widgets a user works with, and the model the table shows
 * (sorted and filtered; items are MpTransferItem). */
MpChartView    *mp_transfers_page_get_chart_view   (MpTransfersPage  *self);
GtkEditable    *mp_transfers_page_get_search       (MpTransfersPage  *self);
GtkDropDown    *mp_transfers_page_get_status_dropdown (MpTransfersPage *self);
GtkColumnView  *mp_transfers_page_get_column_view  (MpTransfersPage  *self);
GListModel     *mp_transfers_page_get_model        (MpTransfersPage  *self);
/* The status menu offered for the selected transfer (targets of
 * transfers.set-status), or NULL when none is selected. */
GMenuModel     *mp_transfers_page_get_status_menu  (MpTransfersPage  *self);
/* The status code behind entry `position` of the status drop-down; entry 0
 * ("All statuses") has none. */
const char     *mp_transfers_page_get_status_choice (MpTransfersPage *self,
                                                     guint            position);
/* "list", "no-match" or "empty": what the page shows. */
const char     *mp_transfers_page_get_state        (MpTransfersPage  *self);
/* The edit dialog open (an MpTransferDialog), the delete confirmation open
 * (an AdwMessageDialog), or NULL. */
GtkWindow      *mp_transfers_page_get_dialog       (MpTransfersPage  *self);
GtkWindow      *mp_transfers_page_get_confirmation (MpTransfersPage  *self);
/* The message of the last failed action (shown in a toast), or NULL. */
const char     *mp_transfers_page_get_last_error   (MpTransfersPage  *self);

G_END_DECLS
