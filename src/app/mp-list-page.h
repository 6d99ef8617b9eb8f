/* mp-list-page.h — a page that shows a plain list of records, or an empty
 * state when there are none. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MP_TYPE_LIST_PAGE (mp_list_page_get_type ())
G_DECLARE_FINAL_TYPE (MpListPage, mp_list_page, MP, LIST_PAGE, GtkWidget)

void       mp_list_page_clear         (MpListPage *self);
/* Appends a row. `suffix` (may be NULL) is shown at the end of the row,
 * styled with `suffix_class` (may be NULL). Text is never read as markup. */
void       mp_list_page_append        (MpListPage *self,
                                       const char *title,
                                       const char *subtitle,
                                       const char *suffix,
                                       const char *suffix_class);
guint      mp_list_page_get_row_count (MpListPage *self);
/* A widget shown above the list (NULL: none), such as a chart. */
void       mp_list_page_set_header    (MpListPage *self,
                                       GtkWidget  *header);
GtkWidget *mp_list_page_get_header    (MpListPage *self);

G_END_DECLS
