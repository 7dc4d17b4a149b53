/* sw-check-page.c: the Check tab
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-check-page.h"

struct _SwCheckPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (SwCheckPage, sw_check_page, ADW_TYPE_BIN)

static void
sw_check_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_CHECK_PAGE);

  G_OBJECT_CLASS (sw_check_page_parent_class)->dispose (object);
}

static void
sw_check_page_class_init (SwCheckPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_check_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sw-check-page.ui");
}

static void
sw_check_page_init (SwCheckPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
