/* mp-facilities-page.c — the Facilities page. The table is a GtkColumnView
 * over GtkFilterListModel (GtkSortListModel (MpFacilityList of MpFacilityItem)):
 * list models create widgets only for the rows on screen, so 100,000
 * facilities load and scroll like 20. The filter sits above the sort so
 * that a keystroke does not re-sort. Sorting is the column view's own
 * sorter (one per column, declared in the template); filtering is an
 * MpFacilityFilter that tells the model how strict each change is.
 *
 * Editing: the page's actions facilities.new, .edit and .delete open the
 * facility dialog or ask to delete the selected facility; the page reloads
 * itself when the store says a facility or its staffing changed, keeping
 * the search, the filters and the sort, and selecting the facility edited.
 * The selected facility's staffing shows below the table.
 *
 * Loading: the window starts the first load of a database with
 * mp_facilities_page_begin_load(), which reads the facilities in a worker
 * thread (mp_facility_list_load_async) while the page says so; a reload
 * after an edit reads them in a thread too, with the old list on screen
 * until the new one is in, and cancels a load still running. */
#include "mp-facilities-page.h"

#include <glib/gi18n.h>

#include "mp-choice-dropdown.h"
#include "mp-edit.h"
#include "mp-facility-detail.h"
#include "mp-facility-dialog.h"
#include "mp-facility-filter.h"
#include "mp-facility-item.h"
#include "mp-facility-list.h"
#include "mp-list-cells.h"
#include "mp-window.h"

struct _MpFacilitiesPage
{
  GtkWidget          parent_instance;

  /* Template widgets and objects */
  GtkSearchEntry    *search_entry;
  GtkSearchEntry    *narrow_search_entry;   /* the same search, narrow toolbar */
  GtkDropDown       *kind_dropdown;
  GtkDropDown       *unit_dropdown;
  GtkDropDown       *ownership_dropdown;
  GtkStack          *stack;
  GtkColumnView     *column_view;
  GtkSingleSelection *selection;
  GtkRevealer       *detail_revealer;
  MpFacilityDetail  *detail;
  GtkSortListModel  *sort_model;
  GtkFilterListModel *filter_model;
  MpFacilityFilter  *filter;

  gboolean           filling;   /* drop-downs being refilled: no filtering */
  guint              n_total;

  MpStore           *store;
  gulong             changed_id;
  gboolean           reloading; /* the selection changes only because of a reload */
  GCancellable      *load_cancellable; /* the load running in a thread, or NULL */
  gboolean           loaded;    /* the facilities of `store` are shown */
  char              *select_after; /* the facility to select when the reload is in */
};

G_DEFINE_FINAL_TYPE (MpFacilitiesPage, mp_facilities_page, GTK_TYPE_WIDGET)

static const char * const kinds[] = {
  "hospital", "specialised_hospital", "district_health_centre", "commune_station",
  "clinic", "training_institution", "cdc", "other",
};

static const char * const ownerships[] = { "public", "private" };

static void
update_state (MpFacilitiesPage *self)
{
  const char *state = "list";

  /* A reload after an edit keeps the list it replaces on screen. */
  if (self->load_cancellable != NULL && !self->loaded)
    state = "loading";
  else if (self->n_total == 0)
    state = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    state = "no-match";
  gtk_stack_set_visible_child_name (self->stack, state);
}

static void
cancel_load (MpFacilitiesPage *self)
{
  if (self->load_cancellable == NULL)
    return;
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
}

static void
filter_items_changed_cb (GListModel       *model,
                         guint             position,
                         guint             removed,
                         guint             added,
                         MpFacilitiesPage *self)
{
  update_state (self);
}

static void
search_changed_cb (GtkSearchEntry   *entry,
                   MpFacilitiesPage *self)
{
  mp_facility_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
stop_search_cb (GtkSearchEntry   *entry,
                MpFacilitiesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
dropdown_changed_cb (GtkDropDown      *dropdown,
                     GParamSpec       *pspec,
                     MpFacilitiesPage *self)
{
  const char *code = mp_choice_dropdown_get_selected_code (dropdown);

  if (self->filling)
    return;
  if (dropdown == self->kind_dropdown)
    mp_facility_filter_set_kind (self->filter, code);
  else if (dropdown == self->unit_dropdown)
    mp_facility_filter_set_unit (self->filter, code);
  else if (dropdown == self->ownership_dropdown)
    mp_facility_filter_set_ownership (self->filter, code);
}

/* ---- Cells ---- */

/* Names are long: they keep room for about 24 characters, and show in
 * full as a tooltip when cut. */
static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MpFacilitiesPage *self)
{
  mp_list_cells_setup_name (item, 24);
}

#define BIND(column, setter, getter) \
  static void \
  column##_bind_cb (GtkSignalListItemFactory *factory, \
                    GtkListItem              *item, \
                    MpFacilitiesPage         *self) \
  { \
    setter (item, getter (MP_FACILITY_ITEM (gtk_list_item_get_item (item)))); \
  }

BIND (code, mp_list_cells_set_text, mp_facility_item_get_code)
BIND (name, mp_list_cells_set_name, mp_facility_item_get_name)
BIND (kind, mp_list_cells_set_text, mp_facility_item_get_kind_label)
BIND (class, mp_list_cells_set_text, mp_facility_item_get_class_label)
BIND (unit, mp_list_cells_set_text, mp_facility_item_get_unit_name)
BIND (ownership, mp_list_cells_set_text, mp_facility_item_get_ownership_label)
BIND (beds, mp_list_cells_set_count, mp_facility_item_get_beds)
BIND (doctors, mp_list_cells_set_count, mp_facility_item_get_doctors)
BIND (nurses, mp_list_cells_set_count, mp_facility_item_get_nurses)

/* ---- Drop-downs ---- */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  MpFacilityItem *x = *(MpFacilityItem **) a;
  MpFacilityItem *y = *(MpFacilityItem **) b;

  return g_utf8_collate (mp_facility_item_get_unit_name (x), mp_facility_item_get_unit_name (y));
}

/* The units that have facilities, by name. */
static void
fill_units (MpFacilitiesPage *self,
            GListModel       *items)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) firsts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      MpFacilityItem *item = g_list_model_get_item (items, i);

      if (g_hash_table_add (seen, (gpointer) mp_facility_item_get_unit (item)))
        g_ptr_array_add (firsts, item);
      else
        g_object_unref (item);
    }
  g_ptr_array_sort (firsts, compare_names);
  for (guint i = 0; i < firsts->len; i++)
    {
      MpFacilityItem *item = g_ptr_array_index (firsts, i);
      g_ptr_array_add (codes, (gpointer) mp_facility_item_get_unit (item));
      g_ptr_array_add (labels, (gpointer) mp_facility_item_get_unit_name (item));
    }
  self->filling = TRUE;
  mp_choice_dropdown_fill (self->unit_dropdown, _("All units"), codes, labels);
  self->filling = FALSE;
}

/* ---- Selection, detail and editing ---- */

static MpFacilityItem *
selected_item (MpFacilitiesPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);

  return item ? MP_FACILITY_ITEM (item) : NULL;
}

static void
show_toast (MpFacilitiesPage *self,
            const char       *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      g_warning ("%s", message);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
update_detail (MpFacilitiesPage *self)
{
  MpFacilityItem *item = selected_item (self);
  g_autoptr(MpFacility) facility = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "facilities.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "facilities.edit", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "facilities.delete", item != NULL);
  if (item != NULL && self->store != NULL)
    {
      facility = mp_store_get_facility (self->store, mp_facility_item_get_code (item), &error);
      if (facility == NULL)
        g_warning ("Cannot read facility %s: %s", mp_facility_item_get_code (item), error->message);
    }
  mp_facility_detail_show (self->detail, facility, item ? mp_facility_item_get_unit_name (item) : NULL);
  gtk_revealer_set_reveal_child (self->detail_revealer, facility != NULL);
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      MpFacilitiesPage   *self)
{
  if (!self->reloading)
    update_detail (self);
}

/* Enter or a double click on a row edits it. */
static void
column_view_activate_cb (GtkColumnView    *view,
                         guint             position,
                         MpFacilitiesPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "facilities.edit", NULL);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpFacilitiesPage *self = MP_FACILITIES_PAGE (widget);

  /* The toolbar shows one of the two (bound) search entries. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->narrow_search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->narrow_search_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
open_dialog (MpFacilitiesPage *self,
             const char       *code)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  MpFacilityDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = mp_facility_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   self->store, code, &error);
  if (dialog == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (MP_FACILITIES_PAGE (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MpFacilitiesPage *self = MP_FACILITIES_PAGE (widget);
  MpFacilityItem *item = selected_item (self);

  if (item != NULL)
    open_dialog (self, mp_facility_item_get_code (item));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    MpFacilitiesPage *self)
{
  const char *code = g_object_get_data (G_OBJECT (dialog), "code");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->store == NULL)
    return;
  /* Refused while a training programme or a transfer refers to it. */
  if (!mp_store_delete_facility (self->store, code, &error))
    show_toast (self, error->message);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpFacilitiesPage *self = MP_FACILITIES_PAGE (widget);
  MpFacilityItem *item = selected_item (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (item == NULL || self->store == NULL)
    return;
  /* TRANSLATORS: %s is the name of a facility */
  heading = g_strdup_printf (_("Delete “%s”?"), mp_facility_item_get_name (item));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("Its staffing figures are deleted with it. Undo brings both back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "code", g_strdup (mp_facility_item_get_code (item)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The position of the facility `code` in the table, or
 * GTK_INVALID_LIST_POSITION. */
static guint
position_of (MpFacilitiesPage *self,
             const char       *code)
{
  GListModel *model = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; code && i < n; i++)
    {
      g_autoptr(MpFacilityItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (mp_facility_item_get_code (item), code) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
scroll_to (MpFacilitiesPage *self,
           guint             position)
{
  GtkWidget *child;

  /* The column view's list is its child; it scrolls to an item. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static void reload (MpFacilitiesPage *self,
                    const char       *select_after);

static void
store_changed_cb (MpStore          *store,
                  const char       *table,
                  const char       *code,
                  const char       *action,
                  MpFacilitiesPage *self)
{
  MpFacilityItem *item = selected_item (self);
  g_autofree char *keep = NULL;

  if (table != NULL && !g_str_equal (table, "facility") && !g_str_equal (table, "staffing") &&
      !g_str_equal (table, "unit"))
    return;
  /* The facility saved or brought back is selected; else the one that was. */
  if (table != NULL && g_str_equal (table, "facility") && code != NULL &&
      g_strcmp0 (action, "delete") != 0)
    keep = g_strdup (code);
  else if (item != NULL)
    keep = g_strdup (mp_facility_item_get_code (item));
  reload (self, keep);
}

/* ---- The page ---- */

static void
mp_facilities_page_dispose (GObject *object)
{
  MpFacilitiesPage *self = MP_FACILITIES_PAGE (object);
  GtkWidget *child;

  if (self->filter_model)
    g_signal_handlers_disconnect_by_func (self->filter_model, filter_items_changed_cb, self);
  cancel_load (self);
  g_clear_pointer (&self->select_after, g_free);
  if (self->store)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_FACILITIES_PAGE);
  /* The template's outer box has no id, so dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mp_facilities_page_parent_class)->dispose (object);
}

static void
mp_facilities_page_class_init (MpFacilitiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_facilities_page_dispose;

  g_type_ensure (MP_TYPE_FACILITY_ITEM);
  g_type_ensure (MP_TYPE_FACILITY_FILTER);
  g_type_ensure (MP_TYPE_FACILITY_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-facilities-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, narrow_search_entry);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, ownership_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, selection);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, detail_revealer);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, detail);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, MpFacilitiesPage, filter);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, dropdown_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "text_setup_cb", G_CALLBACK (mp_list_cells_text_setup_cb));
  gtk_widget_class_bind_template_callback (widget_class, name_setup_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "number_setup_cb", G_CALLBACK (mp_list_cells_number_setup_cb));
  gtk_widget_class_bind_template_callback (widget_class, code_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, class_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, ownership_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, beds_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, doctors_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, nurses_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "facilities.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "facilities.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "facilities.delete", NULL, delete_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "facilities.delete", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* What the page shows while the facilities load in a thread. */
static void
add_loading_state (MpFacilitiesPage *self)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *spinner = gtk_spinner_new ();
  const char *title = _("Loading Facilities…");

  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spinner), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), title);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), spinner);
  gtk_stack_add_named (self->stack, status, "loading");
}

static void
mp_facilities_page_init (MpFacilitiesPage *self)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Clicking a header sorts by that column's sorter. */
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (filter_items_changed_cb), self);

  self->filling = TRUE;
  mp_choice_dropdown_fill_fixed (self->kind_dropdown, _("All kinds"),
                                 kinds, G_N_ELEMENTS (kinds), mp_facility_kind_label);
  mp_choice_dropdown_fill_fixed (self->ownership_dropdown, _("All ownership types"),
                                 ownerships, G_N_ELEMENTS (ownerships), mp_facility_ownership_label);
  mp_choice_dropdown_fill (self->unit_dropdown, _("All units"), none, none);
  self->filling = FALSE;
  add_loading_state (self);
  update_state (self);
  update_detail (self);
}

static void
set_store (MpFacilitiesPage *self,
           MpStore          *store)
{
  if (store == self->store)
    return;
  if (self->store)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
}

static void
show_items (MpFacilitiesPage *self,
            MpFacilityList   *items)
{
  self->reloading = TRUE;
  fill_units (self, G_LIST_MODEL (items));
  /* The unit kept selected, if any, still applies to the new items. */
  mp_facility_filter_set_unit (self->filter,
                               mp_choice_dropdown_get_selected_code (self->unit_dropdown));
  self->n_total = g_list_model_get_n_items (G_LIST_MODEL (items));
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (items));
  self->reloading = FALSE;
  self->loaded = TRUE;
  update_state (self);
  update_detail (self);
}

gboolean
mp_facilities_page_load (MpFacilitiesPage  *self,
                         MpStore           *store,
                         GError           **error)
{
  g_autoptr(MpFacilityList) items = NULL;

  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), FALSE);
  g_return_val_if_fail (MP_IS_STORE (store), FALSE);

  items = mp_facility_list_load (store, error);
  if (items == NULL)
    return FALSE;
  cancel_load (self);
  g_clear_pointer (&self->select_after, g_free);
  set_store (self, store);
  show_items (self, items);
  return TRUE;
}

/* A load that fails makes the database unusable, as it did when every page
 * was loaded with the window; unless the window has another one by now. */
static void
report_load_error (MpFacilitiesPage *self,
                   const GError     *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!MP_IS_WINDOW (root))
    show_toast (self, error->message);
  else if (mp_window_get_store (MP_WINDOW (root)) == self->store)
    mp_window_show_error (MP_WINDOW (root), mp_window_get_path (MP_WINDOW (root)), error);
}

static void
list_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MpFacilitiesPage) self = user_data;
  g_autoptr(MpFacilityList) items = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  items = mp_facility_list_load_finish (result, &error);
  /* Cancelled, or replaced by a newer load or a reload. */
  if (cancellable == NULL || cancellable != self->load_cancellable)
    return;
  g_clear_object (&self->load_cancellable);
  if (items == NULL)
    {
      g_clear_pointer (&self->select_after, g_free);
      update_state (self);
      report_load_error (self, error);
      return;
    }
  show_items (self, items);
  if (self->select_after != NULL)
    {
      mp_facilities_page_select (self, self->select_after);
      g_clear_pointer (&self->select_after, g_free);
    }
}

/* After an edit, undo or import: the facilities are read again in a
 * thread (100,000 take half a second) while the list shown stays, keeping
 * the search, the filters and the sort; then `select_after` is selected. */
static void
reload (MpFacilitiesPage *self,
        const char       *select_after)
{
  cancel_load (self);
  g_free (self->select_after);
  self->select_after = g_strdup (select_after);
  self->load_cancellable = g_cancellable_new ();
  update_state (self);
  mp_facility_list_load_async (self->store, self->load_cancellable, list_loaded_cb, g_object_ref (self));
}

void
mp_facilities_page_begin_load (MpFacilitiesPage *self,
                               MpStore          *store)
{
  g_return_if_fail (MP_IS_FACILITIES_PAGE (self));
  g_return_if_fail (MP_IS_STORE (store));

  cancel_load (self);
  set_store (self, store);
  self->loaded = FALSE;
  g_clear_pointer (&self->select_after, g_free);
  self->load_cancellable = g_cancellable_new ();
  /* The facilities of another database go at once. */
  self->reloading = TRUE;
  self->n_total = 0;
  gtk_sort_list_model_set_model (self->sort_model, NULL);
  self->reloading = FALSE;
  update_state (self);
  update_detail (self);
  mp_facility_list_load_async (store, self->load_cancellable, list_loaded_cb, g_object_ref (self));
}

gboolean
mp_facilities_page_is_loaded (MpFacilitiesPage *self)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), FALSE);
  return self->loaded && self->load_cancellable == NULL;
}

gboolean
mp_facilities_page_select (MpFacilitiesPage *self,
                           const char       *code)
{
  guint position;

  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), FALSE);

  position = position_of (self, code);
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to (self, position);
  update_detail (self);
  return position != GTK_INVALID_LIST_POSITION;
}

const char *
mp_facilities_page_get_selected_code (MpFacilitiesPage *self)
{
  MpFacilityItem *item;

  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  item = selected_item (self);
  return item ? mp_facility_item_get_code (item) : NULL;
}

MpFacilityDetail *
mp_facilities_page_get_detail (MpFacilitiesPage *self)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  return self->detail;
}

GtkEditable *
mp_facilities_page_get_search (MpFacilitiesPage *self)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

GtkDropDown *
mp_facilities_page_get_kind_dropdown (MpFacilitiesPage *self)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  return self->kind_dropdown;
}

GtkDropDown *
mp_facilities_page_get_unit_dropdown (MpFacilitiesPage *self)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  return self->unit_dropdown;
}

GtkDropDown *
mp_facilities_page_get_ownership_dropdown (MpFacilitiesPage *self)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  return self->ownership_dropdown;
}

GtkColumnView *
mp_facilities_page_get_column_view (MpFacilitiesPage *self)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  return self->column_view;
}

GListModel *
mp_facilities_page_get_model (MpFacilitiesPage *self)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

const char *
mp_facilities_page_get_state (MpFacilitiesPage *self)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
mp_facilities_page_get_choice_code (MpFacilitiesPage *self,
                                    GtkDropDown      *dropdown,
                                    guint             position)
{
  g_return_val_if_fail (MP_IS_FACILITIES_PAGE (self), NULL);
  if (dropdown != self->kind_dropdown && dropdown != self->unit_dropdown &&
      dropdown != self->ownership_dropdown)
    return NULL;
  return mp_choice_dropdown_get_code (dropdown, position);
}
