/* mp-facility-detail.c — the selected facility and its staffing table:
 * a row per year and category (the year written once per year), with the
 * headcount and how many hold a postgraduate degree, a foreign-language
 * certificate and digital-skills training. */
#include "mp-facility-detail.h"

#include <glib/gi18n.h>

#include "mp-staffing-row.h"

struct _MpFacilityDetail
{
  GtkWidget  parent_instance;

  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkGrid   *staffing_grid;
  GtkLabel  *empty_label;

  GPtrArray *lines;  /* the table as text, for tests */
};

G_DEFINE_FINAL_TYPE (MpFacilityDetail, mp_facility_detail, GTK_TYPE_WIDGET)

enum { N_COLUMNS = 6 };

static void
clear_grid (MpFacilityDetail *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->staffing_grid))) != NULL)
    gtk_grid_remove (self->staffing_grid, child);
  g_ptr_array_set_size (self->lines, 0);
}

static void
add_row (MpFacilityDetail *self,
         int               row,
         const char       *cells[N_COLUMNS],
         gboolean          header)
{
  for (int i = 0; i < N_COLUMNS; i++)
    {
      GtkWidget *label = gtk_label_new (cells[i]);

      /* Texts left, numbers right, in digits of one width. */
      gtk_label_set_xalign (GTK_LABEL (label), i < 2 ? 0 : 1);
      if (header)
        gtk_widget_add_css_class (label, "caption-heading");
      else if (i >= 2)
        gtk_widget_add_css_class (label, "numeric");
      gtk_grid_attach (self->staffing_grid, label, i, row, 1, 1);
    }
  g_ptr_array_add (self->lines, g_strjoinv ("\t", (char **) (const char *[]) {
    cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], NULL }));
}

static char *
format_count (gint64 count)
{
  /* TRANSLATORS: shown for a number of staff that is not known */
  return count >= 0 ? mp_format_value ((double) count, 0) : g_strdup (C_("unknown", "—"));
}

static char *
describe (const MpFacility *facility,
          const char       *unit_name)
{
  GString *text = g_string_new (mp_facility_kind_label (facility->kind));
  const char *klass = mp_facility_class_label (facility->klass);
  const char *ownership = mp_facility_ownership_label (facility->ownership);

  if (klass && *klass)
    g_string_append_printf (text, " · %s", klass);
  if (ownership && *ownership)
    g_string_append_printf (text, " · %s", ownership);
  if (unit_name == NULL)
    unit_name = facility->unit;
  if (unit_name && *unit_name)
    g_string_append_printf (text, " · %s", unit_name);
  if (facility->beds >= 0)
    {
      g_autofree char *beds = mp_format_value ((double) facility->beds, 0);
      /* TRANSLATORS: %s is a number of hospital beds, such as 1.500 */
      g_autofree char *text_beds = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s bed", "%s beds",
                                                                 (gulong) facility->beds), beds);
      g_string_append_printf (text, " · %s", text_beds);
    }
  return g_string_free (text, FALSE);
}

void
mp_facility_detail_show (MpFacilityDetail *self,
                         const MpFacility *facility,
                         const char       *unit_name)
{
  const char *header[N_COLUMNS] = {
    _("Year"), _("Category"), _("Headcount"), _("Postgraduate degree"),
    _("Foreign-language certificate"), _("Digital-skills training"),
  };
  g_autofree char *subtitle = NULL;
  int previous_year = 0;
  guint n;

  g_return_if_fail (MP_IS_FACILITY_DETAIL (self));

  clear_grid (self);
  if (facility == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->subtitle_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->staffing_grid), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->empty_label), TRUE);
      return;
    }
  gtk_label_set_text (self->title_label, mp_pick_name (facility->name_vi, facility->name_en));
  subtitle = describe (facility, unit_name);
  gtk_label_set_text (self->subtitle_label, subtitle);

  n = facility->staffing ? facility->staffing->len : 0;
  gtk_widget_set_visible (GTK_WIDGET (self->staffing_grid), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  if (n == 0)
    return;
  add_row (self, 0, header, TRUE);
  for (guint i = 0; i < n; i++)
    {
      const MpStaffing *s = &g_array_index (facility->staffing, MpStaffing, i);
      g_autofree char *year = s->year != previous_year ? g_strdup_printf ("%d", s->year) : g_strdup ("");
      g_autofree char *headcount = format_count (s->headcount);
      g_autofree char *postgraduate = format_count (s->postgraduate);
      g_autofree char *language = format_count (s->language_certified);
      g_autofree char *digital = format_count (s->digital_trained);
      const char *cells[N_COLUMNS] = {
        year, mp_staffing_category_label (s->category), headcount, postgraduate, language, digital,
      };

      add_row (self, (int) i + 1, cells, FALSE);
      previous_year = s->year;
    }
}

char *
mp_facility_detail_get_table_text (MpFacilityDetail *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (MP_IS_FACILITY_DETAIL (self), NULL);
  for (guint i = 0; i < self->lines->len; i++)
    {
      g_string_append (text, g_ptr_array_index (self->lines, i));
      g_string_append_c (text, '\n');
    }
  return g_strdup (text->str);
}

static void
mp_facility_detail_dispose (GObject *object)
{
  MpFacilityDetail *self = MP_FACILITY_DETAIL (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_FACILITY_DETAIL);
  /* The template's outer box has no id, so dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->lines, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_facility_detail_parent_class)->dispose (object);
}

static void
mp_facility_detail_class_init (MpFacilityDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_facility_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-facility-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, MpFacilityDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, MpFacilityDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MpFacilityDetail, staffing_grid);
  gtk_widget_class_bind_template_child (widget_class, MpFacilityDetail, empty_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mp_facility_detail_init (MpFacilityDetail *self)
{
  self->lines = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}
