/* mp-training-page.c — the Training page. The table is a GtkColumnView
 * over GtkFilterListModel (GtkSortListModel (GListStore of MpTrainingItem)),
 * as on the Facilities page: the filter sits above the sort, and sorting is
 * the column view's own sorter (one per column, declared in the template).
 * Editing goes through MpTrainingDialog and mp-edit.h; the page reloads
 * itself from MpStore::changed and keeps the search, status, sorting and
 * selected row. */
#include "mp-training-page.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-edit.h"
#include "mp-facility-item.h"
#include "mp-list-cells.h"
#include "mp-target-row.h"
#include "mp-training-item.h"

struct _MpTrainingPage
{
  GtkWidget           parent_instance;

  /* Template widgets and objects */
  GtkSearchEntry     *search_entry;
  GtkSearchEntry     *narrow_search_entry;  /* the same search, narrow toolbar */
  GtkDropDown        *status_dropdown;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
  GtkFilterListModel *filter_model;

  GtkCustomFilter    *filter;
  char               *folded_search;   /* NULL or "" shows all */
  const char         *status;          /* NULL shows all */
  guint               n_total;

  MpStore            *store;
  gulong              changed_id;
  MpTrainingDialog   *dialog;          /* while open (cleared on destroy) */
  AdwMessageDialog   *confirmation;    /* while shown (cleared on destroy) */
  char               *delete_code;
};

G_DEFINE_FINAL_TYPE (MpTrainingPage, mp_training_page, GTK_TYPE_WIDGET)

static const char * const statuses[] = { "planned", "running", "completed", "cancelled" };

static void
update_state (MpTrainingPage *self)
{
  const char *state = "list";
  gboolean selected;

  if (self->n_total == 0)
    state = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    state = "no-match";
  gtk_stack_set_visible_child_name (self->stack, state);

  selected = gtk_single_selection_get_selected_item (self->selection) != NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.new", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.delete", selected);
}

static void
filter_items_changed_cb (GListModel     *model,
                         guint           position,
                         guint           removed,
                         guint           added,
                         MpTrainingPage *self)
{
  update_state (self);
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      MpTrainingPage     *self)
{
  update_state (self);
}

static gboolean
filter_func (gpointer item,
             gpointer data)
{
  MpTrainingPage *self = data;
  MpTrainingItem *training = item;

  if (self->status && g_strcmp0 (self->status, mp_training_item_get_status (training)) != 0)
    return FALSE;
  if (self->folded_search && *self->folded_search &&
      strstr (mp_training_item_get_search_key (training), self->folded_search) == NULL)
    return FALSE;
  return TRUE;
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   MpTrainingPage *self)
{
  g_autofree char *folded = mp_facility_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (self->folded_search && strstr (folded, self->folded_search) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->folded_search && strstr (self->folded_search, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->folded_search);
  self->folded_search = g_steal_pointer (&folded);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
stop_search_cb (GtkSearchEntry *entry,
                MpTrainingPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
status_changed_cb (GtkDropDown    *dropdown,
                   GParamSpec     *pspec,
                   MpTrainingPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  self->status = (selected >= 1 && selected <= G_N_ELEMENTS (statuses)) ? statuses[selected - 1] : NULL;
  if (self->filter)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* ---- Cells ---- */

static MpTrainingItem *
item_of (GtkListItem *item)
{
  return MP_TRAINING_ITEM (gtk_list_item_get_item (item));
}

/* Names are long: they keep room for about 20 characters, and show in
 * full as a tooltip when cut. */
static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MpTrainingPage *self)
{
  mp_list_cells_setup_name (item, 20);
}

static void
set_date (GtkListItem *item,
          const char  *date)
{
  g_autofree char *text = mp_training_format_date (date);
  mp_list_cells_set_text (item, text);
}

static const char *
status_class (const char *status)
{
  if (g_strcmp0 (status, "completed") == 0)
    return "success";
  if (g_strcmp0 (status, "cancelled") == 0 || g_strcmp0 (status, "planned") == 0)
    return "dim-label";
  return "accent";
}

static void
status_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 MpTrainingPage           *self)
{
  mp_list_cells_text_setup_cb (factory, item, self);
}

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MpTrainingPage           *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *status = mp_training_item_get_status (item_of (item));

  mp_list_cells_set_text (item, mp_training_item_get_status_label (item_of (item)));
  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "dim-label");
  gtk_widget_remove_css_class (label, "accent");
  gtk_widget_add_css_class (label, status_class (status));
}

/* Progress: a bar of completed / planned seats with "12/30" on it. */
static void
progress_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   MpTrainingPage           *self)
{
  GtkWidget *bar = gtk_progress_bar_new ();

  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_list_item_set_child (item, bar);
}

static void
progress_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  MpTrainingPage           *self)
{
  MpTrainingItem *training = item_of (item);
  GtkWidget *bar = gtk_list_item_get_child (item);
  double progress = mp_training_item_get_progress (training);
  gint64 completed = mp_training_item_get_seats_completed (training);
  gint64 planned = mp_training_item_get_seats_planned (training);
  g_autofree char *c = completed >= 0 ? mp_format_value ((double) completed, 0) : g_strdup ("?");
  g_autofree char *p = planned >= 0 ? mp_format_value ((double) planned, 0) : g_strdup ("?");
  g_autofree char *text = NULL;

  if (completed < 0 && planned < 0)
    text = g_strdup (C_("unknown", "—"));
  else
    /* TRANSLATORS: seats completed / seats planned, e.g. "12/30" */
    text = g_strdup_printf (C_("seats", "%s/%s"), c, p);

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), progress >= 0 ? MIN (progress, 1.0) : 0);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (bar), text);
}

/* The judgement of the target served, coloured as on the Overview. */
static void
target_status_bind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       MpTrainingPage           *self)
{
  MpTrainingItem *training = item_of (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  char **classes = gtk_widget_get_css_classes (label);
  MpStatus status;

  for (char **c = classes; c && *c; c++)
    if (g_str_has_prefix (*c, "status-"))
      gtk_widget_remove_css_class (label, *c);
  g_strfreev (classes);
  if (mp_training_item_get_target_status (training, &status))
    {
      g_autofree char *css_class = mp_status_css_class (status);

      mp_list_cells_set_text (item, mp_status_label (status));
      gtk_widget_set_tooltip_text (label, mp_training_item_get_target_label (training));
      gtk_widget_add_css_class (label, "status");
      gtk_widget_add_css_class (label, css_class);
    }
  else
    {
      mp_list_cells_set_text (item, "");
      gtk_widget_set_tooltip_text (label, NULL);
      gtk_widget_remove_css_class (label, "status");
    }
}

#define BIND(column, setter, getter) \
  static void \
  column##_bind_cb (GtkSignalListItemFactory *factory, \
                    GtkListItem              *item, \
                    MpTrainingPage           *self) \
  { \
    setter (item, getter (item_of (item))); \
  }

BIND (code, mp_list_cells_set_text, mp_training_item_get_code)
BIND (title, mp_list_cells_set_name, mp_training_item_get_title)
BIND (kind, mp_list_cells_set_text, mp_training_item_get_kind_label)
BIND (institution, mp_list_cells_set_name, mp_training_item_get_institution)
BIND (start, set_date, mp_training_item_get_start)
BIND (end, set_date, mp_training_item_get_end)
BIND (planned, mp_list_cells_set_count, mp_training_item_get_seats_planned)
BIND (enrolled, mp_list_cells_set_count, mp_training_item_get_seats_enrolled)
BIND (completed, mp_list_cells_set_count, mp_training_item_get_seats_completed)
BIND (budget, mp_list_cells_set_count, mp_training_item_get_budget)
BIND (target, mp_list_cells_set_name, mp_training_item_get_target_label)

/* ---- Loading ---- */

static gboolean reload (MpTrainingPage *self, const char *select_code, GError **error);

static void
store_changed_cb (MpStore        *store,
                  const char     *table,
                  const char     *code,
                  const char     *action,
                  MpTrainingPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *select = NULL;

  /* The titles of institutions and the judgement of targets show here too. */
  if (table != NULL && !g_str_equal (table, "training") && !g_str_equal (table, "facility") &&
      !g_str_equal (table, "observation") && !g_str_equal (table, "target"))
    return;
  if (g_strcmp0 (table, "training") == 0 && g_strcmp0 (action, "delete") != 0)
    select = code;
  if (!reload (self, select, &error))
    g_warning ("Cannot reload the training plans: %s", error->message);
}

static gboolean
reload (MpTrainingPage  *self,
        const char      *select_code,
        GError         **error)
{
  g_autoptr(GListStore) items = mp_training_item_load (self->store, error);
  g_autofree char *selected = g_strdup (mp_training_page_get_selected (self));

  if (items == NULL)
    return FALSE;
  self->n_total = g_list_model_get_n_items (G_LIST_MODEL (items));
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (items));
  if (!mp_training_page_select (self, select_code ? select_code : selected))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  update_state (self);
  return TRUE;
}

gboolean
mp_training_page_load (MpTrainingPage  *self,
                       MpStore         *store,
                       GError         **error)
{
  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), FALSE);
  g_return_val_if_fail (MP_IS_STORE (store), FALSE);

  if (self->store != store)
    {
      if (self->store)
        g_clear_signal_handler (&self->changed_id, self->store);
      g_set_object (&self->store, store);
      self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
    }
  return reload (self, NULL, error);
}

/* ---- Actions ---- */

/* A destroyed window may live on a while; the page forgets it at once. */
static void
window_destroyed_cb (GtkWidget      *window,
                     MpTrainingPage *self)
{
  if ((gpointer) window == (gpointer) self->dialog)
    self->dialog = NULL;
  if ((gpointer) window == (gpointer) self->confirmation)
    self->confirmation = NULL;
}

static void
open_dialog (MpTrainingPage *self,
             const char     *code)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  MpTrainingDialog *dialog;

  if (self->store == NULL)
    return;
  if (self->dialog)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  dialog = mp_training_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   self->store, code, &error);
  if (dialog == NULL)
    {
      GtkWidget *message = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                   _("Cannot Open the Training Plan"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  self->dialog = dialog;
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (window_destroyed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (MP_TRAINING_PAGE (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MpTrainingPage *self = MP_TRAINING_PAGE (widget);
  const char *code = mp_training_page_get_selected (self);

  if (code)
    open_dialog (self, code);
}

static void
row_activated_cb (GtkColumnView  *view,
                  guint           position,
                  MpTrainingPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  open_dialog (self, mp_training_page_get_selected (self));
}

static void
confirmation_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          MpTrainingPage   *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = g_steal_pointer (&self->delete_code);

  if (g_strcmp0 (response, "delete") != 0 || code == NULL || self->store == NULL)
    return;
  if (!mp_store_delete_training (self->store, code, &error))
    {
      GtkWidget *message = adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                                   _("Cannot Delete the Training Plan"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpTrainingPage *self = MP_TRAINING_PAGE (widget);
  MpTrainingItem *item = gtk_single_selection_get_selected_item (self->selection);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (item == NULL)
    return;
  g_free (self->delete_code);
  self->delete_code = g_strdup (mp_training_item_get_code (item));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Delete Training Plan?"), NULL);
  /* TRANSLATORS: %s is the title of a training programme */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” will be deleted. You can undo this."),
                                  mp_training_item_get_title (item));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirmation_response_cb), self);
  self->confirmation = ADW_MESSAGE_DIALOG (dialog);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (window_destroyed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpTrainingPage *self = MP_TRAINING_PAGE (widget);

  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), TRUE);
  /* The toolbar shows one of the two (bound) search entries. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->narrow_search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->narrow_search_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---- The page ---- */

static void
mp_training_page_dispose (GObject *object)
{
  MpTrainingPage *self = MP_TRAINING_PAGE (object);
  GtkWidget *child;

  if (self->store)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  if (self->dialog)
    {
      MpTrainingDialog *dialog = g_steal_pointer (&self->dialog);
      g_signal_handlers_disconnect_by_data (dialog, self);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  if (self->confirmation)
    {
      AdwMessageDialog *confirmation = g_steal_pointer (&self->confirmation);
      g_signal_handlers_disconnect_by_data (confirmation, self);
      gtk_window_destroy (GTK_WINDOW (confirmation));
    }
  if (self->filter_model)
    g_signal_handlers_disconnect_by_func (self->filter_model, filter_items_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_TRAINING_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->filter)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (mp_training_page_parent_class)->dispose (object);
}

static void
mp_training_page_finalize (GObject *object)
{
  MpTrainingPage *self = MP_TRAINING_PAGE (object);

  g_free (self->folded_search);
  g_free (self->delete_code);

  G_OBJECT_CLASS (mp_training_page_parent_class)->finalize (object);
}

static void
mp_training_page_class_init (MpTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_training_page_dispose;
  object_class->finalize = mp_training_page_finalize;

  g_type_ensure (MP_TYPE_TRAINING_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-training-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MpTrainingPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MpTrainingPage, narrow_search_entry);
  gtk_widget_class_bind_template_child (widget_class, MpTrainingPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpTrainingPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MpTrainingPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MpTrainingPage, selection);
  gtk_widget_class_bind_template_child (widget_class, MpTrainingPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, MpTrainingPage, filter_model);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "text_setup_cb", G_CALLBACK (mp_list_cells_text_setup_cb));
  gtk_widget_class_bind_template_callback (widget_class, name_setup_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "number_setup_cb", G_CALLBACK (mp_list_cells_number_setup_cb));
  gtk_widget_class_bind_template_callback (widget_class, status_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, progress_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, code_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, institution_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, planned_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, enrolled_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, completed_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, budget_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, progress_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_status_bind_cb);

  gtk_widget_class_install_action (widget_class, "training.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "training.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "training.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "training.delete", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mp_training_page_init (MpTrainingPage *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (filter_items_changed_cb), self);

  gtk_string_list_append (choices, _("All statuses"));
  for (gsize i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_string_list_append (choices, mp_training_status_label (statuses[i]));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  update_state (self);
}

GtkEditable *
mp_training_page_get_search (MpTrainingPage *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

GtkDropDown *
mp_training_page_get_status_dropdown (MpTrainingPage *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), NULL);
  return self->status_dropdown;
}

GtkColumnView *
mp_training_page_get_column_view (MpTrainingPage *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), NULL);
  return self->column_view;
}

GListModel *
mp_training_page_get_model (MpTrainingPage *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

const char *
mp_training_page_get_state (MpTrainingPage *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
mp_training_page_select (MpTrainingPage *self,
                         const char     *code)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), FALSE);
  if (code == NULL)
    return FALSE;
  model = G_LIST_MODEL (self->filter_model);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpTrainingItem) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (mp_training_item_get_code (item), code) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

const char *
mp_training_page_get_selected (MpTrainingPage *self)
{
  MpTrainingItem *item;

  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), NULL);
  item = gtk_single_selection_get_selected_item (self->selection);
  return item ? mp_training_item_get_code (item) : NULL;
}

MpTrainingDialog *
mp_training_page_get_dialog (MpTrainingPage *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), NULL);
  return self->dialog;
}

AdwMessageDialog *
mp_training_page_get_confirmation (MpTrainingPage *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_PAGE (self), NULL);
  return self->confirmation;
}
