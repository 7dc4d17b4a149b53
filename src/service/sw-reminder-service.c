/* sw-reminder-service.c: the reminder daemon — type, lifecycle, settings and the one timeout
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminder-service.h"
#include "sw-reminder-service-private.h"

#include "sw-autostart.h"
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
 * The schedule outlives a crash: it is saved at each change and restored
 * when the daemon starts again in the same session (see
 * sw-reminder-service-state.c), so the app, which restarts a daemon that
 * died, sees the same countdown, reminder, snooze, break or pause.
 *
 * Faults cost as little as they can. A notification server that leaves
 * turns NotificationsAvailable off at once (the app then reminds in its
 * window), and a reminder still waiting is shown again through the next
 * server. Break events the journal cannot take wait in memory
 * (#SwBreakLog) and are written at a later wakeup.
 */

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

void
_sw_reminder_service_arm_timer (SwReminderService *self)
{
  gint64 wakeup;
  gint64 delay_ms;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_ms = -1;

  if (!self->started)
    return;

  wakeup = MIN (sw_scheduler_get_next_wakeup_us (self->scheduler), flare_switch_end (self));
  wakeup = MIN (wakeup, _sw_reminder_service_desk_recheck_wakeup (self));
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

static gboolean
timeout_cb (gpointer user_data)
{
  SwReminderService *self = SW_REMINDER_SERVICE (user_data);

  self->timeout_id = 0;
  sw_reminder_service_wake (self);

  return G_SOURCE_REMOVE;
}

/* Flare-ups */

/* A flare is active by the user's switch or by what the journal holds
 * (CONTENT-SPEC 2.3); the journal is asked at every wakeup, a cheap query. */
void
_sw_reminder_service_apply_flare (SwReminderService *self)
{
  gboolean active = flare_switch_end (self) != SW_SCHEDULER_NEVER;
  SwJournal *journal = _sw_reminder_service_get_journal (self);
  g_autoptr(GError) error = NULL;

  if (!active && journal != NULL)
    {
      active = sw_journal_is_flare_active (journal, FALSE, &error);
      if (error != NULL)
        g_debug ("Cannot ask the journal about a flare-up: %s", error->message);
    }

  sw_scheduler_set_flare_active (self->scheduler, active);
}

/* The scheduler */

static void
scheduler_event_cb (SwScheduler       *scheduler,
                    SwBreakEvent       event,
                    gint64             real_us,
                    gint64             length_us,
                    SwReminderService *self)
{
  _sw_reminder_service_log_break_event (self, event, real_us, length_us);

  /* Restoring, a reminder already up may also be due: it is shown once after. */
  if (event == SW_BREAK_EVENT_DUE && !self->restoring)
    _sw_reminder_service_remind (self);

  _sw_reminder_service_sync_properties (self);
}

static void
scheduler_state_cb (SwReminderService *self)
{
  SwSchedulerState state = sw_scheduler_get_state (self->scheduler);

  /* Answered elsewhere (the app, a natural break, a pause): take it down.
   * A snoozed reminder stays, and the next one replaces it. */
  if (state != SW_SCHEDULER_STATE_DUE && state != SW_SCHEDULER_STATE_SNOOZED)
    _sw_reminder_service_withdraw_reminder (self);

  _sw_reminder_service_sync_properties (self);
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

      _sw_reminder_service_flush_properties (self);
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
      _sw_reminder_service_apply_flare (self);
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
  _sw_reminder_service_sync_properties (self);
  _sw_reminder_service_arm_timer (self);
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

  _sw_reminder_service_sync_properties (self);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

static void
sw_reminder_service_startup (GApplication *application)
{
  SwReminderService *self = SW_REMINDER_SERVICE (application);

  G_APPLICATION_CLASS (sw_reminder_service_parent_class)->startup (application);

  _sw_reminder_service_start_notifier (self);
  _sw_reminder_service_watch_session (self);
  _sw_reminder_service_open_break_log (self);
  self->started = TRUE;

  update_autostart (self);
  update_running (self);
  _sw_reminder_service_apply_flare (self);
  /* Before the first look from the bus, which waits for the main loop. */
  _sw_reminder_service_restore_state (self);
  _sw_reminder_service_sync_properties (self);
  _sw_reminder_service_arm_timer (self);
}

static void
sw_reminder_service_shutdown (GApplication *application)
{
  SwReminderService *self = SW_REMINDER_SERVICE (application);

  self->started = FALSE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  /* Quitting normally, unlike a crash: the next start is fresh. */
  _sw_reminder_service_forget_state (self);

  /* A last try: what is still pending now cannot be kept. */
  if (!_sw_reminder_service_write_pending_events (self))
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

  _sw_reminder_service_create_skeleton (self);

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
                           G_CALLBACK (_sw_reminder_service_sync_properties), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheduler, "notify::flare-shortening",
                           G_CALLBACK (_sw_reminder_service_sync_properties), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheduler, "notify::next-wakeup-us",
                           G_CALLBACK (_sw_reminder_service_arm_timer), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheduler, "schedule-changed",
                           G_CALLBACK (_sw_reminder_service_save_state), self, G_CONNECT_SWAPPED);
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
  g_clear_pointer (&self->boot_id, g_free);
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

  _sw_reminder_service_write_pending_events (self);
  _sw_reminder_service_apply_flare (self);
  sw_scheduler_update (self->scheduler);
  _sw_reminder_service_remind_desk_recheck (self);
  _sw_reminder_service_sync_properties (self);
  _sw_reminder_service_arm_timer (self);
}
