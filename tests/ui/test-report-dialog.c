/* test-report-dialog.c: "Report for Your Doctor": period, what to include, save, print
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sw-fake-clock.h"
#include "sw-report-dialog.h"
#include "sw-report-fixture.h"
#include "sw-settings.h"
#include "sw-test-utils.h"

typedef struct
{
  SwFakeClock    *clock;
  SwJournal      *journal;
  GSettings      *settings;
  SwReportDialog *dialog;
  char           *folder;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  fixture->folder = g_dir_make_tmp ("sitwell-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "journal.db", NULL);
  file = g_file_new_for_path (path);

  fixture->clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  fixture->journal = sw_journal_open (file, SW_CLOCK (fixture->clock), &error);
  g_assert_no_error (error);
  sw_report_fixture_fill (fixture->journal, 30, &error);
  g_assert_no_error (error);

  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, SW_SETTINGS_KEY_KIND_OF_DAY);
  g_settings_reset (fixture->settings, SW_SETTINGS_KEY_PREGNANT);
  g_settings_reset (fixture->settings, SW_SETTINGS_KEY_SPINE_SURGERY);
  g_settings_reset (fixture->settings, SW_SETTINGS_KEY_SPINAL_STENOSIS);

  fixture->dialog = sw_report_dialog_new (fixture->journal, fixture->settings);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->dialog));
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_remove (path);
    }
  g_rmdir (folder);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_ref (fixture->dialog);
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_assert_finalize_object (fixture->dialog);

  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->journal);
  g_clear_object (&fixture->clock);
  remove_folder (fixture->folder);
  g_free (fixture->folder);
}

static GtkWidget *
find_switch (Fixture    *fixture,
             const char *row_title)
{
  GtkWidget *row = sw_test_find_row_by_title (GTK_WIDGET (fixture->dialog), row_title);

  g_assert_nonnull (row);
  return adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
}

/* The toggle button whose label is @label. */
static GtkWidget *
find_toggle (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TOGGLE_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;

      found = find_toggle (child, label);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_pdf (GFile *file,
        guint *n_pages)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, NULL))
    return FALSE;

  /* The page tree says how many pages there are: "/Count N". Streams
   * may hold NUL bytes, so search by length. */
  *n_pages = 0;
  for (gsize i = 0; i + 7 < length; i++)
    if (memcmp (contents + i, "/Count ", 7) == 0)
      {
        *n_pages = (guint) g_ascii_strtoull (contents + i + 7, NULL, 10);
        break;
      }

  return length > 5 && memcmp (contents, "%PDF-", 5) == 0;
}

static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *days_14 = find_toggle (GTK_WIDGET (fixture->dialog), _("14 Days"));
  GtkWidget *days_30 = find_toggle (GTK_WIDGET (fixture->dialog), _("30 Days"));
  GtkWidget *days_90 = find_toggle (GTK_WIDGET (fixture->dialog), _("90 Days"));
  SwReportData *report;

  g_assert_nonnull (days_14);
  g_assert_nonnull (days_90);

  /* Thirty days unless told otherwise, and that button is down. */
  g_assert_cmpint (sw_report_dialog_get_days (fixture->dialog), ==, 30);
  report = sw_report_dialog_get_data (fixture->dialog);
  g_assert_cmpuint (sw_report_data_get_n_days (report), ==, 30);
  g_assert_cmpuint (sw_report_data_get_n_days_logged (report), ==, 19);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (days_30)));
  g_assert_cmpuint (sw_report_dialog_get_n_pages (fixture->dialog), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "report.days", "i",
                                             14));
  g_assert_cmpint (sw_report_dialog_get_days (fixture->dialog), ==, 14);
  report = sw_report_dialog_get_data (fixture->dialog);
  g_assert_cmpuint (sw_report_data_get_n_days (report), ==, 14);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (days_14)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (days_30)));

  /* Clicking a button is the same action. */
  g_signal_emit_by_name (days_90, "clicked");
  g_assert_cmpint (sw_report_dialog_get_days (fixture->dialog), ==, 90);
  g_assert_cmpuint (sw_report_data_get_n_days (sw_report_dialog_get_data (fixture->dialog)), ==,
                    90);
}

static void
test_includes (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *notes_switch = find_switch (fixture, _("Notes"));
  GtkWidget *kind_switch = find_switch (fixture, _("Kind of Day"));
  GtkWidget *conditions_switch = find_switch (fixture, _("Health Conditions"));
  GtkWidget *conditions_row = sw_test_find_row_by_title (GTK_WIDGET (fixture->dialog),
                                                         _("Health Conditions"));
  GtkWidget *kind_row = sw_test_find_row_by_title (GTK_WIDGET (fixture->dialog), _("Kind of Day"));
  const SwReportOptions *options;
  guint n_notes;

  /* Everything is in by default; the kind of day says which. */
  options = sw_report_data_get_options (sw_report_dialog_get_data (fixture->dialog));
  g_assert_cmpstr (options->kind_of_day, ==, "office");
  g_assert_false (options->leave_out_notes);
  sw_report_data_get_notes (sw_report_dialog_get_data (fixture->dialog), &n_notes);
  g_assert_cmpuint (n_notes, ==, 10);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (notes_switch)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (kind_row)), ==,
                   _("Office worker"));

  /* No condition is set: nothing to include, and the row says so. */
  g_assert_false (gtk_widget_get_sensitive (conditions_row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (conditions_row)), ==,
                   _("None set in Preferences"));

  /* Notes out. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog),
                                             "report.include-notes", NULL));
  options = sw_report_data_get_options (sw_report_dialog_get_data (fixture->dialog));
  g_assert_true (options->leave_out_notes);
  sw_report_data_get_notes (sw_report_dialog_get_data (fixture->dialog), &n_notes);
  g_assert_cmpuint (n_notes, ==, 0);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (notes_switch)));

  /* The kind of day out, through its switch. */
  gtk_switch_set_active (GTK_SWITCH (kind_switch), FALSE);
  options = sw_report_data_get_options (sw_report_dialog_get_data (fixture->dialog));
  g_assert_null (options->kind_of_day);

  /* A condition set in Preferences appears at once, and can be left out. */
  g_settings_set_boolean (fixture->settings, SW_SETTINGS_KEY_PREGNANT, TRUE);
  g_settings_set_boolean (fixture->settings, SW_SETTINGS_KEY_SPINAL_STENOSIS, TRUE);
  g_assert_true (gtk_widget_get_sensitive (conditions_row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (conditions_row)),
                            _("Pregnant")));
  options = sw_report_data_get_options (sw_report_dialog_get_data (fixture->dialog));
  g_assert_true (options->pregnant);
  g_assert_true (options->spinal_stenosis);
  g_assert_false (options->spine_surgery);

  gtk_switch_set_active (GTK_SWITCH (conditions_switch), FALSE);
  options = sw_report_data_get_options (sw_report_dialog_get_data (fixture->dialog));
  g_assert_false (options->pregnant);
  g_assert_false (options->spinal_stenosis);

  g_settings_set_string (fixture->settings, SW_SETTINGS_KEY_KIND_OF_DAY, "older");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (kind_row)), ==,
                   _("Older adult"));
}

static void
test_follows_the_journal (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();
  g_autoptr(GError) error = NULL;
  guint before = sw_report_data_get_n_entries (sw_report_dialog_get_data (fixture->dialog));

  sw_symptom_entry_set_pain (entry, 9);
  sw_journal_add_entry (fixture->journal, entry, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (sw_report_data_get_n_entries (sw_report_dialog_get_data (fixture->dialog)),
                    ==, before + 1);
  g_assert_cmpint (sw_report_data_get_worst_pain (sw_report_dialog_get_data (fixture->dialog)),
                   ==, 9);
}

static void
test_save_and_print (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *pdf_path = g_build_filename (fixture->folder, "report.pdf", NULL);
  g_autofree char *printed_path = g_build_filename (fixture->folder, "printed.pdf", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->folder, "missing", "report.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) printed = g_file_new_for_path (printed_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  g_assert_true (sw_report_dialog_save_to (fixture->dialog, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (is_pdf (pdf, &n_pages));
  g_assert_cmpuint (n_pages, ==, 1);

  /* A folder that is not there: the error says so, nothing is written. */
  g_assert_false (sw_report_dialog_save_to (fixture->dialog, bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (bad, NULL));

  /* Printing goes through GtkPrintOperation with the same pages. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "report.days", "i",
                                             90));
  sw_report_dialog_print (fixture->dialog, GTK_PRINT_OPERATION_ACTION_EXPORT, printed);
  g_assert_true (is_pdf (printed, &n_pages));
  g_assert_cmpuint (n_pages, ==, sw_report_dialog_get_n_pages (fixture->dialog));
  g_assert_cmpuint (n_pages, <=, 2);
}

static void
test_without_journal (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  SwReportDialog *dialog = sw_report_dialog_new (NULL, settings);
  SwReportData *report;

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  report = sw_report_dialog_get_data (dialog);
  g_assert_true (sw_report_data_is_empty (report));
  g_assert_cmpuint (sw_report_data_get_n_days (report), ==, 30);
  g_assert_cmpuint (sw_report_dialog_get_n_pages (dialog), ==, 1);

  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SITWELL_LOCALEDIR"));
  textdomain (GETTEXT_PACKAGE);

  sw_test_isolate_dirs ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/sitwell/ui/report-dialog/" path, Fixture, NULL, \
              fixture_set_up, func, fixture_tear_down)

  ADD ("period", test_period);
  ADD ("what-to-include", test_includes);
  ADD ("follows-the-journal", test_follows_the_journal);
  ADD ("save-and-print", test_save_and_print);
  g_test_add_func ("/sitwell/ui/report-dialog/without-journal", test_without_journal);

#undef ADD

  return g_test_run ();
}
