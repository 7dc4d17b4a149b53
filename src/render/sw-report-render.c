/* sw-report-render.c: the doctor report drawn with cairo and pango
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-report-render.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "sw-journal-summary.h"
#include "sw-render.h"
#include "sw-trend-chart-draw.h"

/*
 * The report is a list of blocks (a line of text, a label and its value, the
 * chart, the weekly breaks, a rule, the boxed disclaimer), measured once with
 * a pango context at 72 dpi so that one unit is one point on any surface.
 * Blocks then flow onto pages; a heading stays with the block after it.
 */

#define MARGIN_X       42.0
#define MARGIN_TOP     40.0
#define MARGIN_BOTTOM  34.0
#define LABEL_WIDTH    112.0   /* the left column of every label and value row */
#define LABEL_GAP      8.0
#define CHART_HEIGHT   112.0
#define WEEK_WIDTH     67.0
#define BULLET_INDENT  10.0
#define BOX_PADDING    6.0
#define FOOTER_GAP     10.0

/* Greys for text: black for what was recorded, grey for what frames it. */
#define INK        0.0
#define INK_DIM    0.38

typedef enum
{
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_HEADING,
  FONT_BODY,
  FONT_BODY_BOLD,
  FONT_SMALL,
  FONT_CHART,
  N_FONTS
} FontId;

static const char * const font_names[N_FONTS] = {
  [FONT_TITLE] = "Sans Bold 15",
  [FONT_SUBTITLE] = "Sans 9",
  [FONT_HEADING] = "Sans Bold 10",
  [FONT_BODY] = "Sans 8",
  [FONT_BODY_BOLD] = "Sans Bold 8",
  [FONT_SMALL] = "Sans 7",
  [FONT_CHART] = "Sans 8.5",
};

typedef enum
{
  BLOCK_TEXT,   /* text, with an aside drawn flush right on its first line */
  BLOCK_ROW,    /* label in the left column, value beside it */
  BLOCK_CHART,
  BLOCK_WEEKS,  /* label, then a grid of weeks: dates over figures */
  BLOCK_RULE,
  BLOCK_BOX,    /* text in a thin frame */
} BlockType;

typedef struct
{
  BlockType    type;
  PangoLayout *text;
  PangoLayout *label;
  PangoLayout *aside;
  GPtrArray   *cells;          /* BLOCK_WEEKS: dates, figures, dates, figures… */
  double       indent;
  double       space_before;
  double       height;
  double       gray;
  gboolean     strong;         /* BLOCK_ROW: the label in black, not grey */
  gboolean     keep_with_next;

  guint        page;
  double       y;
} Block;

struct _SwReportLayout
{
  SwReportData         *data;
  double                width;
  double                height;
  double                content_width;
  PangoContext         *context;
  PangoFontDescription *fonts[N_FONTS];
  double                scale;          /* of the fonts and the space between blocks */
  GPtrArray            *blocks;
  guint                 n_pages;
  char                 *title;
  char                 *period;
};

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->text);
  g_clear_object (&block->label);
  g_clear_object (&block->aside);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_free (block);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* A layout of @markup, wrapped at @width (or not at all when @width <= 0). */
static PangoLayout *
new_text (SwReportLayout *self,
          FontId          font,
          const char     *markup,
          double          width)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, self->fonts[font]);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static PangoLayout *
new_plain (SwReportLayout *self,
           FontId          font,
           const char     *text,
           double          width)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return new_text (self, font, markup, width);
}

static Block *
add_block (SwReportLayout *self,
           BlockType       type,
           double          space_before)
{
  Block *block = g_new0 (Block, 1);

  block->type = type;
  block->space_before = space_before * self->scale;
  g_ptr_array_add (self->blocks, block);

  return block;
}

static Block *
add_text (SwReportLayout *self,
          FontId          font,
          const char     *markup,
          double          indent,
          double          space_before,
          double          gray)
{
  Block *block = add_block (self, BLOCK_TEXT, space_before);

  block->indent = indent;
  block->gray = gray;
  block->text = new_text (self, font, markup, self->content_width - indent);
  block->height = layout_height (block->text);

  return block;
}

static Block *
add_plain (SwReportLayout *self,
           FontId          font,
           const char     *text,
           double          indent,
           double          space_before,
           double          gray)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return add_text (self, font, markup, indent, space_before, gray);
}

/* A bulleted line whose wrapped lines hang under its text, not the bullet. */
static Block *
add_bullet (SwReportLayout *self,
            const char     *markup)
{
  g_autofree char *line = g_strdup_printf ("•\u2002%s", markup);
  g_autoptr(PangoLayout) bullet = new_text (self, FONT_BODY, "•\u2002", -1);
  double hang = layout_width (bullet);
  Block *block = add_block (self, BLOCK_TEXT, 1.5);

  block->indent = LABEL_WIDTH + LABEL_GAP;
  block->text = new_text (self, FONT_BODY, line, self->content_width - block->indent);
  /* A negative indent moves every line but the first right. */
  pango_layout_set_indent (block->text, -pango_units_from_double (hang));
  block->height = layout_height (block->text);

  return block;
}

static Block *
add_row (SwReportLayout *self,
         const char     *label,
         const char     *value_markup,
         gboolean        strong)
{
  g_autofree char *label_markup = g_markup_escape_text (label, -1);
  Block *block = add_block (self, BLOCK_ROW, 2.5);

  block->strong = strong;
  block->label = new_text (self, strong ? FONT_BODY_BOLD : FONT_BODY, label_markup, LABEL_WIDTH);
  block->text = new_text (self, strong ? FONT_BODY_BOLD : FONT_BODY, value_markup,
                          self->content_width - LABEL_WIDTH - LABEL_GAP);
  block->height = MAX (layout_height (block->label), layout_height (block->text));

  return block;
}

static Block *
add_plain_row (SwReportLayout *self,
               const char     *label,
               const char     *value,
               gboolean        strong)
{
  g_autofree char *markup = g_markup_escape_text (value, -1);

  return add_row (self, label, markup, strong);
}

static void
add_heading (SwReportLayout *self,
             const char     *text)
{
  Block *block = add_plain (self, FONT_HEADING, text, 0, 11, INK);

  block->keep_with_next = TRUE;
  block = add_block (self, BLOCK_RULE, 2);
  block->height = 0.5;
  block->keep_with_next = TRUE;
}

/* ------------------------------------------------------------------ words */

static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) noon = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);

  /* Translators: a date in the doctor report, as for g_date_time_format (),
   * e.g. "25 Nov 2026". */
  return g_date_time_format (noon, C_("report date", "%-d %b %Y"));
}

static char *
format_short_date (const GDate *date)
{
  g_autoptr(GDateTime) noon = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);

  /* Translators: a day without its year, in the report's weekly breaks,
   * as for g_date_time_format (), e.g. "25 Nov". */
  return g_date_time_format (noon, C_("report week", "%-d %b"));
}

static void
date_from_time (GDate  *date,
                gint64  time_us)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (time_us / G_USEC_PER_SEC);

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
}

static char *
format_time_date (gint64 time_us)
{
  GDate date;

  date_from_time (&date, time_us);
  return format_date (&date);
}

/* "Calf 12": a thing and how many entries named it. */
static char *
format_count (const char *label,
              guint       count)
{
  /* Translators: something and how many journal entries named it, e.g.
   * "Sitting 12". */
  return g_strdup_printf (C_("report count", "%s %u"), label, count);
}

static const char *
list_separator (void)
{
  /* Translators: what goes between the items of a list in the report. */
  return C_("report list", ", ");
}

static char *
join_list (GPtrArray *items)
{
  g_ptr_array_add (items, NULL);
  return g_strjoinv (list_separator (), (char **) items->pdata);
}

static char *
format_pain_value (double pain)
{
  if (pain == (int) pain)
    return g_strdup_printf ("%d", (int) pain);

  return g_strdup_printf ("%.1f", pain);
}

/* ------------------------------------------------------------- the sections */

static void
add_header (SwReportLayout *self)
{
  const SwReportOptions *options = sw_report_data_get_options (self->data);
  g_autoptr(GDateTime) made = g_date_time_ref (sw_report_data_get_made (self->data));
  g_autoptr(GPtrArray) profile = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *made_text = NULL;
  GDate made_day;
  Block *block;

  date_from_time (&made_day, g_date_time_to_unix (made) * G_USEC_PER_SEC);
  {
    g_autofree char *date = format_date (&made_day);

    /* Translators: when the report was made, e.g. "Made on 25 Nov 2026". */
    made_text = g_strdup_printf (_("Made on %s"), date);
  }

  block = add_plain (self, FONT_TITLE, self->title, 0, 0, INK);
  block->aside = new_plain (self, FONT_SUBTITLE, made_text, -1);

  add_plain (self, FONT_SUBTITLE, self->period, 0, 3, INK);

  if (options->kind_of_day != NULL && sw_report_kind_of_day_get_label (options->kind_of_day))
    /* Translators: the profile line of the report, e.g. "Kind of day: Office worker". */
    g_ptr_array_add (profile, g_strdup_printf (_("Kind of day: %s"),
                                               sw_report_kind_of_day_get_label (
                                                 options->kind_of_day)));
  if (options->pregnant)
    g_ptr_array_add (profile, g_strdup (_("Pregnant")));
  if (options->spine_surgery)
    g_ptr_array_add (profile, g_strdup (_("After spine surgery")));
  if (options->spinal_stenosis)
    g_ptr_array_add (profile, g_strdup (_("Spinal stenosis")));

  if (profile->len > 0)
    {
      g_ptr_array_add (profile, NULL);
      {
        g_autofree char *line = g_strjoinv (" · ", (char **) profile->pdata);

        add_plain (self, FONT_SUBTITLE, line, 0, 2, INK);
      }
    }

  block = add_block (self, BLOCK_RULE, 6);
  block->height = 1.2;
}

static void
add_chart (SwReportLayout *self)
{
  Block *block;

  add_heading (self, _("Pain and breaks, day by day"));
  block = add_block (self, BLOCK_CHART, 5);
  block->height = CHART_HEIGHT * self->scale;
}

static void
add_empty_notice (SwReportLayout *self)
{
  add_plain (self, FONT_BODY_BOLD, _("There are no entries in this period."), 0, 14, INK);
  add_plain (self, FONT_BODY,
             _("Nothing was logged in the journal on these days: no symptoms, symptom checks, "
               "breaks or exercises."),
             0, 3, INK);
}

static char *
describe_areas (SwReportData *data)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const SwReportArea *areas;
  guint n;

  areas = sw_report_data_get_areas (data, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) sides = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *area = format_count (sw_body_area_get_label (areas[i].area),
                                            areas[i].count);
      g_autofree char *side_list = NULL;

      for (guint s = 0; s < SW_N_SIDES; s++)
        if (areas[i].sides[s] > 0)
          g_ptr_array_add (sides, format_count (sw_side_get_label ((SwSide) s),
                                                areas[i].sides[s]));
      side_list = join_list (sides);
      /* Translators: a body area with its count, then its sides with theirs,
       * e.g. "Calf 12 (Left 9, Both sides 3)". */
      g_ptr_array_add (items, g_strdup_printf (C_("report area", "%s (%s)"), area, side_list));
    }

  return join_list (items);
}

/* The kinds (the nerve signs, or the others) or the triggers, by count. */
static char *
describe_counts (const SwReportCount *counts,
                 guint                n,
                 gboolean             triggers,
                 gboolean             nerve_signs)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      const char *label;

      if (!triggers && counts[i].nerve_sign != nerve_signs)
        continue;

      label = triggers ? sw_trigger_get_label ((SwTrigger) counts[i].flag)
                       : sw_symptom_kind_get_label ((SwSymptomKind) counts[i].flag);
      g_ptr_array_add (items, format_count (label, counts[i].count));
    }

  if (items->len == 0)
    return NULL;

  return join_list (items);
}

static void
add_key_facts (SwReportLayout *self)
{
  SwReportData *data = self->data;
  guint n_days = sw_report_data_get_n_days (data);
  guint logged = sw_report_data_get_n_days_logged (data);
  guint n_entries = sw_report_data_get_n_entries (data);
  int worst = sw_report_data_get_worst_pain (data);
  GDateTime *onset = sw_report_data_get_onset (data);
  const SwReportCount *counts;
  g_autofree char *days_text = NULL;
  g_autofree char *entries_text = NULL;
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  guint n;

  add_heading (self, _("Key facts"));

  /* Translators: days with at least one entry out of the days in the report. */
  days_text = g_strdup_printf (ngettext ("%u of %u day", "%u of %u days", n_days), logged, n_days);
  entries_text = g_strdup_printf (ngettext ("%u entry", "%u entries", n_entries), n_entries);
  line = g_strdup_printf ("%s · %s", days_text, entries_text);
  add_plain_row (self, _("Days with entries"), line, FALSE);
  g_clear_pointer (&line, g_free);

  if (worst >= 0)
    {
      g_autofree char *median = format_pain_value (sw_report_data_get_median_pain (data));

      /* Translators: the pain figures of the report: the worst score with its
       * word, then the median of each logged day's worst score, e.g.
       * "Worst 7 (Severe) · median of the daily worst 4". */
      line = g_strdup_printf (_("Worst %d (%s) · median of the daily worst %s"),
                              worst, sw_pain_get_label (worst), median);
      add_plain_row (self, _("Pain (0–10)"), line, FALSE);
      g_clear_pointer (&line, g_free);
    }
  else
    add_plain_row (self, _("Pain (0–10)"), _("No symptoms logged"), FALSE);

  if (n_entries > 0)
    {
      line = describe_areas (data);
      add_plain_row (self, _("Where it hurts"), line, FALSE);
      g_clear_pointer (&line, g_free);

      counts = sw_report_data_get_kinds (data, &n);
      line = describe_counts (counts, n, FALSE, FALSE);
      add_plain_row (self, _("Kind of pain"), line != NULL ? line : _("None noted"), FALSE);
      g_clear_pointer (&line, g_free);

      /* Nerve signs stand out in bold, and say so when there are none. */
      line = describe_counts (counts, n, FALSE, TRUE);
      add_plain_row (self, _("Nerve signs"),
                     line != NULL ? line : _("None reported (radiating, numbness, tingling, "
                                             "weakness)"),
                     line != NULL);
      g_clear_pointer (&line, g_free);

      counts = sw_report_data_get_triggers (data, &n);
      line = describe_counts (counts, n, TRUE, FALSE);
      add_plain_row (self, _("Made worse by"), line != NULL ? line : _("Nothing noted"), FALSE);
      g_clear_pointer (&line, g_free);
    }

  if (onset != NULL)
    {
      GDate onset_day;
      g_autofree char *date = NULL;
      int days;

      date_from_time (&onset_day, g_date_time_to_unix (onset) * G_USEC_PER_SEC);
      date = format_date (&onset_day);
      days = g_date_days_between (&onset_day, sw_report_data_get_last_day (data)) + 1;
      /* Translators: when the current episode of pain began, e.g.
       * "Since 3 Nov 2026 (23 days)". */
      text = g_strdup_printf (ngettext ("Since %s (%d day)", "Since %s (%d days)", days),
                              date, days);
      add_plain_row (self, _("Current episode"), text, FALSE);
    }
  else
    add_plain_row (self, _("Current episode"),
                   _("None: no pain logged in the last 7 days"), FALSE);
}

static const char *
urgency_text (SwUrgency urgency)
{
  switch (urgency)
    {
    case SW_URGENCY_TODAY:
      return _("in person the same day");
    case SW_URGENCY_SOON:
      return _("within a few days");
    case SW_URGENCY_NONE:
    default:
      return NULL;
    }
}

static void
add_check (SwReportLayout      *self,
           const SwReportCheck *check)
{
  g_autofree char *date = format_time_date (check->time_us);
  g_autofree char *result = NULL;
  const char *urgency = urgency_text (check->urgency);
  Block *block;

  if (urgency != NULL)
    /* Translators: a check result and how soon to see a doctor, e.g.
     * "See a doctor, within a few days". */
    result = g_strdup_printf (C_("check result and urgency", "%s, %s"),
                              sw_outcome_get_label (check->outcome), urgency);
  else
    result = g_strdup (sw_outcome_get_label (check->outcome));

  block = add_plain_row (self, date, result, TRUE);
  block->space_before = 5 * self->scale;
  block->keep_with_next = check->n_deciding > 0 || check->n_red_flags > 0;

  for (guint i = 0; i < check->n_deciding; i++)
    {
      g_autofree char *reason = g_markup_escape_text (sw_triage_rule_get_reason (check->deciding[i]),
                                                      -1);

      add_bullet (self, reason);
    }

  for (guint i = 0; i < check->n_red_flags; i++)
    {
      const SwTriageQuestion *question = check->red_flags[i].question;
      int option = sw_triage_question_find_option (question, check->red_flags[i].value);
      g_autofree char *answer = NULL;
      g_autofree char *question_text = NULL;
      g_autofree char *markup = NULL;

      /* Translators: a red-flag question the person did not answer "No",
       * with their answer, e.g. "Warning sign, answered “Not sure”:". */
      answer = g_markup_printf_escaped (_("Warning sign, answered “%s”:"),
                                        sw_triage_option_get_label (&question->options[option]));
      question_text = g_markup_escape_text (sw_triage_question_get_text (question), -1);
      markup = g_strdup_printf ("<b>%s</b> %s", answer, question_text);
      add_bullet (self, markup);
    }

  if (check->n_red_flags == 0)
    {
      block = add_bullet (self, _("No warning sign answered “Yes” or “Not sure”."));
      block->gray = INK_DIM;
    }
}

static void
add_checks (SwReportLayout *self)
{
  const SwReportCheck *checks;
  guint n;

  add_heading (self, _("Symptom checks"));

  checks = sw_report_data_get_checks (self->data, &n);
  if (n == 0)
    {
      add_plain (self, FONT_BODY, _("No symptom check in this period."), 0, 4, INK);
      return;
    }

  for (guint i = 0; i < n; i++)
    add_check (self, &checks[i]);
}

static void
add_weeks (SwReportLayout *self)
{
  double width = self->content_width - LABEL_WIDTH - LABEL_GAP;
  guint columns = MAX (1, (guint) (width / WEEK_WIDTH));
  const SwReportWeek *weeks;
  double row_height = 0;
  guint n;
  Block *block;

  weeks = sw_report_data_get_weeks (self->data, &n);

  block = add_block (self, BLOCK_WEEKS, 2.5);
  block->label = new_plain (self, FONT_BODY, _("Per week, taken / skipped"), LABEL_WIDTH);
  block->cells = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *first = format_short_date (&weeks[i].first_day);
      g_autofree char *last = format_short_date (&weeks[i].last_day);
      g_autofree char *dates = g_date_compare (&weeks[i].first_day, &weeks[i].last_day) == 0
                               ? g_strdup (first) : g_strdup_printf ("%s–%s", first, last);
      g_autofree char *figures = g_strdup_printf ("%u / %u", weeks[i].breaks_taken,
                                                  weeks[i].breaks_skipped);
      PangoLayout *top = new_plain (self, FONT_SMALL, dates, WEEK_WIDTH - 4);
      PangoLayout *bottom = new_plain (self, FONT_BODY, figures, WEEK_WIDTH - 4);

      row_height = MAX (row_height, layout_height (top) + layout_height (bottom) + 4);
      g_ptr_array_add (block->cells, top);
      g_ptr_array_add (block->cells, bottom);
    }

  block->indent = row_height;  /* the height of one row of weeks */
  block->height = MAX (layout_height (block->label), row_height * ((n + columns - 1) / columns));
}

static void
add_self_care (SwReportLayout *self)
{
  SwReportData *data = self->data;
  guint n_exercise = sw_report_data_get_n_exercise_sessions (data);
  guint cold = sw_report_data_get_n_compress_sessions (data, SW_JOURNAL_COMPRESS_COLD);
  guint warm = sw_report_data_get_n_compress_sessions (data, SW_JOURNAL_COMPRESS_WARM);
  g_autofree char *line = NULL;

  add_heading (self, _("Self-care"));

  /* Translators: breaks taken and skipped in the report's period. */
  line = g_strdup_printf (_("%u taken, %u skipped"), sw_report_data_get_breaks_taken (data),
                          sw_report_data_get_breaks_skipped (data));
  /* The total stays with its weeks. */
  add_plain_row (self, _("Breaks from sitting"), line, FALSE)->keep_with_next = TRUE;
  g_clear_pointer (&line, g_free);
  add_weeks (self);

  if (n_exercise > 0)
    {
      g_autofree char *duration =
        sw_journal_format_duration ((int) sw_report_data_get_exercise_seconds (data));

      /* Translators: exercise sessions, how many were finished and their
       * time, e.g. "10 (8 finished) · 1 h 40 min in all". */
      line = g_strdup_printf (_("%u (%u finished) · %s in all"), n_exercise,
                              sw_report_data_get_n_exercise_completed (data), duration);
    }
  add_plain_row (self, _("Exercise sessions"), line != NULL ? line : C_("report value", "None"), FALSE);
  g_clear_pointer (&line, g_free);

  if (cold + warm > 0)
    {
      g_autofree char *duration =
        sw_journal_format_duration ((int) sw_report_data_get_compress_seconds (data));

      /* Translators: compress sessions, e.g. "4 cold, 3 warm · 1 h 45 min in all". */
      line = g_strdup_printf (_("%u cold, %u warm · %s in all"), cold, warm, duration);
    }
  add_plain_row (self, _("Cold or warm compress"), line != NULL ? line : C_("report value", "None"), FALSE);
}

static void
add_notes (SwReportLayout *self)
{
  const SwReportNote *notes;
  guint n;

  if (sw_report_data_get_options (self->data)->leave_out_notes)
    return;

  add_heading (self, _("Notes, newest first"));

  notes = sw_report_data_get_notes (self->data, &n);
  if (n == 0)
    {
      add_plain (self, FONT_BODY, _("No notes in this period."), 0, 4, INK);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *date = format_time_date (notes[i].time_us);
      Block *block = add_plain_row (self, date, notes[i].text, FALSE);

      /* Long notes end with an ellipsis after two lines; the journal keeps
       * them whole. */
      pango_layout_set_height (block->text, -2);
      pango_layout_set_ellipsize (block->text, PANGO_ELLIPSIZE_END);
      block->height = MAX (layout_height (block->label), layout_height (block->text));
    }
}

static void
add_disclaimer (SwReportLayout *self)
{
  Block *block = add_block (self, BLOCK_BOX, 12);

  block->text = new_plain (self, FONT_SMALL,
                           _("Made by the user with Sitwell, a self-care app, from their own "
                             "journal entries, break records and symptom-check answers. This "
                             "summary is not a diagnosis and has not been reviewed by a "
                             "clinician. The symptom check sorts answers by urgency using "
                             "published warning signs; it cannot examine anyone."),
                           self->content_width - 2 * BOX_PADDING);
  block->height = layout_height (block->text) + 2 * BOX_PADDING;
}

/* ------------------------------------------------------------------ pages */

static double
footer_height (SwReportLayout *self)
{
  g_autoptr(PangoLayout) probe = new_plain (self, FONT_SMALL, "Page 1", -1);

  return layout_height (probe);
}

static void
paginate (SwReportLayout *self)
{
  double top = MARGIN_TOP;
  double bottom = self->height - MARGIN_BOTTOM - footer_height (self) - FOOTER_GAP;
  guint page = 0;
  double y = top;
  gboolean page_empty = TRUE;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      double chain = (page_empty ? 0 : block->space_before) + block->height;

      /* A heading (and a check's first line) goes with what follows it. */
      for (guint j = i; j + 1 < self->blocks->len; j++)
        {
          Block *current = g_ptr_array_index (self->blocks, j);
          Block *next = g_ptr_array_index (self->blocks, j + 1);

          if (!current->keep_with_next)
            break;
          chain += next->space_before + next->height;
        }

      if (!page_empty && y + chain > bottom)
        {
          page++;
          y = top;
          page_empty = TRUE;
        }

      block->page = page;
      block->y = y + (page_empty ? 0 : block->space_before);
      y = block->y + block->height;
      page_empty = FALSE;
    }

  self->n_pages = page + 1;
}

/* Lays the report out again with fonts and spaces at @scale. */
static void
build (SwReportLayout *self,
       double          scale)
{
  self->scale = scale;
  g_ptr_array_set_size (self->blocks, 0);

  for (guint i = 0; i < N_FONTS; i++)
    {
      g_clear_pointer (&self->fonts[i], pango_font_description_free);
      self->fonts[i] = pango_font_description_from_string (font_names[i]);
      pango_font_description_set_size (self->fonts[i],
                                       (int) (pango_font_description_get_size (self->fonts[i]) *
                                              scale));
    }
  /* The chart makes its own layouts from the cairo context; an absolute
   * size keeps it in points there too. */
  pango_font_description_set_absolute_size (self->fonts[FONT_CHART],
                                            pango_font_description_get_size (
                                              self->fonts[FONT_CHART]));

  add_header (self);
  add_chart (self);
  if (sw_report_data_is_empty (self->data))
    add_empty_notice (self);
  else
    {
      add_key_facts (self);
      add_checks (self);
      add_self_care (self);
      add_notes (self);
    }
  add_disclaimer (self);

  paginate (self);
}

/**
 * sw_report_layout_new:
 * @data: the report's figures
 * @page_width: in points
 * @page_height: in points
 *
 * Returns: (transfer full): the report laid out on pages of that size
 */
SwReportLayout *
sw_report_layout_new (SwReportData *data,
                      double        page_width,
                      double        page_height)
{
  SwReportLayout *self;
  cairo_font_options_t *options;
  PangoFontMap *font_map;
  static const double scales[] = { 1.0, 0.94, 0.88 };
  GDate first, last;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  guint best_pages = 0;
  double best_scale = 1.0;
  guint n_days;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (page_width > 2 * MARGIN_X + 2 * LABEL_WIDTH, NULL);
  g_return_val_if_fail (page_height > MARGIN_TOP + MARGIN_BOTTOM + CHART_HEIGHT * 2, NULL);

  self = g_new0 (SwReportLayout, 1);
  self->data = sw_report_data_ref (data);
  self->width = page_width;
  self->height = page_height;
  self->content_width = page_width - 2 * MARGIN_X;
  self->blocks = g_ptr_array_new_with_free_func (block_free);

  /* 72 dpi: one pango point is one unit of the surface, which is a point. No
   * hinting, so the layout measured here is the layout printed. */
  font_map = pango_cairo_font_map_get_default ();
  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (self->context, sw_render_get_language ());

  first = *sw_report_data_get_first_day (data);
  last = *sw_report_data_get_last_day (data);
  first_text = format_date (&first);
  last_text = format_date (&last);
  n_days = sw_report_data_get_n_days (data);
  self->title = g_strdup (_("Sitwell symptom summary"));
  /* Translators: the report's period, e.g. "27 Oct 2026 to 25 Nov 2026 (30 days)". */
  self->period = g_strdup_printf (ngettext ("%s to %s (%u day)", "%s to %s (%u days)", n_days),
                                  first_text, last_text, n_days);

  /* Set a little tighter when that saves a page: Chinese lines, for one,
   * stand taller than Latin ones in the same size. */
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      build (self, scales[i]);
      if (i == 0 || self->n_pages < best_pages)
        {
          best_pages = self->n_pages;
          best_scale = scales[i];
        }
      if (self->n_pages == 1)
        break;
    }
  if (self->scale != best_scale)
    build (self, best_scale);

  return self;
}

void
sw_report_layout_free (SwReportLayout *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->blocks);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_object_unref (self->context);
  sw_report_data_unref (self->data);
  g_free (self->title);
  g_free (self->period);
  g_free (self);
}

guint
sw_report_layout_get_n_pages (SwReportLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             double       gray)
{
  cairo_set_source_rgb (cr, gray, gray, gray);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_chart (SwReportLayout *self,
            cairo_t        *cr,
            const Block    *block)
{
  /* Dark ink for the line, light grey for the bars: it reads in black and
   * white as it does in colour. */
  const SwTrendChartColors colors = {
    .foreground = { 0.15, 0.15, 0.15, 1 },
    .grid = { 0, 0, 0, 0.14 },
    .pain = { 0.08, 0.22, 0.50, 1 },
    .breaks = { 0.42, 0.42, 0.42, 1 },
  };
  const SwJournalDay *days;
  guint n_days;

  days = sw_report_data_get_days (self->data, &n_days);

  cairo_save (cr);
  cairo_translate (cr, MARGIN_X, block->y);
  sw_trend_chart_draw (cr, (int) self->content_width, (int) block->height, days, n_days, &colors,
                       self->fonts[FONT_CHART]);
  cairo_restore (cr);
}

static void
draw_weeks (SwReportLayout *self,
            cairo_t        *cr,
            const Block    *block)
{
  double x0 = MARGIN_X + LABEL_WIDTH + LABEL_GAP;
  double width = self->content_width - LABEL_WIDTH - LABEL_GAP;
  guint columns = MAX (1, (guint) (width / WEEK_WIDTH));
  double row_height = block->indent;

  show_layout (cr, block->label, MARGIN_X, block->y, INK_DIM);

  for (guint i = 0; i < block->cells->len / 2; i++)
    {
      PangoLayout *top = g_ptr_array_index (block->cells, 2 * i);
      PangoLayout *bottom = g_ptr_array_index (block->cells, 2 * i + 1);
      double x = x0 + (i % columns) * WEEK_WIDTH;
      double y = block->y + (i / columns) * row_height;

      /* A thin line before each week keeps the figures apart. */
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, x - 3, y + 1);
      cairo_line_to (cr, x - 3, y + row_height - 3);
      cairo_stroke (cr);

      show_layout (cr, top, x, y, INK_DIM);
      show_layout (cr, bottom, x, y + layout_height (top) + 1, INK);
    }
}

static void
draw_block (SwReportLayout *self,
            cairo_t        *cr,
            const Block    *block)
{
  switch (block->type)
    {
    case BLOCK_TEXT:
      show_layout (cr, block->text, MARGIN_X + block->indent, block->y, block->gray);
      if (block->aside != NULL)
        show_layout (cr, block->aside, MARGIN_X + self->content_width - layout_width (block->aside),
                     block->y + layout_height (block->text) - layout_height (block->aside) - 2,
                     INK_DIM);
      break;

    case BLOCK_ROW:
      show_layout (cr, block->label, MARGIN_X, block->y, block->strong ? INK : INK_DIM);
      show_layout (cr, block->text, MARGIN_X + LABEL_WIDTH + LABEL_GAP, block->y, INK);
      break;

    case BLOCK_CHART:
      draw_chart (self, cr, block);
      break;

    case BLOCK_WEEKS:
      draw_weeks (self, cr, block);
      break;

    case BLOCK_RULE:
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
      cairo_rectangle (cr, MARGIN_X, block->y, self->content_width, block->height);
      cairo_fill (cr);
      break;

    case BLOCK_BOX:
      cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
      cairo_set_line_width (cr, 0.6);
      cairo_rectangle (cr, MARGIN_X + 0.3, block->y + 0.3, self->content_width - 0.6,
                       block->height - 0.6);
      cairo_stroke (cr);
      show_layout (cr, block->text, MARGIN_X + BOX_PADDING, block->y + BOX_PADDING, INK);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
draw_footer (SwReportLayout *self,
             cairo_t        *cr,
             guint           page)
{
  g_autofree char *left = g_strdup_printf ("%s · %s", self->title, self->period);
  /* Translators: the page number in the report's footer. */
  g_autofree char *right = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  g_autoptr(PangoLayout) left_layout = new_plain (self, FONT_SMALL, left, -1);
  g_autoptr(PangoLayout) right_layout = new_plain (self, FONT_SMALL, right, -1);
  double y = self->height - MARGIN_BOTTOM - layout_height (left_layout);

  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_rectangle (cr, MARGIN_X, y - 4, self->content_width, 0.5);
  cairo_fill (cr);

  show_layout (cr, left_layout, MARGIN_X, y, INK_DIM);
  show_layout (cr, right_layout, MARGIN_X + self->content_width - layout_width (right_layout), y,
               INK_DIM);
}

/**
 * sw_report_layout_draw_page:
 * @cr: a context in points, (0, 0) at the page's top left
 * @page: 0 for the first page
 *
 * Draws one page on a white background the caller provides (paper, or a
 * PDF page).
 */
void
sw_report_layout_draw_page (SwReportLayout *self,
                            cairo_t        *cr,
                            guint           page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (self->blocks, i);

      if (block->page == page)
        draw_block (self, cr, block);
    }

  draw_footer (self, cr, page);

  cairo_restore (cr);
}

const char *
sw_report_layout_get_period (SwReportLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->period;
}

char *
sw_report_layout_get_text (SwReportLayout *self)
{
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (self->blocks, i);

      if (block->label != NULL)
        g_string_append_printf (text, "%s ", pango_layout_get_text (block->label));
      if (block->text != NULL)
        g_string_append (text, pango_layout_get_text (block->text));
      if (block->aside != NULL)
        g_string_append_printf (text, " %s", pango_layout_get_text (block->aside));
      for (guint c = 0; block->cells != NULL && c < block->cells->len; c++)
        g_string_append_printf (text, "%s ",
                                pango_layout_get_text (g_ptr_array_index (block->cells, c)));
      if (block->label != NULL || block->text != NULL || block->cells != NULL)
        g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* ---------------------------------------------------------------- the PDF */

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_to_stream (void                *user_data,
                 const unsigned char *data,
                 unsigned int         length)
{
  WriteClosure *closure = user_data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (closure->stream, data, length, NULL, NULL, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/**
 * sw_report_save_pdf:
 * @data: the report's figures
 * @file: where to write the PDF
 * @n_pages: (out) (optional): how many pages it has
 *
 * Returns: %TRUE if the whole report was written to @file
 */
gboolean
sw_report_save_pdf (SwReportData  *data,
                    GFile         *file,
                    guint         *n_pages,
                    GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = g_cancellable_new ();
  g_autoptr(SwReportLayout) layout = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *created = NULL;
  WriteClosure closure = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Written beside the file and renamed over it when closed. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;
  closure.stream = G_OUTPUT_STREAM (stream);

  layout = sw_report_layout_new (data, SW_REPORT_A4_WIDTH, SW_REPORT_A4_HEIGHT);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &closure,
                                                 SW_REPORT_A4_WIDTH, SW_REPORT_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, layout->title);
  creator = g_strdup_printf ("Sitwell %s", PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  created = g_date_time_format_iso8601 (sw_report_data_get_made (data));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  cr = cairo_create (surface);
  for (guint page = 0; page < layout->n_pages; page++)
    {
      sw_report_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error == NULL && status != CAIRO_STATUS_SUCCESS)
    g_set_error (&closure.error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("The report could not be drawn: %s"), cairo_status_to_string (status));

  if (closure.error != NULL)
    {
      /* Cancelling the close leaves the old file, if any, as it was. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      g_propagate_error (error, closure.error);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return FALSE;

  if (n_pages != NULL)
    *n_pages = layout->n_pages;
  return TRUE;
}

char *
sw_report_get_file_name (SwReportData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return g_date_time_format (sw_report_data_get_made (data), "sitwell-report-%Y-%m-%d.pdf");
}
