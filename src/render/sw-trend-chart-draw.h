/* sw-trend-chart-draw.h: the trend chart as plain cairo drawing, for screen and paper
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sw-journal.h"
#include "sw-render.h"

G_BEGIN_DECLS

/* The colours the chart is drawn in; the widget takes them from the theme,
 * a printed report passes its own. */
typedef struct
{
  SwColor foreground;  /* axis labels and the legend */
  SwColor grid;        /* grid lines */
  SwColor pain;        /* the line */
  SwColor breaks;      /* the bars */
} SwTrendChartColors;

void sw_trend_chart_draw   (cairo_t                    *cr,
                            int                         width,
                            int                         height,
                            const SwJournalDay         *days,
                            guint                       n_days,
                            const SwTrendChartColors   *colors,
                            const PangoFontDescription *font);
int  sw_trend_chart_day_at (PangoContext               *context,
                            const PangoFontDescription *font,
                            int                         width,
                            int                         height,
                            const SwJournalDay         *days,
                            guint                       n_days,
                            double                      x,
                            double                      y);

G_END_DECLS
