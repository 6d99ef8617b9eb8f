/* mp-edit-private.h — what the files implementing mp-edit.h share: the
 * JSON snapshots of records, their validation, and the writing of their
 * rows. Everything here runs inside a transaction its caller holds. */
#pragma once

#include "mp-edit.h"
#include "mp-store-private.h"

G_BEGIN_DECLS

/* An observation typed by the user, by its natural key. */
typedef struct {
  char   *indicator;
  char   *unit;
  char   *period;
  double  value;
  char   *comment;
  char   *source;
} MpEditObservation;

void               mp_edit_observation_free (MpEditObservation *obs);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpEditObservation, mp_edit_observation_free)

/* JSON snapshots (compact, deterministic: the same record gives the same
 * text). Trainings and transfers carry their "dating" column, which the
 * records do not show, so that undoing a delete restores it too. */
char        *mp_facility_to_json     (const MpFacility *facility);
MpFacility  *mp_facility_from_json   (const char *json, GError **error);
char        *mp_training_to_json     (const MpTraining *training, const char *dating);
MpTraining  *mp_training_from_json   (const char *json, char **dating, GError **error);
char        *mp_transfer_to_json     (const MpTransfer *transfer, const char *dating);
MpTransfer  *mp_transfer_from_json   (const char *json, char **dating, GError **error);
char        *mp_edit_observation_to_json   (const MpEditObservation *obs);
MpEditObservation *mp_edit_observation_from_json (const char *json, GError **error);
/* "INDICATOR|UNIT|PERIOD" */
char        *mp_edit_observation_key (const char *indicator, const char *unit, const char *period);

/* Reading with what the public getters leave out. */
MpTraining  *mp_edit_get_training    (MpStore *self, const char *code, char **dating, GError **error);
MpTransfer  *mp_edit_get_transfer    (MpStore *self, const char *code, char **dating, GError **error);
/* The observation of the key, or NULL without error when there is none. */
MpEditObservation *mp_edit_get_observation (MpStore *self, const char *indicator,
                                            const char *unit, const char *period,
                                            GError **error);

/* Validation. `id` is the row being replaced (0 for a new record). */
gboolean     mp_edit_check_facility  (MpStore *self, gint64 id, const MpFacility *facility,
                                      const char **field, GError **error);
gboolean     mp_edit_check_training  (MpStore *self, gint64 id, const MpTraining *training,
                                      const char **field, GError **error);
/* `old_status` is the status the transfer has now (NULL for a new one, or
 * to skip the lifecycle check, as undo does). */
gboolean     mp_edit_check_transfer  (MpStore *self, gint64 id, const MpTransfer *transfer,
                                      const char *old_status,
                                      const char **field, GError **error);
gboolean     mp_edit_check_date      (const char *date);
void         mp_edit_set_field       (const char **field, const char *name);

/* Writing rows, already validated. `id` 0 inserts. */
gboolean     mp_edit_write_facility  (MpStore *self, gint64 id, const MpFacility *facility,
                                      GError **error);
gboolean     mp_edit_write_training  (MpStore *self, gint64 id, const MpTraining *training,
                                      const char *dating, GError **error);
gboolean     mp_edit_write_transfer  (MpStore *self, gint64 id, const MpTransfer *transfer,
                                      const char *dating, GError **error);
/* Whether the target a training names by its natural key exists. */
gboolean     mp_edit_target_exists   (MpStore *self, const MpTraining *training);
/* Refuses (MP_ERROR_INVALID_INPUT) a facility still referred to. */
gboolean     mp_edit_remove_row      (MpStore *self, const char *table, gint64 id,
                                      const char *code, GError **error);

/* Observation rows: upsert (source, comment and time as given / now), and
 * delete by key. */
gboolean     mp_edit_write_observation (MpStore *self, const MpEditObservation *obs,
                                        GError **error);
gboolean     mp_edit_remove_observation (MpStore *self, const char *indicator,
                                         const char *unit, const char *period,
                                         GError **error);

/* The JSON snapshot of the record `code` of `table` ("facility",
 * "training", "transfer", "observation" with the key of
 * mp_edit_observation_key()) in *json, NULL when there is none. */
gboolean     mp_edit_snapshot        (MpStore *self, const char *table, const char *code,
                                      char **json, GError **error);
/* Ends an edit inside BEGIN IMMEDIATE: logs it (origin "local"), commits,
 * pushes it on the undo stack (clearing redo) and emits ::changed. On
 * failure rolls back and returns FALSE. */
gboolean     mp_edit_finish          (MpStore *self, const char *table, const char *code,
                                      const char *action, const char *before,
                                      const char *after, GError **error);
/* ROLLBACK, keeping the first error. */
void         mp_edit_rollback        (MpStore *self);
/* The undo stack after a committed edit: pushes `log_id`, clears redo. */
void         mp_edit_push_done       (MpStore *self, gint64 log_id);
/* Empties both stacks. */
void         mp_edit_clear_history   (MpStore *self);

G_END_DECLS
