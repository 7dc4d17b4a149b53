/* test-notifier.c: SwNotifier against a fake notification server
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libnotify/notify.h>

#include "fake-notification-server.h"
#include "sw-notifier.h"

static const char * const full_caps[] = { "actions", "body", "body-markup", "sound", NULL };
static const char * const plain_caps[] = { "body", NULL };

/* A notifier and the server it talks to. */
typedef struct
{
  FakeNotificationServer *server;      /* NULL: no notification server */
  SwNotifier             *notifier;
} NotifierFixture;

/* @capabilities is what the server offers, or NULL for no server at all. */
static void
fixture_setup (NotifierFixture *fixture,
               gconstpointer    capabilities)
{
  if (capabilities != NULL)
    fixture->server = fake_notification_server_new (capabilities);
  fixture->notifier = sw_notifier_new ();
}

/* libnotify keeps a proxy for the whole process: drop it between tests so
 * each starts from nothing, then let pending callbacks run. */
static void
fixture_teardown (NotifierFixture *fixture,
                  gconstpointer    capabilities)
{
  g_assert_finalize_object (fixture->notifier);
  notify_uninit ();
  fake_drain ();
  g_clear_pointer (&fixture->server, fake_notification_server_free);
}

typedef struct
{
  GPtrArray *actions;
  GPtrArray *tokens;
} Invoked;

static void
action_invoked_cb (SwNotifier *notifier,
                   const char *action,
                   const char *token,
                   Invoked    *invoked)
{
  g_ptr_array_add (invoked->actions, g_strdup (action));
  g_ptr_array_add (invoked->tokens, g_strdup (token));
}

static gboolean
has_invoked (gpointer data)
{
  return ((Invoked *) data)->actions->len > 0;
}

static gboolean
is_available (gpointer data)
{
  return sw_notifier_get_available (SW_NOTIFIER (data));
}

/* A round trip to the server: any signal it sent before has been handled
 * by the time the reply is. */
static void
sync_with_server (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = fake_bus_call (bus, "org.freedesktop.Notifications",
                         "/org/freedesktop/Notifications", "org.freedesktop.Notifications",
                         "GetServerInformation", NULL, &error);
  g_assert_no_error (error);
}

static void
assert_actions (FakeNotify         *notify,
                const char * const *expected)
{
  g_assert_cmpstrv ((const char * const *) notify->actions, expected);
}

static void
test_shows_actions_and_hints (NotifierFixture *fixture,
                              gconstpointer    data)
{
  g_autoptr(FakeNotify) notify = NULL;
  const char * const actions[] = {
    "start-break", "Start break", "snooze", "Snooze", "skip", "Skip", NULL
  };

  g_assert_true (sw_notifier_get_available (fixture->notifier));
  g_assert_true (sw_notifier_get_has_actions (fixture->notifier));
  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Time to stand up",
                                            "Stand up for 5 minutes.", TRUE));

  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 1);
  notify = fake_notification_server_dup_notify (fixture->server, 0);
  g_assert_cmpstr (notify->app_name, ==, "Sitwell");
  g_assert_cmpuint (notify->replaces_id, ==, 0);
  g_assert_cmpstr (notify->app_icon, ==, "io.github.sitwell.Sitwell");
  g_assert_cmpstr (notify->summary, ==, "Time to stand up");
  g_assert_cmpstr (notify->body, ==, "Stand up for 5 minutes.");
  assert_actions (notify, actions);
  g_assert_cmpstr (fake_notify_get_hint_string (notify, "desktop-entry"), ==,
                   "io.github.sitwell.Sitwell");
  g_assert_cmpstr (fake_notify_get_hint_string (notify, "sound-name"), ==,
                   "message-new-instant");
  g_assert_false (fake_notify_has_hint (notify, "suppress-sound"));
}

static void
test_updates_one_notification (NotifierFixture *fixture,
                               gconstpointer    data)
{
  g_autoptr(FakeNotify) first = NULL;
  g_autoptr(FakeNotify) second = NULL;
  g_autoptr(FakeNotify) third = NULL;

  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "One", "Body", TRUE));
  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Two", "Body", TRUE));
  first = fake_notification_server_dup_notify (fixture->server, 0);
  second = fake_notification_server_dup_notify (fixture->server, 1);
  g_assert_cmpuint (second->replaces_id, ==, first->id);
  g_assert_cmpuint (second->id, ==, first->id);

  /* Once the user dismissed it, the next reminder is a new notification. */
  fake_notification_server_close (fixture->server, first->id, 2);
  sync_with_server ();
  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Three", "Body", TRUE));
  third = fake_notification_server_dup_notify (fixture->server, 2);
  g_assert_cmpuint (third->replaces_id, ==, 0);
  g_assert_cmpuint (third->id, !=, first->id);
}

static void
test_no_snooze_after_limit (NotifierFixture *fixture,
                            gconstpointer    data)
{
  g_autoptr(FakeNotify) notify = NULL;
  const char * const actions[] = { "start-break", "Start break", "skip", "Skip", NULL };

  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Time to stand up", "Body", FALSE));
  notify = fake_notification_server_dup_notify (fixture->server, 0);
  assert_actions (notify, actions);
}

static void
test_plain_without_actions (NotifierFixture *fixture,
                            gconstpointer    data)
{
  g_autoptr(FakeNotify) notify = NULL;

  g_assert_true (sw_notifier_get_available (fixture->notifier));
  g_assert_false (sw_notifier_get_has_actions (fixture->notifier));
  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Time to stand up",
                                            "<b>A & B</b>", TRUE));

  notify = fake_notification_server_dup_notify (fixture->server, 0);
  g_assert_cmpuint (g_strv_length (notify->actions), ==, 0);
  /* A server without body-markup shows text as it is. */
  g_assert_cmpstr (notify->body, ==, "<b>A & B</b>");
}

static void
test_escapes_markup (NotifierFixture *fixture,
                     gconstpointer    data)
{
  g_autoptr(FakeNotify) notify = NULL;

  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Tom & Jerry",
                                            "<b>Stand</b> & \"stretch\" <a href='x'>", TRUE));

  notify = fake_notification_server_dup_notify (fixture->server, 0);
  g_assert_cmpstr (notify->summary, ==, "Tom & Jerry");
  g_assert_cmpstr (notify->body, ==,
                   "&lt;b&gt;Stand&lt;/b&gt; &amp; &quot;stretch&quot; "
                   "&lt;a href=&apos;x&apos;&gt;");
}

static void
test_reports_actions (NotifierFixture *fixture,
                      gconstpointer    data)
{
  g_autoptr(FakeNotify) notify = NULL;
  Invoked invoked = {
    g_ptr_array_new_with_free_func (g_free),
    g_ptr_array_new_with_free_func (g_free),
  };

  g_signal_connect (fixture->notifier, "action-invoked",
                    G_CALLBACK (action_invoked_cb), &invoked);
  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Time to stand up", "Body", TRUE));
  notify = fake_notification_server_dup_notify (fixture->server, 0);

  fake_notification_server_invoke_action (fixture->server, notify->id, "snooze");
  g_assert_true (fake_wait_until (has_invoked, &invoked));
  g_assert_cmpuint (invoked.actions->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (invoked.actions, 0), ==, "snooze");
  g_assert_null (g_ptr_array_index (invoked.tokens, 0));

  g_signal_handlers_disconnect_by_data (fixture->notifier, &invoked);
  g_ptr_array_unref (invoked.actions);
  g_ptr_array_unref (invoked.tokens);
}

static void
test_no_server (NotifierFixture *fixture,
                gconstpointer    data)
{
  /* No crash, no warning (they are fatal here): just unavailable. */
  g_assert_false (sw_notifier_get_available (fixture->notifier));
  g_assert_false (sw_notifier_get_has_actions (fixture->notifier));
  g_assert_false (sw_notifier_show_reminder (fixture->notifier, "Time to stand up", "Body", TRUE));
  g_assert_false (sw_notifier_get_available (fixture->notifier));
  sw_notifier_withdraw (fixture->notifier);

  /* A server that starts later is noticed by its bus name. */
  fixture->server = fake_notification_server_new (full_caps);
  g_assert_true (fake_wait_until (is_available, fixture->notifier));
  g_assert_true (sw_notifier_get_has_actions (fixture->notifier));
  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Time to stand up", "Body", TRUE));
  g_assert_cmpuint (fake_notification_server_get_n_notifies (fixture->server), ==, 1);
}

static void
test_server_gone (NotifierFixture *fixture,
                  gconstpointer    data)
{
  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "One", "Body", TRUE));

  g_clear_pointer (&fixture->server, fake_notification_server_free);
  g_assert_false (sw_notifier_show_reminder (fixture->notifier, "Two", "Body", TRUE));
  g_assert_false (sw_notifier_get_available (fixture->notifier));
}

static void
test_sound_off (NotifierFixture *fixture,
                gconstpointer    data)
{
  g_autoptr(FakeNotify) quiet = NULL;
  g_autoptr(FakeNotify) loud = NULL;
  GVariant *suppress;

  sw_notifier_set_sound (fixture->notifier, FALSE);
  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Time to stand up", "Body", TRUE));
  sw_notifier_set_sound (fixture->notifier, TRUE);
  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Time to stand up", "Body", TRUE));

  quiet = fake_notification_server_dup_notify (fixture->server, 0);
  g_assert_false (fake_notify_has_hint (quiet, "sound-name"));
  suppress = g_variant_lookup_value (quiet->hints, "suppress-sound", G_VARIANT_TYPE_BOOLEAN);
  g_assert_nonnull (suppress);
  g_assert_true (g_variant_get_boolean (suppress));
  g_variant_unref (suppress);

  loud = fake_notification_server_dup_notify (fixture->server, 1);
  g_assert_cmpstr (fake_notify_get_hint_string (loud, "sound-name"), ==, "message-new-instant");
  g_assert_false (fake_notify_has_hint (loud, "suppress-sound"));
}

static void
test_withdraw (NotifierFixture *fixture,
               gconstpointer    data)
{
  g_autoptr(FakeNotify) first = NULL;
  g_autoptr(FakeNotify) second = NULL;

  sw_notifier_withdraw (fixture->notifier);
  g_assert_cmpuint (fake_notification_server_get_n_closes (fixture->server), ==, 0);

  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "One", "Body", TRUE));
  sw_notifier_withdraw (fixture->notifier);
  g_assert_cmpuint (fake_notification_server_get_n_closes (fixture->server), ==, 1);

  g_assert_true (sw_notifier_show_reminder (fixture->notifier, "Two", "Body", TRUE));
  first = fake_notification_server_dup_notify (fixture->server, 0);
  second = fake_notification_server_dup_notify (fixture->server, 1);
  g_assert_cmpuint (second->replaces_id, ==, 0);
  g_assert_cmpuint (second->id, !=, first->id);
}

static void
add_test (const char         *name,
          const char * const *capabilities,
          void              (*test) (NotifierFixture *, gconstpointer))
{
  g_autofree char *path = g_strconcat ("/sitwell/service/notifier/", name, NULL);

  g_test_add (path, NotifierFixture, capabilities, fixture_setup, test, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("shows-actions-and-hints", full_caps, test_shows_actions_and_hints);
  add_test ("updates-one-notification", full_caps, test_updates_one_notification);
  add_test ("no-snooze-after-the-limit", full_caps, test_no_snooze_after_limit);
  add_test ("plain-without-actions", plain_caps, test_plain_without_actions);
  add_test ("escapes-markup-in-the-body", full_caps, test_escapes_markup);
  add_test ("reports-actions", full_caps, test_reports_actions);
  add_test ("no-server-is-no-error", NULL, test_no_server);
  add_test ("server-gone-is-no-error", full_caps, test_server_gone);
  add_test ("sound-off-suppresses-sound", full_caps, test_sound_off);
  add_test ("withdraw-closes-it", full_caps, test_withdraw);

  /* One private bus for the program; each test brings its own server. */
  return fake_bus_run_tests ();
}
