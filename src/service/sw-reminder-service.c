/* sw-reminder-service.c: the stand-up reminder daemon
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-service.h"

#include <glib/gi18n-lib.h>

#include "sw-autostart.h"
#include "sw-break-log.h"
#include "sw-dbus.h"
#include "sw-journal.h"
#include "sw-posture.h"
#include "sw-settings.h"
#include "sw-system-clock.h"

/**
 * SwReminderService:
 *
 * The `sitwell-reminders` daemon: a #GApplication service (no GTK) that
 * owns the #SwScheduler and turns its decisions into one GLib timeout,
 * desktop notifications (#SwNotifier) and the
 * `io.github.sitwell.Sitwell.Reminders1` D-Bus interface, and feeds it the
 * session's idle, lock and sleep changes (#SwIdleMonitor) and GSettings.
 *
 * Exactly one timeout is armed, for the scheduler's next wakeup (or the
 * end of a flare-up switch, if sooner), and re-armed after every update,
 * settings change, unlock and resume, and after the wall clock was set
 * (#SwClockMonitor): the timeout runs on the monotonic clock, so every
 * wall-clock moment is converted again then. While nothing is due nothing
 * runs.
 *
 * Faults cost as little as they can. A notification server that leaves
 * turns NotificationsAvailable off at once (the app then reminds in its
 * window), and a reminder still waiting is shown again through the next
 * server. Break events the journal cannot take wait in memory
 * (#SwBreakLog) and are written at a later wakeup.
 */

#define APP_INTERFACE "org.freedesktop.Application"
/* A pause longer than this many seconds would overflow microseconds. */
#define MAX_PAUSE_SECONDS (G_MAXINT64 / (4 * G_USEC_PER_SEC))

struct _SwReminderService
{
  GApplication      parent_instance;

  SwClock          *clock;
  char             *app_path;
  char             *autostart_template;

  GSettings        *settings;
  SwScheduler      *scheduler;
  SwNotifier       *notifier;
  SwIdleMonitor    *idle_monitor;
  SwClockMonitor   *clock_monitor;
  SwDBusReminders1 *skeleton;
  GCancellable     *cancellable;
  /* Where break events are logged; NULL for the default journal. */
  GFile            *journal_file;
  SwBreakLog       *break_log;

  guint             timeout_id;
  gint64            timeout_ms;

  gboolean          started;
  gboolean          held;
  gboolean          showing;
  gboolean          asleep;
  gint64            sleep_real_us;
  gint64            sleep_monotonic_us;
};

G_DEFINE_FINAL_TYPE (SwReminderService, sw_reminder_service, G_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_APP_PATH,
  PROP_AUTOSTART_TEMPLATE,
  PROP_JOURNAL_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const watched_keys[] = {
  SW_SETTINGS_KEY_REMINDERS_ENABLED,
  SW_SETTINGS_KEY_INTERVAL_MINUTES,
  SW_SETTINGS_KEY_BREAK_MINUTES,
  SW_SETTINGS_KEY_SNOOZE_MINUTES,
  SW_SETTINGS_KEY_WORK_HOURS_ENABLED,
  SW_SETTINGS_KEY_WORK_DAYS,
  SW_SETTINGS_KEY_WORK_START_MINUTES,
  SW_SETTINGS_KEY_WORK_END_MINUTES,
  SW_SETTINGS_KEY_FLARE_SHORTENS,
  SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL,
  SW_SETTINGS_KEY_SOUND,
  SW_SETTINGS_KEY_START_AT_LOGIN,
  SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY,
};

/* The one timeout */

static gboolean timeout_cb (gpointer user_data);

/* When the user's flare-up switch turns itself off, on the monotonic clock;
 * SW_SCHEDULER_NEVER when it is off. */
static gint64
flare_switch_end (SwReminderService *self)
{
  gint64 until = g_settings_get_int64 (self->settings, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL);
  gint64 real_now = sw_clock_get_real_us (self->clock);

  if (until <= real_now)
    return SW_SCHEDULER_NEVER;

  return sw_clock_get_monotonic_us (self->clock) + (until - real_now);
}

/* The journal as the break log last opened it; NULL before startup or
 * when it cannot be opened. */
static SwJournal *
journal_for_reading (SwReminderService *self)
{
  return self->break_log != NULL ? sw_break_log_get_journal (self->break_log) : NULL;
}

/* The monthly desk re-check (issue 8): when it falls due as wall time,
 * from the last saved posture check and the last reminder; NULL if never. */
static GDateTime *
desk_recheck_next_due (SwReminderService *self)
{
  g_autoptr(SwJournalItem) last_check = NULL;
  g_autoptr(GDateTime) checked = NULL;
  g_autoptr(GDateTime) reminded = NULL;
  SwJournal *journal = journal_for_reading (self);
  gint64 mark;

  if (journal == NULL ||
      !g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY) ||
      !sw_journal_get_last_posture_check (journal, &last_check, NULL))
    return NULL;

  mark = g_settings_get_int64 (self->settings, SW_SETTINGS_KEY_DESK_RECHECK_MARK);
  if (mark == 0 && last_check == NULL)
    {
      /* The first run: the first reminder comes a week from now. */
      g_autoptr(GDateTime) now = sw_clock_get_now_local (self->clock);
      g_autoptr(GDateTime) first = sw_posture_recheck_first_mark (now);

      mark = g_date_time_to_unix (first) * G_USEC_PER_SEC;
      g_settings_set_int64 (self->settings, SW_SETTINGS_KEY_DESK_RECHECK_MARK, mark);
    }

  if (last_check != NULL)
    checked = g_date_time_new_from_unix_local (last_check->time_us / G_USEC_PER_SEC);
  if (mark != 0)
    reminded = g_date_time_new_from_unix_local (mark / G_USEC_PER_SEC);

  return sw_posture_recheck_next_due (checked, reminded);
}

/* The same moment on the monotonic clock, for the one timeout. */
static gint64
desk_recheck_wakeup (SwReminderService *self)
{
  g_autoptr(GDateTime) due = desk_recheck_next_due (self);
  gint64 real_now = sw_clock_get_real_us (self->clock);
  gint64 due_us;

  if (due == NULL)
    return SW_SCHEDULER_NEVER;

  due_us = g_date_time_to_unix (due) * G_USEC_PER_SEC;
  return sw_clock_get_monotonic_us (self->clock) + MAX (due_us - real_now, 0);
}

static void
remind_desk_recheck (SwReminderService *self)
{
  g_autoptr(GDateTime) due = desk_recheck_next_due (self);
  g_autoptr(GDateTime) now = sw_clock_get_now_local (self->clock);

  if (due == NULL || g_date_time_compare (now, due) < 0)
    return;

  /* Marked even without a notification server: once a month, not a retry loop. */
  g_settings_set_int64 (self->settings, SW_SETTINGS_KEY_DESK_RECHECK_MARK,
                        sw_clock_get_real_us (self->clock));
  if (self->notifier != NULL)
    sw_notifier_show_note (self->notifier, _("Time to re-check your desk"),
                           _("A month has passed. Open Sitwell's Posture tab and run through "
                             "the desk checklist again: it takes two minutes."));
}

static void
arm_timer (SwReminderService *self)
{
  gint64 wakeup;
  gint64 delay_ms;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_ms = -1;

  if (!self->started)
    return;

  wakeup = MIN (sw_scheduler_get_next_wakeup_us (self->scheduler), flare_switch_end (self));
  wakeup = MIN (wakeup, desk_recheck_wakeup (self));
  if (wakeup == SW_SCHEDULER_NEVER)
    return;

  delay_ms = sw_clock_to_real_delay_ms (self->clock,
                                        wakeup - sw_clock_get_monotonic_us (self->clock));
  /* Past about 49 days it fires early, updates nothing and re-arms. */
  self->timeout_ms = CLAMP (delay_ms, 0, G_MAXUINT);
  self->timeout_id = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) self->timeout_ms,
                                         timeout_cb, self, NULL);
  g_source_set_name_by_id (self->timeout_id, "[sitwell-reminders] next wakeup");
}

/* A flare is active by the user's switch or by what the journal holds
 * (CONTENT-SPEC 2.3); the journal is asked at every wakeup, a cheap query. */
static void
apply_flare (SwReminderService *self)
{
  gboolean active = flare_switch_end (self) != SW_SCHEDULER_NEVER;
  SwJournal *journal = journal_for_reading (self);
  g_autoptr(GError) error = NULL;

  if (!active && journal != NULL)
    {
      active = sw_journal_is_flare_active (journal, FALSE, &error);
      if (error != NULL)
        g_debug ("Cannot ask the journal about a flare-up: %s", error->message);
    }

  sw_scheduler_set_flare_active (self->scheduler, active);
}

static gboolean
timeout_cb (gpointer user_data)
{
  SwReminderService *self = SW_REMINDER_SERVICE (user_data);

  self->timeout_id = 0;
  sw_reminder_service_wake (self);

  return G_SOURCE_REMOVE;
}

/* D-Bus properties */

/* The app counts down against the real wall clock. Under
 * SITWELL_TIME_SCALE the scheduler's wall time runs faster, so a moment is
 * sent as the real time at which it will be reached. */
static gint64
to_dbus_time (SwReminderService *self,
              gint64             real_us)
{
  double scale = sw_clock_get_scale (self->clock);

  if (real_us == SW_SCHEDULER_NEVER)
    return 0;

  if (scale == 1.0)
    return real_us;

  return g_get_real_time () + (gint64) ((real_us - sw_clock_get_real_us (self->clock)) / scale);
}

static void
sync_properties (SwReminderService *self)
{
  SwDBusReminders1 *iface = self->skeleton;
  SwSchedulerState state = sw_scheduler_get_state (self->scheduler);
  gint64 next_due = sw_scheduler_get_next_due_real_us (self->scheduler);
  gint64 ends = SW_SCHEDULER_NEVER;

  if (state == SW_SCHEDULER_STATE_ON_BREAK)
    ends = sw_scheduler_get_break_end_real_us (self->scheduler);
  else if (state == SW_SCHEDULER_STATE_PAUSED)
    ends = sw_scheduler_get_pause_end_real_us (self->scheduler);

  sw_dbus_reminders1_set_state (iface, sw_scheduler_state_to_nick (state));
  sw_dbus_reminders1_set_next_due (iface, to_dbus_time (self, next_due));
  sw_dbus_reminders1_set_state_ends (iface, to_dbus_time (self, ends));
  sw_dbus_reminders1_set_flare_mode (iface, sw_scheduler_get_flare_shortening (self->scheduler));
  sw_dbus_reminders1_set_notifications_available (iface,
                                                  self->notifier != NULL &&
                                                  sw_notifier_get_available (self->notifier));
}

/* Sends the changed properties now rather than from an idle, so that a
 * signal or a method reply that follows never overtakes them. */
static void
flush_properties (SwReminderService *self)
{
  sync_properties (self);
  g_dbus_interface_skeleton_flush (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}

/* The reminder */

/* Puts the due reminder up as a notification, if there is a server. */
static void
show_reminder (SwReminderService *self)
{
  guint minutes = sw_scheduler_get_break_minutes (self->scheduler);
  g_autofree char *body = NULL;

  /* Asking a server that was away may bring it back, and notifier_available_cb
   * here again: the reminder goes up once. */
  if (self->notifier == NULL || self->showing)
    return;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Stand up, walk about and stretch for %u minute.",
                                       "Stand up, walk about and stretch for %u minutes.",
                                       minutes),
                          minutes);

  self->showing = TRUE;
  if (sw_notifier_show_reminder (self->notifier, _("Time to stand up"), body,
                                 sw_scheduler_can_snooze (self->scheduler)))
    sw_scheduler_mark_shown (self->scheduler);
  self->showing = FALSE;
}

/* Tells the app a reminder is due; it reminds in its window when
 * NotificationsAvailable, sent just before, is off. */
static void
announce_break_due (SwReminderService *self)
{
  flush_properties (self);
  sw_dbus_reminders1_emit_break_due (self->skeleton);
}

/* The notification goes first: if it fails, NotificationsAvailable is
 * already off when BreakDue reaches the app. */
static void
remind (SwReminderService *self)
{
  show_reminder (self);
  announce_break_due (self);
}

/* A reminder waiting for an answer went with a server that left: the app
 * is told again, to remind in its window. When a server comes back (or at
 * last), the reminder is shown through it. */
static void
notifier_available_cb (SwReminderService *self)
{
  sync_properties (self);

  /* A reminder being shown reports for itself. */
  if (self->showing || sw_scheduler_get_state (self->scheduler) != SW_SCHEDULER_STATE_DUE)
    return;

  if (sw_notifier_get_available (self->notifier))
    show_reminder (self);

  if (!sw_notifier_get_available (self->notifier))
    announce_break_due (self);
}

static SwJournalBreakKind
journal_kind (SwBreakEvent event)
{
  switch (event)
    {
    case SW_BREAK_EVENT_DUE:
      return SW_JOURNAL_BREAK_DUE;
    case SW_BREAK_EVENT_SHOWN:
      return SW_JOURNAL_BREAK_SHOWN;
    case SW_BREAK_EVENT_STARTED:
      return SW_JOURNAL_BREAK_STARTED;
    case SW_BREAK_EVENT_COMPLETED:
      return SW_JOURNAL_BREAK_COMPLETED;
    case SW_BREAK_EVENT_SNOOZED:
      return SW_JOURNAL_BREAK_SNOOZED;
    case SW_BREAK_EVENT_SKIPPED:
      return SW_JOURNAL_BREAK_SKIPPED;
    case SW_BREAK_EVENT_NATURAL:
    default:
      return SW_JOURNAL_BREAK_NATURAL;
    }
}

/* Every transition goes to the journal, where the chart and the doctor's
 * report read it. A journal that cannot be written delays the log (the
 * break log keeps the events), never the reminders. */
static void
log_event (SwReminderService *self,
           SwBreakEvent       event,
           gint64             real_us,
           gint64             length_us)
{
  gboolean has_length = event == SW_BREAK_EVENT_COMPLETED || event == SW_BREAK_EVENT_SKIPPED ||
                        event == SW_BREAK_EVENT_NATURAL || event == SW_BREAK_EVENT_SNOOZED;
  int length_s = has_length ? (int) CLAMP (length_us / G_USEC_PER_SEC, 0, G_MAXINT) : -1;

  if (self->break_log != NULL)
    sw_break_log_add (self->break_log, real_us, journal_kind (event), length_s);
}

static void
scheduler_event_cb (SwScheduler       *scheduler,
                    SwBreakEvent       event,
                    gint64             real_us,
                    gint64             length_us,
                    SwReminderService *self)
{
  log_event (self, event, real_us, length_us);

  if (event == SW_BREAK_EVENT_DUE)
    remind (self);

  sync_properties (self);
}

static void
scheduler_state_cb (SwReminderService *self)
{
  SwSchedulerState state = sw_scheduler_get_state (self->scheduler);

  /* Answered elsewhere (the app, a natural break, a pause): take it down.
   * A snoozed reminder stays, and the next one replaces it. */
  if (self->notifier != NULL &&
      state != SW_SCHEDULER_STATE_DUE &&
      state != SW_SCHEDULER_STATE_SNOOZED)
    sw_notifier_withdraw (self->notifier);

  sync_properties (self);
}

/* Opening the app's break view */

static void
launch_app (SwReminderService *self,
            const char        *activation_token)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GError) error = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  if (activation_token != NULL)
    {
      g_subprocess_launcher_setenv (launcher, "XDG_ACTIVATION_TOKEN", activation_token, TRUE);
      g_subprocess_launcher_setenv (launcher, "DESKTOP_STARTUP_ID", activation_token, TRUE);
    }

  /* GLib reaps the child when it exits. */
  subprocess = g_subprocess_launcher_spawn (launcher, &error,
                                            self->app_path, "--start-break", NULL);
  if (subprocess == NULL)
    g_debug ("Could not open the break view with %s: %s", self->app_path, error->message);
}

typedef struct
{
  SwReminderService *self;
  char              *activation_token;
} ActivateData;

static void
activate_data_free (ActivateData *data)
{
  g_free (data->activation_token);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ActivateData, activate_data_free)

static void
activate_action_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ActivateData) data = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply != NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER))
    launch_app (data->self, data->activation_token);
  else
    g_debug ("The app did not take the start-break action: %s", error->message);
}

/* The app's `app.start-break` action when it runs, else `sitwell --start-break`. */
static void
open_break_view (SwReminderService *self,
                 const char        *activation_token)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  GVariantBuilder platform_data;
  ActivateData *data;

  if (bus == NULL)
    {
      launch_app (self, activation_token);
      return;
    }

  g_variant_builder_init (&platform_data, G_VARIANT_TYPE_VARDICT);
  if (activation_token != NULL)
    {
      g_variant_builder_add (&platform_data, "{sv}", "activation-token",
                             g_variant_new_string (activation_token));
      g_variant_builder_add (&platform_data, "{sv}", "desktop-startup-id",
                             g_variant_new_string (activation_token));
    }

  data = g_new0 (ActivateData, 1);
  data->self = self;
  data->activation_token = g_strdup (activation_token);

  g_dbus_connection_call (bus, APP_ID, SW_REMINDER_SERVICE_APP_OBJECT_PATH, APP_INTERFACE,
                          "ActivateAction",
                          g_variant_new ("(s@av@a{sv})", "start-break",
                                         g_variant_new_array (G_VARIANT_TYPE_VARIANT, NULL, 0),
                                         g_variant_builder_end (&platform_data)),
                          NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          self->cancellable, activate_action_cb, data);
}

static void
notifier_action_invoked_cb (SwNotifier        *notifier,
                            const char        *action,
                            const char        *activation_token,
                            SwReminderService *self)
{
  g_debug ("Reminder action %s", action);

  if (g_str_equal (action, SW_NOTIFIER_ACTION_START_BREAK))
    {
      sw_scheduler_start_break (self->scheduler);
      open_break_view (self, activation_token);
    }
  else if (g_str_equal (action, SW_NOTIFIER_ACTION_SNOOZE))
    {
      sw_scheduler_snooze (self->scheduler);
    }
  else if (g_str_equal (action, SW_NOTIFIER_ACTION_SKIP))
    {
      sw_scheduler_skip (self->scheduler);
    }
}

/* D-Bus methods. An action that does not apply now (a stale click) is not
 * an error: the properties tell the caller what happened. */

static gboolean
handle_take_break_now_cb (SwDBusReminders1      *iface,
                          GDBusMethodInvocation *invocation,
                          SwReminderService     *self)
{
  sw_scheduler_take_break_now (self->scheduler);
  flush_properties (self);
  sw_dbus_reminders1_complete_take_break_now (iface, invocation);

  return TRUE;
}

static gboolean
handle_pause_cb (SwDBusReminders1      *iface,
                 GDBusMethodInvocation *invocation,
                 gint64                 seconds,
                 SwReminderService     *self)
{
  if (seconds < -1 || seconds > MAX_PAUSE_SECONDS)
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                             "Pause takes seconds, 0 (until resumed) or -1 "
                                             "(until tomorrow), not %" G_GINT64_FORMAT,
                                             seconds);
      return TRUE;
    }

  if (seconds == -1)
    sw_scheduler_pause_until_tomorrow (self->scheduler);
  else
    sw_scheduler_pause (self->scheduler, seconds * G_USEC_PER_SEC);

  flush_properties (self);
  sw_dbus_reminders1_complete_pause (iface, invocation);

  return TRUE;
}

static gboolean
handle_resume_cb (SwDBusReminders1      *iface,
                  GDBusMethodInvocation *invocation,
                  SwReminderService     *self)
{
  sw_scheduler_resume (self->scheduler);
  flush_properties (self);
  sw_dbus_reminders1_complete_resume (iface, invocation);

  return TRUE;
}

static gboolean
handle_finish_break_cb (SwDBusReminders1      *iface,
                        GDBusMethodInvocation *invocation,
                        gboolean               completed,
                        SwReminderService     *self)
{
  sw_scheduler_finish_break (self->scheduler, completed);
  flush_properties (self);
  sw_dbus_reminders1_complete_finish_break (iface, invocation);

  return TRUE;
}

static gboolean
handle_snooze_cb (SwDBusReminders1      *iface,
                  GDBusMethodInvocation *invocation,
                  SwReminderService     *self)
{
  sw_scheduler_snooze (self->scheduler);
  flush_properties (self);
  sw_dbus_reminders1_complete_snooze (iface, invocation);

  return TRUE;
}

static gboolean
handle_skip_cb (SwDBusReminders1      *iface,
                GDBusMethodInvocation *invocation,
                SwReminderService     *self)
{
  sw_scheduler_skip (self->scheduler);
  flush_properties (self);
  sw_dbus_reminders1_complete_skip (iface, invocation);

  return TRUE;
}

/* Settings */

static void
update_autostart (SwReminderService *self)
{
  g_autoptr(GError) error = NULL;
  gboolean wanted;

  wanted = g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_REMINDERS_ENABLED) &&
           g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_START_AT_LOGIN);

  if (wanted ? !sw_autostart_install (self->autostart_template, &error)
             : !sw_autostart_remove (&error))
    g_debug ("%s", error->message);
}

/* Keeps the process alive while reminders are on; turning them off ends it. */
static void
update_running (SwReminderService *self)
{
  gboolean enabled = sw_scheduler_get_enabled (self->scheduler);

  if (enabled && !self->held)
    {
      g_application_hold (G_APPLICATION (self));
      self->held = TRUE;
    }
  else if (!enabled)
    {
      g_debug ("Reminders are off; the reminder service quits");

      if (self->held)
        g_application_release (G_APPLICATION (self));
      self->held = FALSE;

      flush_properties (self);
      g_application_quit (G_APPLICATION (self));
    }
}

static void
apply_setting (SwReminderService *self,
               const char        *key)
{
  GSettings *settings = self->settings;

  if (g_str_equal (key, SW_SETTINGS_KEY_REMINDERS_ENABLED))
    {
      sw_scheduler_set_enabled (self->scheduler, g_settings_get_boolean (settings, key));
      if (self->started)
        {
          update_autostart (self);
          update_running (self);
        }
    }
  else if (g_str_equal (key, SW_SETTINGS_KEY_INTERVAL_MINUTES))
    {
      sw_scheduler_set_interval_minutes (self->scheduler, g_settings_get_int (settings, key));
    }
  else if (g_str_equal (key, SW_SETTINGS_KEY_BREAK_MINUTES))
    {
      sw_scheduler_set_break_minutes (self->scheduler, g_settings_get_int (settings, key));
    }
  else if (g_str_equal (key, SW_SETTINGS_KEY_SNOOZE_MINUTES))
    {
      sw_scheduler_set_snooze_minutes (self->scheduler, g_settings_get_int (settings, key));
    }
  else if (g_str_equal (key, SW_SETTINGS_KEY_WORK_HOURS_ENABLED) ||
           g_str_equal (key, SW_SETTINGS_KEY_WORK_DAYS) ||
           g_str_equal (key, SW_SETTINGS_KEY_WORK_START_MINUTES) ||
           g_str_equal (key, SW_SETTINGS_KEY_WORK_END_MINUTES))
    {
      sw_scheduler_set_work_hours (self->scheduler,
                                   g_settings_get_boolean (settings,
                                                           SW_SETTINGS_KEY_WORK_HOURS_ENABLED),
                                   g_settings_get_int (settings, SW_SETTINGS_KEY_WORK_DAYS),
                                   g_settings_get_int (settings,
                                                       SW_SETTINGS_KEY_WORK_START_MINUTES),
                                   g_settings_get_int (settings, SW_SETTINGS_KEY_WORK_END_MINUTES));
    }
  else if (g_str_equal (key, SW_SETTINGS_KEY_FLARE_SHORTENS))
    {
      sw_scheduler_set_flare_shortens (self->scheduler, g_settings_get_boolean (settings, key));
    }
  else if (g_str_equal (key, SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL))
    {
      apply_flare (self);
    }
  else if (g_str_equal (key, SW_SETTINGS_KEY_SOUND))
    {
      if (self->notifier != NULL)
        sw_notifier_set_sound (self->notifier, g_settings_get_boolean (settings, key));
    }
  else if (g_str_equal (key, SW_SETTINGS_KEY_START_AT_LOGIN))
    {
      if (self->started)
        update_autostart (self);
    }
}

static void
settings_changed_cb (GSettings         *settings,
                     const char        *key,
                     SwReminderService *self)
{
  g_debug ("Setting %s changed", key);

  apply_setting (self, key);
  sync_properties (self);
  arm_timer (self);
}

/* The session */

static void
idle_changed_cb (SwIdleMonitor     *monitor,
                 gboolean           idle,
                 SwReminderService *self)
{
  sw_scheduler_notify_idle (self->scheduler, idle);
  arm_timer (self);
}

static void
locked_changed_cb (SwIdleMonitor     *monitor,
                   gboolean           locked,
                   SwReminderService *self)
{
  sw_scheduler_notify_locked (self->scheduler, locked);
  arm_timer (self);
}

/* The monotonic clock stops while the machine sleeps and the wall clock
 * does not: the difference of their deltas is the time asleep. */
static void
sleeping_cb (SwIdleMonitor     *monitor,
             gboolean           sleeping,
             SwReminderService *self)
{
  gint64 real_us = sw_clock_get_real_us (self->clock);
  gint64 monotonic_us = sw_clock_get_monotonic_us (self->clock);
  gint64 slept_us;

  if (sleeping)
    {
      self->asleep = TRUE;
      self->sleep_real_us = real_us;
      self->sleep_monotonic_us = monotonic_us;
      return;
    }

  if (!self->asleep)
    return;

  self->asleep = FALSE;
  slept_us = (real_us - self->sleep_real_us) - (monotonic_us - self->sleep_monotonic_us);
  g_debug ("Resumed after %" G_GINT64_FORMAT " s asleep", slept_us / G_USEC_PER_SEC);

  if (self->break_log != NULL)
    sw_break_log_flush (self->break_log);
  apply_flare (self);
  sw_scheduler_notify_resumed_from_sleep (self->scheduler, MAX (slept_us, 0));
  sync_properties (self);
  arm_timer (self);
}

/* Work hours, "until tomorrow", the flare-up switch's end and the desk
 * re-check are wall-clock moments, converted to the monotonic clock when
 * the timeout is armed: convert them again. Intervals stay as they were. */
static void
clock_jumped_cb (SwClockMonitor    *monitor,
                 SwReminderService *self)
{
  g_debug ("The wall clock was set; re-arming for the new wall time");
  sw_reminder_service_wake (self);
}

static void
system_bus_ready_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  SwReminderService *self;

  bus = g_dbus_connection_new_for_address_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (bus == NULL)
    {
      g_debug ("No system bus, so sleep is not counted as a break: %s", error->message);
      return;
    }

  self = SW_REMINDER_SERVICE (user_data);
  if (self->idle_monitor != NULL)
    sw_idle_monitor_set_system_bus (self->idle_monitor, bus);
}

/* A private connection: the shared one would end the process if the
 * system bus went away. */
static void
connect_system_bus (SwReminderService *self)
{
  g_autofree char *address = NULL;
  g_autoptr(GError) error = NULL;

  address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SYSTEM, self->cancellable, &error);
  if (address == NULL)
    {
      g_debug ("No system bus, so sleep is not counted as a break: %s", error->message);
      return;
    }

  g_dbus_connection_new_for_address (address,
                                     G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                     G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                     NULL, self->cancellable,
                                     system_bus_ready_cb, self);
}

/* GApplication */

static gboolean
sw_reminder_service_dbus_register (GApplication     *application,
                                   GDBusConnection  *connection,
                                   const char       *object_path,
                                   GError          **error)
{
  SwReminderService *self = SW_REMINDER_SERVICE (application);

  if (!G_APPLICATION_CLASS (sw_reminder_service_parent_class)->dbus_register (application,
                                                                             connection,
                                                                             object_path,
                                                                             error))
    return FALSE;

  sync_properties (self);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

static void
sw_reminder_service_startup (GApplication *application)
{
  SwReminderService *self = SW_REMINDER_SERVICE (application);

  G_APPLICATION_CLASS (sw_reminder_service_parent_class)->startup (application);

  self->notifier = sw_notifier_new ();
  sw_notifier_set_sound (self->notifier,
                         g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_SOUND));
  g_signal_connect_object (self->notifier, "action-invoked",
                           G_CALLBACK (notifier_action_invoked_cb), self, 0);
  g_signal_connect_object (self->notifier, "notify::available",
                           G_CALLBACK (notifier_available_cb), self, G_CONNECT_SWAPPED);

  self->idle_monitor = sw_idle_monitor_new (g_application_get_dbus_connection (application),
                                            SW_IDLE_MONITOR_DEFAULT_THRESHOLD_MS);
  g_signal_connect_object (self->idle_monitor, "idle-changed",
                           G_CALLBACK (idle_changed_cb), self, 0);
  g_signal_connect_object (self->idle_monitor, "locked-changed",
                           G_CALLBACK (locked_changed_cb), self, 0);
  g_signal_connect_object (self->idle_monitor, "sleeping",
                           G_CALLBACK (sleeping_cb), self, 0);
  connect_system_bus (self);

  self->clock_monitor = sw_clock_monitor_new ();
  g_signal_connect_object (self->clock_monitor, "jumped",
                           G_CALLBACK (clock_jumped_cb), self, 0);

  self->break_log = sw_break_log_new (self->journal_file, self->clock);
  self->started = TRUE;

  update_autostart (self);
  update_running (self);
  apply_flare (self);
  sync_properties (self);
  arm_timer (self);
}

static void
sw_reminder_service_shutdown (GApplication *application)
{
  SwReminderService *self = SW_REMINDER_SERVICE (application);

  self->started = FALSE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);

  /* A last try: what is still pending now cannot be kept. */
  if (self->break_log != NULL && !sw_break_log_flush (self->break_log))
    g_debug ("%u break events could not be written to the journal before quitting",
             sw_break_log_get_n_pending (self->break_log));
  g_clear_object (&self->break_log);

  G_APPLICATION_CLASS (sw_reminder_service_parent_class)->shutdown (application);
}

/* GObject */

static void
sw_reminder_service_constructed (GObject *object)
{
  SwReminderService *self = SW_REMINDER_SERVICE (object);

  G_OBJECT_CLASS (sw_reminder_service_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = sw_system_clock_new_from_env ();

  if (self->app_path == NULL)
    {
      const char *env = g_getenv ("SITWELL_APP_PATH");

      self->app_path = g_strdup (env != NULL && *env != '\0' ? env : BINDIR "/sitwell");
    }

  if (self->autostart_template == NULL)
    self->autostart_template = g_strdup (SW_AUTOSTART_TEMPLATE);

  self->skeleton = sw_dbus_reminders1_skeleton_new ();
  g_signal_connect_object (self->skeleton, "handle-take-break-now",
                           G_CALLBACK (handle_take_break_now_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-pause",
                           G_CALLBACK (handle_pause_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-resume",
                           G_CALLBACK (handle_resume_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-finish-break",
                           G_CALLBACK (handle_finish_break_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-snooze",
                           G_CALLBACK (handle_snooze_cb), self, 0);
  g_signal_connect_object (self->skeleton, "handle-skip",
                           G_CALLBACK (handle_skip_cb), self, 0);

  self->scheduler = sw_scheduler_new (self->clock);
  self->settings = g_settings_new (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (watched_keys); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", watched_keys[i], NULL);

      apply_setting (self, watched_keys[i]);
      g_signal_connect_object (self->settings, signal,
                               G_CALLBACK (settings_changed_cb), self, 0);
    }

  g_signal_connect_object (self->scheduler, "event",
                           G_CALLBACK (scheduler_event_cb), self, 0);
  g_signal_connect_object (self->scheduler, "notify::state",
                           G_CALLBACK (scheduler_state_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheduler, "notify::next-due-us",
                           G_CALLBACK (sync_properties), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheduler, "notify::flare-shortening",
                           G_CALLBACK (sync_properties), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheduler, "notify::next-wakeup-us",
                           G_CALLBACK (arm_timer), self, G_CONNECT_SWAPPED);
}

static void
sw_reminder_service_dispose (GObject *object)
{
  SwReminderService *self = SW_REMINDER_SERVICE (object);

  self->started = FALSE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);

  /* Not in dbus_unregister: GApplication calls that only from finalize. */
  if (self->skeleton != NULL &&
      g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)) != NULL)
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));

  g_clear_object (&self->idle_monitor);
  g_clear_object (&self->clock_monitor);
  g_clear_object (&self->notifier);
  g_clear_object (&self->break_log);
  g_clear_object (&self->journal_file);
  g_clear_object (&self->settings);
  g_clear_object (&self->scheduler);
  g_clear_object (&self->skeleton);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_reminder_service_parent_class)->dispose (object);
}

static void
sw_reminder_service_finalize (GObject *object)
{
  SwReminderService *self = SW_REMINDER_SERVICE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->app_path, g_free);
  g_clear_pointer (&self->autostart_template, g_free);

  G_OBJECT_CLASS (sw_reminder_service_parent_class)->finalize (object);
}

static void
sw_reminder_service_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SwReminderService *self = SW_REMINDER_SERVICE (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_APP_PATH:
      g_value_set_string (value, self->app_path);
      break;
    case PROP_AUTOSTART_TEMPLATE:
      g_value_set_string (value, self->autostart_template);
      break;
    case PROP_JOURNAL_FILE:
      g_value_set_object (value, self->journal_file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_reminder_service_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SwReminderService *self = SW_REMINDER_SERVICE (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    case PROP_APP_PATH:
      self->app_path = g_value_dup_string (value);
      break;
    case PROP_AUTOSTART_TEMPLATE:
      self->autostart_template = g_value_dup_string (value);
      break;
    case PROP_JOURNAL_FILE:
      self->journal_file = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_reminder_service_class_init (SwReminderServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sw_reminder_service_constructed;
  object_class->dispose = sw_reminder_service_dispose;
  object_class->finalize = sw_reminder_service_finalize;
  object_class->get_property = sw_reminder_service_get_property;
  object_class->set_property = sw_reminder_service_set_property;

  application_class->dbus_register = sw_reminder_service_dbus_register;
  application_class->startup = sw_reminder_service_startup;
  application_class->shutdown = sw_reminder_service_shutdown;

  /* The time source; the system clock (with SITWELL_TIME_SCALE) if unset. */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, SW_TYPE_CLOCK, flags);

  /* What opens the break view when the app is not running; by default
   * $SITWELL_APP_PATH, else the installed `sitwell`. */
  properties[PROP_APP_PATH] =
    g_param_spec_string ("app-path", NULL, NULL, NULL, flags);

  /* The desktop entry copied into the user's autostart folder. */
  properties[PROP_AUTOSTART_TEMPLATE] =
    g_param_spec_string ("autostart-template", NULL, NULL, NULL, flags);
  /* The journal break events go to; the default journal when unset. */
  properties[PROP_JOURNAL_FILE] =
    g_param_spec_object ("journal-file", NULL, NULL, G_TYPE_FILE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_reminder_service_init (SwReminderService *self)
{
  self->cancellable = g_cancellable_new ();
  self->timeout_ms = -1;
}

/**
 * sw_reminder_service_new:
 * @clock: (nullable): the time source, or %NULL for the system clock
 *
 * Returns: (transfer full): the service, to run with g_application_run()
 */
SwReminderService *
sw_reminder_service_new (SwClock *clock)
{
  g_return_val_if_fail (clock == NULL || SW_IS_CLOCK (clock), NULL);

  return g_object_new (SW_TYPE_REMINDER_SERVICE,
                       "application-id", REMINDERS_ID,
                       "flags", G_APPLICATION_IS_SERVICE,
                       "clock", clock,
                       NULL);
}

SwScheduler *
sw_reminder_service_get_scheduler (SwReminderService *self)
{
  g_return_val_if_fail (SW_IS_REMINDER_SERVICE (self), NULL);

  return self->scheduler;
}

/**
 * sw_reminder_service_get_notifier:
 *
 * Returns: (transfer none) (nullable): the notifier, once started
 */
SwNotifier *
sw_reminder_service_get_notifier (SwReminderService *self)
{
  g_return_val_if_fail (SW_IS_REMINDER_SERVICE (self), NULL);

  return self->notifier;
}

/**
 * sw_reminder_service_get_idle_monitor:
 *
 * Returns: (transfer none) (nullable): the idle monitor, once started
 */
SwIdleMonitor *
sw_reminder_service_get_idle_monitor (SwReminderService *self)
{
  g_return_val_if_fail (SW_IS_REMINDER_SERVICE (self), NULL);

  return self->idle_monitor;
}

/**
 * sw_reminder_service_get_clock_monitor:
 *
 * Returns: (transfer none) (nullable): what tells of wall-clock jumps,
 *   once started
 */
SwClockMonitor *
sw_reminder_service_get_clock_monitor (SwReminderService *self)
{
  g_return_val_if_fail (SW_IS_REMINDER_SERVICE (self), NULL);

  return self->clock_monitor;
}

/**
 * sw_reminder_service_get_break_log:
 *
 * Returns: (transfer none) (nullable): where break events go, once started
 */
SwBreakLog *
sw_reminder_service_get_break_log (SwReminderService *self)
{
  g_return_val_if_fail (SW_IS_REMINDER_SERVICE (self), NULL);

  return self->break_log;
}

/**
 * sw_reminder_service_get_timeout_id:
 *
 * Returns: the source id of the one armed timeout, or 0 when nothing will
 *   happen by itself (a reminder waits for an answer, paused, disabled)
 */
guint
sw_reminder_service_get_timeout_id (SwReminderService *self)
{
  g_return_val_if_fail (SW_IS_REMINDER_SERVICE (self), 0);

  return self->timeout_id;
}

/**
 * sw_reminder_service_get_timeout_ms:
 *
 * Returns: the real delay the armed timeout was given, or -1 if none
 */
gint64
sw_reminder_service_get_timeout_ms (SwReminderService *self)
{
  g_return_val_if_fail (SW_IS_REMINDER_SERVICE (self), -1);

  return self->timeout_ms;
}

/**
 * sw_reminder_service_wake:
 *
 * Does what the timeout does when it fires: writes break events still
 * pending, brings the scheduler up to the clock and re-arms. Tests call it
 * after moving a fake clock.
 */
void
sw_reminder_service_wake (SwReminderService *self)
{
  g_return_if_fail (SW_IS_REMINDER_SERVICE (self));

  if (self->break_log != NULL)
    sw_break_log_flush (self->break_log);
  apply_flare (self);
  sw_scheduler_update (self->scheduler);
  remind_desk_recheck (self);
  sync_properties (self);
  arm_timer (self);
}
