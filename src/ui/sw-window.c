/* sw-window.c: the main window: a view switcher over the four tabs
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-window.h"

#include "sw-check-page.h"
#include "sw-exercises-page.h"
#include "sw-journal-page.h"
#include "sw-posture-page.h"
#include "sw-reminder-button.h"
#include "sw-settings.h"

struct _SwWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  /* Where each tab's page goes the first time the tab is shown. */
  AdwBin               *check_bin;
  AdwBin               *journal_bin;
  AdwBin               *posture_bin;
  AdwBin               *exercises_bin;
  SwReminderButton     *reminder_button;
};

G_DEFINE_FINAL_TYPE (SwWindow, sw_window, ADW_TYPE_APPLICATION_WINDOW)

/* ------------------------------------------------------------------------ */
/* Tabs, built when first shown                                             */

/* The first frame holds only the tab that is showing: the others, their
 * templates, icons and journal queries wait until the person opens them
 * (win.show-tab, Alt+1…4, the view switcher). A tab is built inside the
 * notification of the stack's change, so it is complete in the very frame
 * that first shows it. */

static void
ensure_visible_tab (SwWindow *self)
{
  AdwBin *bin = ADW_BIN (adw_view_stack_get_visible_child (self->stack));
  SwApplication *application = SW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  GSettings *settings;
  SwJournal *journal;
  GtkWidget *page;

  if (bin == NULL || adw_bin_get_child (bin) != NULL || application == NULL)
    return;

  settings = sw_application_get_settings (application);
  journal = sw_application_get_journal (application);

  if (bin == self->check_bin)
    {
      page = g_object_new (SW_TYPE_CHECK_PAGE, NULL);
      sw_check_page_set_settings (SW_CHECK_PAGE (page), settings);
      sw_check_page_set_journal (SW_CHECK_PAGE (page), journal);
    }
  else if (bin == self->journal_bin)
    {
      page = g_object_new (SW_TYPE_JOURNAL_PAGE, NULL);
      sw_journal_page_set_journal (SW_JOURNAL_PAGE (page), journal,
                                   sw_application_get_journal_error (application));
    }
  else if (bin == self->posture_bin)
    {
      page = g_object_new (SW_TYPE_POSTURE_PAGE, NULL);
      sw_posture_page_set_settings (SW_POSTURE_PAGE (page), settings);
      sw_posture_page_set_journal (SW_POSTURE_PAGE (page), journal);
    }
  else
    {
      page = g_object_new (SW_TYPE_EXERCISES_PAGE, NULL);
      sw_exercises_page_set_settings (SW_EXERCISES_PAGE (page), settings);
      sw_exercises_page_set_journal (SW_EXERCISES_PAGE (page), journal);
    }

  adw_bin_set_child (bin, page);
}

static void
show_tab_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

/* The keyboard shortcuts window costs a template the size of a page: it is
 * built the first time it is asked for (the menu, Ctrl+?), not with the
 * window. GtkApplicationWindow then shows it with its own action. */
static void
show_help_overlay_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE "/ui/help-overlay.ui");

      gtk_application_window_set_help_overlay (
        window, GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
}

static void
bind_settings (SwWindow  *self,
               GSettings *settings)
{
  g_settings_bind (settings, SW_SETTINGS_KEY_WINDOW_WIDTH,
                   self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, SW_SETTINGS_KEY_WINDOW_HEIGHT,
                   self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, SW_SETTINGS_KEY_WINDOW_MAXIMIZED,
                   self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, SW_SETTINGS_KEY_LAST_TAB,
                   self->stack, "visible-child-name", G_SETTINGS_BIND_DEFAULT);
}

static void
sw_window_dispose (GObject *object)
{
  SwWindow *self = SW_WINDOW (object);

  /* Taking the stack apart changes its visible child: build nothing then. */
  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_func (self->stack, ensure_visible_tab, self);

  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_WINDOW);

  G_OBJECT_CLASS (sw_window_parent_class)->dispose (object);
}

static void
sw_window_class_init (SwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_window_dispose;

  g_type_ensure (SW_TYPE_REMINDER_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, check_bin);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, journal_bin);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, posture_bin);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, exercises_bin);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, reminder_button);

  gtk_widget_class_install_action (widget_class, "win.show-tab", "s", show_tab_activated);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-tab", "s", "check");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-tab", "s", "journal");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-tab", "s", "posture");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-tab", "s", "exercises");
}

static void
sw_window_init (SwWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SwWindow *
sw_window_new (SwApplication *application)
{
  SwWindow *self;

  g_return_val_if_fail (SW_IS_APPLICATION (application), NULL);

  self = g_object_new (SW_TYPE_WINDOW,
                       "application", application,
                       NULL);
  /* The last tab comes back first, and is the only one built now. */
  bind_settings (self, sw_application_get_settings (application));
  g_signal_connect_swapped (self->stack, "notify::visible-child",
                            G_CALLBACK (ensure_visible_tab), self);
  ensure_visible_tab (self);
  sw_reminder_button_set_settings (self->reminder_button, sw_application_get_settings (application));
  sw_reminder_button_set_client (self->reminder_button,
                                 sw_application_get_reminders_client (application));

  return self;
}

const char *
sw_window_get_visible_tab (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
sw_window_add_toast (SwWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (SW_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * sw_window_show_message:
 * @inside: a widget in the main window
 * @text: plain text, e.g. an error message that may hold a path
 *
 * Shows @text as a toast in the window around @inside. Toast titles are
 * markup, so the text is escaped.
 */
void
sw_window_show_message (GtkWidget  *inside,
                        const char *text)
{
  GtkWidget *window = gtk_widget_get_ancestor (inside, SW_TYPE_WINDOW);
  g_autofree char *escaped = NULL;

  g_return_if_fail (text != NULL);

  if (window == NULL)
    return;

  escaped = g_markup_escape_text (text, -1);
  sw_window_add_toast (SW_WINDOW (window), adw_toast_new (escaped));
}
