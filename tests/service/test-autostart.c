/* test-autostart.c: the reminder service's autostart entry
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sw-autostart.h"

static char *
write_template (const char *contents)
{
  char *path = g_build_filename (g_get_user_data_dir (), "template.desktop", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static char *
read_entry (void)
{
  g_autofree char *path = sw_autostart_get_path ();
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
test_path_is_per_user (void)
{
  g_autofree char *path = sw_autostart_get_path ();
  g_autofree char *expected = g_build_filename (g_get_user_config_dir (), "autostart",
                                                "io.github.sitwell.Sitwell.Reminders.desktop",
                                                NULL);

  g_assert_cmpstr (path, ==, expected);
  g_assert_false (sw_autostart_is_installed ());
}

static void
test_installs_the_built_template (void)
{
  g_autofree char *template = NULL;
  g_autofree char *entry = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;

  g_assert_true (sw_autostart_install (SW_TEST_AUTOSTART_TEMPLATE, &error));
  g_assert_no_error (error);
  g_assert_true (sw_autostart_is_installed ());

  /* A copy of the template, byte for byte. */
  g_file_get_contents (SW_TEST_AUTOSTART_TEMPLATE, &template, NULL, &error);
  g_assert_no_error (error);
  entry = read_entry ();
  g_assert_cmpstr (entry, ==, template);

  g_key_file_load_from_data (key_file, entry, -1, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  type = g_key_file_get_value (key_file, "Desktop Entry", "Type", NULL);
  g_assert_cmpstr (type, ==, "Application");
  exec = g_key_file_get_string (key_file, "Desktop Entry", "Exec", NULL);
  g_assert_cmpstr (exec, ==, LIBEXECDIR "/sitwell-reminders");
  g_assert_true (g_key_file_get_boolean (key_file, "Desktop Entry", "NoDisplay", NULL));
  g_assert_true (g_key_file_get_boolean (key_file, "Desktop Entry",
                                         "X-GNOME-Autostart-enabled", NULL));
}

static void
test_rewrites_only_what_differs (void)
{
  g_autofree char *template = write_template ("[Desktop Entry]\nType=Application\n"
                                              "Name=Old\nExec=/old/sitwell-reminders\n");
  g_autofree char *path = sw_autostart_get_path ();
  g_autofree char *entry = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf before, after;

  g_assert_true (sw_autostart_install (template, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  /* Same content: the file is left alone. */
  g_assert_true (sw_autostart_install (template, &error));
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);

  /* An upgraded template replaces it. */
  g_free (write_template ("[Desktop Entry]\nType=Application\n"
                          "Name=New\nExec=/new/sitwell-reminders\n"));
  g_assert_true (sw_autostart_install (template, &error));
  g_assert_no_error (error);
  entry = read_entry ();
  g_assert_nonnull (strstr (entry, "Exec=/new/sitwell-reminders"));
}

static void
test_removes (void)
{
  g_autoptr(GError) error = NULL;

  /* Nothing there: not an error. */
  g_assert_true (sw_autostart_remove (&error));
  g_assert_no_error (error);

  g_assert_true (sw_autostart_install (SW_TEST_AUTOSTART_TEMPLATE, &error));
  g_assert_true (sw_autostart_is_installed ());
  g_assert_true (sw_autostart_remove (&error));
  g_assert_no_error (error);
  g_assert_false (sw_autostart_is_installed ());
}

static void
test_missing_template (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sw_autostart_install ("/nonexistent/sitwell.desktop", &error));
  g_assert_error (error, SW_AUTOSTART_ERROR, SW_AUTOSTART_ERROR_NO_TEMPLATE);
  g_assert_false (sw_autostart_is_installed ());
}

static void
test_invalid_template (void)
{
  g_autofree char *no_exec = write_template ("[Desktop Entry]\nType=Application\nName=X\n");
  g_autoptr(GError) error = NULL;

  g_assert_false (sw_autostart_install (no_exec, &error));
  g_assert_error (error, SW_AUTOSTART_ERROR, SW_AUTOSTART_ERROR_INVALID_TEMPLATE);
  g_clear_error (&error);

  g_free (write_template ("not a desktop entry"));
  g_assert_false (sw_autostart_install (no_exec, &error));
  g_assert_error (error, SW_AUTOSTART_ERROR, SW_AUTOSTART_ERROR_INVALID_TEMPLATE);
  g_assert_false (sw_autostart_is_installed ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sitwell/service/autostart/path-is-per-user", test_path_is_per_user);
  g_test_add_func ("/sitwell/service/autostart/installs-the-built-template",
                   test_installs_the_built_template);
  g_test_add_func ("/sitwell/service/autostart/rewrites-only-what-differs",
                   test_rewrites_only_what_differs);
  g_test_add_func ("/sitwell/service/autostart/removes", test_removes);
  g_test_add_func ("/sitwell/service/autostart/missing-template-is-an-error",
                   test_missing_template);
  g_test_add_func ("/sitwell/service/autostart/invalid-template-is-an-error",
                   test_invalid_template);

  return g_test_run ();
}
