/* sw-fold-box.c: two children side by side when wide, stacked when narrow
 *
 * libadwaita 1.2 has no breakpoints, and flipping a GtkBox's orientation
 * from a size-allocate handler would change the layout while GTK is
 * allocating it. This widget decides in its own measure and allocate, from
 * the width it is given: at or above the fold threshold (and when both
 * children fit) the side child sits at the start, at its natural width, and
 * the content takes the rest; below it the side child goes on top.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-fold-box.h"

struct _SwFoldBox
{
  GtkWidget  parent_instance;

  GtkWidget *side;
  GtkWidget *content;
  int        fold_threshold;
  int        spacing;
  gboolean   folded;
};

G_DEFINE_FINAL_TYPE (SwFoldBox, sw_fold_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SIDE,
  PROP_CONTENT,
  PROP_FOLD_THRESHOLD,
  PROP_SPACING,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
lays_out (GtkWidget *child)
{
  return child != NULL && gtk_widget_should_layout (child);
}

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  *minimum = 0;
  *natural = 0;
  if (lays_out (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* Whether @width stacks the children, and if not, how wide the side is. */
static gboolean
plan_width (SwFoldBox *self,
            int        width,
            int       *side_width)
{
  int side_min, side_nat, content_min, content_nat;

  *side_width = 0;
  if (!lays_out (self->side) || !lays_out (self->content))
    return FALSE;

  measure_child (self->side, GTK_ORIENTATION_HORIZONTAL, -1, &side_min, &side_nat);
  measure_child (self->content, GTK_ORIENTATION_HORIZONTAL, -1, &content_min, &content_nat);

  if (width < self->fold_threshold || width < side_min + self->spacing + content_min)
    return TRUE;

  *side_width = CLAMP (side_nat, side_min, width - self->spacing - content_min);
  return FALSE;
}

static GtkSizeRequestMode
sw_fold_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sw_fold_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  SwFoldBox *self = SW_FOLD_BOX (widget);
  int side_min, side_nat, content_min, content_nat;
  int gap = lays_out (self->side) && lays_out (self->content) ? self->spacing : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      measure_child (self->side, orientation, -1, &side_min, &side_nat);
      measure_child (self->content, orientation, -1, &content_min, &content_nat);
      /* Folded, the box is as narrow as its widest child. */
      *minimum = MAX (side_min, content_min);
      *natural = MAX (side_nat + gap + content_nat, MIN (self->fold_threshold, *minimum));
      *natural = MAX (*natural, *minimum);
    }
  else
    {
      int width = for_size;
      int side_width;

      if (width < 0)
        {
          int min_width, nat_width;

          sw_fold_box_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1,
                               &min_width, &nat_width, NULL, NULL);
          width = nat_width;
        }

      if (plan_width (self, width, &side_width))
        {
          measure_child (self->side, orientation, width, &side_min, &side_nat);
          measure_child (self->content, orientation, width, &content_min, &content_nat);
          *minimum = side_min + gap + content_min;
          *natural = side_nat + gap + content_nat;
        }
      else
        {
          int content_width = lays_out (self->side) ? width - side_width - gap : width;

          measure_child (self->side, orientation, side_width, &side_min, &side_nat);
          measure_child (self->content, orientation, content_width, &content_min, &content_nat);
          *minimum = MAX (side_min, content_min);
          *natural = MAX (side_nat, content_nat);
        }
    }
}

static void
sw_fold_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  SwFoldBox *self = SW_FOLD_BOX (widget);
  gboolean both = lays_out (self->side) && lays_out (self->content);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int side_width;
  gboolean folded = plan_width (self, width, &side_width);

  if (!both)
    {
      if (lays_out (self->side))
        gtk_widget_allocate (self->side, width, height, -1, NULL);
      if (lays_out (self->content))
        gtk_widget_allocate (self->content, width, height, -1, NULL);
    }
  else if (folded)
    {
      int side_min, side_nat;
      int content_y;

      measure_child (self->side, GTK_ORIENTATION_VERTICAL, width, &side_min, &side_nat);
      content_y = side_nat + self->spacing;
      gtk_widget_allocate (self->side, width, side_nat, -1, NULL);
      gtk_widget_allocate (self->content, width, MAX (height - content_y, 0), -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, content_y)));
    }
  else
    {
      int content_width = width - side_width - self->spacing;
      int side_x = rtl ? width - side_width : 0;
      int content_x = rtl ? 0 : side_width + self->spacing;

      gtk_widget_allocate (self->side, side_width, height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (side_x, 0)));
      gtk_widget_allocate (self->content, content_width, height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (content_x, 0)));
    }

  folded = both && folded;
  if (folded != self->folded)
    {
      self->folded = folded;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
    }
}

static void
set_child (SwFoldBox  *self,
           GtkWidget **slot,
           GtkWidget  *child,
           GtkWidget  *before)
{
  if (*slot == child)
    return;

  g_clear_pointer (slot, gtk_widget_unparent);
  if (child != NULL)
    {
      *slot = child;
      gtk_widget_insert_before (child, GTK_WIDGET (self), before);
    }
}

static void
sw_fold_box_dispose (GObject *object)
{
  SwFoldBox *self = SW_FOLD_BOX (object);

  g_clear_pointer (&self->side, gtk_widget_unparent);
  g_clear_pointer (&self->content, gtk_widget_unparent);

  G_OBJECT_CLASS (sw_fold_box_parent_class)->dispose (object);
}

static void
sw_fold_box_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SwFoldBox *self = SW_FOLD_BOX (object);

  switch (prop_id)
    {
    case PROP_SIDE:
      g_value_set_object (value, self->side);
      break;

    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;

    case PROP_FOLD_THRESHOLD:
      g_value_set_int (value, self->fold_threshold);
      break;

    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_fold_box_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SwFoldBox *self = SW_FOLD_BOX (object);

  switch (prop_id)
    {
    case PROP_SIDE:
      sw_fold_box_set_side (self, g_value_get_object (value));
      break;

    case PROP_CONTENT:
      sw_fold_box_set_content (self, g_value_get_object (value));
      break;

    case PROP_FOLD_THRESHOLD:
      sw_fold_box_set_fold_threshold (self, g_value_get_int (value));
      break;

    case PROP_SPACING:
      sw_fold_box_set_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_fold_box_class_init (SwFoldBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_fold_box_dispose;
  object_class->get_property = sw_fold_box_get_property;
  object_class->set_property = sw_fold_box_set_property;

  widget_class->get_request_mode = sw_fold_box_get_request_mode;
  widget_class->measure = sw_fold_box_measure;
  widget_class->size_allocate = sw_fold_box_size_allocate;

  properties[PROP_SIDE] =
    g_param_spec_object ("side", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLD_THRESHOLD] =
    g_param_spec_int ("fold-threshold", NULL, NULL,
                      0, G_MAXINT, 700,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "foldbox");
}

static void
sw_fold_box_init (SwFoldBox *self)
{
  self->fold_threshold = 700;
}

GtkWidget *
sw_fold_box_new (void)
{
  return g_object_new (SW_TYPE_FOLD_BOX, NULL);
}

GtkWidget *
sw_fold_box_get_side (SwFoldBox *self)
{
  g_return_val_if_fail (SW_IS_FOLD_BOX (self), NULL);

  return self->side;
}

void
sw_fold_box_set_side (SwFoldBox *self,
                      GtkWidget *side)
{
  g_return_if_fail (SW_IS_FOLD_BOX (self));
  g_return_if_fail (side == NULL || GTK_IS_WIDGET (side));

  if (self->side == side)
    return;

  set_child (self, &self->side, side, gtk_widget_get_first_child (GTK_WIDGET (self)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
}

GtkWidget *
sw_fold_box_get_content (SwFoldBox *self)
{
  g_return_val_if_fail (SW_IS_FOLD_BOX (self), NULL);

  return self->content;
}

void
sw_fold_box_set_content (SwFoldBox *self,
                         GtkWidget *content)
{
  g_return_if_fail (SW_IS_FOLD_BOX (self));
  g_return_if_fail (content == NULL || GTK_IS_WIDGET (content));

  if (self->content == content)
    return;

  set_child (self, &self->content, content, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

int
sw_fold_box_get_fold_threshold (SwFoldBox *self)
{
  g_return_val_if_fail (SW_IS_FOLD_BOX (self), 0);

  return self->fold_threshold;
}

void
sw_fold_box_set_fold_threshold (SwFoldBox *self,
                                int        threshold)
{
  g_return_if_fail (SW_IS_FOLD_BOX (self));
  g_return_if_fail (threshold >= 0);

  if (self->fold_threshold == threshold)
    return;

  self->fold_threshold = threshold;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLD_THRESHOLD]);
}

int
sw_fold_box_get_spacing (SwFoldBox *self)
{
  g_return_val_if_fail (SW_IS_FOLD_BOX (self), 0);

  return self->spacing;
}

void
sw_fold_box_set_spacing (SwFoldBox *self,
                         int        spacing)
{
  g_return_if_fail (SW_IS_FOLD_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

gboolean
sw_fold_box_get_folded (SwFoldBox *self)
{
  g_return_val_if_fail (SW_IS_FOLD_BOX (self), FALSE);

  return self->folded;
}
