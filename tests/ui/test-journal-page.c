/* test-journal-page.c: the real Journal tab around a real journal
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
#include "sw-journal-csv.h"
#include "sw-journal-page.h"
#include "sw-journal-summary.h"
#include "sw-test-utils.h"
#include "sw-trend-chart.h"

typedef struct
{
  char          *dir;
  GFile         *file;
  SwFakeClock   *clock;
  SwJournal     *journal;
  GtkWindow     *window;
  SwJournalPage *page;
} Fixture;

/* ------------------------------------------------------------------------ */
/* Finding widgets                                                          */

typedef gboolean (*Match) (GtkWidget     *widget,
                           gconstpointer  data);

static GtkWidget *
find (GtkWidget     *root,
      Match          match,
      gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
is_status_page_titled (GtkWidget     *widget,
                       gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget) &&
         g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), data) == 0;
}

static gboolean
is_menu_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget);
}

/* Visible, and the shown page of every stack it is in. */
static gboolean
is_shown (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *parent = gtk_widget_get_parent (w);

      if (!gtk_widget_get_visible (w))
        return FALSE;
      if (GTK_IS_STACK (parent) && gtk_stack_get_visible_child (GTK_STACK (parent)) != w)
        return FALSE;
    }

  return TRUE;
}

static GtkWidget *
page_widget (Fixture *fixture)
{
  return GTK_WIDGET (fixture->page);
}

static GtkToggleButton *
toggle (Fixture    *fixture,
        const char *label)
{
  GtkWidget *button = find (page_widget (fixture), is_button_labelled, label);

  g_assert_nonnull (button);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));

  return GTK_TOGGLE_BUTTON (button);
}

static GtkButton *
button_labelled (Fixture    *fixture,
                 const char *label)
{
  return GTK_BUTTON (find (page_widget (fixture), is_button_labelled, label));
}

static GtkLabel *
label_reading (Fixture    *fixture,
               const char *text)
{
  return GTK_LABEL (find (page_widget (fixture), is_label_reading, text));
}

static AdwComboRow *
area_row (Fixture *fixture)
{
  return ADW_COMBO_ROW (sw_test_find_row_by_title (page_widget (fixture), "_Body Area"));
}

static GtkRange *
pain_scale (Fixture *fixture)
{
  return GTK_RANGE (sw_test_find_widget_of_type (page_widget (fixture), GTK_TYPE_SCALE));
}

static GtkEditable *
note_row (Fixture *fixture)
{
  return GTK_EDITABLE (sw_test_find_row_by_title (page_widget (fixture), "_Note"));
}

static SwTrendChart *
chart (Fixture *fixture)
{
  return SW_TREND_CHART (sw_test_find_widget_of_type (page_widget (fixture),
                                                      SW_TYPE_TREND_CHART));
}

/* A history row, shown (not just built). */
static GtkWidget *
history_row (Fixture    *fixture,
             const char *title)
{
  GtkWidget *row = sw_test_find_row_by_title (page_widget (fixture), title);

  if (row != NULL)
    g_assert_true (is_shown (row));

  return row;
}

/* ------------------------------------------------------------------------ */
/* The fixture                                                              */

static gint64
local_us (int day,
          int hour,
          int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (2026, 3, day, hour, minute, 0);

  return g_date_time_to_unix (dt) * G_USEC_PER_SEC;
}

static SwJournal *
open_journal (Fixture            *fixture,
              SwJournalOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  SwJournal *journal;

  journal = sw_journal_open_full (fixture->file, SW_CLOCK (fixture->clock), flags, &error);
  g_assert_no_error (error);

  return journal;
}

static void
present_page (Fixture *fixture)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 900);
  fixture->page = g_object_new (SW_TYPE_JOURNAL_PAGE, NULL);
  sw_journal_page_set_journal (fixture->page, fixture->journal, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("sitwell-journal-page-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "journal.db", NULL);
  fixture->file = g_file_new_for_path (path);
  fixture->clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);

  fixture->journal = open_journal (fixture, SW_JOURNAL_OPEN_NONE);
  if (data == NULL)
    present_page (fixture);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_chmod (child, 0600);
      g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
      gtk_window_destroy (fixture->window);
      g_assert_null (fixture->page);
    }

  g_assert_finalize_object (fixture->journal);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->file);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static gint64
add_entry (Fixture    *fixture,
           gint64      created_us,
           SwBodyArea  area,
           SwSide      side,
           int         pain,
           const char *note)
{
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();
  g_autoptr(GError) error = NULL;

  sw_symptom_entry_set_created (entry, created_us);
  sw_symptom_entry_set_body_area (entry, area);
  sw_symptom_entry_set_side (entry, side);
  sw_symptom_entry_set_pain (entry, pain);
  sw_symptom_entry_set_note (entry, note);
  g_assert_true (sw_journal_add_entry (fixture->journal, entry, &error));
  g_assert_no_error (error);

  return sw_symptom_entry_get_id (entry);
}

static GPtrArray *
all_entries (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = sw_journal_list_all_entries (fixture->journal, &error);

  g_assert_no_error (error);
  return entries;
}

static guint
count_entries (Fixture *fixture)
{
  g_autoptr(GPtrArray) entries = all_entries (fixture);

  return entries->len;
}

static void
assert_toast (Fixture    *fixture,
              const char *title,
              gboolean    offers_undo)
{
  AdwToast *toast = sw_journal_page_get_last_toast (fixture->page);

  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, title);
  if (offers_undo)
    g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  else
    g_assert_null (adw_toast_get_button_label (toast));
}

/* The error dialog on screen: checks what it says and closes it. */
static void
assert_error_dialog (const char *heading,
                     const char *body)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        dialog = ADW_MESSAGE_DIALOG (window);
    }

  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, body);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Presses the Undo of the toast on screen. */
static void
click_undo (Fixture *fixture)
{
  AdwToast *toast = sw_journal_page_get_last_toast (fixture->page);

  g_assert_nonnull (toast);
  g_assert_nonnull (adw_toast_get_button_label (toast));
  g_signal_emit_by_name (toast, "button-clicked");
}

/* Fills the form as a person would: Thigh, Right, 6, numbness, sitting. */
static void
fill_form (Fixture    *fixture,
           const char *note)
{
  adw_combo_row_set_selected (area_row (fixture), SW_BODY_AREA_THIGH);
  gtk_toggle_button_set_active (toggle (fixture, "Right"), TRUE);
  gtk_range_set_value (pain_scale (fixture), 6);
  gtk_toggle_button_set_active (toggle (fixture, "Numbness"), TRUE);
  gtk_toggle_button_set_active (toggle (fixture, "Sitting"), TRUE);
  gtk_editable_set_text (note_row (fixture), note);
}

static void
assert_form_blank (Fixture *fixture)
{
  g_assert_cmpfloat (gtk_range_get_value (pain_scale (fixture)), ==, 0);
  g_assert_false (gtk_toggle_button_get_active (toggle (fixture, "Numbness")));
  g_assert_false (gtk_toggle_button_get_active (toggle (fixture, "Sitting")));
  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==, "");
}

/* ------------------------------------------------------------------------ */
/* Logging                                                                  */

static void
test_logs_an_entry (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  SwSymptomEntry *entry;

  g_assert_nonnull (sw_test_find_row_by_title (page_widget (fixture), "Pain"));
  g_assert_nonnull (label_reading (fixture, "0 · No pain"));

  fill_form (fixture, "After the long <b>meeting</b> & the train");
  /* The word beside the slider follows it. */
  g_assert_nonnull (label_reading (fixture, "6 · Moderate"));

  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.save", NULL));

  entries = all_entries (fixture);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpint (sw_symptom_entry_get_body_area (entry), ==, SW_BODY_AREA_THIGH);
  g_assert_cmpint (sw_symptom_entry_get_side (entry), ==, SW_SIDE_RIGHT);
  g_assert_cmpint (sw_symptom_entry_get_pain (entry), ==, 6);
  g_assert_cmpint (sw_symptom_entry_get_kinds (entry), ==, SW_SYMPTOM_KIND_NUMBNESS);
  g_assert_cmpint (sw_symptom_entry_get_triggers (entry), ==, SW_TRIGGER_SITTING);
  g_assert_cmpstr (sw_symptom_entry_get_note (entry), ==,
                   "After the long <b>meeting</b> & the train");
  g_assert_cmpint (sw_symptom_entry_get_created (entry), ==,
                   sw_clock_get_real_us (SW_CLOCK (fixture->clock)));

  /* It is in the history under Today, the note as typed, not as markup. */
  g_assert_nonnull (label_reading (fixture, "Today"));
  g_assert_nonnull (history_row (fixture, "Thigh, Right · 6 · Moderate"));
  g_assert_nonnull (label_reading (fixture,
                                   "Numbness · After the long <b>meeting</b> & the train"));
  g_assert_nonnull (label_reading (fixture, "12:00"));

  /* The form is ready for the next one; area and side stay. */
  assert_form_blank (fixture);
  g_assert_cmpuint (adw_combo_row_get_selected (area_row (fixture)), ==, SW_BODY_AREA_THIGH);
  g_assert_true (gtk_toggle_button_get_active (toggle (fixture, "Right")));

  assert_toast (fixture, "Entry saved", TRUE);

  /* Undo takes it out of the journal and gives it back to the form. */
  click_undo (fixture);
  g_assert_cmpuint (count_entries (fixture), ==, 0);
  g_assert_null (history_row (fixture, "Thigh, Right · 6 · Moderate"));
  g_assert_cmpfloat (gtk_range_get_value (pain_scale (fixture)), ==, 6);
  g_assert_true (gtk_toggle_button_get_active (toggle (fixture, "Numbness")));
  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==,
                   "After the long <b>meeting</b> & the train");
  g_assert_null (sw_journal_page_get_last_toast (fixture->page));

  /* Nothing left to undo. */
  gtk_widget_activate_action (page_widget (fixture), "journal.undo", NULL);
  g_assert_cmpuint (count_entries (fixture), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==,
                   "After the long <b>meeting</b> & the train");
}

/* Enter in the note saves: the form works from the keyboard alone. */
static void
test_enter_in_note_saves (Fixture       *fixture,
                          gconstpointer  data)
{
  gtk_range_set_value (pain_scale (fixture), 2);
  gtk_editable_set_text (note_row (fixture), "quick");
  g_signal_emit_by_name (note_row (fixture), "entry-activated");

  g_assert_cmpuint (count_entries (fixture), ==, 1);
  g_assert_nonnull (history_row (fixture, "Calf, Both sides · 2 · Mild"));
}

static void
test_note_too_long_is_refused (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *longest = g_strnfill (SW_SYMPTOM_ENTRY_NOTE_MAX_CHARS, 'x');
  g_autofree char *too_long = g_strnfill (SW_SYMPTOM_ENTRY_NOTE_MAX_CHARS + 1, 'x');
  GtkLabel *message;

  gtk_editable_set_text (note_row (fixture), too_long);
  message = label_reading (fixture,
                           "The note is 2001 characters long; the most a note can hold is 2000.");
  g_assert_nonnull (message);
  g_assert_true (is_shown (GTK_WIDGET (message)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (note_row (fixture)), "error"));

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (button_labelled (fixture, "_Save Entry"))));
  gtk_widget_activate_action (page_widget (fixture), "journal.save", NULL);
  g_signal_emit_by_name (note_row (fixture), "entry-activated");
  g_assert_cmpuint (count_entries (fixture), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==, too_long);

  gtk_editable_set_text (note_row (fixture), longest);
  g_assert_false (is_shown (GTK_WIDGET (message)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button_labelled (fixture, "_Save Entry"))));
  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.save", NULL));
  g_assert_cmpuint (count_entries (fixture), ==, 1);
}

/* The body area and side of the newest entry are there for the next. */
static void
test_prefills_from_latest_entry (Fixture       *fixture,
                                 gconstpointer  data)
{
  add_entry (fixture, local_us (8, 9, 0), SW_BODY_AREA_FOOT, SW_SIDE_RIGHT, 1, "");
  add_entry (fixture, local_us (9, 9, 0), SW_BODY_AREA_LOWER_BACK, SW_SIDE_LEFT, 2, "");
  present_page (fixture);

  g_assert_cmpuint (adw_combo_row_get_selected (area_row (fixture)), ==, SW_BODY_AREA_LOWER_BACK);
  g_assert_true (gtk_toggle_button_get_active (toggle (fixture, "Left")));
  assert_form_blank (fixture);
}

/* ------------------------------------------------------------------------ */
/* Failures                                                                 */

static void
test_failed_save_keeps_the_form (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *reason;
  GtkLabel *notice;
  GtkWidget *error_label = NULL;

  /* The same file, opened for reading only. */
  g_clear_object (&fixture->journal);
  fixture->journal = open_journal (fixture, SW_JOURNAL_OPEN_READ_ONLY);
  reason = sw_journal_get_read_only_reason (fixture->journal);
  g_assert_nonnull (reason);
  present_page (fixture);

  /* The tab says what is wrong before anything is typed. */
  notice = label_reading (fixture, reason);
  g_assert_nonnull (notice);
  g_assert_true (is_shown (GTK_WIDGET (notice)));

  fill_form (fixture, "Must not be lost");
  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.save", NULL));

  g_assert_cmpuint (count_entries (fixture), ==, 0);
  /* Everything is still in the form, and the reason is on screen. */
  g_assert_cmpuint (adw_combo_row_get_selected (area_row (fixture)), ==, SW_BODY_AREA_THIGH);
  g_assert_true (gtk_toggle_button_get_active (toggle (fixture, "Right")));
  g_assert_cmpfloat (gtk_range_get_value (pain_scale (fixture)), ==, 6);
  g_assert_true (gtk_toggle_button_get_active (toggle (fixture, "Numbness")));
  g_assert_true (gtk_toggle_button_get_active (toggle (fixture, "Sitting")));
  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==, "Must not be lost");

  {
    g_autofree char *text = g_strdup_printf ("Your entry was not saved and is still in the "
                                             "form. %s", reason);
    error_label = GTK_WIDGET (label_reading (fixture, text));
  }
  g_assert_nonnull (error_label);
  g_assert_true (is_shown (error_label));
  g_assert_null (sw_journal_page_get_last_toast (fixture->page));
}

static void
test_unavailable_journal (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = g_error_new_literal (SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_TOO_NEW,
                                                 "The journal was written by a newer Sitwell & "
                                                 "has not been changed.");
  SwJournalPage *page;
  GtkWidget *status;

  sw_journal_page_set_journal (fixture->page, NULL, error);
  g_assert_null (sw_journal_page_get_journal (fixture->page));

  status = find (page_widget (fixture), is_status_page_titled, "The Journal Cannot Be Opened");
  g_assert_nonnull (status);
  g_assert_true (is_shown (status));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==,
                   "The journal was written by a newer Sitwell &amp; has not been changed.");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (button_labelled (fixture, "_Save Entry"))));

  /* And back. */
  sw_journal_page_set_journal (fixture->page, fixture->journal, NULL);
  g_assert_false (is_shown (status));

  /* A page that never had a journal says so too. */
  page = g_object_new (SW_TYPE_JOURNAL_PAGE, NULL);
  g_object_ref_sink (page);
  sw_journal_page_set_journal (page, NULL, error);
  status = find (GTK_WIDGET (page), is_status_page_titled, "The Journal Cannot Be Opened");
  g_assert_true (is_shown (status));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==,
                   "The journal was written by a newer Sitwell &amp; has not been changed.");
  g_assert_finalize_object (page);
}

/* ------------------------------------------------------------------------ */
/* History                                                                  */

static void
test_empty_history_says_what_to_do (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWidget *empty = GTK_WIDGET (label_reading (fixture, "No Entries Yet"));

  g_assert_nonnull (empty);
  g_assert_true (is_shown (empty));

  add_entry (fixture, local_us (10, 9, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 3, "");
  g_assert_false (is_shown (empty));
}

/* Other tabs write to the journal; the history shows it at once, each kind
 * with its own line. */
static void
test_history_follows_the_journal (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(SwJournalCheck) check = sw_journal_check_new ("LIKELY_MUSCULAR");
  g_autoptr(GError) error = NULL;

  sw_journal_add_break_event (fixture->journal, local_us (10, 10, 5), SW_JOURNAL_BREAK_COMPLETED,
                              300, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (history_row (fixture, "Break taken"));

  g_assert_true (sw_journal_add_check (fixture->journal, check, &error));
  g_assert_nonnull (history_row (fixture, "Symptom check: Likely muscle soreness"));

  sw_journal_add_exercise_session (fixture->journal, local_us (9, 18, 0), "office", NULL, 480,
                                   TRUE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (history_row (fixture, "Exercises: Office Worker plan"));
  g_assert_nonnull (label_reading (fixture, "Yesterday"));

  sw_journal_add_compress_session (fixture->journal, local_us (8, 18, 0),
                                   SW_JOURNAL_COMPRESS_WARM, 900, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (history_row (fixture, "Warm compress"));
  g_assert_nonnull (label_reading (fixture, "Sun 8 Mar"));

  sw_journal_add_posture_check (fixture->journal, local_us (8, 19, 0), 64, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (history_row (fixture, "Posture check: 64 out of 100"));
}

static void
test_edit_through_the_row (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(SwSymptomEntry) saved = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  GtkWidget *row;

  id = add_entry (fixture, local_us (9, 8, 30), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 4, "Stiff");

  /* Something half-typed for a new entry is kept aside during the edit. */
  gtk_editable_set_text (note_row (fixture), "half-typed");

  row = history_row (fixture, "Calf, Left · 4 · Moderate");
  g_assert_nonnull (row);
  gtk_widget_activate (row);

  g_assert_cmpint (sw_journal_page_get_editing_id (fixture->page), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==, "Stiff");
  g_assert_cmpfloat (gtk_range_get_value (pain_scale (fixture)), ==, 4);
  g_assert_true (gtk_toggle_button_get_active (toggle (fixture, "Left")));
  g_assert_nonnull (button_labelled (fixture, "_Save Changes"));
  g_assert_nonnull (label_reading (fixture, "Logged Yesterday, 08:30"));

  gtk_range_set_value (pain_scale (fixture), 7);
  gtk_editable_set_text (note_row (fixture), "Worse after the meeting");
  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.save", NULL));

  /* The same entry, changed, with its time kept. */
  g_assert_cmpuint (count_entries (fixture), ==, 1);
  saved = sw_journal_get_entry (fixture->journal, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sw_symptom_entry_get_pain (saved), ==, 7);
  g_assert_cmpstr (sw_symptom_entry_get_note (saved), ==, "Worse after the meeting");
  g_assert_cmpint (sw_symptom_entry_get_created (saved), ==, local_us (9, 8, 30));
  g_assert_cmpint (sw_symptom_entry_get_modified (saved), >, 0);
  g_assert_nonnull (history_row (fixture, "Calf, Left · 7 · Severe"));
  assert_toast (fixture, "Entry updated", TRUE);

  /* Back to a new entry, with the half-typed note given back. */
  g_assert_cmpint (sw_journal_page_get_editing_id (fixture->page), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==, "half-typed");
  g_assert_nonnull (button_labelled (fixture, "_Save Entry"));

  /* Undo puts the old version back. */
  click_undo (fixture);
  g_clear_object (&saved);
  saved = sw_journal_get_entry (fixture->journal, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sw_symptom_entry_get_pain (saved), ==, 4);
  g_assert_cmpstr (sw_symptom_entry_get_note (saved), ==, "Stiff");
  g_assert_nonnull (history_row (fixture, "Calf, Left · 4 · Moderate"));

  /* Cancel leaves the entry as it was. */
  gtk_widget_activate (history_row (fixture, "Calf, Left · 4 · Moderate"));
  gtk_range_set_value (pain_scale (fixture), 9);
  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.cancel-edit", NULL));
  g_assert_cmpint (sw_journal_page_get_editing_id (fixture->page), ==, 0);
  g_clear_object (&saved);
  saved = sw_journal_get_entry (fixture->journal, id, &error);
  g_assert_cmpint (sw_symptom_entry_get_pain (saved), ==, 4);
  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==, "half-typed");
}

/* The row's menu offers Edit and Delete for symptom entries only. */
static void
test_delete_through_the_menu (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *action = NULL;
  g_autofree char *uuid = NULL;
  GtkWidget *row, *menu_button;
  GMenuModel *menu;
  gint64 id;

  id = add_entry (fixture, local_us (10, 9, 15), SW_BODY_AREA_FOOT, SW_SIDE_BOTH, 2, "");
  sw_journal_add_break_event (fixture->journal, local_us (10, 10, 0), SW_JOURNAL_BREAK_SKIPPED, -1,
                              NULL, NULL);
  entries = all_entries (fixture);
  uuid = g_strdup (sw_symptom_entry_get_uuid (g_ptr_array_index (entries, 0)));
  g_clear_pointer (&entries, g_ptr_array_unref);

  g_assert_null (find (history_row (fixture, "Break skipped"), is_menu_button, NULL));

  row = history_row (fixture, "Foot, Both sides · 2 · Mild");
  menu_button = find (row, is_menu_button, NULL);
  g_assert_nonnull (menu_button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s",
                                                  &action));
  g_assert_cmpstr (action, ==, "journal.edit-entry");
  g_clear_pointer (&action, g_free);
  g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_ACTION, "s",
                                                  &action));
  g_assert_cmpstr (action, ==, "journal.delete-entry");
  target = g_menu_model_get_item_attribute_value (menu, 1, G_MENU_ATTRIBUTE_TARGET, NULL);
  g_assert_cmpint (g_variant_get_int64 (target), ==, id);

  /* What the menu item does, from where the menu is. */
  g_assert_true (gtk_widget_activate_action_variant (menu_button, action, target));

  g_assert_cmpuint (count_entries (fixture), ==, 0);
  g_assert_null (history_row (fixture, "Foot, Both sides · 2 · Mild"));
  assert_toast (fixture, "Entry deleted", TRUE);

  click_undo (fixture);
  entries = all_entries (fixture);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpint (sw_symptom_entry_get_id (g_ptr_array_index (entries, 0)), ==, id);
  g_assert_cmpstr (sw_symptom_entry_get_uuid (g_ptr_array_index (entries, 0)), ==, uuid);
  g_assert_nonnull (history_row (fixture, "Foot, Both sides · 2 · Mild"));
}

/* Deleting the entry being edited ends the edit. */
static void
test_delete_while_editing (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 id = add_entry (fixture, local_us (10, 9, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 5, "x");

  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.edit-entry", "x", id));
  g_assert_cmpint (sw_journal_page_get_editing_id (fixture->page), ==, id);
  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.delete-entry", "x",
                                             id));
  g_assert_cmpint (sw_journal_page_get_editing_id (fixture->page), ==, 0);
  assert_form_blank (fixture);

  /* A row for an entry that is gone says so. */
  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.edit-entry", "x", id));
  assert_error_dialog ("Could Not Open the Entry", "This entry is no longer in the journal.");
  g_assert_cmpint (sw_journal_page_get_editing_id (fixture->page), ==, 0);
}

static void
test_show_more (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *show_more;

  /* 40 days before 10 March. */
  add_entry (fixture, local_us (10, 9, 0) - 40 * G_TIME_SPAN_DAY, SW_BODY_AREA_CALF,
             SW_SIDE_LEFT, 8, "");

  g_assert_null (history_row (fixture, "Calf, Left · 8 · Severe"));
  g_assert_nonnull (label_reading (fixture, "Nothing in the last 30 days."));
  show_more = sw_test_find_row_by_title (page_widget (fixture), "Show _More");
  g_assert_true (is_shown (show_more));

  gtk_widget_activate (show_more);
  g_assert_nonnull (history_row (fixture, "Calf, Left · 8 · Severe"));
  g_assert_nonnull (label_reading (fixture, "Thu 29 Jan"));
  g_assert_false (is_shown (show_more));
}

/* ------------------------------------------------------------------------ */
/* Trend                                                                    */

static void
test_chart_summary_matches_data (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *expected_week =
    "Pain averaged 3.0 over the last 7 days, down from 6.0; you took 2 breaks.";
  g_autoptr(SwJournalTrend) trend = NULL;
  g_autoptr(GError) error = NULL;
  SwTrendChart *trend_chart = chart (fixture);
  const SwJournalDay *days;
  guint n_days;
  char *problem;

  /* The week before: 6. This week: 2 and 4, and two breaks. */
  add_entry (fixture, local_us (1, 9, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 6, "");
  add_entry (fixture, local_us (5, 9, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 2, "");
  add_entry (fixture, local_us (10, 9, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 4, "");
  sw_journal_add_break_event (fixture->journal, local_us (10, 10, 0), SW_JOURNAL_BREAK_COMPLETED,
                              300, NULL, &error);
  sw_journal_add_break_event (fixture->journal, local_us (9, 10, 0), SW_JOURNAL_BREAK_NATURAL,
                              600, NULL, &error);
  g_assert_no_error (error);

  /* 30 days at first: all three entries, none before. */
  g_assert_cmpstr (sw_trend_chart_get_summary (trend_chart), ==,
                   "Pain averaged 4.0 over the last 30 days; you took 2 breaks.");
  days = sw_journal_trend_get_days (sw_trend_chart_get_trend (trend_chart), &n_days);
  g_assert_cmpuint (n_days, ==, 30);

  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.trend-days", "i", 7));
  g_assert_true (gtk_toggle_button_get_active (toggle (fixture, "7 Days")));
  g_assert_false (gtk_toggle_button_get_active (toggle (fixture, "30 Days")));

  days = sw_journal_trend_get_days (sw_trend_chart_get_trend (trend_chart), &n_days);
  g_assert_cmpuint (n_days, ==, 7);
  g_assert_cmpint (days[1].max_pain, ==, 2);
  g_assert_cmpint (days[6].max_pain, ==, 4);
  g_assert_cmpuint (days[6].breaks_taken, ==, 1);

  /* The chart, the sentence under it and what screen readers hear agree
   * with what core makes of the journal. */
  trend = sw_journal_get_trend (fixture->journal, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sw_journal_trend_get_summary (trend), ==, expected_week);
  g_assert_cmpstr (sw_trend_chart_get_summary (trend_chart), ==, expected_week);
  g_assert_nonnull (label_reading (fixture, expected_week));
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (trend_chart),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                expected_week);
  g_assert_null (problem);

  /* A new entry today moves the figures at once. */
  add_entry (fixture, local_us (10, 11, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 10, "");
  g_assert_cmpstr (sw_trend_chart_get_summary (trend_chart), ==,
                   "Pain averaged 6.0 over the last 7 days, the same as before; "
                   "you took 2 breaks.");

  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.trend-days", "i", 90));
  days = sw_journal_trend_get_days (sw_trend_chart_get_trend (trend_chart), &n_days);
  g_assert_cmpuint (n_days, ==, 90);
  g_assert_true (gtk_toggle_button_get_active (toggle (fixture, "90 Days")));
}

/* Under the trend, a row opens the doctor report through the app's action. */
static void
test_report_row (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *row = sw_test_find_row_by_title (GTK_WIDGET (fixture->page),
                                              _("Report for Your _Doctor"));

  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==,
                   "app.doctor-report");
}

/* The drawing function works on any cairo surface, as a report needs. */
static void
test_chart_draws_on_any_surface (void)
{
  const SwTrendChartColors colors = {
    .foreground = { 0, 0, 0, 1 },
    .grid = { 0, 0, 0, 0.1f },
    .pain = { 0.1f, 0.4f, 0.8f, 1 },
    .breaks = { 0.1f, 0.5f, 0.3f, 1 },
  };
  SwJournalDay days[3] = { { .max_pain = 7, .breaks_taken = 0 },
                           { .max_pain = -1, .breaks_taken = 12 },
                           { .max_pain = 0, .breaks_taken = 3 } };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_t *cr = cairo_create (surface);
  guchar *pixels;
  int stride;
  gboolean any_pain = FALSE, any_bar = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_date_set_dmy (&days[i].date, (GDateDay) (8 + i), G_DATE_MARCH, 2026);

  sw_trend_chart_draw (cr, 400, 200, days, G_N_ELEMENTS (days), &colors, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);

  /* Pain in its colour and the bars in theirs both reached the page. */
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 200; y++)
    for (int x = 0; x < 400; x++)
      {
        guint32 p = *(guint32 *) (pixels + y * stride + x * 4);
        guint8 a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

        if (a == 255 && b > 150 && r < 60)
          any_pain = TRUE;
        if (a > 60 && a < 200 && g > b && g > r)
          any_bar = TRUE;
      }
  g_assert_true (any_pain);
  g_assert_true (any_bar);

  /* Nothing to show, and too small to draw: no harm done. */
  sw_trend_chart_draw (cr, 400, 200, NULL, 0, &colors, NULL);
  sw_trend_chart_draw (cr, 10, 10, days, G_N_ELEMENTS (days), &colors, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ------------------------------------------------------------------------ */
/* Export and import                                                        */

static void
test_export_and_import (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *csv_path = g_build_filename (fixture->dir, "export.csv", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "bad.csv", NULL);
  g_autofree char *missing_path = g_build_filename (fixture->dir, "no", "such.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gint64 id;

  id = add_entry (fixture, local_us (9, 9, 0), SW_BODY_AREA_CALF, SW_SIDE_LEFT, 3, "=1+1");
  add_entry (fixture, local_us (10, 9, 0), SW_BODY_AREA_THIGH, SW_SIDE_RIGHT, 5, "");

  g_assert_true (sw_journal_page_export_to_file (fixture->page, csv));
  assert_toast (fixture, "Exported 2 entries", FALSE);
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, SW_JOURNAL_CSV_HEADER));
  g_assert_nonnull (strstr (contents, "'=1+1"));

  g_assert_false (sw_journal_page_export_to_file (fixture->page, missing));
  {
    g_autofree char *why = g_strdup_printf ("Error opening file “%s”: "
                                            "No such file or directory", missing_path);

    assert_error_dialog ("Could Not Export the Journal", why);
  }

  /* Everything already there. */
  g_assert_true (sw_journal_page_import_from_file (fixture->page, csv));
  assert_toast (fixture, "All 2 entries in the file are already in the journal", FALSE);
  g_assert_cmpuint (count_entries (fixture), ==, 2);

  /* One deleted, then imported back: one new, one already there. */
  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.delete-entry", "x",
                                             id));
  g_assert_true (sw_journal_page_import_from_file (fixture->page, csv));
  assert_toast (fixture, "Imported 1 entry, 1 already there", FALSE);
  g_assert_cmpuint (count_entries (fixture), ==, 2);
  g_assert_nonnull (history_row (fixture, "Calf, Left · 3 · Mild"));

  /* A damaged file: the line is named, nothing is half-imported. */
  g_clear_pointer (&contents, g_free);
  contents = g_strconcat (SW_JOURNAL_CSV_HEADER "\r\n",
                          "0b6f7c52-6a4e-4f5e-9a8e-1f2b3c4d5e6f,2026-03-01T09:00:00+00:00,,"
                          "calf,left,2,,,\r\n",
                          "7d0e2a4c-3b1f-4c8d-a2e6-9f8e7d6c5b4a,2026-03-02T09:00:00+00:00,,"
                          "calf,left,eleven,,,\r\n", NULL);
  g_assert_true (g_file_set_contents (bad_path, contents, -1, &error));
  g_assert_false (sw_journal_page_import_from_file (fixture->page, bad));
  g_assert_cmpuint (count_entries (fixture), ==, 2);
  assert_error_dialog ("Nothing Was Imported",
                       "Line 3: the pain score “eleven” is not a whole number from 0 to 10.");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  /* The chart's description is checked: GTK's test accessibility backend
   * records it without a screen reader. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  setlocale (LC_ALL, "");
  sw_test_isolate_dirs ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/sitwell/ui/journal-page/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
#define ADD_UNPRESENTED(path, func) \
  g_test_add ("/sitwell/ui/journal-page/" path, Fixture, "later", fixture_set_up, func, \
              fixture_tear_down)

  ADD ("logs-an-entry", test_logs_an_entry);
  ADD ("enter-in-note-saves", test_enter_in_note_saves);
  ADD ("note-too-long-is-refused", test_note_too_long_is_refused);
  ADD_UNPRESENTED ("prefills-from-latest-entry", test_prefills_from_latest_entry);
  ADD_UNPRESENTED ("failed-save-keeps-the-form", test_failed_save_keeps_the_form);
  ADD ("unavailable-journal", test_unavailable_journal);
  ADD ("empty-history-says-what-to-do", test_empty_history_says_what_to_do);
  ADD ("history-follows-the-journal", test_history_follows_the_journal);
  ADD ("edit-through-the-row", test_edit_through_the_row);
  ADD ("delete-through-the-menu", test_delete_through_the_menu);
  ADD ("delete-while-editing", test_delete_while_editing);
  ADD ("show-more", test_show_more);
  ADD ("chart-summary-matches-data", test_chart_summary_matches_data);
  ADD ("report-row-opens-the-report", test_report_row);
  g_test_add_func ("/sitwell/ui/journal-page/chart-draws-on-any-surface",
                   test_chart_draws_on_any_surface);
  ADD ("export-and-import", test_export_and_import);

#undef ADD
#undef ADD_UNPRESENTED

  return g_test_run ();
}
