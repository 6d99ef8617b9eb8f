/* mp-choice-dropdown.h — a GtkDropDown of choices that each stand for a
 * code: "All …" first (code NULL), then one label per code. The codes are
 * kept on the drop-down itself; refilling keeps the choice made when its
 * code is still offered. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* `codes` (char*) and `labels` (const char*) are parallel; both are copied. */
void        mp_choice_dropdown_fill       (GtkDropDown        *dropdown,
                                           const char         *all_label,
                                           GPtrArray          *codes,
                                           GPtrArray          *labels);
/* The choices of a fixed list of codes, labelled by `label`. */
void        mp_choice_dropdown_fill_fixed (GtkDropDown        *dropdown,
                                           const char         *all_label,
                                           const char * const *values,
                                           gsize               n,
                                           const char       *(*label) (const char *));
/* The code of the choice at `position`, NULL for "All …" or out of range. */
const char *mp_choice_dropdown_get_code   (GtkDropDown        *dropdown,
                                           guint               position);
/* The code of the choice made. */
const char *mp_choice_dropdown_get_selected_code (GtkDropDown *dropdown);

G_END_DECLS
