/* sw-journal-csv.c: symptom entries to and from CSV, for a doctor or a new machine
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-journal-csv.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* The format:
 *
 * - UTF-8 with a byte-order mark (so spreadsheets on Windows read accents
 *   and Chinese correctly), lines ending in CRLF, the header line
 *   SW_JOURNAL_CSV_HEADER, then one entry per record, oldest first.
 * - RFC 4180 quoting: a field holding a quote, a comma, CR or LF is put in
 *   double quotes, and quotes inside it are doubled.
 * - created and modified are ISO 8601 local times with their UTC offset,
 *   e.g. 2026-03-01T09:30:00.250000+01:00 (fraction only when not zero);
 *   modified is empty for an entry never edited.
 * - kinds and triggers are keys joined by ";" (e.g. "radiating;tingling").
 * - Formula neutralisation: a cell that starts with = + - @ TAB CR, or with
 *   an apostrophe, gets one more apostrophe in front, so a spreadsheet shows
 *   it as text and never runs it. Import removes an apostrophe only when the
 *   character after it is one of those seven, which is exactly when export
 *   added it, so every note comes back as it was written.
 *
 * Import reads the whole file first: the first line that cannot be read
 * stops it with an error naming that line, and nothing is saved. Then all
 * entries are saved in one transaction; uuids already in the journal are
 * skipped, so importing the same file twice adds nothing.
 */

#define N_COLUMNS       9
#define UTF8_BOM        "\xef\xbb\xbf"
#define MAX_FILE_BYTES  (256 * 1024 * 1024)

G_DEFINE_QUARK (sw-journal-csv-error-quark, sw_journal_csv_error)

static const char * const columns[N_COLUMNS] = {
  "uuid", "created", "modified", "body_area", "side", "pain", "kinds", "triggers", "note",
};

static gboolean
needs_guard (const char *cell)
{
  switch (cell[0])
    {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'':
      return TRUE;
    default:
      return FALSE;
    }
}

static void
append_cell (GString    *out,
             const char *cell)
{
  gboolean quote = strpbrk (cell, "\",\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (needs_guard (cell))
    g_string_append_c (out, '\'');

  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }

  if (quote)
    g_string_append_c (out, '"');
}

static char *
format_time (gint64 us)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_local (us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *base = NULL;
  GString *out;
  gint64 offset_s;

  /* Only a journal edited by hand can hold a time GDateTime cannot show;
   * an empty cell makes import stop at that line rather than guess. */
  if (seconds == NULL || !(local = g_date_time_add (seconds, us % G_USEC_PER_SEC)))
    return g_strdup ("");

  offset_s = g_date_time_get_utc_offset (local) / G_USEC_PER_SEC;
  if (offset_s % 60 != 0)
    {
      /* Offsets with seconds (old local mean times) cannot be written in
       * ISO 8601; write such a time in UTC. */
      g_autoptr(GDateTime) utc = g_date_time_to_utc (local);

      g_date_time_unref (local);
      local = g_steal_pointer (&utc);
      offset_s = 0;
    }

  base = g_date_time_format (local, "%Y-%m-%dT%H:%M:%S");
  out = g_string_new (base);
  if (g_date_time_get_microsecond (local) != 0)
    g_string_append_printf (out, ".%06d", g_date_time_get_microsecond (local));
  g_string_append_printf (out, "%c%02d:%02d", offset_s < 0 ? '-' : '+',
                          (int) (ABS (offset_s) / 3600), (int) (ABS (offset_s) % 3600 / 60));

  return g_string_free (out, FALSE);
}

/**
 * sw_journal_csv_format:
 * @entries: (element-type SwSymptomEntry): the entries, in the order to write
 * @length: (out) (optional): the length of the result in bytes
 *
 * Returns: (transfer full): the CSV text (see the format above)
 */
char *
sw_journal_csv_format (GPtrArray *entries,
                       gsize     *length)
{
  GString *out;

  g_return_val_if_fail (entries != NULL, NULL);

  out = g_string_sized_new (128 + entries->len * 96);
  g_string_append (out, UTF8_BOM SW_JOURNAL_CSV_HEADER "\r\n");

  for (guint i = 0; i < entries->len; i++)
    {
      SwSymptomEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *created = format_time (sw_symptom_entry_get_created (entry));
      g_autofree char *modified = NULL;
      g_autofree char *pain = g_strdup_printf ("%d", sw_symptom_entry_get_pain (entry));
      g_autofree char *kinds = sw_symptom_kinds_to_keys (sw_symptom_entry_get_kinds (entry), ';');
      g_autofree char *triggers = sw_triggers_to_keys (sw_symptom_entry_get_triggers (entry), ';');
      const char *uuid = sw_symptom_entry_get_uuid (entry);
      const char *cells[N_COLUMNS];

      if (sw_symptom_entry_get_modified (entry) > 0)
        modified = format_time (sw_symptom_entry_get_modified (entry));

      cells[0] = uuid != NULL ? uuid : "";
      cells[1] = created;
      cells[2] = modified != NULL ? modified : "";
      cells[3] = sw_body_area_to_key (sw_symptom_entry_get_body_area (entry));
      cells[4] = sw_side_to_key (sw_symptom_entry_get_side (entry));
      cells[5] = pain;
      cells[6] = kinds;
      cells[7] = triggers;
      cells[8] = sw_symptom_entry_get_note (entry);

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          append_cell (out, cells[c]);
        }
      g_string_append (out, "\r\n");
    }

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------ */
/* Parsing                                                                  */

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
} Scanner;

G_GNUC_PRINTF (3, 4)
static void
set_line_error (GError     **error,
                guint        line,
                const char  *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: %u is a line number in the file, %s what is wrong there. */
  g_set_error (error, SW_JOURNAL_CSV_ERROR, SW_JOURNAL_CSV_ERROR_MALFORMED,
               _("Line %u: %s"), line, message);
}

static gboolean
at_line_break (const Scanner *s)
{
  return s->p < s->end && (*s->p == '\r' || *s->p == '\n');
}

/* Steps over CRLF, LF or a lone CR. */
static void
skip_line_break (Scanner *s)
{
  if (*s->p == '\r' && s->p + 1 < s->end && s->p[1] == '\n')
    s->p++;
  s->p++;
  s->line++;
}

/* Reads one RFC 4180 record into @fields. Returns FALSE with @error set on a
 * malformed record; at the end of the data, returns TRUE with no fields. */
static gboolean
read_record (Scanner    *s,
             GPtrArray  *fields,
             guint      *record_line,
             GError    **error)
{
  g_ptr_array_set_size (fields, 0);
  *record_line = s->line;

  if (s->p >= s->end)
    return TRUE;

  for (;;)
    {
      GString *field = g_string_new (NULL);

      /* After a comma at the very end of the data the last field is empty:
       * @s->p is then @s->end and must not be read. */
      if (s->p < s->end && *s->p == '"')
        {
          guint start_line = s->line;

          s->p++;
          for (;;)
            {
              if (s->p >= s->end)
                {
                  g_string_free (field, TRUE);
                  set_line_error (error, start_line,
                                  _("a field that starts with a quote mark is never closed."));
                  return FALSE;
                }

              if (*s->p == '"')
                {
                  if (s->p + 1 < s->end && s->p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      s->p += 2;
                      continue;
                    }
                  s->p++;
                  break;
                }

              if (*s->p == '\n' || (*s->p == '\r' && (s->p + 1 >= s->end || s->p[1] != '\n')))
                s->line++;
              g_string_append_c (field, *s->p);
              s->p++;
            }

          if (s->p < s->end && *s->p != ',' && !at_line_break (s))
            {
              g_string_free (field, TRUE);
              set_line_error (error, s->line,
                              _("unexpected text after the closing quote mark of a field."));
              return FALSE;
            }
        }
      else
        {
          while (s->p < s->end && *s->p != ',' && !at_line_break (s))
            {
              if (*s->p == '"')
                {
                  g_string_free (field, TRUE);
                  set_line_error (error, s->line,
                                  _("a quote mark inside a field that does not start with one."));
                  return FALSE;
                }
              g_string_append_c (field, *s->p);
              s->p++;
            }
        }

      g_ptr_array_add (fields, g_string_free (field, FALSE));

      if (s->p >= s->end)
        return TRUE;
      if (*s->p == ',')
        {
          s->p++;
          continue;
        }

      skip_line_break (s);
      return TRUE;
    }
}

/* Removes the apostrophe that export put in front of a formula-like cell. */
static const char *
unguard (const char *cell)
{
  if (cell[0] == '\'' && needs_guard (cell + 1))
    return cell + 1;

  return cell;
}

static gboolean
parse_digits (const char **p,
              guint        n,
              int         *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }

  *p += n;
  *value = v;
  return TRUE;
}

/* Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's method). */
static gint64
days_from_civil (int y,
                 int m,
                 int d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

/* YYYY-MM-DD(T| )HH:MM:SS[.f{1,6}](Z|±HH:MM|±HHMM) → microseconds. */
static gboolean
parse_time (const char *text,
            gint64     *us_out)
{
  const char *p = text;
  int year, month, day, hour, minute, second;
  int offset_h = 0, offset_m = 0, sign = 1;
  gint64 fraction = 0;
  gint64 seconds;

  if (!parse_digits (&p, 4, &year) || *p++ != '-' ||
      !parse_digits (&p, 2, &month) || *p++ != '-' ||
      !parse_digits (&p, 2, &day) || (*p != 'T' && *p != ' '))
    return FALSE;
  p++;
  if (!parse_digits (&p, 2, &hour) || *p++ != ':' ||
      !parse_digits (&p, 2, &minute) || *p++ != ':' ||
      !parse_digits (&p, 2, &second))
    return FALSE;

  if (*p == '.')
    {
      guint n = 0;

      p++;
      while (g_ascii_isdigit (*p) && n < 6)
        {
          fraction = fraction * 10 + (*p - '0');
          p++;
          n++;
        }
      if (n == 0 || g_ascii_isdigit (*p))
        return FALSE;
      for (; n < 6; n++)
        fraction *= 10;
    }

  if (*p == 'Z')
    p++;
  else if (*p == '+' || *p == '-')
    {
      sign = *p == '-' ? -1 : 1;
      p++;
      if (!parse_digits (&p, 2, &offset_h))
        return FALSE;
      if (*p == ':')
        p++;
      if (!parse_digits (&p, 2, &offset_m))
        return FALSE;
    }
  else
    return FALSE;

  if (*p != '\0')
    return FALSE;

  if (year < 1 || month < 1 || month > 12 || !g_date_valid_dmy (day, month, year) ||
      hour > 23 || minute > 59 || second > 59 || offset_h > 23 || offset_m > 59)
    return FALSE;

  seconds = days_from_civil (year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
            sign * (offset_h * 3600 + offset_m * 60);
  *us_out = seconds * G_USEC_PER_SEC + fraction;

  return TRUE;
}

static SwSymptomEntry *
entry_from_fields (GPtrArray   *fields,
                   guint        line,
                   GHashTable  *seen,
                   GError     **error)
{
  g_autoptr(SwSymptomEntry) entry = sw_symptom_entry_new ();
  g_autoptr(GError) local_error = NULL;
  const char *cells[N_COLUMNS];
  SwBodyArea area;
  SwSide side;
  SwSymptomKind kinds;
  SwTrigger triggers;
  guint64 pain;
  gint64 created, modified = 0;

  if (fields->len != N_COLUMNS)
    {
      set_line_error (error, line, g_dngettext (GETTEXT_PACKAGE,
                                                "expected %d fields but found %u.",
                                                "expected %d fields but found %u.",
                                                fields->len),
                      N_COLUMNS, fields->len);
      return NULL;
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    cells[c] = unguard (g_ptr_array_index (fields, c));

  if (!g_uuid_string_is_valid (cells[0]))
    {
      set_line_error (error, line, _("“%s” is not a valid entry id."), cells[0]);
      return NULL;
    }
  if (g_hash_table_contains (seen, cells[0]))
    {
      set_line_error (error, line, _("the entry id %s appears twice in the file."), cells[0]);
      return NULL;
    }
  for (guint c = 1; c <= 2; c++)
    {
      if (c == 2 && cells[c][0] == '\0')
        break;
      if (!parse_time (cells[c], c == 1 ? &created : &modified))
        {
          set_line_error (error, line, _("“%s” is not a date and time such as "
                                         "2026-03-01T09:30:00+01:00."), cells[c]);
          return NULL;
        }
    }
  if (!sw_body_area_from_key (cells[3], &area))
    {
      set_line_error (error, line, _("“%s” is not a body area."), cells[3]);
      return NULL;
    }
  if (!sw_side_from_key (cells[4], &side))
    {
      set_line_error (error, line, _("“%s” is not a side (left, right or both)."), cells[4]);
      return NULL;
    }
  if (!g_ascii_string_to_unsigned (cells[5], 10, 0, 10, &pain, NULL))
    {
      set_line_error (error, line, _("the pain score “%s” is not a whole number from 0 to 10."),
                      cells[5]);
      return NULL;
    }
  if (!sw_symptom_kinds_from_keys (cells[6], ';', &kinds))
    {
      set_line_error (error, line, _("“%s” is not a list of symptom kinds."), cells[6]);
      return NULL;
    }
  if (!sw_triggers_from_keys (cells[7], ';', &triggers))
    {
      set_line_error (error, line, _("“%s” is not a list of triggers."), cells[7]);
      return NULL;
    }

  sw_symptom_entry_set_uuid (entry, cells[0]);
  sw_symptom_entry_set_created (entry, created);
  sw_symptom_entry_set_modified (entry, modified);
  sw_symptom_entry_set_body_area (entry, area);
  sw_symptom_entry_set_side (entry, side);
  sw_symptom_entry_set_pain (entry, (int) pain);
  sw_symptom_entry_set_kinds (entry, kinds);
  sw_symptom_entry_set_triggers (entry, triggers);
  sw_symptom_entry_set_note (entry, cells[8]);

  if (!sw_symptom_entry_validate (entry, &local_error))
    {
      set_line_error (error, line, "%s", local_error->message);
      return NULL;
    }

  g_hash_table_add (seen, g_strdup (cells[0]));
  return g_steal_pointer (&entry);
}

static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n')))
      line++;

  return line;
}

/**
 * sw_journal_csv_parse:
 * @data: (array length=length): the file's bytes; need not end in NUL
 * @length: the number of bytes
 * @entries_out: (out) (transfer container) (element-type SwSymptomEntry):
 *   the entries read, in file order, with id 0
 *
 * Reads a whole export. Any malformed line fails the whole parse, with an
 * error that names the line (%SW_JOURNAL_CSV_ERROR_MALFORMED), or
 * %SW_JOURNAL_CSV_ERROR_NOT_JOURNAL when the header is not ours. Safe on
 * any input: it is the fuzzing entry point.
 */
gboolean
sw_journal_csv_parse (const char  *data,
                      gsize        length,
                      GPtrArray  **entries_out,
                      GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GHashTable) seen = NULL;
  const char *invalid = NULL;
  Scanner s;
  guint line;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (entries_out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *entries_out = NULL;
  if (data == NULL)
    data = "";

  if (length > G_MAXSSIZE)
    {
      g_set_error (error, SW_JOURNAL_CSV_ERROR, SW_JOURNAL_CSV_ERROR_TOO_LARGE,
                   _("The file is too large to be a Sitwell journal export (more than %d MB)."),
                   MAX_FILE_BYTES / (1024 * 1024));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      set_line_error (error, line_of_offset (data, (gsize) (invalid - data)),
                      _("the text is not valid UTF-8."));
      return FALSE;
    }

  s.p = data;
  s.end = data + length;
  s.line = 1;
  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    s.p += 3;

  fields = g_ptr_array_new_with_free_func (g_free);
  if (!read_record (&s, fields, &line, error))
    return FALSE;

  if (fields->len != N_COLUMNS)
    goto not_journal;
  for (guint c = 0; c < N_COLUMNS; c++)
    if (strcmp (g_ptr_array_index (fields, c), columns[c]) != 0)
      goto not_journal;

  entries = g_ptr_array_new_with_free_func (g_object_unref);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (;;)
    {
      SwSymptomEntry *entry;

      if (!read_record (&s, fields, &line, error))
        return FALSE;
      if (fields->len == 0)
        break;

      /* Blank lines are allowed (some editors add one at the end). */
      if (fields->len == 1 && *(const char *) g_ptr_array_index (fields, 0) == '\0')
        continue;

      entry = entry_from_fields (fields, line, seen, error);
      if (entry == NULL)
        return FALSE;
      g_ptr_array_add (entries, entry);
    }

  *entries_out = g_steal_pointer (&entries);
  return TRUE;

not_journal:
  g_set_error (error, SW_JOURNAL_CSV_ERROR, SW_JOURNAL_CSV_ERROR_NOT_JOURNAL,
               _("Line 1: this is not a Sitwell journal export. Its first line must name the "
                 "columns %s."), SW_JOURNAL_CSV_HEADER);
  return FALSE;
}

/**
 * sw_journal_csv_export:
 * @file: where to write; replaced atomically, created readable by the user
 *   only (it holds health data)
 *
 * Writes every symptom entry in @journal, oldest first.
 */
gboolean
sw_journal_csv_export (SwJournal     *journal,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  return sw_journal_csv_export_full (journal, file, NULL, cancellable, error);
}

/**
 * sw_journal_csv_export_full:
 * @n_exported: (out) (optional): how many entries were written
 *
 * Like sw_journal_csv_export (), and says how many entries the file holds,
 * so the person can be told.
 */
gboolean
sw_journal_csv_export_full (SwJournal     *journal,
                            GFile         *file,
                            guint         *n_exported,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (SW_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  entries = sw_journal_list_all_entries (journal, error);
  if (entries == NULL)
    return FALSE;

  data = sw_journal_csv_format (entries, &length);

  if (!g_file_replace_contents (file, data, length, NULL, FALSE,
                                G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, cancellable, error))
    return FALSE;

  if (n_exported != NULL)
    *n_exported = entries->len;

  return TRUE;
}

/**
 * sw_journal_csv_import_data:
 * @n_imported: (out) (optional): entries added
 * @n_skipped: (out) (optional): entries already in the journal
 *
 * Parses @data completely, then adds its entries in one transaction. On any
 * error nothing is added.
 */
gboolean
sw_journal_csv_import_data (SwJournal   *journal,
                            const char  *data,
                            gsize        length,
                            guint       *n_imported,
                            guint       *n_skipped,
                            GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (SW_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sw_journal_csv_parse (data, length, &entries, error))
    return FALSE;

  return sw_journal_import_entries (journal, entries, n_imported, n_skipped, error);
}

/**
 * sw_journal_csv_import:
 *
 * Like sw_journal_csv_import_data (), reading @file.
 */
gboolean
sw_journal_csv_import (SwJournal     *journal,
                       GFile         *file,
                       guint         *n_imported,
                       guint         *n_skipped,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (SW_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return FALSE;

  if (g_file_info_get_size (info) > MAX_FILE_BYTES)
    {
      g_set_error (error, SW_JOURNAL_CSV_ERROR, SW_JOURNAL_CSV_ERROR_TOO_LARGE,
                   _("The file is too large to be a Sitwell journal export (more than %d MB)."),
                   MAX_FILE_BYTES / (1024 * 1024));
      return FALSE;
    }

  if (!g_file_load_contents (file, cancellable, &data, &length, NULL, error))
    return FALSE;

  return sw_journal_csv_import_data (journal, data, length, n_imported, n_skipped, error);
}
