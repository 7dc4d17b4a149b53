/* sw-autostart.c: the reminder service's XDG autostart entry
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-autostart.h"

#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>

/*
 * Autostart is per user: the build installs a template
 * (`datadir/sitwell/io.github.sitwell.Sitwell.Reminders.desktop`) and the
 * service copies it into `$XDG_CONFIG_HOME/autostart/` while "Start at
 * login" and reminders are both on, and removes the copy otherwise. The
 * copy is rewritten only when it differs, so a start with nothing changed
 * touches no file.
 */

#define ENTRY_GROUP "Desktop Entry"

G_DEFINE_QUARK (sw-autostart-error-quark, sw_autostart_error)

/**
 * sw_autostart_get_path:
 *
 * Returns: (transfer full): where the entry lives for this user
 */
char *
sw_autostart_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart",
                           REMINDERS_ID ".desktop", NULL);
}

gboolean
sw_autostart_is_installed (void)
{
  g_autofree char *path = sw_autostart_get_path ();

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static gboolean
check_template (const char  *template_path,
                const char  *contents,
                gsize        length,
                GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *exec = NULL;

  if (!g_key_file_load_from_data (key_file, contents, length, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, SW_AUTOSTART_ERROR, SW_AUTOSTART_ERROR_INVALID_TEMPLATE,
                   "The autostart template %s is not a desktop entry: %s",
                   template_path, local_error->message);
      return FALSE;
    }

  exec = g_key_file_get_string (key_file, ENTRY_GROUP, "Exec", NULL);
  if (exec == NULL || *exec == '\0')
    {
      g_set_error (error, SW_AUTOSTART_ERROR, SW_AUTOSTART_ERROR_INVALID_TEMPLATE,
                   "The autostart template %s says nothing to run (no Exec line)",
                   template_path);
      return FALSE;
    }

  return TRUE;
}

/**
 * sw_autostart_install:
 * @template_path: the installed template to copy
 *
 * Writes the entry, unless an identical one is there already.
 */
gboolean
sw_autostart_install (const char  *template_path,
                      GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *existing = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  gsize existing_length;

  g_return_val_if_fail (template_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_get_contents (template_path, &contents, &length, &local_error))
    {
      g_set_error (error, SW_AUTOSTART_ERROR, SW_AUTOSTART_ERROR_NO_TEMPLATE,
                   "Cannot start reminders at login: the autostart template is missing (%s)",
                   local_error->message);
      return FALSE;
    }

  if (!check_template (template_path, contents, length, error))
    return FALSE;

  path = sw_autostart_get_path ();
  if (g_file_get_contents (path, &existing, &existing_length, NULL) &&
      existing_length == length && memcmp (existing, contents, length) == 0)
    return TRUE;

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SW_AUTOSTART_ERROR, SW_AUTOSTART_ERROR_FAILED,
                   "Cannot create the autostart folder %s: %s",
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  if (!g_file_set_contents_full (path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      g_set_error (error, SW_AUTOSTART_ERROR, SW_AUTOSTART_ERROR_FAILED,
                   "Cannot write the autostart entry: %s", local_error->message);
      return FALSE;
    }

  g_debug ("Wrote the autostart entry %s", path);

  return TRUE;
}

/**
 * sw_autostart_remove:
 *
 * Removes the entry; no entry is not an error.
 */
gboolean
sw_autostart_remove (GError **error)
{
  g_autofree char *path = sw_autostart_get_path ();

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_unlink (path) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;

      g_set_error (error, SW_AUTOSTART_ERROR, SW_AUTOSTART_ERROR_FAILED,
                   "Cannot remove the autostart entry %s: %s",
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  g_debug ("Removed the autostart entry %s", path);

  return TRUE;
}
