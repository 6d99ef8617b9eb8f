/* mp-input.h — reading and showing the numbers and dates the user types in
 * the dialogs, in the user's format: "1.500" and "14,8" in Vietnamese,
 * "1,500" and "14.8" in English (the marks mp_format_value() writes, so
 * what a list or a chart shows can be typed back); dates as dd/mm/yyyy in
 * Vietnamese. Text that cannot be read fails with a translated
 * MP_ERROR_INVALID_INPUT meant to be shown beside the field; nothing is
 * ever clamped nor guessed. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A whole number >= 0, thousands grouped by three or not at all; empty
 * text is unknown (-1). */
gboolean  mp_input_parse_count      (const char  *text,
                                     gint64      *count,
                                     GError     **error);
/* Any number, with decimals; empty text is unknown (NAN). */
gboolean  mp_input_parse_number     (const char  *text,
                                     double      *value,
                                     GError     **error);
/* A year "2020", a date "2020-03-15" or, as shown, "15/03/2020" (years
 * 1900 to 2200, real calendar days); returned as "YYYY" or "YYYY-MM-DD",
 * NULL for empty text. */
gboolean  mp_input_parse_date       (const char  *text,
                                     char       **iso,
                                     GError     **error);

/* "" for an unknown count (< 0), else "1.500" / "1,500". */
char     *mp_input_format_count     (gint64       count);
/* "" for NAN, else up to six decimals without trailing zeros. */
char     *mp_input_format_number    (double       value);
/* "" for NULL; a year as is; a date as the user writes dates (one that
 * mp_input_parse_date() reads back). */
char     *mp_input_format_date      (const char  *iso);

G_END_DECLS
