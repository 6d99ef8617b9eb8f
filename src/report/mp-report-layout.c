/* mp-report-layout.c — the flow of the report down A4 pages: paragraphs,
 * headings kept with what follows, tables whose header row is repeated on
 * each page they continue on, charts, and the page numbers "Page N/M". */
#include "mp-report-private.h"

#include <glib/gi18n.h>

#define CELL_PAD_X    3.5
#define CELL_PAD_Y    3.0
#define CELL_SIZE     7.8
#define HEADER_SIZE   7.4
#define SWATCH        7.0
#define BOTTOM        (MP_REPORT_PAGE_HEIGHT - MP_REPORT_MARGIN_BOTTOM)

static const MpRgba ink = { 0.11, 0.11, 0.13, 1 };
static const MpRgba rule = { 0.55, 0.57, 0.60, 1 };
static const MpRgba header_fill = { 0.87, 0.89, 0.92, 1 };
static const MpRgba group_fill = { 0.95, 0.96, 0.97, 1 };
static const MpRgba muted = { 0.36, 0.38, 0.40, 1 };

struct _MpReportFlow
{
  MpReport       *report;
  GPtrArray      *pages;
  GPtrArray      *page;     /* the current page, in pages */
  double          y;
  /* The open table, if any. */
  MpReportColumn *columns;
  guint           n_columns;
  char           *group;    /* the current group row's text */
};

static MpReportItem *
add_item (MpReportFlow     *flow,
          MpReportItemKind  kind,
          double            x,
          double            y,
          double            w,
          double            h,
          MpRgba            color)
{
  MpReportItem *item = g_new0 (MpReportItem, 1);

  item->kind = kind;
  item->x = x;
  item->y = y;
  item->w = w;
  item->h = h;
  item->color = color;
  g_ptr_array_add (flow->page, item);
  return item;
}

static void
add_text (MpReportFlow *flow,
          PangoLayout  *layout,
          double        x,
          double        y,
          MpRgba        color)
{
  MpReportItem *item = add_item (flow, MP_REPORT_ITEM_TEXT, x, y, 0, 0, color);
  item->layout = layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static void
new_page (MpReportFlow *flow)
{
  flow->page = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_report_item_free);
  g_ptr_array_add (flow->pages, flow->page);
  flow->y = MP_REPORT_MARGIN_TOP;
}

MpReportFlow *
mp_report_flow_new (MpReport *report)
{
  MpReportFlow *flow = g_new0 (MpReportFlow, 1);

  flow->report = report;
  flow->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  new_page (flow);
  return flow;
}

PangoLayout *
mp_report_flow_layout (MpReportFlow *flow,
                       const char   *text,
                       double        size,
                       gboolean      bold,
                       double        width)
{
  PangoLayout *layout = pango_layout_new (flow->report->context);
  PangoFontDescription *font = pango_font_description_from_string (MP_REPORT_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* The table's header row at the current position. */
static void
table_header (MpReportFlow *flow)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new ();
  double x = MP_REPORT_MARGIN_X, h = 0;

  for (guint i = 0; i < flow->n_columns; i++)
    {
      PangoLayout *l = mp_report_flow_layout (flow, flow->columns[i].title, HEADER_SIZE, TRUE,
                                              flow->columns[i].width - 2 * CELL_PAD_X);
      if (flow->columns[i].numeric)
        pango_layout_set_alignment (l, PANGO_ALIGN_RIGHT);
      g_ptr_array_add (layouts, l);
      h = MAX (h, layout_height (l));
    }
  h += 2 * CELL_PAD_Y;
  add_item (flow, MP_REPORT_ITEM_FILL, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, h, header_fill);
  add_item (flow, MP_REPORT_ITEM_STROKE, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, 0, rule);
  for (guint i = 0; i < flow->n_columns; i++)
    {
      add_text (flow, g_ptr_array_index (layouts, i), x + CELL_PAD_X, flow->y + CELL_PAD_Y, ink);
      x += flow->columns[i].width;
    }
  flow->y += h;
  add_item (flow, MP_REPORT_ITEM_STROKE, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, 0, rule);
}

static void group_row (MpReportFlow *flow, const char *text);

/* Makes room for `needed` points; in a table, a new page starts with the
 * header row and the current group, marked as continued. */
void
mp_report_flow_need (MpReportFlow *flow,
                     double        needed)
{
  if (flow->y + needed <= BOTTOM || flow->y <= MP_REPORT_MARGIN_TOP)
    return;
  new_page (flow);
  if (flow->columns != NULL)
    {
      table_header (flow);
      if (flow->group != NULL)
        {
          /* TRANSLATORS: a group of rows of a table that continues on a
           * new page; %s is the group's title. */
          g_autofree char *text = g_strdup_printf (_("%s (continued)"), flow->group);
          group_row (flow, text);
        }
    }
}

void
mp_report_flow_space (MpReportFlow *flow,
                      double        height)
{
  if (flow->y > MP_REPORT_MARGIN_TOP)
    flow->y = MIN (flow->y + height, BOTTOM);
}

void
mp_report_flow_advance (MpReportFlow *flow,
                        double        height)
{
  flow->y = MIN (flow->y + height, BOTTOM);
}

void
mp_report_flow_text (MpReportFlow *flow,
                     const char   *text,
                     double        size,
                     gboolean      bold,
                     double        indent,
                     MpRgba        color)
{
  PangoLayout *layout = mp_report_flow_layout (flow, text, size, bold, MP_REPORT_CONTENT_WIDTH - indent);
  double h = layout_height (layout);

  mp_report_flow_need (flow, h);
  add_text (flow, layout, MP_REPORT_MARGIN_X + indent, flow->y, color);
  flow->y += h;
}

double
mp_report_flow_text_box (MpReportFlow   *flow,
                         const char     *text,
                         double          size,
                         gboolean        bold,
                         double          x,
                         double          width,
                         PangoAlignment  align,
                         MpRgba          color)
{
  PangoLayout *layout = mp_report_flow_layout (flow, text, size, bold, width);

  pango_layout_set_alignment (layout, align);
  add_text (flow, layout, x, flow->y, color);
  return layout_height (layout);
}

void
mp_report_flow_rule (MpReportFlow *flow,
                     double        x,
                     double        dy,
                     double        width)
{
  add_item (flow, MP_REPORT_ITEM_STROKE, x - width / 2, flow->y + dy, width, 0, ink);
}

void
mp_report_flow_heading (MpReportFlow *flow,
                        const char   *text,
                        double        keep)
{
  PangoLayout *layout = mp_report_flow_layout (flow, text, 11.0, TRUE, MP_REPORT_CONTENT_WIDTH);
  double h = layout_height (layout);

  mp_report_flow_space (flow, 14);
  mp_report_flow_need (flow, h + 6 + keep);
  add_text (flow, layout, MP_REPORT_MARGIN_X, flow->y, ink);
  flow->y += h + 2;
  add_item (flow, MP_REPORT_ITEM_STROKE, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, 0, rule);
  flow->y += 6;
}

void
mp_report_flow_table_begin (MpReportFlow         *flow,
                            const MpReportColumn *columns,
                            guint                 n_columns)
{
  g_return_if_fail (flow->columns == NULL);

  /* The header and at least one row together. */
  mp_report_flow_need (flow, 44);
  flow->columns = g_memdup2 (columns, sizeof (MpReportColumn) * n_columns);
  flow->n_columns = n_columns;
  table_header (flow);
}

static void
group_row (MpReportFlow *flow,
           const char   *text)
{
  PangoLayout *layout = mp_report_flow_layout (flow, text, CELL_SIZE + 0.4, TRUE,
                                               MP_REPORT_CONTENT_WIDTH - 2 * CELL_PAD_X);
  double h = layout_height (layout) + 2 * CELL_PAD_Y;

  add_item (flow, MP_REPORT_ITEM_FILL, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, h, group_fill);
  add_text (flow, layout, MP_REPORT_MARGIN_X + CELL_PAD_X, flow->y + CELL_PAD_Y, ink);
  flow->y += h;
  add_item (flow, MP_REPORT_ITEM_STROKE, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, 0, rule);
}

void
mp_report_flow_table_group (MpReportFlow *flow,
                            const char   *text)
{
  g_return_if_fail (flow->columns != NULL);

  g_clear_pointer (&flow->group, g_free);
  /* Kept with the row that follows; a new page repeats the header, and
   * the group row is drawn below it. */
  mp_report_flow_need (flow, 48);
  group_row (flow, text);
  flow->group = g_strdup (text);
}

void
mp_report_flow_table_row (MpReportFlow       *flow,
                          const MpReportCell *cells,
                          gboolean            bold)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new ();
  double x = MP_REPORT_MARGIN_X, h = 0;

  g_return_if_fail (flow->columns != NULL);

  for (guint i = 0; i < flow->n_columns; i++)
    {
      double inset = cells[i].has_swatch ? SWATCH + 4 : 0;
      PangoLayout *l = mp_report_flow_layout (flow, cells[i].text ? cells[i].text : "", CELL_SIZE, bold,
                                              flow->columns[i].width - 2 * CELL_PAD_X - inset);
      if (flow->columns[i].numeric)
        pango_layout_set_alignment (l, PANGO_ALIGN_RIGHT);
      g_ptr_array_add (layouts, l);
      h = MAX (h, layout_height (l));
    }
  h += 2 * CELL_PAD_Y;
  mp_report_flow_need (flow, h);
  for (guint i = 0; i < flow->n_columns; i++)
    {
      double inset = 0;
      if (cells[i].has_swatch)
        {
          add_item (flow, MP_REPORT_ITEM_FILL, x + CELL_PAD_X, flow->y + CELL_PAD_Y + 1.6, SWATCH, SWATCH,
                    cells[i].swatch);
          inset = SWATCH + 4;
        }
      add_text (flow, g_ptr_array_index (layouts, i), x + CELL_PAD_X + inset, flow->y + CELL_PAD_Y, ink);
      x += flow->columns[i].width;
    }
  flow->y += h;
  add_item (flow, MP_REPORT_ITEM_STROKE, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, 0,
            (MpRgba) { 0.80, 0.81, 0.83, 1 });
}

void
mp_report_flow_table_end (MpReportFlow *flow)
{
  g_return_if_fail (flow->columns != NULL);

  add_item (flow, MP_REPORT_ITEM_STROKE, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, 0, rule);
  g_clear_pointer (&flow->columns, g_free);
  g_clear_pointer (&flow->group, g_free);
  flow->n_columns = 0;
  flow->y += 4;
}

void
mp_report_flow_chart (MpReportFlow *flow,
                      MpChart      *chart,
                      double        height)
{
  MpReportItem *item;

  mp_report_flow_need (flow, height);
  item = add_item (flow, MP_REPORT_ITEM_CHART, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, height, ink);
  item->chart = mp_chart_ref (chart);
  add_item (flow, MP_REPORT_ITEM_STROKE, MP_REPORT_MARGIN_X, flow->y, MP_REPORT_CONTENT_WIDTH, height,
            (MpRgba) { 0.80, 0.81, 0.83, 1 });
  flow->y += height + 8;
}

GPtrArray *
mp_report_flow_finish (MpReportFlow *flow)
{
  GPtrArray *pages = flow->pages;
  g_autofree char *title = mp_report_get_title (flow->report);

  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *number = NULL;
      PangoLayout *layout;
      double y = MP_REPORT_PAGE_HEIGHT - MP_REPORT_MARGIN_BOTTOM + 18;

      flow->page = g_ptr_array_index (pages, i);
      add_item (flow, MP_REPORT_ITEM_STROKE, MP_REPORT_MARGIN_X, y - 5, MP_REPORT_CONTENT_WIDTH, 0, rule);
      layout = mp_report_flow_layout (flow, title, 7.0, FALSE, MP_REPORT_CONTENT_WIDTH - 90);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      add_text (flow, layout, MP_REPORT_MARGIN_X, y, muted);
      /* TRANSLATORS: the page number at the foot of each page of the
       * report: this page, then the number of pages ("Trang 2/5"). */
      number = g_strdup_printf (_("Page %u/%u"), i + 1, pages->len);
      layout = mp_report_flow_layout (flow, number, 7.5, FALSE, 90);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      add_text (flow, layout, MP_REPORT_PAGE_WIDTH - MP_REPORT_MARGIN_X - 90, y, ink);
    }
  g_free (flow->columns);
  g_free (flow->group);
  g_free (flow);
  return pages;
}
