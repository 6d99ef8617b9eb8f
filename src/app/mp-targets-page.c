/* mp-targets-page.c — the Targets page: every target of every unit, worst
 * first, as the core orders them, and above them the trend chart of the
 * selected one. The Overview opens a target here by its id
 * (win.show-target), which selects its row and scrolls it into view. */
#include "mp-targets-page.h"

#include "mp-chart-data.h"
#include "mp-chart-view.h"
#include "mp-target-row.h"

struct _MpTargetsPage
{
  GtkWidget          parent_instance;

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkListBox        *list_box;
  MpChartView       *chart_view;
  MpChartView       *compare_view;

  MpStore           *store;
  GPtrArray         *targets;    /* MpTargetStatus*, in the order of the rows */
  GHashTable        *rows_by_id; /* gint64* → MpTargetRow*, owned by list_box */
  char              *chart_key;  /* "indicator unit" of the trend shown */
  char              *compare_key; /* "indicator unit year" of the comparison */
  guint              n_rows;
  guint              scroll_tick;
  MpTargetRow       *scroll_row;
};

G_DEFINE_FINAL_TYPE (MpTargetsPage, mp_targets_page, GTK_TYPE_WIDGET)

static void
clear_rows (MpTargetsPage *self)
{
  GtkWidget *child;

  if (self->scroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
      self->scroll_tick = 0;
    }
  self->scroll_row = NULL;
  g_hash_table_remove_all (self->rows_by_id);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  self->n_rows = 0;
}

/* Scrolls the selected row into view once it has been laid out: the page
 * may just have been made visible, and has no allocation until the next
 * frame. */
static gboolean
scroll_to_row_tick_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  MpTargetsPage *self = MP_TARGETS_PAGE (widget);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *row = GTK_WIDGET (self->scroll_row);
  graphene_point_t top;
  double page, height;

  if (row == NULL)
    goto done;
  height = gtk_widget_get_height (row);
  if (height <= 0)
    return G_SOURCE_CONTINUE;
  if (!gtk_widget_compute_point (row, GTK_WIDGET (self->list_box), &GRAPHENE_POINT_INIT (0, 0), &top))
    goto done;

  /* Centre the row when it is not fully visible already. */
  page = gtk_adjustment_get_page_size (adj);
  if (top.y < gtk_adjustment_get_value (adj) ||
      top.y + height > gtk_adjustment_get_value (adj) + page)
    gtk_adjustment_set_value (adj, top.y + height / 2 - page / 2);

done:
  self->scroll_tick = 0;
  self->scroll_row = NULL;
  return G_SOURCE_REMOVE;
}

static const MpTargetStatus *
find_target (MpTargetsPage *self,
             gint64         target_id)
{
  for (guint i = 0; self->targets != NULL && i < self->targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (self->targets, i);
      if (ts->target_id == target_id)
        return ts;
    }
  return NULL;
}

/* The comparison of the selected target's indicator across the units, its
 * unit marked, bars coloured by the status of each unit's target for the
 * same year. */
static void
show_comparison (MpTargetsPage        *self,
                 const MpTargetStatus *ts)
{
  g_autofree char *key = ts ? g_strdup_printf ("%s %s %d", ts->indicator, ts->unit, ts->year) : NULL;
  g_autoptr(MpChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (key, self->compare_key) == 0)
    return;
  g_free (self->compare_key);
  self->compare_key = g_steal_pointer (&key);

  if (ts == NULL || self->store == NULL)
    mp_chart_view_set_chart (self->compare_view, NULL);
  else if ((chart = mp_chart_data_compare (self->store, self->targets, ts->indicator, ts->year, ts->unit, &error)) != NULL)
    mp_chart_view_set_chart (self->compare_view, chart);
  else
    mp_chart_view_set_error (self->compare_view, error->message);
}

/* The charts show the trend of the selected target's indicator and unit,
 * and the indicator across units; another target of the same pair keeps
 * the trend as it is. */
static void
row_selected_cb (MpTargetsPage *self,
                 GtkListBoxRow *row)
{
  const MpTargetStatus *ts = row ? find_target (self, mp_target_row_get_target_id (MP_TARGET_ROW (row))) : NULL;
  g_autofree char *key = ts ? g_strconcat (ts->indicator, " ", ts->unit, NULL) : NULL;
  g_autoptr(MpChart) chart = NULL;
  g_autoptr(GError) error = NULL;

  /* Rows are unselected as the list goes away with the page, too. */
  if (self->chart_view == NULL)
    return;
  show_comparison (self, ts);
  if (g_strcmp0 (key, self->chart_key) == 0)
    return;
  g_free (self->chart_key);
  self->chart_key = g_steal_pointer (&key);

  if (ts == NULL || self->store == NULL)
    mp_chart_view_set_chart (self->chart_view, NULL);
  else if ((chart = mp_chart_data_trend (self->store, self->targets, ts->indicator, ts->unit, &error)) != NULL)
    mp_chart_view_set_chart (self->chart_view, chart);
  else
    mp_chart_view_set_error (self->chart_view, error->message);
}

static void
mp_targets_page_dispose (GObject *object)
{
  MpTargetsPage *self = MP_TARGETS_PAGE (object);

  if (self->scroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
      self->scroll_tick = 0;
    }
  self->scroll_row = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_TARGETS_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mp_targets_page_parent_class)->dispose (object);
}

static void
mp_targets_page_finalize (GObject *object)
{
  MpTargetsPage *self = MP_TARGETS_PAGE (object);

  g_clear_pointer (&self->rows_by_id, g_hash_table_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_clear_pointer (&self->chart_key, g_free);
  g_clear_pointer (&self->compare_key, g_free);

  G_OBJECT_CLASS (mp_targets_page_parent_class)->finalize (object);
}

static void
mp_targets_page_class_init (MpTargetsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_targets_page_dispose;
  object_class->finalize = mp_targets_page_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-targets-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, compare_view);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);

  g_type_ensure (MP_TYPE_CHART_VIEW);
}

static void
mp_targets_page_init (MpTargetsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

gboolean
mp_targets_page_load (MpTargetsPage  *self,
                      MpStore        *store,
                      GError        **error)
{
  g_autoptr(GPtrArray) targets = NULL;

  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), FALSE);
  g_return_val_if_fail (MP_IS_STORE (store), FALSE);

  targets = mp_store_list_targets (store, NULL, 0, error);
  if (targets == NULL)
    return FALSE;

  clear_rows (self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  self->targets = g_ptr_array_ref (targets);
  g_clear_pointer (&self->chart_key, g_free);
  g_clear_pointer (&self->compare_key, g_free);
  mp_chart_view_set_chart (self->chart_view, NULL);
  mp_chart_view_set_chart (self->compare_view, NULL);
  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);
      GtkWidget *row = mp_target_row_new (ts, MP_TARGET_ROW_LIST);

      gtk_list_box_append (self->list_box, row);
      g_hash_table_insert (self->rows_by_id, g_memdup2 (&ts->target_id, sizeof ts->target_id), row);
    }
  self->n_rows = targets->len;
  gtk_stack_set_visible_child_name (self->stack, targets->len > 0 ? "list" : "empty");
  return TRUE;
}

gboolean
mp_targets_page_select_target (MpTargetsPage *self,
                               gint64         target_id)
{
  MpTargetRow *row;

  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), FALSE);

  row = g_hash_table_lookup (self->rows_by_id, &target_id);
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
  gtk_widget_grab_focus (GTK_WIDGET (row));
  self->scroll_row = row;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_row_tick_cb,
                                                      NULL, NULL);
  return TRUE;
}

gint64
mp_targets_page_get_selected_target (MpTargetsPage *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), 0);

  row = gtk_list_box_get_selected_row (self->list_box);
  return row ? mp_target_row_get_target_id (MP_TARGET_ROW (row)) : 0;
}

guint
mp_targets_page_get_row_count (MpTargetsPage *self)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), 0);
  return self->n_rows;
}
