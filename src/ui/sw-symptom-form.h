/* sw-symptom-form.h: "How do you feel today?", the fields of one entry
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-symptom-entry.h"

G_BEGIN_DECLS

#define SW_TYPE_SYMPTOM_FORM (sw_symptom_form_get_type ())
G_DECLARE_FINAL_TYPE (SwSymptomForm, sw_symptom_form, SW, SYMPTOM_FORM, AdwPreferencesGroup)

SwSymptomEntry *sw_symptom_form_get_entry        (SwSymptomForm  *self,
                                                  SwSymptomEntry *base);
void            sw_symptom_form_set_entry        (SwSymptomForm  *self,
                                                  SwSymptomEntry *entry);
void            sw_symptom_form_set_place        (SwSymptomForm  *self,
                                                  SwBodyArea      area,
                                                  SwSide          side);
void            sw_symptom_form_clear            (SwSymptomForm  *self);
gboolean        sw_symptom_form_is_blank         (SwSymptomForm  *self);
gboolean        sw_symptom_form_get_note_valid   (SwSymptomForm  *self);
void            sw_symptom_form_set_editing      (SwSymptomForm  *self,
                                                  const char     *logged);
void            sw_symptom_form_show_save_error  (SwSymptomForm  *self,
                                                  const char     *message);
void            sw_symptom_form_focus            (SwSymptomForm  *self);

G_END_DECLS
