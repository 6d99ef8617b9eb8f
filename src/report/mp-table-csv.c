/* mp-table-csv.c — a table as CSV, RFC 4180: fields separated by commas,
 * records ended by CRLF, a field quoted when it holds a comma, a double
 * quote, CR or LF, with its double quotes doubled.
 *
 * The text is UTF-8 and starts with a byte order mark (EF BB BF): without
 * it Excel on Windows reads the file in the ANSI code page and garbles the
 * Vietnamese letters; LibreOffice and Python's csv module ("utf-8-sig")
 * skip it.
 *
 * Numbers are for machines: a dot before the decimals, no thousands
 * separator, the full value (not rounded to the indicator's decimals);
 * dates are ISO 8601 (YYYY-MM-DD); an unknown value is an empty field. */
#include "mp-table-private.h"

#include <string.h>

static void
append_field (GString    *out,
              const char *text)
{
  if (text[strcspn (text, ",\"\r\n")] == '\0')
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_cell (GString           *out,
             const MpTableCell *cell)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  switch (cell->type)
    {
    case MP_CELL_EMPTY:
      break;
    case MP_CELL_TEXT:
    case MP_CELL_DATE:
      append_field (out, cell->text);
      break;
    case MP_CELL_INTEGER:
    case MP_CELL_MONEY:
    case MP_CELL_YEAR:
      g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.0f", cell->number));
      break;
    case MP_CELL_DECIMAL:
    case MP_CELL_PERCENT:
      g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", cell->number));
      break;
    default:
      g_assert_not_reached ();
    }
}

GString *
mp_table_to_csv (const MpTableData *table)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  guint n_columns = mp_table_n_columns (table);

  for (guint c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_field (out, g_ptr_array_index (table->headers, c));
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < table->n_rows; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          append_cell (out, mp_table_cell (table, r, c));
        }
      g_string_append (out, "\r\n");
    }
  return out;
}
