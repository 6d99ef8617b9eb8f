/* mp-milestones-rows.h — the rows of the Targets page: an indicator with
 * the worst status of its targets and its latest value, and the milestones
 * (one target a year) of the selected indicator. Plain AdwActionRows. */
#pragma once

#include <adwaita.h>

#include "mp-types.h"

G_BEGIN_DECLS

/* The status as a badge: "On track", coloured by style.css. */
GtkWidget *mp_milestones_status_label_new  (MpStatus              status);

/* A row naming `ts`'s indicator, its status and latest value. Its data
 * "indicator" is the indicator's code, "search-key" its folded name and
 * code. */
GtkWidget *mp_milestones_indicator_row_new (const MpTargetStatus *ts);

/* Fills `list` with the targets (MpTargetStatus*) of `indicator` for
 * `unit` among `targets`, by year, and selects the one of `selected`. */
void       mp_milestones_fill              (GtkListBox           *list,
                                            GPtrArray            *targets,
                                            const char           *indicator,
                                            const char           *unit,
                                            gint64                selected);
/* The target of a milestone row, or 0. */
gint64     mp_milestones_row_get_target_id (GtkListBoxRow        *row);

G_END_DECLS
