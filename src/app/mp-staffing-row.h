/* mp-staffing-row.h — one staffing figure of a facility as an editable
 * list row in the facility dialog: year, category, headcount and how many
 * of them hold a postgraduate degree, a foreign-language certificate and
 * digital-skills training. */
#pragma once

#include <adwaita.h>

#include "mp-edit.h"

G_BEGIN_DECLS

#define MP_TYPE_STAFFING_ROW (mp_staffing_row_get_type ())
G_DECLARE_FINAL_TYPE (MpStaffingRow, mp_staffing_row, MP, STAFFING_ROW, GtkListBoxRow)

/* The categories, in the order offered ("doctor", "nurse", …), and their
 * translated names ("Doctors"). */
extern const char * const mp_staffing_categories[6];
const char    *mp_staffing_category_label (const char *category);

/* A row showing `staffing`, or an empty one (the category "doctor"). */
MpStaffingRow *mp_staffing_row_new        (const MpStaffing *staffing);

/* Reads the row into `staffing` (its category is a static string: do not
 * free it). On text that cannot be read, fails with the message and, in
 * `bad`, the entry to mark. */
gboolean       mp_staffing_row_read       (MpStaffingRow    *self,
                                           MpStaffing       *staffing,
                                           GtkWidget       **bad,
                                           GError          **error);

/* The widgets of the row, for the dialog's column headers and for tests:
 * "year", "category", "headcount", "postgraduate", "language_certified",
 * "digital_trained", "remove". */
GtkWidget     *mp_staffing_row_get_cell   (MpStaffingRow    *self,
                                           const char       *name);

/* Removes the error style from the row's entries. */
void           mp_staffing_row_clear_error (MpStaffingRow   *self);

G_END_DECLS
