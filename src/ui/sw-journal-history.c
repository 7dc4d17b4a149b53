/* sw-journal-history.c: the journal's records, grouped by day
 *
 * A heading per day ("Today", "Yesterday", "Mon 23 Nov") over a boxed list
 * (list section headers came in GTK 4.12), each record a row with an icon
 * for its kind, a one-line summary and its time. Symptom entries can be
 * edited and deleted; the row and its menu fire the page's
 * journal.edit-entry and journal.delete-entry actions with the entry's id.
 * The lines themselves come from core (sw-journal-summary.h).
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-history.h"

#include <glib/gi18n.h>

#include "sw-journal-summary.h"

struct _SwJournalHistory
{
  AdwPreferencesGroup  parent_instance;

  GtkBox              *days_box;
  GtkWidget           *empty_page;
  GtkLabel            *message_label;
  GtkWidget           *show_more_list;
};

G_DEFINE_FINAL_TYPE (SwJournalHistory, sw_journal_history, ADW_TYPE_PREFERENCES_GROUP)

static const char *
item_icon_name (SwJournalItemType type)
{
  switch (type)
    {
    case SW_JOURNAL_ITEM_SYMPTOM:
      return "sw-symptom-symbolic";
    case SW_JOURNAL_ITEM_CHECK:
      return "sw-check-symbolic";
    case SW_JOURNAL_ITEM_BREAK:
      return "sw-break-symbolic";
    case SW_JOURNAL_ITEM_EXERCISE:
      return "sw-exercises-symbolic";
    case SW_JOURNAL_ITEM_COMPRESS:
      return "sw-compress-symbolic";
    case SW_JOURNAL_ITEM_POSTURE:
      return "sw-posture-symbolic";
    default:
      return "sw-journal-symbolic";
    }
}

static GtkWidget *
make_entry_menu_button (gint64 id)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("_Edit"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete"), NULL);
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_item_set_action_and_target_value (edit, "journal.edit-entry", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (delete, "journal.delete-entry",
                                           g_variant_new_int64 (id));
  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, delete);

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Edit or Delete"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit or Delete"),
                                  -1);

  return button;
}

static GtkWidget *
make_history_row (const SwJournalItem *item)
{
  g_autofree char *title = sw_journal_item_get_title (item);
  g_autofree char *details = sw_journal_item_get_details (item);
  g_autofree char *time = sw_journal_item_format_time (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (item_icon_name (item->type));
  GtkWidget *time_label = gtk_label_new (time);

  /* Notes are the person's own words, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  if (details != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_widget_add_css_class (time_label, "numeric");
  gtk_widget_add_css_class (time_label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), time_label);

  if (item->type == SW_JOURNAL_ITEM_SYMPTOM)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_entry_menu_button (item->id));
      /* Activating the row edits the entry, as its menu's first item does. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (item->id));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "journal.edit-entry");
    }

  return row;
}

static GtkWidget *
make_history_day (const SwJournalHistoryDay *day)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (day->title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "dim-label");
  gtk_box_append (GTK_BOX (box), heading);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                  -1);
  for (guint i = 0; i < day->items->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         make_history_row (g_ptr_array_index (day->items, i)));
  gtk_box_append (GTK_BOX (box), list);

  return box;
}

static void
clear_days (SwJournalHistory *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_box_remove (self->days_box, child);
}

static void
sw_journal_history_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_JOURNAL_HISTORY);

  G_OBJECT_CLASS (sw_journal_history_parent_class)->dispose (object);
}

static void
sw_journal_history_class_init (SwJournalHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_journal_history_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sw-journal-history.ui");
  gtk_widget_class_bind_template_child (widget_class, SwJournalHistory, days_box);
  gtk_widget_class_bind_template_child (widget_class, SwJournalHistory, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SwJournalHistory, message_label);
  gtk_widget_class_bind_template_child (widget_class, SwJournalHistory, show_more_list);
}

static void
sw_journal_history_init (SwJournalHistory *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sw_journal_history_show:
 * @days: (element-type SwJournalHistoryDay): from sw_journal_get_history ()
 * @has_older: whether there is more before, for the Show More row
 * @n_days: how many days @days covers
 *
 * Shows @days, or what to do when there is nothing to show.
 */
void
sw_journal_history_show (SwJournalHistory *self,
                         GPtrArray        *days,
                         gboolean          has_older,
                         guint             n_days)
{
  g_return_if_fail (SW_IS_JOURNAL_HISTORY (self));
  g_return_if_fail (days != NULL);

  clear_days (self);
  for (guint i = 0; i < days->len; i++)
    gtk_box_append (self->days_box, make_history_day (g_ptr_array_index (days, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->days_box), days->len > 0);
  gtk_widget_set_visible (self->empty_page, days->len == 0 && !has_older);
  gtk_widget_set_visible (self->show_more_list, has_older);

  if (days->len == 0 && has_older)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("Nothing in the last %u day.",
                                                         "Nothing in the last %u days.",
                                                         n_days),
                                               n_days);

      gtk_label_set_text (self->message_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
}

/* Says why the history cannot be read, in its place. */
void
sw_journal_history_show_error (SwJournalHistory *self,
                               const char       *message)
{
  g_return_if_fail (SW_IS_JOURNAL_HISTORY (self));
  g_return_if_fail (message != NULL);

  clear_days (self);
  gtk_label_set_text (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
  gtk_widget_set_visible (self->empty_page, FALSE);
  gtk_widget_set_visible (self->show_more_list, FALSE);
}
