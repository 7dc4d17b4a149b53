/* sw-countdown-ring.c: a large ring that empties as time runs out
 *
 * The ring is drawn with cairo in the theme's accent colour over a dim
 * track, so it follows light, dark and high contrast; the time left is a
 * real label in the middle, so screen readers read it, with an optional
 * caption under it ("Hold", "Rest").
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-countdown-ring.h"

#include <math.h>

#define RING_WIDTH 10.0
#define NATURAL_SIZE 200

struct _SwCountdownRing
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *caption;
  double     fraction;
};

G_DEFINE_FINAL_TYPE (SwCountdownRing, sw_countdown_ring, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_TEXT,
  PROP_CAPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lookup_colors (SwCountdownRing *self,
               GdkRGBA         *ring,
               GdkRGBA         *track)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, track);
  track->alpha *= 0.15f;

  if (!gtk_style_context_lookup_color (context, "accent_color", ring))
    gtk_style_context_get_color (context, ring);
}

static void
sw_countdown_ring_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  SwCountdownRing *self = SW_COUNTDOWN_RING (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double radius = MIN (width, height) / 2.0 - RING_WIDTH / 2.0;
  GdkRGBA ring, track;
  cairo_t *cr;

  if (radius > 0)
    {
      lookup_colors (self, &ring, &track);
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      cairo_set_line_width (cr, RING_WIDTH);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

      gdk_cairo_set_source_rgba (cr, &track);
      cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
      cairo_stroke (cr);

      if (self->fraction > 0)
        {
          gdk_cairo_set_source_rgba (cr, &ring);
          cairo_arc (cr, width / 2.0, height / 2.0, radius,
                     -G_PI / 2, -G_PI / 2 + 2 * G_PI * self->fraction);
          cairo_stroke (cr);
        }
      cairo_destroy (cr);
    }

  gtk_widget_snapshot_child (widget, self->box, snapshot);
}

static void
sw_countdown_ring_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  SwCountdownRing *self = SW_COUNTDOWN_RING (widget);
  int label_min, label_nat;

  gtk_widget_measure (self->box, orientation, -1, &label_min, &label_nat, NULL, NULL);
  *minimum = label_min + 4 * (int) RING_WIDTH;
  *natural = MAX (NATURAL_SIZE, label_nat + 4 * (int) RING_WIDTH);
}

static void
sw_countdown_ring_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  SwCountdownRing *self = SW_COUNTDOWN_RING (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
}

static void
sw_countdown_ring_dispose (GObject *object)
{
  SwCountdownRing *self = SW_COUNTDOWN_RING (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (sw_countdown_ring_parent_class)->dispose (object);
}

static void
sw_countdown_ring_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SwCountdownRing *self = SW_COUNTDOWN_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    case PROP_TEXT:
      g_value_set_string (value, sw_countdown_ring_get_text (self));
      break;

    case PROP_CAPTION:
      g_value_set_string (value, sw_countdown_ring_get_caption (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_countdown_ring_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SwCountdownRing *self = SW_COUNTDOWN_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      sw_countdown_ring_set_fraction (self, g_value_get_double (value));
      break;

    case PROP_TEXT:
      sw_countdown_ring_set_text (self, g_value_get_string (value));
      break;

    case PROP_CAPTION:
      sw_countdown_ring_set_caption (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_countdown_ring_class_init (SwCountdownRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_countdown_ring_dispose;
  object_class->get_property = sw_countdown_ring_get_property;
  object_class->set_property = sw_countdown_ring_set_property;

  widget_class->snapshot = sw_countdown_ring_snapshot;
  widget_class->measure = sw_countdown_ring_measure;
  widget_class->size_allocate = sw_countdown_ring_size_allocate;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAPTION] =
    g_param_spec_string ("caption", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "countdown-ring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
sw_countdown_ring_init (SwCountdownRing *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->label, "title-1");
  gtk_widget_add_css_class (self->label, "numeric");
  gtk_box_append (GTK_BOX (self->box), self->label);

  self->caption = gtk_label_new (NULL);
  gtk_label_set_max_width_chars (GTK_LABEL (self->caption), 12);
  gtk_label_set_wrap (GTK_LABEL (self->caption), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->caption), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->caption, "heading");
  gtk_widget_set_visible (self->caption, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->caption);
}

GtkWidget *
sw_countdown_ring_new (void)
{
  return g_object_new (SW_TYPE_COUNTDOWN_RING, NULL);
}

/* @fraction: the part of the time still left, 1 when it starts. */
void
sw_countdown_ring_set_fraction (SwCountdownRing *self,
                                double           fraction)
{
  g_return_if_fail (SW_IS_COUNTDOWN_RING (self));

  fraction = CLAMP (fraction, 0.0, 1.0);
  if (fraction == self->fraction)
    return;

  self->fraction = fraction;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 1.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, fraction,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

double
sw_countdown_ring_get_fraction (SwCountdownRing *self)
{
  g_return_val_if_fail (SW_IS_COUNTDOWN_RING (self), 0.0);

  return self->fraction;
}

/* @text: the time left as people read it, e.g. "4:59". */
void
sw_countdown_ring_set_text (SwCountdownRing *self,
                            const char      *text)
{
  g_return_if_fail (SW_IS_COUNTDOWN_RING (self));

  if (g_strcmp0 (text, gtk_label_get_label (GTK_LABEL (self->label))) == 0)
    return;

  gtk_label_set_label (GTK_LABEL (self->label), text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text != NULL ? text : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
sw_countdown_ring_get_text (SwCountdownRing *self)
{
  g_return_val_if_fail (SW_IS_COUNTDOWN_RING (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->label));
}

/* @caption: (nullable): a word under the time, e.g. "Hold"; NULL hides it. */
void
sw_countdown_ring_set_caption (SwCountdownRing *self,
                               const char      *caption)
{
  g_return_if_fail (SW_IS_COUNTDOWN_RING (self));

  if (g_strcmp0 (caption, sw_countdown_ring_get_caption (self)) == 0)
    return;

  gtk_label_set_label (GTK_LABEL (self->caption), caption != NULL ? caption : "");
  gtk_widget_set_visible (self->caption, caption != NULL && *caption != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION]);
}

/* Returns: (nullable): the caption, or NULL when there is none */
const char *
sw_countdown_ring_get_caption (SwCountdownRing *self)
{
  g_return_val_if_fail (SW_IS_COUNTDOWN_RING (self), NULL);

  if (!gtk_widget_get_visible (self->caption))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (self->caption));
}
