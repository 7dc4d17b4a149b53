/* sw-test-utils.h: finding real widgets in real windows
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void              sw_test_isolate_dirs         (void);
GtkWidget        *sw_test_find_widget_of_type  (GtkWidget  *root,
                                                GType       type);
GtkWidget        *sw_test_find_row_by_title    (GtkWidget  *root,
                                                const char *title);
AdwMessageDialog *sw_test_find_message_dialog  (void);

G_END_DECLS
