/* mp-window.h — the main window: one database, its pages. */
#pragma once

#include <adwaita.h>

#include "mp-application.h"
#include "mp-facilities-page.h"
#include "mp-overview-page.h"
#include "mp-store.h"
#include "mp-targets-page.h"

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

/* Shows `toast` (the window takes it) over the pages. */
void            mp_window_add_toast            (MpWindow      *self,
                                                AdwToast      *toast);

const char     *mp_window_get_path             (MpWindow      *self);
MpStore        *mp_window_get_store            (MpWindow      *self);
/* The message shown instead of the pages, or NULL. */
const char     *mp_window_get_error_message    (MpWindow      *self);
/* "overview", "targets", ... */
const char     *mp_window_get_visible_page     (MpWindow      *self);
MpOverviewPage *mp_window_get_overview_page    (MpWindow      *self);
MpTargetsPage  *mp_window_get_targets_page     (MpWindow      *self);
MpFacilitiesPage *mp_window_get_facilities_page (MpWindow     *self);

G_END_DECLS
