/* mp-report-draw.c — draws the laid-out pages of a report onto any Cairo
 * context (PDF, PNG, the preview, printing) and writes the PDF file. */
#include "mp-report-private.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mp-error.h"

void
mp_report_item_free (MpReportItem *item)
{
  g_clear_object (&item->layout);
  g_clear_pointer (&item->chart, mp_chart_unref);
  g_free (item);
}

static void
set_color (cairo_t *cr,
           MpRgba   c)
{
  cairo_set_source_rgba (cr, c.r, c.g, c.b, c.a);
}

static void
draw_item (MpReport     *self,
           cairo_t      *cr,
           MpReportItem *item)
{
  switch (item->kind)
    {
    case MP_REPORT_ITEM_TEXT:
      set_color (cr, item->color);
      cairo_move_to (cr, item->x, item->y);
      pango_cairo_show_layout (cr, item->layout);
      break;
    case MP_REPORT_ITEM_FILL:
      set_color (cr, item->color);
      cairo_rectangle (cr, item->x, item->y, item->w, item->h);
      cairo_fill (cr);
      break;
    case MP_REPORT_ITEM_STROKE:
      set_color (cr, item->color);
      cairo_set_line_width (cr, 0.5);
      if (item->h > 0)
        cairo_rectangle (cr, item->x, item->y, item->w, item->h);
      else
        {
          cairo_move_to (cr, item->x, item->y);
          cairo_line_to (cr, item->x + item->w, item->y);
        }
      cairo_stroke (cr);
      break;
    case MP_REPORT_ITEM_CHART:
      cairo_save (cr);
      cairo_translate (cr, item->x, item->y);
      cairo_rectangle (cr, 0, 0, item->w, item->h);
      cairo_clip (cr);
      mp_chart_draw (item->chart, cr, item->w, item->h, &self->style);
      cairo_restore (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
mp_report_draw_page (MpReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  GPtrArray *items;

  g_return_if_fail (MP_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < mp_report_get_n_pages (self));

  items = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, MP_REPORT_PAGE_WIDTH, MP_REPORT_PAGE_HEIGHT);
  cairo_fill (cr);
  for (guint i = 0; i < items->len; i++)
    {
      cairo_save (cr);
      draw_item (self, cr, g_ptr_array_index (items, i));
      cairo_restore (cr);
    }
  cairo_restore (cr);
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  GOutputStream *out = closure;

  if (!g_output_stream_write_all (out, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
mp_report_write_pdf (MpReport      *self,
                     const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (MP_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = mp_report_get_n_pages (self);
  file = g_file_new_for_path (path);
  /* g_file_replace writes a temporary file next to the target and renames
   * it over the target when closed; cancelling the close drops it. */
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, &local);
  if (out == NULL && g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (out == NULL)
    {
      g_set_error (error, MP_ERROR, MP_ERROR_IO, _("Cannot write the report to “%s”: %s"), path, local->message);
      return FALSE;
    }

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, out, MP_REPORT_PAGE_WIDTH, MP_REPORT_PAGE_HEIGHT);
  title = mp_report_get_title (self);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Medplan");
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &local))
        break;
      mp_report_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (local == NULL && status != CAIRO_STATUS_SUCCESS)
    g_set_error (&local, MP_ERROR, MP_ERROR_IO, "%s", cairo_status_to_string (status));
  if (local != NULL)
    {
      /* Closing with a cancelled cancellable leaves the target untouched. */
      g_autoptr(GCancellable) abort = g_cancellable_new ();
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (out), abort, NULL);
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, MP_ERROR, MP_ERROR_IO, _("Cannot write the report to “%s”: %s"), path, local->message);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, &local))
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      g_set_error (error, MP_ERROR, MP_ERROR_IO, _("Cannot write the report to “%s”: %s"), path, local->message);
      return FALSE;
    }
  return TRUE;
}
