/* sw-idle-monitor.c: idle, lock and sleep from the session's D-Bus services
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-idle-monitor.h"

#include <gio/gunixfdlist.h>
#include <glib/gstdio.h>

/**
 * SwIdleMonitor:
 *
 * Tells the reminder service when the user is away and when the machine
 * sleeps, from whichever of these D-Bus services exist, each optional:
 *
 * - `org.gnome.Mutter.IdleMonitor` (session bus): an idle watch for the
 *   threshold, then a one-shot user-active watch, reported as
 *   #SwIdleMonitor::idle-changed.
 * - `org.freedesktop.ScreenSaver` and `org.gnome.ScreenSaver` (session
 *   bus): `ActiveChanged`, reported as #SwIdleMonitor::locked-changed while
 *   either is active.
 * - logind's `PrepareForSleep` (system bus, given later with
 *   sw_idle_monitor_set_system_bus()), reported as #SwIdleMonitor::sleeping.
 *   A delay inhibitor is held so the handlers run before the machine
 *   sleeps, and released as soon as they have.
 *
 * Nothing is polled; a service that is missing simply never reports, and
 * one that appears later (a shell restart) is picked up by watching its
 * bus name.
 */

#define MUTTER_NAME      "org.gnome.Mutter.IdleMonitor"
#define MUTTER_PATH      "/org/gnome/Mutter/IdleMonitor/Core"
#define MUTTER_INTERFACE "org.gnome.Mutter.IdleMonitor"

#define LOGIND_NAME      "org.freedesktop.login1"
#define LOGIND_PATH      "/org/freedesktop/login1"
#define LOGIND_INTERFACE "org.freedesktop.login1.Manager"

typedef struct
{
  const char *name;
  const char *path;
  const char *interface;
} ScreenSaver;

static const ScreenSaver screen_savers[] = {
  { "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver" },
  { "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver" },
};

#define N_SCREEN_SAVERS G_N_ELEMENTS (screen_savers)

struct _SwIdleMonitor
{
  GObject          parent_instance;

  GDBusConnection *session_bus;
  GDBusConnection *system_bus;
  GCancellable    *cancellable;
  guint            idle_threshold_ms;

  /* Mutter: our watches on its side, 0 when none */
  guint            mutter_name_watch;
  guint            mutter_subscription;
  guint            idle_watch;
  guint            active_watch;

  guint            saver_name_watches[N_SCREEN_SAVERS];
  guint            saver_subscriptions[N_SCREEN_SAVERS];
  gboolean         saver_active[N_SCREEN_SAVERS];

  guint            sleep_subscription;
  int              inhibit_fd;

  gboolean         idle;
  gboolean         locked;
  gboolean         sleeping;
};

G_DEFINE_FINAL_TYPE (SwIdleMonitor, sw_idle_monitor, G_TYPE_OBJECT)

enum {
  IDLE_CHANGED,
  LOCKED_CHANGED,
  SLEEPING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
call_failed (GObject       *source,
             GAsyncResult  *result,
             GVariant     **reply,
             const char    *what)
{
  g_autoptr(GError) error = NULL;

  *reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (*reply != NULL)
    return FALSE;

  /* Cancelled means disposed: the monitor must not be touched. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("%s failed: %s", what, error->message);

  return TRUE;
}

static guint
subscribe (SwIdleMonitor       *self,
           GDBusConnection     *bus,
           const char          *name,
           const char          *interface,
           const char          *member,
           const char          *path,
           GDBusSignalCallback  callback)
{
  return g_dbus_connection_signal_subscribe (bus, name, interface, member, path, NULL,
                                             G_DBUS_SIGNAL_FLAGS_NONE,
                                             callback, self, NULL);
}

static void
unsubscribe (GDBusConnection *bus,
             guint           *subscription)
{
  if (*subscription != 0)
    g_dbus_connection_signal_unsubscribe (bus, *subscription);
  *subscription = 0;
}

/* Idle, from Mutter */

static void
set_idle (SwIdleMonitor *self,
          gboolean       idle)
{
  if (self->idle == idle)
    return;

  self->idle = idle;
  g_signal_emit (self, signals[IDLE_CHANGED], 0, idle);
}

static void
add_active_watch_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GVariant) reply = NULL;

  if (call_failed (source, result, &reply, "AddUserActiveWatch"))
    return;

  g_variant_get (reply, "(u)", &SW_IDLE_MONITOR (user_data)->active_watch);
}

static void
add_idle_watch_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GVariant) reply = NULL;

  if (call_failed (source, result, &reply, "AddIdleWatch"))
    return;

  g_variant_get (reply, "(u)", &SW_IDLE_MONITOR (user_data)->idle_watch);
}

static void
call_mutter (SwIdleMonitor       *self,
             const char          *method,
             GVariant            *parameters,
             const GVariantType  *reply_type,
             GAsyncReadyCallback  callback)
{
  g_dbus_connection_call (self->session_bus,
                          MUTTER_NAME, MUTTER_PATH, MUTTER_INTERFACE,
                          method, parameters, reply_type,
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          self->cancellable, callback, self);
}

static void
mutter_watch_fired_cb (GDBusConnection *connection,
                       const char      *sender_name,
                       const char      *object_path,
                       const char      *interface_name,
                       const char      *signal_name,
                       GVariant        *parameters,
                       gpointer         user_data)
{
  SwIdleMonitor *self = SW_IDLE_MONITOR (user_data);
  guint32 id;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(u)")))
    return;

  g_variant_get (parameters, "(u)", &id);

  if (id != 0 && id == self->idle_watch)
    {
      /* A user-active watch fires once, on the next input. */
      call_mutter (self, "AddUserActiveWatch", NULL, G_VARIANT_TYPE ("(u)"),
                   add_active_watch_cb);
      set_idle (self, TRUE);
    }
  else if (id != 0 && id == self->active_watch)
    {
      self->active_watch = 0;
      set_idle (self, FALSE);
    }
}

static void
mutter_appeared_cb (GDBusConnection *connection,
                    const char      *name,
                    const char      *name_owner,
                    gpointer         user_data)
{
  SwIdleMonitor *self = SW_IDLE_MONITOR (user_data);

  call_mutter (self, "AddIdleWatch",
               g_variant_new ("(t)", (guint64) self->idle_threshold_ms),
               G_VARIANT_TYPE ("(u)"), add_idle_watch_cb);
}

static void
mutter_vanished_cb (GDBusConnection *connection,
                    const char      *name,
                    gpointer         user_data)
{
  SwIdleMonitor *self = SW_IDLE_MONITOR (user_data);

  /* Its watches went with it. */
  self->idle_watch = 0;
  self->active_watch = 0;
  set_idle (self, FALSE);
}

/* Lock, from the screen savers */

static void
update_locked (SwIdleMonitor *self)
{
  gboolean locked = FALSE;

  for (guint i = 0; i < N_SCREEN_SAVERS; i++)
    locked |= self->saver_active[i];

  if (self->locked == locked)
    return;

  self->locked = locked;
  g_signal_emit (self, signals[LOCKED_CHANGED], 0, locked);
}

static guint
saver_index (const char *name)
{
  for (guint i = 0; i < N_SCREEN_SAVERS; i++)
    if (g_str_equal (name, screen_savers[i].name))
      return i;

  g_assert_not_reached ();
}

static void
saver_active_changed_cb (GDBusConnection *connection,
                         const char      *sender_name,
                         const char      *object_path,
                         const char      *interface_name,
                         const char      *signal_name,
                         GVariant        *parameters,
                         gpointer         user_data)
{
  SwIdleMonitor *self = SW_IDLE_MONITOR (user_data);

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;

  for (guint i = 0; i < N_SCREEN_SAVERS; i++)
    if (g_str_equal (interface_name, screen_savers[i].interface))
      g_variant_get (parameters, "(b)", &self->saver_active[i]);

  update_locked (self);
}

typedef struct
{
  SwIdleMonitor *self;
  guint          index;
} GetActiveData;

static void
saver_get_active_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autofree GetActiveData *data = user_data;
  g_autoptr(GVariant) reply = NULL;

  if (call_failed (source, result, &reply, "ScreenSaver.GetActive"))
    return;

  g_variant_get (reply, "(b)", &data->self->saver_active[data->index]);
  update_locked (data->self);
}

static void
saver_appeared_cb (GDBusConnection *connection,
                   const char      *name,
                   const char      *name_owner,
                   gpointer         user_data)
{
  SwIdleMonitor *self = SW_IDLE_MONITOR (user_data);
  guint i = saver_index (name);
  GetActiveData *data = g_new0 (GetActiveData, 1);

  data->self = self;
  data->index = i;

  g_dbus_connection_call (connection,
                          screen_savers[i].name, screen_savers[i].path,
                          screen_savers[i].interface, "GetActive",
                          NULL, G_VARIANT_TYPE ("(b)"),
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          self->cancellable, saver_get_active_cb, data);
}

static void
saver_vanished_cb (GDBusConnection *connection,
                   const char      *name,
                   gpointer         user_data)
{
  SwIdleMonitor *self = SW_IDLE_MONITOR (user_data);

  self->saver_active[saver_index (name)] = FALSE;
  update_locked (self);
}

/* Sleep, from logind */

static void
release_inhibitor (SwIdleMonitor *self)
{
  if (self->inhibit_fd >= 0)
    g_close (self->inhibit_fd, NULL);

  self->inhibit_fd = -1;
}

static void
inhibit_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GUnixFDList) fds = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  SwIdleMonitor *self;
  gint32 index;
  int fd;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source),
                                                           &fds, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = SW_IDLE_MONITOR (user_data);

  if (reply == NULL)
    {
      /* Without the lock a suspend may start before we note the time. */
      g_debug ("No sleep inhibitor from logind: %s", error->message);
      return;
    }

  g_variant_get (reply, "(h)", &index);
  fd = fds != NULL ? g_unix_fd_list_get (fds, index, &error) : -1;
  if (fd < 0)
    {
      g_debug ("logind sent no inhibitor descriptor");
      return;
    }

  if (G_DBUS_CONNECTION (source) != self->system_bus || self->sleeping)
    {
      g_close (fd, NULL);
      return;
    }

  release_inhibitor (self);
  self->inhibit_fd = fd;
}

static void
take_inhibitor (SwIdleMonitor *self)
{
  g_dbus_connection_call_with_unix_fd_list (self->system_bus,
                                            LOGIND_NAME, LOGIND_PATH, LOGIND_INTERFACE,
                                            "Inhibit",
                                            g_variant_new ("(ssss)",
                                                           "sleep",
                                                           "Sitwell",
                                                           "Counting time asleep as a break",
                                                           "delay"),
                                            G_VARIANT_TYPE ("(h)"),
                                            G_DBUS_CALL_FLAGS_NONE, -1,
                                            NULL, self->cancellable,
                                            inhibit_cb, self);
}

static void
prepare_for_sleep_cb (GDBusConnection *connection,
                      const char      *sender_name,
                      const char      *object_path,
                      const char      *interface_name,
                      const char      *signal_name,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  SwIdleMonitor *self = SW_IDLE_MONITOR (user_data);
  gboolean start;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;

  g_variant_get (parameters, "(b)", &start);
  if (self->sleeping == start)
    return;

  self->sleeping = start;
  g_signal_emit (self, signals[SLEEPING], 0, start);

  /* Handlers have run: let the machine sleep, and ask again for next time. */
  if (start)
    release_inhibitor (self);
  else
    take_inhibitor (self);
}

static void
unwatch_system_bus (SwIdleMonitor *self)
{
  if (self->system_bus == NULL)
    return;

  unsubscribe (self->system_bus, &self->sleep_subscription);
  release_inhibitor (self);
  g_clear_object (&self->system_bus);
}

/* GObject */

static void
watch_session_bus (SwIdleMonitor *self)
{
  self->mutter_subscription = subscribe (self, self->session_bus,
                                         MUTTER_NAME, MUTTER_INTERFACE, "WatchFired",
                                         MUTTER_PATH, mutter_watch_fired_cb);
  self->mutter_name_watch =
    g_bus_watch_name_on_connection (self->session_bus, MUTTER_NAME,
                                    G_BUS_NAME_WATCHER_FLAGS_NONE,
                                    mutter_appeared_cb, mutter_vanished_cb,
                                    self, NULL);

  for (guint i = 0; i < N_SCREEN_SAVERS; i++)
    {
      self->saver_subscriptions[i] =
        subscribe (self, self->session_bus,
                   screen_savers[i].name, screen_savers[i].interface, "ActiveChanged",
                   screen_savers[i].path, saver_active_changed_cb);
      self->saver_name_watches[i] =
        g_bus_watch_name_on_connection (self->session_bus, screen_savers[i].name,
                                        G_BUS_NAME_WATCHER_FLAGS_NONE,
                                        saver_appeared_cb, saver_vanished_cb,
                                        self, NULL);
    }
}

/* Fire and forget: Mutter also drops our watches when we leave the bus. */
static void
remove_mutter_watch (SwIdleMonitor *self,
                     guint         *watch)
{
  if (*watch != 0)
    g_dbus_connection_call (self->session_bus, MUTTER_NAME, MUTTER_PATH, MUTTER_INTERFACE,
                            "RemoveWatch", g_variant_new ("(u)", *watch), NULL,
                            G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, NULL, NULL);
  *watch = 0;
}

static void
unwatch_session_bus (SwIdleMonitor *self)
{
  if (self->session_bus == NULL)
    return;

  g_clear_handle_id (&self->mutter_name_watch, g_bus_unwatch_name);
  unsubscribe (self->session_bus, &self->mutter_subscription);

  remove_mutter_watch (self, &self->idle_watch);
  remove_mutter_watch (self, &self->active_watch);

  for (guint i = 0; i < N_SCREEN_SAVERS; i++)
    {
      g_clear_handle_id (&self->saver_name_watches[i], g_bus_unwatch_name);
      unsubscribe (self->session_bus, &self->saver_subscriptions[i]);
    }

  g_clear_object (&self->session_bus);
}

static void
sw_idle_monitor_dispose (GObject *object)
{
  SwIdleMonitor *self = SW_IDLE_MONITOR (object);

  g_cancellable_cancel (self->cancellable);
  unwatch_session_bus (self);
  unwatch_system_bus (self);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (sw_idle_monitor_parent_class)->dispose (object);
}

/* Each signal carries the new state, a boolean. */
static guint
new_state_signal (SwIdleMonitorClass *klass,
                  const char         *name)
{
  return g_signal_new (name,
                       G_TYPE_FROM_CLASS (klass),
                       G_SIGNAL_RUN_LAST,
                       0, NULL, NULL, NULL,
                       G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
sw_idle_monitor_class_init (SwIdleMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_idle_monitor_dispose;

  /**
   * SwIdleMonitor::idle-changed:
   * @idle: whether there was no input for the threshold
   */
  signals[IDLE_CHANGED] = new_state_signal (klass, "idle-changed");

  /**
   * SwIdleMonitor::locked-changed:
   * @locked: whether a screen saver or lock screen is active
   */
  signals[LOCKED_CHANGED] = new_state_signal (klass, "locked-changed");

  /**
   * SwIdleMonitor::sleeping:
   * @sleeping: %TRUE just before the machine sleeps, %FALSE after it woke
   *
   * Handlers run before the machine goes to sleep (a delay inhibitor holds
   * it), so they can note the time.
   */
  signals[SLEEPING] = new_state_signal (klass, "sleeping");
}

static void
sw_idle_monitor_init (SwIdleMonitor *self)
{
  self->cancellable = g_cancellable_new ();
  self->inhibit_fd = -1;
}

/**
 * sw_idle_monitor_new:
 * @session_bus: (nullable): where Mutter and the screen savers live
 * @idle_threshold_ms: how long without input counts as idle
 *
 * Returns: (transfer full): a monitor watching the session bus
 */
SwIdleMonitor *
sw_idle_monitor_new (GDBusConnection *session_bus,
                     guint            idle_threshold_ms)
{
  SwIdleMonitor *self;

  g_return_val_if_fail (session_bus == NULL || G_IS_DBUS_CONNECTION (session_bus), NULL);
  g_return_val_if_fail (idle_threshold_ms > 0, NULL);

  self = g_object_new (SW_TYPE_IDLE_MONITOR, NULL);
  self->idle_threshold_ms = idle_threshold_ms;

  if (session_bus != NULL)
    {
      self->session_bus = g_object_ref (session_bus);
      watch_session_bus (self);
    }

  return self;
}

/**
 * sw_idle_monitor_set_system_bus:
 * @system_bus: (nullable): where logind lives, or %NULL to stop watching it
 *
 * The system bus may be missing or slow to reach, so it is given
 * separately, once connected.
 */
void
sw_idle_monitor_set_system_bus (SwIdleMonitor   *self,
                                GDBusConnection *system_bus)
{
  g_return_if_fail (SW_IS_IDLE_MONITOR (self));
  g_return_if_fail (system_bus == NULL || G_IS_DBUS_CONNECTION (system_bus));

  if (self->system_bus == system_bus)
    return;

  unwatch_system_bus (self);

  if (system_bus == NULL)
    return;

  self->system_bus = g_object_ref (system_bus);
  self->sleep_subscription = subscribe (self, system_bus,
                                        LOGIND_NAME, LOGIND_INTERFACE, "PrepareForSleep",
                                        LOGIND_PATH, prepare_for_sleep_cb);
  take_inhibitor (self);
}

gboolean
sw_idle_monitor_get_idle (SwIdleMonitor *self)
{
  g_return_val_if_fail (SW_IS_IDLE_MONITOR (self), FALSE);

  return self->idle;
}

gboolean
sw_idle_monitor_get_locked (SwIdleMonitor *self)
{
  g_return_val_if_fail (SW_IS_IDLE_MONITOR (self), FALSE);

  return self->locked;
}

gboolean
sw_idle_monitor_get_sleeping (SwIdleMonitor *self)
{
  g_return_val_if_fail (SW_IS_IDLE_MONITOR (self), FALSE);

  return self->sleeping;
}
