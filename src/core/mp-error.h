/* mp-error.h — the error domain of the Medplan core. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MP_ERROR (mp_error_quark ())
GQuark mp_error_quark (void);

typedef enum {
  MP_ERROR_INVALID_INPUT,  /* bad value, code, period: exit status 1 */
  MP_ERROR_NOT_FOUND,      /* a code that does not exist: exit status 1 */
  MP_ERROR_NOT_MEDPLAN,    /* the file is not a Medplan database: 3 */
  MP_ERROR_CORRUPT,        /* the database is damaged: 3 */
  MP_ERROR_NEWER_SCHEMA,   /* written by a newer Medplan: 3 */
  MP_ERROR_LOCKED,         /* another program holds the database: 3 */
  MP_ERROR_IO,             /* cannot read or write the file: 3 */
  MP_ERROR_FAILED,         /* anything else from SQLite: 3 */
} MpError;

/* TRUE for the errors that make the database unusable (exit status 3). */
gboolean mp_error_is_unusable (const GError *error);

G_END_DECLS
