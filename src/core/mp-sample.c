/* mp-sample.c — loads the sample data (data/sample/medplan-sample.xml, in
 * the native exchange format, compiled into the core's resources) into an
 * empty store through the native importer, in one transaction: any
 * problem rolls the whole load back, and the error lists the problems as
 * FILE:LINE:COL: error: MESSAGE. */
#include "mp-exchange-private.h"

#include <glib/gi18n-lib.h>

#define SAMPLE_RESOURCE RESOURCE_PREFIX "/sample/medplan-sample.xml"

/* The problems of a refused sample, one per line. */
static void
set_report_error (GError         **error,
                  MpImportReport  *report,
                  const char      *origin)
{
  GPtrArray *messages = mp_import_report_get_messages (report);
  guint n = mp_import_report_get_n_errors (report);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The sample data “%s” has %u problem; nothing was loaded.",
                                       "The sample data “%s” has %u problems; nothing was loaded.", n),
                          origin, n);
  for (guint i = 0; i < messages->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (messages, i));
  g_set_error_literal (error, MP_ERROR, MP_ERROR_INVALID_INPUT, text->str);
}

static gboolean
load_xml (MpStore     *self,
          const char  *data,
          gsize        size,
          const char  *origin,
          GError     **error)
{
  g_autoptr(MpImportReport) report = NULL;
  g_autofree char *base = g_path_get_basename (origin);
  MpImporter imp = { 0 };
  gboolean ok;

  if (!mp_store_is_empty (self))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("The database “%s” already holds data; the sample data can only be loaded into an empty database."),
                   self->path);
      return FALSE;
    }

  report = mp_import_report_new (origin);
  imp.store = self;
  imp.report = report;
  imp.source = base;
  if (!mp_importer_open_memory (&imp, data, size))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_FAILED, _("Cannot read the sample data “%s”."), origin);
      return FALSE;
    }
  if (!mp_store_exec (self, "BEGIN IMMEDIATE", error))
    {
      mp_importer_clear (&imp);
      g_clear_pointer (&imp.now, g_free);
      return FALSE;
    }
  imp.now = mp_store_now_iso ();
  ok = mp_import_native (&imp) && mp_importer_ok (&imp);
  mp_importer_clear (&imp);
  g_clear_pointer (&imp.now, g_free);

  if (!ok)
    {
      mp_store_exec (self, "ROLLBACK", NULL);
      set_report_error (error, report, origin);
      return FALSE;
    }

  {
    g_autofree char *summary = mp_import_report_summary (report);
    g_autofree char *after = g_strdup_printf ("{\"format\":\"native\",\"summary\":\"%s\"}", summary);

    if (!mp_store_log_change (self, "sample", base, "insert", NULL, after, "sample", error) ||
        !mp_store_exec (self, "COMMIT", error))
      {
        mp_store_exec (self, "ROLLBACK", NULL);
        return FALSE;
      }
  }
  mp_store_checkpoint (self);
  return TRUE;
}

gboolean
mp_store_load_sample_file (MpStore     *self,
                           const char  *path,
                           GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local = NULL;
  gsize size;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  if (!g_file_get_contents (path, &contents, &size, &local))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot read the sample data “%s”: %s"),
                   path, local->message);
      return FALSE;
    }
  return load_xml (self, contents, size, path, error);
}

gboolean
mp_store_load_sample (MpStore  *self,
                      GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &local);
  if (bytes == NULL)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_FAILED, _("The sample data is missing from this build: %s"),
                   local->message);
      return FALSE;
    }
  data = g_bytes_get_data (bytes, &size);
  return load_xml (self, data, size, "medplan-sample.xml", error);
}
