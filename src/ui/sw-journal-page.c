/* sw-journal-page.c: the Journal tab
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-page.h"

struct _SwJournalPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (SwJournalPage, sw_journal_page, ADW_TYPE_BIN)

static void
sw_journal_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_JOURNAL_PAGE);

  G_OBJECT_CLASS (sw_journal_page_parent_class)->dispose (object);
}

static void
sw_journal_page_class_init (SwJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_journal_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sw-journal-page.ui");
}

static void
sw_journal_page_init (SwJournalPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
