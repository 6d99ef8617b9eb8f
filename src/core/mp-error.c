/* mp-error.c — the error domain of the Medplan core. */
#include "mp-error.h"

G_DEFINE_QUARK (mp-error-quark, mp_error)

gboolean
mp_error_is_unusable (const GError *error)
{
  if (error == NULL || error->domain != MP_ERROR)
    return FALSE;
  return error->code != MP_ERROR_INVALID_INPUT && error->code != MP_ERROR_NOT_FOUND;
}
