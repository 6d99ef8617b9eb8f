/* mp-training-dialog.c — creating or editing one training programme. The
 * choices (kinds, statuses, facilities, units, targets) are listed when the
 * dialog opens, each combo row with the codes behind its entries; entry 0
 * of the optional ones is "None". The document is not edited here: it is
 * kept as it was. */
#include "mp-training-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-error.h"
#include "mp-input.h"

struct _MpTrainingDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  GtkWidget      *save_button;
  AdwEntryRow    *code_row;
  AdwEntryRow    *title_vi_row;
  AdwEntryRow    *title_en_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *speciality_row;
  AdwComboRow    *status_row;
  AdwComboRow    *institution_row;
  AdwComboRow    *sending_facility_row;
  AdwComboRow    *sending_unit_row;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  AdwEntryRow    *seats_planned_row;
  AdwEntryRow    *seats_enrolled_row;
  AdwEntryRow    *seats_completed_row;
  AdwEntryRow    *budget_vnd_row;
  AdwComboRow    *target_row;
  AdwEntryRow    *note_row;
  GtkLabel       *programme_error;
  GtkLabel       *sender_error;
  GtkLabel       *seats_error;
  GtkLabel       *target_error;

  MpStore        *store;
  MpTraining     *original;
  char           *old_code;        /* NULL for a new programme */
  /* The codes behind the entries of each combo row (GPtrArray of char*,
   * NULL for "None"), by row. */
  GHashTable     *codes;
  GPtrArray      *targets;         /* MpTargetStatus, in target_row's order */
  GtkWidget      *error_row;
  char           *error_message;
  const char     *error_field;
};

G_DEFINE_FINAL_TYPE (MpTrainingDialog, mp_training_dialog, ADW_TYPE_WINDOW)

static const char * const kinds[] = {
  "phd", "specialist_1", "specialist_2", "master", "residency", "family_medicine",
  "bridging_doctor", "foreign_language", "digital", "short_course", "rotation", "other",
};

static const char * const statuses[] = { "planned", "running", "completed", "cancelled" };

/* ---- Fields ---- */

typedef struct {
  const char *field;
  gsize       row_offset;
  gsize       label_offset;
} Field;

#define FIELD(name, row, label) { name, G_STRUCT_OFFSET (MpTrainingDialog, row), G_STRUCT_OFFSET (MpTrainingDialog, label) }

static const Field fields[] = {
  FIELD ("code", code_row, programme_error),
  FIELD ("title_vi", title_vi_row, programme_error),
  FIELD ("title_en", title_en_row, programme_error),
  FIELD ("kind", kind_row, programme_error),
  FIELD ("speciality", speciality_row, programme_error),
  FIELD ("status", status_row, programme_error),
  FIELD ("institution", institution_row, sender_error),
  FIELD ("sending_facility", sending_facility_row, sender_error),
  FIELD ("sending_unit", sending_unit_row, sender_error),
  FIELD ("start", start_row, seats_error),
  FIELD ("end", end_row, seats_error),
  FIELD ("seats_planned", seats_planned_row, seats_error),
  FIELD ("seats_enrolled", seats_enrolled_row, seats_error),
  FIELD ("seats_completed", seats_completed_row, seats_error),
  FIELD ("budget_vnd", budget_vnd_row, seats_error),
  FIELD ("target_indicator", target_row, target_error),
  FIELD ("target_unit", target_row, target_error),
  FIELD ("target_year", target_row, target_error),
  FIELD ("target_document", target_row, target_error),
  FIELD ("target", target_row, target_error),
  FIELD ("note", note_row, target_error),
};

static const Field *
find_field (const char *field)
{
  for (gsize i = 0; field && i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].field, field))
      return &fields[i];
  return NULL;
}

#define MEMBER(self, offset) (*(gpointer *) G_STRUCT_MEMBER_P (self, offset))

static void
clear_error (MpTrainingDialog *self)
{
  if (self->error_row)
    gtk_widget_remove_css_class (self->error_row, "error");
  self->error_row = NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->programme_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->sender_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->seats_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->target_error), FALSE);
  g_clear_pointer (&self->error_message, g_free);
  self->error_field = NULL;
}

/* Shows `message` under the group of `field`, marks its row and focuses it;
 * a field without a row (the document) shows under the last group. */
static void
show_error (MpTrainingDialog *self,
            const char       *field,
            const char       *message)
{
  const Field *f = find_field (field);
  GtkLabel *label = f ? MEMBER (self, f->label_offset) : self->target_error;

  clear_error (self);
  self->error_message = g_strdup (message);
  self->error_field = f ? f->field : field;
  gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  if (f)
    {
      self->error_row = MEMBER (self, f->row_offset);
      gtk_widget_add_css_class (self->error_row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_widget_grab_focus (self->error_row);
    }
}

static void
field_changed_cb (GtkEditable      *editable,
                  MpTrainingDialog *self)
{
  if (self->error_row == GTK_WIDGET (editable))
    {
      gtk_widget_remove_css_class (self->error_row, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->error_row),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* ---- Choices ---- */

static GPtrArray *
row_codes (MpTrainingDialog *self,
           AdwComboRow      *row)
{
  return g_hash_table_lookup (self->codes, row);
}

/* Fills `row` with `labels`, `codes` behind them (the row takes both);
 * `with_none` puts "None" first. */
static void
fill_row (MpTrainingDialog *self,
          AdwComboRow      *row,
          GPtrArray        *codes,
          GPtrArray        *labels,
          gboolean          with_none)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  if (with_none)
    {
      g_ptr_array_insert (codes, 0, NULL);
      /* TRANSLATORS: the choice of no facility, unit or target */
      gtk_string_list_append (model, C_("choice", "None"));
    }
  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));
  g_hash_table_insert (self->codes, row, codes);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_ptr_array_unref (labels);
}

static gboolean
choose (MpTrainingDialog *self,
        AdwComboRow      *row,
        const char       *code)
{
  GPtrArray *codes = row_codes (self, row);

  for (guint i = 0; codes && i < codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (codes, i), code) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return TRUE;
      }
  return FALSE;
}

static const char *
chosen (MpTrainingDialog *self,
        AdwComboRow      *row)
{
  GPtrArray *codes = row_codes (self, row);
  guint i = adw_combo_row_get_selected (row);

  return codes && i < codes->len ? g_ptr_array_index (codes, i) : NULL;
}

static void
fill_fixed (MpTrainingDialog   *self,
            AdwComboRow        *row,
            const char * const *values,
            gsize               n,
            const char       *(*label) (const char *))
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *labels = g_ptr_array_new ();

  for (gsize i = 0; i < n; i++)
    {
      g_ptr_array_add (codes, g_strdup (values[i]));
      g_ptr_array_add (labels, (gpointer) label (values[i]));
    }
  fill_row (self, row, codes, labels, FALSE);
}

static int
compare_facility_names (gconstpointer a,
                        gconstpointer b)
{
  const MpFacilityRow *x = *(MpFacilityRow **) a;
  const MpFacilityRow *y = *(MpFacilityRow **) b;
  return g_utf8_collate (x->name, y->name);
}

static int
compare_target_labels (gconstpointer a,
                       gconstpointer b)
{
  const MpTargetStatus *x = *(MpTargetStatus **) a;
  const MpTargetStatus *y = *(MpTargetStatus **) b;
  int c = g_utf8_collate (x->indicator_name, y->indicator_name);

  if (c == 0)
    c = g_utf8_collate (x->unit_name, y->unit_name);
  return c != 0 ? c : x->year - y->year;
}

/* The natural key of a target: "INDICATOR/UNIT/YEAR", and "/DOCUMENT"
 * when it has one. */
static char *
target_key (const char *indicator,
            const char *unit,
            int         year,
            const char *document)
{
  if (document != NULL)
    return g_strdup_printf ("%s/%s/%d/%s", indicator, unit, year, document);
  return g_strdup_printf ("%s/%s/%d", indicator, unit, year);
}

static char *
target_code (const MpTargetStatus *ts)
{
  return target_key (ts->indicator, ts->unit, ts->year, ts->document);
}

static gboolean
fill_choices (MpTrainingDialog  *self,
              GError           **error)
{
  g_autoptr(GPtrArray) facilities = mp_store_list_facilities (self->store, error);
  g_autoptr(GPtrArray) units = NULL;
  GPtrArray *codes, *labels, *all_codes, *all_labels;

  if (facilities == NULL ||
      (units = mp_store_list_units (self->store, error)) == NULL ||
      (self->targets = mp_store_list_targets (self->store, NULL, 0, error)) == NULL)
    return FALSE;

  fill_fixed (self, self->kind_row, kinds, G_N_ELEMENTS (kinds), mp_training_kind_label);
  fill_fixed (self, self->status_row, statuses, G_N_ELEMENTS (statuses), mp_training_status_label);

  /* Institutions: the training institutions, and the one recorded. */
  g_ptr_array_sort (facilities, compare_facility_names);
  codes = g_ptr_array_new_with_free_func (g_free);
  labels = g_ptr_array_new ();
  all_codes = g_ptr_array_new_with_free_func (g_free);
  all_labels = g_ptr_array_new ();
  for (guint i = 0; i < facilities->len; i++)
    {
      const MpFacilityRow *row = g_ptr_array_index (facilities, i);

      if (g_strcmp0 (row->kind, "training_institution") == 0 ||
          g_strcmp0 (row->code, self->original->institution) == 0)
        {
          g_ptr_array_add (codes, g_strdup (row->code));
          g_ptr_array_add (labels, row->name);
        }
      g_ptr_array_add (all_codes, g_strdup (row->code));
      g_ptr_array_add (all_labels, row->name);
    }
  fill_row (self, self->institution_row, codes, labels, TRUE);
  fill_row (self, self->sending_facility_row, all_codes, all_labels, TRUE);

  codes = g_ptr_array_new_with_free_func (g_free);
  labels = g_ptr_array_new ();
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *row = g_ptr_array_index (units, i);
      g_ptr_array_add (codes, g_strdup (row->code));
      g_ptr_array_add (labels, row->name);
    }
  fill_row (self, self->sending_unit_row, codes, labels, TRUE);

  g_ptr_array_sort (self->targets, compare_target_labels);
  codes = g_ptr_array_new_with_free_func (g_free);
  labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->targets->len; i++)
    {
      const MpTargetStatus *ts = g_ptr_array_index (self->targets, i);
      g_ptr_array_add (codes, target_code (ts));
      /* TRANSLATORS: the target a training programme serves: indicator name
       * — unit name, year; e.g. "Doctors per 10,000 — Cần Thơ 2030" */
      g_ptr_array_add (labels, g_strdup_printf (_("%s — %s %d"), ts->indicator_name, ts->unit_name, ts->year));
    }
  /* fill_row() copies the labels before freeing the array. */
  fill_row (self, self->target_row, codes, labels, TRUE);
  return TRUE;
}

/* ---- Showing and saving ---- */

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
set_count (AdwEntryRow *row,
           gint64       value)
{
  g_autofree char *text = mp_input_format_count (value);
  set_entry (row, text);
}

static void
set_date (AdwEntryRow *row,
          const char  *date)
{
  g_autofree char *text = mp_input_format_date (date);
  set_entry (row, text);
}

static void
show_record (MpTrainingDialog *self)
{
  const MpTraining *t = self->original;
  g_autofree char *target = NULL;

  set_entry (self->code_row, t->code);
  set_entry (self->title_vi_row, t->title_vi);
  set_entry (self->title_en_row, t->title_en);
  set_entry (self->speciality_row, t->speciality);
  set_date (self->start_row, t->start);
  set_date (self->end_row, t->end);
  set_count (self->seats_planned_row, t->seats_planned);
  set_count (self->seats_enrolled_row, t->seats_enrolled);
  set_count (self->seats_completed_row, t->seats_completed);
  set_count (self->budget_vnd_row, t->budget_vnd);
  set_entry (self->note_row, t->note);
  choose (self, self->kind_row, t->kind ? t->kind : "other");
  choose (self, self->status_row, t->status ? t->status : "planned");
  choose (self, self->institution_row, t->institution);
  choose (self, self->sending_facility_row, t->sending_facility);
  choose (self, self->sending_unit_row, t->sending_unit);
  if (t->target_indicator)
    target = target_key (t->target_indicator, t->target_unit, t->target_year, t->target_document);
  choose (self, self->target_row, target);
}

static char *
entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  return *text ? g_steal_pointer (&text) : NULL;
}

static gboolean
read_count (MpTrainingDialog *self,
            AdwEntryRow      *row,
            const char       *field,
            gint64           *out)
{
  g_autoptr(GError) error = NULL;

  if (mp_input_parse_count (gtk_editable_get_text (GTK_EDITABLE (row)), out, &error))
    return TRUE;
  show_error (self, field, error->message);
  return FALSE;
}

static gboolean
read_date (MpTrainingDialog  *self,
           AdwEntryRow       *row,
           const char        *field,
           char             **out)
{
  g_autoptr(GError) error = NULL;

  if (mp_input_parse_date (gtk_editable_get_text (GTK_EDITABLE (row)), out, &error))
    return TRUE;
  show_error (self, field, error->message);
  return FALSE;
}

static void
replace (char **member,
         char  *value)
{
  g_free (*member);
  *member = value;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MpTrainingDialog *self = MP_TRAINING_DIALOG (widget);
  g_autoptr(MpTraining) t = mp_training_copy (self->original);
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  const MpTargetStatus *target = NULL;
  guint target_index = adw_combo_row_get_selected (self->target_row);

  clear_error (self);
  replace (&t->code, entry_text (self->code_row));
  replace (&t->title_vi, entry_text (self->title_vi_row));
  replace (&t->title_en, entry_text (self->title_en_row));
  replace (&t->speciality, entry_text (self->speciality_row));
  replace (&t->note, entry_text (self->note_row));
  replace (&t->kind, g_strdup (chosen (self, self->kind_row)));
  replace (&t->status, g_strdup (chosen (self, self->status_row)));
  replace (&t->institution, g_strdup (chosen (self, self->institution_row)));
  replace (&t->sending_facility, g_strdup (chosen (self, self->sending_facility_row)));
  replace (&t->sending_unit, g_strdup (chosen (self, self->sending_unit_row)));
  replace (&t->start, NULL);
  replace (&t->end, NULL);
  if (!read_date (self, self->start_row, "start", &t->start) ||
      !read_date (self, self->end_row, "end", &t->end) ||
      !read_count (self, self->seats_planned_row, "seats_planned", &t->seats_planned) ||
      !read_count (self, self->seats_enrolled_row, "seats_enrolled", &t->seats_enrolled) ||
      !read_count (self, self->seats_completed_row, "seats_completed", &t->seats_completed) ||
      !read_count (self, self->budget_vnd_row, "budget_vnd", &t->budget_vnd))
    return;

  /* Entry 0 is "None". */
  if (target_index != GTK_INVALID_LIST_POSITION && target_index >= 1 && target_index <= self->targets->len)
    target = g_ptr_array_index (self->targets, target_index - 1);
  replace (&t->target_indicator, target ? g_strdup (target->indicator) : NULL);
  replace (&t->target_unit, target ? g_strdup (target->unit) : NULL);
  replace (&t->target_document, target ? g_strdup (target->document) : NULL);
  t->target_year = target ? target->year : 0;

  if (!mp_store_save_training (self->store, self->old_code, t, &field, &error))
    {
      show_error (self, field, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mp_training_dialog_dispose (GObject *object)
{
  MpTrainingDialog *self = MP_TRAINING_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->original, mp_training_free);
  g_clear_pointer (&self->codes, g_hash_table_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_TRAINING_DIALOG);

  G_OBJECT_CLASS (mp_training_dialog_parent_class)->dispose (object);
}

static void
mp_training_dialog_finalize (GObject *object)
{
  MpTrainingDialog *self = MP_TRAINING_DIALOG (object);

  g_free (self->old_code);
  g_free (self->error_message);

  G_OBJECT_CLASS (mp_training_dialog_parent_class)->finalize (object);
}

static void
mp_training_dialog_class_init (MpTrainingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_training_dialog_dispose;
  object_class->finalize = mp_training_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-training-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpTrainingDialog, save_button);
#define BIND_CHILD(name) gtk_widget_class_bind_template_child (widget_class, MpTrainingDialog, name)
  BIND_CHILD (code_row);
  BIND_CHILD (title_vi_row);
  BIND_CHILD (title_en_row);
  BIND_CHILD (kind_row);
  BIND_CHILD (speciality_row);
  BIND_CHILD (status_row);
  BIND_CHILD (institution_row);
  BIND_CHILD (sending_facility_row);
  BIND_CHILD (sending_unit_row);
  BIND_CHILD (start_row);
  BIND_CHILD (end_row);
  BIND_CHILD (seats_planned_row);
  BIND_CHILD (seats_enrolled_row);
  BIND_CHILD (seats_completed_row);
  BIND_CHILD (budget_vnd_row);
  BIND_CHILD (target_row);
  BIND_CHILD (note_row);
  BIND_CHILD (programme_error);
  BIND_CHILD (sender_error);
  BIND_CHILD (seats_error);
  BIND_CHILD (target_error);
#undef BIND_CHILD
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dialog.save", NULL);
}

static void
mp_training_dialog_init (MpTrainingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->codes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

MpTrainingDialog *
mp_training_dialog_new (GtkWindow   *parent,
                        MpStore     *store,
                        const char  *code,
                        GError     **error)
{
  MpTrainingDialog *self;
  MpTraining *original;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  original = code ? mp_store_get_training (store, code, error) : mp_training_new ();
  if (original == NULL)
    return NULL;
  /* GTK owns the window until it is destroyed. */
  self = g_object_new (MP_TYPE_TRAINING_DIALOG,
                       "transient-for", parent,
                       "title", code ? _("Edit Training Plan") : _("New Training Plan"),
                       NULL);
  self->store = g_object_ref (store);
  self->original = original;
  self->old_code = g_strdup (code);
  if (!fill_choices (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  show_record (self);
  return self;
}

GtkWidget *
mp_training_dialog_get_field (MpTrainingDialog *self,
                              const char       *field)
{
  const Field *f;

  g_return_val_if_fail (MP_IS_TRAINING_DIALOG (self), NULL);
  f = find_field (field);
  return f ? MEMBER (self, f->row_offset) : NULL;
}

gboolean
mp_training_dialog_choose (MpTrainingDialog *self,
                           const char       *field,
                           const char       *code)
{
  GtkWidget *row = mp_training_dialog_get_field (self, field);

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), FALSE);
  return choose (self, ADW_COMBO_ROW (row), code);
}

GtkWidget *
mp_training_dialog_get_save_button (MpTrainingDialog *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_DIALOG (self), NULL);
  return self->save_button;
}

const char *
mp_training_dialog_get_error (MpTrainingDialog *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_DIALOG (self), NULL);
  return self->error_message;
}

const char *
mp_training_dialog_get_error_field (MpTrainingDialog *self)
{
  g_return_val_if_fail (MP_IS_TRAINING_DIALOG (self), NULL);
  return self->error_field;
}
