/* sw-report-fixture.h: a journal of plausible weeks for the report tests
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-journal.h"

G_BEGIN_DECLS

/* The answers the fixture's checks were given (see the .c for their days). */
#define SW_REPORT_FIXTURE_RED_FLAG_ANSWERS \
  "rf_saddle=no,rf_bladder_bowel=no,rf_weakness_rapid=no,rf_both_legs=unsure," \
  "rf_limb=no,rf_chest=no,sudden_severe=no,clot_signs=no,sys_signs=no,group=none"
#define SW_REPORT_FIXTURE_SOON_ANSWERS \
  "rf_saddle=no,rf_bladder_bowel=no,rf_weakness_rapid=no,rf_both_legs=no," \
  "rf_limb=no,rf_chest=no,sudden_severe=no,clot_signs=no,sys_signs=no,group=none," \
  "radiation=calf_to_foot,quality=shooting,numbness=none,weakness=no,back_pain=no," \
  "worse_with=nothing,trend=same,duration=gt_3d,rest_relief=no"

/* A note with characters that must reach the page as they are. */
#define SW_REPORT_FIXTURE_ODD_NOTE "Sore after 2 h at the desk & a <long> meeting"

/* Fills @journal with @n_days of ordinary use ending yesterday, by the
 * journal's clock: symptom entries on two days in three (calf, sometimes the
 * lower back), check results (one with a red flag answered "not sure"),
 * breaks taken and skipped, exercise and compress sessions and notes. Nothing
 * is put on today or on the first day, so a report made a little later still
 * sees the same records. */
gboolean sw_report_fixture_fill (SwJournal  *journal,
                                 guint       n_days,
                                 GError    **error);

G_END_DECLS
