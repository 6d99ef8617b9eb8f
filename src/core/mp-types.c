/* mp-types.c — names, labels and formatting of the domain vocabulary. */
#include "mp-types.h"

#include <glib/gi18n-lib.h>
#include <libintl.h>
#include <math.h>
#include <string.h>

static const char *comparator_names[] = { "ge", "gt", "le", "lt", "eq", "between", "done" };
static const char *status_names[] = { "missed", "off_track", "at_risk", "no_data", "on_track", "achieved" };

static gboolean
lookup (const char  *text,
        const char **names,
        int          n,
        int         *out)
{
  if (text == NULL)
    return FALSE;
  for (int i = 0; i < n; i++)
    if (g_str_equal (text, names[i]))
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
mp_comparator_to_string (MpComparator comparator)
{
  g_return_val_if_fail (comparator <= MP_COMPARATOR_DONE, NULL);
  return comparator_names[comparator];
}

gboolean
mp_comparator_from_string (const char   *text,
                           MpComparator *out)
{
  int i;
  if (!lookup (text, comparator_names, G_N_ELEMENTS (comparator_names), &i))
    return FALSE;
  *out = (MpComparator) i;
  return TRUE;
}

const char *
mp_comparator_symbol (MpComparator comparator)
{
  switch (comparator)
    {
    case MP_COMPARATOR_GE:      return "≥";
    case MP_COMPARATOR_GT:      return ">";
    case MP_COMPARATOR_LE:      return "≤";
    case MP_COMPARATOR_LT:      return "<";
    case MP_COMPARATOR_EQ:      return "=";
    case MP_COMPARATOR_BETWEEN: return "–";
    case MP_COMPARATOR_DONE:    return "✓";
    default:                    return "?";
    }
}

const char *
mp_status_to_string (MpStatus status)
{
  g_return_val_if_fail (status <= MP_STATUS_ACHIEVED, NULL);
  return status_names[status];
}

gboolean
mp_status_from_string (const char *text,
                       MpStatus   *out)
{
  int i;
  if (!lookup (text, status_names, G_N_ELEMENTS (status_names), &i))
    return FALSE;
  *out = (MpStatus) i;
  return TRUE;
}

const char *
mp_status_label (MpStatus status)
{
  switch (status)
    {
    case MP_STATUS_MISSED:    return _("Missed");
    case MP_STATUS_OFF_TRACK: return _("Off track");
    case MP_STATUS_AT_RISK:   return _("At risk");
    case MP_STATUS_NO_DATA:   return _("No data");
    case MP_STATUS_ON_TRACK:  return _("On track");
    case MP_STATUS_ACHIEVED:  return _("Achieved");
    default:                  return "?";
    }
}

const char *
mp_direction_to_string (MpDirection direction)
{
  return direction == MP_DIRECTION_DOWN ? "down" : "up";
}

gboolean
mp_direction_from_string (const char  *text,
                          MpDirection *out)
{
  if (g_strcmp0 (text, "up") == 0)
    *out = MP_DIRECTION_UP;
  else if (g_strcmp0 (text, "down") == 0)
    *out = MP_DIRECTION_DOWN;
  else
    return FALSE;
  return TRUE;
}

const char *
mp_value_source_to_string (MpValueSource source)
{
  switch (source)
    {
    case MP_SOURCE_TYPED:    return "typed";
    case MP_SOURCE_COMPUTED: return "computed";
    default:                 return "";
    }
}

const char *
mp_value_source_label (MpValueSource source)
{
  switch (source)
    {
    case MP_SOURCE_TYPED:    return _("entered");
    case MP_SOURCE_COMPUTED: return _("computed");
    default:                 return "";
    }
}

static const char *measures[] = { "per_10k", "percent", "count", "years", "cm", "ratio", "yesno" };

gboolean
mp_measure_is_valid (const char *measure)
{
  int i;
  return lookup (measure, measures, G_N_ELEMENTS (measures), &i);
}

const char *
mp_measure_label (const char *measure)
{
  if (g_strcmp0 (measure, "per_10k") == 0)
    return _("per 10,000 people");
  if (g_strcmp0 (measure, "percent") == 0)
    return "%";
  if (g_strcmp0 (measure, "years") == 0)
    return _("years");
  if (g_strcmp0 (measure, "cm") == 0)
    return "cm";
  return "";
}

/* Whether the messages are shown in Vietnamese: the header of the catalog
 * gettext uses says so. Names and number formats follow the messages, so
 * a screen never mixes two languages (e.g. when LANGUAGE=vi is set but the
 * C library has no Vietnamese locale, gettext stays in English). */
gboolean
mp_messages_in_vietnamese (void)
{
  /* gettext("") is the catalog's header (not a message to translate, so
   * not written as a literal that xgettext would collect). */
  static const char header_id[] = "";
  const char *header = dgettext (GETTEXT_PACKAGE, header_id);

  return header != NULL && strstr (header, "Language: vi") != NULL;
}

/* 0: the language of the messages; 1: Vietnamese; 2: English. */
static gint name_language = 0;

void
mp_set_name_language (const char *language)
{
  g_atomic_int_set (&name_language,
                    g_strcmp0 (language, "vi") == 0 ? 1 : g_strcmp0 (language, "en") == 0 ? 2 : 0);
}

const char *
mp_pick_name (const char *name_vi,
              const char *name_en)
{
  gint choice = g_atomic_int_get (&name_language);
  gboolean vi = choice == 0 ? mp_messages_in_vietnamese () : choice == 1;

  if (vi && name_vi && *name_vi)
    return name_vi;
  if (!vi && name_en && *name_en)
    return name_en;
  return (name_vi && *name_vi) ? name_vi : name_en;
}

void
mp_target_status_free (MpTargetStatus *ts)
{
  if (ts == NULL)
    return;
  g_free (ts->indicator);
  g_free (ts->indicator_name);
  g_free (ts->measure);
  g_free (ts->unit);
  g_free (ts->unit_name);
  g_free (ts->document);
  g_free (ts->document_title);
  g_free (ts->note);
  g_free (ts->latest_period);
  g_free (ts);
}

char *
mp_format_value (double value,
                 int    decimals)
{
  g_autofree char *text = NULL;
  gboolean vi = mp_messages_in_vietnamese ();
  /* Vietnamese writes 1.500,5; English 1,500.5. The marks follow the
   * language of the messages, so the numbers read like the words. */
  const char *point = vi ? "," : ".";
  const char *thousands = vi ? "." : ",";
  const char *dot;
  gsize int_len, start = 0;
  GString *out;

  if (isnan (value))
    return g_strdup ("—");

  text = g_strdup_printf ("%.*f", CLAMP (decimals, 0, 6), value);
  dot = strchr (text, '.');
  int_len = dot ? (gsize) (dot - text) : strlen (text);
  out = g_string_new (NULL);
  if (text[0] == '-')
    {
      g_string_append_c (out, '-');
      start = 1;
    }
  for (gsize i = start; i < int_len; i++)
    {
      g_string_append_c (out, text[i]);
      if (i + 1 < int_len && (int_len - i - 1) % 3 == 0)
        g_string_append (out, thousands);
    }
  if (dot)
    {
      g_string_append (out, point);
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}

/* A target as the documents write it: "≥ 19", "43,6", no trailing zeros. */
static char *
format_target_value (double value,
                     int    decimals)
{
  char *text = mp_format_value (value, decimals);
  char *mark = strchr (text, mp_messages_in_vietnamese () ? ',' : '.');

  if (mark)
    {
      char *end = text + strlen (text) - 1;
      while (end > mark && *end == '0')
        *end-- = '\0';
      if (end == mark)
        *end = '\0';
    }
  return text;
}

char *
mp_format_target (const MpTargetStatus *ts)
{
  g_autofree char *v = NULL;
  g_autofree char *h = NULL;

  if (ts->comparator == MP_COMPARATOR_DONE)
    return g_strdup (_("Done"));

  v = format_target_value (ts->value, ts->decimals);
  if (ts->comparator == MP_COMPARATOR_BETWEEN)
    {
      h = format_target_value (ts->value_high, ts->decimals);
      return g_strdup_printf ("%s–%s", v, h);
    }
  return g_strdup_printf ("%s %s", mp_comparator_symbol (ts->comparator), v);
}
