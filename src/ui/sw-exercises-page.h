/* sw-exercises-page.h: the Exercises tab
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SW_TYPE_EXERCISES_PAGE (sw_exercises_page_get_type ())
G_DECLARE_FINAL_TYPE (SwExercisesPage, sw_exercises_page, SW, EXERCISES_PAGE, AdwBin)

G_END_DECLS
