/* mp-chart-data.h — chart data read from the database: the observed and
 * computed series, the targets and their judgement, the comparison units,
 * the transfer links. */
#pragma once

#include "mp-store.h"
#include "mp-chart.h"

G_BEGIN_DECLS

/* Each takes `judged`, the targets with their judgement
 * (mp_store_list_targets of every unit) when the caller has them already,
 * or NULL to have them listed. */

/* The trend of `indicator` for `unit`: its values (typed and computed), its
 * targets as milestones with their status, the baseline of the earliest
 * target that has one, the projection (DESIGN §5) to the last milestone,
 * and as comparisons the units above it (region, country) that have
 * values. Fails with MP_ERROR_NOT_FOUND naming the code when the indicator
 * or unit does not exist. */
MpChart *mp_chart_data_trend   (MpStore     *store,
                                GPtrArray   *judged,
                                const char  *indicator,
                                const char  *unit,
                                GError     **error);

/* `indicator` across every unit that has a target or a value for it: the
 * latest value of each, the status of its target for `year` (0: the
 * nearest target year), `highlight` marked. The target line is the
 * highlighted unit's target. */
MpChart *mp_chart_data_compare (MpStore     *store,
                                GPtrArray   *judged,
                                const char  *indicator,
                                int          year,
                                const char  *highlight,
                                GError     **error);

/* How many of `targets` (MpTargetStatus*) are in each status, for a page
 * that has listed them already; the subtitle is `unit_name`, or "All units"
 * when NULL. */
MpChart *mp_chart_status_for_targets (GPtrArray  *targets,
                                      const char *unit_name);

/* How many targets of `unit` (NULL: all units) are in each status. */
MpChart *mp_chart_data_status  (MpStore     *store,
                                const char  *unit,
                                GError     **error);

/* Every transfer as a link between facilities (or units, where a transfer
 * names only a unit), the nodes grouped by unit. `transfers` are the
 * MpTransferRow the caller has listed already, or NULL to list them. */
MpChart *mp_chart_data_network (MpStore     *store,
                                GPtrArray   *transfers,
                                GError     **error);

G_END_DECLS
