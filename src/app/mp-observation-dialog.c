/* mp-observation-dialog.c — adding or editing one typed value. The store
 * validates (the period's syntax, the indicator and unit); the dialog reads
 * the number the user's way, and shows whatever fails at its field, with
 * the row marked, the message below the fields and the focus on the row.
 * The dialog stays open until a save succeeds. */
#include "mp-observation-dialog.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mp-edit.h"
#include "mp-error.h"
#include "mp-input.h"

struct _MpObservationDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  AdwEntryRow    *period_row;
  AdwEntryRow    *value_row;
  AdwEntryRow    *comment_row;
  GtkLabel       *measure_label;
  GtkLabel       *error_label;
  GtkButton      *save_button;

  MpStore        *store;
  char           *indicator;
  char           *unit;
  char           *old_period;   /* NULL when adding */
  int             decimals;
  const char     *error_field;  /* static, or NULL */
};

G_DEFINE_FINAL_TYPE (MpObservationDialog, mp_observation_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AdwEntryRow *
row_of_field (MpObservationDialog *self,
              const char          *field)
{
  if (g_strcmp0 (field, "period") == 0)
    return self->period_row;
  if (g_strcmp0 (field, "value") == 0)
    return self->value_row;
  if (g_strcmp0 (field, "comment") == 0)
    return self->comment_row;
  return NULL;
}

static void
clear_error (MpObservationDialog *self)
{
  AdwEntryRow *rows[] = { self->period_row, self->value_row, self->comment_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_STATE_INVALID);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->error_label, "");
  self->error_field = NULL;
}

/* Marks the row of `field` (if any), says why below the fields and puts
 * the focus there. */
static void
show_error (MpObservationDialog *self,
            const char          *field,
            const char          *message)
{
  AdwEntryRow *row = row_of_field (self, field);

  clear_error (self);
  self->error_field = row ? field : NULL;
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      self->error_label, NULL, -1);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
save (MpObservationDialog *self)
{
  g_autofree char *period = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->period_row))));
  g_autofree char *comment = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->comment_row))));
  const char *value_text = gtk_editable_get_text (GTK_EDITABLE (self->value_row));
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  double value = NAN;

  if (*period == '\0')
    {
      show_error (self, "period", _("Enter the period: a year (2025), a half-year (2025S1) or a quarter (2025Q3)."));
      return;
    }
  if (!mp_input_parse_number (value_text, &value, &error))
    {
      show_error (self, "value", error->message);
      return;
    }
  if (isnan (value))
    {
      g_autofree char *example = mp_format_value (14.8, 1);
      g_autofree char *message = NULL;

      /* A value is needed.
       * TRANSLATORS: %s is an example number in the user's format, "14,8" */
      message = g_strdup_printf (_("Enter a number, such as %s."), example);
      show_error (self, "value", message);
      return;
    }

  if (!mp_store_save_observation (self->store, self->indicator, self->unit, self->old_period,
                                  period, value, *comment != '\0' ? comment : NULL,
                                  &field, &error))
    {
      show_error (self, field, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, period);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (MP_OBSERVATION_DIALOG (widget));
}

static void
entry_activated_cb (MpObservationDialog *self)
{
  save (self);
}

static void
field_changed_cb (MpObservationDialog *self)
{
  if (self->error_field != NULL || gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    clear_error (self);
}

static void
mp_observation_dialog_dispose (GObject *object)
{
  MpObservationDialog *self = MP_OBSERVATION_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (mp_observation_dialog_parent_class)->dispose (object);
}

static void
mp_observation_dialog_finalize (GObject *object)
{
  MpObservationDialog *self = MP_OBSERVATION_DIALOG (object);

  g_free (self->indicator);
  g_free (self->unit);
  g_free (self->old_period);

  G_OBJECT_CLASS (mp_observation_dialog_parent_class)->finalize (object);
}

static void
mp_observation_dialog_class_init (MpObservationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_observation_dialog_dispose;
  object_class->finalize = mp_observation_dialog_finalize;

  /**
   * MpObservationDialog::saved:
   * @period: the period saved
   *
   * The value was saved (MpStore::changed has been emitted); the dialog
   * closes next.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-observation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpObservationDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MpObservationDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, MpObservationDialog, value_row);
  gtk_widget_class_bind_template_child (widget_class, MpObservationDialog, comment_row);
  gtk_widget_class_bind_template_child (widget_class, MpObservationDialog, measure_label);
  gtk_widget_class_bind_template_child (widget_class, MpObservationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpObservationDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_observation_dialog_init (MpObservationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MpObservationDialog *
mp_observation_dialog_new (GtkWindow  *parent,
                           MpStore    *store,
                           const char *indicator,
                           const char *unit,
                           const char *indicator_name,
                           int         decimals,
                           const char *measure)
{
  MpObservationDialog *self;
  const char *measure_text;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (indicator != NULL && unit != NULL, NULL);

  self = g_object_new (MP_TYPE_OBSERVATION_DIALOG,
                       "transient-for", parent,
                       /* TRANSLATORS: title of the dialog that adds a value of an indicator */
                       "title", _("Add Value"),
                       NULL);
  self->store = g_object_ref (store);
  self->indicator = g_strdup (indicator);
  self->unit = g_strdup (unit);
  self->decimals = decimals;
  adw_window_title_set_title (self->window_title, _("Add Value"));
  adw_window_title_set_subtitle (self->window_title, indicator_name ? indicator_name : indicator);

  if (g_strcmp0 (measure, "yesno") == 0)
    /* TRANSLATORS: hint beside the value of a yes/no indicator */
    measure_text = _("1 = yes, 0 = no");
  else
    measure_text = mp_measure_label (measure);
  gtk_label_set_text (self->measure_label, measure_text ? measure_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->measure_label), measure_text && *measure_text);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->period_row));
  return self;
}

void
mp_observation_dialog_set_observation (MpObservationDialog *self,
                                       const char          *period,
                                       double               value,
                                       const char          *comment)
{
  g_autofree char *text = NULL;
  int decimals;

  g_return_if_fail (MP_IS_OBSERVATION_DIALOG (self));
  g_return_if_fail (period != NULL);

  g_free (self->old_period);
  self->old_period = g_strdup (period);
  /* TRANSLATORS: title of the dialog that edits a value of an indicator */
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Value"));
  adw_window_title_set_title (self->window_title, _("Edit Value"));

  /* Enough decimals to show the value as stored, at least the indicator's. */
  decimals = MAX (self->decimals, 0);
  text = mp_format_value (value, decimals);
  while (decimals < 6)
    {
      double back = NAN;

      if (mp_input_parse_number (text, &back, NULL) && fabs (back - value) < 1e-9)
        break;
      g_free (text);
      text = mp_format_value (value, ++decimals);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->period_row), period);
  gtk_editable_set_text (GTK_EDITABLE (self->value_row), text);
  gtk_editable_set_text (GTK_EDITABLE (self->comment_row), comment ? comment : "");
  clear_error (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->value_row));
}

AdwEntryRow *
mp_observation_dialog_get_period_row (MpObservationDialog *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_DIALOG (self), NULL);
  return self->period_row;
}

AdwEntryRow *
mp_observation_dialog_get_value_row (MpObservationDialog *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_DIALOG (self), NULL);
  return self->value_row;
}

AdwEntryRow *
mp_observation_dialog_get_comment_row (MpObservationDialog *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_DIALOG (self), NULL);
  return self->comment_row;
}

GtkButton *
mp_observation_dialog_get_save_button (MpObservationDialog *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_DIALOG (self), NULL);
  return self->save_button;
}

const char *
mp_observation_dialog_get_error (MpObservationDialog *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_DIALOG (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

const char *
mp_observation_dialog_get_error_field (MpObservationDialog *self)
{
  g_return_val_if_fail (MP_IS_OBSERVATION_DIALOG (self), NULL);
  return self->error_field;
}
