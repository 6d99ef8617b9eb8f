/* mp-observations-view.c — the observations table of the Targets page: a
 * GtkColumnView over a GListStore of MpObservationItem. Activating a row
 * (double click, Enter) edits it through the page's
 * "targets.edit-observation" action; the view emits ::selection-changed so
 * the page can tell which actions apply. */
#include "mp-observations-view.h"

#include <glib/gi18n.h>

#include "mp-list-cells.h"

struct _MpObservationsView
{
  GtkWidget           parent_instance;

  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;

  GListStore         *items;
};

G_DEFINE_FINAL_TYPE (MpObservationsView, mp_observations_view, GTK_TYPE_WIDGET)

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
selected_changed_cb (MpObservationsView *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
activate_cb (MpObservationsView *self,
             guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "targets.edit-observation", NULL);
}

static void
set_text (GtkListItem *item,
          const char  *text,
          gboolean     tooltip)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  if (tooltip)
    gtk_widget_set_tooltip_text (label, text && *text ? text : NULL);
}

#define BIND(column, getter, tooltip) \
  static void \
  column##_bind_cb (GtkSignalListItemFactory *factory, \
                    GtkListItem              *item, \
                    MpObservationsView       *self) \
  { \
    set_text (item, getter (MP_OBSERVATION_ITEM (gtk_list_item_get_item (item))), tooltip); \
  }

BIND (period, mp_observation_item_get_period, FALSE)
BIND (value, mp_observation_item_get_value_text, FALSE)
BIND (source, mp_observation_item_get_source_text, FALSE)
BIND (formula, mp_observation_item_get_formula_text, TRUE)
BIND (comment, mp_observation_item_get_comment, TRUE)

static void
mp_observations_view_dispose (GObject *object)
{
  MpObservationsView *self = MP_OBSERVATIONS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_OBSERVATIONS_VIEW);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (mp_observations_view_parent_class)->dispose (object);
}

static void
mp_observations_view_class_init (MpObservationsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_observations_view_dispose;

  /**
   * MpObservationsView::selection-changed:
   *
   * Another row, or none, is selected.
   */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-observations-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MpObservationsView, stack);
  gtk_widget_class_bind_template_child (widget_class, MpObservationsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, MpObservationsView, selection);
  gtk_widget_class_bind_template_callback (widget_class, selected_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "text_setup_cb", G_CALLBACK (mp_list_cells_text_setup_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "number_setup_cb", G_CALLBACK (mp_list_cells_number_setup_cb));
  gtk_widget_class_bind_template_callback (widget_class, period_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, source_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, formula_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, comment_bind_cb);
}

static void
mp_observations_view_init (MpObservationsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = g_list_store_new (MP_TYPE_OBSERVATION_ITEM);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->items));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
mp_observations_view_set_series (MpObservationsView *self,
                                 GArray             *series,
                                 int                 decimals,
                                 const char         *measure)
{
  MpObservationItem *selected;
  g_autofree char *period = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (MP_IS_OBSERVATIONS_VIEW (self));

  selected = mp_observations_view_get_selected (self);
  period = selected ? g_strdup (mp_observation_item_get_period (selected)) : NULL;
  for (guint i = 0; series != NULL && i < series->len; i++)
    g_ptr_array_add (items, mp_observation_item_new (&g_array_index (series, MpSeriesPoint, i),
                                                     decimals, measure,
                                                     g_array_index (series, MpSeriesPoint, i).comment));
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  gtk_stack_set_visible_child_name (self->stack, items->len > 0 ? "table" : "empty");
  if (!mp_observations_view_select_period (self, period))
    selected_changed_cb (self);
}

GListModel *
mp_observations_view_get_model (MpObservationsView *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATIONS_VIEW (self), NULL);
  return G_LIST_MODEL (self->items);
}

MpObservationItem *
mp_observations_view_get_selected (MpObservationsView *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATIONS_VIEW (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
mp_observations_view_select_period (MpObservationsView *self,
                                    const char         *period)
{
  guint n;

  g_return_val_if_fail (MP_IS_OBSERVATIONS_VIEW (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; period != NULL && i < n; i++)
    {
      g_autoptr(MpObservationItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (g_str_equal (mp_observation_item_get_period (item), period))
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  return FALSE;
}

GtkColumnView *
mp_observations_view_get_column_view (MpObservationsView *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATIONS_VIEW (self), NULL);
  return self->column_view;
}
