/* mp-window.h — the main window: one database, its pages. */
#pragma once

#include <adwaita.h>

#include "mp-application.h"
#include "mp-facilities-page.h"
#include "mp-overview-page.h"
#include "mp-store.h"
#include "mp-targets-page.h"
#include "mp-unit-selector.h"
#include "mp-training-page.h"
#include "mp-transfers-page.h"

G_BEGIN_DECLS

#define MP_TYPE_WINDOW (mp_window_get_type ())
G_DECLARE_FINAL_TYPE (MpWindow, mp_window, MP, WINDOW, AdwApplicationWindow)

MpWindow       *mp_window_new                  (MpApplication *application);
/* Shows the contents of `store`. */
void            mp_window_set_store            (MpWindow      *self,
                                                MpStore       *store);
/* Shows why the database at `path` cannot be used, instead of its pages. */
void            mp_window_show_error           (MpWindow      *self,
                                                const char    *path,
                                                const GError  *error);

/* Opens the database `file` in this window (what Open Database… and the
 * recent databases do once the file is chosen). */
void            mp_window_open_file            (MpWindow      *self,
                                                GFile         *file);
/* Creates an empty database at `file`, which must not exist, and opens it
 * (New Database…). */
void            mp_window_new_file             (MpWindow      *self,
                                                GFile         *file);

/* Shows `toast` (the window takes it) over the pages. */
void            mp_window_add_toast            (MpWindow      *self,
                                                AdwToast      *toast);

const char     *mp_window_get_path             (MpWindow      *self);
MpStore        *mp_window_get_store            (MpWindow      *self);
/* The unit the pages follow (chosen in the header bar), or NULL. */
const char     *mp_window_get_unit             (MpWindow      *self);
/* The message shown instead of the pages, or NULL. */
const char     *mp_window_get_error_message    (MpWindow      *self);
/* "overview", "targets", ... */
const char     *mp_window_get_visible_page     (MpWindow      *self);
MpOverviewPage *mp_window_get_overview_page    (MpWindow      *self);
MpTargetsPage  *mp_window_get_targets_page     (MpWindow      *self);
MpFacilitiesPage *mp_window_get_facilities_page (MpWindow     *self);
MpTrainingPage *mp_window_get_training_page    (MpWindow      *self);
MpTransfersPage *mp_window_get_transfers_page  (MpWindow      *self);

/* The toast about the latest change (with Undo or Redo), or NULL. */
AdwToast       *mp_window_get_edit_toast       (MpWindow      *self);
MpUnitSelector *mp_window_get_unit_selector    (MpWindow      *self);
/* The items of Recent Databases (win.open-recent with the path). */
GMenuModel     *mp_window_get_recent_menu      (MpWindow      *self);
GtkMenuButton  *mp_window_get_menu_button      (MpWindow      *self);

G_END_DECLS
