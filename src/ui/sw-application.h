/* sw-application.h
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-journal.h"
#include "sw-reminders-client.h"

G_BEGIN_DECLS

#define SW_TYPE_APPLICATION (sw_application_get_type ())
G_DECLARE_FINAL_TYPE (SwApplication, sw_application, SW, APPLICATION, AdwApplication)

SwApplication     *sw_application_new                  (void);
GSettings         *sw_application_get_settings         (SwApplication *self);
SwRemindersClient *sw_application_get_reminders_client (SwApplication *self);
SwJournal         *sw_application_get_journal          (SwApplication *self);
const GError      *sw_application_get_journal_error    (SwApplication *self);

G_END_DECLS
