/* sw-reminder-service-state.c: the reminder daemon's schedule, kept across a crash
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-service-private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

/*
 * A daemon that crashes is started again by the app within a second; the
 * person should not notice. The schedule (see sw_scheduler_save_state())
 * is kept in `$XDG_STATE_HOME/sitwell/reminders-state`, a key file of a few
 * hundred bytes, 0600 in a 0700 folder, replaced atomically:
 * - written at start-up, then whenever the scheduler reports a change
 *   (#SwScheduler::schedule-changed) and after a sleep or a wall-clock
 *   jump (its times, as wall time, moved) — never on a timer: between
 *   those the daemon sleeps;
 * - read once at start-up, before the bus can ask for a property, so the
 *   app sees the restored schedule from its first look;
 * - removed when the daemon quits normally (reminders turned off, logout,
 *   SIGTERM): the next start is fresh, as at login.
 *
 * A saved schedule counts only in the boot (/proc/sys/kernel/random/boot_id)
 * and the session (the session bus's GUID) that saved it: a restarted
 * computer or a new login starts afresh, as people expect. Within the
 * session the scheduler decides what still holds. A file that cannot be
 * read or makes no sense is ignored with a debug message, and replaced.
 */

#define STATE_VERSION 1
#define DAEMON_GROUP  "Daemon"
/* A saved state takes a few hundred bytes; anything much bigger is not one. */
#define MAX_STATE_SIZE 16384

static char *
state_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "sitwell", "reminders-state", NULL);
}

/* Changes when the computer starts; empty where Linux does not say. */
static char *
read_boot_id (void)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &contents, NULL, NULL))
    return g_strdup ("");

  return g_strdup (g_strstrip (contents));
}

/* Changes when the person logs in again (a new session bus). */
static const char *
session_id (SwReminderService *self)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  const char *guid = bus != NULL ? g_dbus_connection_get_guid (bus) : NULL;

  return guid != NULL ? guid : "";
}

/* Reads the state file and checks that it is this session's. */
static gboolean
load_state (SwReminderService  *self,
            const char         *path,
            GKeyFile           *key_file,
            GError            **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *boot_id = NULL;
  g_autofree char *session = NULL;
  GStatBuf st;
  gsize length;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return FALSE;
    }

  /* Never block on a FIFO or read a huge file someone put there. */
  if (!S_ISREG (st.st_mode) || st.st_size > MAX_STATE_SIZE)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                           "Not a saved schedule: a special or oversized file");
      return FALSE;
    }

  if (!g_file_get_contents (path, &contents, &length, error) ||
      !g_key_file_load_from_data (key_file, contents, length, G_KEY_FILE_NONE, error))
    return FALSE;

  if (g_key_file_get_integer (key_file, DAEMON_GROUP, "version", NULL) != STATE_VERSION)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                           "Saved by another version of the daemon");
      return FALSE;
    }

  boot_id = g_key_file_get_string (key_file, DAEMON_GROUP, "boot-id", NULL);
  session = g_key_file_get_string (key_file, DAEMON_GROUP, "session", NULL);
  if (g_strcmp0 (boot_id, self->boot_id) != 0)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                           "Saved before the computer restarted");
      return FALSE;
    }
  if (g_strcmp0 (session, session_id (self)) != 0)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                           "Saved in another session");
      return FALSE;
    }

  return TRUE;
}

/* At start-up, with the notifier and the journal ready: carries on with
 * the saved schedule if it still holds, then saves this session's. */
void
_sw_reminder_service_restore_state (SwReminderService *self)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = state_path ();

  g_clear_pointer (&self->boot_id, g_free);
  self->boot_id = read_boot_id ();

  /* A reminder that falls due in the restore is shown once, below. */
  self->restoring = TRUE;
  if (!load_state (self, path, key_file, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("Starting a fresh schedule; the saved one in %s is of no use: %s",
                 path, error->message);
    }
  else if (!sw_scheduler_restore_state (self->scheduler, key_file, &error))
    {
      g_debug ("Starting a fresh schedule; the saved one in %s no longer holds: %s",
               path, error->message);
    }
  else
    {
      g_debug ("Carrying on with the schedule saved in %s", path);
    }
  self->restoring = FALSE;

  self->state_ready = TRUE;
  _sw_reminder_service_save_state (self);

  /* Due before the crash, or since: up again, and the app told. */
  if (sw_scheduler_get_state (self->scheduler) == SW_SCHEDULER_STATE_DUE)
    _sw_reminder_service_remind (self);
}

static gboolean
make_private_folder (const char  *folder,
                     GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot make %s private: %s", folder, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Replaces the state file with the schedule as it is now. A failure costs
 * only what a crash would then lose. */
void
_sw_reminder_service_save_state (SwReminderService *self)
{
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (!self->state_ready)
    return;

  key_file = g_key_file_new ();
  g_key_file_set_integer (key_file, DAEMON_GROUP, "version", STATE_VERSION);
  g_key_file_set_string (key_file, DAEMON_GROUP, "boot-id", self->boot_id);
  g_key_file_set_string (key_file, DAEMON_GROUP, "session", session_id (self));
  sw_scheduler_save_state (self->scheduler, key_file);
  data = g_key_file_to_data (key_file, &length, NULL);

  path = state_path ();
  folder = g_path_get_dirname (path);
  self->n_state_saves++;
  if (!make_private_folder (folder, &error) ||
      !g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 &error))
    g_debug ("Cannot save the schedule, so a crash would lose it: %s", error->message);
}

/* Quitting normally: the next start is fresh. */
void
_sw_reminder_service_forget_state (SwReminderService *self)
{
  g_autofree char *path = state_path ();

  if (!self->state_ready)
    return;

  self->state_ready = FALSE;
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_debug ("Cannot remove the saved schedule %s: %s", path, g_strerror (errno));
}
