/* sw-check-page.h: the Check tab
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SW_TYPE_CHECK_PAGE (sw_check_page_get_type ())
G_DECLARE_FINAL_TYPE (SwCheckPage, sw_check_page, SW, CHECK_PAGE, AdwBin)

G_END_DECLS
