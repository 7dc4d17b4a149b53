/* sw-check-result-view.h: the outcome of a symptom check, with reasons
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-triage.h"

G_BEGIN_DECLS

#define SW_TYPE_CHECK_RESULT_VIEW (sw_check_result_view_get_type ())
G_DECLARE_FINAL_TYPE (SwCheckResultView, sw_check_result_view, SW, CHECK_RESULT_VIEW, AdwBin)

void sw_check_result_view_set_result (SwCheckResultView    *self,
                                      const SwTriageResult *result);

G_END_DECLS
