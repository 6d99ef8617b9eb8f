/* mp-training-dialog.h — creating or editing one training programme: every
 * field of MpTraining in a modal window. Save validates (numbers in the
 * locale's format, dates as YYYY or dd/mm/yyyy) and writes through
 * mp_store_save_training(); an error is shown at its field and the window
 * stays open, with nothing written. */
#pragma once

#include <adwaita.h>

#include "mp-edit.h"

G_BEGIN_DECLS

#define MP_TYPE_TRAINING_DIALOG (mp_training_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpTrainingDialog, mp_training_dialog, MP, TRAINING_DIALOG, AdwWindow)

/* A dialog for the programme `code`, or a new one when `code` is NULL.
 * Fails when `code` cannot be read or the choices cannot be listed. */
MpTrainingDialog *mp_training_dialog_new        (GtkWindow        *parent,
                                                 MpStore          *store,
                                                 const char       *code,
                                                 GError          **error);

/* The row of a field, by the name of its MpTraining member ("code",
 * "title_vi", "seats_planned", "start", "kind", "institution",
 * "target_indicator", ...): an AdwEntryRow (text) or an AdwComboRow. */
GtkWidget        *mp_training_dialog_get_field  (MpTrainingDialog *self,
                                                 const char       *field);
/* For combo rows: selects the entry whose code is `code` (for the target:
 * "INDICATOR/UNIT/YEAR", plus "/DOCUMENT" when the target has a document);
 * NULL selects "None". FALSE when there is none. */
gboolean          mp_training_dialog_choose     (MpTrainingDialog *self,
                                                 const char       *field,
                                                 const char       *code);
GtkWidget        *mp_training_dialog_get_save_button (MpTrainingDialog *self);
/* The error shown and the field it is at, or NULL. */
const char       *mp_training_dialog_get_error       (MpTrainingDialog *self);
const char       *mp_training_dialog_get_error_field (MpTrainingDialog *self);

G_END_DECLS
