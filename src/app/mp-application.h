/* mp-application.h — the Medplan application: opens databases in windows. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MP_TYPE_APPLICATION (mp_application_get_type ())
G_DECLARE_FINAL_TYPE (MpApplication, mp_application, MP, APPLICATION, AdwApplication)

MpApplication *mp_application_new (void);

G_END_DECLS
