/* fake-bus.h: the service tests' private D-Bus session bus
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Iterates the default main context until @check is true or a few seconds
 * pass. */
typedef gboolean (*FakeCheck) (gpointer data);

gboolean         fake_wait_until       (FakeCheck             check,
                                        gpointer              data);
void             fake_drain            (void);

void             fake_store_result_cb  (GObject              *source,
                                        GAsyncResult         *result,
                                        gpointer              user_data);
GAsyncResult    *fake_wait_for_result  (GAsyncResult        **slot);

int              fake_bus_run_tests    (void);
GDBusConnection *fake_bus_connect      (void);
void             fake_bus_own_name     (GDBusConnection      *connection,
                                        const char           *name);
GVariant        *fake_bus_call         (GDBusConnection      *connection,
                                        const char           *name,
                                        const char           *path,
                                        const char           *interface,
                                        const char           *method,
                                        GVariant             *parameters,
                                        GError              **error);

G_END_DECLS
