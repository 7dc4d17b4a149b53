/* sitwell-reminders.c: the reminder daemon's main
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <locale.h>
#include <signal.h>

#include "sw-reminder-service.h"
#include "sw-system-clock.h"

/* Logout, shutdown or kill: quit as when reminders are turned off, so the
 * pending break events are written and the saved schedule removed (the
 * next start is fresh). A crash keeps the schedule for the restart. */
static gboolean
quit_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));

  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SwReminderService) service = NULL;
  g_autoptr(SwClock) clock = NULL;
  /* An uninstalled build (make run) points this at its own po folder. */
  const char *localedir = g_getenv ("SITWELL_LOCALEDIR");

  /* Past a file-size limit (ulimit -f) a write then fails with EFBIG, which
   * the journal reports and the daemon survives, instead of the signal
   * killing it: the break events wait in memory until the journal can
   * take them. */
  signal (SIGXFSZ, SIG_IGN);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  clock = sw_system_clock_new_from_env ();
  service = sw_reminder_service_new (clock);
  g_unix_signal_add (SIGTERM, quit_cb, service);
  g_unix_signal_add (SIGINT, quit_cb, service);
  g_unix_signal_add (SIGHUP, quit_cb, service);

  return g_application_run (G_APPLICATION (service), argc, argv);
}
