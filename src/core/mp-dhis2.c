/* TEMPORARY placeholder, replaced by the DHIS2 importer/exporter (issue #3). */
#include "mp-exchange-private.h"
gboolean
mp_import_dhis2 (MpImporter *imp)
{
  mp_importer_error (imp, "DHIS2 import is being written");
  return FALSE;
}
gboolean
mp_export_dhis2 (MpStore *store, MpXmlWriter *w, const MpExportFilter *filter, GCancellable *cancellable, GError **error)
{
  g_set_error (error, MP_ERROR, MP_ERROR_FAILED, "DHIS2 export is being written");
  return FALSE;
}
