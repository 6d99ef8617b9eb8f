/* mp-training-item.h — one training programme as the Training view lists
 * it: the columns to show (labels translated once, at load), the progress
 * of its seats, the judgement of the target it serves, and a folded search
 * key to filter on. */
#pragma once

#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_TRAINING_ITEM (mp_training_item_get_type ())
G_DECLARE_FINAL_TYPE (MpTrainingItem, mp_training_item, MP, TRAINING_ITEM, GObject)

const char     *mp_training_item_get_code          (MpTrainingItem *self);
const char     *mp_training_item_get_title         (MpTrainingItem *self);
const char     *mp_training_item_get_kind          (MpTrainingItem *self);
const char     *mp_training_item_get_kind_label    (MpTrainingItem *self);
const char     *mp_training_item_get_institution   (MpTrainingItem *self);
/* As stored (YYYY or YYYY-MM-DD), or NULL. */
const char     *mp_training_item_get_start         (MpTrainingItem *self);
const char     *mp_training_item_get_end           (MpTrainingItem *self);
/* -1 when unknown. */
gint64          mp_training_item_get_seats_planned   (MpTrainingItem *self);
gint64          mp_training_item_get_seats_enrolled  (MpTrainingItem *self);
gint64          mp_training_item_get_seats_completed (MpTrainingItem *self);
gint64          mp_training_item_get_budget        (MpTrainingItem *self);
const char     *mp_training_item_get_status        (MpTrainingItem *self);
const char     *mp_training_item_get_status_label  (MpTrainingItem *self);
/* "Bác sĩ/10.000 dân — Cần Thơ 2030", or "" when it serves no target. */
const char     *mp_training_item_get_target_label  (MpTrainingItem *self);
/* The judgement of that target; FALSE when there is none. */
gboolean        mp_training_item_get_target_status (MpTrainingItem *self,
                                                    MpStatus       *status);
/* Completed / planned seats, 0 to 1; -1 when either is unknown or planned
 * is 0. */
double          mp_training_item_get_progress      (MpTrainingItem *self);
/* Code, title and institution, folded (mp_facility_fold). */
const char     *mp_training_item_get_search_key    (MpTrainingItem *self);

/* Every training programme of `store` as a list of MpTrainingItem, in the
 * order of mp_store_list_trainings(), with the judgements of their targets. */
GListStore     *mp_training_item_load              (MpStore        *store,
                                                    GError        **error);

/* A stored date (YYYY or YYYY-MM-DD) as the user reads it:
 * mp_input_format_date(). NULL gives "". Returns a new string. */
char           *mp_training_format_date            (const char     *date);

G_END_DECLS
