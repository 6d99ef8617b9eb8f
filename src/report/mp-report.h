/* mp-report.h — the six-monthly and annual report of a unit as pages
 * (A4 portrait) drawn with Cairo and Pango, and written as a PDF.
 * No GTK: the CLI, the GUI preview and printing all draw the same pages.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

/* A4 portrait, in points. */
#define MP_REPORT_PAGE_WIDTH  595.28
#define MP_REPORT_PAGE_HEIGHT 841.89

#define MP_TYPE_REPORT (mp_report_get_type ())
G_DECLARE_FINAL_TYPE (MpReport, mp_report, MP, REPORT, GObject)

/* Reads everything the report shows from `store` for `unit` (NULL: the
 * default unit, see mp_pick_default_unit()) and `period` ("2025S1",
 * "2025S2" or "2025"). Fails with MP_ERROR_INVALID_INPUT naming the period
 * when it is malformed, MP_ERROR_NOT_FOUND naming the unit code when there
 * is no such unit. The issue date is today unless set. */
MpReport   *mp_report_new            (MpStore     *store,
                                      const char  *unit,
                                      const char  *period,
                                      GError     **error);
/* Sets the date of issue printed in the title block (for reproducible
 * output); drops any layout made before. */
void        mp_report_set_issue_date (MpReport    *self,
                                      GDateTime   *date);
const char *mp_report_get_unit       (MpReport    *self);
const char *mp_report_get_period     (MpReport    *self);
/* "Report for the first half of 2025 — Thành phố Cần Thơ" (translated). */
char       *mp_report_get_title      (MpReport    *self);
/* Lays the pages out once (later calls are free) and counts them. One
 * MpReport is not meant to be used from two threads at once: call this
 * before handing the report to a worker (e.g. for mp_report_write_pdf)
 * while the GUI keeps drawing its preview. Separate reports may be laid
 * out and drawn in parallel (each has its own Pango font map). */
guint       mp_report_get_n_pages    (MpReport    *self);
/* Draws page `page` (0-based) onto `cr`, whose user space is in points
 * with (0, 0) the top-left corner of the page. */
void        mp_report_draw_page      (MpReport    *self,
                                      cairo_t     *cr,
                                      guint        page);
/* Writes the PDF to `path` atomically (a temporary file in the same
 * folder renamed over it). Checks `cancellable` between pages. */
gboolean    mp_report_write_pdf      (MpReport    *self,
                                      const char  *path,
                                      GCancellable *cancellable,
                                      GError     **error);

G_END_DECLS
