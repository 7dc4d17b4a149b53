/* test-window.c: the real main window, its tabs, menu and actions
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sw-application.h"
#include "sw-check-page.h"
#include "sw-exercises-page.h"
#include "sw-journal-page.h"
#include "sw-posture-page.h"
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

/* The page in the tab @name's place, or NULL while it is not built. */
static GtkWidget *
tab_page (AdwViewStack *stack,
          const char   *name)
{
  GtkWidget *slot = adw_view_stack_get_child_by_name (stack, name);

  g_assert_nonnull (slot);

  return gtk_widget_get_first_child (slot);
}

static void
test_window_has_four_tabs (void)
{
  g_autoptr(SwApplication) app = make_registered_application ();
  SwWindow *window = present_window (app);
  AdwViewStack *stack = find_stack (GTK_WIDGET (window));
  g_autoptr(GtkSelectionModel) pages = NULL;
  GType page_types[] = {
    SW_TYPE_CHECK_PAGE, SW_TYPE_JOURNAL_PAGE, SW_TYPE_POSTURE_PAGE, SW_TYPE_EXERCISES_PAGE,
  };

  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (tab_names));

  for (guint i = 0; i < G_N_ELEMENTS (tab_names); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *content;

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, tab_names[i]);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));

      /* Whatever was built before, the tab is whole once it is shown. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s",
                                                 tab_names[i]));
      content = tab_page (stack, tab_names[i]);
      g_assert_nonnull (content);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (content, page_types[i]));
      g_assert_nonnull (gtk_widget_get_first_child (content));
      g_assert_true (gtk_widget_get_mapped (content));
    }

  destroy_window (window);
}

/* The first frame holds only the tab that shows; each other one is built
 * when it is first shown, once, with the app's journal and settings. */
static void
test_tabs_are_built_when_first_shown (void)
{
  g_autoptr(SwApplication) app = make_registered_application ();
  GSettings *settings = sw_application_get_settings (app);
  SwWindow *window;
  AdwViewStack *stack;
  GtkWidget *journal_page;

  g_settings_set_string (settings, SW_SETTINGS_KEY_LAST_TAB, "journal");
  window = present_window (app);
  stack = find_stack (GTK_WIDGET (window));

  journal_page = tab_page (stack, "journal");
  g_assert_true (SW_IS_JOURNAL_PAGE (journal_page));
  g_assert_true (sw_journal_page_get_journal (SW_JOURNAL_PAGE (journal_page)) ==
                 sw_application_get_journal (app));
  g_assert_null (tab_page (stack, "check"));
  g_assert_null (tab_page (stack, "posture"));
  g_assert_null (tab_page (stack, "exercises"));

  /* Alt+3 and the view switcher go through the stack the same way. */
  adw_view_stack_set_visible_child_name (stack, "posture");
  g_assert_true (SW_IS_POSTURE_PAGE (tab_page (stack, "posture")));
  g_assert_true (gtk_widget_get_mapped (tab_page (stack, "posture")));
  g_assert_null (tab_page (stack, "check"));
  g_assert_null (tab_page (stack, "exercises"));

  /* Back again: the same page, with what the person left in it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "journal"));
  g_assert_true (tab_page (stack, "journal") == journal_page);

  destroy_window (window);
  g_settings_reset (settings, SW_SETTINGS_KEY_LAST_TAB);
}

/* The icons the window shows in its first frame, kept as symbolic PNGs
 * beside their SVGs (src/ui/icons/update-symbolic-png.sh). */
static const struct {
  const char *name;
  int         size;
} first_frame_icons[] = {
  { "sw-check-symbolic", 16 },
  { "sw-check-symbolic", 128 },
  { "sw-journal-symbolic", 16 },
  { "sw-posture-symbolic", 16 },
  { "sw-exercises-symbolic", 16 },
  { "sw-timer-symbolic", 16 },
};

/* The URI of the file GTK takes for @name at @size, scale 1. */
static char *
icon_uri (GtkWidget  *widget,
          const char *name,
          int         size)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon =
    gtk_icon_theme_lookup_icon (theme, name, NULL, size, 1, gtk_widget_get_direction (widget), 0);
  g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);

  g_assert_nonnull (file);

  return g_file_get_uri (file);
}

/* GTK looks up the icon of every visible widget when a window is shown,
 * whether or not it is on screen; an SVG among them maps librsvg. */
static void
collect_svg_icons (GtkWidget *widget,
                   GString   *svgs,
                   GPtrArray *names)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_IMAGE (widget) && gtk_image_get_storage_type (GTK_IMAGE (widget)) == GTK_IMAGE_ICON_NAME)
    {
      const char *name = gtk_image_get_icon_name (GTK_IMAGE (widget));
      int size = gtk_image_get_pixel_size (GTK_IMAGE (widget));
      g_autofree char *uri = NULL;

      /* Otherwise the style's -gtk-icon-size: what it measures, inside its
       * margins, border and padding. */
      if (size < 0)
        {
          GtkStyleContext *style = gtk_widget_get_style_context (widget);
          GtkBorder margin, border, padding;

          gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, NULL, &size, NULL, NULL);
          gtk_style_context_get_margin (style, &margin);
          gtk_style_context_get_border (style, &border);
          gtk_style_context_get_padding (style, &padding);
          size -= gtk_widget_get_margin_top (widget) + gtk_widget_get_margin_bottom (widget) +
                  margin.top + margin.bottom + border.top + border.bottom +
                  padding.top + padding.bottom;
        }

      uri = icon_uri (widget, name, size);
      g_ptr_array_add (names, g_strdup (name));
      if (g_str_has_suffix (uri, ".svg"))
        g_string_append_printf (svgs, "%s at %d px: %s\n", name, size, uri);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_svg_icons (child, svgs, names);
}

static gboolean
str_in_array (GPtrArray  *array,
              const char *str)
{
  return g_ptr_array_find_with_equal_func (array, str, g_str_equal, NULL);
}

/* librsvg costs the app about 7 MiB and a tenth of its start-up: the first
 * frame (the Check tab) must need no SVG. */
static void
test_first_frame_needs_no_svg (void)
{
  g_autoptr(SwApplication) app = make_registered_application ();
  SwWindow *window;
  g_autoptr(GString) svgs = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_settings_set_string (sw_application_get_settings (app), SW_SETTINGS_KEY_LAST_TAB, "check");
  window = present_window (app);

  collect_svg_icons (GTK_WIDGET (window), svgs, names);
  g_assert_cmpstr (svgs->str, ==, "");
  /* The walk did see the tab icons and the Check tab's picture. */
  g_assert_true (str_in_array (names, "sw-check-symbolic"));
  g_assert_true (str_in_array (names, "sw-exercises-symbolic"));
  g_assert_true (str_in_array (names, "open-menu-symbolic"));

  /* The reminder button's icon while the reminders run, too. */
  for (guint i = 0; i < G_N_ELEMENTS (first_frame_icons); i++)
    {
      g_autofree char *uri = icon_uri (GTK_WIDGET (window), first_frame_icons[i].name,
                                       first_frame_icons[i].size);

      g_assert_true (g_str_has_suffix (uri, ".symbolic.png"));
    }

  destroy_window (window);
}

/* Each PNG is its SVG's shape at its size: the alpha channels agree. */
static void
test_symbolic_pngs_match_their_svgs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (first_frame_icons); i++)
    {
      const char *name = first_frame_icons[i].name;
      int size = first_frame_icons[i].size;
      g_autoptr(GError) error = NULL;
      g_autofree char *png_path =
        g_strdup_printf (RESOURCE_BASE "/icons/%dx%d/actions/%s.symbolic.png", size, size, name);
      g_autofree char *svg_path =
        g_strdup_printf (RESOURCE_BASE "/icons/scalable/actions/%s.svg", name);
      g_autoptr(GdkPixbuf) png = gdk_pixbuf_new_from_resource (png_path, &error);
      g_autoptr(GdkPixbuf) svg = NULL;
      int max_difference = 0;
      int covered = 0;

      g_assert_no_error (error);
      svg = gdk_pixbuf_new_from_resource_at_scale (svg_path, size, size, FALSE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (png), ==, size);
      g_assert_cmpint (gdk_pixbuf_get_height (png), ==, size);
      g_assert_true (gdk_pixbuf_get_has_alpha (png) && gdk_pixbuf_get_has_alpha (svg));

      for (int y = 0; y < size; y++)
        for (int x = 0; x < size; x++)
          {
            const guchar *a = gdk_pixbuf_read_pixels (png) + y * gdk_pixbuf_get_rowstride (png) + x * 4;
            const guchar *b = gdk_pixbuf_read_pixels (svg) + y * gdk_pixbuf_get_rowstride (svg) + x * 4;

            max_difference = MAX (max_difference, ABS (a[3] - b[3]));
            covered += b[3] > 127;
          }

      if (g_test_verbose ())
        g_printerr ("%s at %d px: %d pixels drawn, alpha differs by %d at most\n",
                    name, size, covered, max_difference);
      g_assert_cmpint (covered, >, size * size / 20);
      g_assert_cmpint (max_difference, <=, 2);
    }
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
  g_auto(GStrv) help_accels = NULL;
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

  /* The shortcuts window is built when first asked for, and keeps Ctrl+?. */
  help_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                       "win.show-help-overlay");
  g_assert_cmpstr (help_accels[0], ==, "<Control>question");
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (has_toplevel_of_type (GTK_TYPE_SHORTCUTS_WINDOW));
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (overlay) == GTK_WINDOW (window));
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

  g_test_add_func ("/sitwell/ui/window/first-frame-needs-no-svg", test_first_frame_needs_no_svg);
  g_test_add_func ("/sitwell/ui/window/symbolic-pngs-match-their-svgs",
                   test_symbolic_pngs_match_their_svgs);
  g_test_add_func ("/sitwell/ui/window/has-four-tabs", test_window_has_four_tabs);
  g_test_add_func ("/sitwell/ui/window/tabs-are-built-when-first-shown",
                   test_tabs_are_built_when_first_shown);
  g_test_add_func ("/sitwell/ui/window/show-tab-switches-and-is-remembered",
                   test_show_tab_switches_and_is_remembered);
  g_test_add_func ("/sitwell/ui/window/size-is-remembered", test_window_size_is_remembered);
  g_test_add_func ("/sitwell/ui/window/menu-actions-open-their-windows",
                   test_menu_actions_open_their_windows);
  g_test_add_func ("/sitwell/ui/preferences/bind-settings", test_preferences_bind_settings);

  return g_test_run ();
}
