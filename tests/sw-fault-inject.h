/* sw-fault-inject.h: what a desktop does to a journal behind the app's back
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sw-journal.h"

G_BEGIN_DECLS

gboolean sw_fault_read_only_supported  (const char **why_not);
void     sw_fault_make_read_only       (const char  *dir);
void     sw_fault_make_writable        (const char  *dir);

GBytes  *sw_fault_garbage              (gsize        length);
void     sw_fault_overwrite_in_place   (const char  *path,
                                        GBytes      *garbage);
void     sw_fault_replace_by_rename    (const char  *path,
                                        GBytes      *garbage);
GBytes  *sw_fault_read_file            (const char  *path);

void     sw_fault_limit_file_size      (goffset      max_size);
void     sw_fault_unlimit_file_size    (void);
goffset  sw_fault_file_size            (const char  *path);

char    *sw_fault_journal_notes        (SwJournal   *journal);

G_END_DECLS
