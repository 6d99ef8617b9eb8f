/* mp-observation-edit.h — adding, changing and deleting a typed value of a
 * target's indicator, as the Targets page offers it: the value dialog, and
 * the confirmation before a delete. Both go through the core (undo). */
#pragma once

#include <adwaita.h>

#include "mp-observation-item.h"
#include "mp-observations-view.h"
#include "mp-store.h"

G_BEGIN_DECLS

/* Opens the value dialog for `ts`'s indicator and unit over the window of
 * `widget`: empty when `item` is NULL, else that value to change. The
 * period saved is then selected in `view`. */
void mp_observation_edit_open    (GtkWidget            *widget,
                                  MpStore              *store,
                                  const MpTargetStatus *ts,
                                  MpObservationItem    *item,
                                  MpObservationsView   *view);

/* Asks whether to delete `item`, a value of `ts`'s indicator in the unit
 * named `unit_name`, and deletes it when the answer is yes; a failure is
 * told in a dialog. */
void mp_observation_edit_delete  (GtkWidget            *widget,
                                  MpStore              *store,
                                  const MpTargetStatus *ts,
                                  const char           *unit_name,
                                  MpObservationItem    *item);

G_END_DECLS
