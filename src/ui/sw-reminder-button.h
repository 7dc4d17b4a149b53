/* sw-reminder-button.h: the header's next-break countdown and its menu
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-reminders-client.h"

G_BEGIN_DECLS

#define SW_TYPE_REMINDER_BUTTON (sw_reminder_button_get_type ())
G_DECLARE_FINAL_TYPE (SwReminderButton, sw_reminder_button, SW, REMINDER_BUTTON, AdwBin)

void        sw_reminder_button_set_client   (SwReminderButton  *self,
                                             SwRemindersClient *client);
void        sw_reminder_button_set_settings (SwReminderButton  *self,
                                             GSettings         *settings);
const char *sw_reminder_button_get_label    (SwReminderButton  *self);

G_END_DECLS
