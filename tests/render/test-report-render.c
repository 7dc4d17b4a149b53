/* test-report-render.c: the doctor report laid out on pages, without GTK
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "sw-fake-clock.h"
#include "sw-report-fixture.h"
#include "sw-report-render.h"
#include "sw-trend-chart-draw.h"

typedef struct
{
  SwFakeClock *clock;
  SwJournal   *journal;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = sw_journal_get_default_file ();
  g_autoptr(GError) error = NULL;

  fixture->clock = sw_fake_clock_new_local (2026, 3, 10, 12, 0);
  fixture->journal = sw_journal_open (file, SW_CLOCK (fixture->clock), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->journal);
  g_clear_object (&fixture->clock);
}

static void
fill (Fixture *fixture,
      guint    n_days)
{
  g_autoptr(GError) error = NULL;

  sw_report_fixture_fill (fixture->journal, n_days, &error);
  g_assert_no_error (error);
}

static SwReportData *
make_report (Fixture               *fixture,
             guint                  n_days,
             const SwReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  SwReportData *data = sw_report_data_new (fixture->journal, n_days, options, &error);

  g_assert_no_error (error);
  return data;
}

static gboolean
contains (const char *text,
          const char *part)
{
  if (strstr (text, part) != NULL)
    return TRUE;

  g_test_message ("“%s” is not in:\n%s", part, text);
  return FALSE;
}

/* Draws every page on a recording surface: nothing may fail. */
static void
draw_all (SwReportLayout *layout)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double x, y, width, height;

  for (guint page = 0; page < sw_report_layout_get_n_pages (layout); page++)
    {
      sw_report_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  /* Something was drawn, and nothing left the page. */
  cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
  g_assert_cmpfloat (width, >, 100);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x + width, <=, SW_REPORT_A4_WIDTH);
  g_assert_cmpfloat (y + height, <=, SW_REPORT_A4_HEIGHT);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_thirty_days_on_one_page (Fixture       *fixture,
                              gconstpointer  data)
{
  SwReportOptions options = { "office", FALSE, TRUE, FALSE, FALSE };
  g_autoptr(SwReportData) report = NULL;
  g_autoptr(SwReportLayout) layout = NULL;
  g_autofree char *text = NULL;

  fill (fixture, 30);
  report = make_report (fixture, 30, &options);
  layout = sw_report_layout_new (report, SW_REPORT_A4_WIDTH, SW_REPORT_A4_HEIGHT);

  g_assert_cmpuint (sw_report_layout_get_n_pages (layout), ==, 1);
  g_assert_cmpstr (sw_report_layout_get_period (layout), ==, "9 Feb 2026 to 10 Mar 2026 (30 days)");

  text = sw_report_layout_get_text (layout);
  g_assert_true (contains (text, "Sitwell symptom summary Made on 10 Mar 2026"));
  /* Only the profile items chosen and set. */
  g_assert_true (contains (text, "Kind of day: Office worker · After spine surgery"));
  g_assert_null (strstr (text, "Pregnant"));
  g_assert_true (contains (text, "Days with entries 19 of 30 days · 22 entries"));
  g_assert_true (contains (text, "Pain (0–10) Worst 7 (Severe) · median of the daily worst 4"));
  g_assert_true (contains (text, "Where it hurts Calf 19 (Left 14, Both sides 5), "
                                 "Lower back 3 (Both sides 3)"));
  g_assert_true (contains (text, "Kind of pain Ache 22"));
  g_assert_true (contains (text, "Nerve signs Radiating 5, Tingling 4"));
  g_assert_true (contains (text, "Made worse by Sitting 12, Walking 9, Massage 4"));
  g_assert_true (contains (text, "Current episode Since 10 Feb 2026 (29 days)"));
  g_assert_true (contains (text, "7 Mar 2026 See a doctor, in person the same day"));
  g_assert_true (contains (text, "Warning sign, answered “Not sure”: Do shooting pain"));
  g_assert_true (contains (text, "No warning sign answered “Yes” or “Not sure”."));
  g_assert_true (contains (text, "Breaks from sitting 140 taken, 37 skipped"));
  g_assert_true (contains (text, "Per week, taken / skipped 9 Feb–10 Feb 6 / 1 "));
  g_assert_true (contains (text, "Exercise sessions 10 (7 finished) · 1 h 40 min in all"));
  g_assert_true (contains (text, "Cold or warm compress 4 cold, 3 warm · 1 h 45 min in all"));
  g_assert_true (contains (text, "Notes, newest first"));
  g_assert_true (contains (text, SW_REPORT_FIXTURE_ODD_NOTE));
  g_assert_true (contains (text, "not a diagnosis"));

  draw_all (layout);
}

static void
test_ninety_days_on_two_pages (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;
  g_autoptr(SwReportLayout) layout = NULL;
  g_autofree char *text = NULL;
  guint n_checks, n_shown = 0;

  fill (fixture, 90);
  report = make_report (fixture, 90, NULL);
  layout = sw_report_layout_new (report, SW_REPORT_A4_WIDTH, SW_REPORT_A4_HEIGHT);

  g_assert_cmpuint (sw_report_layout_get_n_pages (layout), >=, 1);
  g_assert_cmpuint (sw_report_layout_get_n_pages (layout), <=, 2);

  /* Every check result is there, with its date. */
  text = sw_report_layout_get_text (layout);
  sw_report_data_get_checks (report, &n_checks);
  g_assert_cmpuint (n_checks, ==, 8);
  for (const char *p = text; (p = strstr (p, "See a doctor, ")) != NULL; p++)
    n_shown++;
  g_assert_cmpuint (n_shown, ==, n_checks);
  g_assert_true (contains (text, "(90 days)"));
  g_assert_true (contains (text, "Per week, taken / skipped"));
  g_assert_null (strstr (text, "Kind of day"));

  draw_all (layout);
}

static void
test_empty_and_small_paper (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(SwReportData) report = make_report (fixture, 14, NULL);
  g_autoptr(SwReportLayout) layout = NULL;
  g_autoptr(SwReportLayout) a5 = NULL;
  g_autofree char *text = NULL;

  layout = sw_report_layout_new (report, SW_REPORT_A4_WIDTH, SW_REPORT_A4_HEIGHT);
  g_assert_cmpuint (sw_report_layout_get_n_pages (layout), ==, 1);
  text = sw_report_layout_get_text (layout);
  g_assert_true (contains (text, "There are no entries in this period."));
  g_assert_null (strstr (text, "Key facts"));
  g_assert_true (contains (text, "not a diagnosis"));
  draw_all (layout);

  /* The same report flows onto more, smaller pages for a printer with A5. */
  fill (fixture, 30);
  g_clear_pointer (&report, sw_report_data_unref);
  g_clear_pointer (&layout, sw_report_layout_free);
  report = make_report (fixture, 30, NULL);
  layout = sw_report_layout_new (report, SW_REPORT_A4_WIDTH, SW_REPORT_A4_HEIGHT);
  a5 = sw_report_layout_new (report, 420, 595);
  g_assert_cmpuint (sw_report_layout_get_n_pages (a5), >,
                    sw_report_layout_get_n_pages (layout));
  draw_all (a5);
}

static void
test_notes_left_out (Fixture       *fixture,
                     gconstpointer  data)
{
  SwReportOptions options = { NULL, TRUE, FALSE, TRUE, TRUE };
  g_autoptr(SwReportData) report = NULL;
  g_autoptr(SwReportLayout) layout = NULL;
  g_autofree char *text = NULL;

  fill (fixture, 30);
  report = make_report (fixture, 30, &options);
  layout = sw_report_layout_new (report, SW_REPORT_A4_WIDTH, SW_REPORT_A4_HEIGHT);
  text = sw_report_layout_get_text (layout);

  g_assert_null (strstr (text, "Notes, newest first"));
  g_assert_null (strstr (text, SW_REPORT_FIXTURE_ODD_NOTE));
  g_assert_true (contains (text, "Pregnant · Spinal stenosis"));
  g_assert_null (strstr (text, "Kind of day"));
}

static void
test_save_pdf (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SwReportData) report = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "report.pdf", NULL);
  g_autofree char *missing_path = g_build_filename (g_get_user_data_dir (), "no", "r.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;
  guint n_pages = 0;

  fill (fixture, 30);
  report = make_report (fixture, 30, NULL);

  /* It replaces what was there. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (sw_report_save_pdf (report, file, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "%PDF-", 5) == 0);

  g_assert_false (sw_report_save_pdf (report, missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "r.pdf"));

  name = sw_report_get_file_name (report);
  g_assert_cmpstr (name, ==, "sitwell-report-2026-03-10.pdf");
}

/* The chart's hit test agrees with where the chart draws its days. */
static void
test_chart_day_at (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  SwJournalDay days[10] = { { .max_pain = 0 } };
  int first, last;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_date_set_dmy (&days[i].date, (GDateDay) (1 + i), G_DATE_MARCH, 2026);

  first = sw_trend_chart_day_at (context, NULL, 600, 200, days, 10, 40, 120);
  last = sw_trend_chart_day_at (context, NULL, 600, 200, days, 10, 560, 120);
  g_assert_cmpint (first, ==, 0);
  g_assert_cmpint (last, ==, 9);
  g_assert_cmpint (sw_trend_chart_day_at (context, NULL, 600, 200, days, 10, 300, 120), ==, 4);
  /* Outside the plot, or nothing to hit. */
  g_assert_cmpint (sw_trend_chart_day_at (context, NULL, 600, 200, days, 10, 2, 120), ==, -1);
  g_assert_cmpint (sw_trend_chart_day_at (context, NULL, 600, 200, days, 10, 300, 199), ==, -1);
  g_assert_cmpint (sw_trend_chart_day_at (context, NULL, 600, 200, NULL, 0, 300, 120), ==, -1);

  g_object_unref (context);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_unsetenv ("LANGUAGE");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/sitwell/render/report/" path, Fixture, NULL, \
              fixture_set_up, func, fixture_tear_down)

  ADD ("thirty-days-on-one-page", test_thirty_days_on_one_page);
  ADD ("ninety-days-on-two-pages", test_ninety_days_on_two_pages);
  ADD ("empty-and-small-paper", test_empty_and_small_paper);
  ADD ("notes-left-out", test_notes_left_out);
  ADD ("save-pdf", test_save_pdf);
  g_test_add_func ("/sitwell/render/trend-chart/day-at", test_chart_day_at);

#undef ADD

  return g_test_run ();
}
