/* mp-list-pages.c — fills the plain lists of the first window from the
 * store: one row per training plan and technology transfer, with
 * the codes of the database shown through their translated labels; above
 * the transfers, their network. */
#include "mp-list-pages.h"

#include <glib/gi18n.h>

#include "mp-chart-data.h"
#include "mp-chart-view.h"

#define NETWORK_HEIGHT 420

/* Appends " · part" to a subtitle being built. */
static void
append_part (GString    *text,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, part);
}

static const char *
status_class (const char *status)
{
  if (g_strcmp0 (status, "completed") == 0 || g_strcmp0 (status, "independent") == 0)
    return "success";
  if (g_strcmp0 (status, "cancelled") == 0 || g_strcmp0 (status, "stopped") == 0 ||
      g_strcmp0 (status, "planned") == 0)
    return "dim-label";
  return "accent";
}

gboolean
mp_list_pages_fill_trainings (MpListPage  *page,
                              MpStore     *store,
                              GError     **error)
{
  g_autoptr(GPtrArray) rows = mp_store_list_trainings (store, error);

  if (rows == NULL)
    return FALSE;

  mp_list_page_clear (page);
  for (guint i = 0; i < rows->len; i++)
    {
      const MpTrainingRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autofree char *seats = NULL;

      append_part (subtitle, mp_training_kind_label (row->kind));
      append_part (subtitle, row->institution);
      if (row->seats_planned >= 0)
        {
          seats = g_strdup_printf (ngettext ("%d seat planned", "%d seats planned",
                                             (unsigned long) row->seats_planned),
                                   (int) row->seats_planned);
          append_part (subtitle, seats);
        }
      mp_list_page_append (page, row->title, subtitle->str,
                           mp_training_status_label (row->status), status_class (row->status));
    }
  return TRUE;
}

/* The network of the transfers, in a chart view above the list; a failed
 * query is told there, not as a failure of the page. */
static void
show_network (MpListPage *page,
              MpStore    *store,
              GPtrArray  *rows)
{
  GtkWidget *view = mp_list_page_get_header (page);
  g_autoptr(MpChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  if (!MP_IS_CHART_VIEW (view))
    {
      view = mp_chart_view_new ();
      gtk_widget_set_size_request (view, -1, NETWORK_HEIGHT);
      mp_list_page_set_header (page, view);
    }
  if ((chart = mp_chart_data_network (store, rows, &error)) != NULL)
    mp_chart_view_set_chart (MP_CHART_VIEW (view), chart);
  else
    mp_chart_view_set_error (MP_CHART_VIEW (view), error->message);
}

gboolean
mp_list_pages_fill_transfers (MpListPage  *page,
                              MpStore     *store,
                              GError     **error)
{
  g_autoptr(GPtrArray) rows = mp_store_list_transfers (store, error);

  if (rows == NULL)
    return FALSE;

  show_network (page, store, rows);

  mp_list_page_clear (page);
  for (guint i = 0; i < rows->len; i++)
    {
      const MpTransferRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autofree char *route = NULL;

      /* TRANSLATORS: a technology transfer from one facility to another */
      route = g_strdup_printf (_("%s → %s"),
                               row->from_facility ? row->from_facility : _("Unknown facility"),
                               row->to_facility ? row->to_facility : _("Unknown facility"));
      append_part (subtitle, route);
      append_part (subtitle, mp_transfer_kind_label (row->kind));
      mp_list_page_append (page, row->technique, subtitle->str,
                           mp_transfer_status_label (row->status), status_class (row->status));
    }
  return TRUE;
}
