/* mp-preferences-window.h — the Preferences: the language of the names in
 * the data. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MP_TYPE_PREFERENCES_WINDOW (mp_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (MpPreferencesWindow, mp_preferences_window, MP, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* `settings` may be NULL (no schema installed): the choices are then shown
 * but cannot be changed. */
MpPreferencesWindow *mp_preferences_window_new (GSettings *settings);
AdwComboRow         *mp_preferences_window_get_names_row (MpPreferencesWindow *self);

G_END_DECLS
