/* mp-window.c — the main window: one database, shown in five pages
 * (Overview, Targets, Facilities, Training, Transfers), or, when the file
 * cannot be used, the reason why. */
#include "mp-window.h"

#include <glib/gi18n.h>

#include "mp-error.h"
#include "mp-exchange-actions.h"
#include "mp-facilities-page.h"
#include "mp-list-page.h"
#include "mp-list-pages.h"

struct _MpWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwStatusPage        *error_page;
  MpOverviewPage       *overview_page;
  MpTargetsPage        *targets_page;
  MpFacilitiesPage     *facilities_page;
  MpListPage           *training_page;
  MpListPage           *transfers_page;

  MpStore              *store;
  char                 *path;
  char                 *error_message;
};

G_DEFINE_FINAL_TYPE (MpWindow, mp_window, ADW_TYPE_APPLICATION_WINDOW)

static void
set_actions_enabled (MpWindow *self,
                     gboolean  enabled)
{
  static const char *names[] = { "show-page", "show-target", "select-unit" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

static void
set_path (MpWindow   *self,
          const char *path)
{
  g_autofree char *display = NULL;

  if (g_strcmp0 (self->path, path) == 0)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
  display = path ? g_filename_display_basename (path) : NULL;
  adw_view_switcher_title_set_subtitle (self->switcher_title, display);
}

/* An error while the database is open: one that makes it unusable replaces
 * the pages, any other is told in a toast. */
static void
report_error (MpWindow     *self,
              const GError *error)
{
  if (mp_error_is_unusable (error))
    mp_window_show_error (self, self->path, error);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
show_target_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  gint64 target_id = g_variant_get_int64 (parameter);

  adw_view_stack_set_visible_child_name (self->view_stack, "targets");
  if (!mp_targets_page_select_target (self->targets_page, target_id))
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("This target is no longer in the database.")));
}

static void
select_unit_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  g_autoptr(GError) error = NULL;

  if (!mp_overview_page_set_unit (self->overview_page, g_variant_get_string (parameter, NULL), &error))
    report_error (self, error);
}

static void
show_page_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static const GActionEntry win_actions[] = {
  { .name = "show-page", .activate = show_page_activated_cb, .parameter_type = "s" },
  { .name = "show-target", .activate = show_target_activated_cb, .parameter_type = "x" },
  { .name = "select-unit", .activate = select_unit_activated_cb, .parameter_type = "s" },
};

static void
mp_window_dispose (GObject *object)
{
  MpWindow *self = MP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mp_window_parent_class)->dispose (object);
}

static void
mp_window_finalize (GObject *object)
{
  MpWindow *self = MP_WINDOW (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (mp_window_parent_class)->finalize (object);
}

static void
mp_window_class_init (MpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_window_dispose;
  object_class->finalize = mp_window_finalize;

  g_type_ensure (MP_TYPE_OVERVIEW_PAGE);
  g_type_ensure (MP_TYPE_TARGETS_PAGE);
  g_type_ensure (MP_TYPE_LIST_PAGE);
  g_type_ensure (MP_TYPE_FACILITIES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, targets_page);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, facilities_page);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, training_page);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, transfers_page);
}

static void
mp_window_init (MpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  set_actions_enabled (self, FALSE);
  mp_exchange_actions_install (self);
}

MpWindow *
mp_window_new (MpApplication *application)
{
  return g_object_new (MP_TYPE_WINDOW, "application", application, NULL);
}

void
mp_window_set_store (MpWindow *self,
                     MpStore  *store)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MP_IS_WINDOW (self));
  g_return_if_fail (MP_IS_STORE (store));

  g_set_object (&self->store, store);
  set_path (self, mp_store_get_path (store));
  g_clear_pointer (&self->error_message, g_free);

  if (!mp_overview_page_load (self->overview_page, store, &error) ||
      !mp_targets_page_load (self->targets_page, store, &error) ||
      !mp_facilities_page_load (self->facilities_page, store, &error) ||
      !mp_list_pages_fill_trainings (self->training_page, store, &error) ||
      !mp_list_pages_fill_transfers (self->transfers_page, store, &error))
    {
      mp_window_show_error (self, self->path, error);
      return;
    }

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  set_actions_enabled (self, TRUE);

  if (mp_store_get_backup_path (store) != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The database was updated to the current version. A copy of the old one is in “%s”."),
                                               mp_store_get_backup_path (store));
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

void
mp_window_show_error (MpWindow     *self,
                      const char   *path,
                      const GError *error)
{
  g_return_if_fail (MP_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  /* Nothing more is read from, or written to, a store in trouble. */
  g_clear_object (&self->store);
  set_path (self, path);
  g_free (self->error_message);
  self->error_message = g_strdup (error->message);

  adw_status_page_set_description (self->error_page, error->message);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  set_actions_enabled (self, FALSE);
}

void
mp_window_add_toast (MpWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (MP_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

const char *
mp_window_get_path (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return self->path;
}

MpStore *
mp_window_get_store (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return self->store;
}

const char *
mp_window_get_error_message (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return self->error_message;
}

const char *
mp_window_get_visible_page (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

MpOverviewPage *
mp_window_get_overview_page (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return self->overview_page;
}

MpTargetsPage *
mp_window_get_targets_page (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return self->targets_page;
}

MpFacilitiesPage *
mp_window_get_facilities_page (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return self->facilities_page;
}
