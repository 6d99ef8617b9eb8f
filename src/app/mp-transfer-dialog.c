/* mp-transfer-dialog.c — creating or editing one technology transfer.
 *
 * The fields are read into an MpTransfer and handed to
 * mp_store_save_transfer(), which checks them all; what the dialog checks
 * itself is only what it must parse: dates (a year, or a day written
 * dd/mm/yyyy or yyyy-mm-dd) and counts (whole numbers, grouped the way the
 * user's language groups them: "1.500" in Vietnamese, "1,500" in English).
 * A field found wrong is marked with the "error" style, its message shown
 * under its group, and focused; nothing is written.
 *
 * Each side of a transfer is a facility or a unit. The facilities may be
 * thousands: their drop-downs are list-model based with search. */
#include "mp-transfer-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-edit.h"
#include "mp-error.h"
#include "mp-input.h"

struct _MpTransferDialog
{
  AdwWindow      parent_instance;

  /* Template widgets */
  GtkWidget     *save_button;
  AdwEntryRow   *code_row;
  AdwEntryRow   *technique_vi_row;
  AdwEntryRow   *technique_en_row;
  AdwEntryRow   *speciality_row;
  AdwComboRow   *kind_row;
  AdwComboRow   *status_row;
  GtkLabel      *main_error;
  AdwActionRow  *from_facility_row;
  GtkDropDown   *from_facility_dropdown;
  AdwActionRow  *from_unit_row;
  GtkDropDown   *from_unit_dropdown;
  AdwActionRow  *to_facility_row;
  GtkDropDown   *to_facility_dropdown;
  AdwActionRow  *to_unit_row;
  GtkDropDown   *to_unit_dropdown;
  GtkLabel      *sides_error;
  AdwEntryRow   *start_row;
  AdwEntryRow   *end_row;
  AdwEntryRow   *staff_trained_row;
  AdwEntryRow   *cases_done_row;
  AdwEntryRow   *note_row;
  GtkLabel      *progress_error;

  MpStore       *store;
  char          *old_code;        /* NULL for a new transfer */
  MpTransfer    *original;        /* what was read, or a new one */
  /* The codes behind the entries of the choices; NULL for "None". */
  GPtrArray     *facility_codes;
  GPtrArray     *unit_codes;
  GPtrArray     *status_codes;
  const char    *error_field;
  char          *error_message;
};

G_DEFINE_FINAL_TYPE (MpTransferDialog, mp_transfer_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const kinds[] = { "technique", "satellite", "rotation", "telehealth" };
static const char * const statuses[] = {
  "planned", "training", "supervised", "independent", "stopped",
};

/* ---- Fields ---- */

typedef struct {
  GtkWidget *row;     /* marked with "error" */
  GtkWidget *focus;   /* focused */
  GtkLabel  *message; /* where the message goes */
} Field;

static gboolean
find_field (MpTransferDialog *self,
            const char       *name,
            Field            *field)
{
  struct {
    const char *name;
    gpointer    row;
    gpointer    focus;
    GtkLabel   *message;
  } fields[] = {
    { "code", self->code_row, NULL, self->main_error },
    { "technique_vi", self->technique_vi_row, NULL, self->main_error },
    { "technique_en", self->technique_en_row, NULL, self->main_error },
    { "speciality", self->speciality_row, NULL, self->main_error },
    { "kind", self->kind_row, NULL, self->main_error },
    { "status", self->status_row, NULL, self->main_error },
    { "from_facility", self->from_facility_row, self->from_facility_dropdown, self->sides_error },
    { "from_unit", self->from_unit_row, self->from_unit_dropdown, self->sides_error },
    { "to_facility", self->to_facility_row, self->to_facility_dropdown, self->sides_error },
    { "to_unit", self->to_unit_row, self->to_unit_dropdown, self->sides_error },
    { "start", self->start_row, NULL, self->progress_error },
    { "end", self->end_row, NULL, self->progress_error },
    { "staff_trained", self->staff_trained_row, NULL, self->progress_error },
    { "cases_done", self->cases_done_row, NULL, self->progress_error },
    { "note", self->note_row, NULL, self->progress_error },
  };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (name, fields[i].name))
      {
        field->row = fields[i].row;
        field->focus = fields[i].focus ? fields[i].focus : fields[i].row;
        field->message = fields[i].message;
        return TRUE;
      }
  return FALSE;
}

static void
clear_error (MpTransferDialog *self)
{
  static const char * const names[] = {
    "code", "technique_vi", "technique_en", "speciality", "kind", "status", "from_facility",
    "from_unit", "to_facility", "to_unit", "start", "end", "staff_trained", "cases_done", "note",
  };
  Field field;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (find_field (self, names[i], &field))
      {
        gtk_widget_remove_css_class (field.row, "error");
        gtk_widget_remove_css_class (field.focus, "error");
      }
  gtk_widget_set_visible (GTK_WIDGET (self->main_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->sides_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_error), FALSE);
  self->error_field = NULL;
  g_clear_pointer (&self->error_message, g_free);
}

/* Marks `name` (a static string) wrong with `message`; a failure not tied
 * to a field is shown under the first group. */
static void
show_error (MpTransferDialog *self,
            const char       *name,
            const char       *message)
{
  Field field = { NULL, NULL, self->main_error };

  clear_error (self);
  if (find_field (self, name, &field))
    {
      self->error_field = name;
      gtk_widget_add_css_class (field.row, "error");
      /* A drop-down shows it too: rows of choices have no error style. */
      gtk_widget_add_css_class (field.focus, "error");
      gtk_widget_grab_focus (field.focus);
    }
  self->error_message = g_strdup (message);
  gtk_label_set_text (field.message, message);
  gtk_widget_set_visible (GTK_WIDGET (field.message), TRUE);
}

/* ---- Parsing ---- */

/* The text of an entry, trimmed; NULL when empty. */
static char *
entry_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static const char *
choice (GPtrArray *codes,
        guint      position)
{
  if (codes == NULL || position == GTK_INVALID_LIST_POSITION || position >= codes->len)
    return NULL;
  return g_ptr_array_index (codes, position);
}

/* Reads the fields into a new MpTransfer; NULL, with the field marked, when
 * one cannot be parsed. */
static MpTransfer *
read_fields (MpTransferDialog *self)
{
  g_autoptr(MpTransfer) transfer = mp_transfer_copy (self->original);
  g_autoptr(GError) error = NULL;

#define TEXT(member, row) \
  g_free (transfer->member); \
  transfer->member = entry_text (row)

  TEXT (code, self->code_row);
  TEXT (technique_vi, self->technique_vi_row);
  TEXT (technique_en, self->technique_en_row);
  TEXT (speciality, self->speciality_row);
  TEXT (note, self->note_row);
#undef TEXT

#define CHOICE(member, codes, position) \
  g_free (transfer->member); \
  transfer->member = g_strdup (choice (codes, position))

  CHOICE (from_facility, self->facility_codes, gtk_drop_down_get_selected (self->from_facility_dropdown));
  CHOICE (to_facility, self->facility_codes, gtk_drop_down_get_selected (self->to_facility_dropdown));
  CHOICE (from_unit, self->unit_codes, gtk_drop_down_get_selected (self->from_unit_dropdown));
  CHOICE (to_unit, self->unit_codes, gtk_drop_down_get_selected (self->to_unit_dropdown));
  CHOICE (status, self->status_codes, adw_combo_row_get_selected (self->status_row));
#undef CHOICE
  g_free (transfer->kind);
  transfer->kind = g_strdup (adw_combo_row_get_selected (self->kind_row) < G_N_ELEMENTS (kinds)
                             ? kinds[adw_combo_row_get_selected (self->kind_row)] : NULL);

  g_clear_pointer (&transfer->start, g_free);
  g_clear_pointer (&transfer->end, g_free);
  if (!mp_input_parse_date (text_of (self->start_row), &transfer->start, &error))
    show_error (self, "start", error->message);
  else if (!mp_input_parse_date (text_of (self->end_row), &transfer->end, &error))
    show_error (self, "end", error->message);
  else if (!mp_input_parse_count (text_of (self->staff_trained_row), &transfer->staff_trained, &error))
    show_error (self, "staff_trained", error->message);
  else if (!mp_input_parse_count (text_of (self->cases_done_row), &transfer->cases_done, &error))
    show_error (self, "cases_done", error->message);
  else
    return g_steal_pointer (&transfer);
  return NULL;
}

gboolean
mp_transfer_dialog_save (MpTransferDialog *self)
{
  g_autoptr(MpTransfer) transfer = NULL;
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  g_return_val_if_fail (MP_IS_TRANSFER_DIALOG (self), FALSE);

  clear_error (self);
  transfer = read_fields (self);
  if (transfer == NULL)
    return FALSE;
  if (!mp_store_save_transfer (self->store, self->old_code, transfer, &field, &error))
    {
      show_error (self, field, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, transfer->code);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (GtkButton        *button,
                 MpTransferDialog *self)
{
  mp_transfer_dialog_save (self);
}

/* ---- Filling ---- */

static guint
position_of (GPtrArray  *codes,
             const char *code)
{
  for (guint i = 1; code != NULL && i < codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (codes, i), code) == 0)
      return i;
  return 0;
}

/* "Name — what it belongs to" for each choice, "None" first. */
static GListModel *
choices_model (GPtrArray *labels)
{
  g_ptr_array_add (labels, NULL);
  return G_LIST_MODEL (gtk_string_list_new ((const char * const *) labels->pdata));
}

/* The names of facilities can be long: the chosen one is cut to fit the
 * row, the choices in the list show more, with the whole as a tooltip. */
static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
  gtk_list_item_set_child (item, label);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  max_chars)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text);
}

static GtkListItemFactory *
choice_factory (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), GINT_TO_POINTER (max_chars));
  return factory;
}

static gboolean
fill_sides (MpTransferDialog  *self,
            GError           **error)
{
  g_autoptr(GPtrArray) facilities = mp_store_list_facilities (self->store, error);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GListModel) facility_model = NULL;
  g_autoptr(GListModel) unit_model = NULL;

  if (facilities == NULL || (units = mp_store_list_units (self->store, error)) == NULL)
    return FALSE;

  labels = g_ptr_array_new_with_free_func (g_free);
  self->facility_codes = g_ptr_array_new_with_free_func (g_free);
  /* TRANSLATORS: the choice of no facility or no unit for a side of a transfer */
  g_ptr_array_add (labels, g_strdup (C_("side", "None")));
  g_ptr_array_add (self->facility_codes, NULL);
  for (guint i = 0; i < facilities->len; i++)
    {
      const MpFacilityRow *row = g_ptr_array_index (facilities, i);
      g_ptr_array_add (labels, g_strdup_printf ("%s — %s", row->name, row->unit_name));
      g_ptr_array_add (self->facility_codes, g_strdup (row->code));
    }
  facility_model = choices_model (labels);

  g_ptr_array_set_size (labels, 0);
  self->unit_codes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (labels, g_strdup (C_("side", "None")));
  g_ptr_array_add (self->unit_codes, NULL);
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *row = g_ptr_array_index (units, i);
      g_ptr_array_add (labels, g_strdup_printf ("%s — %s", row->name, mp_unit_level_label (row->level)));
      g_ptr_array_add (self->unit_codes, g_strdup (row->code));
    }
  unit_model = choices_model (labels);

  {
    GtkDropDown *dropdowns[] = {
      self->from_facility_dropdown, self->to_facility_dropdown,
      self->from_unit_dropdown, self->to_unit_dropdown,
    };

    for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
      {
        g_autoptr(GtkListItemFactory) chosen = choice_factory (24);
        g_autoptr(GtkListItemFactory) listed = choice_factory (56);

        gtk_drop_down_set_factory (dropdowns[i], chosen);
        gtk_drop_down_set_list_factory (dropdowns[i], listed);
      }
  }
  gtk_drop_down_set_model (self->from_facility_dropdown, facility_model);
  gtk_drop_down_set_model (self->to_facility_dropdown, facility_model);
  gtk_drop_down_set_model (self->from_unit_dropdown, unit_model);
  gtk_drop_down_set_model (self->to_unit_dropdown, unit_model);
  return TRUE;
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
set_date (AdwEntryRow *row,
          const char  *date)
{
  g_autofree char *text = mp_input_format_date (date);
  set_entry (row, text);
}

static void
set_count (AdwEntryRow *row,
           gint64       count)
{
  g_autofree char *text = mp_input_format_count (count);
  set_entry (row, text);
}

static void
fill_fields (MpTransferDialog *self)
{
  const MpTransfer *t = self->original;
  g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) status_labels = gtk_string_list_new (NULL);
  guint kind = 0;

  set_entry (self->code_row, t->code);
  set_entry (self->technique_vi_row, t->technique_vi);
  set_entry (self->technique_en_row, t->technique_en);
  set_entry (self->speciality_row, t->speciality);
  set_entry (self->note_row, t->note);
  set_date (self->start_row, t->start);
  set_date (self->end_row, t->end);
  set_count (self->staff_trained_row, t->staff_trained);
  set_count (self->cases_done_row, t->cases_done);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      gtk_string_list_append (kind_labels, mp_transfer_kind_label (kinds[i]));
      if (g_strcmp0 (t->kind, kinds[i]) == 0)
        kind = i;
    }
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_labels));
  adw_combo_row_set_selected (self->kind_row, kind);

  /* Only the statuses the lifecycle allows from the stored one; a new
   * transfer may start at any. */
  self->status_codes = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (self->old_code == NULL || mp_transfer_status_allowed (t->status, statuses[i]))
      {
        g_ptr_array_add (self->status_codes, (gpointer) statuses[i]);
        gtk_string_list_append (status_labels, mp_transfer_status_label (statuses[i]));
      }
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (status_labels));
  for (guint i = 0; i < self->status_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->status_codes, i), t->status) == 0)
      adw_combo_row_set_selected (self->status_row, i);

  gtk_drop_down_set_selected (self->from_facility_dropdown, position_of (self->facility_codes, t->from_facility));
  gtk_drop_down_set_selected (self->to_facility_dropdown, position_of (self->facility_codes, t->to_facility));
  gtk_drop_down_set_selected (self->from_unit_dropdown, position_of (self->unit_codes, t->from_unit));
  gtk_drop_down_set_selected (self->to_unit_dropdown, position_of (self->unit_codes, t->to_unit));
}

/* ---- The dialog ---- */

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  mp_transfer_dialog_save (MP_TRANSFER_DIALOG (widget));
}

static void
mp_transfer_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_TRANSFER_DIALOG);

  G_OBJECT_CLASS (mp_transfer_dialog_parent_class)->dispose (object);
}

static void
mp_transfer_dialog_finalize (GObject *object)
{
  MpTransferDialog *self = MP_TRANSFER_DIALOG (object);

  g_clear_object (&self->store);
  g_free (self->old_code);
  g_clear_pointer (&self->original, mp_transfer_free);
  g_clear_pointer (&self->facility_codes, g_ptr_array_unref);
  g_clear_pointer (&self->unit_codes, g_ptr_array_unref);
  g_clear_pointer (&self->status_codes, g_ptr_array_unref);
  g_free (self->error_message);

  G_OBJECT_CLASS (mp_transfer_dialog_parent_class)->finalize (object);
}

static void
mp_transfer_dialog_class_init (MpTransferDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_transfer_dialog_dispose;
  object_class->finalize = mp_transfer_dialog_finalize;

  /**
   * MpTransferDialog::saved:
   * @code: the code of the transfer saved
   *
   * Emitted when the transfer has been saved, before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-transfer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, technique_vi_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, technique_en_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, speciality_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, main_error);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, from_facility_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, from_facility_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, from_unit_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, from_unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, to_facility_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, to_facility_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, to_unit_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, to_unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, sides_error);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, staff_trained_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, cases_done_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, MpTransferDialog, progress_error);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_install_action (widget_class, "transfer.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "transfer.save", NULL);
}

static void
mp_transfer_dialog_init (MpTransferDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MpTransferDialog *
mp_transfer_dialog_new (MpStore     *store,
                        const char  *code,
                        GError     **error)
{
  MpTransferDialog *self;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  /* Owned by GTK, like every window, until it is destroyed. */
  self = g_object_new (MP_TYPE_TRANSFER_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->old_code = g_strdup (code);
  self->original = code ? mp_store_get_transfer (store, code, error) : mp_transfer_new ();
  if (self->original == NULL || !fill_sides (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  if (self->original->kind == NULL)
    self->original->kind = g_strdup ("technique");
  gtk_window_set_title (GTK_WINDOW (self), code ? _("Edit Transfer") : _("New Transfer"));
  fill_fields (self);
  gtk_widget_grab_focus (GTK_WIDGET (code ? self->technique_vi_row : self->code_row));
  return self;
}

gboolean
mp_transfer_dialog_choose (MpTransferDialog *self,
                           const char       *field,
                           const char       *code)
{
  GPtrArray *codes = NULL;
  GtkDropDown *dropdown = mp_transfer_dialog_get_dropdown (self, field);
  guint position = 0;

  g_return_val_if_fail (MP_IS_TRANSFER_DIALOG (self), FALSE);

  if (g_strcmp0 (field, "kind") == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (g_strcmp0 (kinds[i], code) == 0)
          {
            adw_combo_row_set_selected (self->kind_row, i);
            return TRUE;
          }
      return FALSE;
    }
  if (g_strcmp0 (field, "status") == 0)
    {
      for (guint i = 0; i < self->status_codes->len; i++)
        if (g_strcmp0 (g_ptr_array_index (self->status_codes, i), code) == 0)
          {
            adw_combo_row_set_selected (self->status_row, i);
            return TRUE;
          }
      return FALSE;
    }
  if (dropdown == NULL)
    return FALSE;
  codes = g_str_has_suffix (field, "facility") ? self->facility_codes : self->unit_codes;
  position = position_of (codes, code);
  if (code != NULL && position == 0)
    return FALSE;
  gtk_drop_down_set_selected (dropdown, position);
  return TRUE;
}

GtkWidget *
mp_transfer_dialog_get_row (MpTransferDialog *self,
                            const char       *field)
{
  Field found;

  g_return_val_if_fail (MP_IS_TRANSFER_DIALOG (self), NULL);
  return find_field (self, field, &found) ? found.row : NULL;
}

GtkDropDown *
mp_transfer_dialog_get_dropdown (MpTransferDialog *self,
                                 const char       *field)
{
  Field found;

  g_return_val_if_fail (MP_IS_TRANSFER_DIALOG (self), NULL);
  if (find_field (self, field, &found) && GTK_IS_DROP_DOWN (found.focus))
    return GTK_DROP_DOWN (found.focus);
  return NULL;
}

const char *
mp_transfer_dialog_get_choice (MpTransferDialog *self,
                               const char       *field,
                               guint             position)
{
  g_return_val_if_fail (MP_IS_TRANSFER_DIALOG (self), NULL);
  if (g_strcmp0 (field, "kind") == 0)
    return position < G_N_ELEMENTS (kinds) ? kinds[position] : NULL;
  if (g_strcmp0 (field, "status") == 0)
    return choice (self->status_codes, position);
  if (mp_transfer_dialog_get_dropdown (self, field) == NULL)
    return NULL;
  return choice (g_str_has_suffix (field, "facility") ? self->facility_codes : self->unit_codes, position);
}

GtkWidget *
mp_transfer_dialog_get_save_button (MpTransferDialog *self)
{
  g_return_val_if_fail (MP_IS_TRANSFER_DIALOG (self), NULL);
  return self->save_button;
}

const char *
mp_transfer_dialog_get_error_field (MpTransferDialog *self)
{
  g_return_val_if_fail (MP_IS_TRANSFER_DIALOG (self), NULL);
  return self->error_field;
}

const char *
mp_transfer_dialog_get_error_message (MpTransferDialog *self)
{
  g_return_val_if_fail (MP_IS_TRANSFER_DIALOG (self), NULL);
  return self->error_message;
}
