/* mp-facility-dialog.c — creating and editing one facility with its
 * staffing. The dialog starts from a copy of the stored record, so fields
 * it does not show (the source document) are kept. Numbers and dates are
 * read in the user's format first (mp-input.c); only then is the
 * store asked, and whatever either refuses is marked at its field, with
 * the message below the group, and focused. */
#include "mp-facility-dialog.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mp-edit.h"
#include "mp-input.h"
#include "mp-staffing-row.h"

struct _MpFacilityDialog
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkButton         *save_button;
  AdwEntryRow       *code_row;
  AdwEntryRow       *name_vi_row;
  AdwEntryRow       *name_en_row;
  AdwComboRow       *kind_row;
  AdwComboRow       *klass_row;
  AdwComboRow       *ownership_row;
  AdwComboRow       *unit_row;
  AdwEntryRow       *beds_row;
  AdwEntryRow       *opened_row;
  AdwEntryRow       *closed_row;
  AdwEntryRow       *latitude_row;
  AdwEntryRow       *longitude_row;
  AdwComboRow       *family_medicine_row;
  AdwEntryRow       *note_row;
  GtkLabel          *general_error;
  GtkLabel          *details_error;
  GtkLabel          *location_error;
  GtkLabel          *staffing_error;
  GtkListBox        *staffing_list;
  GtkWidget         *year_header;
  GtkWidget         *category_header;
  GtkWidget         *headcount_header;
  GtkWidget         *postgraduate_header;
  GtkWidget         *language_header;
  GtkWidget         *digital_header;
  GtkWidget         *remove_header;

  /* One per staffing column: the header and the cells line up. */
  GtkSizeGroup      *columns[7];

  MpStore           *store;
  char              *old_code;
  MpFacility        *original;
  char              *saved_code;
  char              *error_text;
  /* The codes behind the combo rows' entries; NULL for "none". */
  GPtrArray         *kind_codes;
  GPtrArray         *klass_codes;
  GPtrArray         *ownership_codes;
  GPtrArray         *unit_codes;
};

G_DEFINE_FINAL_TYPE (MpFacilityDialog, mp_facility_dialog, ADW_TYPE_WINDOW)

static const char * const staffing_cells[] = {
  "year", "category", "headcount", "postgraduate", "language_certified", "digital_trained", "remove",
};

static const char * const kinds[] = {
  "hospital", "specialised_hospital", "district_health_centre", "commune_station",
  "clinic", "training_institution", "cdc", "other",
};
static const char * const klasses[] = { "special", "I", "II", "III", "unranked" };
static const char * const ownerships[] = { "public", "private" };

/* ---- Combo rows ---- */

/* Gives `row` the entries `labels`, behind which are `codes` (same
 * length; an entry NULL code means "none"). Takes both arrays. */
static void
fill_combo (AdwComboRow *row,
            GPtrArray  **codes_out,
            GPtrArray   *codes,
            GPtrArray   *labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_clear_pointer (codes_out, g_ptr_array_unref);
  *codes_out = codes;
  g_ptr_array_unref (labels);
}

static void
fill_fixed (AdwComboRow         *row,
            GPtrArray          **codes_out,
            const char          *none_label,
            const char * const  *values,
            gsize                n,
            const char        *(*label) (const char *))
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *labels = g_ptr_array_new ();

  g_ptr_array_add (codes, NULL);
  g_ptr_array_add (labels, (gpointer) none_label);
  for (gsize i = 0; i < n; i++)
    {
      g_ptr_array_add (codes, g_strdup (values[i]));
      g_ptr_array_add (labels, (gpointer) label (values[i]));
    }
  fill_combo (row, codes_out, codes, labels);
}

static const char *
combo_code (AdwComboRow *row,
            GPtrArray   *codes)
{
  guint selected = adw_combo_row_get_selected (row);

  if (codes == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= codes->len)
    return NULL;
  return g_ptr_array_index (codes, selected);
}

static void
select_code (AdwComboRow *row,
             GPtrArray   *codes,
             const char  *code)
{
  guint selected = 0;

  for (guint i = 1; code && i < codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (codes, i), code) == 0)
      selected = i;
  adw_combo_row_set_selected (row, selected);
}

static gboolean
fill_units (MpFacilityDialog  *self,
            const char        *current,
            GError           **error)
{
  g_autoptr(GPtrArray) units = mp_store_list_units (self->store, error);
  GPtrArray *codes, *labels;
  gboolean found = current == NULL;

  if (units == NULL)
    return FALSE;
  codes = g_ptr_array_new_with_free_func (g_free);
  labels = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (codes, NULL);
  g_ptr_array_add (labels, g_strdup (_("Choose a unit")));
  for (guint i = 0; i < units->len; i++)
    {
      const MpUnitRow *unit = g_ptr_array_index (units, i);

      g_ptr_array_add (codes, g_strdup (unit->code));
      g_ptr_array_add (labels, g_strdup (unit->name && *unit->name ? unit->name : unit->code));
      found = found || g_strcmp0 (unit->code, current) == 0;
    }
  if (!found)
    {
      g_ptr_array_add (codes, g_strdup (current));
      g_ptr_array_add (labels, g_strdup (current));
    }
  fill_combo (self->unit_row, &self->unit_codes, codes, labels);
  return TRUE;
}

/* ---- Errors ---- */

static GtkWidget *
field_widget (MpFacilityDialog *self,
              const char       *field)
{
  static const struct { const char *name; gsize offset; } fields[] = {
    { "code", G_STRUCT_OFFSET (MpFacilityDialog, code_row) },
    { "name_vi", G_STRUCT_OFFSET (MpFacilityDialog, name_vi_row) },
    { "name_en", G_STRUCT_OFFSET (MpFacilityDialog, name_en_row) },
    { "kind", G_STRUCT_OFFSET (MpFacilityDialog, kind_row) },
    { "klass", G_STRUCT_OFFSET (MpFacilityDialog, klass_row) },
    { "ownership", G_STRUCT_OFFSET (MpFacilityDialog, ownership_row) },
    { "unit", G_STRUCT_OFFSET (MpFacilityDialog, unit_row) },
    { "beds", G_STRUCT_OFFSET (MpFacilityDialog, beds_row) },
    { "opened", G_STRUCT_OFFSET (MpFacilityDialog, opened_row) },
    { "closed", G_STRUCT_OFFSET (MpFacilityDialog, closed_row) },
    { "latitude", G_STRUCT_OFFSET (MpFacilityDialog, latitude_row) },
    { "longitude", G_STRUCT_OFFSET (MpFacilityDialog, longitude_row) },
    { "family_medicine", G_STRUCT_OFFSET (MpFacilityDialog, family_medicine_row) },
    { "note", G_STRUCT_OFFSET (MpFacilityDialog, note_row) },
    { "staffing", G_STRUCT_OFFSET (MpFacilityDialog, staffing_list) },
  };

  for (guint i = 0; field && i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (field, fields[i].name))
      return G_STRUCT_MEMBER (GtkWidget *, self, fields[i].offset);
  return NULL;
}

static GtkLabel *
error_label_for (MpFacilityDialog *self,
                 GtkWidget        *widget)
{
  if (widget == NULL)
    return self->general_error;
  if (widget == GTK_WIDGET (self->staffing_list) ||
      gtk_widget_is_ancestor (widget, GTK_WIDGET (self->staffing_list)))
    return self->staffing_error;
  if (widget == GTK_WIDGET (self->code_row) || widget == GTK_WIDGET (self->name_vi_row) ||
      widget == GTK_WIDGET (self->name_en_row) || widget == GTK_WIDGET (self->kind_row) ||
      widget == GTK_WIDGET (self->klass_row) || widget == GTK_WIDGET (self->ownership_row) ||
      widget == GTK_WIDGET (self->unit_row))
    return self->general_error;
  if (widget == GTK_WIDGET (self->beds_row) || widget == GTK_WIDGET (self->opened_row) ||
      widget == GTK_WIDGET (self->closed_row))
    return self->details_error;
  return self->location_error;
}

static void
clear_errors (MpFacilityDialog *self)
{
  static const char * const names[] = {
    "code", "name_vi", "name_en", "kind", "klass", "ownership", "unit", "beds", "opened",
    "closed", "latitude", "longitude", "family_medicine", "note", "staffing",
  };
  GtkWidget *row;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gtk_widget_remove_css_class (field_widget (self, names[i]), "error");
      gtk_widget_set_tooltip_text (field_widget (self, names[i]), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field_widget (self, names[i])),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->staffing_list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (MP_IS_STAFFING_ROW (row))
      mp_staffing_row_clear_error (MP_STAFFING_ROW (row));
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->details_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->location_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->staffing_error), FALSE);
  g_clear_pointer (&self->error_text, g_free);
}

/* Marks `widget` (NULL: none) with `message` below its group and focuses
 * it. */
static void
show_error (MpFacilityDialog *self,
            GtkWidget        *widget,
            const char       *message)
{
  GtkLabel *label = error_label_for (self, widget);

  g_free (self->error_text);
  self->error_text = g_strdup (message);
  gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  if (widget == NULL)
    return;
  gtk_widget_add_css_class (widget, "error");
  if (label != self->staffing_error)
    {
      /* The message shows on the field too (staffing cells keep theirs). */
      gtk_widget_set_tooltip_text (widget, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  if (widget == GTK_WIDGET (self->staffing_list))
    {
      GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->staffing_list, 0);

      if (first)
        gtk_widget_grab_focus (mp_staffing_row_get_cell (MP_STAFFING_ROW (first), "year"));
      return;
    }
  gtk_widget_grab_focus (widget);
}

/* Typing in a marked field takes the mark off. */
static void
field_changed_cb (GtkEditable *editable,
                  gpointer     user_data)
{
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
}

static void
connect_marks (MpFacilityDialog *self)
{
  AdwEntryRow *entries[] = {
    self->code_row, self->name_vi_row, self->name_en_row, self->beds_row, self->opened_row,
    self->closed_row, self->latitude_row, self->longitude_row, self->note_row,
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect (entries[i], "changed", G_CALLBACK (field_changed_cb), NULL);
}

/* ---- Reading the fields ---- */

static char *
row_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text ? g_steal_pointer (&text) : NULL;
}

static void
set_string (char       **member,
            const char  *value)
{
  g_free (*member);
  *member = g_strdup (value);
}

/* Reads every field into `facility`; FALSE (with the error shown) on text
 * that is not a number or a date. */
static gboolean
read_fields (MpFacilityDialog *self,
             MpFacility       *facility)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *beds = row_text (self->beds_row);
  g_autofree char *opened = row_text (self->opened_row);
  g_autofree char *closed = row_text (self->closed_row);
  g_autofree char *latitude = row_text (self->latitude_row);
  g_autofree char *longitude = row_text (self->longitude_row);
  GtkWidget *row, *bad = NULL;
  guint family;

  g_free (facility->code);
  facility->code = row_text (self->code_row);
  g_free (facility->name_vi);
  facility->name_vi = row_text (self->name_vi_row);
  g_free (facility->name_en);
  facility->name_en = row_text (self->name_en_row);
  g_free (facility->note);
  facility->note = row_text (self->note_row);
  set_string (&facility->kind, combo_code (self->kind_row, self->kind_codes));
  set_string (&facility->klass, combo_code (self->klass_row, self->klass_codes));
  set_string (&facility->ownership, combo_code (self->ownership_row, self->ownership_codes));
  set_string (&facility->unit, combo_code (self->unit_row, self->unit_codes));
  family = adw_combo_row_get_selected (self->family_medicine_row);
  facility->family_medicine = family == 1 ? 1 : family == 2 ? 0 : -1;

  g_clear_pointer (&facility->opened, g_free);
  g_clear_pointer (&facility->closed, g_free);
  if (!mp_input_parse_count (beds, &facility->beds, &error))
    bad = GTK_WIDGET (self->beds_row);
  else if (!mp_input_parse_date (opened, &facility->opened, &error))
    bad = GTK_WIDGET (self->opened_row);
  else if (!mp_input_parse_date (closed, &facility->closed, &error))
    bad = GTK_WIDGET (self->closed_row);
  else if (!mp_input_parse_number (latitude, &facility->latitude, &error))
    bad = GTK_WIDGET (self->latitude_row);
  else if (!mp_input_parse_number (longitude, &facility->longitude, &error))
    bad = GTK_WIDGET (self->longitude_row);
  if (bad)
    {
      show_error (self, bad, error->message);
      return FALSE;
    }

  if (facility->staffing == NULL)
    facility->staffing = g_array_new (FALSE, TRUE, sizeof (MpStaffing));
  g_array_set_size (facility->staffing, 0);
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->staffing_list)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      MpStaffing staffing = { 0 };

      if (!MP_IS_STAFFING_ROW (row))
        continue;
      if (!mp_staffing_row_read (MP_STAFFING_ROW (row), &staffing, &bad, &error))
        {
          show_error (self, bad, error->message);
          return FALSE;
        }
      staffing.category = g_strdup (staffing.category);
      g_array_append_val (facility->staffing, staffing);
    }
  return TRUE;
}

static void
save_clicked_cb (MpFacilityDialog *self)
{
  g_autoptr(MpFacility) facility = self->original ? mp_facility_copy (self->original) : mp_facility_new ();
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  clear_errors (self);
  if (!read_fields (self, facility))
    return;
  if (!mp_store_save_facility (self->store, self->old_code, facility, &field, &error))
    {
      show_error (self, field_widget (self, field), error->message);
      return;
    }
  g_free (self->saved_code);
  self->saved_code = g_strdup (facility->code);
  gtk_window_close (GTK_WINDOW (self));
}

/* ---- Staffing rows ---- */

static GtkWidget *
append_staffing (MpFacilityDialog *self,
                 const MpStaffing *staffing)
{
  MpStaffingRow *row = mp_staffing_row_new (staffing);

  for (guint i = 0; i < G_N_ELEMENTS (staffing_cells); i++)
    gtk_size_group_add_widget (self->columns[i], mp_staffing_row_get_cell (row, staffing_cells[i]));
  gtk_list_box_append (self->staffing_list, GTK_WIDGET (row));
  return GTK_WIDGET (row);
}

static void
add_staffing_clicked_cb (MpFacilityDialog *self)
{
  GtkWidget *row = mp_facility_dialog_add_staffing (self);

  gtk_widget_grab_focus (mp_staffing_row_get_cell (MP_STAFFING_ROW (row), "year"));
}

/* ---- Showing a facility ---- */

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
show_facility (MpFacilityDialog *self,
               const MpFacility *facility)
{
  g_autofree char *beds = mp_input_format_count (facility->beds);
  g_autofree char *opened = mp_input_format_date (facility->opened);
  g_autofree char *closed = mp_input_format_date (facility->closed);
  g_autofree char *latitude = mp_input_format_number (facility->latitude);
  g_autofree char *longitude = mp_input_format_number (facility->longitude);

  set_row_text (self->code_row, facility->code);
  set_row_text (self->name_vi_row, facility->name_vi);
  set_row_text (self->name_en_row, facility->name_en);
  set_row_text (self->beds_row, beds);
  set_row_text (self->opened_row, opened);
  set_row_text (self->closed_row, closed);
  set_row_text (self->latitude_row, latitude);
  set_row_text (self->longitude_row, longitude);
  set_row_text (self->note_row, facility->note);
  select_code (self->kind_row, self->kind_codes, facility->kind);
  select_code (self->klass_row, self->klass_codes, facility->klass);
  select_code (self->ownership_row, self->ownership_codes, facility->ownership);
  select_code (self->unit_row, self->unit_codes, facility->unit);
  adw_combo_row_set_selected (self->family_medicine_row,
                              facility->family_medicine == 1 ? 1 : facility->family_medicine == 0 ? 2 : 0);
  for (guint i = 0; facility->staffing && i < facility->staffing->len; i++)
    append_staffing (self, &g_array_index (facility->staffing, MpStaffing, i));
}

/* ---- The dialog ---- */

static void
mp_facility_dialog_dispose (GObject *object)
{
  MpFacilityDialog *self = MP_FACILITY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_FACILITY_DIALOG);
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    g_clear_object (&self->columns[i]);
  g_clear_object (&self->store);
  g_clear_pointer (&self->original, mp_facility_free);
  g_clear_pointer (&self->kind_codes, g_ptr_array_unref);
  g_clear_pointer (&self->klass_codes, g_ptr_array_unref);
  g_clear_pointer (&self->ownership_codes, g_ptr_array_unref);
  g_clear_pointer (&self->unit_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_facility_dialog_parent_class)->dispose (object);
}

static void
mp_facility_dialog_finalize (GObject *object)
{
  MpFacilityDialog *self = MP_FACILITY_DIALOG (object);

  g_free (self->old_code);
  g_free (self->saved_code);
  g_free (self->error_text);

  G_OBJECT_CLASS (mp_facility_dialog_parent_class)->finalize (object);
}

static void
mp_facility_dialog_class_init (MpFacilityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_facility_dialog_dispose;
  object_class->finalize = mp_facility_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-facility-dialog.ui");
#define BIND_CHILD(name) gtk_widget_class_bind_template_child (widget_class, MpFacilityDialog, name)
  BIND_CHILD (window_title);
  BIND_CHILD (save_button);
  BIND_CHILD (code_row);
  BIND_CHILD (name_vi_row);
  BIND_CHILD (name_en_row);
  BIND_CHILD (kind_row);
  BIND_CHILD (klass_row);
  BIND_CHILD (ownership_row);
  BIND_CHILD (unit_row);
  BIND_CHILD (beds_row);
  BIND_CHILD (opened_row);
  BIND_CHILD (closed_row);
  BIND_CHILD (latitude_row);
  BIND_CHILD (longitude_row);
  BIND_CHILD (family_medicine_row);
  BIND_CHILD (note_row);
  BIND_CHILD (general_error);
  BIND_CHILD (details_error);
  BIND_CHILD (location_error);
  BIND_CHILD (staffing_error);
  BIND_CHILD (staffing_list);
  BIND_CHILD (year_header);
  BIND_CHILD (category_header);
  BIND_CHILD (headcount_header);
  BIND_CHILD (postgraduate_header);
  BIND_CHILD (language_header);
  BIND_CHILD (digital_header);
  BIND_CHILD (remove_header);
#undef BIND_CHILD
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_staffing_clicked_cb);
}

static void
mp_facility_dialog_init (MpFacilityDialog *self)
{
  g_autoptr(GtkStringList) family = gtk_string_list_new (NULL);
  GtkWidget *headers[G_N_ELEMENTS (self->columns)];

  gtk_widget_init_template (GTK_WIDGET (self));

  headers[0] = self->year_header;
  headers[1] = self->category_header;
  headers[2] = self->headcount_header;
  headers[3] = self->postgraduate_header;
  headers[4] = self->language_header;
  headers[5] = self->digital_header;
  headers[6] = self->remove_header;
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    {
      self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
      gtk_size_group_add_widget (self->columns[i], headers[i]);
    }
  gtk_widget_set_hexpand (self->category_header, TRUE);

  connect_marks (self);
  fill_fixed (self->kind_row, &self->kind_codes, _("Choose a kind"),
              kinds, G_N_ELEMENTS (kinds), mp_facility_kind_label);
  fill_fixed (self->klass_row, &self->klass_codes, C_("facility class", "Not set"),
              klasses, G_N_ELEMENTS (klasses), mp_facility_class_label);
  fill_fixed (self->ownership_row, &self->ownership_codes, C_("ownership", "Not set"),
              ownerships, G_N_ELEMENTS (ownerships), mp_facility_ownership_label);
  /* TRANSLATORS: whether a facility has a family-medicine clinic: not known */
  gtk_string_list_append (family, C_("family medicine", "Unknown"));
  gtk_string_list_append (family, _("Yes"));
  gtk_string_list_append (family, _("No"));
  adw_combo_row_set_model (self->family_medicine_row, G_LIST_MODEL (family));
}

MpFacilityDialog *
mp_facility_dialog_new (GtkWindow   *parent,
                        MpStore     *store,
                        const char  *code,
                        GError     **error)
{
  MpFacilityDialog *self;
  g_autoptr(MpFacility) original = NULL;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  if (code != NULL)
    {
      original = mp_store_get_facility (store, code, error);
      if (original == NULL)
        return NULL;
    }
  self = g_object_new (MP_TYPE_FACILITY_DIALOG,
                       "transient-for", parent,
                       "title", code ? _("Edit Facility") : _("New Facility"),
                       NULL);
  self->store = g_object_ref (store);
  self->old_code = g_strdup (code);
  adw_window_title_set_title (self->window_title, code ? _("Edit Facility") : _("New Facility"));
  if (!fill_units (self, original ? original->unit : NULL, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  if (original)
    {
      adw_window_title_set_subtitle (self->window_title, original->name_vi);
      show_facility (self, original);
      self->original = g_steal_pointer (&original);
    }
  gtk_widget_grab_focus (GTK_WIDGET (code ? self->name_vi_row : self->code_row));
  return self;
}

const char *
mp_facility_dialog_get_code (MpFacilityDialog *self)
{
  g_return_val_if_fail (MP_IS_FACILITY_DIALOG (self), NULL);
  return self->old_code;
}

const char *
mp_facility_dialog_get_saved_code (MpFacilityDialog *self)
{
  g_return_val_if_fail (MP_IS_FACILITY_DIALOG (self), NULL);
  return self->saved_code;
}

GtkWidget *
mp_facility_dialog_add_staffing (MpFacilityDialog *self)
{
  g_return_val_if_fail (MP_IS_FACILITY_DIALOG (self), NULL);
  return append_staffing (self, NULL);
}

GtkWidget *
mp_facility_dialog_get_field (MpFacilityDialog *self,
                              const char       *field)
{
  g_return_val_if_fail (MP_IS_FACILITY_DIALOG (self), NULL);
  return field_widget (self, field);
}

GtkWidget *
mp_facility_dialog_get_save_button (MpFacilityDialog *self)
{
  g_return_val_if_fail (MP_IS_FACILITY_DIALOG (self), NULL);
  return GTK_WIDGET (self->save_button);
}

const char *
mp_facility_dialog_get_error (MpFacilityDialog *self)
{
  g_return_val_if_fail (MP_IS_FACILITY_DIALOG (self), NULL);
  return self->error_text;
}
