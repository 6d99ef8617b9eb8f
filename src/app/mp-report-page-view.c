/* mp-report-page-view.c — one page of a report on screen (see the header).
 * The page is drawn by the report itself (mp_report_draw_page), the same
 * drawing as the PDF and the printout, scaled to the width the view gets. */
#include "mp-report-page-view.h"

#include <glib/gi18n.h>

struct _MpReportPageView
{
  GtkWidget  parent_instance;

  MpReport  *report;
  guint      page;
};

G_DEFINE_FINAL_TYPE (MpReportPageView, mp_report_page_view, GTK_TYPE_WIDGET)

/* Narrow windows get a small page, wide ones the page at about its size. */
#define MIN_WIDTH 200
#define NATURAL_WIDTH 640

static GtkSizeRequestMode
mp_report_page_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mp_report_page_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
      return;
    }
  *minimum = *natural = (int) ((for_size < 0 ? NATURAL_WIDTH : for_size)
                               * MP_REPORT_PAGE_HEIGHT / MP_REPORT_PAGE_WIDTH + 0.5);
}

static void
mp_report_page_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  MpReportPageView *self = MP_REPORT_PAGE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double scale = width / MP_REPORT_PAGE_WIDTH;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* Paper is white in a dark style too. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  mp_report_draw_page (self->report, cr, self->page);
  cairo_destroy (cr);
}

static void
mp_report_page_view_dispose (GObject *object)
{
  MpReportPageView *self = MP_REPORT_PAGE_VIEW (object);

  g_clear_object (&self->report);
  G_OBJECT_CLASS (mp_report_page_view_parent_class)->dispose (object);
}

static void
mp_report_page_view_class_init (MpReportPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_report_page_view_dispose;
  widget_class->get_request_mode = mp_report_page_view_get_request_mode;
  widget_class->measure = mp_report_page_view_measure;
  widget_class->snapshot = mp_report_page_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "reportpage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mp_report_page_view_init (MpReportPageView *self)
{
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
}

GtkWidget *
mp_report_page_view_new (MpReport *report,
                         guint     page)
{
  MpReportPageView *self;
  g_autofree char *label = NULL;

  g_return_val_if_fail (MP_IS_REPORT (report), NULL);

  self = g_object_new (MP_TYPE_REPORT_PAGE_VIEW, NULL);
  self->report = g_object_ref (report);
  self->page = page;
  /* TRANSLATORS: the accessible name of a page in the report's preview: "Page 2 of 5" */
  label = g_strdup_printf (_("Page %u of %u"), page + 1, mp_report_get_n_pages (report));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return GTK_WIDGET (self);
}

guint
mp_report_page_view_get_page (MpReportPageView *self)
{
  g_return_val_if_fail (MP_IS_REPORT_PAGE_VIEW (self), 0);
  return self->page;
}
