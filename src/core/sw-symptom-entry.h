/* sw-symptom-entry.h: one "how do I feel" entry in the journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The longest note, in characters (Unicode code points), not bytes. */
#define SW_SYMPTOM_ENTRY_NOTE_MAX_CHARS 2000

/* The keys (sw_body_area_to_key ()) are stored in the database and the CSV
 * export: never rename one. New areas go before SW_BODY_AREA_OTHER only if
 * the numeric values are never stored (they are not). */
typedef enum
{
  SW_BODY_AREA_CALF,
  SW_BODY_AREA_THIGH,
  SW_BODY_AREA_LOWER_BACK,
  SW_BODY_AREA_BUTTOCK,
  SW_BODY_AREA_FOOT,
  SW_BODY_AREA_OTHER,
} SwBodyArea;

#define SW_N_BODY_AREAS (SW_BODY_AREA_OTHER + 1)

typedef enum
{
  SW_SIDE_LEFT,
  SW_SIDE_RIGHT,
  SW_SIDE_BOTH,
} SwSide;

#define SW_N_SIDES (SW_SIDE_BOTH + 1)

/* The bit values are stored in the database (column `kinds`): never change
 * them, only add new bits. */
typedef enum /*< flags >*/
{
  SW_SYMPTOM_KIND_NONE      = 0,
  SW_SYMPTOM_KIND_ACHE      = 1 << 0,
  SW_SYMPTOM_KIND_STABBING  = 1 << 1,
  SW_SYMPTOM_KIND_RADIATING = 1 << 2,
  SW_SYMPTOM_KIND_NUMBNESS  = 1 << 3,
  SW_SYMPTOM_KIND_TINGLING  = 1 << 4,
  SW_SYMPTOM_KIND_WEAKNESS  = 1 << 5,
} SwSymptomKind;

#define SW_SYMPTOM_KIND_ALL        ((SwSymptomKind) 0x3f)
/* The kinds that make an entry count toward an active flare (CONTENT-SPEC 2.3). */
#define SW_SYMPTOM_KIND_NERVE_SIGNS (SW_SYMPTOM_KIND_RADIATING | SW_SYMPTOM_KIND_NUMBNESS | \
                                     SW_SYMPTOM_KIND_TINGLING | SW_SYMPTOM_KIND_WEAKNESS)

/* Stored like SwSymptomKind (column `triggers`). */
typedef enum /*< flags >*/
{
  SW_TRIGGER_NONE     = 0,
  SW_TRIGGER_MASSAGE  = 1 << 0,
  SW_TRIGGER_SITTING  = 1 << 1,
  SW_TRIGGER_STANDING = 1 << 2,
  SW_TRIGGER_WALKING  = 1 << 3,
  SW_TRIGGER_LIFTING  = 1 << 4,
  SW_TRIGGER_EXERCISE = 1 << 5,
} SwTrigger;

#define SW_TRIGGER_ALL ((SwTrigger) 0x3f)

#define SW_TYPE_BODY_AREA    (sw_body_area_get_type ())
#define SW_TYPE_SIDE         (sw_side_get_type ())
#define SW_TYPE_SYMPTOM_KIND (sw_symptom_kind_get_type ())
#define SW_TYPE_TRIGGER      (sw_trigger_get_type ())

GType        sw_body_area_get_type        (void) G_GNUC_CONST;
GType        sw_side_get_type             (void) G_GNUC_CONST;
GType        sw_symptom_kind_get_type     (void) G_GNUC_CONST;
GType        sw_trigger_get_type          (void) G_GNUC_CONST;

const char  *sw_body_area_to_key          (SwBodyArea     area);
gboolean     sw_body_area_from_key        (const char    *key,
                                           SwBodyArea    *area);
const char  *sw_body_area_get_label       (SwBodyArea     area);
const char  *sw_side_to_key               (SwSide         side);
gboolean     sw_side_from_key             (const char    *key,
                                           SwSide        *side);
const char  *sw_side_get_label            (SwSide         side);
const char  *sw_symptom_kind_to_key       (SwSymptomKind  kind);
const char  *sw_symptom_kind_get_label    (SwSymptomKind  kind);
const char  *sw_trigger_to_key            (SwTrigger      trigger);
const char  *sw_trigger_get_label         (SwTrigger      trigger);
char        *sw_symptom_kinds_to_keys     (SwSymptomKind  kinds,
                                           char           separator);
gboolean     sw_symptom_kinds_from_keys   (const char    *keys,
                                           char           separator,
                                           SwSymptomKind *kinds);
char        *sw_triggers_to_keys          (SwTrigger      triggers,
                                           char           separator);
gboolean     sw_triggers_from_keys        (const char    *keys,
                                           char           separator,
                                           SwTrigger     *triggers);
const char  *sw_pain_get_label            (int            pain);

#define SW_TYPE_SYMPTOM_ENTRY (sw_symptom_entry_get_type ())
G_DECLARE_FINAL_TYPE (SwSymptomEntry, sw_symptom_entry, SW, SYMPTOM_ENTRY, GObject)

SwSymptomEntry *sw_symptom_entry_new           (void);
SwSymptomEntry *sw_symptom_entry_copy          (SwSymptomEntry *self);
gboolean        sw_symptom_entry_equal         (SwSymptomEntry *a,
                                                SwSymptomEntry *b);
gboolean        sw_symptom_entry_validate      (SwSymptomEntry *self,
                                                GError        **error);

gint64          sw_symptom_entry_get_id        (SwSymptomEntry *self);
void            sw_symptom_entry_set_id        (SwSymptomEntry *self,
                                                gint64          id);
const char     *sw_symptom_entry_get_uuid      (SwSymptomEntry *self);
void            sw_symptom_entry_set_uuid      (SwSymptomEntry *self,
                                                const char     *uuid);
gint64          sw_symptom_entry_get_created   (SwSymptomEntry *self);
void            sw_symptom_entry_set_created   (SwSymptomEntry *self,
                                                gint64          created_us);
gint64          sw_symptom_entry_get_modified  (SwSymptomEntry *self);
void            sw_symptom_entry_set_modified  (SwSymptomEntry *self,
                                                gint64          modified_us);
SwBodyArea      sw_symptom_entry_get_body_area (SwSymptomEntry *self);
void            sw_symptom_entry_set_body_area (SwSymptomEntry *self,
                                                SwBodyArea      area);
SwSide          sw_symptom_entry_get_side      (SwSymptomEntry *self);
void            sw_symptom_entry_set_side      (SwSymptomEntry *self,
                                                SwSide          side);
int             sw_symptom_entry_get_pain      (SwSymptomEntry *self);
void            sw_symptom_entry_set_pain      (SwSymptomEntry *self,
                                                int             pain);
SwSymptomKind   sw_symptom_entry_get_kinds     (SwSymptomEntry *self);
void            sw_symptom_entry_set_kinds     (SwSymptomEntry *self,
                                                SwSymptomKind   kinds);
SwTrigger       sw_symptom_entry_get_triggers  (SwSymptomEntry *self);
void            sw_symptom_entry_set_triggers  (SwSymptomEntry *self,
                                                SwTrigger       triggers);
const char     *sw_symptom_entry_get_note      (SwSymptomEntry *self);
void            sw_symptom_entry_set_note      (SwSymptomEntry *self,
                                                const char     *note);

G_END_DECLS
