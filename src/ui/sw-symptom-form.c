/* sw-symptom-form.c: "How do you feel today?", the fields of one entry
 *
 * Body area, side, pain with its word, kinds and triggers as toggles, and a
 * note, in the order a person fills them in, so Tab walks the form. The
 * labels come from core; the form only turns widgets into an entry and
 * back. Saving is the page's business: Save, Cancel and Enter in the note
 * fire its journal.save and journal.cancel-edit actions.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-symptom-form.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sw-journal-summary.h"

#define N_KINDS    6
#define N_TRIGGERS 6

struct _SwSymptomForm
{
  AdwPreferencesGroup  parent_instance;

  AdwComboRow         *area_row;
  GtkToggleButton     *side_left;
  GtkToggleButton     *side_right;
  GtkToggleButton     *side_both;
  GtkAdjustment       *pain_adjustment;
  GtkScale            *pain_scale;
  GtkLabel            *pain_label;
  GtkFlowBox          *kinds_box;
  GtkFlowBox          *triggers_box;
  AdwEntryRow         *note_row;
  GtkLabel            *note_error_label;
  GtkWidget           *save_error_box;
  GtkLabel            *save_error_label;
  GtkButton           *save_button;
  GtkWidget           *cancel_button;

  GtkToggleButton     *kind_buttons[N_KINDS];
  GtkToggleButton     *trigger_buttons[N_TRIGGERS];
  gboolean             note_valid;
};

G_DEFINE_FINAL_TYPE (SwSymptomForm, sw_symptom_form, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_NOTE_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SwSide
get_side (SwSymptomForm *self)
{
  if (gtk_toggle_button_get_active (self->side_right))
    return SW_SIDE_RIGHT;
  if (gtk_toggle_button_get_active (self->side_both))
    return SW_SIDE_BOTH;

  return SW_SIDE_LEFT;
}

static void
set_side (SwSymptomForm *self,
          SwSide         side)
{
  GtkToggleButton *buttons[SW_N_SIDES] = { self->side_left, self->side_right, self->side_both };

  gtk_toggle_button_set_active (buttons[side < SW_N_SIDES ? side : SW_SIDE_BOTH], TRUE);
}

static int
get_pain (SwSymptomForm *self)
{
  return CLAMP ((int) round (gtk_adjustment_get_value (self->pain_adjustment)), 0, 10);
}

static guint
get_flags (GtkToggleButton **buttons,
           guint             n_buttons)
{
  guint flags = 0;

  for (guint bit = 0; bit < n_buttons; bit++)
    if (gtk_toggle_button_get_active (buttons[bit]))
      flags |= 1u << bit;

  return flags;
}

static void
set_flags (GtkToggleButton **buttons,
           guint             n_buttons,
           guint             flags)
{
  for (guint bit = 0; bit < n_buttons; bit++)
    gtk_toggle_button_set_active (buttons[bit], (flags & (1u << bit)) != 0);
}

static void
pain_scale_value_changed_cb (SwSymptomForm *self)
{
  g_autofree char *text = sw_journal_format_pain (get_pain (self));

  gtk_label_set_text (self->pain_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pain_scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

/* The journal's own rule says what a note may hold; it is checked as the
 * person types, so Save never meets it. */
static void
note_row_changed_cb (SwSymptomForm *self)
{
  g_autoptr(SwSymptomEntry) probe = sw_symptom_entry_new ();
  g_autoptr(GError) error = NULL;
  gboolean valid;

  sw_symptom_entry_set_note (probe, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
  valid = sw_symptom_entry_validate (probe, &error);

  gtk_label_set_text (self->note_error_label, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->note_error_label), !valid);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->note_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->note_row), "error");

  if (valid != self->note_valid)
    {
      self->note_valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE_VALID]);
    }
}

/* Enter in the note saves: a typical entry never needs the mouse. */
static void
note_row_entry_activated_cb (SwSymptomForm *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "journal.save", NULL);
}

static void
build_toggles (GtkFlowBox       *box,
               GtkToggleButton **buttons,
               guint             n_buttons,
               const char     *(*get_label) (guint flag))
{
  for (guint bit = 0; bit < n_buttons; bit++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (get_label (1u << bit));

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "journal-chip");
      gtk_flow_box_append (box, button);
      /* Tab goes from button to button, not through the flow box's cells. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      buttons[bit] = GTK_TOGGLE_BUTTON (button);
    }
}

static const char *
kind_label (guint flag)
{
  return sw_symptom_kind_get_label ((SwSymptomKind) flag);
}

static const char *
trigger_label (guint flag)
{
  return sw_trigger_get_label ((SwTrigger) flag);
}

static void
sw_symptom_form_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SwSymptomForm *self = SW_SYMPTOM_FORM (object);

  switch (prop_id)
    {
    case PROP_NOTE_VALID:
      g_value_set_boolean (value, self->note_valid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_symptom_form_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SW_TYPE_SYMPTOM_FORM);

  G_OBJECT_CLASS (sw_symptom_form_parent_class)->dispose (object);
}

static void
sw_symptom_form_class_init (SwSymptomFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_symptom_form_dispose;
  object_class->get_property = sw_symptom_form_get_property;

  /**
   * SwSymptomForm:note-valid:
   *
   * Whether the note can be saved (it is not too long); the form says why
   * not under the note.
   */
  properties[PROP_NOTE_VALID] =
    g_param_spec_boolean ("note-valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sw-symptom-form.ui");
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, area_row);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, side_left);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, side_right);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, side_both);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, pain_adjustment);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, pain_scale);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, pain_label);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, kinds_box);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, triggers_box);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, note_row);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, note_error_label);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, save_error_box);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, save_button);
  gtk_widget_class_bind_template_child (widget_class, SwSymptomForm, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, pain_scale_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_row_entry_activated_cb);
}

static void
sw_symptom_form_init (SwSymptomForm *self)
{
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);

  self->note_valid = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (SwBodyArea area = 0; area < SW_N_BODY_AREAS; area++)
    gtk_string_list_append (areas, sw_body_area_get_label (area));
  adw_combo_row_set_model (self->area_row, G_LIST_MODEL (areas));

  gtk_button_set_label (GTK_BUTTON (self->side_left), sw_side_get_label (SW_SIDE_LEFT));
  gtk_button_set_label (GTK_BUTTON (self->side_right), sw_side_get_label (SW_SIDE_RIGHT));
  gtk_button_set_label (GTK_BUTTON (self->side_both), sw_side_get_label (SW_SIDE_BOTH));
  set_side (self, SW_SIDE_BOTH);

  build_toggles (self->kinds_box, self->kind_buttons, N_KINDS, kind_label);
  build_toggles (self->triggers_box, self->trigger_buttons, N_TRIGGERS, trigger_label);

  pain_scale_value_changed_cb (self);
  sw_symptom_form_set_editing (self, NULL);
}

/**
 * sw_symptom_form_get_entry:
 * @base: (nullable): the saved entry being edited, or %NULL for a new one
 *
 * Returns: (transfer full): what the form holds, as a new entry or as a
 *   copy of @base (its id, uuid and times) with the form's content
 */
SwSymptomEntry *
sw_symptom_form_get_entry (SwSymptomForm  *self,
                           SwSymptomEntry *base)
{
  SwSymptomEntry *entry;
  guint area;

  g_return_val_if_fail (SW_IS_SYMPTOM_FORM (self), NULL);
  g_return_val_if_fail (base == NULL || SW_IS_SYMPTOM_ENTRY (base), NULL);

  entry = base != NULL ? sw_symptom_entry_copy (base) : sw_symptom_entry_new ();
  area = adw_combo_row_get_selected (self->area_row);

  sw_symptom_entry_set_body_area (entry, area < SW_N_BODY_AREAS ? (SwBodyArea) area
                                                                : SW_BODY_AREA_OTHER);
  sw_symptom_entry_set_side (entry, get_side (self));
  sw_symptom_entry_set_pain (entry, get_pain (self));
  sw_symptom_entry_set_kinds (entry, get_flags (self->kind_buttons, N_KINDS));
  sw_symptom_entry_set_triggers (entry, get_flags (self->trigger_buttons, N_TRIGGERS));
  sw_symptom_entry_set_note (entry, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  return entry;
}

/* Shows @entry's content in the form. */
void
sw_symptom_form_set_entry (SwSymptomForm  *self,
                           SwSymptomEntry *entry)
{
  g_return_if_fail (SW_IS_SYMPTOM_FORM (self));
  g_return_if_fail (SW_IS_SYMPTOM_ENTRY (entry));

  sw_symptom_form_set_place (self, sw_symptom_entry_get_body_area (entry),
                             sw_symptom_entry_get_side (entry));
  gtk_adjustment_set_value (self->pain_adjustment, sw_symptom_entry_get_pain (entry));
  set_flags (self->kind_buttons, N_KINDS, sw_symptom_entry_get_kinds (entry));
  set_flags (self->trigger_buttons, N_TRIGGERS, sw_symptom_entry_get_triggers (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), sw_symptom_entry_get_note (entry));
}

void
sw_symptom_form_set_place (SwSymptomForm *self,
                           SwBodyArea     area,
                           SwSide         side)
{
  g_return_if_fail (SW_IS_SYMPTOM_FORM (self));

  adw_combo_row_set_selected (self->area_row, area);
  set_side (self, side);
}

/* Ready for the next entry; the body area and side stay, as they usually
 * do from one day to the next. */
void
sw_symptom_form_clear (SwSymptomForm *self)
{
  g_return_if_fail (SW_IS_SYMPTOM_FORM (self));

  gtk_adjustment_set_value (self->pain_adjustment, 0);
  set_flags (self->kind_buttons, N_KINDS, 0);
  set_flags (self->trigger_buttons, N_TRIGGERS, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
}

/* Whether the form holds nothing the person typed (area and side aside). */
gboolean
sw_symptom_form_is_blank (SwSymptomForm *self)
{
  const char *note;

  g_return_val_if_fail (SW_IS_SYMPTOM_FORM (self), TRUE);

  note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));

  return get_pain (self) == 0 &&
         get_flags (self->kind_buttons, N_KINDS) == 0 &&
         get_flags (self->trigger_buttons, N_TRIGGERS) == 0 &&
         (note == NULL || *note == '\0');
}

gboolean
sw_symptom_form_get_note_valid (SwSymptomForm *self)
{
  g_return_val_if_fail (SW_IS_SYMPTOM_FORM (self), FALSE);

  return self->note_valid;
}

/**
 * sw_symptom_form_set_editing:
 * @logged: (nullable): when the entry being edited was made, "Today,
 *   14:05", or %NULL for a new entry
 */
void
sw_symptom_form_set_editing (SwSymptomForm *self,
                             const char    *logged)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);

  g_return_if_fail (SW_IS_SYMPTOM_FORM (self));

  if (logged != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (logged, -1);
      g_autofree char *description = NULL;

      /* Translators: under "Edit Entry"; %s is when the entry was made, "Today, 14:05". */
      description = g_strdup_printf (_("Logged %s"), escaped);
      adw_preferences_group_set_title (group, _("Edit Entry"));
      adw_preferences_group_set_description (group, description);
      gtk_button_set_label (self->save_button, _("_Save Changes"));
    }
  else
    {
      adw_preferences_group_set_title (group, _("How Do You Feel Today?"));
      adw_preferences_group_set_description (group, NULL);
      gtk_button_set_label (self->save_button, _("_Save Entry"));
    }

  gtk_widget_set_visible (self->cancel_button, logged != NULL);
}

/**
 * sw_symptom_form_show_save_error:
 * @message: (nullable): why the journal refused the entry, or %NULL to
 *   hide the last reason
 */
void
sw_symptom_form_show_save_error (SwSymptomForm *self,
                                 const char    *message)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SW_IS_SYMPTOM_FORM (self));

  if (message != NULL)
    /* Translators: shown under the form when the journal refused an entry;
     * %s says why, e.g. that the disk is full. */
    text = g_strdup_printf (_("Your entry was not saved and is still in the form. %s"), message);

  gtk_label_set_text (self->save_error_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->save_error_box, message != NULL);
}

/* Puts the keyboard on the first field. */
void
sw_symptom_form_focus (SwSymptomForm *self)
{
  g_return_if_fail (SW_IS_SYMPTOM_FORM (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->area_row));
}
