/* mp-edit.h — editing the records a user can name (facilities with their
 * staffing, training programmes, technology transfers, observations), and
 * undoing and redoing those edits.
 *
 * Every save and delete validates its record, writes it in one
 * transaction together with one change_log row (before and after as JSON
 * snapshots of the whole record), and then emits MpStore::changed. A
 * failed save leaves the database exactly as it was.
 *
 * Undo and redo work on the edits made through this store object during
 * this session (a stack of change_log ids): undo writes the "before"
 * snapshot back, redo the "after"; each is itself logged (origin "undo" or
 * "redo") and emits ::changed. Any new edit clears the redo stack. An
 * import clears both stacks (its rows are not undone one by one). */
#pragma once

#include "mp-store.h"

G_BEGIN_DECLS

/* Unknown numbers are -1 (counts) or NAN (coordinates); unknown texts NULL.
 * Codes refer to other records by their code, never by internal id. */

typedef struct {
  int     year;
  char   *category;            /* doctor, nurse, midwife, pharmacist, technician, other */
  gint64  headcount;           /* >= 0 */
  gint64  postgraduate;        /* -1 unknown */
  gint64  language_certified;
  gint64  digital_trained;
} MpStaffing;

typedef struct {
  char   *code;
  char   *name_vi;             /* required */
  char   *name_en;
  char   *kind;                /* hospital, specialised_hospital, ... */
  char   *klass;               /* special, I, II, III, unranked, or NULL */
  char   *ownership;           /* public, private, or NULL */
  char   *unit;                /* unit code, required */
  gint64  beds;
  char   *opened;              /* YYYY or YYYY-MM-DD, or NULL */
  char   *closed;
  double  latitude;            /* NAN unknown */
  double  longitude;
  int     family_medicine;     /* -1 unknown, 0 no, 1 yes */
  char   *document;            /* document code or NULL */
  char   *note;
  GArray *staffing;            /* of MpStaffing, by year then category */
} MpFacility;

typedef struct {
  char   *code;
  char   *title_vi;            /* required */
  char   *title_en;
  char   *kind;                /* phd, specialist_1, ..., other */
  char   *speciality;
  char   *institution;         /* facility code, or NULL */
  char   *sending_facility;    /* facility code, or NULL */
  char   *sending_unit;        /* unit code, or NULL */
  char   *start;               /* YYYY or YYYY-MM-DD, or NULL */
  char   *end;
  gint64  seats_planned;
  gint64  seats_enrolled;
  gint64  seats_completed;
  gint64  budget_vnd;
  char   *status;              /* planned, running, completed, cancelled */
  /* The target served, by its natural key; all NULL/0 when none. */
  char   *target_indicator;
  char   *target_unit;
  int     target_year;
  char   *target_document;
  char   *document;
  char   *note;
} MpTraining;

typedef struct {
  char   *code;
  char   *technique_vi;        /* required */
  char   *technique_en;
  char   *speciality;
  char   *from_facility;       /* facility code, or NULL */
  char   *from_unit;           /* unit code, or NULL */
  char   *to_facility;         /* facility code; to_facility or to_unit required */
  char   *to_unit;
  char   *kind;                /* technique, satellite, rotation, telehealth */
  char   *start;
  char   *end;
  char   *status;              /* planned, training, supervised, independent, stopped */
  gint64  staff_trained;
  gint64  cases_done;
  char   *document;
  char   *note;
} MpTransfer;

MpFacility *mp_facility_new        (void);   /* all unknown, staffing empty */
MpFacility *mp_facility_copy       (const MpFacility *facility);
void        mp_facility_free       (MpFacility *facility);
MpTraining *mp_training_new        (void);   /* status "planned" */
MpTraining *mp_training_copy       (const MpTraining *training);
void        mp_training_free       (MpTraining *training);
MpTransfer *mp_transfer_new        (void);   /* status "planned" */
MpTransfer *mp_transfer_copy       (const MpTransfer *transfer);
void        mp_transfer_free       (MpTransfer *transfer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpFacility, mp_facility_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpTraining, mp_training_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpTransfer, mp_transfer_free)

/* Reading one record; MP_ERROR_NOT_FOUND when `code` does not exist. */
MpFacility *mp_store_get_facility  (MpStore *self, const char *code, GError **error);
MpTraining *mp_store_get_training  (MpStore *self, const char *code, GError **error);
MpTransfer *mp_store_get_transfer  (MpStore *self, const char *code, GError **error);

/* Saving: `old_code` NULL creates the record (its code must be new),
 * otherwise replaces the record `old_code` (whose code may change; rows
 * that refer to it follow). Invalid input fails with MP_ERROR_INVALID_INPUT,
 * a translated message meant to be shown beside the field, and, when
 * `field` is not NULL, the name of that field in *field (a static string:
 * the struct member's name, e.g. "code", "name_vi", "beds", "staffing",
 * "end"). The checks: code non-empty, no spaces, unique; required texts
 * non-empty; enumerations valid; referenced codes exist; counts >= 0;
 * dates valid and end/closed not before start/opened; latitude/longitude
 * in range; seats completed <= enrolled; a transfer's sender differs from
 * its receiver; its status change allowed by mp_transfer_status_allowed();
 * staffing rows unique per (year, category) with sub-counts <= headcount.
 * Optional texts and codes that are "" are stored as NULL (unknown). A
 * code `old_code` that does not exist fails with MP_ERROR_NOT_FOUND. The
 * field names: every member of the record ("code", "name_vi", "kind",
 * "klass", "unit", "beds", "opened", "closed", "latitude", "document",
 * "staffing", "institution", "seats_completed", "target_indicator" for any
 * problem with the target served, "to_facility" for a transfer without a
 * receiver or to itself, "to_unit", "status", ...). */
gboolean    mp_store_save_facility (MpStore *self, const char *old_code,
                                    const MpFacility *facility,
                                    const char **field, GError **error);
gboolean    mp_store_save_training (MpStore *self, const char *old_code,
                                    const MpTraining *training,
                                    const char **field, GError **error);
gboolean    mp_store_save_transfer (MpStore *self, const char *old_code,
                                    const MpTransfer *transfer,
                                    const char **field, GError **error);

/* Deleting. A facility that a training programme or a transfer still
 * refers to is not deleted: MP_ERROR_INVALID_INPUT says how many refer to
 * it. Its staffing goes with it (and comes back with undo). */
gboolean    mp_store_delete_facility (MpStore *self, const char *code, GError **error);
gboolean    mp_store_delete_training (MpStore *self, const char *code, GError **error);
gboolean    mp_store_delete_transfer (MpStore *self, const char *code, GError **error);

/* The transfer lifecycle: planned → training → supervised → independent;
 * any status but "stopped" may go to "stopped"; a stopped transfer may
 * resume at planned, training or supervised. Staying is always allowed.
 * `from` NULL (a new transfer) allows every status. */
gboolean    mp_transfer_status_allowed (const char *from, const char *to);
/* Changes only the status, with the same checks and logging as a save. */
gboolean    mp_store_set_transfer_status (MpStore *self, const char *code,
                                          const char *status, GError **error);

/* Observations typed by the user. `old_period` NULL adds (or replaces) the
 * value of `period`; otherwise the observation of `old_period` is moved to
 * `period` (which must not already hold one) with the new value. `comment`
 * may be NULL. Logged and undoable like the records above; source "gui".
 * Fields: "indicator", "unit", "period" (invalid, already taken, or
 * `old_period` missing: MP_ERROR_NOT_FOUND), "value" (not finite). The
 * change_log code is "INDICATOR|UNIT|PERIOD". */
gboolean    mp_store_save_observation   (MpStore *self, const char *indicator,
                                         const char *unit, const char *old_period,
                                         const char *period, double value,
                                         const char *comment,
                                         const char **field, GError **error);
gboolean    mp_store_delete_observation (MpStore *self, const char *indicator,
                                         const char *unit, const char *period,
                                         GError **error);

/* Undo and redo (see the top of this file). Undo fails with
 * MP_ERROR_INVALID_INPUT and writes nothing when there is nothing to undo,
 * when the record was changed since by something else (an import, another
 * program: then the undo stack, now stale, is emptied), or when the record
 * cannot come back as it was (a facility to remove that is now referred
 * to, a code now taken: the stack is kept). Redo likewise. */
gboolean    mp_store_can_undo        (MpStore *self);
gboolean    mp_store_can_redo        (MpStore *self);
/* A translated description of what undo / redo would do, e.g.
 * "Undo: delete facility “VN-CT-BV-DAKHOA”", or NULL. */
char       *mp_store_describe_undo   (MpStore *self);
char       *mp_store_describe_redo   (MpStore *self);
gboolean    mp_store_undo            (MpStore *self, GError **error);
gboolean    mp_store_redo            (MpStore *self, GError **error);

G_END_DECLS
