/* mp-training-page.h — the Training page: every training programme in a
 * sortable table with its seats, budget, status and the progress toward
 * the target it serves; filtered by search text and status; created,
 * edited and deleted through the widget actions "training.new",
 * "training.edit" and "training.delete" (on the selected row), searched
 * through "page.search". Reloads itself when the store's training
 * programmes change. */
#pragma once

#include <adwaita.h>

#include "mp-store.h"
#include "mp-training-dialog.h"

G_BEGIN_DECLS

#define MP_TYPE_TRAINING_PAGE (mp_training_page_get_type ())
G_DECLARE_FINAL_TYPE (MpTrainingPage, mp_training_page, MP, TRAINING_PAGE, GtkWidget)

/* Shows the training programmes of `store`, and follows its changes; the
 * search, status, sorting and selection are kept where they still apply. */
gboolean          mp_training_page_load           (MpTrainingPage  *self,
                                                   MpStore         *store,
                                                   GError         **error);

/* For tests: the widgets a user works with, and the model the table shows
 * (sorted and filtered; items are MpTrainingItem). */
GtkEditable      *mp_training_page_get_search     (MpTrainingPage  *self);
/* Entries: all, then planned, running, completed, cancelled. */
GtkDropDown      *mp_training_page_get_status_dropdown (MpTrainingPage *self);
GtkColumnView    *mp_training_page_get_column_view (MpTrainingPage *self);
GListModel       *mp_training_page_get_model      (MpTrainingPage  *self);
/* "list", "no-match" or "empty": what the page shows. */
const char       *mp_training_page_get_state      (MpTrainingPage  *self);
/* Selects the row of `code`; FALSE when it is not shown. */
gboolean          mp_training_page_select         (MpTrainingPage  *self,
                                                   const char      *code);
/* The code of the selected row, or NULL. */
const char       *mp_training_page_get_selected   (MpTrainingPage  *self);
/* The dialog opened by training.new / training.edit, while it is open. */
MpTrainingDialog *mp_training_page_get_dialog     (MpTrainingPage  *self);
/* The confirmation asked by training.delete, while it is shown; its
 * responses are "cancel" and "delete". */
AdwMessageDialog *mp_training_page_get_confirmation (MpTrainingPage *self);

G_END_DECLS
