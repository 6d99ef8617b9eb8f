/* mp-transfer-dialog.h — the window that creates or edits one technology
 * transfer: every field of an MpTransfer (but the source document, which
 * is kept), checked by the store when saved; an invalid field is marked
 * and explained, and the window stays open with nothing written. */
#pragma once

#include <adwaita.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_TRANSFER_DIALOG (mp_transfer_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpTransferDialog, mp_transfer_dialog, MP, TRANSFER_DIALOG, AdwWindow)

/* A dialog for the transfer `code` of `store`, or for a new one when `code`
 * is NULL. Fails when the transfer cannot be read. Like every window, the
 * dialog belongs to GTK until it is closed or destroyed. */
MpTransferDialog *mp_transfer_dialog_new            (MpStore          *store,
                                                     const char       *code,
                                                     GError          **error);

/* What the Save button does: reads the fields and saves. On success emits
 * ::saved (with the transfer's code) and closes; otherwise marks the field
 * and returns FALSE. */
gboolean          mp_transfer_dialog_save           (MpTransferDialog *self);

/* For tests. The row of a field, by the MpTransfer member's name ("code",
 * "technique_vi", "technique_en", "speciality", "from_facility",
 * "from_unit", "to_facility", "to_unit", "kind", "start", "end", "status",
 * "staff_trained", "cases_done", "note"): an AdwEntryRow, an AdwComboRow
 * (kind, status) or an AdwActionRow holding a GtkDropDown (the sides). */
GtkWidget        *mp_transfer_dialog_get_row        (MpTransferDialog *self,
                                                     const char       *field);
/* The drop-down of a field: the GtkDropDown of a side (from_facility,
 * from_unit, to_facility, to_unit); NULL for other fields. */
GtkDropDown      *mp_transfer_dialog_get_dropdown   (MpTransferDialog *self,
                                                     const char       *field);
/* The code behind entry `position` of the choices of `field` (a side, kind
 * or status); NULL for "None". */
const char       *mp_transfer_dialog_get_choice     (MpTransferDialog *self,
                                                     const char       *field,
                                                     guint             position);
/* Selects the entry of `code` (NULL: "None") in the choices of `field`;
 * FALSE when it is not offered. */
gboolean          mp_transfer_dialog_choose         (MpTransferDialog *self,
                                                     const char       *field,
                                                     const char       *code);
GtkWidget        *mp_transfer_dialog_get_save_button (MpTransferDialog *self);
/* The field marked invalid by the last save, and its message; NULL when
 * none. */
const char       *mp_transfer_dialog_get_error_field (MpTransferDialog *self);
const char       *mp_transfer_dialog_get_error_message (MpTransferDialog *self);

G_END_DECLS
