/* test-journal-faults.c: the real window keeps the person's entries
 * through what happens to the journal file while the app runs
 *
 * Each test starts the real SwApplication, whose journal is the real file
 * in the test's data folder, opens the real SwWindow on the Journal tab,
 * saves an entry through the form as a person would, does something to the
 * file or the disk (issue #9), saves again, and checks what the window says
 * and what the journal on disk holds.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "sw-application.h"
#include "sw-fault-inject.h"
#include "sw-journal-page.h"
#include "sw-settings.h"
#include "sw-system-clock.h"
#include "sw-test-utils.h"
#include "sw-window.h"

typedef struct _Fixture Fixture;
typedef void (*Scenario) (Fixture *fixture);

struct _Fixture
{
  char          *path;
  char          *dir;
  SwApplication *app;
  SwWindow      *window;
  SwJournalPage *page;
  Scenario       scenario;
  GBytes        *garbage;
};

/* ------------------------------------------------------------------------ */
/* Finding what is on screen                                                */

typedef struct
{
  const char *part;
  GtkWidget  *found;
} LabelSearch;

static void
find_label (GtkWidget   *widget,
            LabelSearch *search)
{
  if (search->found != NULL)
    return;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), search->part) != NULL)
    {
      search->found = widget;
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_label (child, search);
}

/* The text of the label on screen that holds @part, or NULL. */
static const char *
text_on_screen (Fixture    *fixture,
                const char *part)
{
  LabelSearch search = { part, NULL };

  find_label (GTK_WIDGET (fixture->window), &search);

  return search.found != NULL ? gtk_label_get_text (GTK_LABEL (search.found)) : NULL;
}

/* Whether no label on screen holds @part, once a closing toast is gone. */
static gboolean
wait_for_text_gone (Fixture    *fixture,
                    const char *part)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gboolean gone;

  while (!(gone = text_on_screen (fixture, part) == NULL) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return gone;
}

/* The same, for a toast, which is on screen once the main loop has run. */
static const char *
wait_for_text (Fixture    *fixture,
               const char *part)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  const char *text;

  while ((text = text_on_screen (fixture, part)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return text;
}

/* The shown button labelled @label, in a toast too. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
page_widget (Fixture *fixture)
{
  return GTK_WIDGET (fixture->page);
}

static GtkEditable *
note_row (Fixture *fixture)
{
  return GTK_EDITABLE (sw_test_find_row_by_title (page_widget (fixture), "_Note"));
}

static GtkRange *
pain_scale (Fixture *fixture)
{
  return GTK_RANGE (sw_test_find_widget_of_type (page_widget (fixture), GTK_TYPE_SCALE));
}

/* ------------------------------------------------------------------------ */
/* The app                                                                  */

static void
remove_journal_folder (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_rmdir (fixture->dir);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = sw_journal_get_default_file ();

  fixture->path = g_file_get_path (file);
  fixture->dir = g_path_get_dirname (fixture->path);
  /* Every test has the one data folder of this program: empty it. */
  remove_journal_folder (fixture);
}

/* What the person does once the window is up, run from the app's
 * activate; closing the window at the end quits the app. */
static void
app_activated_cb (GApplication *app,
                  Fixture      *fixture)
{
  fixture->window = SW_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (fixture->window);
  g_object_ref (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 1000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-tab", "s",
                                             "journal"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  fixture->page = SW_JOURNAL_PAGE (sw_test_find_widget_of_type (GTK_WIDGET (fixture->window),
                                                                SW_TYPE_JOURNAL_PAGE));
  g_assert_nonnull (fixture->page);

  fixture->scenario (fixture);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  fixture->page = NULL;
}

/* Runs the app as `sitwell` does, its journal the file in this program's
 * data folder, and @scenario in its window. When it returns, the app has
 * quit and closed the journal. */
static void
run_app (Fixture  *fixture,
         Scenario  scenario)
{
  fixture->app = sw_application_new ();
  /* Each run registers anew on the test's bus. */
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  fixture->scenario = scenario;
  g_signal_connect_after (fixture->app, "activate", G_CALLBACK (app_activated_cb), fixture);

  g_assert_cmpint (g_application_run (G_APPLICATION (fixture->app), 0, NULL), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&fixture->app));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->garbage, g_bytes_unref);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Fills the form and presses Save (Ctrl+Enter does the same). */
static void
save_entry (Fixture    *fixture,
            const char *note)
{
  gtk_range_set_value (pain_scale (fixture), 4);
  gtk_editable_set_text (note_row (fixture), note);
  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.save", NULL));
}

static void
assert_saved (Fixture *fixture)
{
  AdwToast *toast = sw_journal_page_get_last_toast (fixture->page);

  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Entry saved");
  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==, "");
  g_assert_cmpfloat (gtk_range_get_value (pain_scale (fixture)), ==, 0);
  g_assert_null (text_on_screen (fixture, "Your entry was not saved"));
}

/* The entry is still in the form, with the reason under it. */
static void
assert_kept_in_form (Fixture    *fixture,
                     const char *note,
                     const char *reason_part)
{
  g_autofree char *expected = NULL;
  const char *shown;

  g_assert_cmpstr (gtk_editable_get_text (note_row (fixture)), ==, note);
  g_assert_cmpfloat (gtk_range_get_value (pain_scale (fixture)), ==, 4);

  shown = text_on_screen (fixture, "Your entry was not saved and is still in the form.");
  g_assert_nonnull (shown);
  g_assert_nonnull (strstr (shown, reason_part));
}

/* The notes in the file at the journal's path, oldest first, joined with
 * "|", as the next start of the app will find them. */
static char *
notes_on_disk (Fixture *fixture)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->path);
  g_autoptr(SwClock) clock = sw_system_clock_new (1.0);
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  journal = sw_journal_open_full (file, clock, SW_JOURNAL_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  return sw_fault_journal_notes (journal);
}

/* A dialog says, in full, where the damaged file is kept, and it is there,
 * holding exactly what took the journal's place. */
static void
assert_told_where_kept (Fixture    *fixture,
                        const char *message_start,
                        GBytes     *garbage)
{
  SwJournal *journal = sw_application_get_journal (fixture->app);
  GFile *kept = sw_journal_get_moved_aside_file (journal);
  AdwMessageDialog *dialog = sw_test_find_message_dialog ();
  g_autofree char *kept_path = NULL;
  g_autoptr(GBytes) kept_bytes = NULL;
  const char *body;

  g_assert_nonnull (kept);
  kept_path = g_file_get_path (kept);
  kept_bytes = sw_fault_read_file (kept_path);
  g_assert_true (g_bytes_equal (kept_bytes, garbage));

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (fixture->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Your Journal File Was Damaged");
  body = adw_message_dialog_get_body (dialog);
  g_assert_true (g_str_has_prefix (body, message_start));
  g_assert_nonnull (strstr (body, kept_path));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (sw_test_find_message_dialog ());
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */

/* Garbage written over the journal while the app runs: the next save
 * lands in a fresh journal with everything saved before, and the window
 * says where the damaged file is. */
static void
overwrite_while_open (Fixture *fixture)
{
  g_autoptr(GBytes) garbage = sw_fault_garbage (16384);

  save_entry (fixture, "before the damage");
  assert_saved (fixture);

  sw_fault_overwrite_in_place (fixture->path, garbage);
  save_entry (fixture, "after the damage");

  assert_saved (fixture);
  assert_told_where_kept (fixture, "Something overwrote or replaced your journal file while "
                                   "Sitwell was open. Sitwell kept that file as ", garbage);
}

/* A file renamed over the journal while the app runs: the app would go on
 * writing to a file that no longer has a name. It notices at the save. */
static void
replace_while_open (Fixture *fixture)
{
  g_autoptr(GBytes) garbage = sw_fault_garbage (4096);

  save_entry (fixture, "before the swap");
  sw_fault_replace_by_rename (fixture->path, garbage);
  save_entry (fixture, "after the swap");

  assert_saved (fixture);
  assert_told_where_kept (fixture, "Something overwrote or replaced your journal file",
                          garbage);
}

static void
save_yesterday (Fixture *fixture)
{
  save_entry (fixture, "yesterday");
  assert_saved (fixture);
}

static gboolean
run_yesterday (Fixture *fixture)
{
  run_app (fixture, save_yesterday);
  return TRUE;
}

/* Garbage over a journal the app read from disk: nothing of it can be
 * carried over, and the window says a new journal was started. */
static void
overwrite_what_was_read (Fixture *fixture)
{
  g_autoptr(GBytes) garbage = sw_fault_garbage (16384);

  sw_fault_overwrite_in_place (fixture->path, garbage);
  save_entry (fixture, "today");

  assert_saved (fixture);
  assert_told_where_kept (fixture, "Your journal was damaged and could not be read. Sitwell "
                                   "kept it as ", garbage);
}

/* A journal that was garbage before the app started: the window says at
 * once where it was kept, and saving works in the new one. */
static gboolean
write_garbage_journal (Fixture *fixture)
{
  fixture->garbage = sw_fault_garbage (4096);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->path, g_bytes_get_data (fixture->garbage, NULL),
                                      (gssize) g_bytes_get_size (fixture->garbage), NULL));
  return TRUE;
}

static void
save_after_damage_at_start (Fixture *fixture)
{
  assert_told_where_kept (fixture, "Your journal was damaged and could not be read. Sitwell "
                                   "kept it as ", fixture->garbage);
  save_entry (fixture, "first in the new journal");
  assert_saved (fixture);
}

/* A data folder that cannot be written, from the start: the window says
 * why nothing can be saved, a save keeps the entry in the form with the
 * reason, and once the folder can be written to the same save works,
 * without a restart. */
static gboolean
make_data_folder_read_only (Fixture *fixture)
{
  const char *why_not = NULL;

  if (!sw_fault_read_only_supported (&why_not))
    {
      g_test_skip (why_not);
      return FALSE;
    }

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  sw_fault_make_read_only (g_get_user_data_dir ());
  return TRUE;
}

static void
save_in_read_only_folder (Fixture *fixture)
{
  SwJournal *journal = sw_application_get_journal (fixture->app);
  g_autofree char *reason = g_strdup (sw_journal_get_read_only_reason (journal));
  GtkWidget *details;

  /* Said at start, and in full above the form for as long as it holds. */
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "read-only"));
  g_assert_nonnull (wait_for_text (fixture, "Entries cannot be saved right now"));
  /* Its Details button, from another tab, shows the Journal tab. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-tab", "s",
                                             "check"));
  details = find_button (GTK_WIDGET (fixture->window), "_Details");
  g_assert_nonnull (details);
  g_signal_emit_by_name (details, "clicked");
  g_assert_cmpstr (sw_window_get_visible_tab (fixture->window), ==, "journal");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_nonnull (text_on_screen (fixture, reason));
  g_assert_nonnull (text_on_screen (fixture, "Once this is fixed, save it again; there is no "
                                             "need to restart Sitwell."));

  save_entry (fixture, "typed while read-only");
  assert_kept_in_form (fixture, "typed while read-only", reason);
  g_assert_null (sw_journal_page_get_last_toast (fixture->page));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  sw_fault_make_writable (g_get_user_data_dir ());
  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.save", NULL));

  assert_saved (fixture);
  /* Neither the start-up message nor the notice stays. */
  g_assert_false (sw_journal_is_read_only (journal));
  g_assert_true (wait_for_text_gone (fixture, "Entries cannot be saved right now"));
  g_assert_null (text_on_screen (fixture, reason));
}

/* The disk fills up while the app runs: the save says so and keeps the
 * entry; what was saved stays; the save works once there is room. */
static void
save_on_full_disk (Fixture *fixture)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *notes = NULL;

  save_entry (fixture, "before the disk filled");
  assert_saved (fixture);

  sw_fault_limit_file_size (sw_fault_file_size (wal));
  save_entry (fixture, "typed on a full disk");
  sw_fault_unlimit_file_size ();

  assert_kept_in_form (fixture, "typed on a full disk", "is full. Free some space and try again.");
  notes = notes_on_disk (fixture);
  g_assert_cmpstr (notes, ==, "before the disk filled");

  g_assert_true (gtk_widget_activate_action (page_widget (fixture), "journal.save", NULL));
  assert_saved (fixture);
}

/* One fault: what comes before the app starts, what the person does in
 * the window while it happens, and what the journal holds after. */
typedef struct
{
  const char *path;
  gboolean  (*prepare) (Fixture *fixture);
  Scenario    in_window;
  const char *on_disk;
} Case;

static const Case cases[] = {
  { "overwritten-while-open", NULL, overwrite_while_open,
    "before the damage|after the damage" },
  { "replaced-while-open", NULL, replace_while_open, "before the swap|after the swap" },
  { "overwritten-starts-afresh", run_yesterday, overwrite_what_was_read, "today" },
  { "damaged-at-start", write_garbage_journal, save_after_damage_at_start,
    "first in the new journal" },
  { "read-only-folder", make_data_folder_read_only, save_in_read_only_folder,
    "typed while read-only" },
  { "disk-full", NULL, save_on_full_disk, "before the disk filled|typed on a full disk" },
};

static void
test_case (Fixture       *fixture,
           gconstpointer  data)
{
  const Case *test = data;
  g_autofree char *notes = NULL;

  if (test->prepare != NULL && !test->prepare (fixture))
    return;

  run_app (fixture, test->in_window);

  notes = notes_on_disk (fixture);
  g_assert_cmpstr (notes, ==, test->on_disk);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettings) settings = NULL;

  setlocale (LC_ALL, "");
  sw_test_isolate_dirs ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The reminder daemon is another test's business. */
  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, SW_SETTINGS_KEY_REMINDERS_ENABLED, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/sitwell/ui/journal-faults/", cases[i].path, NULL);

      g_test_add (path, Fixture, &cases[i], fixture_set_up, test_case, fixture_tear_down);
    }

  return g_test_run ();
}
