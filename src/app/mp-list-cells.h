/* mp-list-cells.h — the cells the column views of the pages share: a
 * label for text (left, ellipsized), for a long name (with its full text as
 * a tooltip), and for numbers (right-aligned, digits of one width). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* "setup" handlers of a GtkSignalListItemFactory, for the templates:
 * bind them with gtk_widget_class_bind_template_callback_full(). */
void mp_list_cells_text_setup_cb   (GtkSignalListItemFactory *factory,
                                    GtkListItem              *item,
                                    gpointer                  user_data);
void mp_list_cells_number_setup_cb (GtkSignalListItemFactory *factory,
                                    GtkListItem              *item,
                                    gpointer                  user_data);

/* A text label that keeps room for about `width_chars` characters. */
void mp_list_cells_setup_name      (GtkListItem *item,
                                    int          width_chars);

/* What the cell's label shows. */
void mp_list_cells_set_text        (GtkListItem *item,
                                    const char  *text);
/* The text, and in full as a tooltip (none for an empty text). */
void mp_list_cells_set_name        (GtkListItem *item,
                                    const char  *text);
/* A count in the locale's format, or a dash when unknown (< 0). */
void mp_list_cells_set_count       (GtkListItem *item,
                                    gint64       count);

G_END_DECLS
