/* mp-ui-test.h — what the GUI tests share: starting them (translations,
 * a temporary folder, the default database), running the real application
 * with checks, spinning the main loop, and the no-display case. */
#pragma once

#include <adwaita.h>

#include "mp-application.h"
#include "mp-window.h"

G_BEGIN_DECLS

typedef void (*MpUiCheckFunc) (MpApplication *app, gpointer data);

/* Binds the translations ($MEDPLAN_LOCALEDIR), initialises GTest, makes a
 * temporary folder named after `name` and points $MEDPLAN_DB at
 * `db_name`/medplan.db inside it, so the application under test starts on a
 * new database. Returns the folder (free it; remove it at the end). Then
 * adds, when no display can be opened, the /ui/display test that skips, or
 * fails under MEDPLAN_REQUIRE_DISPLAY=1 (CI); returns in `has_display`
 * whether the GUI tests can be added. */
char     *mp_ui_test_init          (int           *argc,
                                    char        ***argv,
                                    const char    *name,
                                    const char    *db_name,
                                    gboolean      *has_display);

/* Spins the main loop for `ms` milliseconds, so frames are drawn. */
void      mp_ui_test_spin_for      (guint          ms);
/* Spins the main loop until `cond` holds; FALSE after 10 s. */
gboolean  mp_ui_test_spin_until    (gboolean     (*cond) (gpointer),
                                    gpointer       data);

/* Waits for the application's one window to be shown and returns it. */
MpWindow *mp_ui_test_wait_for_window (MpApplication *app);

/* Runs the application as `medplan ARGS…`. Once it is up (activate or
 * open has run), runs `func`, then quits through app.quit; checks that the
 * run ended cleanly and that the application is gone afterwards. */
void      mp_ui_test_run_app       (const char * const *argv,
                                    MpUiCheckFunc       func,
                                    gpointer            data);

/* Saves what `widget` shows as $MEDPLAN_SCREENSHOT_DIR/NAME.png (the build
 * folder's screenshots/, set by tests/ui/meson.build), checks that the file
 * reads back as a PNG of the widget's size, and returns its path. */
char     *mp_ui_test_screenshot    (GtkWidget     *widget,
                                    const char    *name);

G_END_DECLS
