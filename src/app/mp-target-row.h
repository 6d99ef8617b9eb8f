/* mp-target-row.h — one target of the Overview with its status, as a list
 * row that opens it (win.show-target). */
#pragma once

#include <adwaita.h>

#include "mp-types.h"

G_BEGIN_DECLS

#define MP_TYPE_TARGET_ROW (mp_target_row_get_type ())
G_DECLARE_FINAL_TYPE (MpTargetRow, mp_target_row, MP, TARGET_ROW, GtkListBoxRow)

GtkWidget  *mp_target_row_new              (const MpTargetStatus *ts);
gint64      mp_target_row_get_target_id    (MpTargetRow *self);
MpStatus    mp_target_row_get_status       (MpTargetRow *self);
/* The indicator's name, and the target with the latest value. */
const char *mp_target_row_get_title        (MpTargetRow *self);
const char *mp_target_row_get_subtitle     (MpTargetRow *self);
const char *mp_target_row_get_status_text  (MpTargetRow *self);

/* "status-on-track" for MP_STATUS_ON_TRACK: the CSS class of a status. */
char       *mp_status_css_class            (MpStatus status);

G_END_DECLS
