/* service-fixture.h: a reminder daemon on a fake clock, seen from the app's side
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fake-notification-server.h"
#include "sw-dbus.h"
#include "sw-fake-clock.h"
#include "sw-journal.h"
#include "sw-reminder-service.h"

G_BEGIN_DECLS

#define FIXTURE_SERVICE_PATH "/io/github/sitwell/Sitwell/Reminders"

/* A service on a fake clock, seen from the app's side: a private
 * connection with a Reminders1 proxy, which can also play the app. */
typedef struct
{
  FakeNotificationServer *server;      /* NULL: no notification server */
  SwFakeClock            *clock;
  SwReminderService      *service;
  GDBusConnection        *app_bus;
  SwDBusReminders1       *proxy;
  guint                   app_registration;
  GPtrArray              *app_actions;
  char                   *app_script;
  guint                   n_break_due;
  guint                   n_journal_changed;
  gint64                  start_real_us;
} Fixture;

/* Set-up and tear-down for g_test_add (): @capabilities is what the fake
 * notification server offers, or NULL for no server at all. */
void          fixture_setup            (Fixture        *fixture,
                                        gconstpointer   capabilities);
void          fixture_teardown         (Fixture        *fixture,
                                        gconstpointer   capabilities);

void          fixture_crash_restart    (Fixture        *fixture,
                                        gint64          down_us);
void          fixture_advance          (Fixture        *fixture,
                                        gint64          us);
void          fixture_sync             (Fixture        *fixture);
void          fixture_call             (Fixture        *fixture,
                                        const char     *method,
                                        GVariant       *parameters,
                                        GError        **error);
gint64        fixture_real_now         (Fixture        *fixture);
SwScheduler  *fixture_scheduler        (Fixture        *fixture);
FakeNotify   *fixture_wait_for_notify  (Fixture        *fixture,
                                        guint           index);
void          fixture_wait_for_state   (Fixture        *fixture,
                                        const char     *state);
void          fixture_start_fake_app   (Fixture        *fixture);
SwJournal    *fixture_open_journal     (Fixture        *fixture);
GStrv         fixture_list_break_events
                                       (Fixture        *fixture);
void          fixture_assert_break_events
                                       (Fixture            *fixture,
                                        const char * const *expected);

gboolean      fixture_source_exists    (guint           id);
void          fixture_reset_settings   (void);
void          fixture_set_boolean      (const char     *key,
                                        gboolean        value);
void          fixture_set_int          (const char     *key,
                                        int             value);
void          fixture_obey_permissions (gboolean        obey);

G_END_DECLS
