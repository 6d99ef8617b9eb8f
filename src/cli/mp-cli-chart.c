/* mp-cli-chart.c — `medplan-cli chart`: a chart drawn to a PNG, SVG or PDF
 * file, the same drawing the application shows.
 *
 *   chart --indicator CODE --unit CODE --out FILE [--width W --height H]
 *         [--kind trend|compare|status|network]
 *
 * The trend (the default) needs the indicator and the unit; the comparison
 * needs the indicator and marks the unit; the status overview takes an
 * optional unit; the network takes neither. */
#include "mp-cli-private.h"

#include <glib/gi18n.h>

#include "mp-chart-data.h"
#include "mp-error.h"

int
mp_cli_chart (const Globals  *g,
              int             argc,
              char          **argv)
{
  g_autofree char *indicator = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *out = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *lower = NULL;
  int width = 1200, height = 750;
  GOptionEntry entries[] = {
    { "indicator", 'i', 0, G_OPTION_ARG_STRING, &indicator, N_("The indicator"), N_("CODE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit, N_("The unit"), N_("CODE") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out, N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { "width", 'W', 0, G_OPTION_ARG_INT, &width, N_("Width in points (default 1200)"), N_("W") },
    { "height", 'H', 0, G_OPTION_ARG_INT, &height, N_("Height in points (default 750)"), N_("H") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_("trend (default), compare, status or network"), N_("KIND") },
    { NULL }
  };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(MpChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  int status = MP_EXIT_OK;

  if (!mp_cli_parse_options ("chart", entries, &argc, &argv))
    return MP_EXIT_USAGE;
  if (argc != 1)
    return mp_cli_usage_error (_("chart takes no arguments besides its options."));
  if (out == NULL)
    return mp_cli_usage_error (_("chart needs --out FILE."));
  lower = g_ascii_strdown (out, -1);
  if (!g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") && !g_str_has_suffix (lower, ".pdf"))
    return mp_cli_usage_error (_("The --out file must end in .png, .svg or .pdf."));
  if (width < 100 || width > 10000 || height < 100 || height > 10000)
    return mp_cli_usage_error (_("--width and --height must be between 100 and 10000."));
  if (kind == NULL || g_str_equal (kind, "trend"))
    {
      if (indicator == NULL || unit == NULL)
        return mp_cli_usage_error (_("A trend chart needs --indicator and --unit."));
    }
  else if (g_str_equal (kind, "compare"))
    {
      if (indicator == NULL)
        return mp_cli_usage_error (_("A comparison chart needs --indicator."));
    }
  else if (!g_str_equal (kind, "status") && !g_str_equal (kind, "network"))
    return mp_cli_usage_error (_("--kind must be trend, compare, status or network."));

  store = mp_cli_open_store (g, MP_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;

  if (kind == NULL || g_str_equal (kind, "trend"))
    chart = mp_chart_data_trend (store, NULL, indicator, unit, &error);
  else if (g_str_equal (kind, "compare"))
    chart = mp_chart_data_compare (store, NULL, indicator, 0, unit, &error);
  else if (g_str_equal (kind, "status"))
    chart = mp_chart_data_status (store, unit, &error);
  else
    chart = mp_chart_data_network (store, NULL, &error);
  if (chart == NULL)
    return mp_cli_report_error (error);

  if (!mp_chart_save (chart, out, width, height, 1.0, &error))
    return mp_cli_report_error (error);
  g_printerr (_("Drew “%s” to %s.\n"), mp_chart_get_title (chart), out);
  return MP_EXIT_OK;
}
