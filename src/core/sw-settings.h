/* sw-settings.h: GSettings keys, named once so a typo fails to compile
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#define SW_SETTINGS_KEY_WINDOW_WIDTH     "window-width"
#define SW_SETTINGS_KEY_WINDOW_HEIGHT    "window-height"
#define SW_SETTINGS_KEY_WINDOW_MAXIMIZED "window-maximized"
#define SW_SETTINGS_KEY_LAST_TAB         "last-tab"
#define SW_SETTINGS_KEY_KIND_OF_DAY      "kind-of-day"
#define SW_SETTINGS_KEY_PREGNANT         "pregnant"
#define SW_SETTINGS_KEY_SPINE_SURGERY    "spine-surgery"
#define SW_SETTINGS_KEY_SPINAL_STENOSIS  "spinal-stenosis"

/* Stand-up reminders, read by both the app and the reminder service. */
#define SW_SETTINGS_KEY_REMINDERS_ENABLED    "reminders-enabled"
#define SW_SETTINGS_KEY_INTERVAL_MINUTES     "interval-minutes"
#define SW_SETTINGS_KEY_BREAK_MINUTES        "break-minutes"
#define SW_SETTINGS_KEY_SNOOZE_MINUTES       "snooze-minutes"
#define SW_SETTINGS_KEY_WORK_HOURS_ENABLED   "work-hours-enabled"
#define SW_SETTINGS_KEY_WORK_DAYS            "work-days"
#define SW_SETTINGS_KEY_WORK_START_MINUTES   "work-start-minutes"
#define SW_SETTINGS_KEY_WORK_END_MINUTES     "work-end-minutes"
#define SW_SETTINGS_KEY_FLARE_SHORTENS       "flare-shortens"
#define SW_SETTINGS_KEY_FLARE_SWITCH_UNTIL   "flare-switch-until"
#define SW_SETTINGS_KEY_SOUND                "sound"
#define SW_SETTINGS_KEY_START_AT_LOGIN       "start-at-login"
#define SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY "desk-recheck-monthly"
#define SW_SETTINGS_KEY_DESK_RECHECK_MARK    "desk-recheck-mark"

/* Exercises and the compress timer. */
#define SW_SETTINGS_KEY_CLINICIAN_CLEARED_CHECK "clinician-cleared-check"
#define SW_SETTINGS_KEY_PREFER_WARMTH           "prefer-warmth"
#define SW_SETTINGS_KEY_SWELLING_REPORTED       "swelling-reported"
#define SW_SETTINGS_KEY_COMPRESS_MINUTES        "compress-minutes"

/* The "I'm having a flare-up" switch turns itself off after this long. */
#define SW_FLARE_SWITCH_DAYS 14
