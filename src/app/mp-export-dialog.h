/* mp-export-dialog.h — exporting the window's database to an XML file:
 * the format (native, ADX, DHIS2), an optional unit and period, the file
 * (through the file chooser), then the export in a thread with progress
 * and Cancel. */
#pragma once

#include <adwaita.h>

#include "mp-exchange.h"
#include "mp-window.h"

G_BEGIN_DECLS

#define MP_TYPE_EXPORT_DIALOG (mp_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpExportDialog, mp_export_dialog, MP, EXPORT_DIALOG, AdwWindow)

/* A dialog, transient for `window`, exporting its database. Present it. */
MpExportDialog *mp_export_dialog_new            (MpWindow       *window);

/* Exports to `file` (a local file) with the choices made in the dialog,
 * as its Export button does after the file chooser. Returns FALSE (and
 * shows why under the fields) when the choices cannot be used. */
gboolean        mp_export_dialog_export_to      (MpExportDialog *self,
                                                 GFile          *file);

/* "form", "exporting", "done", "failed" or "cancelled". */
const char     *mp_export_dialog_get_state      (MpExportDialog *self);
gboolean        mp_export_dialog_is_busy        (MpExportDialog *self);
/* The message shown under the fields, or NULL. */
const char     *mp_export_dialog_get_error      (MpExportDialog *self);

/* Native, ADX, DHIS2, then the spreadsheets: XLSX, CSV. */
AdwComboRow    *mp_export_dialog_get_format_row (MpExportDialog *self);
/* The table a spreadsheet holds: targets, facilities, training, transfers. */
AdwComboRow    *mp_export_dialog_get_table_row  (MpExportDialog *self);
/* Choice 0 is all units; the others are those of the database. */
AdwComboRow    *mp_export_dialog_get_unit_row   (MpExportDialog *self);
/* The unit code of choice `position` of the unit row (NULL for all). */
const char     *mp_export_dialog_get_unit_code  (MpExportDialog *self,
                                                 guint           position);
AdwEntryRow    *mp_export_dialog_get_period_row (MpExportDialog *self);
GtkProgressBar *mp_export_dialog_get_progress_bar (MpExportDialog *self);
GtkWidget      *mp_export_dialog_get_cancel_button (MpExportDialog *self);

G_END_DECLS
