/* mp-help-window.h — the user guide window (F1, app.help). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MP_TYPE_HELP_WINDOW (mp_help_window_get_type ())
G_DECLARE_FINAL_TYPE (MpHelpWindow, mp_help_window, MP, HELP_WINDOW, AdwWindow)

/* A new window showing the guide in the language of the messages: the
 * Vietnamese guide when gettext uses the Vietnamese catalogue, else the
 * English one. */
MpHelpWindow *mp_help_window_new          (void);

/* "vi" or "en": the language of the guide shown. */
const char   *mp_help_window_get_language (MpHelpWindow *self);

/* The box holding the guide's labels, in order: headings have the style
 * class "title-4", list items start with "• ". */
GtkWidget    *mp_help_window_get_content  (MpHelpWindow *self);

G_END_DECLS
