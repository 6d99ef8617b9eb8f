/* TEMPORARY placeholder, replaced by the native exporter (issue #3). */
#include "mp-exchange-private.h"
gboolean
mp_export_native (MpStore *store, MpXmlWriter *w, const MpExportFilter *filter, GCancellable *cancellable, GError **error)
{
  g_set_error (error, MP_ERROR, MP_ERROR_FAILED, "native export is being written");
  return FALSE;
}
