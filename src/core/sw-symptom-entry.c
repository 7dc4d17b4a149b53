/* sw-symptom-entry.c: one "how do I feel" entry in the journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-symptom-entry.h"

#include <glib/gi18n-lib.h>

#include "sw-journal.h"

/* 9000-01-01T00:00:00Z: later dates are typing errors, and every time zone
 * can still show them as a four-digit year. */
#define LAST_TIME_US (G_GINT64_CONSTANT (221845392000) * G_USEC_PER_SEC)

/* The GEnum nicks are the stored keys, so property dumps and keys agree. */
G_DEFINE_ENUM_TYPE (SwBodyArea, sw_body_area,
                    G_DEFINE_ENUM_VALUE (SW_BODY_AREA_CALF, "calf"),
                    G_DEFINE_ENUM_VALUE (SW_BODY_AREA_THIGH, "thigh"),
                    G_DEFINE_ENUM_VALUE (SW_BODY_AREA_LOWER_BACK, "lower_back"),
                    G_DEFINE_ENUM_VALUE (SW_BODY_AREA_BUTTOCK, "buttock"),
                    G_DEFINE_ENUM_VALUE (SW_BODY_AREA_FOOT, "foot"),
                    G_DEFINE_ENUM_VALUE (SW_BODY_AREA_OTHER, "other"))

G_DEFINE_ENUM_TYPE (SwSide, sw_side,
                    G_DEFINE_ENUM_VALUE (SW_SIDE_LEFT, "left"),
                    G_DEFINE_ENUM_VALUE (SW_SIDE_RIGHT, "right"),
                    G_DEFINE_ENUM_VALUE (SW_SIDE_BOTH, "both"))

G_DEFINE_FLAGS_TYPE (SwSymptomKind, sw_symptom_kind,
                     G_DEFINE_ENUM_VALUE (SW_SYMPTOM_KIND_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (SW_SYMPTOM_KIND_ACHE, "ache"),
                     G_DEFINE_ENUM_VALUE (SW_SYMPTOM_KIND_STABBING, "stabbing"),
                     G_DEFINE_ENUM_VALUE (SW_SYMPTOM_KIND_RADIATING, "radiating"),
                     G_DEFINE_ENUM_VALUE (SW_SYMPTOM_KIND_NUMBNESS, "numbness"),
                     G_DEFINE_ENUM_VALUE (SW_SYMPTOM_KIND_TINGLING, "tingling"),
                     G_DEFINE_ENUM_VALUE (SW_SYMPTOM_KIND_WEAKNESS, "weakness"))

G_DEFINE_FLAGS_TYPE (SwTrigger, sw_trigger,
                     G_DEFINE_ENUM_VALUE (SW_TRIGGER_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (SW_TRIGGER_MASSAGE, "massage"),
                     G_DEFINE_ENUM_VALUE (SW_TRIGGER_SITTING, "sitting"),
                     G_DEFINE_ENUM_VALUE (SW_TRIGGER_STANDING, "standing"),
                     G_DEFINE_ENUM_VALUE (SW_TRIGGER_WALKING, "walking"),
                     G_DEFINE_ENUM_VALUE (SW_TRIGGER_LIFTING, "lifting"),
                     G_DEFINE_ENUM_VALUE (SW_TRIGGER_EXERCISE, "exercise"))

typedef struct
{
  const char *key;
  const char *label;
} KeyLabel;

/* Indexed by SwBodyArea. */
static const KeyLabel body_areas[SW_N_BODY_AREAS] = {
  { "calf", NC_("body area", "Calf") },
  { "thigh", NC_("body area", "Thigh") },
  { "lower_back", NC_("body area", "Lower back") },
  { "buttock", NC_("body area", "Buttock") },
  { "foot", NC_("body area", "Foot") },
  { "other", NC_("body area", "Other") },
};

/* Indexed by SwSide. */
static const KeyLabel sides[SW_N_SIDES] = {
  { "left", NC_("side of the body", "Left") },
  { "right", NC_("side of the body", "Right") },
  { "both", NC_("side of the body", "Both sides") },
};

/* Indexed by bit number. */
static const KeyLabel kinds[] = {
  { "ache", NC_("kind of symptom", "Ache") },
  { "stabbing", NC_("kind of symptom", "Stabbing") },
  { "radiating", NC_("kind of symptom", "Radiating") },
  { "numbness", NC_("kind of symptom", "Numbness") },
  { "tingling", NC_("kind of symptom", "Tingling") },
  { "weakness", NC_("kind of symptom", "Weakness") },
};

/* Indexed by bit number. */
static const KeyLabel triggers[] = {
  { "massage", NC_("what made it worse", "Massage") },
  { "sitting", NC_("what made it worse", "Sitting") },
  { "standing", NC_("what made it worse", "Standing") },
  { "walking", NC_("what made it worse", "Walking") },
  { "lifting", NC_("what made it worse", "Lifting") },
  { "exercise", NC_("what made it worse", "Exercise") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == 6);
G_STATIC_ASSERT (G_N_ELEMENTS (triggers) == 6);

/* Bit number of a single flag, or -1 if @flag is not exactly one known bit. */
static int
bit_index (guint flag,
           guint n_bits)
{
  for (guint i = 0; i < n_bits; i++)
    if (flag == (1u << i))
      return (int) i;

  return -1;
}

static int
key_index (const KeyLabel *table,
           guint           n,
           const char     *key)
{
  if (key == NULL)
    return -1;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (table[i].key, key) == 0)
      return (int) i;

  return -1;
}

static char *
flags_to_keys (const KeyLabel *table,
               guint           n,
               guint           flags,
               char            separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if ((flags & (1u << i)) == 0)
        continue;
      if (out->len > 0)
        g_string_append_c (out, separator);
      g_string_append (out, table[i].key);
    }

  return g_string_free (out, FALSE);
}

/* Accepts keys in any order, with surrounding spaces; an empty string is no
 * flags. Fails on an unknown key. */
static gboolean
flags_from_keys (const KeyLabel *table,
                 guint           n,
                 const char     *keys,
                 char            separator,
                 guint          *flags_out)
{
  char sep[2] = { separator, '\0' };
  g_auto(GStrv) parts = NULL;
  guint flags = 0;

  g_assert (flags_out != NULL);

  if (keys == NULL || *keys == '\0')
    {
      *flags_out = 0;
      return TRUE;
    }

  parts = g_strsplit (keys, sep, -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      int index;

      g_strstrip (parts[i]);
      if (*parts[i] == '\0')
        continue;
      index = key_index (table, n, parts[i]);
      if (index < 0)
        return FALSE;
      flags |= 1u << index;
    }

  *flags_out = flags;
  return TRUE;
}

const char *
sw_body_area_to_key (SwBodyArea area)
{
  g_return_val_if_fail (area < SW_N_BODY_AREAS, NULL);

  return body_areas[area].key;
}

gboolean
sw_body_area_from_key (const char *key,
                       SwBodyArea *area)
{
  int index = key_index (body_areas, SW_N_BODY_AREAS, key);

  if (index < 0)
    return FALSE;
  if (area != NULL)
    *area = (SwBodyArea) index;

  return TRUE;
}

/**
 * sw_body_area_get_label:
 *
 * Returns: the translated name of @area, for people
 */
const char *
sw_body_area_get_label (SwBodyArea area)
{
  g_return_val_if_fail (area < SW_N_BODY_AREAS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "body area", body_areas[area].label);
}

const char *
sw_side_to_key (SwSide side)
{
  g_return_val_if_fail (side < SW_N_SIDES, NULL);

  return sides[side].key;
}

gboolean
sw_side_from_key (const char *key,
                  SwSide     *side)
{
  int index = key_index (sides, SW_N_SIDES, key);

  if (index < 0)
    return FALSE;
  if (side != NULL)
    *side = (SwSide) index;

  return TRUE;
}

const char *
sw_side_get_label (SwSide side)
{
  g_return_val_if_fail (side < SW_N_SIDES, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "side of the body", sides[side].label);
}

/**
 * sw_symptom_kind_to_key:
 * @kind: exactly one kind
 */
const char *
sw_symptom_kind_to_key (SwSymptomKind kind)
{
  int index = bit_index (kind, G_N_ELEMENTS (kinds));

  g_return_val_if_fail (index >= 0, NULL);

  return kinds[index].key;
}

const char *
sw_symptom_kind_get_label (SwSymptomKind kind)
{
  int index = bit_index (kind, G_N_ELEMENTS (kinds));

  g_return_val_if_fail (index >= 0, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "kind of symptom", kinds[index].label);
}

const char *
sw_trigger_to_key (SwTrigger trigger)
{
  int index = bit_index (trigger, G_N_ELEMENTS (triggers));

  g_return_val_if_fail (index >= 0, NULL);

  return triggers[index].key;
}

const char *
sw_trigger_get_label (SwTrigger trigger)
{
  int index = bit_index (trigger, G_N_ELEMENTS (triggers));

  g_return_val_if_fail (index >= 0, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "what made it worse", triggers[index].label);
}

/**
 * sw_symptom_kinds_to_keys:
 *
 * Returns: (transfer full): the keys of @kinds in their fixed order, joined
 *   by @separator ("" for none)
 */
char *
sw_symptom_kinds_to_keys (SwSymptomKind kinds_set,
                          char          separator)
{
  return flags_to_keys (kinds, G_N_ELEMENTS (kinds), kinds_set, separator);
}

gboolean
sw_symptom_kinds_from_keys (const char    *keys,
                            char           separator,
                            SwSymptomKind *kinds_out)
{
  guint flags;

  g_return_val_if_fail (kinds_out != NULL, FALSE);

  if (!flags_from_keys (kinds, G_N_ELEMENTS (kinds), keys, separator, &flags))
    return FALSE;

  *kinds_out = (SwSymptomKind) flags;
  return TRUE;
}

char *
sw_triggers_to_keys (SwTrigger triggers_set,
                     char      separator)
{
  return flags_to_keys (triggers, G_N_ELEMENTS (triggers), triggers_set, separator);
}

gboolean
sw_triggers_from_keys (const char *keys,
                       char        separator,
                       SwTrigger  *triggers_out)
{
  guint flags;

  g_return_val_if_fail (triggers_out != NULL, FALSE);

  if (!flags_from_keys (triggers, G_N_ELEMENTS (triggers), keys, separator, &flags))
    return FALSE;

  *triggers_out = (SwTrigger) flags;
  return TRUE;
}

/**
 * sw_pain_get_label:
 * @pain: 0 to 10
 *
 * Returns: the word for a pain score on the usual 0–10 scale
 */
const char *
sw_pain_get_label (int pain)
{
  g_return_val_if_fail (pain >= 0 && pain <= 10, NULL);

  if (pain == 0)
    return C_("pain score", "No pain");
  if (pain <= 3)
    return C_("pain score", "Mild");
  if (pain <= 6)
    return C_("pain score", "Moderate");
  if (pain <= 9)
    return C_("pain score", "Severe");

  return C_("pain score", "Worst imaginable");
}

struct _SwSymptomEntry
{
  GObject        parent_instance;

  char          *uuid;
  char          *note;
  gint64         id;
  gint64         created_us;
  gint64         modified_us;
  SwBodyArea     body_area;
  SwSide         side;
  int            pain;
  SwSymptomKind  kinds;
  SwTrigger      triggers;
};

G_DEFINE_FINAL_TYPE (SwSymptomEntry, sw_symptom_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_BODY_AREA,
  PROP_SIDE,
  PROP_PAIN,
  PROP_KINDS,
  PROP_TRIGGERS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sw_symptom_entry_finalize (GObject *object)
{
  SwSymptomEntry *self = SW_SYMPTOM_ENTRY (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (sw_symptom_entry_parent_class)->finalize (object);
}

static void
sw_symptom_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SwSymptomEntry *self = SW_SYMPTOM_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_CREATED:
      g_value_set_int64 (value, self->created_us);
      break;
    case PROP_MODIFIED:
      g_value_set_int64 (value, self->modified_us);
      break;
    case PROP_BODY_AREA:
      g_value_set_enum (value, self->body_area);
      break;
    case PROP_SIDE:
      g_value_set_enum (value, self->side);
      break;
    case PROP_PAIN:
      g_value_set_int (value, self->pain);
      break;
    case PROP_KINDS:
      g_value_set_flags (value, self->kinds);
      break;
    case PROP_TRIGGERS:
      g_value_set_flags (value, self->triggers);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_symptom_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SwSymptomEntry *self = SW_SYMPTOM_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      sw_symptom_entry_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      sw_symptom_entry_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
      sw_symptom_entry_set_created (self, g_value_get_int64 (value));
      break;
    case PROP_MODIFIED:
      sw_symptom_entry_set_modified (self, g_value_get_int64 (value));
      break;
    case PROP_BODY_AREA:
      sw_symptom_entry_set_body_area (self, g_value_get_enum (value));
      break;
    case PROP_SIDE:
      sw_symptom_entry_set_side (self, g_value_get_enum (value));
      break;
    case PROP_PAIN:
      sw_symptom_entry_set_pain (self, g_value_get_int (value));
      break;
    case PROP_KINDS:
      sw_symptom_entry_set_kinds (self, g_value_get_flags (value));
      break;
    case PROP_TRIGGERS:
      sw_symptom_entry_set_triggers (self, g_value_get_flags (value));
      break;
    case PROP_NOTE:
      sw_symptom_entry_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_symptom_entry_class_init (SwSymptomEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sw_symptom_entry_finalize;
  object_class->get_property = sw_symptom_entry_get_property;
  object_class->set_property = sw_symptom_entry_set_property;

  /* The row id in this journal (0 while not saved). Use the uuid to name an
   * entry across journals. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  /* Wall-clock microseconds since the Unix epoch (0 while not saved). */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* Wall-clock microseconds of the last edit, 0 if never edited. */
  properties[PROP_MODIFIED] =
    g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_BODY_AREA] =
    g_param_spec_enum ("body-area", NULL, NULL, SW_TYPE_BODY_AREA, SW_BODY_AREA_CALF, flags);
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL, SW_TYPE_SIDE, SW_SIDE_LEFT, flags);
  properties[PROP_PAIN] =
    g_param_spec_int ("pain", NULL, NULL, 0, 10, 0, flags);
  properties[PROP_KINDS] =
    g_param_spec_flags ("kinds", NULL, NULL, SW_TYPE_SYMPTOM_KIND, 0, flags);
  properties[PROP_TRIGGERS] =
    g_param_spec_flags ("triggers", NULL, NULL, SW_TYPE_TRIGGER, 0, flags);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sw_symptom_entry_init (SwSymptomEntry *self)
{
  self->note = g_strdup ("");
}

SwSymptomEntry *
sw_symptom_entry_new (void)
{
  return g_object_new (SW_TYPE_SYMPTOM_ENTRY, NULL);
}

/**
 * sw_symptom_entry_copy:
 *
 * Returns: (transfer full): a new entry with the same id, uuid and content
 */
SwSymptomEntry *
sw_symptom_entry_copy (SwSymptomEntry *self)
{
  SwSymptomEntry *copy;

  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), NULL);

  copy = sw_symptom_entry_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->created_us = self->created_us;
  copy->modified_us = self->modified_us;
  copy->body_area = self->body_area;
  copy->side = self->side;
  copy->pain = self->pain;
  copy->kinds = self->kinds;
  copy->triggers = self->triggers;
  g_free (copy->note);
  copy->note = g_strdup (self->note);

  return copy;
}

/**
 * sw_symptom_entry_equal:
 *
 * Whether @a and @b hold the same entry: same uuid, times and content. The
 * row id is not compared; it is local to one journal file.
 */
gboolean
sw_symptom_entry_equal (SwSymptomEntry *a,
                        SwSymptomEntry *b)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (a), FALSE);
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (b), FALSE);

  return g_strcmp0 (a->uuid, b->uuid) == 0 &&
         a->created_us == b->created_us &&
         a->modified_us == b->modified_us &&
         a->body_area == b->body_area &&
         a->side == b->side &&
         a->pain == b->pain &&
         a->kinds == b->kinds &&
         a->triggers == b->triggers &&
         g_strcmp0 (a->note, b->note) == 0;
}

/**
 * sw_symptom_entry_validate:
 *
 * Checks what a person can get wrong (the note's length and encoding) and
 * what a damaged import can (ranges, uuid). Errors are
 * %SW_JOURNAL_ERROR_INVALID with a message for people.
 */
gboolean
sw_symptom_entry_validate (SwSymptomEntry  *self,
                           GError         **error)
{
  glong n_chars;

  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), FALSE);

  if (!g_utf8_validate (self->note, -1, NULL))
    {
      g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                           _("The note contains characters that are not valid text. "
                             "Please retype it."));
      return FALSE;
    }

  n_chars = g_utf8_strlen (self->note, -1);
  if (n_chars > SW_SYMPTOM_ENTRY_NOTE_MAX_CHARS)
    {
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The note is %ld character long; the most a note can hold is %d.",
                                "The note is %ld characters long; the most a note can hold is %d.",
                                (gulong) n_chars),
                   n_chars, SW_SYMPTOM_ENTRY_NOTE_MAX_CHARS);
      return FALSE;
    }

  if (self->pain < 0 || self->pain > 10)
    {
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                   _("The pain score must be between 0 and 10, not %d."), self->pain);
      return FALSE;
    }

  if (self->uuid != NULL && !g_uuid_string_is_valid (self->uuid))
    {
      g_set_error (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                   _("“%s” is not a valid entry id."), self->uuid);
      return FALSE;
    }

  if (self->created_us < 0 || self->modified_us < 0 ||
      self->created_us >= LAST_TIME_US || self->modified_us >= LAST_TIME_US)
    {
      g_set_error_literal (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_INVALID,
                           _("The entry’s date is not valid."));
      return FALSE;
    }

  return TRUE;
}

gint64
sw_symptom_entry_get_id (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), 0);

  return self->id;
}

void
sw_symptom_entry_set_id (SwSymptomEntry *self,
                         gint64          id)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
sw_symptom_entry_get_uuid (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), NULL);

  return self->uuid;
}

/**
 * sw_symptom_entry_set_uuid:
 * @uuid: (nullable): a UUID string, or %NULL to let the journal make one
 */
void
sw_symptom_entry_set_uuid (SwSymptomEntry *self,
                           const char     *uuid)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));

  if (g_strcmp0 (self->uuid, uuid) == 0)
    return;

  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gint64
sw_symptom_entry_get_created (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), 0);

  return self->created_us;
}

/**
 * sw_symptom_entry_set_created:
 * @created_us: wall-clock microseconds, or 0 to let the journal use "now"
 */
void
sw_symptom_entry_set_created (SwSymptomEntry *self,
                              gint64          created_us)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));

  if (self->created_us == created_us)
    return;

  self->created_us = created_us;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

gint64
sw_symptom_entry_get_modified (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), 0);

  return self->modified_us;
}

void
sw_symptom_entry_set_modified (SwSymptomEntry *self,
                               gint64          modified_us)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));

  if (self->modified_us == modified_us)
    return;

  self->modified_us = modified_us;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

SwBodyArea
sw_symptom_entry_get_body_area (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), SW_BODY_AREA_OTHER);

  return self->body_area;
}

void
sw_symptom_entry_set_body_area (SwSymptomEntry *self,
                                SwBodyArea      area)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));
  g_return_if_fail (area < SW_N_BODY_AREAS);

  if (self->body_area == area)
    return;

  self->body_area = area;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY_AREA]);
}

SwSide
sw_symptom_entry_get_side (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), SW_SIDE_LEFT);

  return self->side;
}

void
sw_symptom_entry_set_side (SwSymptomEntry *self,
                           SwSide          side)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));
  g_return_if_fail (side < SW_N_SIDES);

  if (self->side == side)
    return;

  self->side = side;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
}

int
sw_symptom_entry_get_pain (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), 0);

  return self->pain;
}

void
sw_symptom_entry_set_pain (SwSymptomEntry *self,
                           int             pain)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));
  g_return_if_fail (pain >= 0 && pain <= 10);

  if (self->pain == pain)
    return;

  self->pain = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN]);
}

SwSymptomKind
sw_symptom_entry_get_kinds (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), 0);

  return self->kinds;
}

void
sw_symptom_entry_set_kinds (SwSymptomEntry *self,
                            SwSymptomKind   kinds_set)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));
  g_return_if_fail ((kinds_set & ~SW_SYMPTOM_KIND_ALL) == 0);

  if (self->kinds == kinds_set)
    return;

  self->kinds = kinds_set;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KINDS]);
}

SwTrigger
sw_symptom_entry_get_triggers (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), 0);

  return self->triggers;
}

void
sw_symptom_entry_set_triggers (SwSymptomEntry *self,
                               SwTrigger       triggers_set)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));
  g_return_if_fail ((triggers_set & ~SW_TRIGGER_ALL) == 0);

  if (self->triggers == triggers_set)
    return;

  self->triggers = triggers_set;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIGGERS]);
}

const char *
sw_symptom_entry_get_note (SwSymptomEntry *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_ENTRY (self), NULL);

  return self->note;
}

/**
 * sw_symptom_entry_set_note:
 * @note: (nullable): the text as typed; checked only when saved, so a form
 *   never loses what the person wrote
 */
void
sw_symptom_entry_set_note (SwSymptomEntry *self,
                           const char     *note)
{
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (self));

  if (note == NULL)
    note = "";
  if (g_strcmp0 (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
