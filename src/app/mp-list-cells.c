/* mp-list-cells.c — the cells the column views of the pages share. */
#include "mp-list-cells.h"

#include <glib/gi18n.h>

#include "mp-types.h"

void
mp_list_cells_text_setup_cb (GtkSignalListItemFactory *factory,
                             GtkListItem              *item,
                             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

void
mp_list_cells_number_setup_cb (GtkSignalListItemFactory *factory,
                               GtkListItem              *item,
                               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Right-aligned with digits of one width, so the columns line up. */
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

void
mp_list_cells_setup_name (GtkListItem *item,
                          int          width_chars)
{
  mp_list_cells_text_setup_cb (NULL, item, NULL);
  gtk_label_set_width_chars (GTK_LABEL (gtk_list_item_get_child (item)), width_chars);
}

void
mp_list_cells_set_text (GtkListItem *item,
                        const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

void
mp_list_cells_set_name (GtkListItem *item,
                        const char  *text)
{
  mp_list_cells_set_text (item, text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text && *text ? text : NULL);
}

void
mp_list_cells_set_count (GtkListItem *item,
                         gint64       count)
{
  g_autofree char *text = count >= 0 ? mp_format_value ((double) count, 0) : NULL;

  /* TRANSLATORS: shown in a table for a number (beds, staff, seats,
   * cases, a budget) that is not known */
  mp_list_cells_set_text (item, text ? text : C_("unknown", "—"));
}
