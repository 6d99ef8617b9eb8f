/* mp-table-xlsx.c — a table as an Excel workbook (libxlsxwriter): one
 * sheet named after the table, a bold header row frozen in place with an
 * autofilter, numbers stored as numbers with number formats (counts and
 * money "#,##0", values with the indicator's decimals "#,##0.0", years
 * "0", shares "0%"), dates as Excel dates shown "dd/mm/yyyy", column
 * widths estimated from the longest cell, and the document's title and
 * author ("Medplan") in its properties. */
#include "mp-table-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "mp-error.h"

/* Column widths, in characters of the default font. */
#define MIN_WIDTH 6.0
#define MAX_WIDTH 60.0
#define MAX_DECIMALS 4

typedef struct {
  lxw_format *header;
  lxw_format *integer;
  lxw_format *decimal[MAX_DECIMALS + 1];
  lxw_format *year;
  lxw_format *percent;
  lxw_format *date;
} Formats;

static lxw_format *
number_format (lxw_workbook *workbook,
               const char   *pattern)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_num_format (format, pattern);
  return format;
}

static void
formats_init (Formats      *f,
              lxw_workbook *workbook)
{
  f->header = workbook_add_format (workbook);
  format_set_bold (f->header);
  f->integer = number_format (workbook, "#,##0");
  f->decimal[0] = f->integer;
  for (int d = 1; d <= MAX_DECIMALS; d++)
    {
      g_autofree char *pattern = g_strdup_printf ("#,##0.%.*s", d, "0000");
      f->decimal[d] = number_format (workbook, pattern);
    }
  f->year = number_format (workbook, "0");
  f->percent = number_format (workbook, "0%");
  f->date = number_format (workbook, "dd/mm/yyyy");
}

/* The number of characters of the longest line of `text`. */
static guint
text_width (const char *text)
{
  guint longest = 0, n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        n = 0;
      else
        longest = MAX (longest, ++n);
    }
  return longest;
}

/* The width of a whole number with its thousands separators, plus
 * `decimals` places. */
static guint
number_width (double value,
              int    decimals)
{
  char buf[64];
  guint digits;

  g_snprintf (buf, sizeof buf, "%.0f", fabs (trunc (value)));
  digits = strlen (buf);
  return digits + (digits - 1) / 3 + (decimals > 0 ? decimals + 1 : 0) + (value < 0);
}

static guint
cell_width (const MpTableCell *cell)
{
  switch (cell->type)
    {
    case MP_CELL_EMPTY: return 0;
    case MP_CELL_TEXT: return text_width (cell->text);
    case MP_CELL_INTEGER:
    case MP_CELL_MONEY: return number_width (cell->number, 0);
    case MP_CELL_DECIMAL: return number_width (cell->number, cell->decimals);
    case MP_CELL_YEAR: return 4;
    case MP_CELL_PERCENT: return number_width (cell->number * 100, 0) + 1;
    case MP_CELL_DATE: return 10;
    default: g_return_val_if_reached (0);
    }
}

static lxw_error
write_cell (lxw_worksheet     *sheet,
            const Formats     *f,
            lxw_row_t          row,
            lxw_col_t          col,
            const MpTableCell *cell)
{
  lxw_datetime date = { 0 };

  switch (cell->type)
    {
    case MP_CELL_EMPTY:
      return LXW_NO_ERROR;
    case MP_CELL_TEXT:
      return worksheet_write_string (sheet, row, col, cell->text, NULL);
    case MP_CELL_INTEGER:
    case MP_CELL_MONEY:
      return worksheet_write_number (sheet, row, col, cell->number, f->integer);
    case MP_CELL_DECIMAL:
      return worksheet_write_number (sheet, row, col, cell->number,
                                     f->decimal[CLAMP (cell->decimals, 0, MAX_DECIMALS)]);
    case MP_CELL_YEAR:
      return worksheet_write_number (sheet, row, col, cell->number, f->year);
    case MP_CELL_PERCENT:
      return worksheet_write_number (sheet, row, col, cell->number, f->percent);
    case MP_CELL_DATE:
      if (sscanf (cell->text, "%4d-%2d-%2d", &date.year, &date.month, &date.day) != 3)
        return worksheet_write_string (sheet, row, col, cell->text, NULL);
      return worksheet_write_datetime (sheet, row, col, &date, f->date);
    default:
      g_return_val_if_reached (LXW_ERROR_PARAMETER_VALIDATION);
    }
}

static void
set_widths (lxw_worksheet     *sheet,
            const MpTableData *table)
{
  guint n_columns = mp_table_n_columns (table);

  for (guint c = 0; c < n_columns; c++)
    {
      /* The header is bold and carries the autofilter's button. */
      double width = text_width (g_ptr_array_index (table->headers, c)) * 1.1 + 3;

      for (guint r = 0; r < table->n_rows; r++)
        width = MAX (width, cell_width (mp_table_cell (table, r, c)) + 1);
      worksheet_set_column (sheet, c, c, CLAMP (width + 1, MIN_WIDTH, MAX_WIDTH), NULL);
    }
}

gboolean
mp_table_write_xlsx (const MpTableData  *table,
                     const char         *tmp_path,
                     const char         *path,
                     GError            **error)
{
  g_autofree char *title = g_strdup (mp_table_kind_title (table->kind));
  lxw_doc_properties properties = { 0 };
  guint n_columns = mp_table_n_columns (table);
  lxw_error status = LXW_NO_ERROR;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  Formats formats;

  workbook = workbook_new (tmp_path);
  if (workbook == NULL)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot write “%s”: %s"), path,
                   lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED));
      return FALSE;
    }
  properties.title = title;
  properties.author = (char *) "Medplan";
  workbook_set_properties (workbook, &properties);
  formats_init (&formats, workbook);

  if (workbook_validate_sheet_name (workbook, title) == LXW_NO_ERROR)
    sheet = workbook_add_worksheet (workbook, title);
  else
    sheet = workbook_add_worksheet (workbook, mp_table_kind_to_string (table->kind));

  for (guint c = 0; c < n_columns && status == LXW_NO_ERROR; c++)
    status = worksheet_write_string (sheet, 0, c, g_ptr_array_index (table->headers, c), formats.header);
  for (guint r = 0; r < table->n_rows && status == LXW_NO_ERROR; r++)
    for (guint c = 0; c < n_columns && status == LXW_NO_ERROR; c++)
      status = write_cell (sheet, &formats, r + 1, c, mp_table_cell (table, r, c));
  if (status == LXW_NO_ERROR)
    {
      worksheet_freeze_panes (sheet, 1, 0);
      status = worksheet_autofilter (sheet, 0, 0, table->n_rows, n_columns - 1);
      set_widths (sheet, table);
    }

  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot write “%s”: %s"), path,
                   lxw_strerror (status));
      /* Closing writes the file, which the caller removes. */
      workbook_close (workbook);
      return FALSE;
    }
  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_INVALID_INPUT, _("Cannot write “%s”: %s"), path,
                   lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}
