/* mp-facility-dialog.h — creating and editing one facility with its
 * staffing figures. Saving writes through mp_store_save_facility(); what the
 * store refuses is shown beside its field and the dialog stays open. */
#pragma once

#include <adwaita.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_FACILITY_DIALOG (mp_facility_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpFacilityDialog, mp_facility_dialog, MP, FACILITY_DIALOG, AdwWindow)

/* A dialog for the facility `code` of `store`, or for a new one when `code`
 * is NULL. Fails when `code` cannot be read. Like every window, it
 * belongs to GTK: present it; it is destroyed when closed. */
MpFacilityDialog *mp_facility_dialog_new        (GtkWindow         *parent,
                                                 MpStore           *store,
                                                 const char        *code,
                                                 GError           **error);

/* The code of the facility edited, or NULL for a new one. */
const char       *mp_facility_dialog_get_code   (MpFacilityDialog  *self);
/* The code saved last, or NULL before a save succeeded. */
const char       *mp_facility_dialog_get_saved_code (MpFacilityDialog *self);

/* Adds an empty staffing row (as the add button does) and returns it. */
GtkWidget        *mp_facility_dialog_add_staffing (MpFacilityDialog *self);

/* For tests: the row of a field, by its MpFacility member name ("code",
 * "name_vi", "kind", "unit", "beds", …, "staffing": the staffing list), the
 * Save button, and the error shown (NULL when none). */
GtkWidget        *mp_facility_dialog_get_field  (MpFacilityDialog  *self,
                                                 const char        *field);
GtkWidget        *mp_facility_dialog_get_save_button (MpFacilityDialog *self);
const char       *mp_facility_dialog_get_error  (MpFacilityDialog  *self);

G_END_DECLS
