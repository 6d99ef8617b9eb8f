/* mp-cli-table.c — `medplan-cli export FILE.xlsx|FILE.csv --table NAME
 * [--unit CODE]`: a table of the application (targets, facilities,
 * training, transfers) written to a spreadsheet. cmd_export (mp-cli.c)
 * parses the options and calls mp_cli_export_table(). */
#include "mp-cli-private.h"

#include <glib/gi18n.h>

#include "mp-table-export.h"

int
mp_cli_export_table (const Globals *g,
                     const char    *path,
                     const char    *table,
                     const char    *unit)
{
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  MpTableFormat format;
  MpTableKind kind;
  guint n_rows = 0;
  int status = MP_EXIT_OK;

  if (!mp_table_format_from_path (path, &format))
    return mp_cli_usage_error (_("--table writes a spreadsheet: the FILE must end in .xlsx or .csv."));
  if (!mp_table_kind_from_string (table, &kind))
    {
      /* TRANSLATORS: the four names stay in English: they are what the user types */
      g_autofree char *msg = g_strdup_printf (_("Unknown table “%s”: --table must be targets, facilities, training or transfers."),
                                              table);
      return mp_cli_usage_error (msg);
    }
  if (unit != NULL && kind != MP_TABLE_KIND_TARGETS)
    return mp_cli_usage_error (_("--unit with --table only applies to the targets table."));

  store = mp_cli_open_store (g, MP_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;
  if (!mp_table_export (store, kind, unit, path, format, &n_rows, &error))
    return mp_cli_report_error (error);
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "Exported %u row of “%s” to %s.\n",
                           "Exported %u rows of “%s” to %s.\n", n_rows),
              n_rows, mp_table_kind_title (kind), path);
  return MP_EXIT_OK;
}
