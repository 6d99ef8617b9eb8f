/* mp-input.c — the numbers and dates of the dialogs, read and shown in the
 * user's format. The marks are those mp_format_value() writes, so what the
 * lists and charts show can be typed back. */
#include "mp-input.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mp-error.h"
#include "mp-types.h"

/* The years the store accepts (mp-edit-check.c). */
#define MIN_YEAR 1900
#define MAX_YEAR 2200

/* The thousands separator and the decimal point of the user's numbers. */
static void
number_marks (char *thousands,
              char *point)
{
  g_autofree char *probe = mp_format_value (1000.5, 1);  /* "1.000,5" or "1,000.5" */

  *thousands = probe[1];
  *point = probe[5];
}

/* Reads `text` (trimmed, not empty) in the user's format into `value`;
 * FALSE when it is not a number. `*whole` tells whether it had no
 * decimals. Groups of thousands are optional but must be exact. */
static gboolean
read_number (const char *text,
             double     *value,
             gboolean   *whole)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  const char *p = text;
  char thousands, point;
  gboolean grouped = FALSE;
  guint group = 0, n_digits = 0;
  char *end = NULL;

  number_marks (&thousands, &point);
  if (*p == '-' || *p == '+')
    g_string_append_c (plain, *p++);
  for (; *p && *p != point; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (plain, *p);
          group++;
          n_digits++;
        }
      else if (*p == thousands)
        {
          if (group == 0 || (grouped ? group != 3 : group > 3))
            return FALSE;
          grouped = TRUE;
          group = 0;
        }
      else
        return FALSE;
    }
  if (n_digits == 0 || n_digits > 15 || (grouped && group != 3))
    return FALSE;
  *whole = TRUE;
  if (*p == point)
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      g_string_append_c (plain, '.');
      for (; *p; p++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
          g_string_append_c (plain, *p);
        }
      *whole = FALSE;
    }
  *value = g_ascii_strtod (plain->str, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

gboolean
mp_input_parse_count (const char  *text,
                      gint64      *count,
                      GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *example = mp_format_value (1500, 0);
  gboolean whole = FALSE;
  double value = 0;

  if (*trimmed == '\0')
    {
      *count = -1;
      return TRUE;
    }
  if (!read_number (trimmed, &value, &whole) || !whole)
    {
      /* TRANSLATORS: %s is an example number in the user's format, "1.500" */
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("Enter a whole number, such as %s."), example);
      return FALSE;
    }
  if (value < 0)
    {
      g_set_error_literal (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                           _("Enter 0 or more, or leave the field empty if unknown."));
      return FALSE;
    }
  *count = (gint64) value;
  return TRUE;
}

gboolean
mp_input_parse_number (const char  *text,
                       double      *value,
                       GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *example = mp_format_value (14.8, 1);
  gboolean whole;

  if (*trimmed == '\0')
    {
      *value = NAN;
      return TRUE;
    }
  if (!read_number (trimmed, value, &whole))
    {
      /* TRANSLATORS: %s is an example number in the user's format, "14,8" */
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                   _("Enter a number, such as %s."), example);
      return FALSE;
    }
  return TRUE;
}

static gboolean
all_digits (const char *text,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

gboolean
mp_input_parse_date (const char  *text,
                     char       **iso,
                     GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  gsize len = strlen (trimmed);
  guint day = 0, month = 0, year = 0;

  *iso = NULL;
  if (len == 0)
    return TRUE;
  if (len == 4 && all_digits (trimmed, 4))
    {
      year = atoi (trimmed);
      if (year >= MIN_YEAR && year <= MAX_YEAR)
        {
          *iso = g_steal_pointer (&trimmed);
          return TRUE;
        }
      year = 0;
    }
  if (len == 10 && all_digits (trimmed, 4) && trimmed[4] == '-' && trimmed[7] == '-' &&
      all_digits (trimmed + 5, 2) && all_digits (trimmed + 8, 2))
    {
      year = atoi (trimmed);
      month = atoi (trimmed + 5);
      day = atoi (trimmed + 8);
    }
  else if (len > 4)
    {
      g_auto(GStrv) parts = g_strsplit (trimmed, "/", -1);

      if (g_strv_length (parts) == 3 &&
          strlen (parts[0]) >= 1 && strlen (parts[0]) <= 2 && all_digits (parts[0], strlen (parts[0])) &&
          strlen (parts[1]) >= 1 && strlen (parts[1]) <= 2 && all_digits (parts[1], strlen (parts[1])) &&
          strlen (parts[2]) == 4 && all_digits (parts[2], 4))
        {
          day = atoi (parts[0]);
          month = atoi (parts[1]);
          year = atoi (parts[2]);
        }
    }
  if (year < MIN_YEAR || year > MAX_YEAR || !g_date_valid_dmy (day, month, year))
    {
      g_set_error_literal (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                           /* TRANSLATORS: how to type a date; keep the formats as in your
                            * date format (the Vietnamese one is dd/mm/yyyy) */
                           _("Enter a year (2020) or a date (15/03/2020)."));
      return FALSE;
    }
  *iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  return TRUE;
}

char *
mp_input_format_count (gint64 count)
{
  return count < 0 ? g_strdup ("") : mp_format_value ((double) count, 0);
}

char *
mp_input_format_number (double value)
{
  char thousands, point;
  char *text, *mark, *end;

  if (isnan (value))
    return g_strdup ("");
  number_marks (&thousands, &point);
  text = mp_format_value (value, 6);
  mark = strchr (text, point);
  if (mark)
    {
      end = text + strlen (text) - 1;
      while (end > mark && *end == '0')
        *end-- = '\0';
      if (end == mark)
        *end = '\0';
    }
  return text;
}

char *
mp_input_format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso == NULL)
    return g_strdup ("");
  if (strlen (iso) != 10 || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup (iso);
  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date == NULL)
    return g_strdup (iso);
  /* TRANSLATORS: how a date is shown in the dialogs and lists (strftime);
   * Vietnamese writes %d/%m/%Y. It must be one the dialog reads back:
   * %Y-%m-%d or %d/%m/%Y. */
  return g_date_time_format (date, C_("date format", "%Y-%m-%d"));
}
