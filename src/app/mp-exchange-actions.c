/* mp-exchange-actions.c — the window's import and export actions and its
 * drop target. The file choosers are GtkFileChooserNative, so that inside
 * Flatpak the portal opens them. */
#include "mp-exchange-actions.h"

#include <glib/gi18n.h>

#include "mp-export-dialog.h"

#define DROP_TARGET_KEY "mp-exchange-drop-target"
/* The class on the window while a file is dragged over it. */
#define DROP_HOVER_CLASS "mp-drop-hover"

MpImportDialog *
mp_exchange_import_file (MpWindow *window,
                         GFile    *file)
{
  MpImportDialog *dialog;

  g_return_val_if_fail (MP_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  dialog = mp_import_dialog_new (window, file);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static gboolean
has_store (MpWindow *window)
{
  if (mp_window_get_store (window) != NULL)
    return TRUE;
  mp_window_add_toast (window, adw_toast_new (_("Open a database first.")));
  return FALSE;
}

/* ---- win.import ---- */

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  MpWindow *window = MP_WINDOW (user_data);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL)
    mp_exchange_import_file (window, file);
  g_object_unref (window);
}

static void
import_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  MpWindow *window = MP_WINDOW (user_data);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  if (!has_store (window))
    return;
  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (window), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         /* TRANSLATORS: the file chooser's button */
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("XML files"));
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- win.export ---- */

static void
export_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  MpWindow *window = MP_WINDOW (user_data);

  if (!has_store (window))
    return;
  gtk_window_present (GTK_WINDOW (mp_export_dialog_new (window)));
}

static const GActionEntry exchange_actions[] = {
  { .name = "import", .activate = import_activated_cb },
  { .name = "export", .activate = export_activated_cb },
};

/* ---- Dropping a file ---- */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  MpWindow *window = MP_WINDOW (user_data);
  GFile *file = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (window), DROP_HOVER_CLASS);
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      file = files ? files->data : NULL;
      g_slist_free (files);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);

  if (file == NULL || !has_store (window))
    return FALSE;
  mp_exchange_import_file (window, file);
  return TRUE;
}

static GdkDragAction
drop_enter_cb (GtkDropTarget *target,
               double         x,
               double         y,
               gpointer       user_data)
{
  gtk_widget_add_css_class (GTK_WIDGET (user_data), DROP_HOVER_CLASS);
  return GDK_ACTION_COPY;
}

static void
drop_leave_cb (GtkDropTarget *target,
               gpointer       user_data)
{
  gtk_widget_remove_css_class (GTK_WIDGET (user_data), DROP_HOVER_CLASS);
}

/* The hint while dragging: a frame in the accent colour. */
static void
add_drop_style (GtkWidget *widget)
{
  static GtkCssProvider *provider = NULL;

  if (provider != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider,
                                   "window." DROP_HOVER_CLASS " > * {"
                                   " outline: 3px dashed @accent_color; outline-offset: -6px; }",
                                   -1);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (widget), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* ---- Shortcuts ---- */

static void
set_accels (MpWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  static const char *import_accels[] = { "<Control>i", NULL };
  static const char *export_accels[] = { "<Control>e", NULL };

  if (app == NULL)
    return;
  gtk_application_set_accels_for_action (app, "win.import", import_accels);
  gtk_application_set_accels_for_action (app, "win.export", export_accels);
}

static void
application_notify_cb (GObject    *object,
                       GParamSpec *pspec,
                       gpointer    user_data)
{
  set_accels (MP_WINDOW (object));
}

void
mp_exchange_actions_install (MpWindow *window)
{
  GtkDropTarget *target;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  g_return_if_fail (MP_IS_WINDOW (window));

  g_action_map_add_action_entries (G_ACTION_MAP (window), exchange_actions, G_N_ELEMENTS (exchange_actions),
                                   window);
  /* The window gets its application after init. */
  set_accels (window);
  g_signal_connect (window, "notify::application", G_CALLBACK (application_notify_cb), NULL);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), window, 0);
  g_signal_connect_object (target, "enter", G_CALLBACK (drop_enter_cb), window, 0);
  g_signal_connect_object (target, "leave", G_CALLBACK (drop_leave_cb), window, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (target));
  g_object_set_data (G_OBJECT (window), DROP_TARGET_KEY, target);
  add_drop_style (GTK_WIDGET (window));
}

GtkDropTarget *
mp_exchange_actions_get_drop_target (MpWindow *window)
{
  g_return_val_if_fail (MP_IS_WINDOW (window), NULL);
  return g_object_get_data (G_OBJECT (window), DROP_TARGET_KEY);
}
