/* mp-report-dialog.h — the six-monthly or annual report (issue #6): the
 * unit and the period, a preview of the pages, Save as PDF and Print. */
#pragma once

#include <adwaita.h>

#include "mp-report.h"
#include "mp-window.h"

G_BEGIN_DECLS

#define MP_TYPE_REPORT_DIALOG (mp_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpReportDialog, mp_report_dialog, MP, REPORT_DIALOG, AdwWindow)

/* For the database of `window`, the unit it shows, the current half-year. */
MpReportDialog *mp_report_dialog_new           (MpWindow       *window);

/* The report shown (NULL when it cannot be made: the dialog says why). */
MpReport       *mp_report_dialog_get_report    (MpReportDialog *self);
/* "preview", "error" or "saving". */
const char     *mp_report_dialog_get_state     (MpReportDialog *self);
const char     *mp_report_dialog_get_error     (MpReportDialog *self);
AdwComboRow    *mp_report_dialog_get_unit_row  (MpReportDialog *self);
AdwComboRow    *mp_report_dialog_get_period_row (MpReportDialog *self);
/* The code behind an entry of the unit or period row. */
const char     *mp_report_dialog_get_code      (MpReportDialog *self,
                                                AdwComboRow    *row,
                                                guint           position);
/* The pages of the preview (MpReportPageView). */
GtkWidget      *mp_report_dialog_get_pages_box (MpReportDialog *self);

/* What Save as PDF… does once a file is chosen: the PDF is written in a
 * worker thread from a store of its own; a toast says where, or why not. */
void            mp_report_dialog_save_to       (MpReportDialog *self,
                                                const char     *path);
gboolean        mp_report_dialog_is_busy       (MpReportDialog *self);
/* Print: runs the print operation with `action` (the print dialog for
 * the user; GTK_PRINT_OPERATION_ACTION_EXPORT to `export_path` for tests,
 * which draws the same pages through GtkPrintOperation). */
GtkPrintOperationResult mp_report_dialog_print (MpReportDialog          *self,
                                                GtkPrintOperationAction  action,
                                                const char              *export_path,
                                                GError                 **error);

G_END_DECLS
