/* sw-trend-chart.h: daily worst pain as a line over breaks taken as bars
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-journal-summary.h"
#include "sw-trend-chart-draw.h"

G_BEGIN_DECLS

#define SW_TYPE_TREND_CHART (sw_trend_chart_get_type ())
G_DECLARE_FINAL_TYPE (SwTrendChart, sw_trend_chart, SW, TREND_CHART, GtkWidget)

GtkWidget            *sw_trend_chart_new         (void);
void                  sw_trend_chart_set_trend   (SwTrendChart         *self,
                                                  const SwJournalTrend *trend);
const SwJournalTrend *sw_trend_chart_get_trend   (SwTrendChart         *self);
const char           *sw_trend_chart_get_summary (SwTrendChart         *self);

G_END_DECLS
