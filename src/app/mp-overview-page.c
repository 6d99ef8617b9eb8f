/* mp-overview-page.c — the Overview (DESIGN §1.1): every target of the
 * selected unit with its traffic-light status, as a donut of the counts and
 * as a list, worst first, grouped by the document that set it. Groups come
 * in the order of their worst target; inside a group the core's worst-first
 * order is kept. Activating a target opens it in the Targets page
 * (win.show-target). The unit is chosen in the header bar (MpUnitSelector),
 * which goes through win.select-unit. The page reloads itself after every
 * change to the store (an edit, undo, redo or import may change any
 * target's value or status). */
#include "mp-overview-page.h"

#include <glib/gi18n.h>

#include "mp-chart-data.h"
#include "mp-chart-view.h"
#include "mp-error.h"

struct _MpOverviewPage
{
  GtkWidget    parent_instance;

  GtkFlowBox  *summary_box;
  MpChartView *chart_view;
  GtkStack    *content_stack;
  AdwStatusPage *empty_page;
  GtkBox      *groups_box;

  MpStore     *store;
  gulong       changed_id;
  GPtrArray   *unit_codes; /* char*, every unit of the store */
  GPtrArray   *rows;       /* MpTargetRow*, not owned: the rows shown */
  char        *unit;
};

G_DEFINE_FINAL_TYPE (MpOverviewPage, mp_overview_page, GTK_TYPE_WIDGET)

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    gtk_widget_unparent (child);
}

/* A count in the summary: text only, never focused. */
static void
add_summary_label (MpOverviewPage *self,
                   GtkWidget      *label)
{
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_flow_box_append (self->summary_box, label);
  gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
}

static void
update_summary (MpOverviewPage *self,
                GPtrArray      *targets)
{
  guint counts[MP_STATUS_ACHIEVED + 1] = { 0 };
  g_autofree char *total = NULL;
  GtkWidget *label;

  while ((label = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box))) != NULL)
    gtk_flow_box_remove (self->summary_box, label);

  for (guint i = 0; i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);
      if (ts->status <= MP_STATUS_ACHIEVED)
        counts[ts->status]++;
    }

  total = g_strdup_printf (ngettext ("%u target", "%u targets", targets->len), targets->len);
  label = gtk_label_new (total);
  gtk_widget_add_css_class (label, "dim-label");
  add_summary_label (self, label);

  /* The statuses from worst to best, as the list below is sorted. */
  for (MpStatus s = MP_STATUS_MISSED; s <= MP_STATUS_ACHIEVED; s++)
    {
      g_autofree char *text = NULL;
      g_autofree char *css_class = NULL;

      if (counts[s] == 0)
        continue;
      /* TRANSLATORS: a count of targets and their status, "2 Achieved" */
      text = g_strdup_printf (C_("status count", "%u %s"), counts[s], mp_status_label (s));
      css_class = mp_status_css_class (s);
      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "status");
      gtk_widget_add_css_class (label, css_class);
      add_summary_label (self, label);
    }
}

/* A document's heading and the boxed list of its targets. */
static GtkListBox *
add_group (MpOverviewPage *self,
           const char     *title)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "target-group-title");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                  -1);

  gtk_box_append (GTK_BOX (group), heading);
  gtk_box_append (GTK_BOX (group), list);
  gtk_box_append (self->groups_box, group);
  return GTK_LIST_BOX (list);
}

static void
show_targets (MpOverviewPage *self,
              GPtrArray      *targets)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  g_ptr_array_set_size (self->rows, 0);
  remove_children (GTK_WIDGET (self->groups_box));
  update_summary (self, targets);

  /* Groups in the order of their first, so worst, target. */
  for (guint i = 0; i < targets->len; i++)
    {
      MpTargetStatus *ts = g_ptr_array_index (targets, i);
      const char *key = ts->document ? ts->document : "";
      GPtrArray *members = g_hash_table_lookup (groups, key);

      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) key, members);
          g_ptr_array_add (order, members);
        }
      g_ptr_array_add (members, ts);
    }

  for (guint g = 0; g < order->len; g++)
    {
      g_autoptr(GPtrArray) members = g_ptr_array_index (order, g);
      const MpTargetStatus *first = g_ptr_array_index (members, 0);
      const char *title = first->document_title && *first->document_title
                          ? first->document_title : _("Targets without a source document");
      GtkListBox *list = add_group (self, title);

      for (guint i = 0; i < members->len; i++)
        {
          GtkWidget *row = mp_target_row_new (g_ptr_array_index (members, i));

          gtk_list_box_append (list, row);
          g_ptr_array_add (self->rows, row);
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->summary_box), targets->len > 0);
  gtk_stack_set_visible_child_name (self->content_stack, targets->len > 0 ? "targets" : "empty");
}

/* The donut of the unit's statuses, counted from the targets the page
 * shows; hidden when it has none. */
static void
show_chart (MpOverviewPage *self,
            GPtrArray      *targets)
{
  g_autoptr(MpChart) chart = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->chart_view), self->unit != NULL && targets->len > 0);
  if (self->unit == NULL || targets->len == 0)
    {
      mp_chart_view_set_chart (self->chart_view, NULL);
      return;
    }
  chart = mp_chart_status_for_targets (targets, ((MpTargetStatus *) g_ptr_array_index (targets, 0))->unit_name);
  mp_chart_view_set_chart (self->chart_view, chart);
}

static void
disconnect_store (MpOverviewPage *self)
{
  if (self->store != NULL && self->changed_id != 0)
    g_signal_handler_disconnect (self->store, self->changed_id);
  self->changed_id = 0;
  g_clear_object (&self->store);
}

static gboolean
reload (MpOverviewPage  *self,
        GError         **error)
{
  g_autoptr(GPtrArray) targets = NULL;

  if (self->unit == NULL)
    return TRUE;
  targets = mp_store_list_targets (self->store, self->unit, 0, error);
  if (targets == NULL)
    return FALSE;
  show_targets (self, targets);
  show_chart (self, targets);
  return TRUE;
}

/* Any change may move a target's value or status; new units come with an
 * import (table NULL). */
static void
store_changed_cb (MpStore        *store,
                  const char     *table,
                  const char     *code,
                  const char     *action,
                  MpOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *unit = g_strdup (self->unit);
  gboolean ok;

  if (table == NULL || g_strcmp0 (table, "unit") == 0)
    {
      g_autoptr(MpStore) same = g_object_ref (store);

      ok = mp_overview_page_load (self, same, &error);
      if (ok && unit != NULL && self->unit_codes != NULL &&
          g_ptr_array_find_with_equal_func (self->unit_codes, unit, g_str_equal, NULL))
        ok = mp_overview_page_set_unit (self, unit, &error);
    }
  else
    ok = reload (self, &error);
  if (!ok)
    g_warning ("Cannot show the targets again: %s", error->message);
}

static void
mp_overview_page_dispose (GObject *object)
{
  MpOverviewPage *self = MP_OVERVIEW_PAGE (object);

  g_ptr_array_set_size (self->rows, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_OVERVIEW_PAGE);
  remove_children (GTK_WIDGET (self)); /* the scrolled window, which has no id */
  disconnect_store (self);

  G_OBJECT_CLASS (mp_overview_page_parent_class)->dispose (object);
}

static void
mp_overview_page_finalize (GObject *object)
{
  MpOverviewPage *self = MP_OVERVIEW_PAGE (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->unit_codes, g_ptr_array_unref);
  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (mp_overview_page_parent_class)->finalize (object);
}

static void
mp_overview_page_class_init (MpOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_overview_page_dispose;
  object_class->finalize = mp_overview_page_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MpOverviewPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, MpOverviewPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, MpOverviewPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, MpOverviewPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MpOverviewPage, groups_box);

  g_type_ensure (MP_TYPE_CHART_VIEW);
}

static void
mp_overview_page_init (MpOverviewPage *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

gboolean
mp_overview_page_load (MpOverviewPage  *self,
                       MpStore         *store,
                       GError         **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  guint selected;

  g_return_val_if_fail (MP_IS_OVERVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (MP_IS_STORE (store), FALSE);

  units = mp_store_list_units (store, error);
  if (units == NULL)
    return FALSE;
  targets = mp_store_list_targets (store, NULL, 0, error);
  if (targets == NULL)
    return FALSE;

  if (self->store != store)
    {
      disconnect_store (self);
      self->store = g_object_ref (store);
      self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
    }
  g_clear_pointer (&self->unit_codes, g_ptr_array_unref);
  self->unit_codes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *u = g_ptr_array_index (units, i);
      g_ptr_array_add (self->unit_codes, g_strdup (u->code));
    }

  g_clear_pointer (&self->unit, g_free);
  if (units->len == 0)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      adw_status_page_set_title (self->empty_page, _("The Database Is Empty"));
      adw_status_page_set_description (self->empty_page,
                                       _("Bring in the source documents, targets and facilities with Import… in the main menu."));
      show_targets (self, none);
      show_chart (self, none);
      return TRUE;
    }
  adw_status_page_set_title (self->empty_page, _("No Targets for This Unit"));
  adw_status_page_set_description (self->empty_page,
                                   _("None of the source documents in the database sets a target for this unit. Choose another unit in the header bar."));
  selected = mp_pick_default_unit (units, targets);
  return mp_overview_page_set_unit (self, g_ptr_array_index (self->unit_codes, selected), error);
}

gboolean
mp_overview_page_set_unit (MpOverviewPage  *self,
                           const char      *unit,
                           GError         **error)
{
  g_autoptr(GPtrArray) targets = NULL;

  g_return_val_if_fail (MP_IS_OVERVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (unit != NULL, FALSE);

  if (self->store == NULL || self->unit_codes == NULL ||
      !g_ptr_array_find_with_equal_func (self->unit_codes, unit, g_str_equal, NULL))
    {
      g_set_error (error, MP_ERROR, MP_ERROR_NOT_FOUND,
                   _("There is no unit with the code “%s”."), unit);
      return FALSE;
    }
  if (g_strcmp0 (self->unit, unit) == 0)
    return TRUE;

  targets = mp_store_list_targets (self->store, unit, 0, error);
  if (targets == NULL)
    return FALSE;

  g_free (self->unit);
  self->unit = g_strdup (unit);
  show_targets (self, targets);
  show_chart (self, targets);
  return TRUE;
}

const char *
mp_overview_page_get_unit (MpOverviewPage *self)
{
  g_return_val_if_fail (MP_IS_OVERVIEW_PAGE (self), NULL);
  return self->unit;
}

guint
mp_overview_page_get_row_count (MpOverviewPage *self)
{
  g_return_val_if_fail (MP_IS_OVERVIEW_PAGE (self), 0);
  return self->rows->len;
}

MpTargetRow *
mp_overview_page_get_row (MpOverviewPage *self,
                          guint           index)
{
  g_return_val_if_fail (MP_IS_OVERVIEW_PAGE (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, index);
}
