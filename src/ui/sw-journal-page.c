/* sw-journal-page.c: the Journal tab
 *
 * A form to log how you feel, the trend chart and the history. The figures,
 * the sentences and the day arithmetic all come from core
 * (sw-journal-summary.h); this page shows them and forwards what the person
 * does to the journal. An entry is only cleared from the form once the
 * journal has it: when a save fails, the form keeps it and says why.
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-page.h"

#include <glib/gi18n.h>

#include "sw-journal-csv.h"
#include "sw-journal-history.h"
#include "sw-journal-summary.h"
#include "sw-symptom-form.h"
#include "sw-trend-chart.h"
#include "sw-window.h"

#define HISTORY_STEP    30    /* days the history shows at first, and adds each time */
#define DEFAULT_TREND   30

typedef enum
{
  UNDO_ADD,      /* entry: what was saved */
  UNDO_UPDATE,   /* entry: the version before the change */
  UNDO_DELETE,   /* entry: what was deleted */
} UndoKind;

typedef struct
{
  UndoKind        kind;
  SwSymptomEntry *entry;
} Undo;

struct _SwJournalPage
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  AdwStatusPage       *unavailable_page;
  GtkScrolledWindow   *scrolled_window;
  GtkWidget           *read_only_box;
  GtkLabel            *read_only_label;
  SwSymptomForm       *form;
  SwTrendChart        *trend_chart;
  GtkLabel            *trend_summary_label;
  SwJournalHistory    *history;

  SwJournal           *journal;
  gulong               changed_id;
  gulong               read_only_id;
  /* The saved version of the entry the form is changing, and what the
   * form held before that edit began. */
  SwSymptomEntry      *editing;
  SwSymptomEntry      *draft;
  Undo                *undo;
  AdwToast            *last_toast;
  GtkNativeDialog     *file_chooser;
  int                  trend_days;
  guint                history_days;
};

G_DEFINE_FINAL_TYPE (SwJournalPage, sw_journal_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TREND_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
undo_free (Undo *undo)
{
  if (undo == NULL)
    return;

  g_clear_object (&undo->entry);
  g_free (undo);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Undo, undo_free)

/* ------------------------------------------------------------------------ */
/* Toasts and errors                                                        */

static GtkWindow *
get_parent_window (SwJournalPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
last_toast_dismissed_cb (SwJournalPage *self,
                         AdwToast      *toast)
{
  if (self->last_toast == toast)
    g_clear_object (&self->last_toast);
}

/* Shows @toast (taking it) in the window's overlay. */
static void
show_toast (SwJournalPage *self,
            AdwToast      *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), SW_TYPE_WINDOW);
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (self->last_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->last_toast, self);
      /* Only the newest change can be undone: its toast replaces the old. */
      if (adw_toast_get_button_label (self->last_toast) != NULL)
        adw_toast_dismiss (self->last_toast);
      g_clear_object (&self->last_toast);
    }

  self->last_toast = g_object_ref (toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (last_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);

  if (window != NULL)
    sw_window_add_toast (SW_WINDOW (window), toast);
  else if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/* A toast title is markup: what it quotes must be escaped. */
static void
show_message (SwJournalPage *self,
              const char    *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  show_toast (self, adw_toast_new (escaped));
}

/* A failure the person should read in full: a toast would cut it short. */
static void
show_error (SwJournalPage *self,
            const char    *heading,
            const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (get_parent_window (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_toast_button_clicked_cb (SwJournalPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "journal.undo", NULL);
}

static void
show_undo_toast (SwJournalPage  *self,
                 const char     *title,
                 UndoKind        kind,
                 SwSymptomEntry *entry)
{
  AdwToast *toast = adw_toast_new (title);

  undo_free (self->undo);
  self->undo = g_new0 (Undo, 1);
  self->undo->kind = kind;
  self->undo->entry = sw_symptom_entry_copy (entry);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.undo", TRUE);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_toast_button_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  show_toast (self, toast);
}

/* ------------------------------------------------------------------------ */
/* New entries and edits                                                    */

static void
update_actions (SwJournalPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have_journal = self->journal != NULL;

  gtk_widget_action_set_enabled (widget, "journal.save",
                                 have_journal && sw_symptom_form_get_note_valid (self->form));
  gtk_widget_action_set_enabled (widget, "journal.cancel-edit", self->editing != NULL);
  gtk_widget_action_set_enabled (widget, "journal.undo", have_journal && self->undo != NULL);
  gtk_widget_action_set_enabled (widget, "journal.export", have_journal);
  gtk_widget_action_set_enabled (widget, "journal.import", have_journal);
  gtk_widget_action_set_enabled (widget, "journal.show-more", have_journal);
  gtk_widget_action_set_enabled (widget, "journal.edit-entry", have_journal);
  gtk_widget_action_set_enabled (widget, "journal.delete-entry", have_journal);
}

static void
update_form_mode (SwJournalPage *self)
{
  g_autofree char *logged = NULL;

  if (self->editing != NULL)
    {
      GDate today;

      sw_journal_get_today (self->journal, &today);
      logged = sw_journal_format_moment (sw_symptom_entry_get_created (self->editing), &today);
    }

  sw_symptom_form_set_editing (self->form, logged);
  update_actions (self);
}

/* Back to a new entry, with what the form held before the edit began. */
static void
leave_edit_mode (SwJournalPage *self)
{
  g_autoptr(SwSymptomEntry) draft = g_steal_pointer (&self->draft);

  if (self->editing == NULL)
    return;

  g_clear_object (&self->editing);
  if (draft != NULL)
    sw_symptom_form_set_entry (self->form, draft);
  else
    sw_symptom_form_clear (self->form);

  sw_symptom_form_show_save_error (self->form, NULL);
  update_form_mode (self);
}

static void
form_note_valid_changed_cb (SwJournalPage *self)
{
  update_actions (self);
}

/* ------------------------------------------------------------------------ */
/* Trend and history                                                        */

static void
refresh_trend (SwJournalPage *self)
{
  g_autoptr(SwJournalTrend) trend = NULL;
  g_autoptr(GError) error = NULL;

  trend = sw_journal_get_trend (self->journal, (guint) self->trend_days, &error);
  if (trend == NULL)
    {
      g_debug ("Could not read the trend: %s", error->message);
      sw_trend_chart_set_trend (self->trend_chart, NULL);
      gtk_label_set_text (self->trend_summary_label, error->message);
      return;
    }

  sw_trend_chart_set_trend (self->trend_chart, trend);
  gtk_label_set_text (self->trend_summary_label, sw_journal_trend_get_summary (trend));
}

static void
refresh_history (SwJournalPage *self)
{
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_older = FALSE;

  days = sw_journal_get_history (self->journal, self->history_days, &has_older, &error);
  if (days == NULL)
    {
      g_debug ("Could not read the history: %s", error->message);
      sw_journal_history_show_error (self->history, error->message);
      return;
    }

  sw_journal_history_show (self->history, days, has_older, self->history_days);
}

static void
refresh (SwJournalPage *self)
{
  if (self->journal == NULL)
    return;

  refresh_trend (self);
  refresh_history (self);
}

/* Another tab, or this page, wrote to the journal. */
static void
journal_changed_cb (SwJournalPage *self)
{
  refresh (self);
}

/* Why entries cannot be saved, above the form, for as long as it holds:
 * the journal tries again at each save, so it can go away. */
static void
update_read_only_notice (SwJournalPage *self)
{
  gboolean read_only = sw_journal_is_read_only (self->journal);

  gtk_widget_set_visible (self->read_only_box, read_only);
  gtk_label_set_text (self->read_only_label,
                      read_only ? sw_journal_get_read_only_reason (self->journal) : "");
}

/* The body area and side of the newest entry, so a daily log is quicker. */
static void
prefill_from_latest (SwJournalPage *self)
{
  g_autoptr(GPtrArray) history = NULL;

  history = sw_journal_get_history (self->journal, self->history_days, NULL, NULL);
  if (history == NULL)
    return;

  for (guint i = 0; i < history->len; i++)
    {
      SwJournalHistoryDay *day = g_ptr_array_index (history, i);

      for (guint j = 0; j < day->items->len; j++)
        {
          SwJournalItem *item = g_ptr_array_index (day->items, j);
          SwBodyArea area;
          SwSide side;

          if (item->type != SW_JOURNAL_ITEM_SYMPTOM)
            continue;

          if (sw_body_area_from_key (item->key, &area) && sw_side_from_key (item->sub_key, &side))
            sw_symptom_form_set_place (self->form, area, side);
          return;
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Actions                                                                  */

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (widget);
  g_autoptr(SwSymptomEntry) entry = NULL;
  g_autoptr(SwSymptomEntry) before = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (self->journal == NULL || !sw_symptom_form_get_note_valid (self->form))
    return;

  entry = sw_symptom_form_get_entry (self->form, self->editing);

  if (self->editing != NULL)
    {
      before = sw_symptom_entry_copy (self->editing);
      saved = sw_journal_update_entry (self->journal, entry, &error);
    }
  else
    saved = sw_journal_add_entry (self->journal, entry, &error);

  if (!saved)
    {
      g_debug ("Could not save the entry: %s", error->message);
      sw_symptom_form_show_save_error (self->form, error->message);
      return;
    }

  sw_symptom_form_show_save_error (self->form, NULL);

  if (before != NULL)
    {
      /* The draft before the edit was the person's; it comes back. */
      leave_edit_mode (self);
      show_undo_toast (self, _("Entry updated"), UNDO_UPDATE, before);
    }
  else
    {
      sw_symptom_form_clear (self->form);
      show_undo_toast (self, _("Entry saved"), UNDO_ADD, entry);
    }

  update_actions (self);
}

static void
cancel_edit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  leave_edit_mode (SW_JOURNAL_PAGE (widget));
}

static void
edit_entry_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (widget);
  g_autoptr(SwSymptomEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  if (self->journal == NULL)
    return;

  entry = sw_journal_get_entry (self->journal, g_variant_get_int64 (parameter), &error);
  if (entry == NULL)
    {
      show_error (self, _("Could Not Open the Entry"), error->message);
      return;
    }

  /* Keep what the person was writing, to give it back after the edit. */
  if (self->editing == NULL && !sw_symptom_form_is_blank (self->form))
    self->draft = sw_symptom_form_get_entry (self->form, NULL);

  g_set_object (&self->editing, entry);
  sw_symptom_form_set_entry (self->form, entry);
  sw_symptom_form_show_save_error (self->form, NULL);
  update_form_mode (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  sw_symptom_form_focus (self->form);
}

static void
delete_entry_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (widget);
  g_autoptr(SwSymptomEntry) deleted = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  if (self->journal == NULL)
    return;

  deleted = sw_journal_delete_entry (self->journal, id, &error);
  if (deleted == NULL)
    {
      show_error (self, _("Could Not Delete the Entry"), error->message);
      return;
    }

  if (self->editing != NULL && sw_symptom_entry_get_id (self->editing) == id)
    leave_edit_mode (self);

  show_undo_toast (self, _("Entry deleted"), UNDO_DELETE, deleted);
  update_actions (self);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (widget);
  g_autoptr(Undo) undo = g_steal_pointer (&self->undo);
  g_autoptr(SwSymptomEntry) removed = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  if (undo == NULL || self->journal == NULL)
    return;

  switch (undo->kind)
    {
    case UNDO_ADD:
      removed = sw_journal_delete_entry (self->journal, sw_symptom_entry_get_id (undo->entry),
                                         &error);
      done = removed != NULL;
      /* The person may want to correct it: it goes back into an empty form. */
      if (done && self->editing == NULL && sw_symptom_form_is_blank (self->form))
        sw_symptom_form_set_entry (self->form, removed);
      break;

    case UNDO_UPDATE:
      done = sw_journal_update_entry (self->journal, undo->entry, &error);
      break;

    case UNDO_DELETE:
      done = sw_journal_restore_entry (self->journal, undo->entry, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (self->last_toast != NULL && adw_toast_get_button_label (self->last_toast) != NULL)
    adw_toast_dismiss (self->last_toast);

  if (!done)
    {
      g_debug ("Could not undo: %s", error->message);
      self->undo = g_steal_pointer (&undo);
      show_error (self, _("Could Not Undo"), error->message);
    }

  update_actions (self);
}

static void
show_more_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (widget);

  self->history_days = MIN (self->history_days + HISTORY_STEP, SW_JOURNAL_MAX_RANGE_DAYS);
  refresh_history (self);
}

static GtkFileFilter *
csv_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");

  return filter;
}

static void
file_chooser_response_cb (SwJournalPage        *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    {
      if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE)
        sw_journal_page_export_to_file (self, file);
      else
        sw_journal_page_import_from_file (self, file);
    }

  g_clear_object (&self->file_chooser);
}

static void
open_file_chooser (SwJournalPage        *self,
                   const char           *title,
                   GtkFileChooserAction  action,
                   const char           *accept_label)
{
  g_autoptr(GtkFileFilter) filter = csv_filter ();
  GtkFileChooserNative *chooser;

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  chooser = gtk_file_chooser_native_new (title, get_parent_window (self), action,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_autofree char *name = NULL;
      char date[16];
      GDate today;

      sw_journal_get_today (self->journal, &today);
      g_date_strftime (date, sizeof date, "%Y-%m-%d", &today);
      /* Translators: the suggested name of an exported journal; %s is the
       * date, 2026-03-10. Keep it a valid file name. */
      name = g_strdup_printf (_("sitwell-journal-%s.csv"), date);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (widget);

  if (self->journal != NULL)
    open_file_chooser (self, _("Export Journal"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (widget);

  if (self->journal != NULL)
    open_file_chooser (self, _("Import Journal"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */

static void
sw_journal_page_map (GtkWidget *widget)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  GTK_WIDGET_CLASS (sw_journal_page_parent_class)->map (widget);

  /* The reminder daemon writes breaks from its own process, which this
   * journal object does not hear about: catch up when the tab is shown. */
  refresh (self);

  /* Logging is what the tab is for: the keyboard starts in the form. */
  if (self->journal != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, widget)))
    sw_symptom_form_focus (self->form);
}

static void
sw_journal_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (object);

  switch (prop_id)
    {
    case PROP_TREND_DAYS:
      g_value_set_int (value, self->trend_days);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_journal_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (object);

  switch (prop_id)
    {
    case PROP_TREND_DAYS:
      if (self->trend_days != g_value_get_int (value))
        {
          self->trend_days = g_value_get_int (value);
          if (self->journal != NULL)
            refresh_trend (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_journal_page_dispose (GObject *object)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  if (self->last_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->last_toast, self);
  g_clear_object (&self->last_toast);

  if (self->journal != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->journal);
      g_clear_signal_handler (&self->read_only_id, self->journal);
    }
  g_clear_object (&self->journal);

  /* The bin's child is a template child: let go of it first, or the
   * template and the bin would both unparent it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_JOURNAL_PAGE);

  G_OBJECT_CLASS (sw_journal_page_parent_class)->dispose (object);
}

static void
sw_journal_page_finalize (GObject *object)
{
  SwJournalPage *self = SW_JOURNAL_PAGE (object);

  g_clear_object (&self->editing);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->undo, undo_free);

  G_OBJECT_CLASS (sw_journal_page_parent_class)->finalize (object);
}

static void
sw_journal_page_class_init (SwJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_journal_page_dispose;
  object_class->finalize = sw_journal_page_finalize;
  object_class->get_property = sw_journal_page_get_property;
  object_class->set_property = sw_journal_page_set_property;

  widget_class->map = sw_journal_page_map;

  /**
   * SwJournalPage:trend-days:
   *
   * How many days the trend chart shows, ending today.
   */
  properties[PROP_TREND_DAYS] =
    g_param_spec_int ("trend-days", NULL, NULL, 1, SW_JOURNAL_MAX_RANGE_DAYS, DEFAULT_TREND,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SW_TYPE_JOURNAL_HISTORY);
  g_type_ensure (SW_TYPE_SYMPTOM_FORM);
  g_type_ensure (SW_TYPE_TREND_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sw-journal-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SwJournalPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SwJournalPage, unavailable_page);
  gtk_widget_class_bind_template_child (widget_class, SwJournalPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SwJournalPage, read_only_box);
  gtk_widget_class_bind_template_child (widget_class, SwJournalPage, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, SwJournalPage, form);
  gtk_widget_class_bind_template_child (widget_class, SwJournalPage, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, SwJournalPage, trend_summary_label);
  gtk_widget_class_bind_template_child (widget_class, SwJournalPage, history);
  gtk_widget_class_bind_template_callback (widget_class, form_note_valid_changed_cb);

  gtk_widget_class_install_action (widget_class, "journal.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "journal.cancel-edit", NULL,
                                   cancel_edit_activated);
  gtk_widget_class_install_action (widget_class, "journal.edit-entry", "x", edit_entry_activated);
  gtk_widget_class_install_action (widget_class, "journal.delete-entry", "x",
                                   delete_entry_activated);
  gtk_widget_class_install_action (widget_class, "journal.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "journal.show-more", NULL, show_more_activated);
  gtk_widget_class_install_action (widget_class, "journal.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "journal.import", NULL, import_activated);
  gtk_widget_class_install_property_action (widget_class, "journal.trend-days", "trend-days");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "journal.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "journal.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "journal.cancel-edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "journal.undo", NULL);
}

static void
sw_journal_page_init (SwJournalPage *self)
{
  self->trend_days = DEFAULT_TREND;
  self->history_days = HISTORY_STEP;

  gtk_widget_init_template (GTK_WIDGET (self));
  update_form_mode (self);
}

/**
 * sw_journal_page_set_journal:
 * @journal: (nullable): the journal to show and write to
 * @error: (nullable): why there is no journal, shown in its place
 */
void
sw_journal_page_set_journal (SwJournalPage *self,
                             SwJournal     *journal,
                             const GError  *error)
{
  g_return_if_fail (SW_IS_JOURNAL_PAGE (self));
  g_return_if_fail (journal == NULL || SW_IS_JOURNAL (journal));

  if (journal != NULL && self->journal == journal)
    return;

  if (self->journal != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->journal);
      g_clear_signal_handler (&self->read_only_id, self->journal);
    }
  g_clear_object (&self->journal);
  g_clear_object (&self->editing);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->undo, undo_free);
  sw_symptom_form_show_save_error (self->form, NULL);

  if (journal == NULL)
    {
      g_autofree char *escaped = NULL;

      escaped = g_markup_escape_text (error != NULL ? error->message
                                                    : _("Sitwell has no journal to show."), -1);
      adw_status_page_set_description (self->unavailable_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "unavailable");
      update_form_mode (self);
      return;
    }

  self->journal = g_object_ref (journal);
  self->changed_id = g_signal_connect_swapped (journal, "changed",
                                               G_CALLBACK (journal_changed_cb), self);
  self->read_only_id = g_signal_connect_swapped (journal, "notify::read-only",
                                                 G_CALLBACK (update_read_only_notice), self);
  update_read_only_notice (self);

  gtk_stack_set_visible_child_name (self->stack, "journal");
  prefill_from_latest (self);
  update_form_mode (self);
  refresh (self);
}

/**
 * sw_journal_page_get_journal:
 *
 * Returns: (transfer none) (nullable): the journal the page shows
 */
SwJournal *
sw_journal_page_get_journal (SwJournalPage *self)
{
  g_return_val_if_fail (SW_IS_JOURNAL_PAGE (self), NULL);

  return self->journal;
}

/**
 * sw_journal_page_export_to_file:
 *
 * Writes every entry to @file as CSV and tells the person how many, or
 * why not.
 */
gboolean
sw_journal_page_export_to_file (SwJournalPage *self,
                                GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_exported = 0;

  g_return_val_if_fail (SW_IS_JOURNAL_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->journal != NULL, FALSE);

  if (!sw_journal_csv_export_full (self->journal, file, &n_exported, NULL, &error))
    {
      g_debug ("Export failed: %s", error->message);
      show_error (self, _("Could Not Export the Journal"), error->message);
      return FALSE;
    }

  text = g_strdup_printf (ngettext ("Exported %u entry", "Exported %u entries", n_exported),
                          n_exported);
  show_message (self, text);
  return TRUE;
}

/**
 * sw_journal_page_import_from_file:
 *
 * Adds the entries in @file that are not in the journal yet, all or none,
 * and tells the person how many, or what is wrong with the file.
 */
gboolean
sw_journal_page_import_from_file (SwJournalPage *self,
                                  GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_imported = 0;
  guint n_skipped = 0;

  g_return_val_if_fail (SW_IS_JOURNAL_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->journal != NULL, FALSE);

  if (!sw_journal_csv_import (self->journal, file, &n_imported, &n_skipped, NULL, &error))
    {
      g_debug ("Import failed: %s", error->message);
      show_error (self, _("Nothing Was Imported"), error->message);
      return FALSE;
    }

  if (n_imported > 0 && n_skipped > 0)
    {
      g_autofree char *imported = NULL;
      g_autofree char *skipped = NULL;

      imported = g_strdup_printf (ngettext ("Imported %u entry", "Imported %u entries",
                                            n_imported), n_imported);
      skipped = g_strdup_printf (ngettext ("%u already there", "%u already there", n_skipped),
                                 n_skipped);
      /* Translators: joins "Imported 10 entries" and "3 already there". */
      text = g_strdup_printf (C_("import result", "%s, %s"), imported, skipped);
    }
  else if (n_imported > 0)
    text = g_strdup_printf (ngettext ("Imported %u entry", "Imported %u entries", n_imported),
                            n_imported);
  else if (n_skipped > 0)
    text = g_strdup_printf (ngettext ("The %u entry in the file is already in the journal",
                                      "All %u entries in the file are already in the journal",
                                      n_skipped), n_skipped);
  else
    text = g_strdup (_("The file has no entries to import"));

  show_message (self, text);
  return TRUE;
}

/**
 * sw_journal_page_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the last toast the page showed,
 *   while it is shown
 */
AdwToast *
sw_journal_page_get_last_toast (SwJournalPage *self)
{
  g_return_val_if_fail (SW_IS_JOURNAL_PAGE (self), NULL);

  return self->last_toast;
}

gint64
sw_journal_page_get_editing_id (SwJournalPage *self)
{
  g_return_val_if_fail (SW_IS_JOURNAL_PAGE (self), 0);

  return self->editing != NULL ? sw_symptom_entry_get_id (self->editing) : 0;
}
