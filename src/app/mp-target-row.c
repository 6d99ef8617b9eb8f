/* mp-target-row.c — one target of the Overview with its status, as a list
 * row that opens the target.
 *
 * Title: the indicator. Subtitle: the target and its year, then the latest
 * value, if any, with its period and source, and the projection when the
 * trend gives one. After them: the status, coloured by style.css. It looks
 * like an AdwActionRow but lays its labels out in a GtkGrid (see
 * mp-target-row.ui): with the boxes of AdwActionRow the Overview of nine
 * targets laid its text out 4,000 times before the first frame. */
#include "mp-target-row.h"

#include <glib/gi18n.h>
#include <math.h>

struct _MpTargetRow
{
  GtkListBoxRow parent_instance;

  GtkLabel     *title_label;
  GtkLabel     *subtitle_label;
  GtkLabel     *status_label;

  gint64        target_id;
  MpStatus      status;
};

G_DEFINE_FINAL_TYPE (MpTargetRow, mp_target_row, GTK_TYPE_LIST_BOX_ROW)

char *
mp_status_css_class (MpStatus status)
{
  g_autofree char *name = g_strdup (mp_status_to_string (status));

  g_strdelimit (name, "_", '-');
  return g_strconcat ("status-", name, NULL);
}

/* "≥ 19,0 per 10,000 people": the target with the indicator's measure. */
static char *
format_target_with_measure (const MpTargetStatus *ts)
{
  g_autofree char *target = mp_format_target (ts);
  const char *measure = mp_measure_label (ts->measure);

  if (measure == NULL || *measure == '\0')
    return g_steal_pointer (&target);
  if (g_str_equal (measure, "%"))
    return g_strconcat (target, "%", NULL);
  return g_strdup_printf ("%s %s", target, measure);
}

static char *
format_subtitle (const MpTargetStatus *ts)
{
  g_autofree char *target = format_target_with_measure (ts);
  g_autoptr(GString) text = g_string_new (NULL);

  if (ts->comparator == MP_COMPARATOR_DONE)
    /* TRANSLATORS: a yes/no target such as "end AIDS" */
    g_string_append_printf (text, _("To be achieved by %d"), ts->year);
  else
    /* TRANSLATORS: "Target ≥ 19,0 per 10,000 people by 2030" */
    g_string_append_printf (text, _("Target %s by %d"), target, ts->year);

  /* Without a value the status ("No data") says it all. */
  if (ts->latest_period != NULL)
    {
      g_autofree char *latest = mp_format_value (ts->latest_value, ts->decimals);

      g_string_append_c (text, '\n');
      /* TRANSLATORS: "Latest 14,8 (2025, entered)"; the source is "entered" or "computed" */
      g_string_append_printf (text, _("Latest %s (%s, %s)"), latest, ts->latest_period,
                              mp_value_source_label (ts->latest_source));
      if (!isnan (ts->projected))
        {
          g_autofree char *projected = mp_format_value (ts->projected, ts->decimals);

          g_string_append (text, " · ");
          /* TRANSLATORS: "projected 18,8 in 2030", from the trend of the observations */
          g_string_append_printf (text, _("projected %s in %d"), projected, ts->year);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
mp_target_row_class_init (MpTargetRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-target-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MpTargetRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MpTargetRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MpTargetRow, status_label);
}

static void
mp_target_row_init (MpTargetRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* As AdwActionRow: the row is named by its title, described by the rest. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->subtitle_label, self->status_label, NULL,
                                  -1);
}

GtkWidget *
mp_target_row_new (const MpTargetStatus *ts)
{
  MpTargetRow *self;
  g_autofree char *subtitle = NULL;
  g_autofree char *css_class = NULL;

  g_return_val_if_fail (ts != NULL, NULL);

  self = g_object_new (MP_TYPE_TARGET_ROW, NULL);
  self->target_id = ts->target_id;
  self->status = ts->status;

  /* Names and titles come from documents: the labels never read markup. */
  gtk_label_set_label (self->title_label, ts->indicator_name);
  subtitle = format_subtitle (ts);
  gtk_label_set_label (self->subtitle_label, subtitle);

  gtk_label_set_label (self->status_label, mp_status_label (ts->status));
  css_class = mp_status_css_class (ts->status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), css_class);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "win.show-target");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self),
                                          g_variant_new_int64 (ts->target_id));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  return GTK_WIDGET (self);
}

gint64
mp_target_row_get_target_id (MpTargetRow *self)
{
  g_return_val_if_fail (MP_IS_TARGET_ROW (self), 0);
  return self->target_id;
}

MpStatus
mp_target_row_get_status (MpTargetRow *self)
{
  g_return_val_if_fail (MP_IS_TARGET_ROW (self), MP_STATUS_NO_DATA);
  return self->status;
}

const char *
mp_target_row_get_title (MpTargetRow *self)
{
  g_return_val_if_fail (MP_IS_TARGET_ROW (self), NULL);
  return gtk_label_get_label (self->title_label);
}

const char *
mp_target_row_get_subtitle (MpTargetRow *self)
{
  g_return_val_if_fail (MP_IS_TARGET_ROW (self), NULL);
  return gtk_label_get_label (self->subtitle_label);
}

const char *
mp_target_row_get_status_text (MpTargetRow *self)
{
  g_return_val_if_fail (MP_IS_TARGET_ROW (self), NULL);
  return gtk_label_get_label (self->status_label);
}
