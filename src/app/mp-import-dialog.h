/* mp-import-dialog.h — importing an XML file into the window's database:
 * a dry run first (in a thread, with progress and Cancel), its summary
 * (added / updated / unchanged per table, or the problems with their
 * FILE:LINE:COL), then, on confirmation, the import itself in a thread. */
#pragma once

#include <adwaita.h>

#include "mp-exchange.h"
#include "mp-window.h"

G_BEGIN_DECLS

#define MP_TYPE_IMPORT_DIALOG (mp_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpImportDialog, mp_import_dialog, MP, IMPORT_DIALOG, AdwWindow)

/* A dialog, transient for `window`, that starts checking `file` (a local
 * file) against the window's database at once. Present it. */
MpImportDialog *mp_import_dialog_new               (MpWindow       *window,
                                                    GFile          *file);

/* "checking", "summary" (no problems: Import offered), "problems" (nothing
 * can be imported), "importing", "failed" (the database could not be
 * used), "done" (imported) or "cancelled". */
const char     *mp_import_dialog_get_state         (MpImportDialog *self);
/* Whether a thread is still working (also after a cancelled dialog has
 * closed, until its thread has rolled back). */
gboolean        mp_import_dialog_is_busy           (MpImportDialog *self);
/* The report of the last run, or NULL. */
MpImportReport *mp_import_dialog_get_report        (MpImportDialog *self);

GtkWidget      *mp_import_dialog_get_import_button (MpImportDialog *self);
GtkWidget      *mp_import_dialog_get_cancel_button (MpImportDialog *self);
GtkProgressBar *mp_import_dialog_get_progress_bar  (MpImportDialog *self);
/* The box of the summary, whose labels say what the check found. */
GtkWidget      *mp_import_dialog_get_summary       (MpImportDialog *self);

G_END_DECLS
