/* sw-trend-chart-draw.c: daily worst pain as a line over breaks taken as bars
 *
 * The chart is drawn here with plain cairo and pango, and nothing else: the
 * Journal tab's widget (sw-trend-chart.c) draws it through
 * gtk_snapshot_append_cairo (), the doctor report on a PDF or printer
 * surface, so the two never drift apart, and `sitwell --report` needs no
 * display.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-trend-chart-draw.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#define PAIN_MAX        10
#define GRID_STEPS      5      /* pain 0, 2, 4, 6, 8, 10 */
#define GAP             6.0
#define LEGEND_SAMPLE   18.0

/* Where things go, worked out from the size and the font. */
typedef struct
{
  double      left, right, top, bottom;  /* the plot area */
  double      slot;                      /* the width of one day */
  double      line_height;
  gboolean    legend_wraps;
  guint       breaks_step;               /* breaks per grid line */
} Layout;

static guint
max_breaks (const SwJournalDay *days,
            guint               n_days)
{
  guint most = 0;

  for (guint i = 0; i < n_days; i++)
    most = MAX (most, days[i].breaks_taken);

  return most;
}

static void
text_size (PangoLayout *layout,
           const char  *text,
           double      *width,
           double      *height)
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

static const char *
legend_pain_text (void)
{
  return _("Worst pain of the day (0–10)");
}

static const char *
legend_breaks_text (void)
{
  return _("Breaks taken");
}

static void
compute_layout (PangoLayout        *pango,
                int                 width,
                int                 height,
                const SwJournalDay *days,
                guint               n_days,
                Layout             *layout)
{
  g_autofree char *top_breaks = NULL;
  double left_w, right_w, pain_w, breaks_w;

  layout->breaks_step = MAX (1, (max_breaks (days, n_days) + GRID_STEPS - 1) / GRID_STEPS);
  top_breaks = g_strdup_printf ("%u", layout->breaks_step * GRID_STEPS);

  text_size (pango, "10", &left_w, &layout->line_height);
  text_size (pango, top_breaks, &right_w, NULL);
  text_size (pango, legend_pain_text (), &pain_w, NULL);
  text_size (pango, legend_breaks_text (), &breaks_w, NULL);

  layout->legend_wraps = 2 * (LEGEND_SAMPLE + GAP) + pain_w + breaks_w + 4 * GAP > width;

  layout->left = left_w + GAP;
  layout->right = width - right_w - GAP;
  layout->top = (layout->legend_wraps ? 2 : 1) * (layout->line_height + GAP) +
                layout->line_height / 2 + GAP;
  layout->bottom = height - layout->line_height - GAP;
  layout->slot = n_days > 0 ? (layout->right - layout->left) / n_days : 0;
}

static double
pain_y (const Layout *layout,
        double        pain)
{
  return layout->bottom - pain / PAIN_MAX * (layout->bottom - layout->top);
}

static double
day_x (const Layout *layout,
       guint         index)
{
  return layout->left + layout->slot * (index + 0.5);
}

static void
set_source (cairo_t       *cr,
            const SwColor *color,
            double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Draws @text with its left edge at @x (or right edge, or centre) and its
 * middle at @y. */
static void
show_text (cairo_t     *cr,
           PangoLayout *pango,
           const char  *text,
           double       x,
           double       y,
           double       x_align)
{
  double w, h;

  text_size (pango, text, &w, &h);
  cairo_move_to (cr, round (x - w * x_align), round (y - h / 2));
  pango_cairo_show_layout (cr, pango);
}

static void
draw_legend (cairo_t                  *cr,
             PangoLayout              *pango,
             const Layout             *layout,
             const SwTrendChartColors *colors)
{
  double y = layout->line_height / 2;
  double x = 0;
  double w;

  set_source (cr, &colors->pain, 1);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + LEGEND_SAMPLE, y);
  cairo_stroke (cr);
  cairo_arc (cr, x + LEGEND_SAMPLE / 2, y, 3, 0, 2 * G_PI);
  cairo_fill (cr);
  x += LEGEND_SAMPLE + GAP;

  set_source (cr, &colors->foreground, 1);
  show_text (cr, pango, legend_pain_text (), x, y, 0);
  text_size (pango, legend_pain_text (), &w, NULL);

  if (layout->legend_wraps)
    {
      x = 0;
      y += layout->line_height + GAP;
    }
  else
    x += w + 3 * GAP;

  set_source (cr, &colors->breaks, 0.5);
  cairo_rectangle (cr, x + LEGEND_SAMPLE / 4, y - layout->line_height / 3,
                   LEGEND_SAMPLE / 2, 2 * layout->line_height / 3);
  cairo_fill (cr);
  x += LEGEND_SAMPLE + GAP;

  set_source (cr, &colors->foreground, 1);
  show_text (cr, pango, legend_breaks_text (), x, y, 0);
}

static void
draw_grid (cairo_t                  *cr,
           PangoLayout              *pango,
           const Layout             *layout,
           const SwTrendChartColors *colors)
{
  cairo_set_line_width (cr, 1);

  for (guint step = 0; step <= GRID_STEPS; step++)
    {
      double y = round (pain_y (layout, (double) step * PAIN_MAX / GRID_STEPS)) + 0.5;
      g_autofree char *pain = g_strdup_printf ("%u", step * PAIN_MAX / GRID_STEPS);
      g_autofree char *breaks = g_strdup_printf ("%u", step * layout->breaks_step);

      set_source (cr, &colors->grid, 1);
      cairo_move_to (cr, layout->left, y);
      cairo_line_to (cr, layout->right, y);
      cairo_stroke (cr);

      set_source (cr, &colors->pain, 1);
      show_text (cr, pango, pain, layout->left - GAP, y, 1);
      set_source (cr, &colors->breaks, 1);
      show_text (cr, pango, breaks, layout->right + GAP, y, 0);
    }
}

static void
draw_bars (cairo_t                  *cr,
           const Layout             *layout,
           const SwJournalDay       *days,
           guint                     n_days,
           const SwTrendChartColors *colors)
{
  double full = layout->breaks_step * GRID_STEPS;
  double bar = CLAMP (layout->slot * 0.6, 1.0, 28.0);

  set_source (cr, &colors->breaks, 0.5);
  for (guint i = 0; i < n_days; i++)
    {
      double h;

      if (days[i].breaks_taken == 0)
        continue;

      h = days[i].breaks_taken / full * (layout->bottom - layout->top);
      cairo_rectangle (cr, day_x (layout, i) - bar / 2, layout->bottom - h, bar, h);
    }
  cairo_fill (cr);
}

/* Neighbouring days are joined by a solid line; days with no entry between
 * two entries by a dashed one, so a gap is not mistaken for a measurement. */
static void
draw_pain (cairo_t                  *cr,
           const Layout             *layout,
           const SwJournalDay       *days,
           guint                     n_days,
           const SwTrendChartColors *colors)
{
  const double dash[] = { 4, 4 };
  double radius = layout->slot >= 12 ? 3.5 : 2.5;
  int previous = -1;

  set_source (cr, &colors->pain, 1);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  for (guint i = 0; i < n_days; i++)
    {
      if (days[i].max_pain < 0)
        continue;

      if (previous >= 0)
        {
          cairo_set_dash (cr, dash, (guint) i - (guint) previous > 1 ? 2 : 0, 0);
          cairo_move_to (cr, day_x (layout, (guint) previous),
                         pain_y (layout, days[previous].max_pain));
          cairo_line_to (cr, day_x (layout, i), pain_y (layout, days[i].max_pain));
          cairo_stroke (cr);
        }
      previous = (int) i;
    }

  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < n_days; i++)
    {
      if (days[i].max_pain < 0)
        continue;

      cairo_new_sub_path (cr);
      cairo_arc (cr, day_x (layout, i), pain_y (layout, days[i].max_pain), radius, 0, 2 * G_PI);
    }
  cairo_fill (cr);
}

static char *
format_axis_date (const GDate *date)
{
  g_autoptr(GDateTime) noon = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);

  /* Translators: a date under the trend chart, as for g_date_time_format (),
   * e.g. "23 Nov". Keep it short. */
  return g_date_time_format (noon, C_("chart date", "%-d %b"));
}

/* Labels from the last day (today) backwards, as many as fit. */
static void
draw_dates (cairo_t                  *cr,
            PangoLayout              *pango,
            const Layout             *layout,
            int                       width,
            const SwJournalDay       *days,
            guint                     n_days,
            const SwTrendChartColors *colors)
{
  double widest = 0;
  double right_edge = width;
  guint step;

  if (n_days == 0 || layout->slot <= 0)
    return;

  for (guint i = 0; i < n_days; i++)
    {
      g_autofree char *text = format_axis_date (&days[i].date);
      double w;

      text_size (pango, text, &w, NULL);
      widest = MAX (widest, w);
    }

  step = MAX (1, (guint) ceil ((widest + 2 * GAP) / layout->slot));

  set_source (cr, &colors->foreground, 1);
  for (int i = (int) n_days - 1; i >= 0; i -= (int) step)
    {
      g_autofree char *text = format_axis_date (&days[i].date);
      double w, x;

      text_size (pango, text, &w, NULL);
      x = CLAMP (day_x (layout, (guint) i) - w / 2, 0, width - w);
      if (x + w > right_edge)
        continue;

      show_text (cr, pango, text, x, layout->bottom + GAP + layout->line_height / 2, 0);
      right_edge = x - GAP;
    }
}

static PangoFontDescription *
chart_font (const PangoFontDescription *font)
{
  PangoFontDescription *small = font != NULL ? pango_font_description_copy (font)
                                             : pango_font_description_from_string ("Sans 10");
  int size = pango_font_description_get_size (small);

  /* A little smaller than the body text, as a caption. */
  if (size > 0)
    {
      if (pango_font_description_get_size_is_absolute (small))
        pango_font_description_set_absolute_size (small, size * 0.85);
      else
        pango_font_description_set_size (small, (int) (size * 0.85));
    }

  return small;
}

/* A layout in the chart's font: a little smaller than the body text, as a
 * caption, and in the UI's language so Chinese gets Chinese glyph forms. */
static PangoLayout *
create_chart_layout (PangoContext               *context,
                     const PangoFontDescription *font)
{
  PangoLayout *pango = pango_layout_new (context);
  PangoFontDescription *small = chart_font (font);

  pango_layout_set_font_description (pango, small);
  pango_font_description_free (small);

  return pango;
}

/**
 * sw_trend_chart_draw:
 * @cr: where to draw, with (0, 0) at the chart's top left
 * @days: (array length=n_days): the days to show, oldest first
 * @colors: the colours to draw in
 * @font: (nullable): the body font; labels are drawn a little smaller
 *
 * Draws the legend, a 0–10 pain axis on the left, a breaks axis on the
 * right with its own scale, the dates along the bottom, breaks taken as
 * bars and each day's worst pain as a line.
 */
void
sw_trend_chart_draw (cairo_t                    *cr,
                     int                         width,
                     int                         height,
                     const SwJournalDay         *days,
                     guint                       n_days,
                     const SwTrendChartColors   *colors,
                     const PangoFontDescription *font)
{
  PangoContext *context;
  g_autoptr(PangoLayout) pango = NULL;
  Layout layout;
  gboolean empty = TRUE;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (days != NULL || n_days == 0);
  g_return_if_fail (colors != NULL);

  context = pango_cairo_create_context (cr);
  pango_context_set_language (context, sw_render_get_language ());
  pango = create_chart_layout (context, font);
  g_object_unref (context);

  compute_layout (pango, width, height, days, n_days, &layout);
  if (layout.bottom <= layout.top || layout.right <= layout.left)
    return;

  cairo_save (cr);

  draw_legend (cr, pango, &layout, colors);
  draw_grid (cr, pango, &layout, colors);
  draw_bars (cr, &layout, days, n_days, colors);
  draw_pain (cr, &layout, days, n_days, colors);
  draw_dates (cr, pango, &layout, width, days, n_days, colors);

  for (guint i = 0; i < n_days && empty; i++)
    empty = days[i].max_pain < 0 && days[i].breaks_taken == 0;

  if (empty)
    {
      set_source (cr, &colors->foreground, 0.7);
      show_text (cr, pango, _("Nothing logged on these days"),
                 (layout.left + layout.right) / 2, (layout.top + layout.bottom) / 2, 0.5);
    }

  cairo_restore (cr);
}

/**
 * sw_trend_chart_day_at:
 * @context: the context the chart's text is measured with
 * @font: (nullable): the font passed to sw_trend_chart_draw ()
 * @days: (array length=n_days): the days drawn
 * @x: (in): a point in the chart, as for sw_trend_chart_draw ()
 *
 * Returns: the index of the day drawn at (@x, @y), or -1 outside the plot
 */
int
sw_trend_chart_day_at (PangoContext               *context,
                       const PangoFontDescription *font,
                       int                         width,
                       int                         height,
                       const SwJournalDay         *days,
                       guint                       n_days,
                       double                      x,
                       double                      y)
{
  g_autoptr(PangoLayout) pango = NULL;
  Layout layout;
  int index;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), -1);
  g_return_val_if_fail (days != NULL || n_days == 0, -1);

  if (n_days == 0)
    return -1;

  pango = create_chart_layout (context, font);
  compute_layout (pango, width, height, days, n_days, &layout);
  if (layout.slot <= 0 || x < layout.left || x >= layout.right || y > layout.bottom)
    return -1;

  index = (int) ((x - layout.left) / layout.slot);
  if (index < 0 || (guint) index >= n_days)
    return -1;

  return index;
}
