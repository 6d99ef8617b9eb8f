/* mp-transfers-page.c — the Transfers page. The network chart of every
 * transfer sits above a GtkColumnView over GtkFilterListModel
 * (GtkSortListModel (GListStore of MpTransferItem)), like the Facilities
 * page: sorting is the column view's own sorter, filtering a custom filter
 * on the folded search text and the status. The page follows the store:
 * on MpStore::changed it reloads itself, keeping search, filter, sort and
 * selection. */
#include "mp-transfers-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-chart-data.h"
#include "mp-edit.h"
#include "mp-facility-item.h"
#include "mp-list-cells.h"
#include "mp-transfer-dialog.h"
#include "mp-transfer-item.h"

struct _MpTransfersPage
{
  GtkWidget           parent_instance;

  /* Template widgets and objects */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkMenuButton      *status_button;
  GtkStack           *stack;
  GtkStack           *list_stack;
  MpChartView        *chart_view;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
  GtkFilterListModel *filter_model;

  GtkCustomFilter    *filter;
  char               *query;         /* folded search text */
  const char         *status_filter; /* a status code, or NULL for all */

  MpStore            *store;
  gulong              changed_id;
  guint               n_total;
  GMenu              *status_menu;
  GtkWindow          *dialog;        /* weak */
  GtkWindow          *confirmation;  /* weak */
  char               *confirm_code;
  char               *last_error;
};

G_DEFINE_FINAL_TYPE (MpTransfersPage, mp_transfers_page, GTK_TYPE_WIDGET)

static const char * const statuses[] = {
  "planned", "training", "supervised", "independent", "stopped",
};

static gboolean reload (MpTransfersPage *self, GError **error);

/* ---- Errors ---- */

/* Tells a failed action in the window's toast overlay. */
static void
report_error (MpTransfersPage *self,
              const char      *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_free (self->last_error);
  self->last_error = g_strdup (message);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_message ("%s", message);
}

/* ---- Selection and actions ---- */

static MpTransferItem *
selected_item (MpTransfersPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* Enables the actions that need a selected transfer, and offers in the
 * status menu only the statuses the selected one may move to. */
static void
update_actions (MpTransfersPage *self)
{
  MpTransferItem *item = selected_item (self);
  gboolean selected = item != NULL && self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "transfers.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "transfers.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "transfers.delete", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "transfers.set-status", selected);

  g_menu_remove_all (self->status_menu);
  if (selected)
    {
      const char *current = mp_transfer_item_get_status (item);

      for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
        if (g_strcmp0 (current, statuses[i]) != 0 &&
            mp_transfer_status_allowed (current, statuses[i]))
          {
            g_autoptr(GMenuItem) menu_item = g_menu_item_new (mp_transfer_status_action_label (statuses[i]), NULL);

            g_menu_item_set_action_and_target_value (menu_item, "transfers.set-status",
                                                     g_variant_new_string (statuses[i]));
            g_menu_append_item (self->status_menu, menu_item);
          }
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_button),
                            selected && g_menu_model_get_n_items (G_MENU_MODEL (self->status_menu)) > 0);
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      MpTransfersPage    *self)
{
  update_actions (self);
}

static guint
position_of (GListModel *model,
             const char *code)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; code != NULL && i < n; i++)
    {
      g_autoptr(MpTransferItem) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (mp_transfer_item_get_code (item), code) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

gboolean
mp_transfers_page_select (MpTransfersPage *self,
                          const char      *code)
{
  guint position;

  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), FALSE);

  position = position_of (G_LIST_MODEL (self->filter_model), code);
  if (position == GTK_INVALID_LIST_POSITION &&
      position_of (G_LIST_MODEL (self->sort_model), code) != GTK_INVALID_LIST_POSITION)
    {
      /* Hidden by the search or the filter: show everything. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      position = position_of (G_LIST_MODEL (self->filter_model), code);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  /* GTK 4.8 has no gtk_column_view_scroll_to(): its list view scrolls. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
  return TRUE;
}

static void
dialog_saved_cb (MpTransferDialog *dialog,
                 const char       *code,
                 MpTransfersPage  *self)
{
  mp_transfers_page_select (self, code);
}

/* Forgets a dialog as soon as it is closed. */
static void
window_destroyed_cb (GtkWindow       *window,
                     MpTransfersPage *self)
{
  if (self->dialog == window)
    g_clear_weak_pointer (&self->dialog);
  if (self->confirmation == window)
    g_clear_weak_pointer (&self->confirmation);
}

static void
open_dialog (MpTransfersPage *self,
             const char      *code)
{
  g_autoptr(GError) error = NULL;
  MpTransferDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->store == NULL)
    return;
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  dialog = mp_transfer_dialog_new (self->store, code, &error);
  if (dialog == NULL)
    {
      report_error (self, error->message);
      return;
    }
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (window_destroyed_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (MP_TRANSFERS_PAGE (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MpTransfersPage *self = MP_TRANSFERS_PAGE (widget);
  MpTransferItem *item = selected_item (self);

  if (item != NULL)
    open_dialog (self, mp_transfer_item_get_code (item));
}

static void
row_activated_cb (GtkColumnView   *view,
                  guint            position,
                  MpTransfersPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "transfers.edit", NULL);
}

static void
confirmation_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          MpTransfersPage  *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = g_steal_pointer (&self->confirm_code);

  if (g_strcmp0 (response, "delete") != 0 || self->store == NULL || code == NULL)
    return;
  if (!mp_store_delete_transfer (self->store, code, &error))
    report_error (self, error->message);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpTransfersPage *self = MP_TRANSFERS_PAGE (widget);
  MpTransferItem *item = selected_item (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (item == NULL || self->store == NULL)
    return;
  if (self->confirmation != NULL)
    gtk_window_destroy (self->confirmation);

  g_free (self->confirm_code);
  self->confirm_code = g_strdup (mp_transfer_item_get_code (item));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Delete Transfer?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* TRANSLATORS: %s is the technique, then the transfer's code */
                                  _("“%s” (%s) will be deleted. You can undo this."),
                                  mp_transfer_item_get_technique (item),
                                  mp_transfer_item_get_code (item));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirmation_response_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (window_destroyed_cb), self, 0);
  g_set_weak_pointer (&self->confirmation, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_status_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MpTransfersPage *self = MP_TRANSFERS_PAGE (widget);
  MpTransferItem *item = selected_item (self);
  g_autoptr(GError) error = NULL;

  if (item == NULL || self->store == NULL)
    return;
  /* The store checks the lifecycle (mp_transfer_status_allowed()) and
   * refuses a step it does not allow. */
  if (!mp_store_set_transfer_status (self->store, mp_transfer_item_get_code (item),
                                     g_variant_get_string (parameter, NULL), &error))
    report_error (self, error->message);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpTransfersPage *self = MP_TRANSFERS_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---- Filtering ---- */

static gboolean
filter_func (gpointer object,
             gpointer user_data)
{
  MpTransfersPage *self = user_data;
  MpTransferItem *item = object;

  if (self->status_filter && g_strcmp0 (mp_transfer_item_get_status (item), self->status_filter) != 0)
    return FALSE;
  return self->query == NULL || *self->query == '\0' ||
         strstr (mp_transfer_item_get_search_key (item), self->query) != NULL;
}

static void
update_state (MpTransfersPage *self)
{
  if (self->n_total == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "content");
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0
                                    ? "no-match" : "list");
}

static void
filter_items_changed_cb (GListModel      *model,
                         guint            position,
                         guint            removed,
                         guint            added,
                         MpTransfersPage *self)
{
  update_state (self);
}

static void
search_changed_cb (GtkSearchEntry  *entry,
                   MpTransfersPage *self)
{
  g_free (self->query);
  self->query = mp_facility_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
stop_search_cb (GtkSearchEntry  *entry,
                MpTransfersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

const char *
mp_transfers_page_get_status_choice (MpTransfersPage *self,
                                     guint            position)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  if (position == 0 || position == GTK_INVALID_LIST_POSITION || position > G_N_ELEMENTS (statuses))
    return NULL;
  return statuses[position - 1];
}

static void
status_filter_changed_cb (GtkDropDown     *dropdown,
                          GParamSpec      *pspec,
                          MpTransfersPage *self)
{
  self->status_filter = mp_transfers_page_get_status_choice (self, gtk_drop_down_get_selected (dropdown));
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* ---- Cells ---- */

/* Names are long: they keep room for about 12 characters, and show in
 * full as a tooltip when cut. */
static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MpTransfersPage *self)
{
  mp_list_cells_setup_name (item, 12);
}

static GtkLabel *
cell_label (GtkListItem *item)
{
  return GTK_LABEL (gtk_list_item_get_child (item));
}

static MpTransferItem *
cell_item (GtkListItem *item)
{
  return MP_TRANSFER_ITEM (gtk_list_item_get_item (item));
}

static void
set_unknown_name (GtkListItem *item,
                  const char  *text)
{
  /* TRANSLATORS: shown for the sending side of a transfer when it is not known */
  mp_list_cells_set_name (item, text ? text : C_("sender", "—"));
}

static void
set_date (GtkListItem *item,
          const char  *date)
{
  g_autofree char *text = mp_transfer_format_date (date);
  mp_list_cells_set_text (item, text);
}

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MpTransfersPage          *self)
{
  GtkWidget *label = GTK_WIDGET (cell_label (item));
  const char *status = mp_transfer_item_get_status (cell_item (item));
  static const char * const classes[] = { "success", "error", "dim-label", "accent" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (label, classes[i]);
  gtk_widget_add_css_class (label, mp_transfer_status_style_class (status));
  mp_list_cells_set_text (item, mp_transfer_item_get_status_label (cell_item (item)));
}

#define BIND(column, setter, getter) \
  static void \
  column##_bind_cb (GtkSignalListItemFactory *factory, \
                    GtkListItem              *item, \
                    MpTransfersPage          *self) \
  { \
    setter (item, getter (cell_item (item))); \
  }

BIND (code, mp_list_cells_set_text, mp_transfer_item_get_code)
BIND (technique, mp_list_cells_set_name, mp_transfer_item_get_technique)
BIND (sender, set_unknown_name, mp_transfer_item_get_sender)
BIND (receiver, mp_list_cells_set_name, mp_transfer_item_get_receiver)
BIND (kind, mp_list_cells_set_text, mp_transfer_item_get_kind_label)
BIND (start, set_date, mp_transfer_item_get_start)
BIND (end, set_date, mp_transfer_item_get_end)
BIND (staff, mp_list_cells_set_count, mp_transfer_item_get_staff_trained)
BIND (cases, mp_list_cells_set_count, mp_transfer_item_get_cases_done)

/* The status filter's button may shrink, its name cut, so that the page
 * fits a narrow window; the list of statuses shows them whole. */
static void
status_choice_setup_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
status_choice_bind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  ellipsize)
{
  gtk_label_set_text (cell_label (item), gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static GtkListItemFactory *
status_choice_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (status_choice_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (status_choice_bind_cb), GINT_TO_POINTER (ellipsize));
  return factory;
}

/* ---- Loading ---- */

static gboolean
reload (MpTransfersPage *self,
        GError         **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(MpChart) chart = NULL;
  g_autoptr(GError) chart_error = NULL;
  g_autofree char *selected = NULL;

  rows = mp_store_list_transfers (self->store, error);
  if (rows == NULL)
    return FALSE;

  /* A failed chart is told in its place, not as a failure of the page. */
  if ((chart = mp_chart_data_network (self->store, rows, &chart_error)) != NULL)
    mp_chart_view_set_chart (self->chart_view, chart);
  else
    mp_chart_view_set_error (self->chart_view, chart_error->message);

  if (selected_item (self) != NULL)
    selected = g_strdup (mp_transfer_item_get_code (selected_item (self)));
  items = mp_transfer_item_list_from_rows (rows);
  self->n_total = rows->len;
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (items));
  gtk_single_selection_set_selected (self->selection,
                                     position_of (G_LIST_MODEL (self->filter_model), selected));
  update_state (self);
  update_actions (self);
  return TRUE;
}

static void
store_changed_cb (MpStore         *store,
                  const char      *table,
                  const char      *code,
                  const char      *action,
                  MpTransfersPage *self)
{
  g_autoptr(GError) error = NULL;

  if (table != NULL && g_strcmp0 (table, "transfer") != 0 && g_strcmp0 (table, "facility") != 0 &&
      g_strcmp0 (table, "unit") != 0)
    return;
  if (!reload (self, &error))
    report_error (self, error->message);
}

static void
set_store (MpTransfersPage *self,
           MpStore         *store)
{
  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
}

gboolean
mp_transfers_page_load (MpTransfersPage  *self,
                        MpStore          *store,
                        GError          **error)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), FALSE);
  g_return_val_if_fail (MP_IS_STORE (store), FALSE);

  /* A dialog open on another database has nothing to save to. */
  if (self->store != store && self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  set_store (self, store);
  return reload (self, error);
}

/* ---- The page ---- */

static void
mp_transfers_page_dispose (GObject *object)
{
  MpTransfersPage *self = MP_TRANSFERS_PAGE (object);
  GtkWidget *child;

  set_store (self, NULL);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  if (self->confirmation != NULL)
    gtk_window_destroy (self->confirmation);
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->confirmation);
  if (self->filter_model)
    g_signal_handlers_disconnect_by_func (self->filter_model, filter_items_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_TRANSFERS_PAGE);
  /* The template's outer box has no id, so dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filter);
  g_clear_object (&self->status_menu);

  G_OBJECT_CLASS (mp_transfers_page_parent_class)->dispose (object);
}

static void
mp_transfers_page_finalize (GObject *object)
{
  MpTransfersPage *self = MP_TRANSFERS_PAGE (object);

  g_free (self->query);
  g_free (self->confirm_code);
  g_free (self->last_error);

  G_OBJECT_CLASS (mp_transfers_page_parent_class)->finalize (object);
}

static void
mp_transfers_page_class_init (MpTransfersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_transfers_page_dispose;
  object_class->finalize = mp_transfers_page_finalize;

  g_type_ensure (MP_TYPE_TRANSFER_ITEM);
  g_type_ensure (MP_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-transfers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, status_button);
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, selection);
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, MpTransfersPage, filter_model);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "text_setup_cb", G_CALLBACK (mp_list_cells_text_setup_cb));
  gtk_widget_class_bind_template_callback (widget_class, name_setup_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "number_setup_cb", G_CALLBACK (mp_list_cells_number_setup_cb));
  gtk_widget_class_bind_template_callback (widget_class, code_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, technique_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, sender_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, receiver_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, staff_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, cases_bind_cb);

  gtk_widget_class_install_action (widget_class, "transfers.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "transfers.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "transfers.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "transfers.set-status", "s", set_status_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  /* The Delete key deletes the selected transfer (after confirmation);
   * the search entry keeps it for its text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "transfers.delete", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mp_transfers_page_init (MpTransfersPage *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) chosen = status_choice_factory (TRUE);
  g_autoptr(GtkListItemFactory) listed = status_choice_factory (FALSE);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  /* Clicking a header sorts by that column's sorter. */
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (filter_items_changed_cb), self);

  gtk_string_list_append (choices, _("All statuses"));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_string_list_append (choices, mp_transfer_status_label (statuses[i]));
  gtk_drop_down_set_factory (self->status_dropdown, chosen);
  gtk_drop_down_set_list_factory (self->status_dropdown, listed);
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->status_dropdown, 0);

  self->status_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->status_button, G_MENU_MODEL (self->status_menu));
  update_state (self);
  update_actions (self);
}

MpChartView *
mp_transfers_page_get_chart_view (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return self->chart_view;
}

GtkEditable *
mp_transfers_page_get_search (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

GtkDropDown *
mp_transfers_page_get_status_dropdown (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return self->status_dropdown;
}

GtkColumnView *
mp_transfers_page_get_column_view (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return self->column_view;
}

GListModel *
mp_transfers_page_get_model (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

GMenuModel *
mp_transfers_page_get_status_menu (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return selected_item (self) ? G_MENU_MODEL (self->status_menu) : NULL;
}

const char *
mp_transfers_page_get_selected_code (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return selected_item (self) ? mp_transfer_item_get_code (selected_item (self)) : NULL;
}

const char *
mp_transfers_page_get_state (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  if (self->n_total == 0)
    return "empty";
  return gtk_stack_get_visible_child_name (self->list_stack);
}

GtkWindow *
mp_transfers_page_get_dialog (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return self->dialog;
}

GtkWindow *
mp_transfers_page_get_confirmation (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return self->confirmation;
}

const char *
mp_transfers_page_get_last_error (MpTransfersPage *self)
{
  g_return_val_if_fail (MP_IS_TRANSFERS_PAGE (self), NULL);
  return self->last_error;
}
