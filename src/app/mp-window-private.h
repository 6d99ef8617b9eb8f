/* mp-window-private.h — the window's instance, shared by the files that
 * implement it: mp-window.c (pages, units, undo, settings) and
 * mp-window-files.c (new, open and recent databases). */
#pragma once

#include "mp-window.h"
#include "mp-unit-selector.h"

G_BEGIN_DECLS

typedef enum
{
  PAGE_OVERVIEW,
  PAGE_TARGETS,
  PAGE_FACILITIES,
  PAGE_TRAINING,
  PAGE_TRANSFERS,
  N_PAGES
} Page;

struct _MpWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwStatusPage        *error_page;
  AdwBin               *page_bins[N_PAGES]; /* the view stack's children */

  /* Each page is made when it is first needed: NULL until then. */
  MpOverviewPage       *overview_page;
  MpTargetsPage        *targets_page;
  MpFacilitiesPage     *facilities_page;
  MpTrainingPage       *training_page;
  MpTransfersPage      *transfers_page;

  MpUnitSelector       *unit_selector;
  GtkMenuButton        *menu_button;
  GMenu                *recent_section;

  GSettings            *settings; /* the application's, or NULL */
  AdwToast             *edit_toast; /* the toast of the latest change, or NULL */
  gulong                changed_id;
  MpStore              *store;
  char                 *path;
  char                 *error_message;

  gboolean              loaded[N_PAGES]; /* the page shows `store` (or is loading it) */
  GPtrArray            *units;  /* of MpUnitRow: the units of `store`, or NULL */
  char                 *unit;   /* the unit chosen in the header bar, or NULL: each page's default */
};

/* Adds win.new-database, win.open-database and win.open-recent. */
void mp_window_files_install_actions (MpWindow *self);

G_END_DECLS
