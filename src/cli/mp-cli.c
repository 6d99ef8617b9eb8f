/* mp-cli.c — the commands of medplan-cli (DESIGN §7).
 *
 *   medplan-cli [--db FILE] init [--sample]
 *   medplan-cli [--db FILE] set VALUE --indicator CODE --unit CODE --period P
 *   medplan-cli [--db FILE] targets [--unit CODE] [--year Y] [--tsv]
 *   medplan-cli [--db FILE] import FILE [--format auto|native|adx|dhis2] [--dry-run]
 *   medplan-cli [--db FILE] export FILE [--format native|adx|dhis2] [--unit CODE] [--period P]
 *   medplan-cli [--db FILE] export FILE.xlsx|FILE.csv --table NAME [--unit CODE]  (mp-cli-table.c)
 *   medplan-cli [--db FILE] chart --indicator CODE --unit CODE --out FILE [--width W --height H]
 *   medplan-cli [--db FILE] check
 *
 * Messages for people go to stderr in the user's language; data goes to
 * stdout. */
#include "mp-cli.h"

#include <errno.h>
#include <stdio.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mp-cli-private.h"
#include "mp-error.h"
#include "mp-exchange.h"
#include "mp-table-export.h"

typedef int (*CommandFunc) (const Globals *g, int argc, char **argv);

typedef struct {
  const char  *name;
  CommandFunc  func;
  const char  *usage;   /* the arguments after the command's name */
  const char  *summary; /* translatable */
} Command;

static int cmd_init (const Globals *g, int argc, char **argv);
static int cmd_set (const Globals *g, int argc, char **argv);
static int cmd_targets (const Globals *g, int argc, char **argv);
static int cmd_check (const Globals *g, int argc, char **argv);
static int cmd_import (const Globals *g, int argc, char **argv);
static int cmd_export (const Globals *g, int argc, char **argv);

static const Command commands[] = {
  { "init", cmd_init, "[--sample]", N_("Create the database, with the sample data of the source documents") },
  { "set", cmd_set, "VALUE --indicator CODE --unit CODE --period P", N_("Enter an observed value") },
  { "targets", cmd_targets, "[--unit CODE] [--year Y] [--tsv]", N_("List the targets with their status") },
  { "import", cmd_import, "FILE [--format auto|native|adx|dhis2] [--dry-run]",
    N_("Import an XML file: Medplan, IHE ADX or DHIS2 dataValueSet") },
  { "export", cmd_export, "FILE [--format native|adx|dhis2] [--unit CODE] [--period P] | FILE.xlsx|FILE.csv --table "
    "targets|facilities|training|transfers",
    N_("Export the data as XML, or a table as a spreadsheet") },
  { "chart", mp_cli_chart,
    "--indicator CODE --unit CODE --out FILE.png|.svg|.pdf [--width W --height H] [--kind trend|compare|status|network]",
    N_("Draw a chart to a PNG, SVG or PDF file") },
  { "report", mp_cli_report, "--period P [--unit CODE] --out FILE.pdf",
    N_("Write the six-monthly or annual report of a unit as a PDF") },
  { "check", cmd_check, "", N_("Check that the database is sound") },
};

static void
print_usage (void)
{
  g_printerr ("%s\n", _("Usage: medplan-cli [--db FILE] COMMAND [OPTIONS]"));
  g_printerr ("\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %s %s\n      %s\n", commands[i].name, commands[i].usage, _(commands[i].summary));
  g_printerr ("\n%s\n", _("The database is $MEDPLAN_DB if set, else $XDG_DATA_HOME/medplan/medplan.db."));
}

/* Prints an error and maps it to an exit status. */
int
mp_cli_report_error (const GError *error)
{
  g_printerr (_("medplan-cli: error: %s\n"), error->message);
  return mp_error_is_unusable (error) ? MP_EXIT_UNUSABLE : MP_EXIT_BAD_INPUT;
}

int
mp_cli_usage_error (const char *message)
{
  g_printerr (_("medplan-cli: %s\n"), message);
  g_printerr ("%s\n", _("Run “medplan-cli --help” for the commands."));
  return MP_EXIT_USAGE;
}

/* Parses the options of one command; FALSE prints a usage error. */
gboolean
mp_cli_parse_options (const char    *command,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv)
{
  g_autofree char *title = g_strdup_printf ("medplan-cli %s", command);
  g_autoptr(GOptionContext) ctx = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (ctx, title);
  g_option_context_add_main_entries (ctx, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      mp_cli_usage_error (error->message);
      return FALSE;
    }
  return TRUE;
}

MpStore *
mp_cli_open_store (const Globals     *g,
            MpStoreOpenFlags   flags,
            int               *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g->db_path ? g_strdup (g->db_path) : mp_store_default_path ();
  MpStore *store = mp_store_open (path, flags, &error);

  if (store == NULL)
    {
      *status = mp_cli_report_error (error);
      /* A missing file is unusable too: nothing to read. */
      if (g_error_matches (error, MP_ERROR, MP_ERROR_IO))
        *status = MP_EXIT_UNUSABLE;
      return NULL;
    }
  if (mp_store_get_backup_path (store))
    g_printerr (_("The database was updated to the current version; a backup of the old one is in “%s”.\n"),
                mp_store_get_backup_path (store));
  return store;
}

static int
cmd_init (const Globals  *g,
          int             argc,
          char          **argv)
{
  gboolean sample = FALSE;
  GOptionEntry entries[] = {
    { "sample", 0, 0, G_OPTION_ARG_NONE, &sample, N_("Load the sample data of the source documents"), NULL },
    { NULL }
  };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status = MP_EXIT_OK;

  if (!mp_cli_parse_options ("init", entries, &argc, &argv))
    return MP_EXIT_USAGE;
  if (argc > 1)
    return mp_cli_usage_error (_("init takes no arguments."));

  store = mp_cli_open_store (g, MP_STORE_OPEN_CREATE, &status);
  if (store == NULL)
    return status;
  if (sample && !mp_store_load_sample (store, &error))
    return mp_cli_report_error (error);

  g_printerr (sample ? _("The database “%s” is ready, with the sample data.\n")
                     : _("The database “%s” is ready.\n"),
              mp_store_get_path (store));
  return MP_EXIT_OK;
}

/* Reads a number as people type it: "14.8" or, in Vietnamese, "14,8". */
static gboolean
parse_value (const char *text,
             double     *out)
{
  g_autofree char *copy = g_strdup (text);
  char *end = NULL;

  g_strstrip (copy);
  if (strchr (copy, ',') && !strchr (copy, '.'))
    *strchr (copy, ',') = '.';
  errno = 0;
  *out = g_ascii_strtod (copy, &end);
  return errno == 0 && end != copy && *end == '\0' && isfinite (*out);
}

static int
cmd_set (const Globals  *g,
         int             argc,
         char          **argv)
{
  g_autofree char *indicator = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *period = NULL;
  GOptionEntry entries[] = {
    { "indicator", 'i', 0, G_OPTION_ARG_STRING, &indicator, N_("Indicator code, e.g. DOCTORS_PER_10K"), N_("CODE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit, N_("Unit code, e.g. VN-CT"), N_("CODE") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period, N_("Period: 2025, 2025S1 or 2025Q3"), N_("PERIOD") },
    { NULL }
  };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status = MP_EXIT_OK;
  double value;

  if (!mp_cli_parse_options ("set", entries, &argc, &argv))
    return MP_EXIT_USAGE;
  if (argc != 2)
    return mp_cli_usage_error (_("set needs exactly one VALUE."));
  if (!indicator || !unit || !period)
    return mp_cli_usage_error (_("set needs --indicator, --unit and --period."));
  if (!parse_value (argv[1], &value))
    {
      g_printerr (_("medplan-cli: error: “%s” is not a number.\n"), argv[1]);
      return MP_EXIT_BAD_INPUT;
    }

  store = mp_cli_open_store (g, MP_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;
  if (!mp_store_set_observation (store, indicator, unit, period, value, "medplan-cli", &error))
    return mp_cli_report_error (error);

  g_printerr (_("Saved %s = %s for %s, %s.\n"), indicator, argv[1], unit, period);
  return MP_EXIT_OK;
}

/* A number for TSV: C locale, shortest exact form; empty when missing. */
static void
tsv_number (GString *out,
            double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isnan (value))
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

static void
print_tsv (GPtrArray *targets)
{
  g_autoptr(GString) out = g_string_new ("indicator\tunit\tyear\tcomparator\tvalue\tvalue_high\t"
                                         "latest_period\tlatest_value\tlatest_source\tprojected\tstatus\tdocument\t"
                                         "latest_numerator\tlatest_denominator\n");

  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);

      g_string_append_printf (out, "%s\t%s\t%d\t%s\t", ts->indicator, ts->unit, ts->year,
                              mp_comparator_to_string (ts->comparator));
      tsv_number (out, ts->value);
      g_string_append_c (out, '\t');
      tsv_number (out, ts->value_high);
      g_string_append_printf (out, "\t%s\t", ts->latest_period ? ts->latest_period : "");
      tsv_number (out, ts->latest_value);
      g_string_append_printf (out, "\t%s\t", mp_value_source_to_string (ts->latest_source));
      tsv_number (out, ts->projected);
      g_string_append_printf (out, "\t%s\t%s\t", mp_status_to_string (ts->status),
                              ts->document ? ts->document : "");
      tsv_number (out, ts->latest_numerator);
      g_string_append_c (out, '\t');
      tsv_number (out, ts->latest_denominator);
      g_string_append_c (out, '\n');
    }
  fputs (out->str, stdout);
}

static void
print_human (GPtrArray *targets)
{
  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);
      g_autofree char *target = mp_format_target (ts);
      g_autofree char *latest = mp_format_value (ts->latest_value, ts->decimals);
      g_autofree char *projected = mp_format_value (ts->projected, ts->decimals);

      g_print ("%-14s  %s — %s, %d: %s\n", mp_status_label (ts->status), ts->indicator_name,
               ts->unit_name, ts->year, target);
      if (ts->latest_period)
        /* TRANSLATORS: "latest 15,6 (2026, entered), projected 20,8" */
        g_print (_("                latest %s (%s, %s), projected %s\n"), latest, ts->latest_period,
                 mp_value_source_label (ts->latest_source), projected);
      if (ts->latest_source == MP_SOURCE_COMPUTED)
        {
          g_autofree char *num = mp_format_value (ts->latest_numerator, 0);
          g_autofree char *den = mp_format_value (ts->latest_denominator, 0);
          /* TRANSLATORS: how a computed value is made: "1.050 / 1.000.000 × 10.000" */
          g_print (_("                = %s / %s × 10,000\n"), num, den);
        }
    }
  if (targets->len == 0)
    g_printerr ("%s\n", _("No targets match."));
}

static int
cmd_targets (const Globals  *g,
             int             argc,
             char          **argv)
{
  g_autofree char *unit = NULL;
  int year = 0;
  gboolean tsv = FALSE;
  GOptionEntry entries[] = {
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit, N_("Only the targets of this unit"), N_("CODE") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("Only the targets for this year"), N_("YEAR") },
    { "tsv", 0, 0, G_OPTION_ARG_NONE, &tsv, N_("Print tab-separated values for scripts"), NULL },
    { NULL }
  };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  int status = MP_EXIT_OK;

  if (!mp_cli_parse_options ("targets", entries, &argc, &argv))
    return MP_EXIT_USAGE;
  if (argc > 1)
    return mp_cli_usage_error (_("targets takes no arguments."));

  store = mp_cli_open_store (g, MP_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;
  targets = mp_store_list_targets (store, unit, year, &error);
  if (targets == NULL)
    return mp_cli_report_error (error);
  if (unit && targets->len == 0)
    {
      g_autoptr(GPtrArray) units = mp_store_list_units (store, NULL);
      gboolean known = FALSE;
      for (guint i = 0; units && i < units->len; i++)
        known |= g_str_equal (((MpUnitRow *) g_ptr_array_index (units, i))->code, unit);
      if (!known)
        {
          g_printerr (_("medplan-cli: error: There is no unit with the code “%s”.\n"), unit);
          return MP_EXIT_BAD_INPUT;
        }
    }

  if (tsv)
    print_tsv (targets);
  else
    print_human (targets);
  return MP_EXIT_OK;
}

static int
cmd_check (const Globals  *g,
           int             argc,
           char          **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  int status = MP_EXIT_OK;

  if (!mp_cli_parse_options ("check", entries, &argc, &argv))
    return MP_EXIT_USAGE;
  if (argc > 1)
    return mp_cli_usage_error (_("check takes no arguments."));

  store = mp_cli_open_store (g, MP_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;
  if (!mp_store_check (store, problems, &error))
    return mp_cli_report_error (error);

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s: %s\n", mp_store_get_path (store), (char *) g_ptr_array_index (problems, i));
  if (problems->len > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u problem found.\n", "%u problems found.\n", problems->len),
                  problems->len);
      return MP_EXIT_BAD_INPUT;
    }
  g_printerr (_("No problems found in “%s”.\n"), mp_store_get_path (store));
  return MP_EXIT_OK;
}

static int
cmd_import (const Globals  *g,
            int             argc,
            char          **argv)
{
  g_autofree char *format_name = NULL;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("auto (default), native, adx or dhis2"), N_("FORMAT") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Check the file and say what would change, without writing"), NULL },
    { NULL }
  };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MpImportReport) report = NULL;
  g_autofree char *summary = NULL;
  MpFormat format = MP_FORMAT_AUTO;
  int status = MP_EXIT_OK;
  GPtrArray *messages;
  gboolean ok;

  if (!mp_cli_parse_options ("import", entries, &argc, &argv))
    return MP_EXIT_USAGE;
  if (argc != 2)
    return mp_cli_usage_error (_("import needs exactly one FILE."));
  if (format_name && !mp_format_from_string (format_name, &format))
    return mp_cli_usage_error (_("--format must be auto, native, adx or dhis2."));

  store = mp_cli_open_store (g, MP_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;

  report = mp_import_report_new (argv[1]);
  ok = mp_store_import (store, argv[1], format, dry_run, report, NULL, &error);

  messages = mp_import_report_get_messages (report);
  for (guint i = 0; i < messages->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (messages, i));
  if (mp_import_report_get_n_errors (report) > messages->len)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "… and %u more problem.\n", "… and %u more problems.\n",
                             mp_import_report_get_n_errors (report) - messages->len),
                mp_import_report_get_n_errors (report) - messages->len);
  if (!ok)
    return mp_cli_report_error (error);

  summary = mp_import_report_summary (report);
  if (dry_run)
    /* TRANSLATORS: %s is "Added 3, updated 1, unchanged 40." */
    g_print (_("Dry run, nothing was written: %s\n"), summary);
  else
    g_print (_("Imported %s (%s): %s\n"), argv[1], mp_format_to_string (mp_import_report_get_format (report)), summary);
  return MP_EXIT_OK;
}

static int
cmd_export (const Globals  *g,
            int             argc,
            char          **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *period = NULL;
  g_autofree char *table = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("native (default), adx or dhis2"), N_("FORMAT") },
    { "table", 't', 0, G_OPTION_ARG_STRING, &table, N_("Write this table to FILE.xlsx or FILE.csv: targets, facilities, training or transfers"), N_("NAME") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit, N_("Only this unit and the units under it"), N_("CODE") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period, N_("Only the observations of this period"), N_("PERIOD") },
    { NULL }
  };
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GError) error = NULL;
  MpFormat format = MP_FORMAT_NATIVE;
  MpExportFilter filter;
  int status = MP_EXIT_OK;

  if (!mp_cli_parse_options ("export", entries, &argc, &argv))
    return MP_EXIT_USAGE;
  if (argc != 2)
    return mp_cli_usage_error (_("export needs exactly one FILE."));
  if (table != NULL)
    {
      if (format_name || period)
        return mp_cli_usage_error (_("--table cannot be combined with --format or --period."));
      return mp_cli_export_table (g, argv[1], table, unit);
    }
  if (mp_table_format_from_path (argv[1], NULL))
    return mp_cli_usage_error (_("A spreadsheet (.xlsx, .csv) needs --table targets, facilities, training or transfers."));
  if (format_name && (!mp_format_from_string (format_name, &format) || format == MP_FORMAT_AUTO))
    return mp_cli_usage_error (_("--format must be native, adx or dhis2."));

  store = mp_cli_open_store (g, MP_STORE_OPEN_DEFAULT, &status);
  if (store == NULL)
    return status;
  filter.unit = unit;
  filter.period = period;
  if (!mp_store_export (store, argv[1], format, &filter, NULL, &error))
    return mp_cli_report_error (error);
  g_printerr (_("Exported to %s (%s).\n"), argv[1], mp_format_to_string (format));
  return MP_EXIT_OK;
}

int
mp_cli_run (int    argc,
            char **argv)
{
  Globals g = { NULL };
  int i = 1;

  /* Global options come before the command. */
  while (i < argc && argv[i][0] == '-')
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_usage ();
          return MP_EXIT_OK;
        }
      if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        {
          g.db_path = argv[i + 1];
          i += 2;
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        g.db_path = argv[i++] + strlen ("--db=");
      else
        {
          g_autofree char *msg = g_strdup_printf (_("unknown option “%s”."), argv[i]);
          return mp_cli_usage_error (msg);
        }
    }
  if (i >= argc)
    {
      print_usage ();
      return MP_EXIT_USAGE;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    if (g_str_equal (argv[i], commands[c].name))
      return commands[c].func (&g, argc - i, argv + i);

  {
    g_autofree char *msg = g_strdup_printf (_("unknown command “%s”."), argv[i]);
    return mp_cli_usage_error (msg);
  }
}
