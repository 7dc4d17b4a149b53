/* sw-report-dialog.c: "Report for Your Doctor": period, what to include, save or print
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-report-dialog.h"

#include <glib/gi18n.h>

#include "sw-report-render.h"
#include "sw-settings.h"
#include "sw-system-clock.h"

/* The preview, Save as PDF and Print all draw one SwReportLayout of the
 * same SwReportData, so what the person sees is what the doctor gets. */

struct _SwReportDialog
{
  AdwWindow             parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkDrawingArea       *preview;
  GtkLabel             *summary_label;
  AdwActionRow         *kind_of_day_row;
  AdwActionRow         *conditions_row;

  SwJournal            *journal;
  GSettings            *settings;
  int                   days;
  gboolean              include_kind_of_day;
  gboolean              include_conditions;
  gboolean              include_notes;

  SwReportData         *data;
  SwReportLayout       *layout;       /* on A4, for the preview and the PDF */
  SwReportLayout       *print_layout; /* on the printer's paper, while printing */
  GtkFileChooserNative *chooser;
  GFile                *saved_file;
};

G_DEFINE_FINAL_TYPE (SwReportDialog, sw_report_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_SETTINGS,
  PROP_DAYS,
  PROP_INCLUDE_KIND_OF_DAY,
  PROP_INCLUDE_CONDITIONS,
  PROP_INCLUDE_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_toast (SwReportDialog *self,
           AdwToast       *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The conditions set in Preferences, in words, or NULL for none. */
static char *
describe_conditions (SwReportDialog *self)
{
  g_autoptr(GPtrArray) set = g_ptr_array_new ();

  if (self->settings == NULL)
    return NULL;

  if (g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_PREGNANT))
    g_ptr_array_add (set, _("Pregnant"));
  if (g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_SPINE_SURGERY))
    g_ptr_array_add (set, _("After spine surgery"));
  if (g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_SPINAL_STENOSIS))
    g_ptr_array_add (set, _("Spinal stenosis"));

  if (set->len == 0)
    return NULL;

  g_ptr_array_add (set, NULL);
  /* Translators: between the conditions in the report dialog. */
  return g_strjoinv (C_("report list", ", "), (char **) set->pdata);
}

static void
update_rows (SwReportDialog *self)
{
  g_autofree char *kind_of_day = NULL;
  g_autofree char *conditions = describe_conditions (self);
  const char *label = NULL;

  if (self->settings != NULL)
    {
      kind_of_day = g_settings_get_string (self->settings, SW_SETTINGS_KEY_KIND_OF_DAY);
      label = sw_report_kind_of_day_get_label (kind_of_day);
    }

  adw_action_row_set_subtitle (self->kind_of_day_row, label != NULL ? label : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_of_day_row), label != NULL);

  adw_action_row_set_subtitle (self->conditions_row,
                               conditions != NULL ? conditions : _("None set in Preferences"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->conditions_row), conditions != NULL);
}

static void
make_options (SwReportDialog   *self,
              SwReportOptions  *options,
              char            **kind_of_day)
{
  *options = (SwReportOptions) { 0 };
  options->leave_out_notes = !self->include_notes;

  if (self->settings == NULL)
    return;

  if (self->include_kind_of_day)
    {
      *kind_of_day = g_settings_get_string (self->settings, SW_SETTINGS_KEY_KIND_OF_DAY);
      options->kind_of_day = *kind_of_day;
    }

  if (self->include_conditions)
    {
      options->pregnant = g_settings_get_boolean (self->settings, SW_SETTINGS_KEY_PREGNANT);
      options->spine_surgery = g_settings_get_boolean (self->settings,
                                                       SW_SETTINGS_KEY_SPINE_SURGERY);
      options->spinal_stenosis = g_settings_get_boolean (self->settings,
                                                         SW_SETTINGS_KEY_SPINAL_STENOSIS);
    }
}

/* Reads the journal again and lays the report out. */
static void
update_report (SwReportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kind_of_day = NULL;
  g_autofree char *summary = NULL;
  SwReportOptions options;
  SwReportData *data = NULL;
  guint n_pages;

  make_options (self, &options, &kind_of_day);

  if (self->journal != NULL)
    {
      data = sw_report_data_new (self->journal, (guint) self->days, &options, &error);
      if (data == NULL)
        {
          g_debug ("The report could not read the journal: %s", error->message);
          g_autofree char *message = g_markup_escape_text (error->message, -1);

          add_toast (self, adw_toast_new (message));
        }
    }

  if (data == NULL)
    {
      /* No journal to read: the report says there is nothing in it. */
      g_autoptr(SwClock) clock = sw_system_clock_new_from_env ();
      g_autoptr(GDateTime) now = sw_clock_get_now_local (clock);

      data = sw_report_data_new_empty (now, (guint) self->days, &options);
    }

  g_clear_pointer (&self->data, sw_report_data_unref);
  self->data = data;
  g_clear_pointer (&self->layout, sw_report_layout_free);
  self->layout = sw_report_layout_new (self->data, SW_REPORT_A4_WIDTH, SW_REPORT_A4_HEIGHT);

  n_pages = sw_report_layout_get_n_pages (self->layout);
  /* Translators: under the report's preview: its period, then its length,
   * e.g. "27 Oct 2026 to 25 Nov 2026 (30 days) · 1 page". */
  summary = g_strdup_printf (ngettext ("%s · %u page", "%s · %u pages", n_pages),
                             sw_report_layout_get_period (self->layout), n_pages);
  gtk_label_set_label (self->summary_label, summary);

  update_rows (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

/* The first page as a sheet of paper, scaled to fit. */
static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SwReportDialog *self = SW_REPORT_DIALOG (user_data);
  double scale = MIN ((width - 4) / SW_REPORT_A4_WIDTH, (height - 4) / SW_REPORT_A4_HEIGHT);
  double paper_width = SW_REPORT_A4_WIDTH * scale;
  double paper_height = SW_REPORT_A4_HEIGHT * scale;
  double x = floor ((width - paper_width) / 2);
  double y = floor ((height - paper_height) / 2);

  if (self->layout == NULL || scale <= 0)
    return;

  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x - 1, y - 1, paper_width + 2, paper_height + 3);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, paper_width, paper_height);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, paper_width, paper_height);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  sw_report_layout_draw_page (self->layout, cr, 0);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------ save */

static void
chooser_response_cb (SwReportDialog *self,
                     int             response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));

  g_clear_object (&self->chooser);

  if (file != NULL)
    sw_report_dialog_save_to (self, file, NULL);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SwReportDialog *self = SW_REPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = sw_report_get_file_name (self->data);

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Save Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_saved_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SwReportDialog *self = SW_REPORT_DIALOG (widget);
  g_autofree char *uri = NULL;

  if (self->saved_file == NULL)
    return;

  uri = g_file_get_uri (self->saved_file);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* ----------------------------------------------------------------- print */

static void
begin_print_cb (SwReportDialog    *self,
                GtkPrintContext   *context,
                GtkPrintOperation *operation)
{
  /* use-full-page with points: the context is the whole sheet, in points.
   * Paper smaller than a postcard gets an A5 layout, cut at the edges. */
  double width = MAX (gtk_print_context_get_width (context), 420);
  double height = MAX (gtk_print_context_get_height (context), 595);

  g_clear_pointer (&self->print_layout, sw_report_layout_free);
  self->print_layout = sw_report_layout_new (self->data, width, height);
  gtk_print_operation_set_n_pages (operation, (int) sw_report_layout_get_n_pages (
                                                self->print_layout));
}

static void
draw_page_cb (SwReportDialog    *self,
              GtkPrintContext   *context,
              int                page,
              GtkPrintOperation *operation)
{
  if (self->print_layout == NULL)
    return;

  sw_report_layout_draw_page (self->print_layout, gtk_print_context_get_cairo_context (context),
                              (guint) page);
}

static void
print_done_cb (SwReportDialog          *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_clear_pointer (&self->print_layout, sw_report_layout_free);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      /* Translators: %s says why, in the printing system's words. */
      message = g_markup_printf_escaped (_("The report could not be printed: %s"),
                                         error != NULL ? error->message : "");
      add_toast (self, adw_toast_new (message));
    }
}

/**
 * sw_report_dialog_print:
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG to ask the person, or
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT to write @export_file
 * @export_file: (nullable): the PDF to write with EXPORT
 *
 * Prints the report through GtkPrintOperation, with the drawing code the
 * preview and the PDF use.
 */
void
sw_report_dialog_print (SwReportDialog          *self,
                        GtkPrintOperationAction  action,
                        GFile                   *export_file)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (SW_IS_REPORT_DIALOG (self));
  g_return_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || G_IS_FILE (export_file));

  gtk_print_operation_set_job_name (operation, _("Sitwell symptom summary"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (export_file != NULL)
    {
      g_autofree char *path = g_file_get_path (export_file);

      gtk_print_operation_set_export_filename (operation, path);
    }
  else
    gtk_print_operation_set_allow_async (operation, TRUE);

  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self,
                           G_CONNECT_SWAPPED);

  result = gtk_print_operation_run (operation, action, GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_markup_printf_escaped (_("The report could not be printed: %s"),
                                                          error->message);

      add_toast (self, adw_toast_new (message));
    }
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sw_report_dialog_print (SW_REPORT_DIALOG (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                          NULL);
}

/* ---------------------------------------------------------------- object */

static void
sw_report_dialog_constructed (GObject *object)
{
  SwReportDialog *self = SW_REPORT_DIALOG (object);

  G_OBJECT_CLASS (sw_report_dialog_parent_class)->constructed (object);

  if (self->journal != NULL)
    g_signal_connect_object (self->journal, "changed", G_CALLBACK (update_report), self,
                             G_CONNECT_SWAPPED);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed", G_CALLBACK (update_report), self,
                             G_CONNECT_SWAPPED);

  update_report (self);
}

static void
sw_report_dialog_dispose (GObject *object)
{
  SwReportDialog *self = SW_REPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_REPORT_DIALOG);

  g_clear_object (&self->journal);
  g_clear_object (&self->settings);
  g_clear_object (&self->saved_file);

  G_OBJECT_CLASS (sw_report_dialog_parent_class)->dispose (object);
}

static void
sw_report_dialog_finalize (GObject *object)
{
  SwReportDialog *self = SW_REPORT_DIALOG (object);

  g_clear_pointer (&self->print_layout, sw_report_layout_free);
  g_clear_pointer (&self->layout, sw_report_layout_free);
  g_clear_pointer (&self->data, sw_report_data_unref);

  G_OBJECT_CLASS (sw_report_dialog_parent_class)->finalize (object);
}

static gboolean *
include_field (SwReportDialog *self,
               guint           prop_id)
{
  switch (prop_id)
    {
    case PROP_INCLUDE_KIND_OF_DAY:
      return &self->include_kind_of_day;
    case PROP_INCLUDE_CONDITIONS:
      return &self->include_conditions;
    case PROP_INCLUDE_NOTES:
      return &self->include_notes;
    default:
      return NULL;
    }
}

static void
sw_report_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SwReportDialog *self = SW_REPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_DAYS:
      g_value_set_int (value, self->days);
      break;
    case PROP_INCLUDE_KIND_OF_DAY:
    case PROP_INCLUDE_CONDITIONS:
    case PROP_INCLUDE_NOTES:
      g_value_set_boolean (value, *include_field (self, prop_id));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_report_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SwReportDialog *self = SW_REPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_DAYS:
      sw_report_dialog_set_days (self, g_value_get_int (value));
      break;
    case PROP_INCLUDE_KIND_OF_DAY:
    case PROP_INCLUDE_CONDITIONS:
    case PROP_INCLUDE_NOTES:
      {
        gboolean *field = include_field (self, prop_id);

        if (*field == g_value_get_boolean (value))
          break;
        *field = g_value_get_boolean (value);
        /* Before construction ends the first report is not made yet. */
        if (self->layout != NULL)
          update_report (self);
        g_object_notify_by_pspec (object, pspec);
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_report_dialog_class_init (SwReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sw_report_dialog_constructed;
  object_class->dispose = sw_report_dialog_dispose;
  object_class->finalize = sw_report_dialog_finalize;
  object_class->get_property = sw_report_dialog_get_property;
  object_class->set_property = sw_report_dialog_set_property;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, SW_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAYS] =
    g_param_spec_int ("days", NULL, NULL, 1, SW_REPORT_MAX_DAYS, SW_REPORT_DEFAULT_DAYS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCLUDE_KIND_OF_DAY] =
    g_param_spec_boolean ("include-kind-of-day", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCLUDE_CONDITIONS] =
    g_param_spec_boolean ("include-conditions", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCLUDE_NOTES] =
    g_param_spec_boolean ("include-notes", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sw-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SwReportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SwReportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, SwReportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SwReportDialog, kind_of_day_row);
  gtk_widget_class_bind_template_child (widget_class, SwReportDialog, conditions_row);

  gtk_widget_class_install_property_action (widget_class, "report.days", "days");
  gtk_widget_class_install_property_action (widget_class, "report.include-kind-of-day",
                                            "include-kind-of-day");
  gtk_widget_class_install_property_action (widget_class, "report.include-conditions",
                                            "include-conditions");
  gtk_widget_class_install_property_action (widget_class, "report.include-notes",
                                            "include-notes");
  gtk_widget_class_install_action (widget_class, "report.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "report.open-saved", NULL,
                                   open_saved_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "report.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "report.print", NULL);
}

static void
sw_report_dialog_init (SwReportDialog *self)
{
  self->days = SW_REPORT_DEFAULT_DAYS;
  self->include_kind_of_day = TRUE;
  self->include_conditions = TRUE;
  self->include_notes = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
}

/**
 * sw_report_dialog_new:
 * @journal: (nullable): the journal to report on; %NULL gives an empty report
 * @settings: (nullable): where the profile is read
 */
SwReportDialog *
sw_report_dialog_new (SwJournal *journal,
                      GSettings *settings)
{
  g_return_val_if_fail (journal == NULL || SW_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (SW_TYPE_REPORT_DIALOG,
                       "journal", journal,
                       "settings", settings,
                       NULL);
}

int
sw_report_dialog_get_days (SwReportDialog *self)
{
  g_return_val_if_fail (SW_IS_REPORT_DIALOG (self), SW_REPORT_DEFAULT_DAYS);

  return self->days;
}

void
sw_report_dialog_set_days (SwReportDialog *self,
                           int             days)
{
  g_return_if_fail (SW_IS_REPORT_DIALOG (self));
  g_return_if_fail (days >= 1 && days <= SW_REPORT_MAX_DAYS);

  if (self->days == days)
    return;

  self->days = days;
  if (self->layout != NULL)
    update_report (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
}

/**
 * sw_report_dialog_get_data:
 *
 * Returns: (transfer none): what the report shows now
 */
SwReportData *
sw_report_dialog_get_data (SwReportDialog *self)
{
  g_return_val_if_fail (SW_IS_REPORT_DIALOG (self), NULL);

  return self->data;
}

guint
sw_report_dialog_get_n_pages (SwReportDialog *self)
{
  g_return_val_if_fail (SW_IS_REPORT_DIALOG (self), 0);

  return sw_report_layout_get_n_pages (self->layout);
}

/**
 * sw_report_dialog_save_to:
 * @file: the PDF to write
 *
 * Writes the report and tells the person in a toast, with a button to open
 * it, or why it failed.
 *
 * Returns: %TRUE if the report was saved
 */
gboolean
sw_report_dialog_save_to (SwReportDialog  *self,
                          GFile           *file,
                          GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_val_if_fail (SW_IS_REPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);

  if (!sw_report_save_pdf (self->data, file, NULL, &local_error))
    {
      g_debug ("Saving the report failed: %s", local_error->message);
      /* Translators: %s says why, e.g. "Permission denied". */
      message = g_markup_printf_escaped (_("The report could not be saved: %s"),
                                         local_error->message);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 0);
      add_toast (self, toast);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_set_object (&self->saved_file, file);

  /* Translators: %s is the file name of the saved report. */
  message = g_markup_printf_escaped (_("Saved as “%s”"), name);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "report.open-saved");
  add_toast (self, toast);

  return TRUE;
}
