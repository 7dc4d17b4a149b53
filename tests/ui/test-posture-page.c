/* test-posture-page.c: ticking the real Posture tab and saving to a real journal
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "sw-fake-clock.h"
#include "sw-fold-box.h"
#include "sw-journal.h"
#include "sw-posture-page.h"
#include "sw-preferences-window.h"
#include "sw-settings.h"
#include "sw-test-utils.h"

typedef struct
{
  char          *dir;
  GFile         *file;
  SwFakeClock   *clock;
  SwJournal     *journal;
  GtkWindow     *window;
  SwPosturePage *page;
} Fixture;

/* ----------------------------------------------------------------- helpers */

static GtkWidget *
child (Fixture    *fixture,
       const char *id)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                   SW_TYPE_POSTURE_PAGE, id);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static const char *
label_text (Fixture    *fixture,
            const char *id)
{
  return gtk_label_get_label (GTK_LABEL (child (fixture, id)));
}

typedef struct
{
  GType       type;
  const char *title;
} RowQuery;

static GtkWidget *
find_row (GtkWidget      *root,
          const RowQuery *query)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, query->type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), query->title) == 0)
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_row (c, query);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The checklist's expander row of an item (the top fixes reuse its title). */
static AdwExpanderRow *
item_row (Fixture    *fixture,
          const char *key)
{
  RowQuery query = {
    ADW_TYPE_EXPANDER_ROW, sw_posture_item_get_check (sw_posture_lookup_item (key)),
  };
  GtkWidget *row = find_row (child (fixture, "checklist_box"), &query);

  g_assert_nonnull (row);
  return ADW_EXPANDER_ROW (row);
}

static GtkCheckButton *
item_check (Fixture    *fixture,
            const char *key)
{
  GtkWidget *check = sw_test_find_widget_of_type (GTK_WIDGET (item_row (fixture, key)),
                                                  GTK_TYPE_CHECK_BUTTON);

  g_assert_nonnull (check);
  return GTK_CHECK_BUTTON (check);
}

/* Clicks an item's check button, as a person would. */
static void
toggle (Fixture    *fixture,
        const char *key)
{
  g_assert_true (gtk_widget_activate (GTK_WIDGET (item_check (fixture, key))));
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The titles of the visible top-fix rows, in order, joined with "|". */
static char *
top_fixes (Fixture *fixture)
{
  g_autoptr(GString) titles = g_string_new (NULL);
  GtkWidget *list = sw_test_find_widget_of_type (child (fixture, "fixes_group"),
                                                 GTK_TYPE_LIST_BOX);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!gtk_widget_get_visible (row) || !ADW_IS_ACTION_ROW (row))
        continue;
      if (titles->len > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static char *
expected_fixes (const char *first,
                ...)
{
  g_autoptr(GString) titles = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *key = first; key != NULL; key = va_arg (args, const char *))
    {
      if (titles->len > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, sw_posture_item_get_check (sw_posture_lookup_item (key)));
    }
  va_end (args);

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

#define assert_fixes(fixture, ...) G_STMT_START {                 \
    g_autofree char *shown__ = top_fixes (fixture);               \
    g_autofree char *expected__ = expected_fixes (__VA_ARGS__);   \
    g_assert_cmpstr (shown__, ==, expected__);                    \
  } G_STMT_END

static GPtrArray *
posture_items_today (Fixture *fixture)
{
  g_autoptr(GDateTime) now = sw_clock_get_now_local (SW_CLOCK (fixture->clock));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) timeline = NULL;
  GPtrArray *posture = g_ptr_array_new_with_free_func ((GDestroyNotify) sw_journal_item_free);
  GDate today;

  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  timeline = sw_journal_list_timeline (fixture->journal, &today, &today, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < timeline->len; i++)
    {
      SwJournalItem *item = g_ptr_array_index (timeline, i);

      if (item->type == SW_JOURNAL_ITEM_POSTURE)
        g_ptr_array_add (posture, sw_journal_item_copy (item));
    }

  return posture;
}

static void
present (Fixture *fixture,
         int      width)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, width, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

/* ----------------------------------------------------------------- fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("sitwell-posture-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->file = g_file_new_for_path (path);
  fixture->clock = sw_fake_clock_new_local (2026, 11, 3, 10, 0);
  fixture->journal = sw_journal_open (fixture->file, SW_CLOCK (fixture->clock), &error);
  g_assert_no_error (error);

  fixture->page = g_object_new (SW_TYPE_POSTURE_PAGE, NULL);
  sw_posture_page_set_journal (fixture->page, fixture->journal);
  present (fixture, GPOINTER_TO_INT (data) > 0 ? GPOINTER_TO_INT (data) : 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_destroy (fixture->window);
  g_assert_null (fixture->page);

  g_assert_finalize_object (fixture->journal);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->file);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_clear_pointer (&fixture->dir, g_free);
}

/* ------------------------------------------------------------------- tests */

static void
test_starts_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_cmpstr (label_text (fixture, "score_label"), ==, "0");
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (child (fixture, "score_bar"))),
                     ==, 0);
  g_assert_cmpuint (sw_posture_page_get_ticks (fixture->page), ==, 0);
  assert_fixes (fixture, "lumbar_support", "seat_height", "feet_supported", NULL);

  /* Nothing saved yet: it says so, and there is no change to show. */
  g_assert_true (g_str_has_prefix (label_text (fixture, "last_check_label"), "No check saved"));
  g_assert_false (gtk_widget_get_visible (child (fixture, "change_label")));
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "save_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "save_note")));

  /* Every item of the catalogue has its row, unticked, with the fix inside. */
  for (guint i = 0; i < sw_posture_get_n_items (); i++)
    {
      const SwPostureItem *item = sw_posture_get_item (i);
      AdwExpanderRow *row = item_row (fixture, item->key);

      g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, sw_posture_item_get_why (item));
      g_assert_false (gtk_check_button_get_active (item_check (fixture, item->key)));
      g_assert_nonnull (find_label (GTK_WIDGET (row), sw_posture_item_get_fix (item)));
    }
}

static void
test_ticking_changes_score_and_fixes (Fixture       *fixture,
                                      gconstpointer  data)
{
  /* lumbar_support weighs 3 of 34: 9 points. */
  toggle (fixture, "lumbar_support");
  g_assert_cmpstr (label_text (fixture, "score_label"), ==, "9");
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (child (fixture, "score_bar"))),
                     ==, 9);
  assert_fixes (fixture, "seat_height", "feet_supported", "no_hunching", NULL);

  toggle (fixture, "seat_height");
  toggle (fixture, "feet_supported");
  toggle (fixture, "no_hunching");
  toggle (fixture, "screen_height");
  /* 3 + 3 + 3 + 3 + 2 = 14 of 34: 41. */
  g_assert_cmpstr (label_text (fixture, "score_label"), ==, "41");
  assert_fixes (fixture, "move_often", "screen_distance", "sit_back", NULL);
  g_assert_cmpuint (sw_posture_page_get_score (fixture->page), ==, 41);

  /* Unticking puts an item back at its place in the ranking. */
  toggle (fixture, "lumbar_support");
  g_assert_cmpstr (label_text (fixture, "score_label"), ==, "32");
  assert_fixes (fixture, "lumbar_support", "move_often", "screen_distance", NULL);

  /* Each group counts its own ticks. */
  g_assert_nonnull (find_label (child (fixture, "checklist_box"), "2 of 6 ticked"));
  g_assert_nonnull (find_label (child (fixture, "checklist_box"), "1 of 5 ticked"));
  g_assert_nonnull (find_label (child (fixture, "checklist_box"), "0 of 4 ticked"));
}

static void
test_all_ticked_leaves_nothing_to_fix (Fixture       *fixture,
                                       gconstpointer  data)
{
  GtkWidget *list = sw_test_find_widget_of_type (child (fixture, "fixes_group"),
                                                 GTK_TYPE_LIST_BOX);
  RowQuery done = { ADW_TYPE_ACTION_ROW, _("Nothing left to fix") };

  g_assert_false (gtk_widget_get_visible (find_row (list, &done)));

  for (guint i = 0; i < sw_posture_get_n_items (); i++)
    toggle (fixture, sw_posture_get_item (i)->key);

  g_assert_cmpstr (label_text (fixture, "score_label"), ==, "100");
  g_assert_true (gtk_widget_get_visible (find_row (list, &done)));
  {
    g_autofree char *shown = top_fixes (fixture);

    g_assert_cmpstr (shown, ==, _("Nothing left to fix"));
  }
}

static void
test_top_fix_opens_its_item (Fixture       *fixture,
                             gconstpointer  data)
{
  AdwExpanderRow *lumbar = item_row (fixture, "lumbar_support");
  RowQuery query = {
    ADW_TYPE_ACTION_ROW, sw_posture_item_get_check (sw_posture_lookup_item ("lumbar_support")),
  };
  GtkWidget *fix = find_row (child (fixture, "fixes_group"), &query);
  GtkWidget *how_to = find_label (GTK_WIDGET (lumbar),
                                  sw_posture_item_get_fix (sw_posture_lookup_item ("lumbar_support")));
  GtkWidget *how_to_row = gtk_widget_get_ancestor (how_to, GTK_TYPE_LIST_BOX_ROW);

  g_assert_nonnull (fix);
  g_assert_false (adw_expander_row_get_expanded (lumbar));
  /* Collapsed, the paragraph is not even measured (start-up time). */
  g_assert_false (gtk_widget_get_visible (how_to_row));
  adw_action_row_activate (ADW_ACTION_ROW (fix));
  g_assert_true (adw_expander_row_get_expanded (lumbar));
  g_assert_true (gtk_widget_get_visible (how_to_row));

  /* Folded again and opened again, it stays. */
  adw_expander_row_set_expanded (lumbar, FALSE);
  adw_expander_row_set_expanded (lumbar, TRUE);
  g_assert_true (gtk_widget_get_visible (how_to_row));
}

static void
test_save_stores_the_check (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) saved = NULL;
  g_autofree char *up = NULL;
  SwJournalItem *item;

  toggle (fixture, "lumbar_support");
  toggle (fixture, "move_often");
  toggle (fixture, "screen_height");
  /* 3 + 3 + 2 = 8 of 34: 24. */
  g_assert_cmpstr (label_text (fixture, "score_label"), ==, "24");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "posture.save", NULL));

  saved = posture_items_today (fixture);
  g_assert_cmpuint (saved->len, ==, 1);
  item = g_ptr_array_index (saved, 0);
  g_assert_cmpint (item->value, ==, 24);
  g_assert_cmpstr (item->text, ==, "screen_height,lumbar_support,move_often");
  g_assert_cmpint (item->time_us, ==, sw_clock_get_real_us (SW_CLOCK (fixture->clock)));

  /* The score card now compares with the check just saved. */
  g_assert_cmpstr (label_text (fixture, "last_check_label"), ==,
                   "Last saved check: today, 24 / 100");
  g_assert_true (gtk_widget_get_visible (child (fixture, "change_label")));
  g_assert_cmpstr (label_text (fixture, "change_label"), ==, "Unchanged since today");

  toggle (fixture, "feet_supported");
  g_assert_cmpstr (label_text (fixture, "change_label"), ==, "+8 since today");
  toggle (fixture, "feet_supported");
  toggle (fixture, "screen_height");
  g_assert_cmpstr (label_text (fixture, "change_label"), ==, "−6 since today");

  /* Shown again the next day (another tab was open), it no longer says
   * "today". */
  sw_fake_clock_jump_real (fixture->clock, G_TIME_SPAN_DAY);
  gtk_widget_set_visible (GTK_WIDGET (fixture->page), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (fixture->page), TRUE);
  g_assert_cmpstr (label_text (fixture, "last_check_label"), ==,
                   "Last saved check: yesterday, 24 / 100");
  g_assert_cmpstr (label_text (fixture, "change_label"), ==, "−6 since yesterday");
}

/* A new page over the same journal, days later: it starts from the last
 * saved check and counts the change from that day. */
static void
test_reopen_starts_from_the_last_check (Fixture       *fixture,
                                        gconstpointer  data)
{
  SwPosturePage *page;
  GtkWindow *window;

  toggle (fixture, "lumbar_support");
  toggle (fixture, "feet_supported");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "posture.save", NULL));

  sw_fake_clock_jump_real (fixture->clock, 9 * G_TIME_SPAN_DAY);

  /* Swap the fixture's page for a fresh one. */
  window = fixture->window;
  page = fixture->page;
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  fixture->page = g_object_new (SW_TYPE_POSTURE_PAGE, NULL);
  sw_posture_page_set_journal (fixture->page, fixture->journal);
  gtk_window_set_child (window, GTK_WIDGET (fixture->page));
  /* GTK lets go of the old page's focus on the next frame. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_null (page);

  g_assert_true (gtk_check_button_get_active (item_check (fixture, "lumbar_support")));
  g_assert_true (gtk_check_button_get_active (item_check (fixture, "feet_supported")));
  g_assert_false (gtk_check_button_get_active (item_check (fixture, "seat_height")));
  g_assert_cmpstr (label_text (fixture, "score_label"), ==, "18");
  g_assert_cmpstr (label_text (fixture, "last_check_label"), ==,
                   "Last saved check: 3 Nov, 18 / 100");
  g_assert_cmpstr (label_text (fixture, "change_label"), ==, "Unchanged since 3 Nov");

  toggle (fixture, "seat_height");
  g_assert_cmpstr (label_text (fixture, "change_label"), ==, "+8 since 3 Nov");
}

static void
test_no_journal_cannot_save (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) saved = NULL;

  sw_posture_page_set_journal (fixture->page, NULL);

  g_assert_false (gtk_widget_get_sensitive (child (fixture, "save_button")));
  /* A disabled action does nothing (the journal stays empty, below). */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "posture.save", NULL);
  g_assert_true (gtk_widget_get_visible (child (fixture, "save_note")));
  g_assert_cmpstr (label_text (fixture, "save_note"), ==,
                   _("Sitwell could not open your journal, so this check cannot be saved."));
  g_assert_false (gtk_widget_get_visible (child (fixture, "last_check_label")));

  /* The checklist still works. */
  toggle (fixture, "move_often");
  g_assert_cmpstr (label_text (fixture, "score_label"), ==, "9");

  /* And saving comes back with the journal. */
  sw_posture_page_set_journal (fixture->page, fixture->journal);
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "save_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "save_note")));
  saved = posture_items_today (fixture);
  g_assert_cmpuint (saved->len, ==, 0);
}

static void
test_read_only_journal_cannot_save (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwJournal) read_only = sw_journal_open_full (fixture->file,
                                                         SW_CLOCK (fixture->clock),
                                                         SW_JOURNAL_OPEN_READ_ONLY, &error);
  g_autoptr(GPtrArray) saved = NULL;

  g_assert_no_error (error);
  g_assert_true (sw_journal_is_read_only (read_only));

  sw_posture_page_set_journal (fixture->page, read_only);
  toggle (fixture, "move_often");

  g_assert_false (gtk_widget_get_sensitive (child (fixture, "save_button")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "posture.save", NULL);
  g_assert_true (gtk_widget_get_visible (child (fixture, "save_note")));
  g_assert_cmpstr (label_text (fixture, "save_note"), ==,
                   sw_journal_get_read_only_reason (read_only));

  saved = posture_items_today (fixture);
  g_assert_cmpuint (saved->len, ==, 0);

  sw_posture_page_set_journal (fixture->page, fixture->journal);
}

static void
test_tips_follow_the_settings (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwComboRow *day_row = ADW_COMBO_ROW (child (fixture, "day_row"));
  GtkWidget *tips = child (fixture, "tips_group");
  RowQuery query = { ADW_TYPE_ACTION_ROW, NULL };

  /* Without settings: office work. */
  g_assert_cmpuint (adw_combo_row_get_selected (day_row), ==, SW_POSTURE_DAY_OFFICE);

  g_settings_set_string (settings, SW_SETTINGS_KEY_KIND_OF_DAY, "older");
  sw_posture_page_set_settings (fixture->page, settings);
  g_assert_cmpuint (adw_combo_row_get_selected (day_row), ==, SW_POSTURE_DAY_OLDER);
  for (guint i = 0; i < sw_posture_day_get_n_safety_notes (SW_POSTURE_DAY_OLDER); i++)
    {
      query.title = sw_posture_day_get_safety_note (SW_POSTURE_DAY_OLDER, i);
      g_assert_nonnull (find_row (tips, &query));
    }

  /* The setting changes, the tips follow. */
  g_settings_set_string (settings, SW_SETTINGS_KEY_KIND_OF_DAY, "active");
  g_assert_cmpuint (adw_combo_row_get_selected (day_row), ==, SW_POSTURE_DAY_ACTIVE);
  query.title = sw_posture_day_get_safety_note (SW_POSTURE_DAY_OLDER, 0);
  g_assert_null (find_row (tips, &query));
  query.title = sw_posture_day_get_tip (SW_POSTURE_DAY_ACTIVE, 0);
  g_assert_nonnull (find_row (tips, &query));

  /* Pregnancy takes precedence: its safety note matters most. */
  g_settings_set_boolean (settings, SW_SETTINGS_KEY_PREGNANT, TRUE);
  g_assert_cmpuint (adw_combo_row_get_selected (day_row), ==,
                    SW_POSTURE_DAY_PREGNANT_OR_SURGERY);
  query.title = sw_posture_day_get_safety_note (SW_POSTURE_DAY_PREGNANT_OR_SURGERY, 0);
  g_assert_nonnull (find_row (tips, &query));

  /* Choosing by hand shows that day's tips, every one of them. */
  adw_combo_row_set_selected (day_row, SW_POSTURE_DAY_OFFICE);
  for (guint i = 0; i < sw_posture_day_get_n_tips (SW_POSTURE_DAY_OFFICE); i++)
    {
      query.title = sw_posture_day_get_tip (SW_POSTURE_DAY_OFFICE, i);
      g_assert_nonnull (find_row (tips, &query));
    }
  query.title = sw_posture_day_get_safety_note (SW_POSTURE_DAY_PREGNANT_OR_SURGERY, 0);
  g_assert_null (find_row (tips, &query));

  g_settings_reset (settings, SW_SETTINGS_KEY_KIND_OF_DAY);
  g_settings_reset (settings, SW_SETTINGS_KEY_PREGNANT);
}

static void
test_myths_and_legend (Fixture       *fixture,
                       gconstpointer  data)
{
  for (guint i = 0; i < sw_posture_get_n_myths (); i++)
    {
      const SwPostureMyth *myth = sw_posture_get_myth (i);
      g_autofree char *title = g_strdup_printf ("Myth: %s", sw_posture_myth_get_myth (myth));
      RowQuery query = { ADW_TYPE_EXPANDER_ROW, title };
      GtkWidget *row = find_row (child (fixture, "myths_group"), &query);

      g_assert_nonnull (row);
      g_assert_nonnull (find_label (row, sw_posture_myth_get_fact (myth)));
    }

  for (guint number = 1; number <= sw_posture_get_n_callouts (); number++)
    {
      RowQuery query = { ADW_TYPE_ACTION_ROW, sw_posture_get_callout_label (number) };

      g_assert_nonnull (find_row (child (fixture, "legend_row"), &query));
    }

  /* An item drawn in the diagram names its number; one that is not, does not. */
  g_assert_nonnull (find_label (GTK_WIDGET (item_row (fixture, "lumbar_support")),
                                "Number 3 in the diagram"));
  g_assert_nonnull (find_label (GTK_WIDGET (item_row (fixture, "feet_supported")),
                                "Number 6 in the diagram"));
  for (guint number = 1; number <= sw_posture_get_n_callouts (); number++)
    {
      g_autofree char *text = g_strdup_printf ("Number %u in the diagram", number);

      g_assert_null (find_label (GTK_WIDGET (item_row (fixture, "no_glare")), text));
    }
}

/* The drawing in the resource carries exactly the numbers the checklist
 * refers to, and is a symbolic icon, so it follows light and dark. */
static void
test_diagram_numbers_match_the_checklist (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_BASE "/icons/scalable/actions/"
                                                     "sw-desk-diagram-symbolic.svg",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autofree char *svg = NULL;
  g_autofree char *beyond = NULL;

  g_assert_no_error (error);
  svg = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  for (guint number = 1; number <= sw_posture_get_n_callouts (); number++)
    {
      g_autofree char *text = g_strdup_printf (">%u</text>", number);

      g_assert_nonnull (strstr (svg, text));
    }
  beyond = g_strdup_printf (">%u</text>", sw_posture_get_n_callouts () + 1);
  g_assert_null (strstr (svg, beyond));
}

/* Wide: the diagram beside the checklist; narrow: above it. */
static void
test_layout_follows_the_width (Fixture       *fixture,
                               gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data);
  SwFoldBox *fold_box = SW_FOLD_BOX (child (fixture, "fold_box"));
  GtkWidget *diagram = child (fixture, "diagram");
  GtkWidget *content = child (fixture, "content_box");
  graphene_rect_t diagram_bounds, content_bounds;
  int minimum;

  g_assert_true (gtk_widget_compute_bounds (diagram, GTK_WIDGET (fold_box), &diagram_bounds));
  g_assert_true (gtk_widget_compute_bounds (content, GTK_WIDGET (fold_box), &content_bounds));

  if (width >= 900)
    {
      g_assert_false (sw_fold_box_get_folded (fold_box));
      g_assert_cmpfloat (diagram_bounds.origin.x + diagram_bounds.size.width, <=,
                         content_bounds.origin.x);
    }
  else
    {
      g_assert_true (sw_fold_box_get_folded (fold_box));
      g_assert_cmpfloat (diagram_bounds.origin.y + diagram_bounds.size.height, <=,
                         content_bounds.origin.y);
    }

  /* The page fits the narrowest window GNOME asks apps to support. */
  gtk_widget_measure (GTK_WIDGET (fixture->page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

/* Preferences, Journal group: the monthly desk re-check switch and where
 * the journal is. */
static void
test_preferences_journal_group (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  SwPreferencesWindow *preferences = sw_preferences_window_new (settings);
  g_autofree char *path = g_build_filename (g_get_home_dir (), ".local", "share", "sitwell",
                                            NULL);
  g_autofree char *shown = g_build_filename ("~", ".local", "share", "sitwell", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  GtkWidget *recheck_row, *location_row, *recheck_switch, *open_button;

  gtk_window_present (GTK_WINDOW (preferences));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preferences));

  recheck_row = sw_test_find_row_by_title (GTK_WIDGET (preferences),
                                           _("Remind Me to Re-check My Desk Monthly"));
  g_assert_nonnull (recheck_row);
  recheck_switch = sw_test_find_widget_of_type (recheck_row, GTK_TYPE_SWITCH);

  /* On by default, and bound both ways. */
  g_assert_true (g_settings_get_boolean (settings, SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (recheck_switch)));
  adw_action_row_activate (ADW_ACTION_ROW (recheck_row));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (recheck_switch)));
  g_assert_false (g_settings_get_boolean (settings, SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY));
  g_settings_set_boolean (settings, SW_SETTINGS_KEY_DESK_RECHECK_MONTHLY, TRUE);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (recheck_switch)));

  /* The journal's folder, once the app says where it is. */
  location_row = sw_test_find_row_by_title (GTK_WIDGET (preferences), _("Journal Location"));
  g_assert_nonnull (location_row);
  open_button = sw_test_find_widget_of_type (location_row, GTK_TYPE_BUTTON);
  g_assert_false (gtk_widget_get_visible (location_row));

  sw_preferences_window_set_journal_folder (preferences, folder);
  g_assert_true (gtk_widget_get_visible (location_row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (location_row)), ==, shown);
  g_assert_true (g_file_equal (sw_preferences_window_get_journal_folder (preferences), folder));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open_button)), ==, _("_Open Folder"));
  g_assert_true (gtk_widget_get_sensitive (open_button));

  sw_preferences_window_set_journal_folder (preferences, NULL);
  g_assert_false (gtk_widget_get_visible (location_row));
  g_assert_false (gtk_widget_get_sensitive (open_button));

  g_object_ref (preferences);
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "UTC", TRUE);
  sw_test_isolate_dirs ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* A switch flipped by a click otherwise changes at the end of its
   * animation, a few frames later. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add ("/sitwell/ui/posture-page/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

  ADD ("starts-empty", test_starts_empty);
  ADD ("ticking-changes-score-and-fixes", test_ticking_changes_score_and_fixes);
  ADD ("all-ticked-leaves-nothing-to-fix", test_all_ticked_leaves_nothing_to_fix);
  ADD ("top-fix-opens-its-item", test_top_fix_opens_its_item);
  ADD ("save-stores-the-check", test_save_stores_the_check);
  ADD ("reopen-starts-from-the-last-check", test_reopen_starts_from_the_last_check);
  ADD ("no-journal-cannot-save", test_no_journal_cannot_save);
  ADD ("read-only-journal-cannot-save", test_read_only_journal_cannot_save);
  ADD ("tips-follow-the-settings", test_tips_follow_the_settings);
  ADD ("myths-and-legend", test_myths_and_legend);

#undef ADD

  g_test_add ("/sitwell/ui/posture-page/layout-wide", Fixture, GINT_TO_POINTER (1000),
              fixture_set_up, test_layout_follows_the_width, fixture_tear_down);
  g_test_add ("/sitwell/ui/posture-page/layout-narrow", Fixture, GINT_TO_POINTER (360),
              fixture_set_up, test_layout_follows_the_width, fixture_tear_down);

  g_test_add_func ("/sitwell/ui/posture-page/diagram-numbers-match-the-checklist",
                   test_diagram_numbers_match_the_checklist);
  g_test_add_func ("/sitwell/ui/posture-page/preferences-journal-group",
                   test_preferences_journal_group);

  return g_test_run ();
}
