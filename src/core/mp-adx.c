/* TEMPORARY placeholder, replaced by the ADX importer/exporter (issue #3). */
#include "mp-exchange-private.h"
gboolean
mp_import_adx (MpImporter *imp)
{
  mp_importer_error (imp, "ADX import is being written");
  return FALSE;
}
gboolean
mp_export_adx (MpStore *store, MpXmlWriter *w, const MpExportFilter *filter, GCancellable *cancellable, GError **error)
{
  g_set_error (error, MP_ERROR, MP_ERROR_FAILED, "ADX export is being written");
  return FALSE;
}
