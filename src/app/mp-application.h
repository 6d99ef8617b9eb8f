/* mp-application.h — the Medplan application: opens databases in windows. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MP_TYPE_APPLICATION (mp_application_get_type ())
G_DECLARE_FINAL_TYPE (MpApplication, mp_application, MP, APPLICATION, AdwApplication)

MpApplication *mp_application_new            (void);
/* The settings (io.github.medplan.Medplan), or NULL when the schema is not
 * installed. */
GSettings     *mp_application_get_settings   (MpApplication *self);
/* Remembers `path` as the database opened last, first of the recent ones
 * (at most ten, no duplicates). */
void           mp_application_add_recent     (MpApplication *self,
                                              const char    *path);
/* Which database `medplan` without a file opens: `env_db` ($MEDPLAN_DB)
 * when set, else `last_database` when that file still exists, else the
 * default path. `is_default` tells whether it is a default database (created
 * with the sample data on first start). Returns a new string. */
char          *mp_application_pick_database  (const char    *env_db,
                                              const char    *last_database,
                                              gboolean      *is_default);

G_END_DECLS
