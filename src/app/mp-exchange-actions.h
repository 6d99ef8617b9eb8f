/* mp-exchange-actions.h — import and export in the window: the actions
 * win.import (Ctrl+I) and win.export (Ctrl+E) with the file chooser, and
 * dropping an XML file on the window to import it. */
#pragma once

#include <adwaita.h>

#include "mp-import-dialog.h"
#include "mp-window.h"

G_BEGIN_DECLS

/* Adds the actions, their shortcuts and the drop target to `window`. */
void            mp_exchange_actions_install         (MpWindow *window);

/* Starts importing `file` (after the file chooser or a drop): presents and
 * returns the import dialog (the window keeps it). */
MpImportDialog *mp_exchange_import_file             (MpWindow *window,
                                                     GFile    *file);

/* The drop target of the window (for the tests). */
GtkDropTarget  *mp_exchange_actions_get_drop_target (MpWindow *window);

G_END_DECLS
