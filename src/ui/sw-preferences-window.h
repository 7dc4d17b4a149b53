/* sw-preferences-window.h
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SW_TYPE_PREFERENCES_WINDOW (sw_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (SwPreferencesWindow, sw_preferences_window, SW, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

SwPreferencesWindow *sw_preferences_window_new                (GSettings           *settings);
/* The folder that holds the journal, shown in the Journal group. */
void                 sw_preferences_window_set_journal_folder (SwPreferencesWindow *self,
                                                               GFile               *folder);
GFile               *sw_preferences_window_get_journal_folder (SwPreferencesWindow *self);

G_END_DECLS
