/* mp-window.c — the main window: one database, shown in five pages
 * (Overview, Targets, Facilities, Training, Transfers), or, when the file
 * cannot be used, the reason why. New, open and recent databases are in
 * mp-window-files.c.
 *
 * A page loads the database the first time it is shown (or asked for
 * through a getter or an action), not with the window: filling hidden
 * pages cost most of the time to the first frame with a large database
 * (bench/bench-startup). Opening another database marks every page to be
 * loaded again. */
#include "mp-window-private.h"

#include <glib/gi18n.h>

#include "mp-change-text.h"
#include "mp-error.h"
#include "mp-exchange-actions.h"
#include "mp-report-dialog.h"
#include "mp-facilities-page.h"

G_DEFINE_FINAL_TYPE (MpWindow, mp_window, ADW_TYPE_APPLICATION_WINDOW)

static gboolean ensure_page (MpWindow *self,
                             Page      page);

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

/* ---- The settings: size, recent databases, last unit ---- */

static void
save_window_state (MpWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
update_recent_menu (MpWindow *self)
{
  g_auto(GStrv) recent = NULL;

  g_menu_remove_all (self->recent_section);
  if (self->settings == NULL)
    return;
  recent = g_settings_get_strv (self->settings, "recent-databases");
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *name = g_filename_display_basename (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_section, item);
    }
}

static void
recent_changed_cb (MpWindow *self)
{
  update_recent_menu (self);
}

/* ---- Undo and redo, and the toast after each edit ---- */

static void
update_undo_actions (MpWindow *self)
{
  GAction *undo = g_action_map_lookup_action (G_ACTION_MAP (self), "undo");
  GAction *redo = g_action_map_lookup_action (G_ACTION_MAP (self), "redo");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (undo), self->store && mp_store_can_undo (self->store));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (redo), self->store && mp_store_can_redo (self->store));
}

static void
edit_toast_dismissed_cb (AdwToast *toast,
                         MpWindow *self)
{
  if (self->edit_toast == toast)
    {
      g_object_remove_weak_pointer (G_OBJECT (toast), (gpointer *) &self->edit_toast);
      self->edit_toast = NULL;
    }
}

/* One toast for the latest change: a newer one takes over the toast still
 * shown (dismissing it and adding another while it animates is not safe in
 * libadwaita 1.2). */
static void
show_edit_toast (MpWindow   *self,
                 const char *title,
                 gboolean    undone)
{
  AdwToast *toast = self->edit_toast;
  gboolean is_new = toast == NULL;

  if (is_new)
    toast = adw_toast_new (title);
  else
    adw_toast_set_title (toast, title);
  adw_toast_set_button_label (toast, undone ? _("_Redo") : _("_Undo"));
  adw_toast_set_action_name (toast, undone ? "win.redo" : "win.undo");
  if (!is_new)
    return;
  self->edit_toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->edit_toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (edit_toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void fill_unit_selector (MpWindow *self);

static void
store_changed_cb (MpStore    *store,
                  const char *table,
                  const char *code,
                  const char *action,
                  MpWindow   *self)
{
  g_autofree char *text = mp_describe_change (table, code, action);

  update_undo_actions (self);
  if (table == NULL || g_strcmp0 (table, "unit") == 0)
    fill_unit_selector (self);
  if (text != NULL)
    show_edit_toast (self, text, g_strcmp0 (action, "undo") == 0);
}

static void
disconnect_store (MpWindow *self)
{
  if (self->store != NULL && self->changed_id != 0)
    g_signal_handler_disconnect (self->store, self->changed_id);
  self->changed_id = 0;
}

static void
undo_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || !mp_store_can_undo (self->store))
    return;
  if (!mp_store_undo (self->store, &error))
    report_error (self, error);
  if (self->store != NULL)
    update_undo_actions (self);
}

static void
redo_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || !mp_store_can_redo (self->store))
    return;
  if (!mp_store_redo (self->store, &error))
    report_error (self, error);
  if (self->store != NULL)
    update_undo_actions (self);
}

/* ---- The unit of the header bar ---- */

/* Offers the store's units again and selects the one the Overview shows. */
static void
fill_unit_selector (MpWindow *self)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  units = mp_store_list_units (self->store, &error);
  if (units == NULL)
    {
      report_error (self, error);
      return;
    }
  mp_unit_selector_set_units (self->unit_selector, units);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  self->units = g_ptr_array_ref (units);
  if (self->unit != NULL)
    mp_unit_selector_set_unit (self->unit_selector, self->unit);
  else if (self->loaded[PAGE_OVERVIEW])
    mp_unit_selector_set_unit (self->unit_selector, mp_overview_page_get_unit (self->overview_page));
}

/* The unit's name needs room, which the view switcher would take: a wide
 * window gives it a fixed share, a narrow one only its minimum (the name
 * ellipsized), so that the header bar fits 360 px. */
static void
size_changed_cb (MpWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  gtk_widget_set_size_request (GTK_WIDGET (self->unit_selector),
                               gtk_window_is_maximized (GTK_WINDOW (self)) || width >= 900 ? 170 : -1,
                               -1);
}

static gboolean
has_unit (MpWindow   *self,
          const char *unit)
{
  for (guint i = 0; self->units != NULL && i < self->units->len; i++)
    if (g_strcmp0 (((MpUnitRow *) g_ptr_array_index (self->units, i))->code, unit) == 0)
      return TRUE;
  return FALSE;
}

/* Shows `unit` in the pages that follow the unit of the header bar: now in
 * those loaded, and in the others when they load. */
static gboolean
show_unit (MpWindow    *self,
           const char  *unit,
           GError     **error)
{
  if (!has_unit (self, unit))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There is no unit with the code “%s”."), unit);
      return FALSE;
    }
  if ((self->loaded[PAGE_OVERVIEW] && !mp_overview_page_set_unit (self->overview_page, unit, error)) ||
      (self->loaded[PAGE_TARGETS] && !mp_targets_page_set_unit (self->targets_page, unit, error)))
    return FALSE;
  g_free (self->unit);
  self->unit = g_strdup (unit);
  mp_unit_selector_set_unit (self->unit_selector, unit);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-unit", unit);
  return TRUE;
}

/* ---- Pages, loaded when first shown ---- */

static gpointer *
page_slot (MpWindow *self,
           Page      page)
{
  gpointer *slots[N_PAGES] = {
    (gpointer *) &self->overview_page, (gpointer *) &self->targets_page,
    (gpointer *) &self->facilities_page, (gpointer *) &self->training_page,
    (gpointer *) &self->transfers_page,
  };

  return slots[page];
}

/* The page, made now if it was not: only the page shown is built at start,
 * which takes a fifth off the time to the first frame. */
static GtkWidget *
page_widget (MpWindow *self,
             Page      page)
{
  GType types[N_PAGES] = {
    MP_TYPE_OVERVIEW_PAGE, MP_TYPE_TARGETS_PAGE, MP_TYPE_FACILITIES_PAGE,
    MP_TYPE_TRAINING_PAGE, MP_TYPE_TRANSFERS_PAGE,
  };
  gpointer *slot = page_slot (self, page);

  if (*slot == NULL)
    {
      *slot = g_object_new (types[page], NULL);
      adw_bin_set_child (self->page_bins[page], GTK_WIDGET (*slot));
    }
  return GTK_WIDGET (*slot);
}

static gboolean
load_page (MpWindow  *self,
           Page       page,
           GError   **error)
{
  switch (page)
    {
    case PAGE_OVERVIEW:
      if (!mp_overview_page_load (self->overview_page, self->store, error))
        return FALSE;
      /* A unit gone from the database leaves the page's default. */
      if (self->unit != NULL)
        mp_overview_page_set_unit (self->overview_page, self->unit, NULL);
      else
        mp_unit_selector_set_unit (self->unit_selector, mp_overview_page_get_unit (self->overview_page));
      return TRUE;
    case PAGE_TARGETS:
      if (!mp_targets_page_load (self->targets_page, self->store, error))
        return FALSE;
      if (self->unit != NULL)
        mp_targets_page_set_unit (self->targets_page, self->unit, NULL);
      return TRUE;
    case PAGE_FACILITIES:
      /* 100,000 facilities take a while: they load in a thread, and a
       * failure is shown when it comes. */
      mp_facilities_page_begin_load (self->facilities_page, self->store);
      return TRUE;
    case PAGE_TRAINING:
      return mp_training_page_load (self->training_page, self->store, error);
    case PAGE_TRANSFERS:
      return mp_transfers_page_load (self->transfers_page, self->store, error);
    case N_PAGES:
    default:
      break;
    }
  g_return_val_if_reached (FALSE);
}

/* Loads `page` unless it shows the store already; FALSE when it failed, and
 * the window shows why. */
static gboolean
ensure_page (MpWindow *self,
             Page      page)
{
  g_autoptr(GError) error = NULL;

  page_widget (self, page);
  if (self->store == NULL || self->loaded[page])
    return TRUE;
  self->loaded[page] = TRUE;
  if (load_page (self, page, &error))
    return TRUE;
  self->loaded[page] = FALSE;
  mp_window_show_error (self, self->path, error);
  return FALSE;
}

/* After the page shown has loaded `store`: the unit shown last, the recent
 * databases, undo and redo. */
static void
store_loaded (MpWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *last_unit = NULL;

  if (self->settings != NULL)
    last_unit = g_settings_get_string (self->settings, "last-unit");
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_selector), TRUE);
  fill_unit_selector (self);
  if (last_unit != NULL && *last_unit != '\0')
    show_unit (self, last_unit, NULL); /* gone from this database: the default stays */
  if (MP_IS_APPLICATION (app))
    mp_application_add_recent (MP_APPLICATION (app), mp_store_get_path (self->store));
  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (store_changed_cb), self);
  update_undo_actions (self);
}

/* ---- Search, targets, units, pages ---- */

static void
search_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  GtkWidget *bin = adw_view_stack_get_visible_child (self->view_stack);
  GtkWidget *page = bin != NULL ? adw_bin_get_child (ADW_BIN (bin)) : NULL;

  /* The Overview has no search: nothing happens there. */
  if (page != NULL && self->store != NULL)
    gtk_widget_activate_action (page, "page.search", NULL);
}

static void
show_target_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  gint64 target_id = g_variant_get_int64 (parameter);

  adw_view_stack_set_visible_child_name (self->view_stack, "targets");
  if (!ensure_page (self, PAGE_TARGETS))
    return;
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

  if (!show_unit (self, g_variant_get_string (parameter, NULL), &error))
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

static void
report_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);

  if (self->store == NULL)
    return;
  gtk_window_present (GTK_WINDOW (mp_report_dialog_new (self)));
}

static const GActionEntry win_actions[] = {
  { .name = "show-page", .activate = show_page_activated_cb, .parameter_type = "s" },
  { .name = "show-target", .activate = show_target_activated_cb, .parameter_type = "x" },
  { .name = "select-unit", .activate = select_unit_activated_cb, .parameter_type = "s" },
  { .name = "undo", .activate = undo_activated_cb },
  { .name = "redo", .activate = redo_activated_cb },
  { .name = "search", .activate = search_activated_cb },
  { .name = "report", .activate = report_activated_cb },
};

/* The page shown loads, the first time. */
static void
visible_page_changed_cb (MpWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  for (Page page = 0; page < N_PAGES; page++)
    if (child == GTK_WIDGET (self->page_bins[page]))
      {
        ensure_page (self, page);
        return;
      }
}

static void
mp_window_dispose (GObject *object)
{
  MpWindow *self = MP_WINDOW (object);

  if (self->settings != NULL)
    {
      save_window_state (self);
      g_signal_handlers_disconnect_by_data (self->settings, self);
      g_clear_object (&self->settings);
    }
  if (self->edit_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->edit_toast, self);
      g_object_remove_weak_pointer (G_OBJECT (self->edit_toast), (gpointer *) &self->edit_toast);
      self->edit_toast = NULL;
    }
  disconnect_store (self);
  /* No page loads while the pages go. */
  if (self->view_stack != NULL)
    g_signal_handlers_disconnect_by_func (self->view_stack, visible_page_changed_cb, self);
  /* The pages go first: left to the view stack, a Targets page made after
   * the window was shown outlived it (GTK 4.8), and with it the store.
   * tests/ui/test-window.c checks that every page goes. */
  for (Page page = 0; page < N_PAGES; page++)
    {
      if (self->page_bins[page] != NULL)
        adw_bin_set_child (self->page_bins[page], NULL);
      *page_slot (self, page) = NULL;
    }
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
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (mp_window_parent_class)->finalize (object);
}

/* The settings are the application's: the size and the recent databases
 * come from them. */
static void
use_settings (MpWindow      *self,
              MpApplication *app)
{
  if (MP_IS_APPLICATION (app) && mp_application_get_settings (MP_APPLICATION (app)) != NULL)
    {
      self->settings = g_object_ref (mp_application_get_settings (MP_APPLICATION (app)));
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_signal_connect_swapped (self->settings, "changed::recent-databases",
                                G_CALLBACK (recent_changed_cb), self);
    }
  update_recent_menu (self);
}

static void
mp_window_class_init (MpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_window_dispose;
  object_class->finalize = mp_window_finalize;

  g_type_ensure (MP_TYPE_UNIT_SELECTOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, unit_selector);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, error_page);
  gtk_widget_class_bind_template_child_full (widget_class, "overview_bin", FALSE,
                                             G_STRUCT_OFFSET (MpWindow, page_bins[PAGE_OVERVIEW]));
  gtk_widget_class_bind_template_child_full (widget_class, "targets_bin", FALSE,
                                             G_STRUCT_OFFSET (MpWindow, page_bins[PAGE_TARGETS]));
  gtk_widget_class_bind_template_child_full (widget_class, "facilities_bin", FALSE,
                                             G_STRUCT_OFFSET (MpWindow, page_bins[PAGE_FACILITIES]));
  gtk_widget_class_bind_template_child_full (widget_class, "training_bin", FALSE,
                                             G_STRUCT_OFFSET (MpWindow, page_bins[PAGE_TRAINING]));
  gtk_widget_class_bind_template_child_full (widget_class, "transfers_bin", FALSE,
                                             G_STRUCT_OFFSET (MpWindow, page_bins[PAGE_TRANSFERS]));
}

static void
mp_window_init (MpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  mp_window_files_install_actions (self);
  set_actions_enabled (self, FALSE);
  update_undo_actions (self);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (size_changed_cb), NULL);
  g_signal_connect (self, "notify::maximized", G_CALLBACK (size_changed_cb), NULL);
  size_changed_cb (self);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name",
                            G_CALLBACK (visible_page_changed_cb), self);
  mp_exchange_actions_install (self);
}

MpWindow *
mp_window_new (MpApplication *application)
{
  MpWindow *self = g_object_new (MP_TYPE_WINDOW, "application", application, NULL);

  use_settings (self, application);
  return self;
}

void
mp_window_set_store (MpWindow *self,
                     MpStore  *store)
{
  g_return_if_fail (MP_IS_WINDOW (self));
  g_return_if_fail (MP_IS_STORE (store));

  disconnect_store (self);
  g_set_object (&self->store, store);
  set_path (self, mp_store_get_path (store));
  g_clear_pointer (&self->error_message, g_free);
  for (Page page = 0; page < N_PAGES; page++)
    self->loaded[page] = FALSE;
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->unit, g_free);

  /* Only the page shown loads now; the others when they are shown. */
  visible_page_changed_cb (self);
  if (self->store != store)
    return; /* it failed: the window shows why */

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  set_actions_enabled (self, TRUE);
  store_loaded (self);

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
  disconnect_store (self);
  g_clear_object (&self->store);
  set_path (self, path);
  g_free (self->error_message);
  self->error_message = g_strdup (error->message);

  adw_status_page_set_description (self->error_page, error->message);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  set_actions_enabled (self, FALSE);
  update_undo_actions (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_selector), FALSE);
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
mp_window_get_unit (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  if (self->unit != NULL || self->store == NULL)
    return self->unit;
  return mp_unit_selector_get_unit (self->unit_selector);
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
  ensure_page (self, PAGE_OVERVIEW);
  return self->overview_page;
}

MpTargetsPage *
mp_window_get_targets_page (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  ensure_page (self, PAGE_TARGETS);
  return self->targets_page;
}

MpFacilitiesPage *
mp_window_get_facilities_page (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  ensure_page (self, PAGE_FACILITIES);
  return self->facilities_page;
}

MpTrainingPage *
mp_window_get_training_page (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  ensure_page (self, PAGE_TRAINING);
  return self->training_page;
}

MpTransfersPage *
mp_window_get_transfers_page (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  ensure_page (self, PAGE_TRANSFERS);
  return self->transfers_page;
}

AdwToast *
mp_window_get_edit_toast (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return self->edit_toast;
}

MpUnitSelector *
mp_window_get_unit_selector (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return self->unit_selector;
}

GMenuModel *
mp_window_get_recent_menu (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return G_MENU_MODEL (self->recent_section);
}

GtkMenuButton *
mp_window_get_menu_button (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);
  return self->menu_button;
}
