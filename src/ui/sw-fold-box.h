/* sw-fold-box.h: two children side by side when wide, stacked when narrow
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SW_TYPE_FOLD_BOX (sw_fold_box_get_type ())
G_DECLARE_FINAL_TYPE (SwFoldBox, sw_fold_box, SW, FOLD_BOX, GtkWidget)

GtkWidget *sw_fold_box_new                (void);
/* The first child: beside the content when wide, above it when folded. */
GtkWidget *sw_fold_box_get_side           (SwFoldBox *self);
void       sw_fold_box_set_side           (SwFoldBox *self,
                                           GtkWidget *side);
GtkWidget *sw_fold_box_get_content        (SwFoldBox *self);
void       sw_fold_box_set_content        (SwFoldBox *self,
                                           GtkWidget *content);
/* Below this width the children are stacked. */
int        sw_fold_box_get_fold_threshold (SwFoldBox *self);
void       sw_fold_box_set_fold_threshold (SwFoldBox *self,
                                           int        threshold);
int        sw_fold_box_get_spacing        (SwFoldBox *self);
void       sw_fold_box_set_spacing        (SwFoldBox *self,
                                           int        spacing);
/* Whether the last allocation stacked the children. */
gboolean   sw_fold_box_get_folded         (SwFoldBox *self);

G_END_DECLS
