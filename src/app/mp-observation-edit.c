/* mp-observation-edit.c — the value dialog and the delete confirmation of
 * the Targets page (see the header). */
#include "mp-observation-edit.h"

#include <glib/gi18n.h>

#include "mp-edit.h"
#include "mp-observation-dialog.h"

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The page has reloaded on MpStore::changed already: select what was saved. */
static void
dialog_saved_cb (MpObservationDialog *dialog,
                 const char          *period,
                 MpObservationsView  *view)
{
  mp_observations_view_select_period (view, period);
}

void
mp_observation_edit_open (GtkWidget            *widget,
                          MpStore              *store,
                          const MpTargetStatus *ts,
                          MpObservationItem    *item,
                          MpObservationsView   *view)
{
  MpObservationDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (MP_IS_STORE (store));
  g_return_if_fail (ts != NULL);

  dialog = mp_observation_dialog_new (parent_window (widget), store, ts->indicator, ts->unit,
                                      ts->indicator_name, ts->decimals, ts->measure);
  if (item != NULL)
    mp_observation_dialog_set_observation (dialog, mp_observation_item_get_period (item),
                                           mp_observation_item_get_value (item),
                                           mp_observation_item_get_comment (item));
  if (view != NULL)
    g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), view, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  MpStore *store = g_object_get_data (G_OBJECT (dialog), "store");
  const char *indicator = g_object_get_data (G_OBJECT (dialog), "indicator");
  const char *unit = g_object_get_data (G_OBJECT (dialog), "unit");
  const char *period = g_object_get_data (G_OBJECT (dialog), "period");
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *failed;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (mp_store_delete_observation (store, indicator, unit, period, &error))
    return;
  failed = ADW_MESSAGE_DIALOG (adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                                       _("The Value Was Not Deleted"),
                                                       error->message));
  adw_message_dialog_add_response (failed, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (failed));
}

void
mp_observation_edit_delete (GtkWidget            *widget,
                            MpStore              *store,
                            const MpTargetStatus *ts,
                            const char           *unit_name,
                            MpObservationItem    *item)
{
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (MP_IS_STORE (store));
  g_return_if_fail (ts != NULL && MP_IS_OBSERVATION_ITEM (item));

  /* TRANSLATORS: %s is a period: "Delete the Value of 2026?" */
  heading = g_strdup_printf (_("Delete the Value of %s?"), mp_observation_item_get_period (item));
  /* TRANSLATORS: "14,8 per 10,000 people of Doctors per 10,000 people, Cần Thơ, will be deleted. Undo brings it back." */
  body = g_strdup_printf (_("%s of “%s”, %s, will be deleted. Undo brings it back."),
                          mp_observation_item_get_value_text (item), ts->indicator_name, unit_name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (widget), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* The store stays while the question is open, even if the page goes. */
  g_object_set_data_full (G_OBJECT (dialog), "store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "indicator", g_strdup (ts->indicator), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "unit", g_strdup (ts->unit), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "period", g_strdup (mp_observation_item_get_period (item)), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
