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

static void
got_reply_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source),
                                                             result, NULL);
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* A round trip to the server: any signal it sent before has been handled
 * by the time the reply is. */
static void
sync_with_server (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  gboolean done = FALSE;

  g_dbus_connection_call (bus, "org.freedesktop.Notifications",
                          "/org/freedesktop/Notifications", "org.freedesktop.Notifications",
                          "GetServerInformation", NULL, NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START,
                          -1, NULL, got_reply_cb, &done);
  g_assert_true (fake_wait_until (is_true, &done));
}

/* libnotify keeps a proxy for the whole process: drop it between tests so
 * each starts from nothing, then let pending callbacks run. */
static void
finish (SwNotifier *notifier)
{
  g_assert_finalize_object (notifier);
  notify_uninit ();

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
assert_actions (FakeNotify         *notify,
                const char * const *expected)
{
  g_assert_cmpstrv ((const char * const *) notify->actions, expected);
}

static void
test_shows_actions_and_hints (void)
{
  g_autoptr(FakeNotificationServer) server = fake_notification_server_new (full_caps);
  SwNotifier *notifier = sw_notifier_new ();
  g_autoptr(FakeNotify) notify = NULL;
  const char * const actions[] = {
    "start-break", "Start break", "snooze", "Snooze", "skip", "Skip", NULL
  };

  g_assert_true (sw_notifier_get_available (notifier));
  g_assert_true (sw_notifier_get_has_actions (notifier));
  g_assert_true (sw_notifier_show_reminder (notifier, "Time to stand up",
                                            "Stand up for 5 minutes.", TRUE));

  g_assert_cmpuint (fake_notification_server_get_n_notifies (server), ==, 1);
  notify = fake_notification_server_dup_notify (server, 0);
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

  finish (notifier);
}

static void
test_updates_one_notification (void)
{
  g_autoptr(FakeNotificationServer) server = fake_notification_server_new (full_caps);
  SwNotifier *notifier = sw_notifier_new ();
  g_autoptr(FakeNotify) first = NULL;
  g_autoptr(FakeNotify) second = NULL;
  g_autoptr(FakeNotify) third = NULL;

  g_assert_true (sw_notifier_show_reminder (notifier, "One", "Body", TRUE));
  g_assert_true (sw_notifier_show_reminder (notifier, "Two", "Body", TRUE));
  first = fake_notification_server_dup_notify (server, 0);
  second = fake_notification_server_dup_notify (server, 1);
  g_assert_cmpuint (second->replaces_id, ==, first->id);
  g_assert_cmpuint (second->id, ==, first->id);

  /* Once the user dismissed it, the next reminder is a new notification. */
  fake_notification_server_close (server, first->id, 2);
  sync_with_server ();
  g_assert_true (sw_notifier_show_reminder (notifier, "Three", "Body", TRUE));
  third = fake_notification_server_dup_notify (server, 2);
  g_assert_cmpuint (third->replaces_id, ==, 0);
  g_assert_cmpuint (third->id, !=, first->id);

  finish (notifier);
}

static void
test_no_snooze_after_limit (void)
{
  g_autoptr(FakeNotificationServer) server = fake_notification_server_new (full_caps);
  SwNotifier *notifier = sw_notifier_new ();
  g_autoptr(FakeNotify) notify = NULL;
  const char * const actions[] = { "start-break", "Start break", "skip", "Skip", NULL };

  g_assert_true (sw_notifier_show_reminder (notifier, "Time to stand up", "Body", FALSE));
  notify = fake_notification_server_dup_notify (server, 0);
  assert_actions (notify, actions);

  finish (notifier);
}

static void
test_plain_without_actions (void)
{
  g_autoptr(FakeNotificationServer) server = fake_notification_server_new (plain_caps);
  SwNotifier *notifier = sw_notifier_new ();
  g_autoptr(FakeNotify) notify = NULL;

  g_assert_true (sw_notifier_get_available (notifier));
  g_assert_false (sw_notifier_get_has_actions (notifier));
  g_assert_true (sw_notifier_show_reminder (notifier, "Time to stand up", "<b>A & B</b>", TRUE));

  notify = fake_notification_server_dup_notify (server, 0);
  g_assert_cmpuint (g_strv_length (notify->actions), ==, 0);
  /* A server without body-markup shows text as it is. */
  g_assert_cmpstr (notify->body, ==, "<b>A & B</b>");

  finish (notifier);
}

static void
test_escapes_markup (void)
{
  g_autoptr(FakeNotificationServer) server = fake_notification_server_new (full_caps);
  SwNotifier *notifier = sw_notifier_new ();
  g_autoptr(FakeNotify) notify = NULL;

  g_assert_true (sw_notifier_show_reminder (notifier, "Tom & Jerry",
                                            "<b>Stand</b> & \"stretch\" <a href='x'>", TRUE));

  notify = fake_notification_server_dup_notify (server, 0);
  g_assert_cmpstr (notify->summary, ==, "Tom & Jerry");
  g_assert_cmpstr (notify->body, ==,
                   "&lt;b&gt;Stand&lt;/b&gt; &amp; &quot;stretch&quot; "
                   "&lt;a href=&apos;x&apos;&gt;");

  finish (notifier);
}

static void
test_reports_actions (void)
{
  g_autoptr(FakeNotificationServer) server = fake_notification_server_new (full_caps);
  SwNotifier *notifier = sw_notifier_new ();
  g_autoptr(FakeNotify) notify = NULL;
  Invoked invoked = {
    g_ptr_array_new_with_free_func (g_free),
    g_ptr_array_new_with_free_func (g_free),
  };

  g_signal_connect (notifier, "action-invoked", G_CALLBACK (action_invoked_cb), &invoked);
  g_assert_true (sw_notifier_show_reminder (notifier, "Time to stand up", "Body", TRUE));
  notify = fake_notification_server_dup_notify (server, 0);

  fake_notification_server_invoke_action (server, notify->id, "snooze");
  g_assert_true (fake_wait_until (has_invoked, &invoked));
  g_assert_cmpuint (invoked.actions->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (invoked.actions, 0), ==, "snooze");
  g_assert_null (g_ptr_array_index (invoked.tokens, 0));

  finish (notifier);
  g_ptr_array_unref (invoked.actions);
  g_ptr_array_unref (invoked.tokens);
}

static void
test_no_server (void)
{
  g_autoptr(FakeNotificationServer) server = NULL;
  SwNotifier *notifier = sw_notifier_new ();
  g_autoptr(FakeNotify) notify = NULL;

  /* No crash, no warning (they are fatal here): just unavailable. */
  g_assert_false (sw_notifier_get_available (notifier));
  g_assert_false (sw_notifier_get_has_actions (notifier));
  g_assert_false (sw_notifier_show_reminder (notifier, "Time to stand up", "Body", TRUE));
  g_assert_false (sw_notifier_get_available (notifier));
  sw_notifier_withdraw (notifier);

  /* A server that starts later is noticed by its bus name. */
  server = fake_notification_server_new (full_caps);
  g_assert_true (fake_wait_until (is_available, notifier));
  g_assert_true (sw_notifier_get_has_actions (notifier));
  g_assert_true (sw_notifier_show_reminder (notifier, "Time to stand up", "Body", TRUE));
  g_assert_cmpuint (fake_notification_server_get_n_notifies (server), ==, 1);

  finish (notifier);
}

static void
test_server_gone (void)
{
  FakeNotificationServer *server = fake_notification_server_new (full_caps);
  SwNotifier *notifier = sw_notifier_new ();

  g_assert_true (sw_notifier_show_reminder (notifier, "One", "Body", TRUE));

  fake_notification_server_free (server);
  g_assert_false (sw_notifier_show_reminder (notifier, "Two", "Body", TRUE));
  g_assert_false (sw_notifier_get_available (notifier));

  finish (notifier);
}

static void
test_sound_off (void)
{
  g_autoptr(FakeNotificationServer) server = fake_notification_server_new (full_caps);
  SwNotifier *notifier = sw_notifier_new ();
  g_autoptr(FakeNotify) quiet = NULL;
  g_autoptr(FakeNotify) loud = NULL;
  GVariant *suppress;

  sw_notifier_set_sound (notifier, FALSE);
  g_assert_true (sw_notifier_show_reminder (notifier, "Time to stand up", "Body", TRUE));
  sw_notifier_set_sound (notifier, TRUE);
  g_assert_true (sw_notifier_show_reminder (notifier, "Time to stand up", "Body", TRUE));

  quiet = fake_notification_server_dup_notify (server, 0);
  g_assert_false (fake_notify_has_hint (quiet, "sound-name"));
  suppress = g_variant_lookup_value (quiet->hints, "suppress-sound", G_VARIANT_TYPE_BOOLEAN);
  g_assert_nonnull (suppress);
  g_assert_true (g_variant_get_boolean (suppress));
  g_variant_unref (suppress);

  loud = fake_notification_server_dup_notify (server, 1);
  g_assert_cmpstr (fake_notify_get_hint_string (loud, "sound-name"), ==, "message-new-instant");
  g_assert_false (fake_notify_has_hint (loud, "suppress-sound"));

  finish (notifier);
}

static void
test_withdraw (void)
{
  g_autoptr(FakeNotificationServer) server = fake_notification_server_new (full_caps);
  SwNotifier *notifier = sw_notifier_new ();
  g_autoptr(FakeNotify) first = NULL;
  g_autoptr(FakeNotify) second = NULL;

  sw_notifier_withdraw (notifier);
  g_assert_cmpuint (fake_notification_server_get_n_closes (server), ==, 0);

  g_assert_true (sw_notifier_show_reminder (notifier, "One", "Body", TRUE));
  sw_notifier_withdraw (notifier);
  g_assert_cmpuint (fake_notification_server_get_n_closes (server), ==, 1);

  g_assert_true (sw_notifier_show_reminder (notifier, "Two", "Body", TRUE));
  first = fake_notification_server_dup_notify (server, 0);
  second = fake_notification_server_dup_notify (server, 1);
  g_assert_cmpuint (second->replaces_id, ==, 0);
  g_assert_cmpuint (second->id, !=, first->id);

  finish (notifier);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GTestDBus) bus = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* One private bus for the program; each test brings its own server. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  g_test_add_func ("/sitwell/service/notifier/shows-actions-and-hints",
                   test_shows_actions_and_hints);
  g_test_add_func ("/sitwell/service/notifier/updates-one-notification",
                   test_updates_one_notification);
  g_test_add_func ("/sitwell/service/notifier/no-snooze-after-the-limit",
                   test_no_snooze_after_limit);
  g_test_add_func ("/sitwell/service/notifier/plain-without-actions",
                   test_plain_without_actions);
  g_test_add_func ("/sitwell/service/notifier/escapes-markup-in-the-body",
                   test_escapes_markup);
  g_test_add_func ("/sitwell/service/notifier/reports-actions",
                   test_reports_actions);
  g_test_add_func ("/sitwell/service/notifier/no-server-is-no-error",
                   test_no_server);
  g_test_add_func ("/sitwell/service/notifier/server-gone-is-no-error",
                   test_server_gone);
  g_test_add_func ("/sitwell/service/notifier/sound-off-suppresses-sound",
                   test_sound_off);
  g_test_add_func ("/sitwell/service/notifier/withdraw-closes-it",
                   test_withdraw);

  ret = g_test_run ();

  g_test_dbus_down (bus);

  return ret;
}
