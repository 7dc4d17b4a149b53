/* sw-reminders-client.c: the app's one view of the reminder service
 *
 * Wraps the generated proxy so pages never see D-Bus. The service owns the
 * schedule; this only mirrors its properties and forwards requests. Tests
 * build it on a private bus with a fake service behind the same name.
 *
 * Given the settings, it also keeps the service alive: when the service
 * stops while reminders are on (it crashed or was killed; turning them off
 * is the only way it quits by itself) it is started again a moment later,
 * at most MAX_RESTARTS times in RESTART_WINDOW_US. Past that it stays down
 * until the person starts it again, so a service that dies at once does
 * not run in a loop. The service carries its schedule over a crash (it
 * saves it); one that comes back without it (the saved state was lost)
 * gets a pause put back from the last properties seen, and a break the
 * person is on is finished with the end the old service gave it, for the
 * new one to log. The rest then starts over, and the app says so.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-reminders-client.h"

#include <glib/gi18n.h>

#include "sw-dbus.h"
#include "sw-settings.h"
#include "sw-system-clock.h"

/* How long a stopped service is left down before it is started again. */
#define RESTART_DELAY_MS 250
/* At most this many restarts in this long; then the person decides. */
#define MAX_RESTARTS 3
#define RESTART_WINDOW_US (10 * G_TIME_SPAN_MINUTE)

struct _SwRemindersClient
{
  GObject           parent_instance;

  GDBusConnection  *connection;
  SwDBusReminders1 *proxy;
  GCancellable     *cancellable;
  /* Start the service once the proxy knows whether it runs. */
  gboolean          wants_service;

  /* Whether reminders are on, read when the service stops; NULL: never restart. */
  GSettings        *settings;
  /* Counts the restarts (monotonic); the system clock unless a test sets one. */
  SwClock          *clock;
  /* The service this client started, while it runs. */
  GSubprocess      *process;
  gboolean          had_owner;
  /* The schedule last seen while the service ran, to tell whether a
   * restarted one carries on with it, and to put a pause back. */
  char             *last_state;
  gint64            last_next_due;
  gint64            last_state_ends;
  /* The end of the break the service last said the person is on, and
   * that service's bus name: kept through a restart, so that finishing
   * the break reaches the next service. */
  gint64            break_ends;
  char             *break_owner;
  /* When the recent restarts happened, oldest first. */
  gint64            restarts[MAX_RESTARTS];
  guint             n_restarts;
  guint             restart_id;
  gboolean          restarting;
  gboolean          gave_up;
};

G_DEFINE_FINAL_TYPE (SwRemindersClient, sw_reminders_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONNECTION,
  PROP_AVAILABLE,
  PROP_STATE,
  PROP_NEXT_DUE,
  PROP_STATE_ENDS,
  PROP_FLARE_MODE,
  PROP_NOTIFICATIONS_AVAILABLE,
  PROP_RESTARTING,
  PROP_GAVE_UP,
  PROP_SETTINGS,
  PROP_CLOCK,
  N_PROPS
};

enum {
  BREAK_DUE,
  CALL_FAILED,
  RESTARTED,
  JOURNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Maps the service's property names to ours, to notify only what changed. */
static const struct {
  const char *dbus_name;
  guint       prop_id;
} mirrored[] = {
  { "State", PROP_STATE },
  { "NextDue", PROP_NEXT_DUE },
  { "StateEnds", PROP_STATE_ENDS },
  { "FlareMode", PROP_FLARE_MODE },
  { "NotificationsAvailable", PROP_NOTIFICATIONS_AVAILABLE },
};

static void
notify_all (SwRemindersClient *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_AVAILABLE; i <= PROP_GAVE_UP; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean spawn_service (SwRemindersClient  *self,
                               GError            **error);

/* Sets one of the restart flags and notifies its property if it changed. */
static void
set_flag (SwRemindersClient *self,
          gboolean          *flag,
          gboolean           value,
          guint              prop_id)
{
  if (*flag == value)
    return;

  *flag = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

#define set_restarting(self, value) set_flag ((self), &(self)->restarting, (value), PROP_RESTARTING)
#define set_gave_up(self, value) set_flag ((self), &(self)->gave_up, (value), PROP_GAVE_UP)

/* What to put back after a restart; kept while the service runs. */
static void
remember_schedule (SwRemindersClient *self)
{
  if (self->restarting || !sw_reminders_client_get_available (self))
    return;

  g_free (self->last_state);
  self->last_state = g_strdup (sw_dbus_reminders1_get_state (self->proxy));
  self->last_next_due = sw_dbus_reminders1_get_next_due (self->proxy);
  self->last_state_ends = sw_dbus_reminders1_get_state_ends (self->proxy);
}

/* Keeps the end of the break the person is on. It is over when the
 * service that had it says so (@state_changed); a restarted service that
 * knows nothing of it does not count. */
static void
follow_break (SwRemindersClient *self,
              gboolean           state_changed)
{
  g_autofree char *owner = g_dbus_proxy_get_name_owner (G_DBUS_PROXY (self->proxy));

  if (g_strcmp0 (sw_reminders_client_get_state (self), "on-break") == 0)
    {
      self->break_ends = sw_dbus_reminders1_get_state_ends (self->proxy);
      g_free (self->break_owner);
      self->break_owner = g_steal_pointer (&owner);
    }
  else if (state_changed && g_strcmp0 (owner, self->break_owner) == 0)
    {
      self->break_ends = 0;
    }
}

static void
forget_restarts (SwRemindersClient *self)
{
  self->n_restarts = 0;
  set_gave_up (self, FALSE);
}

/* Whether another restart fits in the budget; drops the ones too old to count. */
static gboolean
may_restart (SwRemindersClient *self)
{
  gint64 now = sw_clock_get_monotonic_us (self->clock);
  guint kept = 0;

  for (guint i = 0; i < self->n_restarts; i++)
    {
      if (now - self->restarts[i] < RESTART_WINDOW_US)
        self->restarts[kept++] = self->restarts[i];
    }
  self->n_restarts = kept;

  return self->n_restarts < MAX_RESTARTS;
}

static gboolean
reminders_enabled (SwRemindersClient *self)
{
  return self->settings != NULL &&
         g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_REMINDERS_ENABLED);
}

static gboolean
restart_cb (gpointer user_data)
{
  SwRemindersClient *self = user_data;
  g_autoptr(GError) error = NULL;

  self->restart_id = 0;

  if (!reminders_enabled (self))
    {
      set_restarting (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  if (!spawn_service (self, &error))
    {
      g_debug ("%s", error->message);
      set_restarting (self, FALSE);
      g_signal_emit (self, signals[CALL_FAILED], 0, error->message);
    }

  return G_SOURCE_REMOVE;
}

/* The service is gone and no one asked it to go, or a start failed. */
static void
service_stopped (SwRemindersClient *self)
{
  if (self->restart_id != 0)
    return;

  if (!reminders_enabled (self))
    {
      g_debug ("The reminder service stopped with reminders off; it stays stopped");
      set_restarting (self, FALSE);
      return;
    }

  if (!may_restart (self))
    {
      g_debug ("The reminder service stopped again after %u restarts in %d minutes; "
               "leaving it stopped", MAX_RESTARTS, (int) (RESTART_WINDOW_US / G_TIME_SPAN_MINUTE));
      set_restarting (self, FALSE);
      set_gave_up (self, TRUE);
      return;
    }

  g_debug ("The reminder service stopped unexpectedly; restarting it");
  self->restarts[self->n_restarts++] = sw_clock_get_monotonic_us (self->clock);
  self->restart_id = g_timeout_add (RESTART_DELAY_MS, restart_cb, self);
  g_source_set_name_by_id (self->restart_id, "[sitwell] restart the reminder service");
  set_restarting (self, TRUE);
}

/* Whether the person loses something with the old schedule: a countdown,
 * a reminder waiting for an answer, a break the service was timing. */
static gboolean
schedule_was_reset (const char *state)
{
  return g_strcmp0 (state, "working") == 0 || g_strcmp0 (state, "due") == 0 ||
         g_strcmp0 (state, "snoozed") == 0 || g_strcmp0 (state, "on-break") == 0;
}

/* The service sends times to the microsecond; a restarted one that
 * carries on gives the same moments. */
static gboolean
same_moment (gint64 a,
             gint64 b)
{
  return ABS (a - b) < G_USEC_PER_SEC;
}

/* Whether the restarted service carries on with the old one's schedule. */
static gboolean
schedule_kept (SwRemindersClient *self)
{
  return g_strcmp0 (sw_dbus_reminders1_get_state (self->proxy), self->last_state) == 0 &&
         same_moment (sw_dbus_reminders1_get_next_due (self->proxy), self->last_next_due) &&
         same_moment (sw_dbus_reminders1_get_state_ends (self->proxy), self->last_state_ends);
}

static void
finish_restart (SwRemindersClient *self,
                gboolean           reset)
{
  set_restarting (self, FALSE);
  remember_schedule (self);
  g_signal_emit (self, signals[RESTARTED], 0, reset);
}

static void
restore_pause_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SwRemindersClient) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (reply == NULL)
    g_debug ("Could not pause the restarted reminder service: %s", error->message);

  /* Gone again already: the next one gets the pause. */
  if (!sw_reminders_client_get_available (self))
    return;

  finish_restart (self, FALSE);
}

/* Seconds of the service's clock left in a pause that ends at @ends_us
 * (wall-clock µs), or 0 when it is over. The service publishes real time,
 * and its Pause counts SITWELL_TIME_SCALE faster. */
static gint64
pause_seconds_left (SwRemindersClient *self,
                    gint64             ends_us)
{
  double scale = sw_system_clock_parse_scale (g_getenv ("SITWELL_TIME_SCALE"));
  gint64 left_us = ends_us - sw_clock_get_real_us (self->clock);

  if (left_us <= 0)
    return 0;

  return (gint64) MAX (1.0, left_us * scale / G_USEC_PER_SEC + 0.5);
}

/* The restarted service normally carries on where the old one stopped.
 * If it lost the schedule, a pause the person asked for is put back; the
 * rest starts over, as at login. */
static void
restore_schedule (SwRemindersClient *self)
{
  gint64 seconds = 0;

  if (schedule_kept (self))
    {
      finish_restart (self, FALSE);
      return;
    }

  if (g_strcmp0 (self->last_state, "paused") == 0 &&
      (self->last_state_ends == 0 ||
       (seconds = pause_seconds_left (self, self->last_state_ends)) > 0))
    {
      g_dbus_proxy_call (G_DBUS_PROXY (self->proxy), "Pause", g_variant_new ("(x)", seconds),
                         G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, self->cancellable,
                         restore_pause_cb, g_object_ref (self));
      return;
    }

  finish_restart (self, schedule_was_reset (self->last_state));
}

static void
proxy_name_owner_changed_cb (SwRemindersClient *self)
{
  gboolean available = sw_reminders_client_get_available (self);
  gboolean lost = self->had_owner && !available;

  self->had_owner = available;
  if (available)
    {
      g_clear_handle_id (&self->restart_id, g_source_remove);
      set_gave_up (self, FALSE);
      if (self->restarting)
        restore_schedule (self);
      else
        remember_schedule (self);
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (lost)
    service_stopped (self);
  notify_all (self);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
proxy_properties_changed_cb (SwRemindersClient *self,
                             GVariant          *changed,
                             GStrv              invalidated)
{
  g_autoptr(GVariant) state = g_variant_lookup_value (changed, "State", NULL);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < G_N_ELEMENTS (mirrored); i++)
    {
      g_autoptr(GVariant) value = g_variant_lookup_value (changed, mirrored[i].dbus_name, NULL);

      if (value != NULL || (invalidated != NULL &&
                            g_strv_contains ((const char * const *) invalidated,
                                             mirrored[i].dbus_name)))
        g_object_notify_by_pspec (G_OBJECT (self), properties[mirrored[i].prop_id]);
    }
  g_object_thaw_notify (G_OBJECT (self));

  follow_break (self, state != NULL);
  remember_schedule (self);
}

static void
proxy_break_due_cb (SwRemindersClient *self)
{
  g_signal_emit (self, signals[BREAK_DUE], 0);
}

static void
proxy_journal_changed_cb (SwRemindersClient *self)
{
  g_signal_emit (self, signals[JOURNAL_CHANGED], 0);
}

static void
proxy_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SwRemindersClient) self = user_data;
  g_autoptr(GError) error = NULL;
  SwDBusReminders1 *proxy = sw_dbus_reminders1_proxy_new_finish (result, &error);

  if (proxy == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Cannot watch the reminder service: %s", error->message);
      return;
    }

  self->proxy = proxy;
  self->had_owner = sw_reminders_client_get_available (self);
  remember_schedule (self);
  follow_break (self, FALSE);
  g_signal_connect_object (proxy, "notify::g-name-owner",
                           G_CALLBACK (proxy_name_owner_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (proxy, "g-properties-changed",
                           G_CALLBACK (proxy_properties_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (proxy, "break-due",
                           G_CALLBACK (proxy_break_due_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (proxy, "journal-changed",
                           G_CALLBACK (proxy_journal_changed_cb), self, G_CONNECT_SWAPPED);
  notify_all (self);

  if (self->wants_service)
    sw_reminders_client_ensure_service (self);
}

static void
sw_reminders_client_constructed (GObject *object)
{
  SwRemindersClient *self = SW_REMINDERS_CLIENT (object);

  G_OBJECT_CLASS (sw_reminders_client_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = sw_system_clock_new (1.0);

  /* No auto-start: the app decides whether reminders should run. */
  sw_dbus_reminders1_proxy_new (self->connection,
                                G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START,
                                REMINDERS_ID,
                                SW_REMINDERS_OBJECT_PATH,
                                self->cancellable,
                                proxy_ready_cb,
                                g_object_ref (self));
}

static void
sw_reminders_client_dispose (GObject *object)
{
  SwRemindersClient *self = SW_REMINDERS_CLIENT (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->restart_id, g_source_remove);
  g_clear_object (&self->proxy);
  g_clear_object (&self->connection);
  g_clear_object (&self->cancellable);
  /* The service outlives the app: only the watch on it goes. */
  g_clear_object (&self->process);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (sw_reminders_client_parent_class)->dispose (object);
}

static void
sw_reminders_client_finalize (GObject *object)
{
  SwRemindersClient *self = SW_REMINDERS_CLIENT (object);

  g_free (self->last_state);
  g_free (self->break_owner);

  G_OBJECT_CLASS (sw_reminders_client_parent_class)->finalize (object);
}

static void
sw_reminders_client_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SwRemindersClient *self = SW_REMINDERS_CLIENT (object);

  switch (prop_id)
    {
    case PROP_CONNECTION:
      g_value_set_object (value, self->connection);
      break;

    case PROP_AVAILABLE:
      g_value_set_boolean (value, sw_reminders_client_get_available (self));
      break;

    case PROP_STATE:
      g_value_set_string (value, sw_reminders_client_get_state (self));
      break;

    case PROP_NEXT_DUE:
      g_value_set_int64 (value, sw_reminders_client_get_next_due (self));
      break;

    case PROP_STATE_ENDS:
      g_value_set_int64 (value, sw_reminders_client_get_state_ends (self));
      break;

    case PROP_FLARE_MODE:
      g_value_set_boolean (value, sw_reminders_client_get_flare_mode (self));
      break;

    case PROP_NOTIFICATIONS_AVAILABLE:
      g_value_set_boolean (value, sw_reminders_client_get_notifications_available (self));
      break;

    case PROP_RESTARTING:
      g_value_set_boolean (value, self->restarting);
      break;

    case PROP_GAVE_UP:
      g_value_set_boolean (value, self->gave_up);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_reminders_client_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SwRemindersClient *self = SW_REMINDERS_CLIENT (object);

  switch (prop_id)
    {
    case PROP_CONNECTION:
      self->connection = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      sw_reminders_client_set_settings (self, g_value_get_object (value));
      break;

    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_reminders_client_class_init (SwRemindersClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sw_reminders_client_constructed;
  object_class->dispose = sw_reminders_client_dispose;
  object_class->finalize = sw_reminders_client_finalize;
  object_class->get_property = sw_reminders_client_get_property;
  object_class->set_property = sw_reminders_client_set_property;

  properties[PROP_CONNECTION] =
    g_param_spec_object ("connection", NULL, NULL, G_TYPE_DBUS_CONNECTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL, FALSE, read_only);
  properties[PROP_STATE] =
    g_param_spec_string ("state", NULL, NULL, NULL, read_only);
  properties[PROP_NEXT_DUE] =
    g_param_spec_int64 ("next-due", NULL, NULL, 0, G_MAXINT64, 0, read_only);
  properties[PROP_STATE_ENDS] =
    g_param_spec_int64 ("state-ends", NULL, NULL, 0, G_MAXINT64, 0, read_only);
  properties[PROP_FLARE_MODE] =
    g_param_spec_boolean ("flare-mode", NULL, NULL, FALSE, read_only);
  properties[PROP_NOTIFICATIONS_AVAILABLE] =
    g_param_spec_boolean ("notifications-available", NULL, NULL, FALSE, read_only);
  /* The service stopped unexpectedly and is being started again. */
  properties[PROP_RESTARTING] =
    g_param_spec_boolean ("restarting", NULL, NULL, FALSE, read_only);
  /* It stopped too often: it stays down until started by hand. */
  properties[PROP_GAVE_UP] =
    g_param_spec_boolean ("gave-up", NULL, NULL, FALSE, read_only);
  /* Whose reminders-enabled key says whether to restart; NULL never restarts. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Counts restarts; the system clock by default, a fake one in tests. */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, SW_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A reminder is due: the app shows it when notifications cannot. */
  signals[BREAK_DUE] =
    g_signal_new ("break-due", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A request did not reach the service; the argument says why in words. */
  signals[CALL_FAILED] =
    g_signal_new ("call-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The service stopped unexpectedly and runs again. The argument says
   * whether the person's countdown or reminder started over. */
  signals[RESTARTED] =
    g_signal_new ("restarted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /* The service wrote to the journal (break events): the app's own
   * journal, which sees only its own writes, should be read again. */
  signals[JOURNAL_CHANGED] =
    g_signal_new ("journal-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sw_reminders_client_init (SwRemindersClient *self)
{
  self->cancellable = g_cancellable_new ();
}

SwRemindersClient *
sw_reminders_client_new (GDBusConnection *connection)
{
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), NULL);

  return g_object_new (SW_TYPE_REMINDERS_CLIENT,
                       "connection", connection,
                       NULL);
}

/* Whether the service is running and answering on the bus. */
gboolean
sw_reminders_client_get_available (SwRemindersClient *self)
{
  g_autofree char *owner = NULL;

  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  if (self->proxy == NULL)
    return FALSE;

  owner = g_dbus_proxy_get_name_owner (G_DBUS_PROXY (self->proxy));
  return owner != NULL;
}

/* "working", "due", "on-break", "snoozed", "paused", "outside-work-hours",
 * "disabled", or NULL while the service is not running. */
const char *
sw_reminders_client_get_state (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), NULL);

  if (!sw_reminders_client_get_available (self))
    return NULL;

  return sw_dbus_reminders1_get_state (self->proxy);
}

/* Wall-clock µs of the next reminder, 0 if none is scheduled. */
gint64
sw_reminders_client_get_next_due (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), 0);

  if (!sw_reminders_client_get_available (self))
    return 0;

  return sw_dbus_reminders1_get_next_due (self->proxy);
}

/* Wall-clock µs at which the break or pause ends, 0 if none. */
gint64
sw_reminders_client_get_state_ends (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), 0);

  if (!sw_reminders_client_get_available (self))
    return 0;

  return sw_dbus_reminders1_get_state_ends (self->proxy);
}

gboolean
sw_reminders_client_get_flare_mode (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  return sw_reminders_client_get_available (self) &&
         sw_dbus_reminders1_get_flare_mode (self->proxy);
}

gboolean
sw_reminders_client_get_notifications_available (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  return sw_reminders_client_get_available (self) &&
         sw_dbus_reminders1_get_notifications_available (self->proxy);
}

/* Whether the service stopped unexpectedly and is being started again. */
gboolean
sw_reminders_client_get_restarting (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  return self->restarting;
}

/* Whether the service stopped too often and is left stopped until
 * sw_reminders_client_start_service(). */
gboolean
sw_reminders_client_get_gave_up (SwRemindersClient *self)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  return self->gave_up;
}

/* With @settings, a service that stops while reminders-enabled is on is
 * started again; without, it is left stopped. */
void
sw_reminders_client_set_settings (SwRemindersClient *self,
                                  GSettings         *settings)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (g_set_object (&self->settings, settings))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

static void
call_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SwRemindersClient) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (source), result, &error);

  if (reply == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Reminder service call failed: %s", error->message);
      g_signal_emit (self, signals[CALL_FAILED], 0,
                     _("The reminder service did not answer. Try again, or restart it."));
    }
}

static void
call_service (SwRemindersClient *self,
              const char        *method,
              GVariant          *parameters)
{
  g_autoptr(GVariant) owned = parameters != NULL ? g_variant_ref_sink (parameters) : NULL;

  if (!sw_reminders_client_get_available (self))
    {
      g_signal_emit (self, signals[CALL_FAILED], 0,
                     _("Stand-up reminders are not running. Start them first."));
      return;
    }

  g_dbus_proxy_call (G_DBUS_PROXY (self->proxy), method, owned,
                     G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, self->cancellable,
                     call_done_cb, g_object_ref (self));
}

void
sw_reminders_client_take_break_now (SwRemindersClient *self)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "TakeBreakNow", NULL);
}

/* @seconds: how long; 0 pauses until resumed, -1 until tomorrow. */
void
sw_reminders_client_pause (SwRemindersClient *self,
                           gint64             seconds)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "Pause", g_variant_new ("(x)", seconds));
}

void
sw_reminders_client_resume (SwRemindersClient *self)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "Resume", NULL);
}

/* Finishes the break the person is on, naming it by its end so that a
 * service that restarted and lost it can still log it. */
void
sw_reminders_client_finish_break (SwRemindersClient *self,
                                  gboolean           completed)
{
  gint64 ends;

  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  ends = self->break_ends;
  self->break_ends = 0;
  if (ends > 0)
    call_service (self, "FinishBreakEndingAt", g_variant_new ("(bx)", completed, ends));
  else
    call_service (self, "FinishBreak", g_variant_new ("(b)", completed));
}

void
sw_reminders_client_snooze (SwRemindersClient *self)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "Snooze", NULL);
}

void
sw_reminders_client_skip (SwRemindersClient *self)
{
  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  call_service (self, "Skip", NULL);
}

static const char *
find_service_program (void)
{
  const char *path = g_getenv ("SITWELL_REMINDERS_PATH");

  return path != NULL ? path : LIBEXECDIR "/sitwell-reminders";
}

static void
service_exited_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GSubprocess *process = G_SUBPROCESS (source);
  SwRemindersClient *self = user_data;
  g_autoptr(GError) error = NULL;

  /* Cancelled in dispose: @self is gone. */
  if (!g_subprocess_wait_finish (process, result, &error))
    return;

  if (process != self->process)
    return;

  g_clear_object (&self->process);
  if (g_subprocess_get_if_signaled (process))
    g_debug ("The reminder service was killed by signal %d",
             g_subprocess_get_term_sig (process));
  else
    g_debug ("The reminder service exited with status %d",
             g_subprocess_get_exit_status (process));

  /* Gone before it took its bus name: a failed start. Once it has the
   * name, the name going away says it stopped. */
  if (!sw_reminders_client_get_available (self))
    service_stopped (self);
}

/* Runs the service program: the installed one, or the one
 * `SITWELL_REMINDERS_PATH` names (an uninstalled build). The bus name is
 * the lock, so a second copy exits by itself. */
static gboolean
spawn_service (SwRemindersClient  *self,
               GError            **error)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) spawn_error = NULL;
  const char *program = find_service_program ();

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &spawn_error, program, NULL);
  if (process == NULL)
    {
      g_debug ("Cannot run %s: %s", program, spawn_error->message);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Stand-up reminders could not start: their service (%s) is missing or "
                     "cannot run. Reinstalling Sitwell should fix this."), program);
      return FALSE;
    }

  g_set_object (&self->process, process);
  g_subprocess_wait_async (process, self->cancellable, service_exited_cb, self);

  return TRUE;
}

/* Starts the service when it is not running, because the person asked:
 * the restart budget starts afresh. */
gboolean
sw_reminders_client_start_service (SwRemindersClient  *self,
                                   GError            **error)
{
  g_return_val_if_fail (SW_IS_REMINDERS_CLIENT (self), FALSE);

  forget_restarts (self);
  if (sw_reminders_client_get_available (self))
    return TRUE;

  g_clear_handle_id (&self->restart_id, g_source_remove);
  set_restarting (self, FALSE);

  return spawn_service (self, error);
}

/* Starts the service if it is not running, as soon as that is known. A
 * failure is reported through ::call-failed. */
void
sw_reminders_client_ensure_service (SwRemindersClient *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SW_IS_REMINDERS_CLIENT (self));

  if (self->proxy == NULL)
    {
      self->wants_service = TRUE;
      return;
    }

  self->wants_service = FALSE;
  if (!sw_reminders_client_start_service (self, &error))
    {
      g_debug ("%s", error->message);
      g_signal_emit (self, signals[CALL_FAILED], 0, error->message);
    }
}
