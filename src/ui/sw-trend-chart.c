/* sw-trend-chart.c: daily worst pain as a line over breaks taken as bars
 *
 * The drawing is sw_trend_chart_draw () in src/render/, plain cairo and
 * pango, which the doctor report also draws on paper. The widget only picks
 * the theme's colours and font, and gives screen readers the trend's
 * sentence as its description: the figures themselves come from core.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-trend-chart.h"

#include <glib/gi18n.h>

#define MIN_HEIGHT      180
#define NATURAL_HEIGHT  240
#define MIN_WIDTH       240

struct _SwTrendChart
{
  GtkWidget       parent_instance;

  SwJournalTrend *trend;
};

G_DEFINE_FINAL_TYPE (SwTrendChart, sw_trend_chart, GTK_TYPE_WIDGET)

static void
color_from_rgba (SwColor       *color,
                 const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

static void
lookup_colors (SwTrendChart       *self,
               SwTrendChartColors *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA rgba;

  gtk_style_context_get_color (context, &rgba);
  color_from_rgba (&colors->foreground, &rgba);
  colors->grid = colors->foreground;
  colors->grid.alpha *= 0.15;

  if (gtk_style_context_lookup_color (context, "accent_color", &rgba))
    color_from_rgba (&colors->pain, &rgba);
  else
    colors->pain = colors->foreground;
  if (gtk_style_context_lookup_color (context, "success_color", &rgba))
    color_from_rgba (&colors->breaks, &rgba);
  else
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
  PangoContext *context = gtk_widget_get_pango_context (widget);
  g_autofree char *day_text = NULL;
  g_autofree char *pain_text = NULL;
  g_autofree char *breaks_text = NULL;
  g_autofree char *text = NULL;
  const SwJournalDay *days;
  const SwJournalDay *day;
  guint n_days;
  int index;

  if (self->trend == NULL || keyboard_tooltip)
    return FALSE;

  days = sw_journal_trend_get_days (self->trend, &n_days);
  index = sw_trend_chart_day_at (context, pango_context_get_font_description (context),
                                 gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                                 days, n_days, x, y);
  if (index < 0)
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
