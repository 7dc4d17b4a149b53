/* sw-report-dialog.h: "Report for Your Doctor": period, what to include, save or print
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-journal.h"
#include "sw-report-data.h"

G_BEGIN_DECLS

#define SW_TYPE_REPORT_DIALOG (sw_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SwReportDialog, sw_report_dialog, SW, REPORT_DIALOG, AdwWindow)

SwReportDialog *sw_report_dialog_new         (SwJournal      *journal,
                                              GSettings      *settings);
int             sw_report_dialog_get_days    (SwReportDialog *self);
void            sw_report_dialog_set_days    (SwReportDialog *self,
                                              int             days);
/* The figures the preview, the PDF and the printout show now. */
SwReportData   *sw_report_dialog_get_data    (SwReportDialog *self);
guint           sw_report_dialog_get_n_pages (SwReportDialog *self);
/* What Save as PDF does once a file is chosen; says how it went in a toast. */
gboolean        sw_report_dialog_save_to     (SwReportDialog *self,
                                              GFile          *file,
                                              GError        **error);

void            sw_report_dialog_print       (SwReportDialog          *self,
                                              GtkPrintOperationAction  action,
                                              GFile                   *export_file);

G_END_DECLS
