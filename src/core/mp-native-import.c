/* TEMPORARY placeholder, replaced by the native importer (issue #3). */
#include "mp-exchange-private.h"
gboolean
mp_import_native (MpImporter *imp)
{
  mp_importer_error (imp, "native import is being written");
  return FALSE;
}
