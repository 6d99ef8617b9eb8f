/* bench-gen.c — writes the benchmark data of DESIGN §8: a native Medplan
 * file of N observations (1,000,000 by default) over enough units,
 * indicators and periods that every key (indicator, unit, period) is
 * distinct, with the units and indicators declared in the same file; and,
 * optionally, the same observations as CSV for the sqlite3 baseline.
 *
 *   bench-gen [--observations N] [--indicators I] [--years Y]
 *             [--csv FILE.csv] [--no-definitions] FILE.xml
 *
 * Rows come in the order of the key (indicator code, unit code, period),
 * the order an export writes them. Values are in canonical form (14.8, 19).
 * Only stdio: generating 1,000,000 rows takes a fraction of a second. */
#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_YEAR 2000
/* A year's periods in the order of their text: 2014, 2014Q1..Q4, 2014S1, S2. */
static const char * const period_suffixes[] = { "", "Q1", "Q2", "Q3", "Q4", "S1", "S2" };
#define N_SUFFIXES G_N_ELEMENTS (period_suffixes)

typedef struct {
  guint64  observations;
  guint    indicators;
  guint    years;
  guint    units;
  gboolean definitions;
} Plan;

/* Canonical text of value / 10: "14.8", "19". */
static void
put_value (FILE   *out,
           guint64 tenths)
{
  if (tenths % 10 == 0)
    fprintf (out, "%" G_GUINT64_FORMAT, tenths / 10);
  else
    fprintf (out, "%" G_GUINT64_FORMAT ".%u", tenths / 10, (guint) (tenths % 10));
}

/* A deterministic, spread-out value in 0.0 .. 999.9 for row i. */
static guint64
value_of (guint64 i)
{
  return (i * 2654435761u) % 10000;
}

static void
write_definitions (FILE       *out,
                   const Plan *plan)
{
  fputs ("  <units>\n", out);
  for (guint u = 0; u < plan->units; u++)
    fprintf (out,
             "    <unit code=\"BU-%04u\" level=\"province\">\n"
             "      <name xml:lang=\"vi\">Tỉnh thử %u</name>\n"
             "      <name xml:lang=\"en\">Bench province %u</name>\n"
             "    </unit>\n", u, u, u);
  fputs ("  </units>\n  <indicators>\n", out);
  for (guint i = 0; i < plan->indicators; i++)
    fprintf (out,
             "    <indicator code=\"BENCH_%02u\" measure=\"per_10k\" direction=\"up\" decimals=\"1\">\n"
             "      <name xml:lang=\"vi\">Chỉ số thử %u</name>\n"
             "      <name xml:lang=\"en\">Bench indicator %u</name>\n"
             "    </indicator>\n", i, i, i);
  fputs ("  </indicators>\n", out);
}

static gboolean
generate (const Plan *plan,
          FILE       *xml,
          FILE       *csv)
{
  guint64 n = 0;
  guint periods = plan->years * N_SUFFIXES;

  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<medplan xmlns=\"urn:medplan:exchange:1\" version=\"1\" exported=\"2026-11-22T05:00:00Z\">\n", xml);
  if (plan->definitions)
    write_definitions (xml, plan);
  fputs ("  <observations>\n", xml);

  for (guint i = 0; i < plan->indicators && n < plan->observations; i++)
    for (guint u = 0; u < plan->units && n < plan->observations; u++)
      for (guint p = 0; p < periods && n < plan->observations; p++, n++)
        {
          guint year = FIRST_YEAR + p / N_SUFFIXES;
          const char *suffix = period_suffixes[p % N_SUFFIXES];
          guint64 v = value_of (n);

          fprintf (xml, "    <observation indicator=\"BENCH_%02u\" unit=\"BU-%04u\" period=\"%u%s\" value=\"",
                   i, u, year, suffix);
          put_value (xml, v);
          fputs ("\" updated-at=\"2026-01-02T03:04:05Z\"/>\n", xml);
          if (csv)
            {
              fprintf (csv, "BENCH_%02u,BU-%04u,%u%s,", i, u, year, suffix);
              put_value (csv, v);
              fputs (",2026-01-02T03:04:05Z\n", csv);
            }
        }

  fputs ("  </observations>\n</medplan>\n", xml);
  return n == plan->observations;
}

static FILE *
open_out (const char *path)
{
  FILE *f = fopen (path, "w");

  if (f == NULL)
    fprintf (stderr, "bench-gen: cannot write %s: %s\n", path, g_strerror (errno));
  else
    setvbuf (f, NULL, _IOFBF, 1 << 20);
  return f;
}

static gboolean
close_out (FILE       *f,
           const char *path)
{
  if (f && (ferror (f) | fclose (f)) != 0)
    {
      fprintf (stderr, "bench-gen: cannot write %s\n", path);
      return FALSE;
    }
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  gint64 observations = 1000000, indicators = 30, years = 12;
  gboolean no_definitions = FALSE;
  g_autofree char *csv_path = NULL;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "observations", 'n', 0, G_OPTION_ARG_INT64, &observations, "Number of observations (1000000)", "N" },
    { "indicators", 'i', 0, G_OPTION_ARG_INT64, &indicators, "Number of indicators (30)", "I" },
    { "years", 'y', 0, G_OPTION_ARG_INT64, &years, "Years of periods, 7 periods each (12)", "Y" },
    { "csv", 'c', 0, G_OPTION_ARG_FILENAME, &csv_path, "Also write the rows as CSV", "FILE" },
    { "no-definitions", 0, 0, G_OPTION_ARG_NONE, &no_definitions, "Leave out the units and indicators", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE.xml" },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("FILE.xml");
  g_autoptr(GError) error = NULL;
  FILE *xml, *csv = NULL;
  Plan plan;
  gboolean ok;

  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || files == NULL || files[1] != NULL ||
      observations < 1 || indicators < 1 || indicators > 100 || years < 1 || years > 200)
    {
      fprintf (stderr, "usage: bench-gen [--observations N] [--indicators 1..100] [--years 1..200]"
               " [--csv FILE] [--no-definitions] FILE.xml%s%s\n",
               error ? ": " : "", error ? error->message : "");
      return 2;
    }

  plan.observations = (guint64) observations;
  plan.indicators = (guint) indicators;
  plan.years = (guint) years;
  plan.definitions = !no_definitions;
  {
    guint64 per_unit = (guint64) plan.indicators * plan.years * N_SUFFIXES;
    guint64 units = (plan.observations + per_unit - 1) / per_unit;
    if (units > 10000)
      {
        fprintf (stderr, "bench-gen: %" G_GUINT64_FORMAT " units would be needed; give more indicators or years\n",
                 units);
        return 2;
      }
    plan.units = (guint) units;
  }

  xml = open_out (files[0]);
  if (xml == NULL)
    return 1;
  if (csv_path && (csv = open_out (csv_path)) == NULL)
    return 1;
  ok = generate (&plan, xml, csv);
  ok = close_out (xml, files[0]) && ok;
  ok = close_out (csv, csv_path) && ok;
  if (!ok)
    return 1;
  fprintf (stderr, "bench-gen: %" G_GUINT64_FORMAT " observations, %u indicators × %u units × %u periods\n",
           plan.observations, plan.indicators, plan.units, plan.years * (guint) N_SUFFIXES);
  return 0;
}
