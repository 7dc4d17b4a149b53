/* fuzz-csv.c: libFuzzer target for the CSV import parser
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes go to sw_journal_csv_parse (). Besides the sanitizers' checks it
 * asserts what import promises: a failed parse says why (a
 * SW_JOURNAL_CSV_ERROR with a UTF-8 message) and gives no entries, and what
 * a successful parse read comes back unchanged after exporting it again.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sw-journal-csv.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug the fuzzer must report. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
assert_same_entry (SwSymptomEntry *a,
                   SwSymptomEntry *b)
{
  g_assert_cmpstr (sw_symptom_entry_get_uuid (a), ==, sw_symptom_entry_get_uuid (b));
  g_assert_cmpint (sw_symptom_entry_get_created (a), ==, sw_symptom_entry_get_created (b));
  g_assert_cmpint (sw_symptom_entry_get_modified (a), ==, sw_symptom_entry_get_modified (b));
  g_assert_cmpint (sw_symptom_entry_get_body_area (a), ==, sw_symptom_entry_get_body_area (b));
  g_assert_cmpint (sw_symptom_entry_get_side (a), ==, sw_symptom_entry_get_side (b));
  g_assert_cmpint (sw_symptom_entry_get_pain (a), ==, sw_symptom_entry_get_pain (b));
  g_assert_cmpint (sw_symptom_entry_get_kinds (a), ==, sw_symptom_entry_get_kinds (b));
  g_assert_cmpint (sw_symptom_entry_get_triggers (a), ==, sw_symptom_entry_get_triggers (b));
  g_assert_cmpstr (sw_symptom_entry_get_note (a), ==, sw_symptom_entry_get_note (b));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  gsize exported_length;

  if (!sw_journal_csv_parse ((const char *) data, size, &entries, &error))
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == SW_JOURNAL_CSV_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_null (entries);
      return 0;
    }
  g_assert_no_error (error);
  g_assert_nonnull (entries);

  exported = sw_journal_csv_format (entries, &exported_length);
  if (!sw_journal_csv_parse (exported, exported_length, &again, &error))
    g_error ("an export of %u parsed entries does not parse: %s\n%s",
             entries->len, error->message, exported);

  g_assert_cmpuint (again->len, ==, entries->len);
  for (guint i = 0; i < entries->len; i++)
    assert_same_entry (g_ptr_array_index (entries, i), g_ptr_array_index (again, i));

  return 0;
}
