/* test-input.c — reading and showing the numbers and dates the dialogs
 * take (mp-input.c), in Vietnamese and in English: what is shown reads
 * back the same, and text that is not a number or a date is refused, never
 * clamped. Needs no display; runs with the built translations
 * (MEDPLAN_LOCALEDIR, as the other UI tests). */
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "mp-error.h"
#include "mp-input.h"
#include "mp-types.h"

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

/* Refused, with a message for the field, and `count` left alone. */
static void
assert_bad_count (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 count = 42;

  g_assert_false (mp_input_parse_count (text, &count, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpint (count, ==, 42);
}

static void
assert_bad_number (const char *text)
{
  g_autoptr(GError) error = NULL;
  double value = 42;

  g_assert_false (mp_input_parse_number (text, &value, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_cmpfloat (value, ==, 42);
}

static void
assert_bad_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  char *iso = NULL;

  g_assert_false (mp_input_parse_date (text, &iso, &error));
  g_assert_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT);
  g_assert_null (iso);
}

static gint64
count_of (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 count = 42;

  g_assert_true (mp_input_parse_count (text, &count, &error));
  g_assert_no_error (error);
  return count;
}

static double
number_of (const char *text)
{
  g_autoptr(GError) error = NULL;
  double value = 42;

  g_assert_true (mp_input_parse_number (text, &value, &error));
  g_assert_no_error (error);
  return value;
}

static char *
date_of (const char *text)
{
  g_autoptr(GError) error = NULL;
  char *iso = NULL;

  g_assert_true (mp_input_parse_date (text, &iso, &error));
  g_assert_no_error (error);
  return iso;
}

/* What any language reads the same. */
static void
check_common (void)
{
  const double values[] = { 0, 1, -105, 10.25, 14.8, 1500, 1234567.125, 0.000001 };
  const gint64 counts[] = { 0, 7, 999, 1000, 1500, 1234567 };

  g_assert_cmpint (count_of ("  "), ==, -1);
  g_assert_cmpint (count_of (NULL), ==, -1);
  g_assert_cmpint (count_of (" 42 "), ==, 42);
  assert_bad_count ("abc");
  assert_bad_count ("-3");
  assert_bad_count ("12a");
  assert_bad_count ("1 0");
  g_assert_true (isnan (number_of ("")));
  g_assert_cmpfloat (number_of ("-2"), ==, -2);
  g_assert_cmpfloat (number_of ("16"), ==, 16);
  assert_bad_number ("abc");
  assert_bad_number ("12a");
  assert_bad_number ("1 0");
  assert_bad_number ("1e400");
  assert_bad_number ("-");

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *text = mp_input_format_count (counts[i]);
      g_assert_cmpint (count_of (text), ==, counts[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = mp_input_format_number (values[i]);
      g_assert_cmpfloat_with_epsilon (number_of (text), values[i], 1e-9);
    }
  {
    g_autofree char *none = mp_input_format_count (-1);
    g_autofree char *nan = mp_input_format_number (NAN);
    g_autofree char *no_date = mp_input_format_date (NULL);
    g_autofree char *year = mp_input_format_date ("2019");
    g_autofree char *ten = mp_input_format_number (10.0);

    g_assert_cmpstr (none, ==, "");
    g_assert_cmpstr (nan, ==, "");
    g_assert_cmpstr (no_date, ==, "");
    g_assert_cmpstr (year, ==, "2019");
    g_assert_cmpstr (ten, ==, "10");
  }

  /* Dates: a year, yyyy-mm-dd, dd/mm/yyyy; real days of 1900 to 2200. */
  {
    g_autofree char *a = date_of ("15/03/2020");
    g_autofree char *b = date_of ("2020-03-15");
    g_autofree char *c = date_of (" 2019 ");
    g_autofree char *d = date_of ("1/2/2024");
    g_autofree char *e = date_of ("29/02/2024");
    char *none = date_of ("  ");

    g_assert_cmpstr (a, ==, "2020-03-15");
    g_assert_cmpstr (b, ==, "2020-03-15");
    g_assert_cmpstr (c, ==, "2019");
    g_assert_cmpstr (d, ==, "2024-02-01");
    g_assert_cmpstr (e, ==, "2024-02-29");
    g_assert_null (none);
  }
  assert_bad_date ("31/02/2020");
  assert_bad_date ("29/02/2023");
  assert_bad_date ("2020-13-01");
  assert_bad_date ("15/03/20");
  assert_bad_date ("03/15/2020");
  assert_bad_date ("1800");
  assert_bad_date ("2300");
  assert_bad_date ("abcd");
  assert_bad_date ("2020-03-15x");
  assert_bad_date ("15/03/2020/1");
  for (const char *const *iso = (const char *const[]) { "2020-03-15", "1900-01-01", "2200-12-31", NULL };
       *iso; iso++)
    {
      g_autofree char *shown = mp_input_format_date (*iso);
      g_autofree char *back = date_of (shown);

      g_assert_cmpstr (back, ==, *iso);
    }
}

static void
test_vietnamese (void)
{
  use_language ("vi");
  {
    g_autofree char *count = mp_input_format_count (1500);
    g_autofree char *number = mp_input_format_number (14.8);
    g_autofree char *date = mp_input_format_date ("2026-09-01");

    g_assert_cmpstr (count, ==, "1.500");
    g_assert_cmpstr (number, ==, "14,8");
    g_assert_cmpstr (date, ==, "01/09/2026");
  }
  g_assert_cmpint (count_of ("1.500"), ==, 1500);
  g_assert_cmpint (count_of ("1.234.567"), ==, 1234567);
  g_assert_cmpfloat (number_of ("15,6"), ==, 15.6);
  g_assert_cmpfloat (number_of ("1.500"), ==, 1500);
  g_assert_cmpfloat (number_of (" 1.000.000,25 "), ==, 1000000.25);
  assert_bad_count ("1,5");
  assert_bad_count ("1.50");
  assert_bad_count ("1,5.");
  assert_bad_count ("1.5000");
  assert_bad_number ("15.6");
  assert_bad_number ("1,500.5");
  assert_bad_number ("1,");
  assert_bad_number ("1.50");
  assert_bad_number ("1..500");
  assert_bad_number ("1,5.");
  check_common ();
}

static void
test_english (void)
{
  use_language ("en");
  {
    g_autofree char *count = mp_input_format_count (1500);
    g_autofree char *number = mp_input_format_number (14.8);
    g_autofree char *date = mp_input_format_date ("2026-09-01");

    g_assert_cmpstr (count, ==, "1,500");
    g_assert_cmpstr (number, ==, "14.8");
    g_assert_cmpstr (date, ==, "2026-09-01");
  }
  g_assert_cmpint (count_of ("1,500"), ==, 1500);
  g_assert_cmpfloat (number_of ("15.6"), ==, 15.6);
  g_assert_cmpfloat (number_of ("1,500"), ==, 1500);
  assert_bad_count ("1.5");
  assert_bad_count ("1,50");
  assert_bad_number ("15,6");
  assert_bad_number ("1.");
  assert_bad_number ("1,50");
  assert_bad_number ("1,,500");
  assert_bad_number ("1.5,");
  check_common ();
  use_language ("vi");
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("MEDPLAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/input/vietnamese", test_vietnamese);
  g_test_add_func ("/ui/input/english", test_english);
  return g_test_run ();
}
