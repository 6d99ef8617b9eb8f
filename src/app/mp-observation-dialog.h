/* mp-observation-dialog.h — adding or editing one typed value of an
 * indicator for a unit: its period (2025, 2025S1, 2025Q3), value in the
 * user's number format, and comment. Saves through
 * mp_store_save_observation(); invalid input is shown at its field and
 * nothing is written. Emits ::saved (the period) after a save. */
#pragma once

#include <adwaita.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_OBSERVATION_DIALOG (mp_observation_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpObservationDialog, mp_observation_dialog, MP, OBSERVATION_DIALOG, AdwWindow)

/* A dialog to add a value; `indicator_name` is shown, `decimals` and
 * `measure` are the indicator's. */
MpObservationDialog *mp_observation_dialog_new             (GtkWindow           *parent,
                                                            MpStore             *store,
                                                            const char          *indicator,
                                                            const char          *unit,
                                                            const char          *indicator_name,
                                                            int                  decimals,
                                                            const char          *measure);
/* Makes it edit the value of `period` (which it may move to another
 * period). */
void                 mp_observation_dialog_set_observation (MpObservationDialog *self,
                                                            const char          *period,
                                                            double               value,
                                                            const char          *comment);

AdwEntryRow         *mp_observation_dialog_get_period_row  (MpObservationDialog *self);
AdwEntryRow         *mp_observation_dialog_get_value_row   (MpObservationDialog *self);
AdwEntryRow         *mp_observation_dialog_get_comment_row (MpObservationDialog *self);
GtkButton           *mp_observation_dialog_get_save_button (MpObservationDialog *self);
/* The message shown after a failed save, or NULL; and the field it is
 * about ("period", "value", "comment"), or NULL. */
const char          *mp_observation_dialog_get_error       (MpObservationDialog *self);
const char          *mp_observation_dialog_get_error_field (MpObservationDialog *self);

G_END_DECLS
