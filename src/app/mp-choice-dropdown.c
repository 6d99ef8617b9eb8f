/* mp-choice-dropdown.c — a GtkDropDown of choices that each stand for a
 * code (see the header). The codes live in object data of the drop-down,
 * index for index with its string list. */
#include "mp-choice-dropdown.h"

#define CODES_KEY "mp-choice-codes"

const char *
mp_choice_dropdown_get_code (GtkDropDown *dropdown,
                             guint        position)
{
  GPtrArray *codes;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), NULL);

  codes = g_object_get_data (G_OBJECT (dropdown), CODES_KEY);
  if (codes == NULL || position == GTK_INVALID_LIST_POSITION || position >= codes->len)
    return NULL;
  return g_ptr_array_index (codes, position);
}

const char *
mp_choice_dropdown_get_selected_code (GtkDropDown *dropdown)
{
  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), NULL);
  return mp_choice_dropdown_get_code (dropdown, gtk_drop_down_get_selected (dropdown));
}

void
mp_choice_dropdown_fill (GtkDropDown *dropdown,
                         const char  *all_label,
                         GPtrArray   *codes,
                         GPtrArray   *labels)
{
  g_autofree char *previous = NULL;
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (codes != NULL && labels != NULL && codes->len == labels->len);

  previous = g_strdup (mp_choice_dropdown_get_selected_code (dropdown));
  g_ptr_array_add (kept, NULL);
  gtk_string_list_append (model, all_label);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);

      g_ptr_array_add (kept, g_strdup (code));
      gtk_string_list_append (model, g_ptr_array_index (labels, i));
      if (previous != NULL && g_strcmp0 (previous, code) == 0)
        selected = i + 1;
    }

  g_object_set_data_full (G_OBJECT (dropdown), CODES_KEY, kept, (GDestroyNotify) g_ptr_array_unref);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (dropdown, selected);
}

void
mp_choice_dropdown_fill_fixed (GtkDropDown        *dropdown,
                               const char         *all_label,
                               const char * const *values,
                               gsize               n,
                               const char       *(*label) (const char *))
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (gsize i = 0; i < n; i++)
    {
      g_ptr_array_add (codes, (gpointer) values[i]);
      g_ptr_array_add (labels, (gpointer) label (values[i]));
    }
  mp_choice_dropdown_fill (dropdown, all_label, codes, labels);
}
