/* test-window-zh.c: with LANGUAGE=zh_CN the real window speaks Chinese
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sw-application.h"
#include "sw-test-utils.h"
#include "sw-window.h"

static void
test_tabs_are_in_chinese (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwApplication) app = sw_application_new ();
  g_autoptr(GtkSelectionModel) pages = NULL;
  const char *expected[] = { "检查", "日志", "姿势", "锻炼" };
  SwWindow *window;
  GtkWidget *stack;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  window = sw_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  stack = sw_test_find_widget_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  pages = adw_view_stack_get_pages (ADW_VIEW_STACK (stack));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, expected[i]);
    }

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  /* gettext ignores LANGUAGE in the plain C locale. */
  if (setlocale (LC_ALL, "") == NULL || g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0)
    setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SITWELL_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  sw_test_isolate_dirs ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/sitwell/ui/window/tabs-are-in-chinese", test_tabs_are_in_chinese);

  return g_test_run ();
}
