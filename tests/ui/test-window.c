/* test-window.c: the real main window, its tabs, menu and actions
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sw-application.h"
#include "sw-preferences-window.h"
#include "sw-report-dialog.h"
#include "sw-settings.h"
#include "sw-test-utils.h"
#include "sw-window.h"

static const char * const tab_names[] = { "check", "journal", "posture", "exercises" };

/* One registered application for the whole program: GApplication
 * exports itself on the bus once per object path. */
static SwApplication *test_app;

static SwApplication *
make_registered_application (void)
{
  g_autoptr(GError) error = NULL;

  if (test_app == NULL)
    {
      test_app = sw_application_new ();
      g_application_set_flags (G_APPLICATION (test_app), G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (test_app), NULL, &error);
      g_assert_no_error (error);
    }

  return g_object_ref (test_app);
}

static SwWindow *
present_window (SwApplication *app)
{
  SwWindow *window = sw_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static AdwViewStack *
find_stack (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *found;

      if (ADW_IS_VIEW_STACK (child))
        return ADW_VIEW_STACK (child);

      found = find_stack (child);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
destroy_window (SwWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_has_four_tabs (void)
{
  g_autoptr(SwApplication) app = make_registered_application ();
  SwWindow *window = present_window (app);
  AdwViewStack *stack = find_stack (GTK_WIDGET (window));
  g_autoptr(GtkSelectionModel) pages = NULL;

  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (tab_names));

  for (guint i = 0; i < G_N_ELEMENTS (tab_names); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, tab_names[i]);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
      g_assert_true (gtk_widget_get_first_child (child) != NULL);
    }

  destroy_window (window);
}

static void
test_show_tab_switches_and_is_remembered (void)
{
  g_autoptr(SwApplication) app = make_registered_application ();
  GSettings *settings = sw_application_get_settings (app);
  SwWindow *window;

  g_settings_set_string (settings, SW_SETTINGS_KEY_LAST_TAB, "posture");
  window = present_window (app);
  /* The last tab comes back. */
  g_assert_cmpstr (sw_window_get_visible_tab (window), ==, "posture");

  for (guint i = 0; i < G_N_ELEMENTS (tab_names); i++)
    {
      g_autofree char *last_tab = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s",
                                                 tab_names[i]));
      g_assert_cmpstr (sw_window_get_visible_tab (window), ==, tab_names[i]);
      last_tab = g_settings_get_string (settings, SW_SETTINGS_KEY_LAST_TAB);
      g_assert_cmpstr (last_tab, ==, tab_names[i]);
    }

  /* An unknown tab changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "nowhere");
  g_assert_cmpstr (sw_window_get_visible_tab (window), ==, "exercises");

  destroy_window (window);
}

static void
test_window_size_is_remembered (void)
{
  g_autoptr(SwApplication) app = make_registered_application ();
  GSettings *settings = sw_application_get_settings (app);
  SwWindow *window;
  int width, height;

  g_settings_set_int (settings, SW_SETTINGS_KEY_WINDOW_WIDTH, 700);
  g_settings_set_int (settings, SW_SETTINGS_KEY_WINDOW_HEIGHT, 500);
  window = present_window (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);

  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  g_assert_cmpint (g_settings_get_int (settings, SW_SETTINGS_KEY_WINDOW_WIDTH), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, SW_SETTINGS_KEY_WINDOW_HEIGHT), ==, 610);

  gtk_window_maximize (GTK_WINDOW (window));
  /* The binding takes the state once the window manager reports it, but
   * the property must at least exist and be bound both ways. */
  g_settings_set_boolean (settings, SW_SETTINGS_KEY_WINDOW_MAXIMIZED, FALSE);
  g_assert_false (g_settings_get_boolean (settings, SW_SETTINGS_KEY_WINDOW_MAXIMIZED));

  destroy_window (window);
}

static gboolean
has_toplevel_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }

  return FALSE;
}

static void
destroy_toplevels_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i - 1);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* TRUE if a menu button under @root has an item for @action. */
static gboolean
menu_has_action (GtkWidget  *root,
                 const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child))
        {
          GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (child));

          for (int s = 0; menu != NULL && s < g_menu_model_get_n_items (menu); s++)
            {
              g_autoptr(GMenuModel) section =
                g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

              for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
                {
                  g_autofree char *name = NULL;

                  if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                       &name) &&
                      g_strcmp0 (name, action) == 0)
                    return TRUE;
                }
            }
        }

      if (menu_has_action (child, action))
        return TRUE;
    }

  return FALSE;
}

static void
test_menu_actions_open_their_windows (void)
{
  g_autoptr(SwApplication) app = make_registered_application ();
  SwWindow *window = present_window (app);
  g_auto(GStrv) quit_accels = NULL;
  g_auto(GStrv) close_accels = NULL;
  GtkWindow *overlay;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "doctor-report"));

  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  close_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "window.close");
  g_assert_cmpstr (quit_accels[0], ==, "<Control>q");
  g_assert_cmpstr (close_accels[0], ==, "<Control>w");

  g_assert_false (has_toplevel_of_type (SW_TYPE_PREFERENCES_WINDOW));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (has_toplevel_of_type (SW_TYPE_PREFERENCES_WINDOW));
  destroy_toplevels_of_type (SW_TYPE_PREFERENCES_WINDOW);

  g_assert_false (has_toplevel_of_type (ADW_TYPE_ABOUT_WINDOW));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (has_toplevel_of_type (ADW_TYPE_ABOUT_WINDOW));
  destroy_toplevels_of_type (ADW_TYPE_ABOUT_WINDOW);

  /* Report for Your Doctor… is in the primary menu and opens over the window. */
  g_assert_true (menu_has_action (GTK_WIDGET (window), "app.doctor-report"));
  g_assert_false (has_toplevel_of_type (SW_TYPE_REPORT_DIALOG));
  g_action_group_activate_action (G_ACTION_GROUP (app), "doctor-report", NULL);
  g_assert_true (has_toplevel_of_type (SW_TYPE_REPORT_DIALOG));
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) dialog = g_list_model_get_item (toplevels, i);

        if (SW_IS_REPORT_DIALOG (dialog))
          {
            g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                           GTK_WINDOW (window));
            g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
            g_assert_cmpint (sw_report_dialog_get_days (SW_REPORT_DIALOG (dialog)), ==, 30);
          }
      }
  }
  destroy_toplevels_of_type (SW_TYPE_REPORT_DIALOG);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (has_toplevel_of_type (GTK_TYPE_SHORTCUTS_WINDOW));
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  gtk_window_close (overlay);

  /* Quit closes every window. */
  g_object_ref (window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_finalize_object (window);
}

static void
test_preferences_bind_settings (void)
{
  g_autoptr(SwApplication) app = make_registered_application ();
  GSettings *settings = sw_application_get_settings (app);
  SwPreferencesWindow *preferences = sw_preferences_window_new (settings);
  g_autofree char *kind_of_day = NULL;
  GtkWidget *stenosis_row;
  GtkWidget *kind_row;
  GtkWidget *stenosis_switch;

  gtk_window_present (GTK_WINDOW (preferences));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preferences));

  stenosis_row = sw_test_find_row_by_title (GTK_WIDGET (preferences), _("Spinal Stenosis"));
  kind_row = sw_test_find_row_by_title (GTK_WIDGET (preferences), _("Kind of Day"));
  g_assert_nonnull (stenosis_row);
  g_assert_nonnull (kind_row);
  stenosis_switch = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (stenosis_row));
  g_assert_true (GTK_IS_SWITCH (stenosis_switch));

  /* Widget to setting. */
  g_assert_false (g_settings_get_boolean (settings, SW_SETTINGS_KEY_SPINAL_STENOSIS));
  gtk_switch_set_active (GTK_SWITCH (stenosis_switch), TRUE);
  g_assert_true (g_settings_get_boolean (settings, SW_SETTINGS_KEY_SPINAL_STENOSIS));

  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row), 2);
  kind_of_day = g_settings_get_string (settings, SW_SETTINGS_KEY_KIND_OF_DAY);
  g_assert_cmpstr (kind_of_day, ==, "older");

  /* Setting to widget. */
  g_settings_set_string (settings, SW_SETTINGS_KEY_KIND_OF_DAY, "active");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kind_row)), ==, 1);
  g_settings_set_boolean (settings, SW_SETTINGS_KEY_SPINAL_STENOSIS, FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (stenosis_switch)));

  g_object_ref (preferences);
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);

  g_settings_reset (settings, SW_SETTINGS_KEY_KIND_OF_DAY);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SITWELL_LOCALEDIR"));
  textdomain (GETTEXT_PACKAGE);

  sw_test_isolate_dirs ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sitwell/ui/window/has-four-tabs", test_window_has_four_tabs);
  g_test_add_func ("/sitwell/ui/window/show-tab-switches-and-is-remembered",
                   test_show_tab_switches_and_is_remembered);
  g_test_add_func ("/sitwell/ui/window/size-is-remembered", test_window_size_is_remembered);
  g_test_add_func ("/sitwell/ui/window/menu-actions-open-their-windows",
                   test_menu_actions_open_their_windows);
  g_test_add_func ("/sitwell/ui/preferences/bind-settings", test_preferences_bind_settings);

  return g_test_run ();
}
