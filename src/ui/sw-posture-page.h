/* sw-posture-page.h: the Posture tab
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SW_TYPE_POSTURE_PAGE (sw_posture_page_get_type ())
G_DECLARE_FINAL_TYPE (SwPosturePage, sw_posture_page, SW, POSTURE_PAGE, AdwBin)

G_END_DECLS
