/* sw-application.c: the app: one window, actions, command line
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-application.h"

#include <glib/gi18n.h>
#include <signal.h>

#include "sw-break-window.h"
#include "sw-care-state.h"
#include "sw-preferences-window.h"
#include "sw-report-dialog.h"
#include "sw-report-render.h"
#include "sw-settings.h"
#include "sw-system-clock.h"
#include "sw-triage.h"
#include "sw-window.h"

struct _SwApplication
{
  AdwApplication     parent_instance;

  GSettings         *settings;
  SwRemindersClient *reminders;
  SwJournal         *journal;
  /* Why the journal could not be opened, shown where it is needed. */
  GError            *journal_error;
  /* The start-up message that the journal is read-only, while shown. */
  AdwToast          *read_only_toast;
  SwBreakWindow     *break_window;
  /* The window's reminder while notifications are unavailable, and
   * whether this due reminder had it (closing it does not bring it back). */
  AdwToast          *due_prompt;
  gboolean           due_prompted;
  /* Says the reminder service keeps stopping, until it runs again. */
  AdwToast          *stopped_toast;
  /* `--start-break` on the first instance: show the break, not the window. */
  gboolean           start_break_on_activate;
};

G_DEFINE_FINAL_TYPE (SwApplication, sw_application, ADW_TYPE_APPLICATION)

/* Exit status for answers or arguments the command line cannot use. */
#define EXIT_BAD_INPUT 2

static const GOptionEntry main_entries[] = {
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "check", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Evaluate symptom-check answers given as key=value pairs separated by commas, "
       "print the result as JSON and exit"),
    N_("ANSWERS") },
  { "check-rules", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the symptom check's questions and rules as Markdown and exit"), NULL },
  { "start-break", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Start a break now"), NULL },
  { "report", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a one-page PDF summary of the journal for a doctor to FILE and exit"),
    N_("FILE") },
  { "days", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --report: how many days the summary covers, from 1 to 365 (default 30)"),
    N_("N") },
  { NULL }
};

/* `sitwell --check`: no window, no display. */
static int
run_check (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SwTriageAnswers) answers = sw_triage_answers_parse (text, &error);
  g_autoptr(SwTriageResult) result = NULL;
  g_autofree char *json = NULL;

  if (answers == NULL)
    {
      g_printerr ("sitwell: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  result = sw_triage_evaluate (answers);
  json = sw_triage_result_to_json (result);
  g_print ("%s\n", json);

  return EXIT_SUCCESS;
}

static int
run_check_rules (void)
{
  g_autofree char *markdown = sw_triage_rules_to_markdown ();

  g_print ("%s", markdown);

  return EXIT_SUCCESS;
}

/* The profile as the report dialog includes it by default: the kind of day,
 * and each condition that is set. Nothing when the schema is not installed. */
static void
read_report_profile (SwReportOptions  *options,
                     char            **kind_of_day)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL)
    return;

  settings = g_settings_new (APP_ID);
  *kind_of_day = g_settings_get_string (settings, SW_SETTINGS_KEY_KIND_OF_DAY);
  options->kind_of_day = *kind_of_day;
  options->pregnant = g_settings_get_boolean (settings, SW_SETTINGS_KEY_PREGNANT);
  options->spine_surgery = g_settings_get_boolean (settings, SW_SETTINGS_KEY_SPINE_SURGERY);
  options->spinal_stenosis = g_settings_get_boolean (settings, SW_SETTINGS_KEY_SPINAL_STENOSIS);
}

/* `sitwell --report FILE [--days N]`: no window, no display. The journal is
 * only read: nothing is created or updated just to report on it. */
static int
run_report (const char *path,
            const char *days_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) journal_file = sw_journal_get_default_file ();
  g_autoptr(SwClock) clock = sw_system_clock_new_from_env ();
  g_autoptr(SwJournal) journal = NULL;
  g_autoptr(SwReportData) data = NULL;
  g_autofree char *kind_of_day = NULL;
  g_autofree char *display_name = NULL;
  SwReportOptions options = { 0 };
  guint64 days = SW_REPORT_DEFAULT_DAYS;
  guint n_pages = 0;

  if (days_text != NULL &&
      !g_ascii_string_to_unsigned (days_text, 10, 1, SW_REPORT_MAX_DAYS, &days, NULL))
    {
      /* Translators: %s is what was given after --days. */
      g_printerr (_("sitwell: --days takes a whole number of days from 1 to 365, such as 14, "
                    "30 or 90, not “%s”.\n"), days_text);
      return EXIT_BAD_INPUT;
    }

  if (*path == '\0')
    {
      g_printerr (_("sitwell: --report needs the name of the PDF file to write.\n"));
      return EXIT_BAD_INPUT;
    }

  read_report_profile (&options, &kind_of_day);

  journal = sw_journal_open_full (journal_file, clock, SW_JOURNAL_OPEN_READ_ONLY, &error);
  if (journal != NULL)
    data = sw_report_data_new (journal, (guint) days, &options, &error);
  else if (g_error_matches (error, SW_JOURNAL_ERROR, SW_JOURNAL_ERROR_NOT_FOUND))
    {
      /* No journal yet: a report that says there is nothing in it. */
      g_autoptr(GDateTime) now = sw_clock_get_now_local (clock);

      g_clear_error (&error);
      data = sw_report_data_new_empty (now, (guint) days, &options);
    }

  if (data == NULL)
    {
      g_printerr ("sitwell: %s\n", error->message);
      return EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (path);
  if (!sw_report_save_pdf (data, file, &n_pages, &error))
    {
      /* Translators: %s says why, e.g. "No such file or directory". */
      g_printerr (_("sitwell: The report could not be saved: %s\n"), error->message);
      return EXIT_BAD_INPUT;
    }

  display_name = g_file_get_parse_name (file);
  /* Translators: the first %s is a file name; then the number of pages. */
  g_print (ngettext ("Saved the report to %s (%u page).\n",
                     "Saved the report to %s (%u pages).\n", n_pages),
           display_name, n_pages);

  return EXIT_SUCCESS;
}

static int
sw_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  const char *answers;
  const char *report_path;
  const char *days = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("sitwell %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "check", "&s", &answers))
    return run_check (answers);

  if (g_variant_dict_contains (options, "check-rules"))
    return run_check_rules ();

  g_variant_dict_lookup (options, "days", "&s", &days);
  if (g_variant_dict_lookup (options, "report", "^&ay", &report_path))
    return run_report (report_path, days);
  if (days != NULL)
    {
      g_printerr (_("sitwell: --days goes with --report FILE.\n"));
      return EXIT_BAD_INPUT;
    }

  if (g_variant_dict_contains (options, "start-break"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("sitwell: %s\n", error->message);
          return EXIT_FAILURE;
        }

      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "start-break", NULL);
          return EXIT_SUCCESS;
        }

      SW_APPLICATION (app)->start_break_on_activate = TRUE;
    }

  return G_APPLICATION_CLASS (sw_application_parent_class)->handle_local_options (app, options);
}

static GtkWindow *
get_main_window (SwApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (SW_IS_WINDOW (l->data))
        return GTK_WINDOW (l->data);
    }

  return NULL;
}

/* Where a damaged journal went, said in full, with the path: a toast
 * would cut it short. @entries_kept: whether what the journal held went
 * on into the new one. */
static void
show_journal_moved (GtkWindow *parent,
                    GFile     *kept,
                    gboolean   entries_kept)
{
  g_autofree char *path = g_file_get_path (kept);
  g_autofree char *message = NULL;
  GtkWidget *dialog;

  if (entries_kept)
    /* Translators: %s is the path where the file that took the journal's
     * place, damaged or not a journal at all, was kept. */
    message = g_strdup_printf (_("Something overwrote or replaced your journal file while Sitwell "
                                 "was open. Sitwell kept that file as %s and carried all your "
                                 "entries over to a new journal file, so nothing you saved is "
                                 "lost."), path);
  else
    /* Translators: %s is the path of the damaged journal, kept aside. */
    message = g_strdup_printf (_("Your journal was damaged and could not be read. Sitwell "
                                 "kept it as %s and started a new one."), path);

  dialog = adw_message_dialog_new (parent, _("Your Journal File Was Damaged"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A message about the journal, shown until the person closes it. */
static AdwToast *
new_journal_toast (const char *message)
{
  /* A toast's title is markup in libadwaita 1.2; paths and messages are not. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 0);
  return toast;
}

/* The journal found its file damaged or replaced while the app ran, and
 * went on in a fresh one: the save that found it went there. */
static void
journal_recovered_cb (SwApplication *self,
                      GFile         *kept,
                      gboolean       entries_kept)
{
  GtkWindow *window = get_main_window (self);

  /* Saves are made in the window; without one, the next one says it. */
  if (window != NULL)
    show_journal_moved (window, kept, entries_kept);
}

/* A save found the folder writable again: the start-up message is over. */
static void
journal_read_only_changed_cb (SwApplication *self)
{
  if (!sw_journal_is_read_only (self->journal) && self->read_only_toast != NULL)
    adw_toast_dismiss (self->read_only_toast);
}

static void
open_journal (SwApplication *self)
{
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(SwClock) clock = sw_system_clock_new_from_env ();

  /* A folder that cannot be written yet still leaves the form usable. */
  self->journal = sw_journal_open_full (file, clock, SW_JOURNAL_OPEN_IN_MEMORY_FALLBACK,
                                        &self->journal_error);
  if (self->journal == NULL)
    {
      g_debug ("Journal unavailable: %s", self->journal_error->message);
      return;
    }

  g_signal_connect_object (self->journal, "recovered", G_CALLBACK (journal_recovered_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->journal, "notify::read-only",
                           G_CALLBACK (journal_read_only_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Tells the person, once, what happened to their journal at start-up. */
static void
report_journal_state (SwApplication *self,
                      SwWindow      *window)
{
  AdwToast *toast = NULL;
  GFile *moved;

  if (self->journal == NULL)
    toast = new_journal_toast (self->journal_error->message);
  else if ((moved = sw_journal_get_moved_aside_file (self->journal)) != NULL)
    show_journal_moved (GTK_WINDOW (window), moved, FALSE);
  else if (sw_journal_is_read_only (self->journal))
    {
      /* The Journal tab says why in full, with the path a toast would cut.
       * Taken back when a save finds the journal writable again. */
      toast = adw_toast_new (_("Entries cannot be saved right now"));
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-tab");
      adw_toast_set_action_target_value (toast, g_variant_new_string ("journal"));
      g_set_weak_pointer (&self->read_only_toast, toast);
    }

  if (toast != NULL)
    sw_window_add_toast (window, toast);
}

static void
sw_application_activate (GApplication *app)
{
  SwApplication *self = SW_APPLICATION (app);
  GtkWindow *window = get_main_window (self);

  if (self->start_break_on_activate)
    {
      self->start_break_on_activate = FALSE;
      g_action_group_activate_action (G_ACTION_GROUP (self), "start-break", NULL);
      return;
    }

  if (window == NULL)
    {
      window = GTK_WINDOW (sw_window_new (self));
      gtk_window_present (window);
      report_journal_state (self, SW_WINDOW (window));
      return;
    }

  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  SwApplication *self = user_data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_destroy (window);
    }
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SwApplication *self = user_data;
  SwPreferencesWindow *preferences = sw_preferences_window_new (self->settings);
  g_autoptr(GFile) journal_file = self->journal != NULL
                                  ? g_object_ref (sw_journal_get_file (self->journal))
                                  : sw_journal_get_default_file ();
  g_autoptr(GFile) journal_folder = g_file_get_parent (journal_file);

  sw_preferences_window_set_journal_folder (preferences, journal_folder);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), get_main_window (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
doctor_report_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  SwApplication *self = user_data;
  SwReportDialog *dialog = sw_report_dialog_new (self->journal, self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), get_main_window (self));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  SwApplication *self = user_data;
  const char *developers[] = { _("The Sitwell authors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_main_window (self),
                        "application-name", _("Sitwell"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Sitwell authors"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_WEBSITE "/issues",
                        "copyright", "© 2026 The Sitwell authors",
                        "comments",
                        _("A self-care companion for people who sit at a desk all day: "
                          "stand-up reminders, a symptom check, a symptom journal, "
                          "a posture guide and guided exercises.\n\n"
                          "Sitwell is not a medical device and does not diagnose anything. "
                          "If you are worried about your health, contact a doctor, "
                          "whatever the app says."),
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
add_toast (SwApplication *self,
           AdwToast      *toast)
{
  GtkWindow *window = get_main_window (self);

  if (window != NULL)
    sw_window_add_toast (SW_WINDOW (window), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
break_window_closed_without_answer_cb (SwApplication *self)
{
  AdwToast *toast = adw_toast_new (_("Break skipped"));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "app.start-break");
  add_toast (self, toast);
}

/* One exercise from the person's plan for the break, or NULL when none is
 * safe now (a same-day check result stands). */
static const SwExercise *
pick_break_exercise (SwApplication *self)
{
  g_autoptr(SwClock) clock = sw_system_clock_new_from_env ();
  g_autoptr(GError) error = NULL;
  SwCareState care;

  if (!sw_care_state_load (&care, self->journal, self->settings, clock, &error))
    g_debug ("Could not read the journal for the break: %s", error->message);

  return sw_care_state_pick_break_exercise (&care);
}

static void
start_break_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SwApplication *self = user_data;
  gint64 break_us = g_settings_get_int (self->settings, SW_SETTINGS_KEY_BREAK_MINUTES) *
                    G_TIME_SPAN_MINUTE;

  if (self->break_window != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->break_window));
      return;
    }

  if (self->reminders != NULL &&
      sw_reminders_client_get_available (self->reminders) &&
      g_strcmp0 (sw_reminders_client_get_state (self->reminders), "on-break") != 0)
    sw_reminders_client_take_break_now (self->reminders);

  self->break_window = sw_break_window_new (self->reminders, break_us);
  sw_break_window_set_exercise (self->break_window, pick_break_exercise (self));
  g_object_add_weak_pointer (G_OBJECT (self->break_window), (gpointer *) &self->break_window);
  gtk_window_set_application (GTK_WINDOW (self->break_window), GTK_APPLICATION (self));
  g_signal_connect_object (self->break_window, "closed-without-answer",
                           G_CALLBACK (break_window_closed_without_answer_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->break_window));
}

/* Shows @toast in the window and keeps a pointer to it while it is shown. */
static void
add_tracked_toast (SwApplication  *self,
                   AdwToast       *toast,
                   AdwToast      **where)
{
  g_clear_weak_pointer (where);
  g_set_weak_pointer (where, toast);
  add_toast (self, toast);
}

/* libadwaita 1.2 frees a toast that is dismissed while it is still
 * sliding in and then crashes when the slide ends (fixed in 1.3, commit
 * 1674ebc9); that slide takes at most half a second. */
#define TOAST_DISMISS_DELAY_MS 1000

static gboolean
dismiss_toast_cb (gpointer user_data)
{
  adw_toast_dismiss (ADW_TOAST (user_data));

  return G_SOURCE_REMOVE;
}

/* Takes the toast down a moment later, whenever it was shown. */
static void
dismiss_tracked_toast (AdwToast **where)
{
  AdwToast *toast = *where;

  if (toast == NULL)
    return;

  g_clear_weak_pointer (where);
  g_timeout_add_full (G_PRIORITY_DEFAULT, TOAST_DISMISS_DELAY_MS, dismiss_toast_cb,
                      g_object_ref (toast), g_object_unref);
}

/* Without a notification server the window is the only place to say a
 * reminder is due. This follows the state and NotificationsAvailable, not
 * BreakDue alone, so a server that leaves while a reminder waits is
 * covered however the service reports it. The prompt goes when the
 * reminder is answered, wherever, and when a server comes back: the
 * service then shows the waiting reminder through it. */
static void
update_due_prompt (SwApplication *self)
{
  AdwToast *toast;

  if (g_strcmp0 (sw_reminders_client_get_state (self->reminders), "due") != 0 ||
      sw_reminders_client_get_notifications_available (self->reminders))
    {
      self->due_prompted = FALSE;
      dismiss_tracked_toast (&self->due_prompt);
      return;
    }

  if (self->due_prompted)
    return;

  self->due_prompted = TRUE;
  toast = adw_toast_new (_("Time to stand up. Desktop notifications are unavailable, "
                           "so Sitwell reminds you here."));
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (toast, _("Start _Break"));
  adw_toast_set_action_name (toast, "app.start-break");
  add_tracked_toast (self, toast, &self->due_prompt);
}

/* Back after a crash. Said only when the person would notice: the service
 * normally carries on with its schedule, but when it lost it a countdown or
 * a waiting reminder starts over (a pause is put back as it was). */
static void
reminders_restarted_cb (SwApplication *self,
                        gboolean       schedule_reset)
{
  if (schedule_reset)
    add_toast (self, adw_toast_new (_("Reminders stopped and were restarted")));
}

/* The journal sees only this process's writes; the service's break events
 * reach the pages through this. */
static void
reminders_journal_changed_cb (SwApplication *self)
{
  if (self->journal != NULL)
    g_signal_emit_by_name (self->journal, "changed", SW_JOURNAL_ITEM_BREAK);
}

static void
reminders_gave_up_cb (SwApplication *self)
{
  AdwToast *toast;

  if (!sw_reminders_client_get_gave_up (self->reminders))
    {
      dismiss_tracked_toast (&self->stopped_toast);
      return;
    }

  toast = adw_toast_new (_("Reminders keep stopping"));
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Try Again"));
  adw_toast_set_action_name (toast, "app.start-reminders");
  add_tracked_toast (self, toast, &self->stopped_toast);
}

static void
reminders_call_failed_cb (SwApplication *self,
                          const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  add_toast (self, adw_toast_new (escaped));
}

static void
start_reminders_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  SwApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->reminders != NULL && !sw_reminders_client_start_service (self->reminders, &error))
    reminders_call_failed_cb (self, error->message);
}

static void
reminders_enabled_changed_cb (SwApplication *self)
{
  if (g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_REMINDERS_ENABLED))
    sw_reminders_client_ensure_service (self->reminders);
}

static void
watch_reminders (SwApplication *self)
{
  GDBusConnection *connection = g_application_get_dbus_connection (G_APPLICATION (self));

  if (connection == NULL)
    return;

  self->reminders = sw_reminders_client_new (connection);
  /* Restarted if it stops while reminders are on. */
  sw_reminders_client_set_settings (self->reminders, self->settings);
  g_signal_connect_object (self->reminders, "break-due",
                           G_CALLBACK (update_due_prompt), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminders, "notify::state",
                           G_CALLBACK (update_due_prompt), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminders, "notify::notifications-available",
                           G_CALLBACK (update_due_prompt), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminders, "restarted",
                           G_CALLBACK (reminders_restarted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminders, "journal-changed",
                           G_CALLBACK (reminders_journal_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminders, "notify::gave-up",
                           G_CALLBACK (reminders_gave_up_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminders, "call-failed",
                           G_CALLBACK (reminders_call_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::" SW_SETTINGS_KEY_REMINDERS_ENABLED,
                           G_CALLBACK (reminders_enabled_changed_cb), self, G_CONNECT_SWAPPED);
  reminders_enabled_changed_cb (self);
}

static const GActionEntry app_entries[] = {
  { "start-break", start_break_activated },
  { "start-reminders", start_reminders_activated },
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "doctor-report", doctor_report_activated },
  { "about", about_activated },
};

static void
sw_application_startup (GApplication *app)
{
  SwApplication *self = SW_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *help_overlay_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (sw_application_parent_class)->startup (app);

  /* Past a file-size limit, writes fail with EFBIG, which the journal
   * reports as a full disk, rather than the signal ending the app. */
  signal (SIGXFSZ, SIG_IGN);

  /* Made here, not in init, so the command-line modes need no schema. */
  self->settings = g_settings_new (APP_ID);
  open_journal (self);
  watch_reminders (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  /* SwWindow builds the shortcuts window on demand: GtkApplication, which
   * would have built one per window, does not set its shortcut then. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         help_overlay_accels);
}

static void
sw_application_dispose (GObject *object)
{
  SwApplication *self = SW_APPLICATION (object);

  g_clear_weak_pointer (&self->due_prompt);
  g_clear_weak_pointer (&self->stopped_toast);
  g_clear_object (&self->reminders);
  g_clear_weak_pointer (&self->read_only_toast);
  g_clear_object (&self->journal);
  g_clear_error (&self->journal_error);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sw_application_parent_class)->dispose (object);
}

static void
sw_application_class_init (SwApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sw_application_dispose;

  app_class->handle_local_options = sw_application_handle_local_options;
  app_class->activate = sw_application_activate;
  app_class->startup = sw_application_startup;
}

static void
sw_application_init (SwApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("A self-care companion for people who sit at a desk all day."));
}

SwApplication *
sw_application_new (void)
{
  return g_object_new (SW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

GSettings *
sw_application_get_settings (SwApplication *self)
{
  g_return_val_if_fail (SW_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* The reminder service as the app sees it; %NULL without a session bus. */
SwRemindersClient *
sw_application_get_reminders_client (SwApplication *self)
{
  g_return_val_if_fail (SW_IS_APPLICATION (self), NULL);

  return self->reminders;
}

/* The one journal every page shares; %NULL when it could not be opened. */
SwJournal *
sw_application_get_journal (SwApplication *self)
{
  g_return_val_if_fail (SW_IS_APPLICATION (self), NULL);

  return self->journal;
}

/* Why sw_application_get_journal() is %NULL, in words a person understands. */
const GError *
sw_application_get_journal_error (SwApplication *self)
{
  g_return_val_if_fail (SW_IS_APPLICATION (self), NULL);

  return self->journal_error;
}
