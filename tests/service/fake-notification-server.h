/* fake-notification-server.h: org.freedesktop.Notifications for tests
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fake-bus.h"

G_BEGIN_DECLS

/* One Notify call as the server received it. */
typedef struct
{
  char      *app_name;
  guint32    replaces_id;
  guint32    id;          /* the id the server answered */
  char      *app_icon;
  char      *summary;
  char      *body;
  char     **actions;     /* id, label, id, label… */
  GVariant  *hints;       /* a{sv} */
  gint32     expire_timeout;
} FakeNotify;

void        fake_notify_free                          (FakeNotify *notify);
const char *fake_notify_get_hint_string               (FakeNotify *notify,
                                                       const char *key);
gboolean    fake_notify_has_hint                      (FakeNotify *notify,
                                                       const char *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FakeNotify, fake_notify_free)

typedef struct _FakeNotificationServer FakeNotificationServer;

FakeNotificationServer *fake_notification_server_new        (const char * const     *capabilities);
void        fake_notification_server_free                   (FakeNotificationServer *self);

guint       fake_notification_server_get_n_notifies         (FakeNotificationServer *self);
FakeNotify *fake_notification_server_dup_notify             (FakeNotificationServer *self,
                                                             guint                   index);
guint       fake_notification_server_get_n_closes           (FakeNotificationServer *self);
gboolean    fake_notification_server_wait_for_notifies      (FakeNotificationServer *self,
                                                             guint                   n);
gboolean    fake_notification_server_wait_for_closes        (FakeNotificationServer *self,
                                                             guint                   n);

void        fake_notification_server_invoke_action          (FakeNotificationServer *self,
                                                             guint32                 id,
                                                             const char             *action);
void        fake_notification_server_close                  (FakeNotificationServer *self,
                                                             guint32                 id,
                                                             guint32                 reason);
void        fake_notification_server_release_name           (FakeNotificationServer *self);
void        fake_notification_server_set_failing            (FakeNotificationServer *self,
                                                             gboolean                failing);
void        fake_notification_server_sync                   (FakeNotificationServer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FakeNotificationServer, fake_notification_server_free)

G_END_DECLS
