/* mp-milestones-rows.c — the rows of the Targets page: the indicators of
 * the list, and the milestones of the selected indicator (year, target,
 * baseline, projection, document, status). */
#include "mp-milestones-rows.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mp-facility-item.h"
#include "mp-observation-item.h"
#include "mp-target-row.h"

GtkWidget *
mp_milestones_status_label_new (MpStatus status)
{
  GtkWidget *label = gtk_label_new (mp_status_label (status));
  g_autofree char *css_class = mp_status_css_class (status);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "status");
  gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
mp_milestones_indicator_row_new (const MpTargetStatus *ts)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status;
  g_autofree char *subtitle = NULL;
  g_autofree char *key = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ts->indicator_name);
  /* Activating (a click, Enter) opens the detail when only one pane fits. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (ts->latest_period != NULL)
    {
      g_autofree char *value = mp_format_value_with_measure (ts->latest_value, ts->decimals, ts->measure);
      /* TRANSLATORS: the latest value of an indicator and its period: "14,8 per 10,000 people (2025)" */
      subtitle = g_strdup_printf (_("%s (%s)"), value, ts->latest_period);
    }
  else
    subtitle = g_strdup (_("No value yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  status = mp_milestones_status_label_new (ts->status);
  gtk_widget_add_css_class (status, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);

  key = g_strconcat (ts->indicator_name ? ts->indicator_name : "", " ", ts->indicator, NULL);
  g_object_set_data_full (G_OBJECT (row), "search-key", mp_facility_fold (key), g_free);
  g_object_set_data_full (G_OBJECT (row), "indicator", g_strdup (ts->indicator), g_free);
  return row;
}

static char *
format_target_with_measure (const MpTargetStatus *ts)
{
  g_autofree char *target = mp_format_target (ts);
  const char *measure = mp_measure_label (ts->measure);

  if (ts->comparator == MP_COMPARATOR_DONE || measure == NULL || *measure == '\0')
    return g_steal_pointer (&target);
  if (g_str_equal (measure, "%"))
    return g_strconcat (target, "%", NULL);
  return g_strdup_printf ("%s %s", target, measure);
}

static GtkWidget *
milestone_row_new (const MpTargetStatus *ts)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *target = format_target_with_measure (ts);
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);

  /* TRANSLATORS: a milestone: its year and target, "2030 · ≥ 19 per 10,000 people" */
  title = g_strdup_printf (_("%d · %s"), ts->year, target);
  if (ts->comparator == MP_COMPARATOR_DONE && ts->latest_period != NULL)
    {
      g_string_append (subtitle, ts->latest_value != 0
                       /* TRANSLATORS: a yes/no target: what was observed */
                       ? _("Observed: yes") : _("Observed: no"));
    }
  if (ts->baseline_year > 0 && !isnan (ts->baseline_value))
    {
      g_autofree char *baseline = mp_format_value (ts->baseline_value, ts->decimals);

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* TRANSLATORS: "Baseline 14,8 (2025)" */
      g_string_append_printf (subtitle, _("Baseline %s (%d)"), baseline, ts->baseline_year);
    }
  if (!isnan (ts->projected))
    {
      g_autofree char *projected = mp_format_value (ts->projected, ts->decimals);

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* TRANSLATORS: the value the trend projects for the target's year: "Projected 18,8" */
      g_string_append_printf (subtitle, _("Projected %s"), projected);
    }
  if (ts->document != NULL)
    {
      if (subtitle->len > 0)
        g_string_append_c (subtitle, '\n');
      if (ts->document_title != NULL && *ts->document_title != '\0')
        g_string_append_printf (subtitle, "%s — %s", ts->document, ts->document_title);
      else
        g_string_append (subtitle, ts->document);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), mp_milestones_status_label_new (ts->status));
  g_object_set_data_full (G_OBJECT (row), "target-id",
                          g_memdup2 (&ts->target_id, sizeof ts->target_id), g_free);
  return row;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  const MpTargetStatus *x = *(const MpTargetStatus **) a;
  const MpTargetStatus *y = *(const MpTargetStatus **) b;

  return x->year != y->year ? (x->year < y->year ? -1 : 1) : g_strcmp0 (x->document, y->document);
}

void
mp_milestones_fill (GtkListBox *list,
                    GPtrArray  *targets,
                    const char *indicator,
                    const char *unit,
                    gint64      selected)
{
  g_autoptr(GPtrArray) milestones = g_ptr_array_new ();
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  for (guint i = 0; indicator != NULL && targets != NULL && i < targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (targets, i);

      if (g_str_equal (ts->indicator, indicator) && g_strcmp0 (ts->unit, unit) == 0)
        g_ptr_array_add (milestones, (gpointer) ts);
    }
  g_ptr_array_sort (milestones, compare_years);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; i < milestones->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (milestones, i);
      GtkWidget *row = milestone_row_new (ts);

      gtk_list_box_append (list, row);
      if (ts->target_id == selected)
        gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (row));
    }
}

gint64
mp_milestones_row_get_target_id (GtkListBoxRow *row)
{
  gint64 *id;

  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), 0);
  id = g_object_get_data (G_OBJECT (row), "target-id");
  return id ? *id : 0;
}
