/* sw-report-render.h: the doctor report drawn with cairo and pango
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sw-report-data.h"

G_BEGIN_DECLS

/* ISO A4 in points, the PDF's page. */
#define SW_REPORT_A4_WIDTH  595.276
#define SW_REPORT_A4_HEIGHT 841.890

/*
 * A SwReportLayout lays the report out on pages of a given size, in points
 * (1/72 inch): sw_report_save_pdf () on A4, a print operation on whatever
 * paper the printer has. Each page is then drawn on any cairo context whose
 * user space is in points with (0, 0) at the page's top left.
 */
typedef struct _SwReportLayout SwReportLayout;

SwReportLayout *sw_report_layout_new         (SwReportData   *data,
                                              double          page_width,
                                              double          page_height);
void            sw_report_layout_free        (SwReportLayout *layout);
guint           sw_report_layout_get_n_pages (SwReportLayout *layout);
void            sw_report_layout_draw_page   (SwReportLayout *layout,
                                              cairo_t        *cr,
                                              guint           page);
/* "27 Oct 2026 to 25 Nov 2026 (30 days)", as the report names its period. */
const char     *sw_report_layout_get_period  (SwReportLayout *layout);
/* Every word on the pages, in reading order: what pdftotext would find. */
char           *sw_report_layout_get_text    (SwReportLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwReportLayout, sw_report_layout_free)

/* Writes the report as an A4 PDF. The file is replaced only once the whole
 * report is written; on failure nothing changes and @error says why. */
gboolean        sw_report_save_pdf           (SwReportData   *data,
                                              GFile          *file,
                                              guint          *n_pages,
                                              GError        **error);

/* "sitwell-report-2026-11-25.pdf" for the report's date. */
char           *sw_report_get_file_name      (SwReportData   *data);

G_END_DECLS
