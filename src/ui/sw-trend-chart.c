/* sw-trend-chart.c: daily worst pain as a line over breaks taken as bars
 *
 * All the drawing is in sw_trend_chart_draw (), plain cairo and pango, so a
 * printed report can draw the same chart on a PDF surface. The widget only
 * picks the theme's colours and font, and gives screen readers the trend's
 * sentence as its description: the figures themselves come from core.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-trend-chart.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#define PAIN_MAX        10
#define GRID_STEPS      5      /* pain 0, 2, 4, 6, 8, 10 */
#define GAP             6.0
#define LEGEND_SAMPLE   18.0
#define MIN_HEIGHT      180
#define NATURAL_HEIGHT  240
#define MIN_WIDTH       240

struct _SwTrendChart
{
  GtkWidget       parent_instance;

  SwJournalTrend *trend;
};

G_DEFINE_FINAL_TYPE (SwTrendChart, sw_trend_chart, GTK_TYPE_WIDGET)

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
            const GdkRGBA *color,
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
  g_autoptr(PangoLayout) pango = NULL;
  PangoFontDescription *small;
  Layout layout;
  gboolean empty = TRUE;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (days != NULL || n_days == 0);
  g_return_if_fail (colors != NULL);

  pango = pango_cairo_create_layout (cr);
  small = chart_font (font);
  pango_layout_set_font_description (pango, small);
  pango_font_description_free (small);

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

/* ------------------------------------------------------------------------ */
/* The widget                                                               */

static void
lookup_colors (SwTrendChart       *self,
               SwTrendChartColors *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &colors->foreground);
  colors->grid = colors->foreground;
  colors->grid.alpha *= 0.15f;

  if (!gtk_style_context_lookup_color (context, "accent_color", &colors->pain))
    colors->pain = colors->foreground;
  if (!gtk_style_context_lookup_color (context, "success_color", &colors->breaks))
    colors->breaks = colors->foreground;
}

static void
sw_trend_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SwTrendChart *self = SW_TREND_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const PangoFontDescription *font;
  const SwJournalDay *days = NULL;
  SwTrendChartColors colors;
  guint n_days = 0;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  if (self->trend != NULL)
    days = sw_journal_trend_get_days (self->trend, &n_days);

  lookup_colors (self, &colors);
  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sw_trend_chart_draw (cr, width, height, days, n_days, &colors, font);
  cairo_destroy (cr);
}

static void
sw_trend_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = MIN_WIDTH;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

/* "Tue 10 Mar: worst pain 5 · Moderate, 3 breaks taken" for the day under
 * the pointer. */
static gboolean
sw_trend_chart_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_tooltip,
                              GtkTooltip *tooltip)
{
  SwTrendChart *self = SW_TREND_CHART (widget);
  g_autoptr(PangoLayout) pango = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *pain_text = NULL;
  g_autofree char *breaks_text = NULL;
  g_autofree char *text = NULL;
  PangoFontDescription *small;
  const SwJournalDay *days;
  const SwJournalDay *day;
  Layout layout;
  guint n_days;
  int index;

  if (self->trend == NULL || keyboard_tooltip)
    return FALSE;

  days = sw_journal_trend_get_days (self->trend, &n_days);
  if (n_days == 0)
    return FALSE;

  pango = gtk_widget_create_pango_layout (widget, NULL);
  small = chart_font (pango_context_get_font_description (gtk_widget_get_pango_context (widget)));
  pango_layout_set_font_description (pango, small);
  pango_font_description_free (small);

  compute_layout (pango, gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                  days, n_days, &layout);
  if (layout.slot <= 0 || x < layout.left || x >= layout.right || y > layout.bottom)
    return FALSE;

  index = (int) ((x - layout.left) / layout.slot);
  if (index < 0 || (guint) index >= n_days)
    return FALSE;

  day = &days[index];
  day_text = sw_journal_format_day (&day->date, &days[n_days - 1].date);

  if (day->max_pain >= 0)
    {
      g_autofree char *pain = sw_journal_format_pain (day->max_pain);

      /* Translators: in the chart's tooltip, e.g. "Worst pain 5 · Moderate". */
      pain_text = g_strdup_printf (_("Worst pain %s"), pain);
    }
  else
    pain_text = g_strdup (_("No entry"));

  breaks_text = g_strdup_printf (ngettext ("%u break taken", "%u breaks taken",
                                           day->breaks_taken), day->breaks_taken);

  text = g_strdup_printf ("%s\n%s\n%s", day_text, pain_text, breaks_text);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
sw_trend_chart_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sw_trend_chart_parent_class)->css_changed (widget, change);

  /* Light and dark change the named colours the chart is drawn in. */
  gtk_widget_queue_draw (widget);
}

static void
sw_trend_chart_finalize (GObject *object)
{
  SwTrendChart *self = SW_TREND_CHART (object);

  g_clear_pointer (&self->trend, sw_journal_trend_free);

  G_OBJECT_CLASS (sw_trend_chart_parent_class)->finalize (object);
}

static void
sw_trend_chart_class_init (SwTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sw_trend_chart_finalize;

  widget_class->snapshot = sw_trend_chart_snapshot;
  widget_class->measure = sw_trend_chart_measure;
  widget_class->query_tooltip = sw_trend_chart_query_tooltip;
  widget_class->css_changed = sw_trend_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sw_trend_chart_init (SwTrendChart *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pain and breaks chart"),
                                  -1);
}

GtkWidget *
sw_trend_chart_new (void)
{
  return g_object_new (SW_TYPE_TREND_CHART, NULL);
}

/**
 * sw_trend_chart_set_trend:
 * @trend: (nullable): the days to show; copied
 *
 * Shows @trend, and gives its sentence to screen readers as the chart's
 * description.
 */
void
sw_trend_chart_set_trend (SwTrendChart         *self,
                          const SwJournalTrend *trend)
{
  g_return_if_fail (SW_IS_TREND_CHART (self));

  g_clear_pointer (&self->trend, sw_journal_trend_free);
  if (trend != NULL)
    self->trend = sw_journal_trend_copy (trend);

  if (self->trend != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    sw_journal_trend_get_summary (self->trend),
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * sw_trend_chart_get_trend:
 *
 * Returns: (transfer none) (nullable): what the chart shows
 */
const SwJournalTrend *
sw_trend_chart_get_trend (SwTrendChart *self)
{
  g_return_val_if_fail (SW_IS_TREND_CHART (self), NULL);

  return self->trend;
}

/**
 * sw_trend_chart_get_summary:
 *
 * Returns: (nullable): the sentence screen readers hear for the chart
 */
const char *
sw_trend_chart_get_summary (SwTrendChart *self)
{
  g_return_val_if_fail (SW_IS_TREND_CHART (self), NULL);

  return self->trend != NULL ? sw_journal_trend_get_summary (self->trend) : NULL;
}
