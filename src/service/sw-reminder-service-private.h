/* sw-reminder-service-private.h: the reminder daemon's struct and internals, shared by its files
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-reminder-service.h"

#include "sw-dbus.h"
#include "sw-journal.h"

G_BEGIN_DECLS

/*
 * SwReminderService is split the Text Editor way (STYLE.md "Files"):
 *   sw-reminder-service.c          the type, its lifecycle, its settings
 *                                  and the one timeout
 *   sw-reminder-service-dbus.c     the Reminders1 skeleton: properties,
 *                                  BreakDue and the methods the app calls
 *   sw-reminder-service-notify.c   the reminder as a notification: showing,
 *                                  its buttons, a server that leaves
 *   sw-reminder-service-journal.c  break events into the journal and the
 *                                  monthly desk re-check from it
 *   sw-reminder-service-session.c  idle, lock, sleep and wall-clock jumps
 *   sw-reminder-service-state.c    the schedule kept across a crash
 */

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

  /* The saved schedule: this boot's id, whether it is read and may be
   * written, whether it is being restored, and how often it was saved. */
  char             *boot_id;
  gboolean          state_ready;
  gboolean          restoring;
  guint             n_state_saves;
};

/* The journal as the break log last opened it; NULL before startup or
 * when it cannot be opened. */
static inline SwJournal *
_sw_reminder_service_get_journal (SwReminderService *self)
{
  return self->break_log != NULL ? sw_break_log_get_journal (self->break_log) : NULL;
}

/* sw-reminder-service.c: the one timeout and the flare-up */
void      _sw_reminder_service_arm_timer             (SwReminderService *self);
void      _sw_reminder_service_apply_flare           (SwReminderService *self);

/* sw-reminder-service-dbus.c: the Reminders1 skeleton */
void      _sw_reminder_service_create_skeleton       (SwReminderService *self);
void      _sw_reminder_service_sync_properties       (SwReminderService *self);
void      _sw_reminder_service_flush_properties      (SwReminderService *self);
void      _sw_reminder_service_announce_break_due    (SwReminderService *self);

/* sw-reminder-service-notify.c: the reminder as a notification */
void      _sw_reminder_service_start_notifier        (SwReminderService *self);
void      _sw_reminder_service_remind                (SwReminderService *self);
void      _sw_reminder_service_withdraw_reminder     (SwReminderService *self);

/* sw-reminder-service-journal.c: break events and the desk re-check */
void      _sw_reminder_service_open_break_log        (SwReminderService *self);
void      _sw_reminder_service_log_break_event       (SwReminderService *self,
                                                      SwBreakEvent       event,
                                                      gint64             real_us,
                                                      gint64             length_us);
gboolean  _sw_reminder_service_write_pending_events  (SwReminderService *self);
gint64    _sw_reminder_service_desk_recheck_wakeup   (SwReminderService *self);
void      _sw_reminder_service_remind_desk_recheck   (SwReminderService *self);

/* sw-reminder-service-session.c: idle, lock, sleep and clock jumps */
void      _sw_reminder_service_watch_session         (SwReminderService *self);

/* sw-reminder-service-state.c: the schedule kept across a crash */
void      _sw_reminder_service_restore_state         (SwReminderService *self);
void      _sw_reminder_service_save_state            (SwReminderService *self);
void      _sw_reminder_service_forget_state          (SwReminderService *self);

G_END_DECLS
