/* mp-store.h — the Medplan database: one SQLite file (DESIGN §3).
 *
 * Opening refuses, without writing a single byte, a file that is not a
 * Medplan database, is corrupt, or has a newer schema. Older schemas are
 * migrated forward after a backup copy is written next to the file.
 */
#pragma once

#include <gio/gio.h>
#include "mp-types.h"

G_BEGIN_DECLS

#define MP_TYPE_STORE (mp_store_get_type ())
G_DECLARE_FINAL_TYPE (MpStore, mp_store, MP, STORE, GObject)

/* The PRAGMA application_id of every Medplan file: "MPLN". */
#define MP_APPLICATION_ID 0x4d504c4e
/* The schema version this build writes (PRAGMA user_version). */
#define MP_SCHEMA_VERSION 2

typedef enum {
  MP_STORE_OPEN_DEFAULT   = 0,
  MP_STORE_OPEN_CREATE    = 1 << 0, /* create the file (and folders) if missing */
  MP_STORE_OPEN_READ_ONLY = 1 << 1,
} MpStoreOpenFlags;

/* The default database path: $MEDPLAN_DB, else
 * $XDG_DATA_HOME/medplan/medplan.db. Returns a new string. */
char       *mp_store_default_path     (void);

MpStore    *mp_store_open             (const char       *path,
                                       MpStoreOpenFlags  flags,
                                       GError          **error);
const char *mp_store_get_path         (MpStore          *self);
/* TRUE when the store holds no document, unit, indicator or target. */
gboolean    mp_store_is_empty         (MpStore          *self);
/* Schema version found on open, before any migration. */
int         mp_store_get_opened_version (MpStore        *self);
/* Emits MpStore::changed (see mp-store.c): after every committed edit,
 * undo and redo (mp-edit.h), and, from the front ends, after an import
 * (table NULL, action "import"). Call it on the thread that owns the
 * widgets listening. */
void        mp_store_notify_changed   (MpStore          *self,
                                       const char       *table,
                                       const char       *code,
                                       const char       *action);
/* Path of the backup written before a migration, or NULL. */
const char *mp_store_get_backup_path  (MpStore          *self);

/* Loads the sample data (the five source documents) shipped in the core's
 * resources, in one transaction. Fails if the store is not empty. */
gboolean    mp_store_load_sample      (MpStore          *self,
                                       GError          **error);
/* Same, from a sample file in the native XML format (data/sample/). */
gboolean    mp_store_load_sample_file (MpStore          *self,
                                       const char       *path,
                                       GError          **error);

/* Enters (or replaces) a typed observation. The indicator and unit must
 * exist; the period must be valid DHIS2 syntax (2025, 2025S1, 2025Q3).
 * `source` may be NULL ("medplan-cli", "gui", a file name). */
gboolean    mp_store_set_observation  (MpStore          *self,
                                       const char       *indicator,
                                       const char       *unit,
                                       const char       *period,
                                       double            value,
                                       const char       *source,
                                       GError          **error);

/* Targets with their judgement, worst first, then by document, indicator,
 * unit and year. `unit` and `year` (0 = all) filter. Elements are
 * MpTargetStatus*, freed with the array. */
GPtrArray  *mp_store_list_targets     (MpStore          *self,
                                       const char       *unit,
                                       int               year,
                                       GError          **error);

/* A value of an indicator for a unit and period, with where it came from:
 * the typed observation if there is one, else the computed value, whose
 * numerator and denominator are given too (NAN for a typed value). Fails
 * with MP_ERROR_NOT_FOUND when there is neither. */
gboolean    mp_store_get_value        (MpStore          *self,
                                       const char       *indicator,
                                       const char       *unit,
                                       const char       *period,
                                       double           *value,
                                       MpValueSource    *source,
                                       double           *numerator,
                                       double           *denominator,
                                       GError          **error);

/* A value of a series: a typed observation, or a value computed from
 * staffing, beds and population (DESIGN §3). */
typedef struct {
  char          *period;
  double         t;            /* the period's time (DESIGN §5) */
  double         value;
  MpValueSource  source;
  double         numerator;    /* computed values: what they are made of; */
  double         denominator;  /* NAN for typed values */
  char          *comment;      /* typed values: their comment, or NULL */
} MpSeriesPoint;

/* The values of `indicator` for `unit`: the typed observations, and the
 * computed annual values of the years with no typed annual value, in
 * ascending time. Elements are MpSeriesPoint, cleared with the array. Fails
 * with MP_ERROR_NOT_FOUND when the indicator or the unit does not exist. */
GArray     *mp_store_get_series       (MpStore          *self,
                                       const char       *indicator,
                                       const char       *unit,
                                       GError          **error);

/* Rows for the plain lists of the first window. */
typedef struct {
  char *code;
  char *name;       /* in the user's language */
  char *level;      /* country, region, province, district, commune */
  char *parent;     /* parent code or NULL */
} MpUnitRow;

typedef struct {
  char   *code;
  char   *name;
  char   *kind;      /* hospital, specialised_hospital, ... */
  char   *klass;     /* special, I, II, III, unranked, or NULL */
  char   *ownership; /* public, private, or NULL */
  char   *unit;      /* unit code */
  gint64  beds;      /* -1 when unknown */
  char   *unit_name; /* the unit's name in the user's language */
  /* Headcounts of the categories 'doctor' and 'nurse' in the facility's
   * latest staffing year; -1 when that year has none, or there is none. */
  gint64  doctors;
  gint64  nurses;
} MpFacilityRow;

typedef struct {
  char   *code;
  char   *title;
  char   *kind;
  char   *institution;    /* facility name, or NULL */
  char   *start;          /* ISO date or year, or NULL */
  char   *end;
  gint64  seats_planned;  /* -1 when unknown */
  gint64  seats_enrolled;
  gint64  seats_completed;
  char   *status;
  gint64  budget_vnd;     /* -1 when unknown */
  char   *institution_code; /* facility code, or NULL */
  /* The target served, or all NULL/0 when none. */
  gint64  target_id;
  char   *target_indicator;      /* indicator code */
  char   *target_indicator_name; /* in the user's language */
  char   *target_unit;           /* unit code */
  char   *target_unit_name;
  int     target_year;
} MpTrainingRow;

typedef struct {
  char   *code;
  char   *technique;
  char   *from_facility;  /* facility name, or NULL */
  char   *to_facility;    /* facility name */
  char   *kind;
  char   *status;
  char   *start;
  char   *end;
  char   *from_code;      /* the sending facility's code, else the unit's, or NULL */
  char   *from_unit;      /* the sender's unit: the facility's, or the unit itself */
  char   *to_code;        /* the receiving facility's code, else the unit's */
  char   *to_unit;
  gint64  staff_trained;  /* -1 when unknown */
  gint64  cases_done;     /* -1 when unknown */
} MpTransferRow;

void        mp_unit_row_free          (MpUnitRow       *row);

/* A record whose status the change log shows changed (see
 * mp_store_list_status_changes()). */
typedef struct {
  char *code;
  char *before;  /* the status before the first change in the time asked */
  char *after;   /* the status after the last one */
  char *at;      /* when the last one was made: ISO 8601, UTC */
} MpStatusChange;

void        mp_status_change_free     (MpStatusChange  *change);

/* The records of `table` ("transfer" or "training") whose status was
 * changed in this database between the days `since` and `until`
 * (YYYY-MM-DD, both included), as the change log holds them (edits, undo
 * and redo; imports are logged per file, not per record): each with its
 * status before the first change of that time and after the last, in the
 * order of their last change. A record back where it started is left out.
 * MpStatusChange*, owned. */
GPtrArray  *mp_store_list_status_changes (MpStore      *self,
                                          const char   *table,
                                          const char   *since,
                                          const char   *until,
                                          GError      **error);

/* The unit shown when none is chosen (the Overview, Targets, the report):
 * Cần Thơ (VN-CT) when it has targets, else the first province that has,
 * else the first unit with targets, else the first unit. `units` are
 * MpUnitRow*, `targets` the MpTargetStatus* of every unit (NULL: none).
 * Returns the index in `units`; 0 when it is empty. */
guint       mp_pick_default_unit      (GPtrArray       *units,
                                       GPtrArray       *targets);
void        mp_facility_row_free      (MpFacilityRow   *row);
void        mp_training_row_free      (MpTrainingRow   *row);
void        mp_transfer_row_free      (MpTransferRow   *row);

GPtrArray  *mp_store_list_units       (MpStore *self, GError **error);
GPtrArray  *mp_store_list_facilities  (MpStore *self, GError **error);
GPtrArray  *mp_store_list_trainings   (MpStore *self, GError **error);
GPtrArray  *mp_store_list_transfers   (MpStore *self, GError **error);

/* Translated labels for the enum-like codes stored in the database. */
const char *mp_facility_kind_label    (const char *kind);
/* "Special", "Class I", …; "" for NULL. */
const char *mp_facility_class_label   (const char *klass);
/* "Public", "Private"; "" for NULL. */
const char *mp_facility_ownership_label (const char *ownership);
const char *mp_training_kind_label    (const char *kind);
const char *mp_training_status_label  (const char *status);
const char *mp_transfer_kind_label    (const char *kind);
const char *mp_transfer_status_label  (const char *status);
const char *mp_unit_level_label       (const char *level);

/* Runs PRAGMA integrity_check and foreign_key_check and the data rules
 * (targets reference existing rows, between has value_high > value, ...).
 * Each problem found is appended as one translated line to `problems`.
 * Returns FALSE with `error` only when the check itself could not run. */
gboolean    mp_store_check            (MpStore          *self,
                                       GPtrArray        *problems,
                                       GError          **error);

G_END_DECLS
