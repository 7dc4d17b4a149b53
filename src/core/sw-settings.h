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
