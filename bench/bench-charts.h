/* bench-charts.h — the synthetic data the chart benchmark draws. Made-up
 * figures for timing only; nothing here is a real measurement. */
#pragma once

#include "mp-chart.h"

/* A trend of one unit with 34 comparison units × 20 years of annual values
 * and three milestones. */
MpTrendData   *bench_trend_data   (void);
/* A network of n_links transfers between facilities of 34 provinces. */
MpNetworkData *bench_network_data (guint n_links);
