/* mp-targets-page.c — the Targets page. Left, the indicators that have
 * targets for the unit shown (worst status first, as the core orders the
 * targets); right, the selected indicator: its trend and the comparison
 * across units (MpChartView), its milestones (one target per year) and the
 * observations table, whose typed values can be added, edited and deleted.
 * An AdwLeaflet shows the two side by side, or one at a time when narrow.
 *
 * The page reloads itself on MpStore::changed, keeping the unit, the
 * indicator, the selected target and observation; a chart is made again
 * only when what it shows has changed (its fingerprint), so it is drawn
 * again only then. */
#include "mp-targets-page.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mp-chart-data.h"
#include "mp-chart-view.h"
#include "mp-milestones-rows.h"
#include "mp-error.h"
#include "mp-facility-item.h"
#include "mp-observation-edit.h"
#include "mp-target-row.h"

struct _MpTargetsPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  AdwLeaflet         *leaflet;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkListBox         *list_box;
  GtkButton          *back_button;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkStack           *detail_stack;
  MpChartView        *chart_view;
  MpChartView        *compare_view;
  GtkListBox         *milestones_list;
  GtkButton          *edit_button;
  GtkButton          *delete_button;
  MpObservationsView *observations_view;

  MpStore            *store;
  GHashTable         *unit_names;  /* unit code → name */
  GPtrArray          *targets;     /* every unit's MpTargetStatus*, worst first */
  char               *unit;
  char               *indicator;   /* the selected indicator, or NULL */
  gint64              target_id;   /* its selected target, or 0 */
  char               *query;       /* the search, folded */
  char               *chart_key;   /* what the trend shows */
  char               *compare_key; /* what the comparison shows */
  gboolean            updating;    /* selecting rows from code */
};

G_DEFINE_FINAL_TYPE (MpTargetsPage, mp_targets_page, GTK_TYPE_WIDGET)

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

/* The worst target of `indicator` for the unit shown. */
static const MpTargetStatus *
first_target_of (MpTargetsPage *self,
                 const char    *indicator)
{
  for (guint i = 0; indicator != NULL && self->targets != NULL && i < self->targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (self->targets, i);
      if (g_str_equal (ts->indicator, indicator) && g_strcmp0 (ts->unit, self->unit) == 0)
        return ts;
    }
  return NULL;
}

/* The selected target, when it is one of the selected indicator and unit. */
static const MpTargetStatus *
selected_target (MpTargetsPage *self)
{
  const MpTargetStatus *ts = find_target (self, self->target_id);

  if (ts == NULL || g_strcmp0 (ts->indicator, self->indicator) != 0 ||
      g_strcmp0 (ts->unit, self->unit) != 0)
    return NULL;
  return ts;
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  MpTargetsPage *self = user_data;
  const char *key = g_object_get_data (G_OBJECT (row), "search-key");

  return self->query == NULL || *self->query == '\0' || (key && strstr (key, self->query));
}

static GtkListBoxRow *
row_of_indicator (MpTargetsPage *self,
                  const char    *indicator)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       indicator != NULL && child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) &&
        g_strcmp0 (g_object_get_data (G_OBJECT (child), "indicator"), indicator) == 0)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

/* One row per indicator with a target for the unit, in the order of its
 * worst target; the selected one stays selected. */
static void
fill_list (MpTargetsPage *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *child;

  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; self->targets != NULL && i < self->targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (self->targets, i);

      if (g_strcmp0 (ts->unit, self->unit) == 0 && g_hash_table_add (seen, ts->indicator))
        gtk_list_box_append (self->list_box, mp_milestones_indicator_row_new (ts));
    }
  gtk_list_box_select_row (self->list_box, row_of_indicator (self, self->indicator));
  self->updating = FALSE;
}

/* ---- The detail ---- */

/* The targets of the selected indicator and unit, by year. */
static void
fill_milestones (MpTargetsPage *self)
{
  self->updating = TRUE;
  mp_milestones_fill (self->milestones_list, self->targets, self->indicator, self->unit,
                      self->target_id);
  self->updating = FALSE;
}

/* What a chart of `indicator` is made of: every target of it with its
 * judgement (any unit: the comparison shows them all), and `series`. */
static void
append_fingerprint (GString    *key,
                    GPtrArray  *targets,
                    const char *indicator,
                    GArray     *series)
{
  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);

      if (g_str_equal (ts->indicator, indicator))
        g_string_append_printf (key, "|%" G_GINT64_FORMAT " %s %d %d %.17g %.17g %s %.17g %.17g %.17g",
                                ts->target_id, ts->unit, ts->year, ts->status, ts->value,
                                ts->value_high, ts->latest_period ? ts->latest_period : "-",
                                ts->latest_value, ts->projected, ts->baseline_value);
    }
  for (guint i = 0; series != NULL && i < series->len; i++)
    {
      const MpSeriesPoint *p = &g_array_index (series, MpSeriesPoint, i);
      g_string_append_printf (key, "|%s=%.17g/%d", p->period, p->value, p->source);
    }
}

static void
show_charts (MpTargetsPage        *self,
             const MpTargetStatus *ts,
             GArray               *series)
{
  g_autoptr(GString) trend_key = g_string_new (NULL);
  g_autoptr(GString) compare_key = g_string_new (NULL);
  g_autoptr(MpChart) chart = NULL;
  g_autoptr(MpChart) bars = NULL;
  g_autoptr(GError) error = NULL;

  if (ts != NULL)
    {
      g_string_printf (trend_key, "%s %s", ts->indicator, ts->unit);
      append_fingerprint (trend_key, self->targets, ts->indicator, series);
      g_string_printf (compare_key, "%s %s %d", ts->indicator, ts->unit, ts->year);
      append_fingerprint (compare_key, self->targets, ts->indicator, NULL);
    }

  if (g_strcmp0 (trend_key->str, self->chart_key) != 0)
    {
      g_free (self->chart_key);
      self->chart_key = g_strdup (trend_key->str);
      if (ts == NULL)
        mp_chart_view_set_chart (self->chart_view, NULL);
      else if ((chart = mp_chart_data_trend (self->store, self->targets, ts->indicator, ts->unit, &error)) != NULL)
        mp_chart_view_set_chart (self->chart_view, chart);
      else
        mp_chart_view_set_error (self->chart_view, error->message);
      g_clear_error (&error);
    }
  if (g_strcmp0 (compare_key->str, self->compare_key) != 0)
    {
      g_free (self->compare_key);
      self->compare_key = g_strdup (compare_key->str);
      if (ts == NULL)
        mp_chart_view_set_chart (self->compare_view, NULL);
      else if ((bars = mp_chart_data_compare (self->store, self->targets, ts->indicator, ts->year, ts->unit, &error)) != NULL)
        mp_chart_view_set_chart (self->compare_view, bars);
      else
        mp_chart_view_set_error (self->compare_view, error->message);
    }
}

static void
update_actions (MpTargetsPage *self)
{
  MpObservationItem *item = mp_observations_view_get_selected (self->observations_view);
  gboolean typed = item != NULL && mp_observation_item_is_typed (item);
  gboolean computed = item != NULL && !typed;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "targets.add-observation",
                                 self->store != NULL && selected_target (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "targets.edit-observation", typed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "targets.delete-observation", typed);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->edit_button), computed
                               ? _("A computed value is made from staffing and population and cannot be edited. Add a value for its period to override it.")
                               : _("Edit the selected value"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->delete_button), computed
                               ? _("A computed value is made from staffing and population and cannot be deleted.")
                               : _("Delete the selected value"));
}

/* Shows the selected indicator and target, or that none is. */
static void
show_detail (MpTargetsPage *self)
{
  const MpTargetStatus *ts = selected_target (self);
  g_autoptr(GArray) series = NULL;
  g_autoptr(GError) error = NULL;

  gtk_stack_set_visible_child_name (self->detail_stack, ts ? "detail" : "none");
  fill_milestones (self);
  if (ts != NULL)
    {
      const char *unit_name = g_hash_table_lookup (self->unit_names, ts->unit);

      gtk_label_set_text (self->title_label, ts->indicator_name);
      gtk_label_set_text (self->subtitle_label, unit_name ? unit_name : ts->unit);
      series = mp_store_get_series (self->store, ts->indicator, ts->unit, &error);
      if (series == NULL)
        g_warning ("Cannot read the values of %s for %s: %s", ts->indicator, ts->unit, error->message);
      mp_observations_view_set_series (self->observations_view, series, ts->decimals, ts->measure);
    }
  else
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->subtitle_label, "");
      mp_observations_view_set_series (self->observations_view, NULL, 0, NULL);
    }
  show_charts (self, ts, series);
  update_actions (self);
}

/* ---- Signals ---- */

static void
row_selected_cb (MpTargetsPage *self,
                 GtkListBoxRow *row)
{
  const char *indicator;
  const MpTargetStatus *ts;

  /* Rows are unselected as the list goes away with the page, too. */
  if (self->updating || row == NULL || self->chart_view == NULL)
    return;
  indicator = g_object_get_data (G_OBJECT (row), "indicator");
  if (g_strcmp0 (indicator, self->indicator) == 0 && selected_target (self) != NULL)
    return;
  ts = first_target_of (self, indicator);
  g_free (self->indicator);
  self->indicator = g_strdup (indicator);
  self->target_id = ts ? ts->target_id : 0;
  show_detail (self);
}

static void
row_activated_cb (MpTargetsPage *self,
                  GtkListBoxRow *row)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
milestone_selected_cb (MpTargetsPage *self,
                       GtkListBoxRow *row)
{
  gint64 id;

  if (self->updating || row == NULL || self->chart_view == NULL)
    return;
  id = mp_milestones_row_get_target_id (row);
  if (id == 0 || id == self->target_id)
    return;
  self->target_id = id;
  show_charts (self, selected_target (self), NULL);
}

static void
observation_selected_cb (MpTargetsPage *self)
{
  update_actions (self);
}

static void
back_clicked_cb (MpTargetsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
folded_cb (MpTargetsPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), adw_leaflet_get_folded (self->leaflet));
}

static void
search_changed_cb (MpTargetsPage  *self,
                   GtkSearchEntry *entry)
{
  g_free (self->query);
  self->query = mp_facility_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_list_box_invalidate_filter (self->list_box);
}

static void
stop_search_cb (MpTargetsPage  *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static gboolean reload (MpTargetsPage *self, GError **error);

/* Values change with observations and targets, and computed ones with
 * facilities, staffing and population; training and transfers change none. */
static void
store_changed_cb (MpStore       *store,
                  const char    *table,
                  const char    *code,
                  const char    *action,
                  MpTargetsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (table, "training") == 0 || g_strcmp0 (table, "transfer") == 0)
    return;
  if (!reload (self, &error))
    g_warning ("Cannot reload the targets: %s", error->message);
}

/* ---- Actions ---- */

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpTargetsPage *self = MP_TARGETS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
add_observation_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  MpTargetsPage *self = MP_TARGETS_PAGE (widget);
  const MpTargetStatus *ts = selected_target (self);

  if (ts != NULL && self->store != NULL)
    mp_observation_edit_open (widget, self->store, ts, NULL, self->observations_view);
}

static void
edit_observation_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MpTargetsPage *self = MP_TARGETS_PAGE (widget);
  MpObservationItem *item = mp_observations_view_get_selected (self->observations_view);
  const MpTargetStatus *ts = selected_target (self);

  if (item != NULL && mp_observation_item_is_typed (item) && ts != NULL && self->store != NULL)
    mp_observation_edit_open (widget, self->store, ts, item, self->observations_view);
}

static void
delete_observation_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  MpTargetsPage *self = MP_TARGETS_PAGE (widget);
  MpObservationItem *item = mp_observations_view_get_selected (self->observations_view);
  const MpTargetStatus *ts = selected_target (self);

  if (item != NULL && mp_observation_item_is_typed (item) && ts != NULL && self->store != NULL)
    mp_observation_edit_delete (widget, self->store, ts, g_hash_table_lookup (self->unit_names, ts->unit), item);
}

/* ---- The page ---- */

static void
disconnect_store (MpTargetsPage *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_object (&self->store);
}

static void
mp_targets_page_dispose (GObject *object)
{
  MpTargetsPage *self = MP_TARGETS_PAGE (object);

  disconnect_store (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_TARGETS_PAGE);

  G_OBJECT_CLASS (mp_targets_page_parent_class)->dispose (object);
}

static void
mp_targets_page_finalize (GObject *object)
{
  MpTargetsPage *self = MP_TARGETS_PAGE (object);

  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_free (self->unit);
  g_free (self->indicator);
  g_free (self->query);
  g_free (self->chart_key);
  g_free (self->compare_key);

  G_OBJECT_CLASS (mp_targets_page_parent_class)->finalize (object);
}

static void
mp_targets_page_class_init (MpTargetsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_targets_page_dispose;
  object_class->finalize = mp_targets_page_finalize;

  g_type_ensure (MP_TYPE_CHART_VIEW);
  g_type_ensure (MP_TYPE_OBSERVATIONS_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-targets-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, compare_view);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, milestones_list);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, MpTargetsPage, observations_view);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, milestone_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, observation_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "targets.add-observation", NULL, add_observation_activated);
  gtk_widget_class_install_action (widget_class, "targets.edit-observation", NULL, edit_observation_activated);
  gtk_widget_class_install_action (widget_class, "targets.delete-observation", NULL, delete_observation_activated);
}

static void
mp_targets_page_init (MpTargetsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->unit_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_list_box_set_filter_func (self->list_box, filter_row, self, NULL);
  gtk_list_box_set_placeholder (self->list_box,
                                g_object_new (GTK_TYPE_LABEL,
                                              "label", _("No targets for this unit."),
                                              "wrap", TRUE, "margin-top", 24,
                                              "margin-bottom", 24, "margin-start", 12,
                                              "margin-end", 12, "css-classes",
                                              (const char * const[]) { "dim-label", NULL },
                                              NULL));
  update_actions (self);
}

static void
set_unit_names (MpTargetsPage *self,
                GPtrArray     *units)
{
  g_hash_table_remove_all (self->unit_names);
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *u = g_ptr_array_index (units, i);
      g_hash_table_insert (self->unit_names, g_strdup (u->code), g_strdup (u->name ? u->name : u->code));
    }
}

/* Lists the units and targets again and shows them, keeping the unit and
 * the selection where they still exist. */
static gboolean
reload (MpTargetsPage  *self,
        GError        **error)
{
  g_autoptr(GPtrArray) units = mp_store_list_units (self->store, error);
  g_autoptr(GPtrArray) targets = units ? mp_store_list_targets (self->store, NULL, 0, error) : NULL;
  const MpTargetStatus *ts;

  if (targets == NULL)
    return FALSE;
  set_unit_names (self, units);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  self->targets = g_steal_pointer (&targets);
  if (selected_target (self) == NULL)
    {
      ts = first_target_of (self, self->indicator);
      if (ts == NULL)
        g_clear_pointer (&self->indicator, g_free);
      self->target_id = ts ? ts->target_id : 0;
    }
  fill_list (self);
  show_detail (self);
  gtk_stack_set_visible_child_name (self->stack, self->targets->len > 0 ? "list" : "empty");
  return TRUE;
}

gboolean
mp_targets_page_load (MpTargetsPage  *self,
                      MpStore        *store,
                      GError        **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) targets = NULL;

  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), FALSE);
  g_return_val_if_fail (MP_IS_STORE (store), FALSE);

  units = mp_store_list_units (store, error);
  if (units == NULL)
    return FALSE;
  targets = mp_store_list_targets (store, NULL, 0, error);
  if (targets == NULL)
    return FALSE;

  if (store != self->store)
    {
      disconnect_store (self);
      self->store = g_object_ref (store);
      g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
    }
  set_unit_names (self, units);
  g_free (self->unit);
  self->unit = units->len > 0
               ? g_strdup (((MpUnitRow *) g_ptr_array_index (units, mp_pick_default_unit (units, targets)))->code)
               : NULL;
  g_clear_pointer (&self->indicator, g_free);
  self->target_id = 0;
  g_clear_pointer (&self->chart_key, g_free);
  g_clear_pointer (&self->compare_key, g_free);
  mp_chart_view_set_chart (self->chart_view, NULL);
  mp_chart_view_set_chart (self->compare_view, NULL);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  self->targets = g_steal_pointer (&targets);
  fill_list (self);
  show_detail (self);
  gtk_stack_set_visible_child_name (self->stack, self->targets->len > 0 ? "list" : "empty");
  return TRUE;
}

gboolean
mp_targets_page_set_unit (MpTargetsPage  *self,
                          const char     *unit,
                          GError        **error)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), FALSE);
  g_return_val_if_fail (unit != NULL, FALSE);

  if (self->store == NULL || !g_hash_table_contains (self->unit_names, unit))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There is no unit with the code “%s”."), unit);
      return FALSE;
    }
  if (g_strcmp0 (self->unit, unit) == 0)
    return TRUE;
  g_free (self->unit);
  self->unit = g_strdup (unit);
  g_clear_pointer (&self->indicator, g_free);
  self->target_id = 0;
  fill_list (self);
  show_detail (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  return TRUE;
}

const char *
mp_targets_page_get_unit (MpTargetsPage *self)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), NULL);
  return self->unit;
}

gboolean
mp_targets_page_select_target (MpTargetsPage *self,
                               gint64         target_id)
{
  const MpTargetStatus *ts;
  GtkListBoxRow *row;

  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), FALSE);

  ts = find_target (self, target_id);
  if (ts == NULL)
    return FALSE;
  if (g_strcmp0 (ts->unit, self->unit) != 0 && !mp_targets_page_set_unit (self, ts->unit, NULL))
    return FALSE;

  /* The search may hide the row. */
  if (self->query != NULL && *self->query != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_free (self->indicator);
  self->indicator = g_strdup (ts->indicator);
  self->target_id = target_id;
  row = row_of_indicator (self, ts->indicator);
  self->updating = TRUE;
  gtk_list_box_select_row (self->list_box, row);
  self->updating = FALSE;
  show_detail (self);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  else if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

gint64
mp_targets_page_get_selected_target (MpTargetsPage *self)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), 0);
  return selected_target (self) ? self->target_id : 0;
}

const char *
mp_targets_page_get_selected_indicator (MpTargetsPage *self)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), NULL);
  return self->indicator;
}

guint
mp_targets_page_get_row_count (MpTargetsPage *self)
{
  guint n = 0;

  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && filter_row (GTK_LIST_BOX_ROW (child), self))
      n++;
  return n;
}

GtkListBox *
mp_targets_page_get_list_box (MpTargetsPage *self)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), NULL);
  return self->list_box;
}

GtkListBox *
mp_targets_page_get_milestones (MpTargetsPage *self)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), NULL);
  return self->milestones_list;
}

MpObservationsView *
mp_targets_page_get_observations_view (MpTargetsPage *self)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), NULL);
  return self->observations_view;
}

GtkEditable *
mp_targets_page_get_search (MpTargetsPage *self)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

AdwLeaflet *
mp_targets_page_get_leaflet (MpTargetsPage *self)
{
  g_return_val_if_fail (MP_IS_TARGETS_PAGE (self), NULL);
  return self->leaflet;
}
