/* mp-cli-report.c — `medplan-cli report`: the six-monthly or annual report
 * of a unit written as a PDF, the same pages the application prints.
 *
 *   report --period P [--unit CODE] --out FILE.pdf
 *
 * P is a half-year (2025S1, 2025S2) or a year (2025); without --unit the
 * report is for the unit the Overview opens on. */
#include "mp-cli-private.h"

#include <glib/gi18n.h>

#include "mp-report.h"

int
mp_cli_report (const Globals  *g,
               int             argc,
               char          **argv)
{
  g_autofree char *period = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *out = NULL;
  g_autofree char *lower = NULL;
  GOptionEntry entries[] = {
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period, N_("The reporting period: 2025S1, 2025S2 or 2025"), N_("P") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit, N_("The unit (default: the one the Overview opens on)"), N_("CODE") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GError) error = NULL;
  int status = MP_EXIT_OK;
  guint n_pages;

  if (!mp_cli_parse_options ("report", entries, &argc, &argv))
    return MP_EXIT_USAGE;
  if (argc != 1)
    return mp_cli_usage_error (_("report takes no arguments besides its options."));
  if (period == NULL)
    return mp_cli_usage_error (_("report needs --period P (2025S1, 2025S2 or 2025)."));
  if (out == NULL)
    return mp_cli_usage_error (_("report needs --out FILE.pdf."));
  lower = g_ascii_strdown (out, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    return mp_cli_usage_error (_("The --out file of a report must end in .pdf."));

  store = mp_cli_open_store (g, MP_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;

  report = mp_report_new (store, unit, period, &error);
  if (report == NULL)
    return mp_cli_report_error (error);
  n_pages = mp_report_get_n_pages (report);
  if (!mp_report_write_pdf (report, out, NULL, &error))
    {
      /* The file could not be written: bad input (the path), not the
       * database. */
      g_printerr (_("medplan-cli: error: %s\n"), error->message);
      return MP_EXIT_BAD_INPUT;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote the report of %s for %s to %s: %u page.\n",
                        "Wrote the report of %s for %s to %s: %u pages.\n", n_pages),
           mp_report_get_unit (report), mp_report_get_period (report), out, n_pages);
  return MP_EXIT_OK;
}
