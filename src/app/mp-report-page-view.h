/* mp-report-page-view.h — one page of an MpReport on screen, as paper: its
 * width is given by the parent, its height follows the A4 proportion. */
#pragma once

#include <gtk/gtk.h>

#include "mp-report.h"

G_BEGIN_DECLS

#define MP_TYPE_REPORT_PAGE_VIEW (mp_report_page_view_get_type ())
G_DECLARE_FINAL_TYPE (MpReportPageView, mp_report_page_view, MP, REPORT_PAGE_VIEW, GtkWidget)

/* Page `page` (0-based) of `report`, which the view keeps. */
GtkWidget *mp_report_page_view_new      (MpReport *report,
                                         guint     page);
guint      mp_report_page_view_get_page (MpReportPageView *self);

G_END_DECLS
