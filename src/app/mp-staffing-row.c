/* mp-staffing-row.c — one editable staffing figure in the facility dialog.
 * Its remove button removes the row from its list. */
#include "mp-staffing-row.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-error.h"
#include "mp-input.h"

struct _MpStaffingRow
{
  GtkListBoxRow  parent_instance;

  GtkEntry      *year_entry;
  GtkDropDown   *category_dropdown;
  GtkEntry      *headcount_entry;
  GtkEntry      *postgraduate_entry;
  GtkEntry      *language_entry;
  GtkEntry      *digital_entry;
  GtkButton     *remove_button;
};

G_DEFINE_FINAL_TYPE (MpStaffingRow, mp_staffing_row, GTK_TYPE_LIST_BOX_ROW)

const char * const mp_staffing_categories[6] = {
  "doctor", "nurse", "midwife", "pharmacist", "technician", "other",
};

const char *
mp_staffing_category_label (const char *category)
{
  if (g_strcmp0 (category, "doctor") == 0)
    return _("Doctors");
  if (g_strcmp0 (category, "nurse") == 0)
    return _("Nurses");
  if (g_strcmp0 (category, "midwife") == 0)
    return _("Midwives");
  if (g_strcmp0 (category, "pharmacist") == 0)
    return _("Pharmacists");
  if (g_strcmp0 (category, "technician") == 0)
    return _("Technicians");
  if (g_strcmp0 (category, "other") == 0)
    return _("Other staff");
  return category ? category : "";
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkWidget *list = gtk_widget_get_parent (widget);

  if (GTK_IS_LIST_BOX (list))
    gtk_list_box_remove (GTK_LIST_BOX (list), widget);
}

static void
mp_staffing_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_STAFFING_ROW);
  G_OBJECT_CLASS (mp_staffing_row_parent_class)->dispose (object);
}

static void
mp_staffing_row_class_init (MpStaffingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_staffing_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-staffing-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MpStaffingRow, year_entry);
  gtk_widget_class_bind_template_child (widget_class, MpStaffingRow, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpStaffingRow, headcount_entry);
  gtk_widget_class_bind_template_child (widget_class, MpStaffingRow, postgraduate_entry);
  gtk_widget_class_bind_template_child (widget_class, MpStaffingRow, language_entry);
  gtk_widget_class_bind_template_child (widget_class, MpStaffingRow, digital_entry);
  gtk_widget_class_bind_template_child (widget_class, MpStaffingRow, remove_button);
  gtk_widget_class_install_action (widget_class, "staffing.remove", NULL, remove_activated);
}

static void
mp_staffing_row_init (MpStaffingRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (mp_staffing_categories); i++)
    gtk_string_list_append (labels, mp_staffing_category_label (mp_staffing_categories[i]));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (labels));
}

static void
set_count (GtkEntry *entry,
           gint64    count)
{
  g_autofree char *text = mp_input_format_count (count);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

MpStaffingRow *
mp_staffing_row_new (const MpStaffing *staffing)
{
  MpStaffingRow *self = g_object_new (MP_TYPE_STAFFING_ROW, NULL);
  g_autofree char *year = NULL;

  if (staffing == NULL)
    return self;
  year = g_strdup_printf ("%d", staffing->year);
  gtk_editable_set_text (GTK_EDITABLE (self->year_entry), year);
  for (guint i = 0; i < G_N_ELEMENTS (mp_staffing_categories); i++)
    if (g_strcmp0 (staffing->category, mp_staffing_categories[i]) == 0)
      gtk_drop_down_set_selected (self->category_dropdown, i);
  set_count (self->headcount_entry, staffing->headcount);
  set_count (self->postgraduate_entry, staffing->postgraduate);
  set_count (self->language_entry, staffing->language_certified);
  set_count (self->digital_entry, staffing->digital_trained);
  return self;
}

static gboolean
read_count (GtkEntry   *entry,
            gint64     *count,
            GtkWidget **bad,
            GError    **error)
{
  if (mp_input_parse_count (gtk_editable_get_text (GTK_EDITABLE (entry)), count, error))
    return TRUE;
  *bad = GTK_WIDGET (entry);
  return FALSE;
}

gboolean
mp_staffing_row_read (MpStaffingRow  *self,
                      MpStaffing     *staffing,
                      GtkWidget     **bad,
                      GError        **error)
{
  g_autofree char *year = NULL;
  guint category;
  gint64 year_value = -1;

  g_return_val_if_fail (MP_IS_STAFFING_ROW (self), FALSE);

  year = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->year_entry))));
  if (strlen (year) != 4 || !mp_input_parse_count (year, &year_value, NULL) ||
      year_value < 1900 || year_value > 2200)
    {
      *bad = GTK_WIDGET (self->year_entry);
      g_set_error_literal (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                           _("Enter the year of the staffing figures, such as 2024."));
      return FALSE;
    }
  staffing->year = (int) year_value;
  category = gtk_drop_down_get_selected (self->category_dropdown);
  if (category >= G_N_ELEMENTS (mp_staffing_categories))
    category = 0;
  staffing->category = (char *) mp_staffing_categories[category];
  if (!read_count (self->headcount_entry, &staffing->headcount, bad, error) ||
      !read_count (self->postgraduate_entry, &staffing->postgraduate, bad, error) ||
      !read_count (self->language_entry, &staffing->language_certified, bad, error) ||
      !read_count (self->digital_entry, &staffing->digital_trained, bad, error))
    return FALSE;
  if (staffing->headcount < 0)
    {
      *bad = GTK_WIDGET (self->headcount_entry);
      g_set_error_literal (error, MP_ERROR, MP_ERROR_INVALID_INPUT,
                           _("Enter the headcount."));
      return FALSE;
    }
  return TRUE;
}

GtkWidget *
mp_staffing_row_get_cell (MpStaffingRow *self,
                          const char    *name)
{
  g_return_val_if_fail (MP_IS_STAFFING_ROW (self), NULL);

  if (g_str_equal (name, "year"))
    return GTK_WIDGET (self->year_entry);
  if (g_str_equal (name, "category"))
    return GTK_WIDGET (self->category_dropdown);
  if (g_str_equal (name, "headcount"))
    return GTK_WIDGET (self->headcount_entry);
  if (g_str_equal (name, "postgraduate"))
    return GTK_WIDGET (self->postgraduate_entry);
  if (g_str_equal (name, "language_certified"))
    return GTK_WIDGET (self->language_entry);
  if (g_str_equal (name, "digital_trained"))
    return GTK_WIDGET (self->digital_entry);
  if (g_str_equal (name, "remove"))
    return GTK_WIDGET (self->remove_button);
  return NULL;
}

void
mp_staffing_row_clear_error (MpStaffingRow *self)
{
  GtkWidget *entries[] = {
    GTK_WIDGET (self->year_entry), GTK_WIDGET (self->headcount_entry),
    GTK_WIDGET (self->postgraduate_entry), GTK_WIDGET (self->language_entry),
    GTK_WIDGET (self->digital_entry),
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    gtk_widget_remove_css_class (entries[i], "error");
}
