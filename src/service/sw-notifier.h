/* sw-notifier.h: the one desktop notification of the reminder service
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The actions a reminder offers, as SwNotifier::action-invoked names them. */
#define SW_NOTIFIER_ACTION_START_BREAK "start-break"
#define SW_NOTIFIER_ACTION_SNOOZE      "snooze"
#define SW_NOTIFIER_ACTION_SKIP        "skip"

/* The hint a notification server uses to find our icon and name. */
#define SW_NOTIFIER_DESKTOP_ENTRY      "io.github.sitwell.Sitwell"
#define SW_NOTIFIER_SOUND_NAME         "message-new-instant"

#define SW_TYPE_NOTIFIER (sw_notifier_get_type ())
G_DECLARE_FINAL_TYPE (SwNotifier, sw_notifier, SW, NOTIFIER, GObject)

SwNotifier *sw_notifier_new              (void);

gboolean    sw_notifier_get_available    (SwNotifier *self);
gboolean    sw_notifier_get_has_actions  (SwNotifier *self);
gboolean    sw_notifier_get_sound        (SwNotifier *self);
void        sw_notifier_set_sound        (SwNotifier *self,
                                          gboolean    sound);

gboolean    sw_notifier_show_reminder    (SwNotifier *self,
                                          const char *summary,
                                          const char *body,
                                          gboolean    can_snooze);
void        sw_notifier_withdraw         (SwNotifier *self);
gboolean    sw_notifier_show_note        (SwNotifier *self,
                                          const char *summary,
                                          const char *body);

G_END_DECLS
