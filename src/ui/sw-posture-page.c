/* sw-posture-page.c: the Posture tab
 *
 * The checklist, the score, the top fixes, the myths and the tips all come
 * from SwPosture; this page shows them, keeps the ticks, and saves a check
 * to the journal.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-posture-page.h"

#include <glib/gi18n.h>

#include "sw-fold-box.h"
#include "sw-settings.h"
#include "sw-window.h"

#define N_TOP_FIXES 3

struct _SwPosturePage
{
  AdwBin               parent_instance;

  AdwExpanderRow      *legend_row;
  GtkLabel            *score_label;
  GtkLabel            *change_label;
  GtkLevelBar         *score_bar;
  GtkLabel            *last_check_label;
  AdwPreferencesGroup *fixes_group;
  GtkBox              *checklist_box;
  GtkLabel            *save_note;
  AdwPreferencesGroup *myths_group;
  AdwPreferencesGroup *tips_group;
  AdwComboRow         *day_row;

  GSettings           *settings;
  SwJournal           *journal;

  /* One per checklist item, in table order. */
  GPtrArray           *item_rows;
  GPtrArray           *item_checks;
  /* One per checklist group. */
  AdwPreferencesGroup *groups[SW_POSTURE_N_GROUPS];
  /* The top-fix rows, reused as the ticks change, and the row shown when
   * nothing is left to fix. */
  AdwActionRow        *fix_rows[N_TOP_FIXES];
  guint                fix_items[N_TOP_FIXES];
  AdwActionRow        *all_done_row;
  /* The tip and safety-note rows of the chosen kind of day. */
  GPtrArray           *tip_rows;

  SwPostureTicks       ticks;
  gboolean             has_saved;
  guint                saved_score;
  gint64               saved_time_us;
};

G_DEFINE_FINAL_TYPE (SwPosturePage, sw_posture_page, ADW_TYPE_BIN)

/* ----------------------------------------------------------------- helpers */

static GtkWidget *
make_callout_badge (guint number)
{
  g_autofree char *text = g_strdup_printf ("%u", number);
  GtkWidget *badge = gtk_label_new (text);

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "callout-badge");
  gtk_widget_add_css_class (badge, "numeric");

  return badge;
}

static GtkWidget *
make_wrapped_label (const char *text,
                    const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A plain row for a paragraph inside an expander: a heading, the text, and
 * optionally the item's number in the diagram. */
static GtkWidget *
make_detail_row (const char *heading,
                 const char *body,
                 guint       callout)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box), make_wrapped_label (heading, "heading"));
  gtk_box_append (GTK_BOX (box), make_wrapped_label (body, NULL));

  if (callout > 0)
    {
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      /* Translators: where a checklist item is in the desk diagram. */
      g_autofree char *text = g_strdup_printf (_("Number %u in the diagram"), callout);

      gtk_widget_set_margin_top (line, 4);
      gtk_box_append (GTK_BOX (line), make_callout_badge (callout));
      gtk_box_append (GTK_BOX (line), make_wrapped_label (text, "dim-label"));
      gtk_box_append (GTK_BOX (box), line);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
expander_row_expanded_cb (AdwExpanderRow *row,
                          GParamSpec     *pspec,
                          GtkWidget      *inner_row)
{
  if (!adw_expander_row_get_expanded (row))
    return;

  gtk_widget_set_visible (inner_row, TRUE);
  g_signal_handlers_disconnect_by_func (row, expander_row_expanded_cb, inner_row);
}

/* Adds @inner_row to @row, hidden until @row is first expanded. GTK styles
 * and measures what a collapsed expander row holds (its revealer measures
 * the hidden child), and this tab holds dozens of such paragraphs: shaping
 * them was most of the time it took to show the tab. */
static void
add_row_shown_when_expanded (AdwExpanderRow *row,
                             GtkWidget      *inner_row)
{
  gtk_widget_set_visible (inner_row, adw_expander_row_get_expanded (row));
  adw_expander_row_add_row (row, inner_row);
  if (!adw_expander_row_get_expanded (row))
    g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expander_row_expanded_cb),
                             inner_row, 0);
}

static GDateTime *
journal_now (SwPosturePage *self)
{
  return sw_clock_get_now_local (sw_journal_get_clock (self->journal));
}

/* ------------------------------------------------------------------ score */

static void
update_change (SwPosturePage *self)
{
  g_autofree char *change = NULL;

  if (self->journal != NULL && self->has_saved)
    {
      g_autoptr(GDateTime) now = journal_now (self);

      change = sw_posture_describe_change (sw_posture_score (self->ticks), self->saved_score,
                                           self->saved_time_us, now);
    }

  gtk_label_set_label (self->change_label, change != NULL ? change : "");
  gtk_widget_set_visible (GTK_WIDGET (self->change_label), change != NULL);
}

static void
update_group_progress (SwPosturePage *self)
{
  guint ticked[SW_POSTURE_N_GROUPS] = { 0 };
  guint total[SW_POSTURE_N_GROUPS] = { 0 };

  for (guint i = 0; i < sw_posture_get_n_items (); i++)
    {
      SwPostureGroup group = sw_posture_get_item (i)->group;

      total[group]++;
      if (self->ticks & ((SwPostureTicks) 1 << i))
        ticked[group]++;
    }

  for (guint g = 0; g < SW_POSTURE_N_GROUPS; g++)
    {
      /* Translators: progress in one checklist group, e.g. "2 of 5 ticked". */
      g_autofree char *text = g_strdup_printf (_("%u of %u ticked"), ticked[g], total[g]);

      adw_preferences_group_set_description (self->groups[g], text);
    }
}

static void
update_top_fixes (SwPosturePage *self)
{
  guint n = sw_posture_get_top_fixes (self->ticks, self->fix_items, N_TOP_FIXES);

  for (guint i = 0; i < N_TOP_FIXES; i++)
    {
      AdwActionRow *row = self->fix_rows[i];

      gtk_widget_set_visible (GTK_WIDGET (row), i < n);
      if (i < n)
        {
          const SwPostureItem *item = sw_posture_get_item (self->fix_items[i]);
          guint gain = sw_posture_score_gain (self->ticks, self->fix_items[i]);
          /* Translators: under a top fix: its checklist group and what it
           * adds to the score, e.g. "Chair · +9 points". */
          g_autofree char *subtitle = g_strdup_printf (ngettext ("%s · +%u point",
                                                                 "%s · +%u points", gain),
                                                       sw_posture_group_get_title (item->group),
                                                       gain);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                         sw_posture_item_get_check (item));
          adw_action_row_set_subtitle (row, subtitle);
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->all_done_row), n == 0);
}

static void
update_score (SwPosturePage *self)
{
  guint score = sw_posture_score (self->ticks);
  g_autofree char *text = g_strdup_printf ("%u", score);

  gtk_label_set_label (self->score_label, text);
  gtk_level_bar_set_value (self->score_bar, score);

  update_group_progress (self);
  update_top_fixes (self);
  update_change (self);
}

/* ------------------------------------------------------------- the journal */

static void
update_save_state (SwPosturePage *self)
{
  const char *reason = NULL;

  if (self->journal == NULL)
    reason = _("Sitwell could not open your journal, so this check cannot be saved.");
  else if (sw_journal_is_read_only (self->journal))
    reason = sw_journal_get_read_only_reason (self->journal);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "posture.save", reason == NULL);
  gtk_label_set_label (self->save_note, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->save_note), reason != NULL);
}

static void
update_last_check (SwPosturePage *self)
{
  g_autoptr(SwJournalItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  self->has_saved = FALSE;

  if (self->journal == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->last_check_label), FALSE);
      update_change (self);
      return;
    }

  if (!sw_journal_get_last_posture_check (self->journal, &item, &error))
    {
      g_debug ("Could not read the last posture check: %s", error->message);
      /* Translators: %s says why, in a full sentence. */
      text = g_strdup_printf (_("Your last saved check could not be read. %s"), error->message);
    }
  else if (item == NULL)
    {
      text = g_strdup (_("No check saved yet. Tick what is true of your desk today, then save "
                         "it to see how it changes over time."));
    }
  else
    {
      g_autoptr(GDateTime) now = journal_now (self);
      g_autofree char *day = sw_posture_format_day (item->time_us, now);

      self->has_saved = TRUE;
      self->saved_score = (guint) CLAMP (item->value, 0, 100);
      self->saved_time_us = item->time_us;
      /* Translators: e.g. "Last saved check: 3 Nov, 64 / 100"; the day comes
       * from the "posture check day" strings. */
      text = g_strdup_printf (_("Last saved check: %s, %u / 100"), day, self->saved_score);
    }

  gtk_label_set_label (self->last_check_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->last_check_label), TRUE);
  update_change (self);
}

static void
journal_changed_cb (SwPosturePage     *self,
                    SwJournalItemType  type)
{
  if (type == SW_JOURNAL_ITEM_POSTURE)
    update_last_check (self);
}

static void
set_ticks (SwPosturePage  *self,
           SwPostureTicks  ticks)
{
  /* The toggled handlers bring self->ticks along and update the score. */
  for (guint i = 0; i < self->item_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->item_checks, i),
                                 (ticks & ((SwPostureTicks) 1 << i)) != 0);
}

/* A desk changes little between checks: start from the last saved one. */
static void
prefill_from_last_check (SwPosturePage *self)
{
  g_autoptr(SwJournalItem) item = NULL;
  g_auto(GStrv) keys = NULL;

  if (self->journal == NULL || self->ticks != 0 ||
      !sw_journal_get_last_posture_check (self->journal, &item, NULL) || item == NULL)
    return;

  keys = g_strsplit (item->text != NULL ? item->text : "", ",", -1);
  set_ticks (self, sw_posture_ticks_from_keys ((const char * const *) keys));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SwPosturePage *self = SW_POSTURE_PAGE (widget);
  g_auto(GStrv) keys = sw_posture_ticks_to_keys (self->ticks);
  guint score = sw_posture_score (self->ticks);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->journal == NULL)
    return;

  if (!sw_journal_add_posture_check (self->journal, SW_JOURNAL_TIME_NOW, score,
                                     (const char * const *) keys, NULL, &error))
    {
      g_debug ("Could not save the posture check: %s", error->message);
      sw_window_show_message (GTK_WIDGET (self), error->message);
      update_save_state (self);
      return;
    }

  /* The journal's changed signal has updated the last check. */
  /* Translators: a toast after saving, e.g. "Today’s check is saved: 76 / 100". */
  message = g_strdup_printf (_("Today’s check is saved: %u / 100"), score);
  sw_window_show_message (GTK_WIDGET (self), message);
}

/* -------------------------------------------------------------- checklist */

static void
item_check_toggled_cb (SwPosturePage  *self,
                       GtkCheckButton *button)
{
  guint index;
  SwPostureTicks bit;

  if (!g_ptr_array_find (self->item_checks, button, &index))
    return;

  bit = (SwPostureTicks) 1 << index;
  if (gtk_check_button_get_active (button))
    self->ticks |= bit;
  else
    self->ticks &= ~bit;

  update_score (self);
}

/* Opens the checklist row of a top fix and moves the focus to it, which
 * scrolls it into view. */
static void
fix_row_activated_cb (SwPosturePage *self,
                      AdwActionRow  *row)
{
  for (guint i = 0; i < N_TOP_FIXES; i++)
    {
      if (self->fix_rows[i] == row)
        {
          AdwExpanderRow *item_row = g_ptr_array_index (self->item_rows, self->fix_items[i]);

          adw_expander_row_set_expanded (item_row, TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (item_row));
          return;
        }
    }
}

static void
build_checklist (SwPosturePage *self)
{
  for (guint g = 0; g < SW_POSTURE_N_GROUPS; g++)
    {
      self->groups[g] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (self->groups[g], sw_posture_group_get_title (g));
      gtk_box_append (self->checklist_box, GTK_WIDGET (self->groups[g]));
    }

  for (guint i = 0; i < sw_posture_get_n_items (); i++)
    {
      const SwPostureItem *item = sw_posture_get_item (i);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sw_posture_item_get_check (item));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), sw_posture_item_get_why (item));
      /* libadwaita 1.2 gives an expander row no accessible name. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sw_posture_item_get_check (item), -1);

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, _("Tick when this is true of your desk"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sw_posture_item_get_check (item),
                                      -1);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), check);
      add_row_shown_when_expanded (ADW_EXPANDER_ROW (row),
                                   make_detail_row (_("How to fix it"),
                                                    sw_posture_item_get_fix (item),
                                                    item->callout));

      g_signal_connect_object (check, "toggled", G_CALLBACK (item_check_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->item_rows, row);
      g_ptr_array_add (self->item_checks, check);
      adw_preferences_group_add (self->groups[item->group], row);
    }
}

static void
build_top_fixes (SwPosturePage *self)
{
  GtkWidget *done_icon;

  for (guint i = 0; i < N_TOP_FIXES; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Show this item in the checklist"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      g_signal_connect_object (row, "activated", G_CALLBACK (fix_row_activated_cb), self,
                               G_CONNECT_SWAPPED);
      self->fix_rows[i] = ADW_ACTION_ROW (row);
      adw_preferences_group_add (self->fixes_group, row);
    }

  self->all_done_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->all_done_row),
                                 _("Nothing left to fix"));
  adw_action_row_set_subtitle (self->all_done_row,
                               _("Every item is ticked. Check again whenever your desk or "
                                 "chair changes."));
  done_icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
  gtk_widget_add_css_class (done_icon, "success");
  adw_action_row_add_prefix (self->all_done_row, done_icon);
  adw_preferences_group_add (self->fixes_group, GTK_WIDGET (self->all_done_row));
}

static void
build_legend (SwPosturePage *self)
{
  for (guint number = 1; number <= sw_posture_get_n_callouts (); number++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sw_posture_get_callout_label (number));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), make_callout_badge (number));
      add_row_shown_when_expanded (self->legend_row, row);
    }
}

static void
build_myths (SwPosturePage *self)
{
  for (guint i = 0; i < sw_posture_get_n_myths (); i++)
    {
      const SwPostureMyth *myth = sw_posture_get_myth (i);
      GtkWidget *row = adw_expander_row_new ();
      /* Translators: a myth about back pain, as the title of its card. */
      g_autofree char *title = g_strdup_printf (_("Myth: %s"), sw_posture_myth_get_myth (myth));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      add_row_shown_when_expanded (ADW_EXPANDER_ROW (row),
                                   make_detail_row (_("Fact"), sw_posture_myth_get_fact (myth), 0));
      adw_preferences_group_add (self->myths_group, row);
    }
}

/* ------------------------------------------------------------------- tips */

static GtkWidget *
make_tip_row (const char *text,
              gboolean    safety)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (safety ? "dialog-warning-symbolic"
                                                         : "object-select-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  if (safety)
    {
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Safety note"));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  safety ? _("Safety note") : _("Tip"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
show_tips (SwPosturePage *self)
{
  guint selected = adw_combo_row_get_selected (self->day_row);
  SwPostureDay day;

  if (selected >= SW_POSTURE_N_DAYS)
    return;
  day = (SwPostureDay) selected;

  for (guint i = 0; i < self->tip_rows->len; i++)
    adw_preferences_group_remove (self->tips_group, g_ptr_array_index (self->tip_rows, i));
  g_ptr_array_set_size (self->tip_rows, 0);

  for (guint i = 0; i < sw_posture_day_get_n_tips (day); i++)
    g_ptr_array_add (self->tip_rows, make_tip_row (sw_posture_day_get_tip (day, i), FALSE));
  for (guint i = 0; i < sw_posture_day_get_n_safety_notes (day); i++)
    g_ptr_array_add (self->tip_rows,
                     make_tip_row (sw_posture_day_get_safety_note (day, i), TRUE));

  for (guint i = 0; i < self->tip_rows->len; i++)
    adw_preferences_group_add (self->tips_group, g_ptr_array_index (self->tip_rows, i));
}

static void
day_row_selected_cb (SwPosturePage *self)
{
  show_tips (self);
}

static void
select_day_from_settings (SwPosturePage *self)
{
  g_autofree char *kind = NULL;
  SwPostureDay day;

  if (self->settings == NULL)
    return;

  kind = g_settings_get_string (self->settings, SW_SETTINGS_KEY_KIND_OF_DAY);
  day = sw_posture_day_for_profile (kind,
                                    g_settings_get_boolean (self->settings,
                                                            SW_SETTINGS_KEY_PREGNANT),
                                    g_settings_get_boolean (self->settings,
                                                            SW_SETTINGS_KEY_SPINE_SURGERY));
  adw_combo_row_set_selected (self->day_row, day);
}

static void
build_days (SwPosturePage *self)
{
  g_autoptr(GtkStringList) days = gtk_string_list_new (NULL);

  for (guint d = 0; d < SW_POSTURE_N_DAYS; d++)
    gtk_string_list_append (days, sw_posture_day_get_label (d));

  adw_combo_row_set_model (self->day_row, G_LIST_MODEL (days));
  g_signal_connect_object (self->day_row, "notify::selected",
                           G_CALLBACK (day_row_selected_cb), self, G_CONNECT_SWAPPED);
  show_tips (self);
}

/* ------------------------------------------------------------------ class */

static void
sw_posture_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sw_posture_page_parent_class)->map (widget);

  /* "today" may have become "yesterday" since the page was last shown. */
  update_last_check (SW_POSTURE_PAGE (widget));
}

static void
sw_posture_page_dispose (GObject *object)
{
  SwPosturePage *self = SW_POSTURE_PAGE (object);

  /* The bin's child is a template child: let go of it first, or the
   * template and the bin would both unparent it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_POSTURE_PAGE);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (sw_posture_page_parent_class)->dispose (object);
}

static void
sw_posture_page_finalize (GObject *object)
{
  SwPosturePage *self = SW_POSTURE_PAGE (object);

  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_pointer (&self->item_checks, g_ptr_array_unref);
  g_clear_pointer (&self->tip_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sw_posture_page_parent_class)->finalize (object);
}

static void
sw_posture_page_class_init (SwPosturePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_posture_page_dispose;
  object_class->finalize = sw_posture_page_finalize;
  widget_class->map = sw_posture_page_map;

  g_type_ensure (SW_TYPE_FOLD_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sw-posture-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, legend_row);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, score_label);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, change_label);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, score_bar);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, last_check_label);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, fixes_group);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, checklist_box);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, save_note);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, myths_group);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, tips_group);
  gtk_widget_class_bind_template_child (widget_class, SwPosturePage, day_row);
  /* Not needed here, but named for tests (gtk_widget_get_template_child ()). */
  gtk_widget_class_bind_template_child_full (widget_class, "fold_box", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "diagram", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "content_box", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "save_button", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "posture.save", NULL, save_activated);
}

static void
sw_posture_page_init (SwPosturePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->item_rows = g_ptr_array_new ();
  self->item_checks = g_ptr_array_new ();
  self->tip_rows = g_ptr_array_new ();

  /* The accent colour up to 99, green ("full") only when every item is
   * ticked. */
  gtk_level_bar_remove_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_HIGH, 99);
  gtk_level_bar_add_offset_value (self->score_bar, GTK_LEVEL_BAR_OFFSET_FULL, 100);

  build_legend (self);
  build_top_fixes (self);
  build_checklist (self);
  build_myths (self);
  build_days (self);

  update_score (self);
  update_last_check (self);
  update_save_state (self);
}

/* ------------------------------------------------------------------ public */

void
sw_posture_page_set_settings (SwPosturePage *self,
                              GSettings     *settings)
{
  g_return_if_fail (SW_IS_POSTURE_PAGE (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  if (settings == NULL)
    return;

  g_signal_connect_object (settings, "changed::" SW_SETTINGS_KEY_KIND_OF_DAY,
                           G_CALLBACK (select_day_from_settings), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::" SW_SETTINGS_KEY_PREGNANT,
                           G_CALLBACK (select_day_from_settings), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::" SW_SETTINGS_KEY_SPINE_SURGERY,
                           G_CALLBACK (select_day_from_settings), self, G_CONNECT_SWAPPED);
  select_day_from_settings (self);
}

void
sw_posture_page_set_journal (SwPosturePage *self,
                             SwJournal     *journal)
{
  g_return_if_fail (SW_IS_POSTURE_PAGE (self));
  g_return_if_fail (journal == NULL || SW_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_set_object (&self->journal, journal);

  if (journal != NULL)
    g_signal_connect_object (journal, "changed", G_CALLBACK (journal_changed_cb), self,
                             G_CONNECT_SWAPPED);

  update_save_state (self);
  update_last_check (self);
  prefill_from_last_check (self);
}

SwPostureTicks
sw_posture_page_get_ticks (SwPosturePage *self)
{
  g_return_val_if_fail (SW_IS_POSTURE_PAGE (self), 0);

  return self->ticks;
}

guint
sw_posture_page_get_score (SwPosturePage *self)
{
  g_return_val_if_fail (SW_IS_POSTURE_PAGE (self), 0);

  return sw_posture_score (self->ticks);
}
